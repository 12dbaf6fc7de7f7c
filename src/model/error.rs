use leptos::server_fn::{
    codec::JsonEncoding,
    error::{FromServerFnError, ServerFnErrorErr},
};
use serde::{Deserialize, Serialize};
use std::fmt;

/// What kind of failure the user is looking at; decides the HTTP status.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ErrorKind {
    BadRequest,
    Unauthorized,
    Forbidden,
    NotFound,
    /// It exists already (a domain claimed, a contact added).
    Conflict,
    /// The request is larger than Portico accepts.
    TooLarge,
    /// The body is of a type Portico does not read.
    UnsupportedMediaType,
    /// WorkOS is rate limiting Portico.
    RateLimited,
    /// Portico's own limit on attempts (sign-ins): the person waits, nothing failed.
    Throttled,
    Upstream,
    /// Portico itself is too busy right now.
    Unavailable,
    Internal,
}

impl ErrorKind {
    pub fn status(self) -> u16 {
        match self {
            ErrorKind::BadRequest => 400,
            ErrorKind::Unauthorized => 401,
            ErrorKind::Forbidden => 403,
            ErrorKind::NotFound => 404,
            ErrorKind::Conflict => 409,
            ErrorKind::TooLarge => 413,
            ErrorKind::UnsupportedMediaType => 415,
            ErrorKind::RateLimited | ErrorKind::Throttled => 429,
            ErrorKind::Upstream => 502,
            ErrorKind::Unavailable => 503,
            ErrorKind::Internal => 500,
        }
    }
}

/// The one error type the browser sees: a kind and a sentence for a person.
/// Server-side errors are converted into it once, and error answers get their status
/// and request id in one place (see `server::errors`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, thiserror::Error)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct AppError {
    pub kind: ErrorKind,
    pub message: String,
    /// The request's id, which the server's log lines carry: quote it when asking for help.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
    /// For 429 and 503: when trying again can work (sent as `Retry-After` too).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retry_after_seconds: Option<u64>,
    /// The form field it is about (its `name`), for a form that shows the sentence
    /// beside that field. Pages only: never sent.
    #[serde(skip)]
    pub field: Option<String>,
}

impl AppError {
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        AppError {
            kind,
            message: message.into(),
            request_id: None,
            retry_after_seconds: None,
            field: None,
        }
    }

    /// The same error, about the form field named `field`.
    pub fn about(self, field: &str) -> Self {
        AppError {
            field: Some(field.to_owned()),
            ..self
        }
    }

    pub fn unauthorized() -> Self {
        AppError::new(ErrorKind::Unauthorized, crate::t!("error-sign-in-first"))
    }

    pub fn bad_request(message: impl Into<String>) -> Self {
        AppError::new(ErrorKind::BadRequest, message)
    }

    /// The same error, saying when trying again can work.
    pub fn retry_after(self, seconds: u64) -> Self {
        AppError {
            retry_after_seconds: Some(seconds),
            ..self
        }
    }
}

impl fmt::Display for AppError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl FromServerFnError for AppError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        match value {
            ServerFnErrorErr::Args(detail) | ServerFnErrorErr::Deserialization(detail) => {
                AppError::bad_request(crate::t!("error-unreadable-request", detail = detail))
            }
            ServerFnErrorErr::MissingArg(field) => {
                AppError::bad_request(crate::t!("error-missing-field", field = field))
            }
            ServerFnErrorErr::Request(_) => {
                AppError::new(ErrorKind::Upstream, crate::t!("error-unreachable"))
            }
            // Never internal detail: the server logs it under the request id.
            _ => AppError::new(ErrorKind::Internal, crate::t!("error-internal")),
        }
    }
}
