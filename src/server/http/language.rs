//! Every page and answer in the language chosen for its request (`server::language`):
//! set around the request for the code that answers it (`i18n::current`), and handed to
//! the render's context, which Leptos runs apart from the request's task.

use crate::{i18n::Lang, server::language::LanguageChoice};
use axum::{
    extract::Request,
    http::{header, HeaderValue},
    middleware::Next,
    response::Response,
};
use leptos::prelude::{provide_context, use_context};
use tower_sessions::Session;

pub async fn choose(session: Session, mut request: Request, next: Next) -> Response {
    // Files and probes have no words: no session read for them.
    if !has_words(request.uri().path()) {
        return next.run(request).await;
    }
    let accept_language = request
        .headers()
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|value| value.to_str().ok());
    // A session that cannot be read chooses from the browser alone.
    let choice = LanguageChoice::load(&session).await.unwrap_or_default();
    let lang = choice.language(accept_language);
    request.extensions_mut().insert(lang);
    let mut response = crate::i18n::CURRENT.scope(lang, next.run(request)).await;
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_LANGUAGE,
        HeaderValue::from_static(lang.code()),
    );
    headers.append(header::VARY, HeaderValue::from_static("accept-language"));
    response
}

/// Whether an answer at `path` may carry words: not the bundle, icons, static files
/// (a name with an extension) or the health and metrics probes.
fn has_words(path: &str) -> bool {
    let file = path
        .rsplit('/')
        .next()
        .is_some_and(|last| last.contains('.'));
    let probe = matches!(path, "/healthz" | "/readyz" | "/metrics");
    !(file || probe || path.starts_with("/pkg/") || path.starts_with("/icons/"))
}

/// Inside the render or a server function: the request's language in its context.
pub fn provide() {
    let lang = use_context::<axum::http::request::Parts>()
        .and_then(|parts| parts.extensions.get::<Lang>().copied());
    if let Some(lang) = lang {
        provide_context(lang);
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn pages_and_answers_have_words_and_files_do_not() {
        for path in [
            "/settings",
            "/sign-in",
            "/api/login",
            "/embed",
            "/staff/organizations/3",
        ] {
            assert!(super::has_words(path), "{path}");
        }
        for path in [
            "/pkg/portico.wasm",
            "/icons/light/okta.svg",
            "/favicon.svg",
            "/healthz",
        ] {
            assert!(!super::has_words(path), "{path}");
        }
    }
}
