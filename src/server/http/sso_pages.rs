//! `GET /sso/callback`, where WorkOS sends the browser back from an SSO sign-in: a
//! sign-in goes on to its page (or back to the sign-in page with why not); a test's
//! result is read here, before Leptos renders it (as the settings page is).

use super::context::send_back;
use crate::{
    model::{AppError, SsoCallbackPage},
    server::{
        error::ServerError,
        sso::{self, Callback, Finished, CALLBACK_PATH},
        state::AppState,
    },
};
use axum::{
    extract::{Request, State},
    http::{request::Parts, Method},
    middleware::Next,
    response::{IntoResponse, Redirect, Response},
};
use leptos::prelude::{provide_context, use_context};
use std::sync::Arc;
use tower_sessions::Session;

pub async fn read_before_render(
    State(state): State<AppState>,
    session: Session,
    mut request: Request,
    next: Next,
) -> Response {
    // GET only: a HEAD (a prefetch, a link checker) must not take the sign-in.
    if *request.method() != Method::GET || request.uri().path() != CALLBACK_PATH {
        return next.run(request).await;
    }
    let callback = Callback::parse(request.uri().query().unwrap_or_default());
    let page = match sso::finish(&state, &session, callback).await {
        Ok(Finished::SignedIn { next }) => return Redirect::to(&next).into_response(),
        Ok(Finished::NotSignedIn(error)) => {
            let error = ServerError::from(error);
            error.log();
            let back = send_back(
                Some(&session),
                "/sign-in",
                &AppError::from(error),
                None,
                &[],
            )
            .await;
            return Redirect::to(&back).into_response();
        }
        Ok(Finished::Tested(report, tab)) => SsoCallbackPage::Test {
            report,
            in_new_tab: tab == sso::TestTab::New,
        },
        Err(error) => {
            let error = ServerError::from(error);
            error.log();
            SsoCallbackPage::NotExpected(AppError::from(error).message)
        }
    };
    request.extensions_mut().insert(Arc::new(page));
    next.run(request).await
}

/// `GET /sso/go?state=…`: sends the browser on to WorkOS's authorization URL of the
/// session's own sign-in with that state (a meta refresh and a link, no script).
pub async fn go(
    session: Session,
    axum::extract::Query(query): axum::extract::Query<std::collections::HashMap<String, String>>,
) -> Response {
    let asked = query.get("state").map(String::as_str).unwrap_or_default();
    let url = match sso::authorization_url_of(&session, asked).await {
        Ok(Some(url)) => url,
        Ok(None) => return Redirect::to("/sign-in").into_response(),
        Err(error) => {
            let error = ServerError::from(error);
            error.log();
            return Redirect::to("/sign-in").into_response();
        }
    };
    let url = html_escape::encode_double_quoted_attribute(&url);
    let page = format!(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <meta http-equiv=\"refresh\" content=\"0;url={url}\">\
         <title>Opening your identity provider · Portico</title></head>\
         <body><main><p>Opening your identity provider… <a href=\"{url}\">Continue</a></p></main></body></html>"
    );
    (
        [(axum::http::header::CACHE_CONTROL, "no-store")],
        axum::response::Html(page),
    )
        .into_response()
}

/// Inside the render: what [`read_before_render`] read, for the callback page.
pub fn provide() {
    let page = use_context::<Parts>()
        .and_then(|parts| parts.extensions.get::<Arc<SsoCallbackPage>>().cloned());
    if let Some(page) = page {
        provide_context(page);
    }
}
