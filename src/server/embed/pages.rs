//! The embed's own small pages (no scripts but the frame's): why a token was refused,
//! that something failed, that setup is done.

use super::frame::frame_ancestors;
use crate::{
    i18n::{around_english, Phrase, ENGLISH_HERE},
    model::{AppError, Intent},
    server::{error::ServerError, state::AppState},
    t,
};
use axum::{
    extract::RawQuery,
    http::{header, HeaderValue, StatusCode},
    response::{Html, IntoResponse, Response},
};

pub(super) fn refused(state: &AppState, refusal: &super::token::TokenRefusal) -> Response {
    tracing::info!(%refusal, "embed token refused");
    page_saying(
        state,
        StatusCode::UNAUTHORIZED,
        &t!("embed-refused"),
        // Why, for the host's developers: in English, as the API's words are.
        &around_english(
            &t!("embed-refused-because", reason = ENGLISH_HERE),
            &refusal.to_string(),
        ),
    )
}

/// The script's appearance options could not be used: which, and what it takes.
pub(super) fn bad_appearance(state: &AppState, error: &crate::model::AppearanceError) -> Response {
    tracing::info!(%error, "embed appearance refused");
    page_saying(
        state,
        StatusCode::BAD_REQUEST,
        &t!("embed-refused"),
        // For the host's developers: in English, as the API's words are.
        &around_english(
            &t!("embed-appearance-refused", reason = ENGLISH_HERE),
            &error.to_string(),
        ),
    )
}

pub(super) fn failed(state: &AppState, error: &dyn std::fmt::Display) -> Response {
    tracing::error!(%error, "could not start an embedded session");
    page(
        state,
        StatusCode::SERVICE_UNAVAILABLE,
        &t!("embed-failed"),
        &t!("embed-failed-lead"),
    )
}

/// A small page of its own (no scripts), framable by the embed origins.
pub(super) fn page(state: &AppState, status: StatusCode, title: &str, sentence: &str) -> Response {
    page_saying(state, status, title, &[Phrase::said(sentence)])
}

/// [`page`], its sentence in phrases: what stays English is marked so on a page in
/// another language.
fn page_saying(state: &AppState, status: StatusCode, title: &str, sentence: &[Phrase]) -> Response {
    let escape = |text: &str| html_escape::encode_double_quoted_attribute(text).into_owned();
    let lang = crate::i18n::current();
    let sentence: String = sentence
        .iter()
        .map(|phrase| match phrase.foreign_on(lang) {
            false => escape(&phrase.text),
            true => format!("<span lang=\"en\">{}</span>", escape(&phrase.text)),
        })
        .collect();
    let html = format!(
        "<!DOCTYPE html><html lang=\"{lang}\" dir=\"{dir}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{title} · Portico</title><link rel=\"stylesheet\" href=\"/pkg/portico.css\"></head>\
         <body><main class=\"narrow embed-message\"><h1>{title}</h1><p role=\"alert\">{sentence}</p></main></body></html>",
        title = escape(title),
        dir = lang.dir(),
    );
    let policy = format!(
        "default-src 'none'; style-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors {}",
        frame_ancestors(state, "/embed")
    );
    let mut response = (status, Html(html)).into_response();
    if let Ok(value) = HeaderValue::from_str(&policy) {
        response
            .headers_mut()
            .insert(header::CONTENT_SECURITY_POLICY, value);
    }
    response
}

/// `GET /embed/done?configured=…`: where the portal sends the admin back (in the tab the
/// embed opened). It tells the embed (its opener) and closes; without an opener it says
/// the tab can be closed, and the embed re-reads when the host's tab is shown again.
pub async fn done(RawQuery(query): RawQuery) -> Response {
    let lang = crate::i18n::current();
    let intent = url::form_urlencoded::parse(query.unwrap_or_default().as_bytes())
        .find(|(name, _)| name == "configured")
        .and_then(|(_, value)| Intent::parse(&value).ok());
    let (title, sentence) = match intent {
        Some(intent) => (
            t!("embed-done", area = intent.title()),
            t!("embed-done-lead"),
        ),
        None => (t!("embed-closed"), t!("embed-closed-lead")),
    };
    let escape = |text: &str| html_escape::encode_text(text).into_owned();
    let (title, sentence) = (escape(&title), escape(&sentence));
    let html = format!(
        "<!DOCTYPE html><html lang=\"{lang}\" dir=\"{dir}\" data-portico-page=\"done\" data-intent=\"{intent}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{title} · Portico</title><link rel=\"stylesheet\" href=\"/pkg/portico.css\">\
         <script src=\"/portico-frame.js\" defer></script></head>\
         <body><main class=\"narrow embed-message\"><h1>{title}</h1><p>{sentence}</p></main></body></html>",
        intent = intent.map(Intent::as_str).unwrap_or(""),
        dir = lang.dir(),
    );
    let mut response = Html(html).into_response();
    let policy = "default-src 'none'; script-src 'self'; style-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    response.headers_mut().insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(policy),
    );
    response
}

/// A failure of a new-tab form (the portal, Test SSO), on its own page titled `title`.
pub(super) fn error_page(state: &AppState, title: &str, error: ServerError) -> Response {
    error.log();
    let shown = AppError::from(error);
    let status =
        StatusCode::from_u16(shown.kind.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    page(state, status, title, &shown.message)
}
