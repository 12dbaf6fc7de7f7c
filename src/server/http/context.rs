//! What server functions need from the request, reached in one way: the state, the
//! session, the signed-in admin, and how a failure is answered (logged once, then JSON
//! for scripts or, for a plain HTML form, back to its page).

pub use super::client_address::client_address;

use super::form_errors;

use crate::{
    model::{clipped, AppError, ErrorKind, Place, ReturnedForm},
    server::{
        audit::{self, Action},
        auth::OrgAdmin,
        console::actions::OnBehalf,
        error::ServerError,
        staff::StaffMember,
        state::AppState,
    },
};
use axum::http::{header, request::Parts};
use leptos::prelude::use_context;
use std::future::Future;
use tower_sessions::Session;
use tracing::Instrument;

pub fn state() -> Result<AppState, AppError> {
    use_context::<AppState>()
        .ok_or_else(|| AppError::new(ErrorKind::Internal, "Server state is missing."))
}

/// The request's state and its signed-in admin of the session's organization: what
/// every server function that changes settings checks first. A member's attempt is
/// recorded as refused `action` on `subject`.
pub async fn admin(action: Action, subject: &str) -> Result<(AppState, OrgAdmin), ServerError> {
    let state = state()?;
    let session = session().await?;
    let user = state.auth.require_user(&session).await?;
    let who = user.membership.clone();
    let refused = match action {
        Action::CreatePortalLink | Action::ChooseProvider | Action::TestSso => {
            crate::server::auth::AdminsOnly::OpenSetup
        }
        _ => crate::server::auth::AdminsOnly::ChangeSettings,
    };
    match user.require_admin_to(refused) {
        Ok(admin) => Ok((state, admin)),
        Err(refusal) => {
            Err(audit::unsuccessful(&state.audit, &who, action, subject, refusal.into()).await)
        }
    }
}

/// Runs an admin's change on `subject` (after [`admin`]) and records how it ended.
/// `change` answers what it changed, in the words the trail keeps; so does this.
pub async fn admin_change<F, Fut>(
    action: Action,
    subject: &str,
    change: F,
) -> Result<String, ServerError>
where
    F: FnOnce(AppState, OrgAdmin) -> Fut,
    Fut: Future<Output = Result<String, ServerError>>,
{
    let (state, admin) = admin(action, subject).await?;
    let who = admin.membership.clone();
    let changed = change(state.clone(), admin).await;
    let detail = changed.as_deref().unwrap_or(subject).to_owned();
    audit::recorded(&state.audit, &who, action, &detail, changed.map(drop)).await?;
    Ok(detail)
}

/// A plain form's change went through: back to its card on the settings page with
/// `message`, said once (kept in the session like a failed form's; never in the address).
/// A script calling the function gets its answer and no redirect.
pub async fn say_done(place: Place, message: String) {
    let Some(page) = posting_form_page() else {
        return;
    };
    let parts = use_context::<Parts>();
    let session = parts.as_ref().and_then(|p| p.extensions.get::<Session>());
    let done = ReturnedForm {
        message,
        place: Some(place.as_str().to_owned()),
        typed: Vec::new(),
        succeeded: true,
        field: None,
    };
    let notice = match session {
        Some(session) => form_errors::keep(session, done).await,
        None => None,
    };
    leptos_axum::redirect(&back_to(&page, notice.as_deref(), Some(place)));
}

/// The request's state, session and signed-in staff member: what every console server
/// function checks first.
pub async fn staff() -> Result<(AppState, Session, StaffMember), ServerError> {
    let state = state()?;
    let session = session().await?;
    let member = crate::server::staff::session::require(&state.auth, &session).await?;
    Ok((state, session, member))
}

/// The signed-in staff member acting in `organization` for `reason`.
pub async fn on_behalf(
    organization: i64,
    reason: &str,
) -> Result<(AppState, OnBehalf), ServerError> {
    let (state, _, member) = staff().await?;
    let on_behalf = OnBehalf::new(&state, member, organization, reason).await?;
    Ok((state, on_behalf))
}

pub async fn session() -> Result<Session, AppError> {
    leptos_axum::extract::<Session>()
        .await
        .map_err(|_| AppError::new(ErrorKind::Internal, "Session layer is missing."))
}

/// Runs a server function body and answers its error, logged here once: with the
/// error's status for scripts and the app's own fetches, or, for a plain HTML form post,
/// by sending the browser back to its page with the message (`form_errors`).
pub async fn respond<T>(body: impl Future<Output = Result<T, ServerError>>) -> Result<T, AppError> {
    respond_refilling(&[], body).await
}

/// [`respond`], and a form sent back also gets `refill` in its address, so the page can
/// put what was typed back in its fields (never a password).
pub async fn respond_refilling<T>(
    refill: &[(&str, &str)],
    body: impl Future<Output = Result<T, ServerError>>,
) -> Result<T, AppError> {
    respond_in_card(None, refill, body).await
}

/// [`respond_refilling`] for a form in one card of the settings page: a form sent back
/// lands on that card (`#card`), which shows the error.
pub async fn respond_in_card<T>(
    place: Option<Place>,
    refill: &[(&str, &str)],
    body: impl Future<Output = Result<T, ServerError>>,
) -> Result<T, AppError> {
    let span = request_span();
    let error = match body.instrument(span.clone()).await {
        Ok(value) => return Ok(value),
        Err(error) => error,
    };
    span.in_scope(|| error.log());
    let error = AppError::from(error);
    let parts = use_context::<Parts>();
    match parts.as_ref().and_then(plain_form_page) {
        Some(page) => {
            let session = parts.as_ref().and_then(|p| p.extensions.get::<Session>());
            let back = send_back(session, &page, &error, place, refill).await;
            leptos_axum::redirect(&back)
        }
        // A call to the server function itself answers with the error's status. One
        // a page makes while it renders fails in its own place on the page: the page
        // still rendered, and answers 200.
        None if parts.is_some_and(|parts| super::routes::is_api(parts.uri.path())) => {
            if let (Some(response), Ok(status)) = (
                use_context::<leptos_axum::ResponseOptions>(),
                axum::http::StatusCode::from_u16(error.kind.status()),
            ) {
                response.set_status(status);
            }
        }
        None => {}
    }
    Err(error)
}

/// The request's span. Server functions called while a page renders run on the
/// renderer's tasks, outside the span the HTTP layer opened: give them one with the
/// same request id, so their log lines name it too.
fn request_span() -> tracing::Span {
    let current = tracing::Span::current();
    if !current.is_none() {
        return current;
    }
    match use_context::<Parts>() {
        Some(parts) => {
            let id = parts
                .headers
                .get("x-request-id")
                .and_then(|v| v.to_str().ok())
                .unwrap_or("-");
            tracing::info_span!("request", id = %id, method = %parts.method, path = %parts.uri.path())
        }
        None => current,
    }
}

/// The page the plain HTML form this request posts came from, if it is one: where the
/// answer goes back to.
pub fn posting_form_page() -> Option<String> {
    use_context::<Parts>().as_ref().and_then(plain_form_page)
}

/// The local page (path and query) a plain HTML form was posted from. Only for a form
/// posted to a server function: one a page calls while it renders fails in the page.
fn plain_form_page(parts: &Parts) -> Option<String> {
    if parts.method != axum::http::Method::POST || !super::routes::is_api(parts.uri.path()) {
        return None;
    }
    form_page(&parts.headers)
}

/// The pages with forms on them (`app.rs` routes them).
const FORM_PAGES: [&str; 10] = [
    "/settings",
    "/sign-in",
    "/sign-in/password",
    "/embed/settings",
    "/staff",
    "/staff/sign-in",
    "/staff/sign-in/code",
    "/staff/enrol",
    "/staff/team",
    "/staff/integrations",
];

/// The known page at `path`, as its own string (never what the header said): one of
/// [`FORM_PAGES`], or a staff console organization's page; else the side's main page.
fn known_page(path: &str) -> String {
    if let Some(known) = FORM_PAGES.into_iter().find(|known| *known == path) {
        return known.to_owned();
    }
    let organization = path
        .strip_prefix("/staff/organizations/")
        .and_then(|id| id.parse::<i64>().ok());
    match organization {
        Some(id) => format!("/staff/organizations/{id}"),
        None if super::sessions::is_staff_path(path) => "/staff".to_owned(),
        None => "/settings".to_owned(),
    }
}

/// The local page (path and query, without what a previous answer added) a browser sent
/// a form from: for a browser asking for HTML, with this site's page in `Referer`.
pub fn form_page(headers: &axum::http::HeaderMap) -> Option<String> {
    let accepts_html = headers
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.contains("text/html"));
    if !accepts_html {
        return None;
    }
    let referer = headers.get(header::REFERER)?.to_str().ok()?;
    let url = url::Url::parse(referer).ok()?;
    // Only a page Portico has: the redirect is built from a known path, never from what
    // the header says (`http://host//evil.example/sign-in` would lead off the site).
    let mut page = known_page(url.path());
    let kept: Vec<(String, String)> = url
        .query_pairs()
        .filter(|(k, _)| !matches!(k.as_ref(), "notice" | "configured" | "refresh" | "invited"))
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    if !kept.is_empty() {
        page.push('?');
        page.push_str(
            &url::form_urlencoded::Serializer::new(String::new())
                .extend_pairs(kept)
                .finish(),
        );
    }
    Some(page)
}

/// Where a plain form that failed goes: back to its `page`, whose address names the
/// notice its session now keeps (the sentence, and what was typed for the fields), at the
/// form's `place` on the page.
pub async fn send_back(
    session: Option<&Session>,
    page: &str,
    error: &AppError,
    place: Option<Place>,
    typed: &[(&str, &str)],
) -> String {
    let form = ReturnedForm {
        message: error.message.clone(),
        place: place.map(|place| place.as_str().to_owned()),
        typed: typed
            .iter()
            .map(|(field, value)| ((*field).to_owned(), clipped(value, TYPED_KEPT)))
            .collect(),
        succeeded: false,
        field: error.field.clone(),
    };
    let notice = match session {
        Some(session) => form_errors::keep(session, form).await,
        None => None,
    };
    // An error about a field moves the focus to that field (`autofocus`), which brings
    // it into view; a browser skips `autofocus` on a page whose address names a place.
    let place = place.filter(|_| error.field.is_none());
    back_to(page, notice.as_deref(), place)
}

/// The sign-in page's password step, going on to `next` (a checked local path).
pub fn password_step(next: &str) -> String {
    match next {
        "/settings" => "/sign-in/password".to_owned(),
        next => format!(
            "/sign-in/password?next={}",
            url::form_urlencoded::byte_serialize(next.as_bytes()).collect::<String>()
        ),
    }
}

/// What a field keeps of what was typed: enough for any email address or domain.
const TYPED_KEPT: usize = 320;

fn back_to(page: &str, notice: Option<&str>, place: Option<Place>) -> String {
    let mut back = page.to_owned();
    if let Some(notice) = notice {
        back.push(if page.contains('?') { '&' } else { '?' });
        back.push_str(&format!("{}={notice}", form_errors::PARAMETER));
    }
    if let Some(place) = place {
        back.push('#');
        back.push_str(place.as_str());
    }
    back
}

#[cfg(test)]
mod tests {
    use super::*;

    use axum::http::Request;

    /// A POST to a server function, as a browser's form sends it.
    fn parts(accept: &str, referer: Option<&str>) -> Parts {
        let mut request = Request::builder()
            .method("POST")
            .uri("/api/login")
            .header(header::ACCEPT, accept);
        if let Some(r) = referer {
            request = request.header(header::REFERER, r);
        }
        request.body(()).unwrap().into_parts().0
    }

    #[test]
    fn only_html_form_posts_are_sent_back_and_only_to_a_local_path() {
        assert_eq!(
            plain_form_page(&parts("application/json", Some("http://x/sign-in"))),
            None
        );
        assert_eq!(plain_form_page(&parts("text/html", None)), None);
        let page = plain_form_page(&parts(
            "text/html,*/*",
            Some("https://evil.example/sign-in?next=%2Fsettings&notice=old"),
        ));
        assert_eq!(page.as_deref(), Some("/sign-in?next=%2Fsettings"));
        // A page calling a server function while it renders is not a form post.
        let mut rendering = parts("text/html", Some("http://x/sign-in"));
        rendering.method = axum::http::Method::GET;
        rendering.uri = "/settings".parse().unwrap();
        assert_eq!(plain_form_page(&rendering), None);
        assert_eq!(
            back_to("/sign-in?next=%2Fsettings", Some("a1"), None),
            "/sign-in?next=%2Fsettings&notice=a1"
        );
        assert_eq!(back_to("/sign-in", None, None), "/sign-in");
        assert_eq!(
            back_to("/settings", Some("a1"), Some(Place::ActivityLog)),
            "/settings?notice=a1#activity"
        );
    }
}
