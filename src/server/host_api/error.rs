//! The host API's errors: the one shape every Portico API answers with (`AppError`:
//! `kind`, `message`, `request_id`, `retry_after_seconds`), with its status.

use crate::{
    model::{AppError, ErrorKind},
    server::error::ServerError,
};
use axum::{
    http::StatusCode,
    response::{IntoResponse, Response},
    Json,
};

#[derive(Debug)]
pub struct ApiError(pub AppError);

impl From<AppError> for ApiError {
    fn from(error: AppError) -> Self {
        ApiError(error)
    }
}

impl From<ServerError> for ApiError {
    fn from(error: ServerError) -> Self {
        error.log();
        ApiError(AppError::from(error))
    }
}

/// A body that is not what the operation takes.
pub fn bad_body(message: impl std::fmt::Display) -> ApiError {
    ApiError(AppError::new(
        ErrorKind::BadRequest,
        format!("The request body is not what this call takes: {message}"),
    ))
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let status =
            StatusCode::from_u16(self.0.kind.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        // `http::errors::finish_api_errors` adds the request id and `Retry-After`.
        (status, Json(self.0)).into_response()
    }
}
