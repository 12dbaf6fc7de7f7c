//! An organization's members through the host API: list, add (an account without a
//! password when the person is new: they come through the host's embed), change a
//! role, remove. Losing the admin role ends their Admin Portal links, as on the command
//! line.

use super::{
    body::{Member, RoleChange},
    caller::ApiCaller,
    organizations::about,
    ApiError, ApiJson, Found,
};
use crate::{
    model::{AppError, Role},
    server::api_keys::Scope,
    server::{audit::Outsider, db, error::ServerError, members, state::AppState},
};
use axum::{
    extract::{Path, State},
    http::StatusCode,
    response::{IntoResponse, Response},
    Extension, Json,
};

fn role(name: &str) -> Result<Role, ApiError> {
    Role::parse(name.trim())
        .ok_or_else(|| AppError::bad_request("`role` must be admin or member.").into())
}

#[utoipa::path(get, operation_id = "listMembers", path = "/organizations/{organization}/members", tag = "members",
    params(("organization" = String, Path, description = "Portico's id or WorkOS's (`org_…`)")),
    responses((status = 200, description = "The answer", body = Vec<Member>), (status = 404, description = "No such organization or member", body = crate::model::AppError)),
    security(("api_key" = ["organizations:read"])))]
pub async fn list(
    State(state): State<AppState>,
    Extension(caller): Extension<ApiCaller>,
    Path(key): Path<String>,
) -> Result<Response, ApiError> {
    caller.require(Scope::OrganizationsRead)?;
    let found = Found::by_key(&state, &key).await?;
    let members: Vec<Member> = db::users::members_of(&state.db, found.row.id)
        .await
        .map_err(ServerError::from)?
        .into_iter()
        .map(|(email, role)| Member { email, role })
        .collect();
    Ok(about(&found, Json(members)))
}

#[utoipa::path(post, operation_id = "addMember", path = "/organizations/{organization}/members", tag = "members",
    params(("organization" = String, Path, description = "Portico's id or WorkOS's (`org_…`)")),
    request_body = Member,
    responses((status = 201, description = "Made", body = Member), (status = 400, description = "A bad request: the message says what to fix", body = crate::model::AppError),
        (status = 404, description = "No such organization or member", body = crate::model::AppError), (status = 409, description = "Already a member", body = crate::model::AppError)),
    security(("api_key" = ["members:write"])))]
pub async fn add(
    State(state): State<AppState>,
    Extension(caller): Extension<ApiCaller>,
    Path(key): Path<String>,
    ApiJson(new): ApiJson<Member>,
) -> Result<Response, ApiError> {
    caller.require(Scope::MembersWrite)?;
    let found = Found::by_key(&state, &key).await?;
    let role = role(&new.role)?;
    let name = caller.name();
    members::add(
        &state.db,
        &new.email,
        &found.row,
        role,
        None,
        Outsider::ApiKey { name: &name },
    )
    .await
    .map_err(ServerError::from)?;
    let added = Member {
        email: new.email.trim().to_lowercase(),
        role: role.as_str().to_owned(),
    };
    Ok(about(&found, (StatusCode::CREATED, Json(added))))
}

/// Ends the person's Admin Portal links after they lost the admin role.
async fn end_links(
    state: &AppState,
    found: &Found,
    change: &members::Change,
    by: Outsider<'_>,
) -> Result<(), ApiError> {
    if !change.loses_portal_access() {
        return Ok(());
    }
    let member = &change.before;
    let user_id = member.user_id.to_string();
    members::revoke_portal_links(
        &state.db,
        &state.workos,
        &found.row,
        &user_id,
        &member.email,
        by,
    )
    .await
    .map_err(|e| ServerError::from(crate::server::portal::PortalError::from(e)).into())
}

#[utoipa::path(patch, operation_id = "changeMember", path = "/organizations/{organization}/members/{email}", tag = "members",
    params(("organization" = String, Path, description = "Portico's id or WorkOS's (`org_…`)"), ("email" = String, Path)),
    request_body = RoleChange,
    responses((status = 200, description = "The answer", body = Member), (status = 400, description = "A bad request: the message says what to fix", body = crate::model::AppError),
        (status = 404, description = "No such organization or member", body = crate::model::AppError), (status = 409, description = "The last admin", body = crate::model::AppError)),
    security(("api_key" = ["members:write"])))]
pub async fn change(
    State(state): State<AppState>,
    Extension(caller): Extension<ApiCaller>,
    Path((key, email)): Path<(String, String)>,
    ApiJson(change): ApiJson<RoleChange>,
) -> Result<Response, ApiError> {
    caller.require(Scope::MembersWrite)?;
    let found = Found::by_key(&state, &key).await?;
    let role = role(&change.role)?;
    let name = caller.name();
    let by = Outsider::ApiKey { name: &name };
    let changed = members::set_role(&state.db, &email, &found.row, role, by)
        .await
        .map_err(ServerError::from)?;
    end_links(&state, &found, &changed, by).await?;
    let member = Member {
        email: changed.before.email.clone(),
        role: role.as_str().to_owned(),
    };
    Ok(about(&found, Json(member)))
}

#[utoipa::path(delete, operation_id = "removeMember", path = "/organizations/{organization}/members/{email}", tag = "members",
    params(("organization" = String, Path, description = "Portico's id or WorkOS's (`org_…`)"), ("email" = String, Path)),
    responses((status = 204, description = "Removed"), (status = 404, description = "No such organization or member", body = crate::model::AppError),
        (status = 409, description = "The last admin", body = crate::model::AppError)),
    security(("api_key" = ["members:write"])))]
pub async fn remove(
    State(state): State<AppState>,
    Extension(caller): Extension<ApiCaller>,
    Path((key, email)): Path<(String, String)>,
) -> Result<Response, ApiError> {
    caller.require(Scope::MembersWrite)?;
    let found = Found::by_key(&state, &key).await?;
    let name = caller.name();
    let by = Outsider::ApiKey { name: &name };
    let changed = members::remove(&state.db, &email, &found.row, by)
        .await
        .map_err(ServerError::from)?;
    end_links(&state, &found, &changed, by).await?;
    Ok(about(&found, StatusCode::NO_CONTENT.into_response()))
}
