//! The one place where server-side errors become what the user sees. Converting never
//! logs: a server function's failure is logged once, where it is handled
//! (`api_context::respond`), with its full detail; the user gets a fixed sentence.

use super::{
    auth::{throttle::Throttled, AuthError},
    domains::DomainError,
    it_admins::InviteError,
    portal::PortalError,
};
use crate::domain::{AppError, ErrorKind};
use axum::{
    body::{to_bytes, Body},
    extract::Request,
    http::{header, StatusCode},
    middleware::Next,
    response::Response,
};
use workos::WorkosError;

/// Every failure a server function can meet, before it is shown to a person.
#[derive(Debug, thiserror::Error)]
pub enum ServerError {
    #[error(transparent)]
    Auth(#[from] AuthError),
    #[error(transparent)]
    Portal(#[from] PortalError),
    #[error(transparent)]
    Domain(#[from] DomainError),
    #[error(transparent)]
    Invite(#[from] InviteError),
    #[error(transparent)]
    Workos(#[from] WorkosError),
    /// Already phrased for the person (e.g. bad input).
    #[error("{0}")]
    Shown(#[from] AppError),
    /// The action's audit row could not be committed.
    #[error(transparent)]
    Unrecorded(#[from] super::db::audit::AuditWriteError),
    #[error("database: {0}")]
    Database(#[from] sqlx::Error),
}

impl ServerError {
    /// The kind of failure the person is shown (and the trail records).
    pub fn kind(&self) -> ErrorKind {
        AppError::from_ref(self).kind
    }

    /// Logs the failure with its detail, at a level that fits who must act on it.
    pub fn log(&self) {
        let shown = AppError::from_ref(self);
        match shown.kind {
            ErrorKind::Internal => tracing::error!(error = %self, "request failed"),
            ErrorKind::Upstream | ErrorKind::RateLimited | ErrorKind::Unavailable => {
                tracing::warn!(error = %self, "WorkOS call failed")
            }
            _ => tracing::debug!(error = %self, "request refused"),
        }
    }
}

impl AppError {
    fn from_ref(error: &ServerError) -> AppError {
        match error {
            ServerError::Auth(e) => auth_error(e),
            ServerError::Portal(e) => portal_error(e),
            ServerError::Domain(e) => domain_error(e),
            ServerError::Invite(e) => invite_error(e),
            ServerError::Workos(e) => workos_error(e),
            ServerError::Shown(e) => e.clone(),
            ServerError::Database(_) => internal(),
            ServerError::Unrecorded(_) => unrecorded(
                "Portico could not record this in its audit trail. If the change was made at WorkOS, it is in Portico's log; please try again shortly.",
            ),
        }
    }
}

impl From<ServerError> for AppError {
    fn from(error: ServerError) -> Self {
        AppError::from_ref(&error)
    }
}

/// An area outside the organization's plan.
fn not_in_plan(intent: crate::domain::Intent, organization: &str) -> AppError {
    AppError::new(
        ErrorKind::Forbidden,
        format!(
            "{} is not included in {organization}'s plan.",
            intent.title()
        ),
    )
}

/// An action whose audit row could not be committed: worth retrying shortly.
fn unrecorded(message: &str) -> AppError {
    AppError::new(ErrorKind::Unavailable, message).retry_after(5)
}

/// Never the internal detail: that is in the log, under the request id the user sees.
fn internal() -> AppError {
    AppError::new(
        ErrorKind::Internal,
        "Something went wrong on our side. Please try again; if it keeps happening, contact your Portico operator.",
    )
}

/// Gives every error answer under `/api/` the status of its error and the request id.
/// Errors raised before a server function ran (unreadable arguments) arrive here as a
/// 500 with the error's body; the functions' own errors already have their status.
pub async fn finish_api_errors(request: Request, next: Next) -> Response {
    if !request.uri().path().starts_with("/api/") {
        return next.run(request).await;
    }
    let request_id = request
        .headers()
        .get("x-request-id")
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    let response = next.run(request).await;
    let status = response.status();
    if !(status.is_client_error() || status.is_server_error()) {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let Ok(bytes) = to_bytes(body, 64 * 1024).await else {
        return Response::from_parts(parts, Body::empty());
    };
    let Ok(mut error) = serde_json::from_slice::<AppError>(&bytes) else {
        return Response::from_parts(parts, Body::from(bytes));
    };
    error.request_id = request_id;
    if let Ok(status) = StatusCode::from_u16(error.kind.status()) {
        parts.status = status;
    }
    let body = serde_json::to_vec(&error)
        .map(Body::from)
        .unwrap_or_default();
    parts.headers.remove(header::CONTENT_LENGTH);
    if let Some(seconds) = error.retry_after_seconds {
        parts
            .headers
            .insert(header::RETRY_AFTER, header::HeaderValue::from(seconds));
    }
    parts.headers.insert(
        header::CONTENT_TYPE,
        header::HeaderValue::from_static("application/json"),
    );
    Response::from_parts(parts, body)
}

fn auth_error(error: &AuthError) -> AppError {
    match error {
        AuthError::SignedOut => AppError::unauthorized(),
        AuthError::BadCredentials => {
            AppError::new(ErrorKind::Unauthorized, "Wrong email or password.")
        }
        AuthError::MissingCredentials => AppError::bad_request("Enter your email and password."),
        AuthError::NoOrganization => AppError::new(
            ErrorKind::Forbidden,
            "Your account is not a member of any organization yet.",
        ),
        AuthError::NotAdmin { organization } => AppError::new(
            ErrorKind::Forbidden,
            format!("Only an admin of {organization} can change these settings."),
        ),
        AuthError::NotMember { .. } => AppError::new(
            ErrorKind::Forbidden,
            "You are not a member of that organization.",
        ),
        AuthError::Throttled(Throttled::TooManyAttempts {
            retry_after_seconds,
        }) => AppError::new(
            ErrorKind::RateLimited,
            format!("Too many sign-in attempts. Try again in {retry_after_seconds} s."),
        )
        .retry_after(*retry_after_seconds),
        AuthError::Throttled(Throttled::Busy) => AppError::new(
            ErrorKind::Unavailable,
            "Portico is busy checking other sign-ins. Try again in a few seconds.",
        )
        .retry_after(5),
        AuthError::Unrecorded(_) => unrecorded(
            "Portico could not record this in its audit trail, so it did not happen. Please try again shortly.",
        ),
        AuthError::Session(_) | AuthError::Database(_) | AuthError::Hashing(_) => internal(),
    }
}

impl From<WorkosError> for AppError {
    fn from(error: WorkosError) -> Self {
        workos_error(&error)
    }
}

fn workos_error(error: &WorkosError) -> AppError {
    let upstream = |message: String| AppError::new(ErrorKind::Upstream, message);
    match error {
            WorkosError::RateLimited {
                retry_after_seconds,
                ..
            } => AppError::new(
                ErrorKind::RateLimited,
                match retry_after_seconds {
                    Some(s) => format!("WorkOS is rate limiting, try again in {s} s."),
                    None => "WorkOS is rate limiting, try again in a minute.".to_owned(),
                },
            ),
            WorkosError::Unauthorized { .. } => upstream(
                "Portico's WorkOS API key was rejected. Ask your Portico operator to check WORKOS_API_KEY.".into(),
            ),
            WorkosError::OrganizationNotFound { .. } => upstream(
                "This organization is not known to WorkOS. Ask your Portico operator to re-link it.".into(),
            ),
            WorkosError::Validation { .. } => upstream(
                "WorkOS refused the request. Ask your Portico operator to check Portico's logs."
                    .into(),
            ),
            WorkosError::Forbidden { .. } => upstream(
                "Portico's WorkOS API key lacks a permission this needs. Ask your Portico operator to check the key's permissions.".into(),
            ),
            WorkosError::NotFound { .. }
            | WorkosError::Upstream { .. }
            | WorkosError::Timeout
            | WorkosError::Unreachable(_)
            | WorkosError::Malformed { .. } => upstream(
                "WorkOS is not responding right now. Please try again in a minute.".into(),
            ),
        }
}

fn not_linked(organization: &str) -> AppError {
    AppError::new(
        ErrorKind::Upstream,
        format!(
            "{organization} is not linked to WorkOS yet. Ask your Portico operator to link it."
        ),
    )
}

fn domain_error(error: &DomainError) -> AppError {
    match error {
        DomainError::NotLinked(e) => not_linked(&e.organization),
        DomainError::BadName { input, reason } => AppError::bad_request(if input.trim().is_empty() {
            "Enter a domain, such as acme.com.".to_owned()
        } else {
            format!("\"{input}\" {reason}. Enter just the domain, such as acme.com.")
        }),
        DomainError::Taken { domain } => AppError::new(
            ErrorKind::Conflict,
            format!("{domain} is already claimed by an organization at WorkOS. If it should be yours, remove it there first."),
        ),
        DomainError::AlreadyVerified { domain } => {
            AppError::new(ErrorKind::Conflict, format!("{domain} is verified already."))
        }
        DomainError::NotOurs { .. } => AppError::new(
            ErrorKind::NotFound,
            "That domain is not one of your organization's. Reload the page to see its domains.",
        ),
        DomainError::NotInPlan { organization } => {
            not_in_plan(crate::domain::Intent::DomainVerification, organization)
        }
        DomainError::Workos(e) => workos_error(e),
    }
}

fn invite_error(error: &InviteError) -> AppError {
    match error {
        InviteError::NotLinked(e) => not_linked(&e.organization),
        InviteError::BadEmail(typed) if typed.trim().is_empty() => {
            AppError::bad_request("Enter your IT admin's email address.")
        }
        InviteError::BadEmail(typed) => AppError::bad_request(format!(
            "\"{typed}\" is not an email address. Enter one such as it@acme.com."
        )),
        InviteError::NoAreas => {
            AppError::bad_request("Tick at least one area for your IT admin to set up.")
        }
        InviteError::NotInvitable(_) => {
            AppError::bad_request("Pick areas from the list: WorkOS sends IT admins to those only.")
        }
        InviteError::NothingToRevoke => AppError::new(
            ErrorKind::NotFound,
            "There is no invitation to revoke. Reload the page to see where things stand.",
        ),
        InviteError::Workos(e) => workos_error(e),
        InviteError::Database(_) => internal(),
        InviteError::NotInPlan {
            intent,
            organization,
        } => not_in_plan(*intent, organization),
        InviteError::Unrecorded(_) => unrecorded(
            "WorkOS added the IT contact, but Portico could not record it in its audit trail (it is in Portico's log). Please try again shortly.",
        ),
    }
}

fn portal_error(error: &PortalError) -> AppError {
    match error {
        PortalError::NotLinked(e) => not_linked(&e.organization),
        PortalError::Workos(e) => workos_error(e),
        PortalError::Unrecorded(_) => unrecorded(
            "Portico could not record this in its audit trail, so the setup link was not opened. Please try again; if it keeps happening, contact your Portico operator.",
        ),
        PortalError::NotInPlan {
            intent,
            organization,
        } => not_in_plan(*intent, organization),
        PortalError::UntrustedLink { .. } => AppError::new(
            ErrorKind::Upstream,
            "WorkOS answered with a setup link Portico does not trust, so it was not opened. Ask your Portico operator to check the portal_hosts setting.",
        ),
        PortalError::UnknownProvider { .. } => {
            AppError::bad_request("Pick a provider from the list.")
        }
        PortalError::Database(_) | PortalError::Task(_) => internal(),
    }
}
