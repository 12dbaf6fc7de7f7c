//! WorkOS's answer shapes: error bodies and the empty answers of deletes.

use crate::store::PageError;
use axum::{
    http::StatusCode,
    response::{IntoResponse, Response},
    Json,
};
use serde_json::json;
use workos::types::FieldError;

pub(crate) use crate::problem::Problem;

/// WorkOS's plain error body: `{"message": ...}`.
pub(super) fn message(status: StatusCode, text: impl Into<String>) -> Response {
    (status, Json(json!({ "message": text.into() }))).into_response()
}

/// A 404 as WorkOS words it, with `code` and the id that was not found.
pub(super) fn entity_not_found(kind: &str, id: &str) -> Response {
    (
        StatusCode::NOT_FOUND,
        Json(json!({
            "message": format!("{kind} not found: '{id}'."),
            "code": "entity_not_found",
            "entity_id": id,
        })),
    )
        .into_response()
}

/// A 422 naming each field's problem.
pub(super) fn validation(errors: Vec<FieldError>) -> Response {
    (
        StatusCode::UNPROCESSABLE_ENTITY,
        Json(json!({
            "message": "Validation failed",
            "code": "invalid_request_parameters",
            "errors": errors,
        })),
    )
        .into_response()
}

/// One field's problem.
pub(super) fn field(field: &str, problem: Problem) -> FieldError {
    FieldError {
        field: field.to_owned(),
        code: problem.code().to_owned(),
    }
}

/// A bad paging parameter, as a 422.
pub(super) fn page_error(e: PageError) -> Response {
    validation(vec![field(e.field, e.problem)])
}

/// A 400 with WorkOS's machine-readable `code`.
pub(super) fn coded(status: StatusCode, code: &str, text: impl Into<String>) -> Response {
    (
        status,
        Json(json!({ "code": code, "message": text.into() })),
    )
        .into_response()
}

/// `status` when the object existed; WorkOS's 404 otherwise.
pub(super) fn deleted(existed: bool, status: StatusCode, kind: &str, id: &str) -> Response {
    if existed {
        status.into_response()
    } else {
        entity_not_found(kind, id)
    }
}

/// Any other path: WorkOS's 404 body.
pub(crate) async fn not_found() -> Response {
    message(StatusCode::NOT_FOUND, "Not found")
}
