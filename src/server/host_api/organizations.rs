//! Organizations through the host API: create (in WorkOS and in Portico, idempotent with
//! an `Idempotency-Key`), list, get, delete, their status, their plan.

use super::{
    body::{
        AreaStatus, Attention, NewOrganization, Organization, OrganizationList, OrganizationStatus,
        Plan,
    },
    caller::{ApiCaller, CalledFor},
    error::bad_body,
    idempotency, ApiError, ApiJson, Found,
};
use crate::{
    model::{AppError, DnsName, Features, Intent},
    server::api_keys::Scope,
    server::{
        audit::{self, Action, Outsider},
        console,
        db::{self, audit::Outcome},
        error::ServerError,
        members,
        state::AppState,
    },
};
use axum::{
    extract::{Path, Query, State},
    http::{HeaderMap, StatusCode},
    response::{IntoResponse, Response},
    Extension, Json,
};
use workos::types::{CreateOrganization, DomainData, DomainDataState};

/// The plan's areas as the API names them.
pub fn areas(plan: &Features) -> Vec<String> {
    Intent::ALL
        .into_iter()
        .filter(|i| plan.includes(*i))
        .map(|i| i.as_str().to_owned())
        .collect()
}

/// An answer about `found`, which the call's trail row goes to.
pub fn about(found: &Found, answer: impl IntoResponse) -> Response {
    let mut response = answer.into_response();
    response
        .extensions_mut()
        .insert(CalledFor(found.row.clone()));
    response
}

/// The areas named, or every area for none.
pub fn plan_of(names: Option<&[String]>) -> Result<Features, ApiError> {
    match names {
        None => Ok(Features::ALL),
        Some(names) => Features::parse(&names.join(","))
            .map_err(|unknown| AppError::bad_request(format!("{unknown}.")).into()),
    }
}

#[utoipa::path(post, operation_id = "createOrganization", path = "/organizations", tag = "organizations",
    request_body = NewOrganization,
    params(("Idempotency-Key" = Option<String>, Header, description = "Retries with the same key and body get the first answer again, for a day.")),
    responses(
        (status = 201, description = "Created in WorkOS and in Portico", body = Organization),
        (status = 400, description = "A bad name, domain or area", body = crate::model::AppError),
        (status = 409, description = "The Idempotency-Key was used for another request, or is still being answered", body = crate::model::AppError),
    ),
    security(("api_key" = ["organizations:write"])))]
pub async fn create(
    State(state): State<AppState>,
    Extension(caller): Extension<ApiCaller>,
    headers: HeaderMap,
    ApiJson(new): ApiJson<NewOrganization>,
) -> Result<Response, ApiError> {
    caller.require(Scope::OrganizationsWrite)?;
    idempotency::once(&state, &caller, &headers, &new, || {
        create_once(&state, &caller, &new)
    })
    .await
}

async fn create_once(
    state: &AppState,
    caller: &ApiCaller,
    new: &NewOrganization,
) -> Result<Response, ApiError> {
    let name = new.name.trim();
    if name.is_empty() || name.chars().count() > 200 {
        return Err(bad_body("`name` must have 1 to 200 characters."));
    }
    let mut domains = Vec::new();
    for domain in &new.domains {
        let parsed = DnsName::parse(domain).map_err(|e| AppError::bad_request(format!("{e}.")))?;
        domains.push(DomainData {
            domain: parsed.to_string(),
            state: DomainDataState::Pending,
        });
    }
    let plan = plan_of(new.areas.as_deref())?;
    let request = CreateOrganization {
        name: name.to_owned(),
        domain_data: domains,
        ..Default::default()
    };
    let made = state
        .workos
        .create_organization(&request)
        .await
        .map_err(|e| ServerError::from(crate::server::portal::PortalError::from(e)))?;
    let key_name = caller.name();
    let stored = async {
        let mut tx = state.db.begin().await?;
        let id = db::organizations::insert(&mut *tx, name, &made.id).await?;
        db::organizations::set_features(&mut *tx, id, &plan).await?;
        let row = db::organizations::OrganizationRow {
            id,
            name: name.to_owned(),
            workos_organization_id: Some(made.id.clone()),
        };
        let by = Outsider::ApiKey { name: &key_name };
        let event = audit::by_outsider(
            by,
            &row,
            Action::CreateOrganization,
            Outcome::Succeeded,
            name,
        );
        db::audit::insert(&mut *tx, &event).await?;
        tx.commit().await?;
        Ok::<_, sqlx::Error>(row)
    }
    .await;
    let row = match stored {
        Ok(row) => row,
        Err(error) => {
            // Not in Portico: not left behind in WorkOS either.
            if let Err(undo) = state.workos.delete_organization(&made.id).await {
                tracing::error!(%undo, workos_organization = made.id, "could not delete an organization Portico failed to store");
            }
            return Err(ServerError::from(error).into());
        }
    };
    let found = Found { row, plan };
    let body = found.organization();
    Ok(about(&found, (StatusCode::CREATED, Json(body))))
}

/// Where a page of organizations starts, and how long it is.
#[derive(Debug, serde::Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct Page {
    /// Organizations after this id (`next_after` of the page before).
    after: Option<i64>,
    /// 1 to 100; 50 when left out.
    limit: Option<i64>,
}

#[utoipa::path(get, operation_id = "listOrganizations", path = "/organizations", tag = "organizations", params(Page),
    responses((status = 200, description = "The answer", body = OrganizationList), (status = 400, description = "A bad request: the message says what to fix", body = crate::model::AppError)),
    security(("api_key" = ["organizations:read"])))]
pub async fn list(
    State(state): State<AppState>,
    Extension(caller): Extension<ApiCaller>,
    query: Result<Query<Page>, axum::extract::rejection::QueryRejection>,
) -> Result<Json<OrganizationList>, ApiError> {
    caller.require(Scope::OrganizationsRead)?;
    let Query(page) = query.map_err(|e| AppError::bad_request(format!("{}.", e.body_text())))?;
    let limit = page.limit.unwrap_or(50);
    if !(1..=100).contains(&limit) {
        return Err(AppError::bad_request("`limit` must be 1 to 100.").into());
    }
    let rows = db::organizations::page(&state.db, page.after.unwrap_or(0), limit + 1)
        .await
        .map_err(ServerError::from)?;
    let more = rows.len() as i64 > limit;
    let data: Vec<Organization> = rows
        .into_iter()
        .take(limit as usize)
        .map(|(row, stored)| {
            Found {
                row,
                plan: Found::plan_from(stored),
            }
            .organization()
        })
        .collect();
    let next_after = more.then(|| data.last().map(|o| o.id)).flatten();
    Ok(Json(OrganizationList { data, next_after }))
}

#[utoipa::path(get, operation_id = "getOrganization", path = "/organizations/{organization}", tag = "organizations",
    params(("organization" = String, Path, description = "Portico's id or WorkOS's (`org_…`)")),
    responses((status = 200, description = "The answer", body = Organization), (status = 404, description = "No such organization or member", body = crate::model::AppError)),
    security(("api_key" = ["organizations:read"])))]
pub async fn get(
    State(state): State<AppState>,
    Extension(caller): Extension<ApiCaller>,
    Path(key): Path<String>,
) -> Result<Response, ApiError> {
    caller.require(Scope::OrganizationsRead)?;
    let found = Found::by_key(&state, &key).await?;
    Ok(about(&found, Json(found.organization())))
}

#[utoipa::path(delete, operation_id = "deleteOrganization", path = "/organizations/{organization}", tag = "organizations",
    params(("organization" = String, Path, description = "Portico's id or WorkOS's (`org_…`)")),
    responses((status = 204, description = "Deleted in WorkOS and in Portico"), (status = 404, description = "No such organization or member", body = crate::model::AppError)),
    security(("api_key" = ["organizations:write"])))]
pub async fn delete(
    State(state): State<AppState>,
    Extension(caller): Extension<ApiCaller>,
    Path(key): Path<String>,
) -> Result<Response, ApiError> {
    caller.require(Scope::OrganizationsWrite)?;
    let found = Found::by_key(&state, &key).await?;
    if let Some(workos_id) = &found.row.workos_organization_id {
        match state.workos.delete_organization(workos_id).await {
            Ok(()) | Err(workos::WorkosError::NotFound { .. }) => {}
            Err(other) => {
                return Err(
                    ServerError::from(crate::server::portal::PortalError::from(other)).into(),
                )
            }
        }
        state.status_cache.forget_live(workos_id).await;
    }
    let name = caller.name();
    let by = Outsider::ApiKey { name: &name };
    let event = audit::by_outsider(
        by,
        &found.row,
        Action::DeleteOrganization,
        Outcome::Succeeded,
        &found.row.name,
    );
    state.audit.write(event).await.map_err(ServerError::from)?;
    db::organizations::delete(&state.db, found.row.id)
        .await
        .map_err(ServerError::from)?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

#[utoipa::path(get, operation_id = "getOrganizationStatus", path = "/organizations/{organization}/status", tag = "organizations",
    params(("organization" = String, Path, description = "Portico's id or WorkOS's (`org_…`)")),
    responses((status = 200, description = "The answer", body = OrganizationStatus), (status = 404, description = "No such organization or member", body = crate::model::AppError)),
    security(("api_key" = ["organizations:read"])))]
pub async fn status(
    State(state): State<AppState>,
    Extension(caller): Extension<ApiCaller>,
    Path(key): Path<String>,
) -> Result<Response, ApiError> {
    caller.require(Scope::OrganizationsRead)?;
    let found = Found::by_key(&state, &key).await?;
    let read = console::organization::read(&state, found.row.id)
        .await
        .map_err(ServerError::from)?;
    let needs_attention = match &found.row.workos_organization_id {
        Some(id) => state.status_cache.needing_attention(id).await,
        None => Vec::new(),
    };
    let body = OrganizationStatus {
        organization: found.organization(),
        areas: read
            .statuses
            .iter()
            .map(|s| AreaStatus {
                area: s.intent.as_str().to_owned(),
                included: s.included,
                setup: s.setup.map(|setup| setup.as_str().to_owned()),
                summary: s.summary.clone(),
            })
            .collect(),
        needs_attention: needs_attention
            .into_iter()
            .map(|a| Attention {
                area: a.intent.as_str().to_owned(),
                summary: a.summary,
            })
            .collect(),
        status_error: read.status_error,
        pending_invitation: read.invitation.map(|i| i.sentence()),
        handoffs: read
            .handoffs
            .into_iter()
            .map(|(area, when, who)| format!("{area}: handed over by {who}, {when}"))
            .collect(),
    };
    Ok(about(&found, Json(body)))
}

#[utoipa::path(put, operation_id = "setOrganizationPlan", path = "/organizations/{organization}/plan", tag = "organizations",
    params(("organization" = String, Path, description = "Portico's id or WorkOS's (`org_…`)")),
    request_body = Plan,
    responses((status = 200, description = "The answer", body = Organization), (status = 400, description = "A bad request: the message says what to fix", body = crate::model::AppError), (status = 404, description = "No such organization or member", body = crate::model::AppError)),
    security(("api_key" = ["organizations:write"])))]
pub async fn set_plan(
    State(state): State<AppState>,
    Extension(caller): Extension<ApiCaller>,
    Path(key): Path<String>,
    ApiJson(plan): ApiJson<Plan>,
) -> Result<Response, ApiError> {
    caller.require(Scope::OrganizationsWrite)?;
    let mut found = Found::by_key(&state, &key).await?;
    found.plan = plan_of(Some(&plan.areas))?;
    let name = caller.name();
    members::set_features(
        &state.db,
        &found.row,
        &found.plan,
        Outsider::ApiKey { name: &name },
    )
    .await
    .map_err(ServerError::from)?;
    Ok(about(&found, Json(found.organization())))
}
