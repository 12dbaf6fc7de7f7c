//! The runtime configuration: `Leptos.toml` in sections, then `PORTICO_<NAME>`
//! environment overrides, each setting declared once (`sections.rs`) with a type that
//! parses and checks it (`values.rs`). A bad value stops start-up with one line naming
//! the setting, where its value came from and the fix. Secrets never live here: they
//! come only from the environment (`secrets.rs`).

mod declare;
mod load;
mod secrets;
mod sections;
#[cfg(test)]
mod tests;
pub mod values;

pub use declare::Field;
pub use load::{ConfigError, Sources, DEFAULT_FILE};
pub use secrets::{
    EmbedSecret, MetricsToken, Secrets, ShortSecret, SigningKey, WebhookSecret, SHORTEST_SECRET,
};
pub use sections::{
    Audit, Embed, HostApi, Http, Notifications, Operations, Paths, Plans, Session, SignIn, Sso,
    Status, Workos, REAL_WORKOS_API, WORKOS_PORTAL_HOST,
};

use serde::{Deserialize, Serialize};
use url::Url;
use workos::{CallBudget, ClientOptions, RetryPolicy};

/// WorkOS's provider-icon CDN (no key needed), used when nothing else is set.
pub const WORKOS_ICON_CDN: &str = "https://cdn.workos.com";

/// Portico's configuration, one struct per section of `Leptos.toml`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct Config {
    pub http: Http,
    pub paths: Paths,
    pub session: Session,
    pub sign_in: SignIn,
    pub workos: Workos,
    pub sso: Sso,
    pub status: Status,
    pub embed: Embed,
    pub audit: Audit,
    pub notifications: Notifications,
    pub host_api: HostApi,
    pub plans: Plans,
    pub operations: Operations,
}

impl Config {
    /// Every setting, section by section.
    pub fn fields() -> Vec<Field> {
        [
            Http::fields(),
            Paths::fields(),
            Session::fields(),
            SignIn::fields(),
            Workos::fields(),
            Sso::fields(),
            Status::fields(),
            Embed::fields(),
            Audit::fields(),
            Notifications::fields(),
            HostApi::fields(),
            Plans::fields(),
            Operations::fields(),
        ]
        .concat()
    }

    /// The sections' names, as the file spells them.
    pub const SECTIONS: [&'static str; 13] = [
        Http::SECTION,
        Paths::SECTION,
        Session::SECTION,
        SignIn::SECTION,
        Workos::SECTION,
        Sso::SECTION,
        Status::SECTION,
        Embed::SECTION,
        Audit::SECTION,
        Notifications::SECTION,
        HostApi::SECTION,
        Plans::SECTION,
        Operations::SECTION,
    ];

    /// Loads and checks the configuration (see [`Config::sources`]).
    pub fn load(path: Option<&std::path::Path>) -> Result<Config, ConfigError> {
        Config::sources(path)?.extract()
    }
}

impl Workos {
    /// Timeouts and retries of WorkOS calls.
    pub fn client_options(&self) -> ClientOptions {
        ClientOptions {
            request_timeout: self.timeout_seconds.get(),
            connect_timeout: self.connect_timeout_seconds.get(),
            retry: RetryPolicy {
                attempts: self.retry_attempts.get(),
                budget: self.retry_budget_seconds.get(),
                retry_after_cap: self.retry_after_cap_seconds.get(),
                ..RetryPolicy::default()
            },
        }
    }

    /// How many WorkOS calls a minute this process, and one organization, may make.
    pub fn call_budget(&self) -> CallBudget {
        CallBudget {
            per_minute: self.calls_per_minute.get(),
            per_organization_per_minute: self.calls_per_minute_per_organization.get(),
        }
    }
}

/// Joins `path` (which may carry a query) onto the public base URL, keeping any base path.
pub fn public_link(base: &Url, path_and_query: &str) -> String {
    let base = base.as_str().trim_end_matches('/');
    format!("{base}{path_and_query}")
}
