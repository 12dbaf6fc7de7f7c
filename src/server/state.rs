//! What a request may need, shared: one reference-counted bundle of the configuration,
//! the database, WorkOS and the shared services' handles. Features and the web layer
//! take it; the shared services below it never do.

use super::{
    auth::Auth,
    config::{Config, EmbedSecret, MetricsToken, SigningKey, WebhookSecret},
    db::{audit::AuditWriter, Pool},
    render_memo::RenderMemo,
    status::{LivePages, StatusCache},
};
use axum::extract::FromRef;
use leptos::config::LeptosOptions;
use std::sync::Arc;
use url::Url;
use workos::WorkosClient;

/// One shared copy, so a clone is one reference count (requests clone it several times:
/// the profile of the link path showed field-by-field clones, which allocate for the URL
/// and options, at about 2 %).
#[derive(Clone, Debug)]
pub struct AppState(Arc<Services>);

impl AppState {
    pub fn new(services: Services) -> AppState {
        AppState(Arc::new(services))
    }
}

impl std::ops::Deref for AppState {
    type Target = Services;

    fn deref(&self) -> &Services {
        &self.0
    }
}

/// What [`AppState`] shares.
#[derive(Debug)]
pub struct Services {
    pub config: Arc<Config>,
    /// The URL people open; return and success URLs are built from it.
    pub public_url: Url,
    pub db: Pool,
    pub workos: WorkosClient,
    /// Every audit event goes through it (group commit).
    pub audit: AuditWriter,
    /// Signing in and out, and who is asking.
    pub auth: Auth,
    /// Live WorkOS status per organization, briefly, and Portico's own facts.
    pub status_cache: StatusCache,
    /// Signs what the server hands a browser to bring back (form errors, hand-offs).
    pub signing_key: SigningKey,
    /// Checks embed tokens; `None`: embedding is not set up.
    pub embed_secret: Option<EmbedSecret>,
    /// Lets a scraper read `/metrics` from the public listener; `None`: it cannot.
    pub metrics_token: Option<MetricsToken>,
    /// Checks WorkOS's webhook deliveries; `None`: webhooks are off.
    pub webhook_secret: Option<WebhookSecret>,
    pub leptos_options: LeptosOptions,
    /// The settings page's body as last rendered per organization (`render_memo`).
    pub render_memo: RenderMemo,
    /// The settings pages following their organization's status live (bounded).
    pub live_pages: Arc<LivePages>,
    /// Where notification emails go (off without a mail server).
    pub mailer: crate::server::mail::Mailer,
    /// The WorkOS client id SSO sign-in names; `None`: SSO sign-in is off.
    pub sso_client_id: Option<String>,
}

impl FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> Self {
        state.leptos_options.clone()
    }
}
