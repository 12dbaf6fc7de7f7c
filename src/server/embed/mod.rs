//! Embedding the settings page in a host product: the host mints a short-lived, one-time
//! token (`token`), frames `/embed?token=…`, and its user lands on the compact settings
//! page without a second sign-in (`session`); the pages live in a cross-site frame with
//! a cookie of their own (`frame`); their portal opens in a new tab that proves who asked
//! with a signed hand-off (`portal`), and so does Test SSO (`sso_test`); small pages of their own say what went wrong or
//! that setup is done (`pages`).

mod frame;
mod pages;
mod portal;
mod session;
mod sso_test;
pub mod token;

pub use frame::{embedded_answers, frame_ancestors, is_embedded, COOKIE};
pub use pages::done;
pub use portal::{handed_off, handoff, portal, PortalForm};
pub use session::start;
pub use sso_test::{open as open_sso_test, start as start_sso_test};

use crate::{
    model::EmbedView,
    server::{auth::SignedInUser, state::AppState},
};
use tower_sessions::Session;

/// Where in the session the embed's facts are kept.
const CONTEXT: &str = "embed";

/// What an embedded session knows about its frame.
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize, PartialEq)]
pub struct EmbedContext {
    /// The host product (`iss`).
    pub host: String,
    /// The origin of the page framing Portico: messages go to it, and only its are read.
    pub parent_origin: String,
    /// How the host wants the page to look (its token's claim, then its script's options).
    #[serde(default)]
    pub appearance: crate::model::Appearance,
}

impl EmbedContext {
    pub async fn of(session: &Session) -> Option<EmbedContext> {
        session.get(CONTEXT).await.ok().flatten()
    }
}

/// What the settings page needs when its session is embedded.
pub async fn view(state: &AppState, session: &Session, user: &SignedInUser) -> Option<EmbedView> {
    let context = EmbedContext::of(session).await?;
    let who = &user.membership;
    Some(EmbedView {
        parent_origin: context.parent_origin,
        handoff: handoff(state, who.user_id, who.organization_id),
        appearance: context.appearance,
    })
}
