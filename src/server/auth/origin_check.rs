use crate::model::{AppError, ErrorKind};
use axum::{
    extract::{Request, State},
    http::{header, Method, StatusCode},
    middleware::Next,
    response::{IntoResponse, Response},
    Json,
};

/// The origin (`scheme://host[:port]`) state-changing requests must come from.
#[derive(Clone, Debug)]
pub struct PublicOrigin(pub String);

/// Refuses a state-changing request unless its `Origin` (or, without one,
/// `Sec-Fetch-Site: same-origin`) shows it came from Portico's own pages.
/// Together with SameSite=Lax cookies this stops cross-site request forgery.
pub async fn require_same_origin(
    State(expected): State<PublicOrigin>,
    request: Request,
    next: Next,
) -> Response {
    if matches!(
        *request.method(),
        Method::GET | Method::HEAD | Method::OPTIONS
    ) {
        return next.run(request).await;
    }
    let headers = request.headers();
    let origin = headers.get(header::ORIGIN).and_then(|v| v.to_str().ok());
    let fetch_site = headers.get("sec-fetch-site").and_then(|v| v.to_str().ok());
    let refusal = match (origin, fetch_site) {
        (Some(origin), _) if origin == expected.0 => None,
        (Some(origin), _) => Some(format!(
            "Cross-origin request refused: Origin {origin} is not {}.",
            expected.0
        )),
        (None, Some("same-origin")) => None,
        (None, _) => Some(format!(
            "Request refused: send the header Origin: {} with every POST.",
            expected.0
        )),
    };
    match refusal {
        None => next.run(request).await,
        Some(message) => (
            StatusCode::FORBIDDEN,
            Json(AppError::new(ErrorKind::Forbidden, message)),
        )
            .into_response(),
    }
}

/// Whether a browser says this request was started by another site (`Sec-Fetch-Site:
/// cross-site` or `same-site`): a link or form elsewhere that the Lax cookie still
/// follows. Typed addresses (`none`) and Portico's own pages (`same-origin`) pass, as do
/// clients that send no fetch metadata (scripts, which hold their cookie themselves).
pub fn started_elsewhere(headers: &axum::http::HeaderMap) -> bool {
    headers
        .get("sec-fetch-site")
        .and_then(|v| v.to_str().ok())
        .is_some_and(|site| !matches!(site, "same-origin" | "none"))
}
