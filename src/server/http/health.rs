//! What a load balancer or an orchestrator asks: is the process alive (`/healthz`, in the
//! router), and is it ready for traffic (`/readyz`): the database answers and is migrated.
//! WorkOS is reported too, but never makes an instance unready: every instance shares
//! the same WorkOS, so taking them out would not help.

use crate::server::{db, state::AppState};
use axum::{
    extract::State,
    http::StatusCode,
    response::{IntoResponse, Response},
    Json,
};
use std::time::Duration;

/// How long each check may take.
const CHECK_TIMEOUT: Duration = Duration::from_secs(2);

/// `GET /readyz`: 200 when the database answers and every migration has run, else 503
/// with a sentence; the body also says whether WorkOS can be reached.
pub async fn readiness(State(state): State<AppState>) -> Response {
    let database =
        match tokio::time::timeout(CHECK_TIMEOUT, db::pending_migrations(&state.db)).await {
            Ok(Ok(0)) => Ok("ready".to_owned()),
            Ok(Ok(pending)) => Err(format!(
                "the database is not migrated ({pending} to go): run `portico migrate`"
            )),
            Ok(Err(error)) => Err(format!("the database does not answer: {error}")),
            Err(_) => Err("the database did not answer in time".to_owned()),
        };
    let workos = reachable(state.workos.base_url()).await;
    let ready = database.is_ok();
    let body = serde_json::json!({
        "ready": ready,
        "database": database.unwrap_or_else(|problem| problem),
        "workos": workos,
    });
    let status = if ready {
        StatusCode::OK
    } else {
        StatusCode::SERVICE_UNAVAILABLE
    };
    (status, Json(body)).into_response()
}

/// Whether a connection to WorkOS's API opens: no API call, so no rate limit spent.
async fn reachable(base: &url::Url) -> String {
    let (Some(host), Some(port)) = (base.host_str(), base.port_or_known_default()) else {
        return "no host in the WorkOS API URL".to_owned();
    };
    match tokio::time::timeout(CHECK_TIMEOUT, tokio::net::TcpStream::connect((host, port))).await {
        Ok(Ok(_)) => "reachable".to_owned(),
        Ok(Err(error)) => format!("unreachable: {error}"),
        Err(_) => "unreachable: no answer in time".to_owned(),
    }
}
