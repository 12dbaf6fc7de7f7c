//! The host's webhook endpoints through the host API: register (the secret is in that
//! answer only), list, remove.

use super::{
    body::{NewWebhookEndpoint, WebhookEndpoint},
    caller::ApiCaller,
    ApiError, ApiJson,
};
use crate::{
    model::{AppError, ErrorKind},
    server::api_keys::Scope,
    server::{
        db::{self, webhooks::Endpoint},
        error::ServerError,
        host_webhooks::endpoints::{self, EndpointError},
        state::AppState,
    },
};
use axum::{
    extract::{Path, State},
    http::StatusCode,
    response::{IntoResponse, Response},
    Extension, Json,
};

impl From<EndpointError> for ApiError {
    fn from(error: EndpointError) -> Self {
        let kind = match &error {
            EndpointError::NotFound(_) => ErrorKind::NotFound,
            EndpointError::Database(_) => {
                return ServerError::new(crate::server::error::internal(), error).into()
            }
            _ => ErrorKind::BadRequest,
        };
        AppError::new(kind, crate::server::error::as_sentence(&error.to_string())).into()
    }
}

fn shown(endpoint: Endpoint, with_secret: bool) -> WebhookEndpoint {
    WebhookEndpoint {
        id: endpoint.id,
        url: endpoint.url,
        events: endpoint
            .events
            .split(' ')
            .filter(|e| !e.is_empty())
            .map(str::to_owned)
            .collect(),
        created_at: endpoint.created_at,
        secret: with_secret.then_some(endpoint.secret),
    }
}

#[utoipa::path(post, operation_id = "createWebhookEndpoint", path = "/webhook_endpoints", tag = "webhooks",
    request_body = NewWebhookEndpoint,
    responses((status = 201, description = "Made", body = WebhookEndpoint),
        (status = 400, description = "A bad request: the message says what to fix", body = crate::model::AppError)),
    security(("api_key" = ["webhooks:write"])))]
pub async fn create(
    State(state): State<AppState>,
    Extension(caller): Extension<ApiCaller>,
    ApiJson(new): ApiJson<NewWebhookEndpoint>,
) -> Result<Response, ApiError> {
    caller.require(Scope::WebhooksWrite)?;
    let allow_private = state.config.host_api.webhooks_to_private_addresses;
    let made = endpoints::register(
        &state.db,
        &new.url,
        &new.events,
        allow_private,
        &caller.name(),
    )
    .await?;
    Ok((StatusCode::CREATED, Json(shown(made, true))).into_response())
}

#[utoipa::path(get, operation_id = "listWebhookEndpoints", path = "/webhook_endpoints", tag = "webhooks",
    responses((status = 200, description = "The answer", body = Vec<WebhookEndpoint>)),
    security(("api_key" = ["webhooks:write"])))]
pub async fn list(
    State(state): State<AppState>,
    Extension(caller): Extension<ApiCaller>,
) -> Result<Json<Vec<WebhookEndpoint>>, ApiError> {
    caller.require(Scope::WebhooksWrite)?;
    let all = db::webhooks::endpoints(&state.db)
        .await
        .map_err(ServerError::from)?;
    Ok(Json(all.into_iter().map(|e| shown(e, false)).collect()))
}

#[utoipa::path(delete, operation_id = "deleteWebhookEndpoint", path = "/webhook_endpoints/{id}", tag = "webhooks",
    params(("id" = i64, Path)),
    responses((status = 204, description = "Removed, with its deliveries"),
        (status = 404, description = "No such endpoint", body = crate::model::AppError)),
    security(("api_key" = ["webhooks:write"])))]
pub async fn delete(
    State(state): State<AppState>,
    Extension(caller): Extension<ApiCaller>,
    Path(id): Path<i64>,
) -> Result<StatusCode, ApiError> {
    caller.require(Scope::WebhooksWrite)?;
    endpoints::remove(&state.db, id).await?;
    Ok(StatusCode::NO_CONTENT)
}
