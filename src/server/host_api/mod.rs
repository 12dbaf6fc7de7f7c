//! The host API (`/api/v1`): what the host company's backend calls, with an API key
//! (`keys`, checked and rate-limited per key in `caller`, each call a trail row under the
//! key's name): organizations (create idempotently, list, get, delete, status, plan),
//! members, embed URLs, and the endpoints Portico's webhooks go to (`host_webhooks`). Errors have the one shape every Portico API answers with.
//! The OpenAPI 3.1 document is generated from the handlers (utoipa) and served at
//! `/api/v1/openapi.json`.

mod body;
pub mod caller;
mod embed_url;
mod error;
pub mod idempotency;
mod members;
mod organizations;
mod webhooks;

pub use error::ApiError;

use crate::{
    model::{AppError, ErrorKind, Features},
    server::{
        console,
        db::{self, organizations::OrganizationRow},
        error::ServerError,
        state::AppState,
    },
};
use axum::{
    extract::{FromRequest, Request},
    middleware,
    routing::get,
    Json, Router,
};
use std::sync::Arc;
use utoipa::{
    openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme},
    Modify, OpenApi,
};
use utoipa_axum::{router::OpenApiRouter, routes};

/// Where the API lives.
pub const BASE: &str = "/api/v1";

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Portico host API",
        description = "What the host company's backend calls: organizations, their status and plan, their members, and embed URLs. Authenticate with an API key (`Authorization: Bearer pk_live_…`); each operation names the scope it needs. Errors have one shape: `kind`, `message`, `request_id`, and for 429 and 503 `retry_after_seconds` (also sent as `Retry-After`)."
    ),
    servers((url = "/api/v1")),
    modifiers(&BearerKey),
    tags((name = "organizations"), (name = "members"), (name = "embed"), (name = "webhooks"))
)]
struct Document;

struct BearerKey;

impl Modify for BearerKey {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        let scheme = HttpBuilder::new()
            .scheme(HttpAuthScheme::Bearer)
            .bearer_format("pk_live_…")
            .build();
        components.add_security_scheme("api_key", SecurityScheme::Http(scheme));
    }
}

/// The API's routes and its OpenAPI document, from the same handlers.
fn routes() -> (Router<AppState>, utoipa::openapi::OpenApi) {
    OpenApiRouter::with_openapi(Document::openapi())
        .routes(routes!(organizations::create, organizations::list))
        .routes(routes!(organizations::get, organizations::delete))
        .routes(routes!(organizations::status))
        .routes(routes!(organizations::set_plan))
        .routes(routes!(members::list, members::add))
        .routes(routes!(members::change, members::remove))
        .routes(routes!(embed_url::mint))
        .routes(routes!(webhooks::create, webhooks::list))
        .routes(routes!(webhooks::delete))
        .split_for_parts()
}

/// The OpenAPI document, as served.
pub fn document() -> utoipa::openapi::OpenApi {
    routes().1
}

/// `/api/v1`: outside the browser's sessions and Origin checks (a key is the check).
pub fn router(state: AppState) -> Router {
    let limits = caller::KeyLimits::new(state.config.host_api.calls_per_minute_per_key.get());
    let (api, document) = routes();
    let document = Arc::new(document);
    let api = api
        .layer(middleware::from_fn_with_state(
            (state.clone(), limits),
            caller::authenticate,
        ))
        .fallback(|| async {
            ApiError::from(AppError::new(
                ErrorKind::NotFound,
                "There is no such host API call: see /api/v1/openapi.json.",
            ))
        })
        .with_state(state);
    Router::new()
        .route(
            "/api/v1/openapi.json",
            get(move || async move { Json(document.as_ref().clone()) }),
        )
        .nest(BASE, api)
}

/// An organization a call names: by Portico's id or WorkOS's (`org_…`), with its plan.
pub struct Found {
    pub row: OrganizationRow,
    pub plan: Features,
}

impl Found {
    pub fn plan_from(stored: Option<String>) -> Features {
        match stored {
            None => Features::ALL,
            Some(list) => Features::parse(&list).unwrap_or_else(|_| Features::only([])),
        }
    }

    pub async fn by_key(state: &AppState, key: &str) -> Result<Found, ApiError> {
        let missing = || -> ApiError {
            AppError::new(
                ErrorKind::NotFound,
                format!("No organization has the id {}.", crate::model::quoted(key)),
            )
            .into()
        };
        let id = match key.parse::<i64>() {
            Ok(id) => id,
            Err(_) if key.starts_with("org_") => db::organizations::by_workos_id(&state.db, key)
                .await
                .map_err(ServerError::from)?
                .ok_or_else(missing)?,
            Err(_) => return Err(missing()),
        };
        match console::organization::find(state, id).await {
            Ok((row, plan)) => Ok(Found { row, plan }),
            Err(console::ConsoleError::UnknownOrganization(_)) => Err(missing()),
            Err(other) => Err(ServerError::from(other).into()),
        }
    }

    pub fn organization(&self) -> body::Organization {
        body::Organization {
            id: self.row.id,
            name: self.row.name.clone(),
            workos_organization_id: self.row.workos_organization_id.clone(),
            areas: organizations::areas(&self.plan),
        }
    }
}

/// A JSON body, refused in the API's own error shape when it is not what the call takes.
pub struct ApiJson<T>(pub T);

impl<T, S> FromRequest<S> for ApiJson<T>
where
    T: serde::de::DeserializeOwned,
    S: Send + Sync,
{
    type Rejection = ApiError;

    async fn from_request(request: Request, state: &S) -> Result<Self, Self::Rejection> {
        match Json::<T>::from_request(request, state).await {
            Ok(Json(value)) => Ok(ApiJson(value)),
            Err(rejection) => Err(error::bad_body(rejection.body_text())),
        }
    }
}
