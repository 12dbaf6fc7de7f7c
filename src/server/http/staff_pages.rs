//! What the staff console's pages show, read before Leptos renders them (as the
//! settings page is): who is signed in, and each page's data. Signed-out visitors go
//! to sign in; a half-done sign-in goes to its next step.

use super::{context::send_back, routes::is_api, sessions::is_staff_path};
use crate::{
    model::{AppError, StaffPage, StaffViewer},
    server::{
        audit::{self, Action},
        console,
        db::audit::Outcome,
        error::ServerError,
        staff::{
            self,
            second_factor::qr_svg,
            session::{StaffSession, Stage},
            StaffError, StaffMember, StaffRole,
        },
        state::AppState,
    },
    t,
};
use axum::{
    extract::{RawQuery, Request, State},
    http::{header, request::Parts, HeaderMap, Method, StatusCode},
    middleware::Next,
    response::{IntoResponse, Redirect, Response},
};
use leptos::prelude::{provide_context, use_context};
use std::sync::Arc;
use tower_sessions::Session;

const SIGN_IN: &str = "/staff/sign-in";

/// Session keys the console's server functions leave for the next view, which takes
/// them: shown once.
pub mod keys {
    /// An Admin Portal link just handed over: (organization id, area, link).
    pub const NEW_LINK: &str = "portico.staff.new_link";
    /// A staff account just added: (email, password).
    pub const ADDED_STAFF: &str = "portico.staff.added";
    /// An API key or a webhook secret just made: (what, value).
    pub const SHOWN_ONCE: &str = "portico.staff.shown_once";
}

/// What a read decided.
enum Read {
    Page(Box<StaffPage>),
    Redirect(String),
    /// Not a console page: Leptos says it is not found.
    Pass,
}

pub fn viewer(member: &StaffMember) -> StaffViewer {
    StaffViewer {
        email: member.email.clone(),
        role: t!("staff-role", role = member.role.as_str()),
        is_owner: member.role == StaffRole::Owner,
    }
}

/// The issuer an authenticator app lists the account under.
fn issuer(state: &AppState) -> String {
    format!(
        "Portico {}",
        state.public_url.host_str().unwrap_or_default()
    )
}

pub async fn read_before_render(
    State(state): State<AppState>,
    session: Session,
    mut request: Request,
    next: Next,
) -> Response {
    let path = request.uri().path();
    // GET only: a HEAD (a prefetch, a link checker) must not take what a page shows once.
    let is_page = *request.method() == Method::GET
        && is_staff_path(path)
        && !is_api(path)
        && !path.contains('.');
    if !is_page {
        return next.run(request).await;
    }
    let query = request.uri().query().unwrap_or_default().to_owned();
    match read(&state, &session, path, &query).await {
        Read::Page(page) => {
            request.extensions_mut().insert(Arc::new(*page));
            next.run(request).await
        }
        Read::Redirect(to) => Redirect::to(&to).into_response(),
        Read::Pass => next.run(request).await,
    }
}

/// Inside the render: makes what [`read_before_render`] read available to the page.
pub fn provide() {
    let page =
        use_context::<Parts>().and_then(|parts| parts.extensions.get::<Arc<StaffPage>>().cloned());
    if let Some(page) = page {
        provide_context(page);
    }
}

fn failed(viewer: Option<StaffViewer>, error: impl Into<ServerError>) -> Read {
    let error: ServerError = error.into();
    error.log();
    Read::Page(Box::new(StaffPage::Failed {
        viewer,
        error: AppError::from(error),
    }))
}

async fn read(state: &AppState, session: &Session, path: &str, query: &str) -> Read {
    match path {
        SIGN_IN => match staff::session::require(&state.auth, session).await {
            Ok(_) => Read::Redirect("/staff".into()),
            Err(_) => Read::Page(Box::new(StaffPage::SignIn)),
        },
        "/staff/sign-in/code" => match StaffSession::pending(session).await {
            Ok(Some(pending)) if pending.stage == Stage::Code => {
                Read::Page(Box::new(StaffPage::Code {
                    email: pending.email,
                }))
            }
            _ => Read::Redirect(SIGN_IN.into()),
        },
        "/staff/enrol" => enrol_page(state, session).await,
        _ => match staff::session::require(&state.auth, session).await {
            Ok(member) => signed_in_page(state, session, &member, path, query).await,
            Err(StaffError::SignedOut) => Read::Redirect(SIGN_IN.into()),
            Err(other) => failed(None, other),
        },
    }
}

async fn enrol_page(state: &AppState, session: &Session) -> Read {
    let email = match StaffSession::pending(session).await {
        Ok(Some(pending)) if matches!(pending.stage, Stage::Enrolling { .. }) => pending.email,
        _ => return Read::Redirect(SIGN_IN.into()),
    };
    let made = staff::session::enrolment(&state.auth, session, &issuer(state)).await;
    match made.and_then(|e| Ok((qr_svg(&e.url)?, e))) {
        Ok((qr_svg, enrolment)) => Read::Page(Box::new(StaffPage::Enrol {
            email,
            secret: enrolment.secret,
            qr_svg,
        })),
        Err(error) => failed(None, error),
    }
}

async fn signed_in_page(
    state: &AppState,
    session: &Session,
    member: &StaffMember,
    path: &str,
    query: &str,
) -> Read {
    let viewer = viewer(member);
    let page = match path {
        "/staff" => console::list::page(&state.db, query)
            .await
            .map(|list| StaffPage::Organizations {
                viewer: viewer.clone(),
                list,
            })
            .map_err(ServerError::from),
        "/staff/attention" => console::attention::queue(state)
            .await
            .map(|items| StaffPage::Attention {
                viewer: viewer.clone(),
                items,
            })
            .map_err(ServerError::from),
        "/staff/recovery-codes" => match staff::session::take_recovery_codes(session).await {
            Ok(codes) if codes.is_empty() => return Read::Redirect("/staff".into()),
            Ok(codes) => Ok(StaffPage::RecoveryCodes {
                viewer: viewer.clone(),
                codes,
            }),
            Err(error) => Err(error.into()),
        },
        "/staff/team" => team_page(state, session, member, &viewer).await,
        "/staff/integrations" => integrations_page(state, session, member, &viewer).await,
        _ => match path
            .strip_prefix("/staff/organizations/")
            .and_then(|id| id.parse::<i64>().ok())
        {
            Some(id) => organization_page(state, session, id, query, &viewer).await,
            None => return Read::Pass,
        },
    };
    match page {
        Ok(page) => Read::Page(Box::new(page)),
        Err(error) => failed(Some(viewer), error),
    }
}

async fn team_page(
    state: &AppState,
    session: &Session,
    member: &StaffMember,
    viewer: &StaffViewer,
) -> Result<StaffPage, ServerError> {
    member.require_owner()?;
    let added = session
        .remove::<(String, String)>(keys::ADDED_STAFF)
        .await
        .map_err(StaffError::from)?;
    Ok(StaffPage::Team {
        viewer: viewer.clone(),
        staff: console::team::list(state).await?,
        added,
    })
}

async fn integrations_page(
    state: &AppState,
    session: &Session,
    member: &StaffMember,
    viewer: &StaffViewer,
) -> Result<StaffPage, ServerError> {
    let mut integrations = console::integrations::read(state, member).await?;
    integrations.shown_once = session
        .remove::<(String, String)>(keys::SHOWN_ONCE)
        .await
        .map_err(StaffError::from)?;
    Ok(StaffPage::Integrations {
        viewer: viewer.clone(),
        integrations: Box::new(integrations),
    })
}

async fn organization_page(
    state: &AppState,
    session: &Session,
    id: i64,
    query: &str,
    viewer: &StaffViewer,
) -> Result<StaffPage, ServerError> {
    let mut organization = console::organization::read(state, id).await?;
    let handed = session
        .remove::<(i64, crate::model::Intent, String)>(keys::NEW_LINK)
        .await
        .map_err(StaffError::from)?;
    organization.new_link = handed
        .filter(|(org, _, _)| *org == id)
        .map(|(_, intent, link)| (intent, link));
    organization.done = url::form_urlencoded::parse(query.as_bytes())
        .find(|(k, _)| k == "done")
        .and_then(|(_, done)| done_sentence(&done));
    Ok(StaffPage::Organization {
        viewer: viewer.clone(),
        organization: Box::new(organization),
    })
}

/// What an action's `?done=` says happened.
fn done_sentence(done: &str) -> Option<String> {
    match done {
        "invited" | "revoked" | "plan" | "member" => Some(t!("console-done", done = done)),
        _ => None,
    }
}

/// `GET /staff/organizations.csv?…`: the list the same filters show, as CSV, for staff.
pub async fn export(
    State(state): State<AppState>,
    session: Session,
    RawQuery(query): RawQuery,
    headers: HeaderMap,
) -> Response {
    let member = match staff::session::require(&state.auth, &session).await {
        Ok(member) => member,
        Err(StaffError::SignedOut) => return Redirect::to(SIGN_IN).into_response(),
        Err(other) => return refused(&session, &headers, other.into()).await,
    };
    let query = query.unwrap_or_default();
    let csv = match console::list::csv(&state.db, &query).await {
        Ok(csv) => csv,
        Err(error) => return refused(&session, &headers, error.into()).await,
    };
    let row = audit::by_host(
        Some(&member.label()),
        None,
        Action::StaffExport,
        Outcome::Succeeded,
        &query,
    );
    if let Err(error) = state.audit.write(row).await {
        return refused(&session, &headers, error.into()).await;
    }
    let day = time::OffsetDateTime::now_utc().date();
    (
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"organizations-{day}.csv\""),
            ),
        ],
        csv,
    )
        .into_response()
}

/// A refused export: back to the list with the sentence for a browser, JSON otherwise.
async fn refused(session: &Session, headers: &HeaderMap, error: ServerError) -> Response {
    error.log();
    let shown = AppError::from(error);
    if let Some(page) = super::context::form_page(headers) {
        return Redirect::to(&send_back(Some(session), &page, &shown, None, &[]).await)
            .into_response();
    }
    let status =
        StatusCode::from_u16(shown.kind.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    (status, axum::Json(shown)).into_response()
}
