use super::{
    error::WorkosError,
    retry::RetryPolicy,
    types::{
        Connection, CreateOrganization, Directory, ErrorBody, GenerateLink, List, ListOptions,
        Organization, OrganizationDomain, PortalLink, UpdateOrganization,
    },
};
use reqwest::{header::HeaderMap, Method, StatusCode};
use serde::{de::DeserializeOwned, Serialize};
use std::{
    fmt,
    time::{Duration, Instant},
};
use url::Url;

/// A WorkOS secret key. Never printed: `Debug` and `Display` redact it.
#[derive(Clone, PartialEq, Eq)]
pub struct ApiKey(String);

impl ApiKey {
    pub fn new(key: impl Into<String>) -> Self {
        ApiKey(key.into())
    }

    pub fn expose(&self) -> &str {
        &self.0
    }

    /// A fresh random key for the embedded emulator.
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

/// Timeouts and retries, from settings.
#[derive(Clone, Debug, PartialEq)]
pub struct ClientOptions {
    pub connect_timeout: Duration,
    /// For one attempt, response body included.
    pub request_timeout: Duration,
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

/// One shared connection pool for all WorkOS calls.
#[derive(Clone, Debug)]
pub struct WorkosClient {
    http: reqwest::Client,
    base: Url,
    key: ApiKey,
    options: ClientOptions,
}

impl WorkosClient {
    pub fn new(base: Url, key: ApiKey, options: ClientOptions) -> Result<Self, WorkosError> {
        let http = reqwest::Client::builder()
            .connect_timeout(options.connect_timeout)
            .timeout(options.request_timeout)
            .user_agent(concat!("portico/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|e| WorkosError::Unreachable(e.to_string()))?;
        Ok(WorkosClient {
            http,
            base,
            key,
            options,
        })
    }

    pub fn base_url(&self) -> &Url {
        &self.base
    }

    pub async fn generate_portal_link(
        &self,
        request: &GenerateLink,
    ) -> Result<String, WorkosError> {
        let response: PortalLink = self
            .json(Method::POST, "/portal/generate_link", &[], Some(request))
            .await
            .map_err(|e| organization_not_found(e, &request.organization))?;
        Ok(response.link)
    }

    pub async fn create_organization(
        &self,
        request: &CreateOrganization,
    ) -> Result<Organization, WorkosError> {
        self.json(Method::POST, "/organizations", &[], Some(request))
            .await
    }

    pub async fn get_organization(&self, id: &str) -> Result<Organization, WorkosError> {
        self.json(
            Method::GET,
            &format!("/organizations/{}", segment(id)),
            &[],
            NO_BODY,
        )
        .await
        .map_err(|e| organization_not_found(e, id))
    }

    pub async fn get_organization_by_external_id(
        &self,
        external_id: &str,
    ) -> Result<Organization, WorkosError> {
        let path = format!("/organizations/external_id/{}", segment(external_id));
        self.json(Method::GET, &path, &[], NO_BODY).await
    }

    pub async fn list_organizations(
        &self,
        page: &ListOptions,
    ) -> Result<List<Organization>, WorkosError> {
        self.json(Method::GET, "/organizations", &page.query(), NO_BODY)
            .await
    }

    pub async fn update_organization(
        &self,
        id: &str,
        changes: &UpdateOrganization,
    ) -> Result<Organization, WorkosError> {
        let path = format!("/organizations/{}", segment(id));
        self.json(Method::PUT, &path, &[], Some(changes))
            .await
            .map_err(|e| organization_not_found(e, id))
    }

    pub async fn delete_organization(&self, id: &str) -> Result<(), WorkosError> {
        let path = format!("/organizations/{}", segment(id));
        self.send(Method::DELETE, &path, &[], NO_BODY)
            .await
            .map(drop)
            .map_err(|e| organization_not_found(e, id))
    }

    pub async fn create_organization_domain(
        &self,
        organization_id: &str,
        domain: &str,
    ) -> Result<OrganizationDomain, WorkosError> {
        let body = serde_json::json!({ "organization_id": organization_id, "domain": domain });
        self.json(Method::POST, "/organization_domains", &[], Some(&body))
            .await
    }

    pub async fn get_organization_domain(
        &self,
        id: &str,
    ) -> Result<OrganizationDomain, WorkosError> {
        let path = format!("/organization_domains/{}", segment(id));
        self.json(Method::GET, &path, &[], NO_BODY).await
    }

    pub async fn verify_organization_domain(
        &self,
        id: &str,
    ) -> Result<OrganizationDomain, WorkosError> {
        let path = format!("/organization_domains/{}/verify", segment(id));
        self.json(Method::POST, &path, &[], NO_BODY).await
    }

    pub async fn delete_organization_domain(&self, id: &str) -> Result<(), WorkosError> {
        let path = format!("/organization_domains/{}", segment(id));
        self.send(Method::DELETE, &path, &[], NO_BODY)
            .await
            .map(drop)
    }

    /// The organization's SSO connections (first 100).
    pub async fn list_connections(
        &self,
        organization_id: &str,
    ) -> Result<List<Connection>, WorkosError> {
        let query = [
            ("organization_id", organization_id.to_owned()),
            ("limit", "100".to_owned()),
        ];
        self.json(Method::GET, "/connections", &query, NO_BODY)
            .await
    }

    pub async fn get_connection(&self, id: &str) -> Result<Connection, WorkosError> {
        self.json(
            Method::GET,
            &format!("/connections/{}", segment(id)),
            &[],
            NO_BODY,
        )
        .await
    }

    pub async fn delete_connection(&self, id: &str) -> Result<(), WorkosError> {
        let path = format!("/connections/{}", segment(id));
        self.send(Method::DELETE, &path, &[], NO_BODY)
            .await
            .map(drop)
    }

    /// The organization's directories (first 100).
    pub async fn list_directories(
        &self,
        organization_id: &str,
    ) -> Result<List<Directory>, WorkosError> {
        let query = [
            ("organization_id", organization_id.to_owned()),
            ("limit", "100".to_owned()),
        ];
        self.json(Method::GET, "/directories", &query, NO_BODY)
            .await
    }

    pub async fn get_directory(&self, id: &str) -> Result<Directory, WorkosError> {
        self.json(
            Method::GET,
            &format!("/directories/{}", segment(id)),
            &[],
            NO_BODY,
        )
        .await
    }

    pub async fn delete_directory(&self, id: &str) -> Result<(), WorkosError> {
        let path = format!("/directories/{}", segment(id));
        self.send(Method::DELETE, &path, &[], NO_BODY)
            .await
            .map(drop)
    }

    /// Sends and reads a JSON answer.
    async fn json<B: Serialize, T: DeserializeOwned>(
        &self,
        method: Method,
        path: &str,
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
        path: &str,
        query: &[(&str, String)],
        body: Option<&B>,
    ) -> Result<Answer, WorkosError> {
        let idempotency_key = (method == Method::POST).then(|| ulid::Ulid::new().to_string());
        let started = Instant::now();
        let mut attempts = 0;
        loop {
            attempts += 1;
            let remaining = self.options.retry.budget.saturating_sub(started.elapsed());
            let error = match self
                .send_once(
                    method.clone(),
                    path,
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
                    tracing::info!(%error, attempt = attempts, wait_ms = wait.as_millis() as u64, path, "retrying WorkOS call");
                    tokio::time::sleep(wait).await;
                }
                None => return Err(error),
            }
        }
    }

    async fn send_once<B: Serialize>(
        &self,
        method: Method,
        path: &str,
        query: &[(&str, String)],
        body: Option<&B>,
        idempotency_key: Option<&str>,
        time_left: Duration,
    ) -> Result<Answer, WorkosError> {
        let mut url = self.base.clone();
        url.set_path(&format!(
            "{}{}",
            self.base.path().trim_end_matches('/'),
            path
        ));
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
    body: axum::body::Bytes,
}

/// `None` typed for calls without a body.
const NO_BODY: Option<&()> = None;

/// An id placed in a path, escaped so it cannot change the path.
fn segment(id: &str) -> String {
    url::form_urlencoded::byte_serialize(id.as_bytes()).collect()
}

fn transport_error(e: reqwest::Error) -> WorkosError {
    if e.is_timeout() {
        WorkosError::Timeout
    } else {
        WorkosError::Unreachable(e.without_url().to_string())
    }
}

fn request_id(headers: &HeaderMap) -> Option<String> {
    headers
        .get("x-request-id")
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned)
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
        429 => WorkosError::RateLimited {
            retry_after_seconds,
            request_id,
        },
        404 => WorkosError::NotFound {
            message,
            request_id,
        },
        400 | 409 | 422 if parsed.is_some() => WorkosError::Validation {
            status: status.as_u16(),
            message,
            errors: parsed.and_then(|b| b.errors).unwrap_or_default(),
            request_id,
        },
        s if s >= 500 => WorkosError::Upstream {
            status: s,
            request_id,
        },
        s => WorkosError::Malformed {
            status: s,
            request_id,
        },
    }
}

/// WorkOS reports an unknown organization as 404 on some endpoints and as 400
/// "Could not find an organization with the id, ..." on generate_link: treat both alike.
fn organization_not_found(error: WorkosError, organization_id: &str) -> WorkosError {
    match error {
        WorkosError::NotFound { request_id, .. } => WorkosError::OrganizationNotFound {
            organization_id: organization_id.to_owned(),
            request_id,
        },
        WorkosError::Validation {
            status: 400,
            message,
            request_id,
            ..
        } if message.starts_with("Could not find an organization") => {
            WorkosError::OrganizationNotFound {
                organization_id: organization_id.to_owned(),
                request_id,
            }
        }
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn unknown_organization_is_recognised_in_both_shapes() {
        let body = br#"{"message":"Could not find an organization with the id, org_X."}"#;
        let e = error_from_response(StatusCode::BAD_REQUEST, body, Some("r1".into()), None);
        assert!(matches!(
            organization_not_found(e, "org_X"),
            WorkosError::OrganizationNotFound { request_id: Some(ref r), .. } if r == "r1"
        ));
        let body = br#"{"message":"Not found","code":"entity_not_found","entity_id":"org_X"}"#;
        let e = error_from_response(StatusCode::NOT_FOUND, body, None, None);
        assert!(matches!(
            organization_not_found(e, "org_X"),
            WorkosError::OrganizationNotFound { .. }
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
