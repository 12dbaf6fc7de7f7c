use super::settings::Settings;
use axum::extract::FromRef;
use leptos::config::LeptosOptions;
use sqlx::SqlitePool;
use std::sync::Arc;
use url::Url;
use workos::WorkosClient;

/// Everything a request may need; one shared copy, so a clone is one reference count
/// (requests clone it several times: the profile of the link path showed field-by-field
/// clones, which allocate for the URL and options, at about 2 %).
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
    /// Provider icons from WorkOS's CDN (or the emulator), cached.
    pub icons: super::icons::ProviderIcons,
    /// The built site's `/pkg` files, in memory.
    pub assets: super::assets::Assets,
    pub db: SqlitePool,
    /// Live WorkOS status per organization, briefly.
    pub status_cache: super::status::StatusCache,
    /// Every audit event goes through it (group commit).
    pub audit: super::db::audit::AuditWriter,
    pub workos: WorkosClient,
    pub settings: Arc<Settings>,
    /// The URL people open; return and success URLs are built from it.
    pub public_url: Url,
    pub leptos_options: LeptosOptions,
    /// Verified against when an email is unknown, so sign-in timing reveals nothing.
    pub dummy_password_hash: Arc<str>,
    pub sign_in_throttle: super::auth::throttle::SignInThrottle,
    /// Signs the error sentences failed plain forms carry back to their page.
    pub form_error_key: super::form_errors::FormErrorKey,
    /// Checks embed tokens; `None`: embedding is not set up.
    pub embed_secret: Option<super::embed::EmbedSecret>,
}

impl FromRef<AppState> for super::assets::Assets {
    fn from_ref(state: &AppState) -> Self {
        state.assets.clone()
    }
}

impl FromRef<AppState> for super::icons::ProviderIcons {
    fn from_ref(state: &AppState) -> Self {
        state.icons.clone()
    }
}

impl FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> Self {
        state.leptos_options.clone()
    }
}
