//! Sending one logical request: the URL, the key, timeouts, retries with one
//! `Idempotency-Key`, each attempt within the call budget, and each answer's
//! `X-Request-ID`.

use super::{
    api_key::ApiKey,
    budget::{CallBudget, Spending},
    error_response::error_from_response,
    options::ClientOptions,
    telemetry,
};
use crate::error::WorkosError;
use reqwest::{header::HeaderMap, Method};
use serde::{de::DeserializeOwned, Serialize};
use std::{
    sync::Arc,
    time::{Duration, Instant},
};
use url::Url;

/// A WorkOS API client: one connection pool, shared by clones.
#[derive(Clone, Debug)]
pub struct WorkosClient {
    http: reqwest::Client,
    base: Url,
    key: ApiKey,
    options: ClientOptions,
    spending: Arc<Spending>,
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
            spending: Arc::new(Spending::new(CallBudget::default())),
        })
    }

    /// This client with `budget` for its calls (the default is [`CallBudget::default`]).
    /// Clones share what was spent.
    pub fn with_budget(mut self, budget: CallBudget) -> Self {
        self.spending = Arc::new(Spending::new(budget));
        self
    }

    /// The API's base URL.
    pub fn base_url(&self) -> &Url {
        &self.base
    }

    /// The API key, which `/sso/token` takes as the client secret.
    pub(super) fn key(&self) -> &ApiKey {
        &self.key
    }

    /// Sends and reads a JSON answer.
    pub(super) async fn json<B: Serialize, T: DeserializeOwned>(
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

    /// Sends once and reads a JSON answer: for a request that must not be repeated, such
    /// as exchanging a one-time code (a retry after a lost answer would meet the code
    /// spent).
    pub(super) async fn json_once<B: Serialize, T: DeserializeOwned>(
        &self,
        method: Method,
        path: &[&str],
        body: Option<&B>,
    ) -> Result<T, WorkosError> {
        let endpoint = telemetry::endpoint(&method, path);
        let started = Instant::now();
        let url = self.url(path)?;
        self.spending.spend()?;
        let timeout = self.options.retry.budget;
        let result = self.send_once(method, url, &[], body, None, timeout).await;
        telemetry::call_finished(&endpoint, telemetry::outcome(&result), started.elapsed());
        let answer = result?;
        serde_json::from_slice(&answer.body).map_err(|_| WorkosError::Malformed {
            status: answer.status,
            request_id: answer.request_id,
        })
    }

    /// Sends one logical request, retrying as the policy allows. POSTs carry a fresh
    /// `Idempotency-Key`, the same on every attempt, so a retry cannot act twice.
    pub(super) async fn send<B: Serialize>(
        &self,
        method: Method,
        path: &[&str],
        query: &[(&str, String)],
        body: Option<&B>,
    ) -> Result<Answer, WorkosError> {
        let endpoint = telemetry::endpoint(&method, path);
        let started = Instant::now();
        let result = self
            .send_with_retries(method, path, query, body, &endpoint)
            .await;
        telemetry::call_finished(&endpoint, telemetry::outcome(&result), started.elapsed());
        result
    }

    async fn send_with_retries<B: Serialize>(
        &self,
        method: Method,
        path: &[&str],
        query: &[(&str, String)],
        body: Option<&B>,
        endpoint: &str,
    ) -> Result<Answer, WorkosError> {
        let url = self.url(path)?;
        let idempotency_key = (method == Method::POST).then(|| ulid::Ulid::new().to_string());
        let started = Instant::now();
        let mut attempts = 0;
        loop {
            attempts += 1;
            // Every attempt spends from the budget; a spent one is not waited for.
            self.spending.spend()?;
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
                    telemetry::retried(endpoint);
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
pub(super) struct Answer {
    status: u16,
    request_id: Option<String>,
    body: bytes::Bytes,
}

/// `None` typed for calls without a body.
pub(super) const NO_BODY: Option<&()> = None;

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
}
