use crate::model::AppError;
use leptos::prelude::*;

/// Chooses the language of Portico's pages (and, signed in, of its emails to this
/// person): kept on the account when signed in, else in the session; then back to the
/// page the form was on (one of Portico's, from `Referer`), else the settings page.
#[server(name = SetLanguage, prefix = "/api", endpoint = "set_language")]
pub async fn set_language(lang: String) -> Result<(), AppError> {
    use crate::{
        i18n::Lang,
        model::ErrorKind,
        server::{auth, error::ServerError, http::context as cx, language},
    };
    cx::respond(async {
        let state = cx::state()?;
        let session = cx::session().await?;
        // Signed out (the sign-in page) is fine: the choice stays in the session.
        let user_id = match state.auth.require_user(&session).await {
            Ok(user) => Some(user.membership.user_id),
            Err(auth::AuthError::SignedOut) => None,
            Err(other) => return Err(other.into()),
        };
        let Some(lang) = Lang::from_tag(&lang).filter(|l| l.code() == lang.trim()) else {
            let shown = AppError::new(ErrorKind::BadRequest, crate::t!("language-unknown"));
            return Err(ServerError::new(
                shown,
                format!("unknown language {lang:?}"),
            ));
        };
        language::choose(&state.db, &session, user_id, lang)
            .await
            .map_err(|e| ServerError::new(crate::server::error::internal(), e))?;
        let back = cx::posting_form_page().unwrap_or_else(|| "/settings".to_owned());
        leptos_axum::redirect(&back);
        Ok(())
    })
    .await
}
