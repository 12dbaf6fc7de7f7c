//! A form posted without JavaScript comes back to its page with the server's sentence:
//! what went wrong (and what was typed), or what happened. They are kept in the session,
//! not in the address: a link cannot carry anyone's words onto someone else's page. The
//! address only names it (`?notice=<id>`), and it is shown once: a reload or another tab
//! shows nothing (it also ends with the session, or after a few minutes unseen).

use crate::{model::ReturnedForm, server::auth::session_clock};
use axum::{extract::Request, http::Method, middleware::Next, response::Response};
use serde::{Deserialize, Serialize};
use tower_sessions::Session;

const KEY: &str = "portico.form_notice";
/// How long a brought-back message is shown (milliseconds).
const LIFETIME: i64 = 5 * 60 * 1000;
/// The query parameter that names the notice.
pub const PARAMETER: &str = "notice";

/// The last failed form of a session.
#[derive(Serialize, Deserialize)]
struct Notice {
    id: String,
    made_at: i64,
    form: ReturnedForm,
}

impl Notice {
    /// The form, if the address names this notice and it is still young enough.
    fn shown(self, named: &str, now: i64) -> Option<ReturnedForm> {
        let young = (0..LIFETIME).contains(&(now - self.made_at));
        (self.id == named && young).then_some(self.form)
    }
}

/// Keeps `form` in `session` for its page; returns the id its address names. `None`
/// when the session cannot keep it (the page then comes back without the message).
pub async fn keep(session: &Session, form: ReturnedForm) -> Option<String> {
    let id = hex::encode(rand::random::<[u8; 8]>());
    let notice = Notice {
        id: id.clone(),
        made_at: session_clock(),
        form,
    };
    // A visitor without a session (a failed sign-in) gets one that lives only as long as
    // its message: sign-in attempts must not fill the store.
    if session.id().is_none() {
        let short = time::Duration::milliseconds(LIFETIME);
        session.set_expiry(Some(tower_sessions::Expiry::OnInactivity(short)));
    }
    match session.insert(KEY, notice).await {
        Ok(()) => Some(id),
        Err(error) => {
            tracing::warn!(%error, "could not keep a form's message in its session");
            None
        }
    }
}

/// For a page asked for with `?notice=`: the notice it names, from the session, handed to
/// the render in the request's extensions ([`returned`] reads it there).
pub async fn bring_back(session: Session, mut request: Request, next: Next) -> Response {
    let named = (*request.method() == Method::GET)
        .then(|| named_notice(request.uri().query()))
        .flatten();
    if let Some(named) = named {
        let kept = session.get::<Notice>(KEY).await.ok().flatten();
        if let Some(form) = kept.and_then(|notice| notice.shown(&named, session_clock())) {
            // Said once: gone from the session as it is shown.
            if let Err(error) = session.remove::<Notice>(KEY).await {
                tracing::warn!(%error, "could not forget a form's message once shown");
            }
            request.extensions_mut().insert(form);
        }
    }
    next.run(request).await
}

fn named_notice(query: Option<&str>) -> Option<String> {
    url::form_urlencoded::parse(query?.as_bytes())
        .find(|(key, _)| key == PARAMETER)
        .map(|(_, value)| value.into_owned())
}

/// While a page renders: the failed form its address names, if this session kept it.
pub fn returned() -> Option<ReturnedForm> {
    let parts = leptos::prelude::use_context::<axum::http::request::Parts>()?;
    parts.extensions.get::<ReturnedForm>().cloned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn notice(made_at: i64) -> Notice {
        Notice {
            id: "a1".into(),
            made_at,
            form: ReturnedForm {
                message: "Enter a domain, such as acme.com.".into(),
                place: Some("domain_verification".into()),
                typed: vec![],
                succeeded: false,
                field: None,
            },
        }
    }

    #[test]
    fn a_notice_shows_only_where_its_address_names_it_and_only_for_a_few_minutes() {
        assert!(notice(1_000).shown("a1", 1_000).is_some());
        assert!(notice(1_000).shown("a1", 1_000 + LIFETIME - 1).is_some());
        assert!(
            notice(1_000).shown("a1", 1_000 + LIFETIME).is_none(),
            "expired"
        );
        assert!(notice(1_000).shown("b2", 1_000).is_none(), "another notice");
        assert!(notice(1_000).shown("a1", 999).is_none(), "from the future");
        assert_eq!(
            named_notice(Some("next=%2Fx&notice=a1")).as_deref(),
            Some("a1")
        );
        assert_eq!(named_notice(Some("error=a1")), None);
    }
}
