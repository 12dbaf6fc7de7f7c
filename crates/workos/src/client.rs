use super::{
    error::WorkosError,
    retry::RetryPolicy,
    types::{
        AuditLogConfiguration, Connection, ConnectionFilter, CreateOrganization, Directory,
        DirectoryFilter, ErrorBody, Event, EventFilter, GenerateLink, InviteItContact, ItContact,
        List, ListOptions, Organization, OrganizationDomain, OrganizationFilter, PortalLink,
        RevokeLink, UpdateOrganization,
    },
};
use reqwest::{header::HeaderMap, Method, StatusCode};
use serde::{de::DeserializeOwned, Serialize};
use std::{
    fmt,
    time::{Duration, Instant},
};
use url::Url;

/// A WorkOS secret key. Never printed: `Debug` redacts it.
#[derive(Clone, PartialEq, Eq)]
pub struct ApiKey(String);

impl ApiKey {
    /// Wraps a key, e.g. from `WORKOS_API_KEY`.
    pub fn new(key: impl Into<String>) -> Self {
        ApiKey(key.into())
    }

    /// The key itself, for the `Authorization` header (and nothing else).
    pub fn expose(&self) -> &str {
        &self.0
    }

    /// A fresh random `sk_test_…` key, e.g. for an emulator.
    pub fn random_test_key() -> Self {
        use rand::{distributions::Alphanumeric, Rng};
        let tail: String = rand::thread_rng()
            .sample_iter(&Alphanumeric)
            .take(40)
            .map(char::from)
            .collect();
        ApiKey(format!("sk_test_{tail}"))
    }
}

impl fmt::Debug for ApiKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("ApiKey(<redacted>)")
    }
}

/// Timeouts and retries.
#[derive(Clone, Debug, PartialEq)]
pub struct ClientOptions {
    /// For establishing a connection.
    pub connect_timeout: Duration,
    /// For one attempt, response body included.
    pub request_timeout: Duration,
    /// When failed calls are tried again.
    pub retry: RetryPolicy,
}

impl Default for ClientOptions {
    fn default() -> Self {
        ClientOptions {
            connect_timeout: Duration::from_secs(5),
            request_timeout: Duration::from_secs(10),
            retry: RetryPolicy::default(),
        }
    }
}

/// A WorkOS API client: one connection pool, shared by clones.
#[derive(Clone, Debug)]
pub struct WorkosClient {
    http: reqwest::Client,
    base: Url,
    key: ApiKey,
    options: ClientOptions,
}

impl WorkosClient {
    /// A client for the API at `base` (`https://api.workos.com`, or an emulator).
    pub fn new(base: Url, key: ApiKey, options: ClientOptions) -> Result<Self, WorkosError> {
        let http = reqwest::Client::builder()
            .connect_timeout(options.connect_timeout)
            .timeout(options.request_timeout)
            .user_agent(concat!("workos-rust/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|e| WorkosError::Unreachable(e.to_string()))?;
        Ok(WorkosClient {
            http,
            base,
            key,
            options,
        })
    }

    /// The API's base URL.
    pub fn base_url(&self) -> &Url {
        &self.base
    }

    /// A one-time Admin Portal link (valid five minutes).
    pub async fn generate_portal_link(
        &self,
        request: &GenerateLink,
    ) -> Result<String, WorkosError> {
        let response: PortalLink = self
            .json(
                Method::POST,
                &["portal", "generate_link"],
                &[],
                Some(request),
            )
            .await
            .map_err(|e| organization_not_found(e, &request.organization))?;
        Ok(response.link)
    }

    /// Revokes the unopened links generated for `external_user_id` and ends the portal
    /// sessions started from them.
    pub async fn revoke_portal_links(&self, request: &RevokeLink) -> Result<(), WorkosError> {
        self.send(Method::POST, &["portal", "revoke_link"], &[], Some(request))
            .await
            .map(drop)
            .map_err(|e| organization_not_found(e, &request.organization))
    }

    /// `POST /organizations`.
    pub async fn create_organization(
        &self,
        request: &CreateOrganization,
    ) -> Result<Organization, WorkosError> {
        self.json(Method::POST, &["organizations"], &[], Some(request))
            .await
    }

    /// `GET /organizations/{id}`.
    pub async fn get_organization(&self, id: &str) -> Result<Organization, WorkosError> {
        self.json(Method::GET, &["organizations", id], &[], NO_BODY)
            .await
            .map_err(|e| organization_not_found(e, id))
    }

    /// `GET /organizations/external_id/{external_id}`.
    pub async fn get_organization_by_external_id(
        &self,
        external_id: &str,
    ) -> Result<Organization, WorkosError> {
        self.json(
            Method::GET,
            &["organizations", "external_id", external_id],
            &[],
            NO_BODY,
        )
        .await
    }

    /// `GET /organizations`, one page.
    pub async fn list_organizations(
        &self,
        filter: &OrganizationFilter,
        page: &ListOptions,
    ) -> Result<List<Organization>, WorkosError> {
        let query = [filter.query(), page.query()].concat();
        self.json(Method::GET, &["organizations"], &query, NO_BODY)
            .await
    }

    /// `PUT /organizations/{id}`.
    pub async fn update_organization(
        &self,
        id: &str,
        changes: &UpdateOrganization,
    ) -> Result<Organization, WorkosError> {
        self.json(Method::PUT, &["organizations", id], &[], Some(changes))
            .await
            .map_err(|e| organization_not_found(e, id))
    }

    /// `DELETE /organizations/{id}`.
    pub async fn delete_organization(&self, id: &str) -> Result<(), WorkosError> {
        self.send(Method::DELETE, &["organizations", id], &[], NO_BODY)
            .await
            .map(drop)
            .map_err(|e| organization_not_found(e, id))
    }

    /// `GET /organizations/{id}/audit_log_configuration`: retention and the log stream.
    pub async fn get_audit_log_configuration(
        &self,
        organization_id: &str,
    ) -> Result<AuditLogConfiguration, WorkosError> {
        self.json(
            Method::GET,
            &["organizations", organization_id, "audit_log_configuration"],
            &[],
            NO_BODY,
        )
        .await
        .map_err(|e| organization_not_found(e, organization_id))
    }

    /// `POST /organization_domains`: claims a domain (state `pending`).
    pub async fn create_organization_domain(
        &self,
        organization_id: &str,
        domain: &str,
    ) -> Result<OrganizationDomain, WorkosError> {
        let body = serde_json::json!({ "organization_id": organization_id, "domain": domain });
        self.json(Method::POST, &["organization_domains"], &[], Some(&body))
            .await
    }

    /// `GET /organization_domains/{id}`.
    pub async fn get_organization_domain(
        &self,
        id: &str,
    ) -> Result<OrganizationDomain, WorkosError> {
        self.json(Method::GET, &["organization_domains", id], &[], NO_BODY)
            .await
    }

    /// `POST /organization_domains/{id}/verify`: starts DNS verification.
    pub async fn verify_organization_domain(
        &self,
        id: &str,
    ) -> Result<OrganizationDomain, WorkosError> {
        self.json(
            Method::POST,
            &["organization_domains", id, "verify"],
            &[],
            NO_BODY,
        )
        .await
    }

    /// `DELETE /organization_domains/{id}`.
    pub async fn delete_organization_domain(&self, id: &str) -> Result<(), WorkosError> {
        self.send(Method::DELETE, &["organization_domains", id], &[], NO_BODY)
            .await
            .map(drop)
    }

    /// `GET /connections`, one page.
    pub async fn list_connections(
        &self,
        filter: &ConnectionFilter,
        page: &ListOptions,
    ) -> Result<List<Connection>, WorkosError> {
        let query = [filter.query(), page.query()].concat();
        self.json(Method::GET, &["connections"], &query, NO_BODY)
            .await
    }

    /// `GET /events`, one page (events are kept 30 days; store `list_metadata.after`
    /// to resume).
    pub async fn list_events(
        &self,
        filter: &EventFilter,
        page: &ListOptions,
    ) -> Result<List<Event>, WorkosError> {
        let query = [filter.query(), page.query()].concat();
        self.json(Method::GET, &["events"], &query, NO_BODY).await
    }

    /// `GET /connections/{id}`.
    pub async fn get_connection(&self, id: &str) -> Result<Connection, WorkosError> {
        self.json(Method::GET, &["connections", id], &[], NO_BODY)
            .await
    }

    /// `DELETE /connections/{id}`.
    pub async fn delete_connection(&self, id: &str) -> Result<(), WorkosError> {
        self.send(Method::DELETE, &["connections", id], &[], NO_BODY)
            .await
            .map(drop)
    }

    /// `GET /directories`, one page.
    pub async fn list_directories(
        &self,
        filter: &DirectoryFilter,
        page: &ListOptions,
    ) -> Result<List<Directory>, WorkosError> {
        let query = [filter.query(), page.query()].concat();
        self.json(Method::GET, &["directories"], &query, NO_BODY)
            .await
    }

    /// `GET /directories/{id}`.
    pub async fn get_directory(&self, id: &str) -> Result<Directory, WorkosError> {
        self.json(Method::GET, &["directories", id], &[], NO_BODY)
            .await
    }

    /// `DELETE /directories/{id}`.
    pub async fn delete_directory(&self, id: &str) -> Result<(), WorkosError> {
        self.send(Method::DELETE, &["directories", id], &[], NO_BODY)
            .await
            .map(drop)
    }

    /// `GET /organizations/{id}/it_contacts`.
    pub async fn list_it_contacts(
        &self,
        organization_id: &str,
    ) -> Result<List<ItContact>, WorkosError> {
        self.json(
            Method::GET,
            &["organizations", organization_id, "it_contacts"],
            &[],
            NO_BODY,
        )
        .await
        .map_err(|e| organization_not_found(e, organization_id))
    }

    /// `POST /organizations/{id}/it_contacts`: adds a contact (sends no invitation).
    pub async fn create_it_contact(
        &self,
        organization_id: &str,
        email: &str,
    ) -> Result<ItContact, WorkosError> {
        let body = serde_json::json!({ "email": email });
        self.json(
            Method::POST,
            &["organizations", organization_id, "it_contacts"],
            &[],
            Some(&body),
        )
        .await
        .map_err(|e| organization_not_found(e, organization_id))
    }

    /// `DELETE /organizations/{id}/it_contacts/{contact_id}`: removes the contact and
    /// revokes its setup links.
    pub async fn delete_it_contact(
        &self,
        organization_id: &str,
        contact_id: &str,
    ) -> Result<(), WorkosError> {
        self.send(
            Method::DELETE,
            &["organizations", organization_id, "it_contacts", contact_id],
            &[],
            NO_BODY,
        )
        .await
        .map(drop)
    }

    /// `POST …/it_contacts/{contact_id}/invite`: WorkOS emails the contact a setup link.
    pub async fn invite_it_contact(
        &self,
        organization_id: &str,
        contact_id: &str,
        request: &InviteItContact,
    ) -> Result<(), WorkosError> {
        self.send(
            Method::POST,
            &[
                "organizations",
                organization_id,
                "it_contacts",
                contact_id,
                "invite",
            ],
            &[],
            Some(request),
        )
        .await
        .map(drop)
    }

    /// `POST …/it_contacts/{contact_id}/revoke`: ends the organization's invitation.
    pub async fn revoke_it_contact(
        &self,
        organization_id: &str,
        contact_id: &str,
    ) -> Result<(), WorkosError> {
        self.send(
            Method::POST,
            &[
                "organizations",
                organization_id,
                "it_contacts",
                contact_id,
                "revoke",
            ],
            &[],
            NO_BODY,
        )
        .await
        .map(drop)
    }

    /// Sends and reads a JSON answer.
    async fn json<B: Serialize, T: DeserializeOwned>(
        &self,
        method: Method,
        path: &[&str],
        query: &[(&str, String)],
        body: Option<&B>,
    ) -> Result<T, WorkosError> {
        let answer = self.send(method, path, query, body).await?;
        serde_json::from_slice(&answer.body).map_err(|_| WorkosError::Malformed {
            status: answer.status,
            request_id: answer.request_id,
        })
    }

    /// Sends one logical request, retrying as the policy allows. POSTs carry a fresh
    /// `Idempotency-Key`, the same on every attempt, so a retry cannot act twice.
    async fn send<B: Serialize>(
        &self,
        method: Method,
        path: &[&str],
        query: &[(&str, String)],
        body: Option<&B>,
    ) -> Result<Answer, WorkosError> {
        let url = self.url(path)?;
        let idempotency_key = (method == Method::POST).then(|| ulid::Ulid::new().to_string());
        let started = Instant::now();
        let mut attempts = 0;
        loop {
            attempts += 1;
            let remaining = self.options.retry.budget.saturating_sub(started.elapsed());
            let error = match self
                .send_once(
                    method.clone(),
                    url.clone(),
                    query,
                    body,
                    idempotency_key.as_deref(),
                    remaining,
                )
                .await
            {
                Ok(value) => return Ok(value),
                Err(error) => error,
            };
            let replay_safe = method != Method::POST || idempotency_key.is_some();
            match self
                .options
                .retry
                .next_wait(&error, attempts, started.elapsed(), replay_safe)
            {
                Some(wait) => {
                    tracing::info!(%error, attempt = attempts, wait_ms = wait.as_millis() as u64, path = url.path(), "retrying WorkOS call");
                    tokio::time::sleep(wait).await;
                }
                None => return Err(error),
            }
        }
    }

    /// The base URL with `segments` appended, each percent-encoded as one path segment
    /// (a space is `%20`, a `/` cannot start another segment).
    fn url(&self, segments: &[&str]) -> Result<Url, WorkosError> {
        if segments
            .iter()
            .any(|s| s.is_empty() || *s == "." || *s == "..")
        {
            // An empty or dot id would address another resource; refuse before sending.
            return Err(WorkosError::NotFound {
                message: "an empty or dot path segment names no object".into(),
                request_id: None,
            });
        }
        let mut url = self.base.clone();
        url.path_segments_mut()
            .map_err(|()| {
                WorkosError::Unreachable("the WorkOS base URL cannot have a path".into())
            })?
            .pop_if_empty()
            .extend(segments);
        Ok(url)
    }

    async fn send_once<B: Serialize>(
        &self,
        method: Method,
        url: Url,
        query: &[(&str, String)],
        body: Option<&B>,
        idempotency_key: Option<&str>,
        time_left: Duration,
    ) -> Result<Answer, WorkosError> {
        let mut request = self
            .http
            .request(method, url)
            .bearer_auth(self.key.expose())
            .header(reqwest::header::ACCEPT, "application/json")
            .timeout(
                self.options
                    .request_timeout
                    .min(time_left.max(Duration::from_millis(1))),
            );
        if let Some(key) = idempotency_key {
            request = request.header("idempotency-key", key);
        }
        if !query.is_empty() {
            request = request.query(query);
        }
        if let Some(body) = body {
            request = request.json(body);
        }
        let response = request.send().await.map_err(transport_error)?;
        let status = response.status();
        let request_id = request_id(response.headers());
        let retry_after = retry_after(response.headers());
        let bytes = response.bytes().await.map_err(transport_error)?;
        if status.is_success() {
            return Ok(Answer {
                status: status.as_u16(),
                request_id,
                body: bytes,
            });
        }
        Err(error_from_response(status, &bytes, request_id, retry_after))
    }
}

/// A successful answer, not yet parsed.
struct Answer {
    status: u16,
    request_id: Option<String>,
    body: bytes::Bytes,
}

/// `None` typed for calls without a body.
const NO_BODY: Option<&()> = None;

fn transport_error(e: reqwest::Error) -> WorkosError {
    if e.is_timeout() {
        WorkosError::Timeout
    } else {
        WorkosError::Unreachable(e.without_url().to_string())
    }
}

fn request_id(headers: &HeaderMap) -> Option<String> {
    let id = headers.get("x-request-id")?.to_str().ok()?;
    crate::request_ids::note(id);
    Some(id.to_owned())
}

fn retry_after(headers: &HeaderMap) -> Option<u64> {
    headers
        .get(reqwest::header::RETRY_AFTER)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse().ok())
}

fn error_from_response(
    status: StatusCode,
    body: &[u8],
    request_id: Option<String>,
    retry_after_seconds: Option<u64>,
) -> WorkosError {
    let parsed: Option<ErrorBody> = serde_json::from_slice(body).ok();
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
fn organization_not_found(error: WorkosError, organization_id: &str) -> WorkosError {
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

    fn client() -> WorkosClient {
        WorkosClient::new(
            Url::parse("http://127.0.0.1:9/").unwrap(),
            ApiKey::new("sk_test_x"),
            ClientOptions::default(),
        )
        .unwrap()
    }

    #[test]
    fn api_key_never_shows_in_debug_output() {
        let key = ApiKey::new("sk_test_supersecretvalue1234567890");
        let client = WorkosClient::new(
            Url::parse("http://127.0.0.1:9").unwrap(),
            key.clone(),
            ClientOptions::default(),
        )
        .unwrap();
        for text in [format!("{key:?}"), format!("{client:?}")] {
            assert!(!text.contains("supersecret"), "{text}");
        }
    }

    #[test]
    fn path_ids_are_percent_encoded_one_segment_each() {
        let url = client()
            .url(&["organizations", "external_id", "a b/c?d#e%f+g"])
            .unwrap();
        assert_eq!(
            url.as_str(),
            "http://127.0.0.1:9/organizations/external_id/a%20b%2Fc%3Fd%23e%25f+g"
        );
        for bad in ["", ".", ".."] {
            assert!(client().url(&["organizations", bad]).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn a_base_url_with_a_path_keeps_it() {
        let client = WorkosClient::new(
            Url::parse("http://127.0.0.1:9/workos/").unwrap(),
            ApiKey::new("k"),
            ClientOptions::default(),
        )
        .unwrap();
        assert_eq!(
            client.url(&["connections", "conn_1"]).unwrap().as_str(),
            "http://127.0.0.1:9/workos/connections/conn_1"
        );
    }

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
