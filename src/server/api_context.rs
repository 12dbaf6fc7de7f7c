//! What server functions need from the request, reached in one way.

use super::{errors::set_response_status, state::AppState};
use crate::domain::{AppError, ErrorKind};
use std::future::Future;
use tower_sessions::Session;

pub fn state() -> Result<AppState, AppError> {
    leptos::prelude::use_context::<AppState>()
        .ok_or_else(|| AppError::new(ErrorKind::Internal, "Server state is missing."))
}

pub async fn session() -> Result<Session, AppError> {
    leptos_axum::extract::<Session>()
        .await
        .map_err(|_| AppError::new(ErrorKind::Internal, "Session layer is missing."))
}

/// Runs a server function body and gives its response the status of its error.
pub async fn respond<T>(body: impl Future<Output = Result<T, AppError>>) -> Result<T, AppError> {
    let result = body.await;
    if let Err(error) = &result {
        set_response_status(error);
    }
    result
}
