//! Which language a request is answered in, and the choices it is made from: the host's
//! `locale` in an embed token, then the person's own choice, then the browser's
//! `Accept-Language`, then the organization's default, then English. The session carries
//! the choices (read from the database when it is bound to a person and an organization),
//! so choosing costs no database read per request.

use crate::{
    i18n::{self, Lang},
    server::db,
};
use serde::{Deserialize, Serialize};
use tower_sessions::Session;

#[derive(Debug, thiserror::Error)]
pub enum LanguageError {
    #[error("the language could not be saved: {0}")]
    Database(#[from] sqlx::Error),
    #[error("the session could not be read or written: {0}")]
    Session(#[from] tower_sessions::session::Error),
}

/// What a session knows of the language to answer in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct LanguageChoice {
    /// The host's `locale` claim, in a session an embed token made.
    #[serde(default)]
    pub host: Option<Lang>,
    /// The person's own choice: saved on their account, or (signed out) in the session.
    #[serde(default)]
    pub own: Option<Lang>,
    /// The organization's default.
    #[serde(default)]
    pub organization: Option<Lang>,
}

impl LanguageChoice {
    const KEY: &'static str = "portico.language";

    /// The language to answer in, given the request's `Accept-Language`.
    pub fn language(&self, accept_language: Option<&str>) -> Lang {
        self.host
            .or(self.own)
            .or_else(|| accept_language.and_then(i18n::from_accept_language))
            .or(self.organization)
            .unwrap_or_default()
    }

    pub async fn load(session: &Session) -> Result<LanguageChoice, LanguageError> {
        Ok(session.get(Self::KEY).await?.unwrap_or_default())
    }

    async fn store(self, session: &Session) -> Result<(), LanguageError> {
        if self == LanguageChoice::default() {
            session.remove_value(Self::KEY).await?;
        } else {
            session.insert(Self::KEY, self).await?;
        }
        Ok(())
    }
}

fn parsed(tag: Option<String>) -> Option<Lang> {
    tag.as_deref().and_then(Lang::from_tag)
}

/// A session was bound to `user_id` in `organization_id` (a sign-in, an organization
/// switch, an embed token): it takes their saved language and the organization's
/// default, and the host's locale if a host made it. A language chosen before signing
/// in stays when the account has none saved.
pub async fn bind(
    pool: &db::Pool,
    session: &Session,
    user_id: i64,
    organization_id: i64,
    host: Option<Lang>,
) -> Result<(), LanguageError> {
    let (own, organization) = db::languages::of(pool, user_id, organization_id).await?;
    let before = LanguageChoice::load(session).await?;
    LanguageChoice {
        host,
        own: parsed(own).or(before.own),
        organization: parsed(organization),
    }
    .store(session)
    .await
}

/// The person chose `lang`: kept in the session, and on their account when signed in.
pub async fn choose(
    pool: &db::Pool,
    session: &Session,
    user_id: Option<i64>,
    lang: Lang,
) -> Result<(), LanguageError> {
    if let Some(user_id) = user_id {
        db::languages::set_for_user(pool, user_id, lang.code()).await?;
    }
    // A host's locale still comes first (the embedded page shows no picker).
    let before = LanguageChoice::load(session).await?;
    LanguageChoice {
        own: Some(lang),
        ..before
    }
    .store(session)
    .await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_host_then_the_person_then_the_browser_then_the_organization_choose() {
        let all = LanguageChoice {
            host: Some(Lang::Ja),
            own: Some(Lang::De),
            organization: Some(Lang::Fr),
        };
        assert_eq!(all.language(Some("ar")), Lang::Ja);
        let no_host = LanguageChoice { host: None, ..all };
        assert_eq!(no_host.language(Some("ar")), Lang::De);
        let browser = LanguageChoice {
            own: None,
            ..no_host
        };
        assert_eq!(browser.language(Some("ar, en;q=0.5")), Lang::Ar);
        assert_eq!(browser.language(Some("es")), Lang::Fr);
        assert_eq!(browser.language(None), Lang::Fr);
        assert_eq!(LanguageChoice::default().language(Some("pt")), Lang::En);
    }
}
