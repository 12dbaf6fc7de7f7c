//! From WorkOS's error answers to [`WorkosError`]: by status, then WorkOS's `code`.

use crate::{error::WorkosError, types::ErrorBody};
use reqwest::StatusCode;

pub(super) fn error_from_response(
    status: StatusCode,
    body: &[u8],
    request_id: Option<String>,
    retry_after_seconds: Option<u64>,
) -> WorkosError {
    let parsed: Option<ErrorBody> = serde_json::from_slice(body).ok();
    // OAuth endpoints answer `error` and `error_description` instead.
    let parsed = parsed.map(|b| ErrorBody {
        code: b.code.or(b.error.clone()),
        message: b.message.or(b.error_description.clone()),
        ..b
    });
    let message = parsed
        .as_ref()
        .and_then(|b| b.message.clone())
        .unwrap_or_default();
    match status.as_u16() {
        401 => WorkosError::Unauthorized { request_id },
        403 => WorkosError::Forbidden {
            message,
            request_id,
        },
        429 => WorkosError::RateLimited {
            retry_after_seconds,
            request_id,
        },
        404 => WorkosError::NotFound {
            message,
            request_id,
        },
        400 | 409 | 422 if parsed.is_some() => {
            let body = parsed.unwrap_or_default();
            WorkosError::Validation {
                status: status.as_u16(),
                code: body.code,
                message,
                errors: body.errors.unwrap_or_default(),
                request_id,
            }
        }
        s @ (408 | 500..) => WorkosError::Upstream {
            status: s,
            request_id,
        },
        s => WorkosError::Malformed {
            status: s,
            request_id,
        },
    }
}

/// WorkOS reports an unknown organization as 404 on most endpoints and as a 400 on
/// generate_link, whose wording has changed over time ("Could not find an organization
/// with the id, org_…." and "Organization not found: 'org_…'."). Recognised by status and
/// code first, by the gist of the sentence only for a 400 without a code.
pub(super) fn organization_not_found(error: WorkosError, organization_id: &str) -> WorkosError {
    let recognised = match &error {
        WorkosError::NotFound { .. } => true,
        WorkosError::Validation {
            status: 400 | 404,
            code,
            message,
            ..
        } => match code.as_deref() {
            Some("entity_not_found" | "organization_not_found") => true,
            Some(_) => false,
            None => says_organization_not_found(message),
        },
        _ => false,
    };
    if !recognised {
        return error;
    }
    WorkosError::OrganizationNotFound {
        organization_id: organization_id.to_owned(),
        request_id: error.request_id().map(str::to_owned),
    }
}

/// True for any of the sentences WorkOS has used for an unknown organization.
fn says_organization_not_found(message: &str) -> bool {
    let message = message.to_lowercase();
    message.contains("organization")
        && (message.contains("not found")
            || message.contains("could not find")
            || message.contains("does not exist"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_organization_is_recognised_in_every_documented_shape() {
        let shapes: [(StatusCode, &[u8]); 5] = [
            (
                StatusCode::BAD_REQUEST,
                br#"{"message":"Could not find an organization with the id, org_X."}"#,
            ),
            (
                StatusCode::BAD_REQUEST,
                br#"{"message":"Organization not found: 'org_X'."}"#,
            ),
            (
                StatusCode::BAD_REQUEST,
                br#"{"message":"Nope","code":"organization_not_found"}"#,
            ),
            (
                StatusCode::NOT_FOUND,
                br#"{"message":"Not found","code":"entity_not_found","entity_id":"org_X"}"#,
            ),
            (StatusCode::NOT_FOUND, b"not json"),
        ];
        for (status, body) in shapes {
            let e = error_from_response(status, body, Some("r1".into()), None);
            assert!(
                matches!(
                    organization_not_found(e, "org_X"),
                    WorkosError::OrganizationNotFound { ref organization_id, .. } if organization_id == "org_X"
                ),
                "{status} {}",
                String::from_utf8_lossy(body)
            );
        }
        // Another 400 about an organization is not "not found".
        let e = error_from_response(
            StatusCode::BAD_REQUEST,
            br#"{"message":"The organization name is too long.","code":"invalid_request_parameters"}"#,
            None,
            None,
        );
        assert!(matches!(
            organization_not_found(e, "org_X"),
            WorkosError::Validation { .. }
        ));
    }

    #[test]
    fn forbidden_is_its_own_error_and_408_is_transient() {
        let e = error_from_response(
            StatusCode::FORBIDDEN,
            br#"{"message":"The API key lacks the admin_portal permission."}"#,
            Some("r2".into()),
            None,
        );
        assert!(
            matches!(e, WorkosError::Forbidden { ref message, .. } if message.contains("permission")),
            "{e:?}"
        );
        let e = error_from_response(StatusCode::REQUEST_TIMEOUT, b"", None, None);
        assert!(matches!(e, WorkosError::Upstream { status: 408, .. }));
    }

    #[test]
    fn validation_keeps_workos_code() {
        let e = error_from_response(
            StatusCode::BAD_REQUEST,
            br#"{"message":"External ID already used.","code":"external_id_already_used"}"#,
            None,
            None,
        );
        assert!(matches!(
            e,
            WorkosError::Validation { status: 400, code: Some(ref c), .. } if c == "external_id_already_used"
        ));
    }

    /// Found reading the newest SDKs: a 422 whose `errors` items are not all
    /// `{field, code}` made the whole answer `Malformed`, losing WorkOS's reasons.
    #[test]
    fn a_validation_answer_of_another_shape_keeps_what_it_says() {
        let e = error_from_response(
            StatusCode::UNPROCESSABLE_ENTITY,
            br#"{"message":"Validation failed.","errors":[{"field":"intent"},{"code":"invalid"},"intent_options is invalid",5,{"field":"organization","code":"required"}]}"#,
            None,
            None,
        );
        let WorkosError::Validation { status, errors, .. } = e else {
            panic!("not read as a validation answer: {e:?}");
        };
        assert_eq!(status, 422);
        let pairs: Vec<(&str, &str)> = errors
            .iter()
            .map(|e| (e.field.as_str(), e.code.as_str()))
            .collect();
        assert_eq!(
            pairs,
            [
                ("intent", ""),
                ("", "invalid"),
                ("", "intent_options is invalid"),
                ("organization", "required")
            ]
        );
        let e = error_from_response(
            StatusCode::UNPROCESSABLE_ENTITY,
            br#"{"message":"Validation failed.","errors":{"intent":"required"}}"#,
            None,
            None,
        );
        assert!(
            matches!(e, WorkosError::Validation { status: 422, .. }),
            "{e:?}"
        );
    }

    #[test]
    fn rate_limit_keeps_the_wait_and_non_json_5xx_is_upstream() {
        let e = error_from_response(StatusCode::TOO_MANY_REQUESTS, b"{}", None, Some(7));
        assert!(matches!(
            e,
            WorkosError::RateLimited {
                retry_after_seconds: Some(7),
                ..
            }
        ));
        let e = error_from_response(StatusCode::BAD_GATEWAY, b"<html>", None, None);
        assert!(matches!(e, WorkosError::Upstream { status: 502, .. }));
    }
}
