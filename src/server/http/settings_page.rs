//! What the settings page shows, read before Leptos renders it. The page then renders in
//! one synchronous pass: no resources and no suspense, whose asynchronous rendering was
//! most of the page's cost (BENCHMARKS.md, the settings profile). The same reads answer
//! `/api/organization` and `/api/activity` for scripts.

use crate::{
    model::{ActivityPage, AppError, Intent, OrgOverview, SettingsPageData},
    server::{
        activity::{self, ActivityQuery},
        auth::{OrgAdmin, SignedInUser},
        embed,
        error::ServerError,
        sso,
        state::AppState,
    },
};
use axum::{
    extract::{Request, State},
    http::{request::Parts, Method},
    middleware::Next,
    response::Response,
};
use leptos::prelude::{provide_context, use_context};
use std::sync::Arc;
use tower_sessions::Session;

/// The settings page, standalone and inside a host's frame (`app.rs` routes both).
const PAGE_PATHS: [&str; 2] = ["/settings", "/embed/settings"];

/// The organization's overview for `user`: the live status (`fresh` skips the status
/// cache, as on return from the portal) and, inside a host's frame, what the frame needs.
pub async fn overview(
    state: &AppState,
    session: &Session,
    user: &SignedInUser,
    fresh: bool,
) -> OrgOverview {
    let mut overview = state.status_cache.overview(user, fresh).await;
    overview.embed = embed::view(state, session, user).await;
    overview
}

/// The organization's recent activity as `query` asks, for its admins.
pub async fn activity(
    state: &AppState,
    admin: &OrgAdmin,
    query: &ActivityQuery,
) -> Result<ActivityPage, ServerError> {
    let retention_days = state.config.audit.retention_days.get();
    Ok(activity::recent(&state.db, admin, query, retention_days).await?)
}

/// Reads the page's data for a `GET` (or `HEAD`) of the settings page and hands it to the render in
/// the request's extensions ([`provide`] moves it into the render's context). The
/// membership is read from the database here, once per view.
pub async fn read_before_render(
    State(state): State<AppState>,
    session: Session,
    mut request: Request,
    next: Next,
) -> Response {
    if matches!(*request.method(), Method::GET | Method::HEAD)
        && PAGE_PATHS.contains(&request.uri().path())
    {
        let query = PageQuery::parse(request.uri().query());
        let data = read(&state, &session, query).await;
        request.extensions_mut().insert(Arc::new(data));
    }
    next.run(request).await
}

/// Inside the render: makes what [`read_before_render`] read available to the page.
pub fn provide() {
    let data = use_context::<Parts>()
        .and_then(|parts| parts.extensions.get::<Arc<SettingsPageData>>().cloned());
    if let Some(data) = data {
        provide_context(data);
    }
}

/// What the page's address asks of the reads.
#[derive(Debug, Default, PartialEq)]
struct PageQuery {
    /// Back from the Admin Portal, or asked to try again: read WorkOS anew.
    fresh: bool,
    /// The activity list as asked: narrowed, and how many entries ("Load more").
    activity: ActivityQuery,
}

impl PageQuery {
    fn parse(query: Option<&str>) -> PageQuery {
        let pairs = url::form_urlencoded::parse(query.unwrap_or_default().as_bytes());
        let mut parsed = PageQuery::default();
        for (key, value) in pairs {
            match key.as_ref() {
                "configured" => parsed.fresh |= Intent::parse(&value).is_ok(),
                "refresh" => parsed.fresh = true,
                "activity_shown" => {
                    if let Ok(shown) = value.parse() {
                        parsed.activity.entries = shown;
                    }
                }
                key => {
                    parsed.activity.filter.read(key, &value);
                }
            }
        }
        parsed
    }
}

async fn read(state: &AppState, session: &Session, query: PageQuery) -> SettingsPageData {
    let read_at_ms = u64::try_from(crate::server::clock::unix_ms()).unwrap_or_default();
    let user = match state.auth.require_user(session).await {
        Ok(user) => user,
        Err(error) => {
            return SettingsPageData {
                overview: Err(shown(error.into())),
                activity: None,
                sso: None,
                read_at_ms,
            }
        }
    };
    let overview = overview(state, session, &user, query.fresh).await;
    // Members are not shown the activity; their page says nothing of it.
    let (activity, sso) = match user.require_admin() {
        Ok(admin) => (
            activity(state, &admin, &query.activity)
                .await
                .map_err(shown)
                .ok(),
            sso::require_sso(state, &admin)
                .await
                .map_err(|e| shown(e.into()))
                .ok(),
        ),
        Err(_) => (None, None),
    };
    SettingsPageData {
        overview: Ok(overview),
        activity,
        sso,
        read_at_ms,
    }
}

/// A failed read, logged once here, as the person sees it.
fn shown(error: ServerError) -> AppError {
    error.log();
    error.into()
}

#[cfg(test)]
mod tests {
    use super::PageQuery;

    #[test]
    fn the_address_asks_for_a_fresh_read_only_on_return_from_the_portal_or_a_retry() {
        assert_eq!(PageQuery::parse(None), PageQuery::default());
        assert!(PageQuery::parse(Some("configured=sso")).fresh);
        assert!(!PageQuery::parse(Some("configured=nonsense")).fresh);
        assert!(PageQuery::parse(Some("refresh=1")).fresh);
        let asked = PageQuery::parse(Some(
            "activity_shown=50&activity_who=ann&activity_kind=domains&activity_outcome=refused&card=sso",
        ));
        assert!(!asked.fresh);
        assert_eq!(asked.activity.entries, 50);
        assert_eq!(asked.activity.filter.who, "ann");
        assert_eq!(
            asked.activity.filter.kind,
            Some(crate::model::ActivityKind::Domains)
        );
        assert_eq!(
            asked.activity.filter.outcome,
            Some(crate::model::ActivityOutcome::Refused)
        );
        assert_eq!(
            PageQuery::parse(Some("activity_shown=x")).activity.entries,
            crate::server::activity::PAGE
        );
    }
}
