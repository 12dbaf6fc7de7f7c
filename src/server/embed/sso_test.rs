//! Test SSO from an embedded page. The identity provider refuses to be framed, so the
//! SSO card's form opens a new tab with the page's hand-off (`POST /sso/test`). That tab
//! is a top-level page of Portico's own: the test's `state` and PKCE verifier live in its
//! own session, as a standalone test's do, and the result shows there.
//!
//! The POST answers with a redirect to `GET /sso/test?start=…` rather than starting at
//! once: a cross-site form post does not carry Portico's `SameSite=Lax` cookie, so a
//! session made there would replace one the browser already has; the GET it is sent on
//! to does carry it. The `start` pass works for a minute, only starts a test, and only
//! from Portico's own page.

use super::{
    pages::{error_page, page},
    portal::{admin_of, handed_off, signed_pass, verified_pass},
};
use crate::server::{audit::Action, auth, sso, state::AppState};
use axum::{
    extract::{Query, State},
    http::{HeaderMap, StatusCode},
    response::{IntoResponse, Redirect, Response},
};
use tower_sessions::Session;

/// The page's title when the test cannot start.
/// The title of this tab's pages when the test cannot start.
fn title() -> String {
    crate::t!("embed-sso-test-failed")
}
const SUBJECT: &str = "test sign-in";
const START_PURPOSE: &str = "embed-sso-test-start";
const START_SECONDS: i64 = 60;

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TestForm {
    pub handoff: String,
}

/// `POST /sso/test` (`handoff`), in the new tab the embedded SSO card opened.
pub async fn open(
    State(state): State<AppState>,
    axum::Form(form): axum::Form<TestForm>,
) -> Response {
    let passed = handed_off(&state, &form.handoff);
    match admin_of(&state, passed, (Action::TestSso, SUBJECT, &title())).await {
        Ok(admin) => {
            let who = (admin.membership.user_id, admin.membership.organization_id);
            let start = signed_pass(&state, who, START_SECONDS, START_PURPOSE);
            Redirect::to(&format!("{}?start={start}", sso::EMBED_TEST_PATH)).into_response()
        }
        Err(page) => page,
    }
}

#[derive(serde::Deserialize)]
pub struct StartQuery {
    #[serde(default)]
    start: String,
}

/// `GET /sso/test?start=…`: starts the test in this tab's session and goes on to the
/// identity provider. Only from Portico's own page (the frame's form, redirected here):
/// a link elsewhere must not start a test (someone's pass) in another person's browser.
pub async fn start(
    State(state): State<AppState>,
    session: Session,
    headers: HeaderMap,
    Query(query): Query<StartQuery>,
) -> Response {
    if auth::started_elsewhere(&headers) {
        return page(
            &state,
            StatusCode::FORBIDDEN,
            &title(),
            &crate::t!("embed-sso-test-elsewhere"),
        );
    }
    let passed = verified_pass(&state, &query.start, START_PURPOSE);
    let admin = match admin_of(&state, passed, (Action::TestSso, SUBJECT, &title())).await {
        Ok(admin) => admin,
        Err(page) => return page,
    };
    match sso::start_test(&state, &session, &admin, sso::TestTab::New).await {
        Ok(go) => Redirect::to(&go).into_response(),
        Err(error) => error_page(&state, &title(), error.into()),
    }
}
