use leptos::server_fn::{
    codec::JsonEncoding,
    error::{FromServerFnError, ServerFnErrorErr},
};
use serde::{Deserialize, Serialize};
use std::fmt;

/// What kind of failure the user is looking at; decides the HTTP status.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ErrorKind {
    BadRequest,
    Unauthorized,
    Forbidden,
    NotFound,
    RateLimited,
    Upstream,
    Internal,
}

impl ErrorKind {
    pub fn status(self) -> u16 {
        match self {
            ErrorKind::BadRequest => 400,
            ErrorKind::Unauthorized => 401,
            ErrorKind::Forbidden => 403,
            ErrorKind::NotFound => 404,
            ErrorKind::RateLimited => 429,
            ErrorKind::Upstream => 502,
            ErrorKind::Internal => 500,
        }
    }
}

/// The one error type the browser sees: a kind and a sentence for a person.
/// Server-side errors are converted into it once (see `server::errors`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, thiserror::Error)]
pub struct AppError {
    pub kind: ErrorKind,
    pub message: String,
}

impl AppError {
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        AppError {
            kind,
            message: message.into(),
        }
    }

    pub fn unauthorized() -> Self {
        AppError::new(ErrorKind::Unauthorized, "Please sign in first.")
    }

    pub fn bad_request(message: impl Into<String>) -> Self {
        AppError::new(ErrorKind::BadRequest, message)
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
        let error = match value {
            ServerFnErrorErr::Args(detail) => {
                AppError::bad_request(format!("The request could not be read: {detail}"))
            }
            ServerFnErrorErr::MissingArg(field) => {
                AppError::bad_request(format!("The field '{field}' is missing."))
            }
            ServerFnErrorErr::Request(_) => AppError::new(
                ErrorKind::Upstream,
                "Portico could not be reached. Check your connection and try again.",
            ),
            other => AppError::new(
                ErrorKind::Internal,
                format!("Something went wrong: {other}"),
            ),
        };
        // Runs on the server for requests the function never saw (bad form fields):
        // give them the right status too.
        #[cfg(feature = "ssr")]
        crate::server::errors::set_response_status(&error);
        error
    }
}
