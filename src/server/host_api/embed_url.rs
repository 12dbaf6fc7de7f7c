//! An embed URL minted on Portico's side, so a host needs no JWT library: the same
//! one-time, five-minute token a host would sign with PORTICO_EMBED_SECRET.

use super::{
    body::{EmbedRequest, EmbedUrl},
    caller::ApiCaller,
    organizations::{about, areas},
    ApiError, ApiJson, Found,
};
use crate::{
    model::{AppError, EmailAddress, ErrorKind, Role},
    server::api_keys::Scope,
    server::{config::public_link, embed::token, state::AppState},
};
use axum::{
    extract::{Path, State},
    http::StatusCode,
    response::Response,
    Extension, Json,
};

#[utoipa::path(post, operation_id = "createEmbedUrl", path = "/organizations/{organization}/embed_url", tag = "embed",
    params(("organization" = String, Path, description = "Portico's id or WorkOS's (`org_…`)")),
    request_body = EmbedRequest,
    responses((status = 201, description = "Made", body = EmbedUrl), (status = 400, description = "A bad request: the message says what to fix", body = crate::model::AppError),
        (status = 404, description = "No such organization or member", body = crate::model::AppError), (status = 409, description = "Embedding is not set up", body = crate::model::AppError)),
    security(("api_key" = ["embed:write"])))]
pub async fn mint(
    State(state): State<AppState>,
    Extension(caller): Extension<ApiCaller>,
    Path(key): Path<String>,
    ApiJson(wanted): ApiJson<EmbedRequest>,
) -> Result<Response, ApiError> {
    caller.require(Scope::EmbedWrite)?;
    let found = Found::by_key(&state, &key).await?;
    let not_set_up = |what: &str| {
        AppError::new(
            ErrorKind::Conflict,
            format!("Embedding is not set up: {what}."),
        )
    };
    let secret = state
        .embed_secret
        .as_ref()
        .ok_or_else(|| not_set_up("set PORTICO_EMBED_SECRET"))?;
    let host = state
        .config
        .embed
        .hosts
        .0
        .first()
        .ok_or_else(|| not_set_up("name the host in embed.hosts"))?;
    let organization = found
        .row
        .workos_organization_id
        .clone()
        .ok_or_else(|| not_set_up("the organization has no WorkOS organization"))?;
    let email =
        EmailAddress::parse(&wanted.email).map_err(|e| AppError::bad_request(format!("{e}.")))?;
    let role = Role::parse(wanted.role.trim())
        .ok_or_else(|| AppError::bad_request("`role` must be admin or member."))?;
    if wanted.user_id.trim().is_empty() {
        return Err(AppError::bad_request(
            "`user_id` is the host's id for the person: it cannot be empty.",
        )
        .into());
    }
    let now = time::OffsetDateTime::now_utc().unix_timestamp();
    let expires_at = now + token::LONGEST_LIFETIME;
    let claims = serde_json::json!({
        "iss": host, "aud": token::AUDIENCE, "sub": wanted.user_id.trim(),
        "email": email.as_str(), "name": wanted.name, "org": organization,
        "org_name": found.row.name, "role": role.as_str(), "features": areas(&found.plan),
        "iat": now, "exp": expires_at, "jti": hex::encode(rand::random::<[u8; 16]>()),
    });
    let signed = jsonwebtoken::encode(
        &jsonwebtoken::Header::new(jsonwebtoken::Algorithm::HS256),
        &claims,
        &jsonwebtoken::EncodingKey::from_secret(secret.expose()),
    )
    .map_err(|e| {
        AppError::new(
            ErrorKind::Internal,
            format!("Could not sign the embed token: {e}."),
        )
    })?;
    let url = public_link(&state.public_url, &format!("/embed?token={signed}"));
    Ok(about(
        &found,
        (StatusCode::CREATED, Json(EmbedUrl { url, expires_at })),
    ))
}
