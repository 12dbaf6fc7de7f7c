//! Runtime settings: `Leptos.toml`, then `PORTICO_<NAME>` environment overrides,
//! validated once at start. Secrets never live here: they come only from the environment.

//!
//! Loaded through figment: one serde struct (unknown keys refused), layered sources,
//! one validation that turns every value into its type or a one-line error naming the
//! setting, where its value came from, and the fix.

use figment::{
    providers::{Env, Format, Serialized, Toml},
    Figment,
};
use serde::{Deserialize, Serialize};
use std::{
    net::SocketAddr,
    path::{Path, PathBuf},
    time::Duration,
};
use url::Url;
use workos::{ClientOptions, RetryPolicy};

pub const DEFAULT_FILE: &str = "Leptos.toml";
const REAL_WORKOS_API: &str = "https://api.workos.com";
/// WorkOS's provider-icon CDN (no key needed), used when nothing else is set.
pub const WORKOS_ICON_CDN: &str = "https://cdn.workos.com";

/// What each setting accepts, shown when it is wrong.
const HINTS: &[(&str, &str)] = &[
    (
        "addr",
        "HOST:PORT to listen on, e.g. 127.0.0.1:3000 (port 0 picks a free port)",
    ),
    (
        "public_url",
        "the URL people open, e.g. https://portico.example.com",
    ),
    ("data_dir", "a writable directory, e.g. data"),
    ("site_dir", "the built site directory, e.g. target/site"),
    (
        "workos_api_base_url",
        "an http(s) URL, e.g. https://api.workos.com",
    ),
    (
        "emulator_addr",
        "HOST:PORT for the embedded WorkOS emulator, e.g. 127.0.0.1:0",
    ),
    (
        "session_lifetime_minutes",
        "a whole number of minutes between 5 and 43200",
    ),
    (
        "workos_timeout_seconds",
        "a whole number of seconds between 1 and 120",
    ),
    (
        "workos_connect_timeout_seconds",
        "a whole number of seconds between 1 and 60",
    ),
    (
        "workos_retry_attempts",
        "a whole number between 1 and 10 (1 = never retry)",
    ),
    (
        "workos_retry_budget_seconds",
        "a whole number of seconds between 1 and 300",
    ),
    (
        "workos_retry_after_cap_seconds",
        "a whole number of seconds between 0 and 120",
    ),
    (
        "status_cache_seconds",
        "a whole number of seconds between 1 and 3600",
    ),
    (
        "status_cache_entries",
        "a whole number of organizations between 10 and 1000000",
    ),
    (
        "provider_icons_url",
        "the http(s) base URL of WorkOS's provider-icon CDN, e.g. https://cdn.workos.com",
    ),
    (
        "sign_in_attempts_per_account",
        "a whole number of sign-in attempts per minute per account, between 1 and 1000",
    ),
    (
        "sign_in_attempts_per_address",
        "a whole number of sign-in attempts per minute per client address, between 1 and 100000",
    ),
    (
        "password_checks_at_once",
        "a whole number of password checks that may run at once, between 1 and 64 (each holds about 19 MiB)",
    ),
    (
        "trusted_proxies",
        "comma-separated IP addresses of reverse proxies whose X-Forwarded-For is believed, or empty",
    ),
    (
        "request_timeout_seconds",
        "a whole number of seconds between 1 and 600 a request may take",
    ),
    (
        "max_body_kb",
        "a whole number of KiB between 1 and 10240 a request body may hold",
    ),
    (
        "max_concurrent_requests",
        "a whole number between 1 and 100000 of requests served at once (more get 503)",
    ),
    (
        "shutdown_grace_seconds",
        "a whole number of seconds between 1 and 300 that in-flight requests get to finish on SIGTERM",
    ),
    (
        "session_absolute_hours",
        "a whole number of hours between 1 and 720 after which a sign-in ends however active",
    ),
    (
        "embed_hosts",
        "comma-separated names of host products whose embed tokens (`iss`) are accepted, or empty",
    ),
    (
        "embed_origins",
        "comma-separated origins (scheme://host[:port]) that may frame the embedded pages, or empty",
    ),
    (
        "upgrade_url",
        "an http(s) URL where admins can add an area their plan does not include, or empty for none",
    ),
    (
        "audit_retention_days",
        "a whole number of days between 1 and 36500 that audit rows are kept (older ones are deleted daily)",
    ),
    (
        "header_read_timeout_seconds",
        "a whole number of seconds between 1 and 300 a client may take to send a request's headers",
    ),
    (
        "demo",
        "true to create the demo organizations and users against a real WorkOS account (they always exist with the emulator)",
    ),
    (
        "portal_hosts",
        "comma-separated host names the Admin Portal is served from, e.g. setup.workos.com",
    ),
];

/// The settings as written in Leptos.toml or `PORTICO_*`, before validation.
#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
struct RawSettings {
    addr: String,
    public_url: Option<String>,
    data_dir: PathBuf,
    site_dir: PathBuf,
    workos_api_base_url: String,
    emulator_addr: String,
    session_lifetime_minutes: u64,
    workos_timeout_seconds: u64,
    workos_connect_timeout_seconds: u64,
    workos_retry_attempts: u64,
    workos_retry_budget_seconds: u64,
    workos_retry_after_cap_seconds: u64,
    status_cache_seconds: u64,
    status_cache_entries: u64,
    provider_icons_url: Option<String>,
    portal_hosts: String,
    demo: bool,
    sign_in_attempts_per_account: u64,
    sign_in_attempts_per_address: u64,
    password_checks_at_once: u64,
    trusted_proxies: String,
    request_timeout_seconds: u64,
    max_body_kb: u64,
    max_concurrent_requests: u64,
    shutdown_grace_seconds: u64,
    session_absolute_hours: u64,
    audit_retention_days: u64,
    header_read_timeout_seconds: u64,
    upgrade_url: Option<String>,
    embed_hosts: String,
    embed_origins: String,
}

impl Default for RawSettings {
    fn default() -> Self {
        let d = Settings::default();
        RawSettings {
            addr: d.addr.to_string(),
            public_url: None,
            data_dir: d.data_dir,
            site_dir: d.site_dir,
            workos_api_base_url: d.workos_api_base_url.to_string(),
            emulator_addr: d.emulator_addr.to_string(),
            session_lifetime_minutes: d.session_lifetime.as_secs() / 60,
            workos_timeout_seconds: d.workos.request_timeout.as_secs(),
            workos_connect_timeout_seconds: d.workos.connect_timeout.as_secs(),
            workos_retry_attempts: u64::from(d.workos.retry.attempts),
            workos_retry_budget_seconds: d.workos.retry.budget.as_secs(),
            workos_retry_after_cap_seconds: d.workos.retry.retry_after_cap.as_secs(),
            status_cache_seconds: d.status_cache_ttl.as_secs(),
            status_cache_entries: d.status_cache_entries,
            provider_icons_url: None,
            portal_hosts: d.portal_hosts.join(","),
            demo: d.demo,
            sign_in_attempts_per_account: u64::from(d.sign_in_attempts_per_account),
            sign_in_attempts_per_address: u64::from(d.sign_in_attempts_per_address),
            password_checks_at_once: d.password_checks_at_once as u64,
            trusted_proxies: d
                .trusted_proxies
                .iter()
                .map(|ip| ip.to_string())
                .collect::<Vec<_>>()
                .join(","),
            request_timeout_seconds: d.request_timeout.as_secs(),
            max_body_kb: (d.max_body_bytes / 1024) as u64,
            max_concurrent_requests: d.max_concurrent_requests as u64,
            shutdown_grace_seconds: d.shutdown_grace.as_secs(),
            session_absolute_hours: d.session_absolute_lifetime.as_secs() / 3600,
            audit_retention_days: u64::from(d.audit_retention_days),
            header_read_timeout_seconds: d.header_read_timeout.as_secs(),
            upgrade_url: None,
            embed_hosts: String::new(),
            embed_origins: String::new(),
        }
    }
}

/// Validated runtime settings.
#[derive(Clone, Debug)]
pub struct Settings {
    pub addr: SocketAddr,
    /// `None`: derived from the bound listen address.
    pub public_url: Option<Url>,
    pub data_dir: PathBuf,
    pub site_dir: PathBuf,
    pub workos_api_base_url: Url,
    pub emulator_addr: SocketAddr,
    pub session_lifetime: Duration,
    /// Timeouts and retries of WorkOS calls.
    pub workos: ClientOptions,
    /// How long a view may show status read from WorkOS earlier.
    pub status_cache_ttl: Duration,
    /// At most this many organizations' status in memory.
    pub status_cache_entries: u64,
    /// Where provider icons come from. `None`: the embedded emulator when there is one,
    /// else WorkOS's CDN.
    pub provider_icons_url: Option<Url>,
    /// Hosts a portal link from WorkOS may point at (https only); links on the WorkOS
    /// API's own origin (an emulator) are trusted too.
    pub portal_hosts: Vec<String>,
    /// Create the demo organizations and users even with a real WorkOS key. With the
    /// emulator they are always created.
    pub demo: bool,
    /// Sign-in attempts allowed per minute for one account, and from one client address.
    pub sign_in_attempts_per_account: u32,
    pub sign_in_attempts_per_address: u32,
    /// Password checks (Argon2, about 19 MiB each) running at once; others wait briefly.
    pub password_checks_at_once: usize,
    /// Reverse proxies whose `X-Forwarded-For` names the client; others are the client.
    pub trusted_proxies: Vec<std::net::IpAddr>,
    /// Longest a request may take before it is answered 503.
    pub request_timeout: Duration,
    /// Largest request body accepted (413 beyond).
    pub max_body_bytes: usize,
    /// Requests served at once; more are answered 503 at once.
    pub max_concurrent_requests: usize,
    /// On SIGTERM, how long in-flight requests get to finish.
    pub shutdown_grace: Duration,
    /// A sign-in ends this long after it, however active (`session_lifetime` is the idle
    /// timeout).
    pub session_absolute_lifetime: Duration,
    /// Audit rows older than this many days are deleted (checked daily).
    pub audit_retention_days: u32,
    /// Longest a client may take to send a request's headers (slow-loris connections
    /// are closed).
    pub header_read_timeout: Duration,
    /// Where an admin can add an area the organization's plan does not include.
    pub upgrade_url: Option<Url>,
    /// Host products (a token's `iss`) whose embed tokens are accepted.
    pub embed_hosts: Vec<String>,
    /// Origins allowed to frame the embedded pages (and to talk to them).
    pub embed_origins: Vec<String>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            addr: SocketAddr::from(([127, 0, 0, 1], 3000)),
            public_url: None,
            data_dir: PathBuf::from("data"),
            site_dir: PathBuf::from("target/site"),
            workos_api_base_url: Url::parse(REAL_WORKOS_API).expect("constant URL"),
            emulator_addr: SocketAddr::from(([127, 0, 0, 1], 0)),
            session_lifetime: Duration::from_secs(8 * 60 * 60),
            workos: ClientOptions::default(),
            status_cache_ttl: Duration::from_secs(30),
            status_cache_entries: 10_000,
            provider_icons_url: None,
            portal_hosts: vec![WORKOS_PORTAL_HOST.to_owned()],
            demo: false,
            sign_in_attempts_per_account: 10,
            sign_in_attempts_per_address: 60,
            password_checks_at_once: 4,
            trusted_proxies: Vec::new(),
            request_timeout: Duration::from_secs(30),
            max_body_bytes: 64 * 1024,
            max_concurrent_requests: 1024,
            shutdown_grace: Duration::from_secs(20),
            session_absolute_lifetime: Duration::from_secs(12 * 60 * 60),
            audit_retention_days: 365,
            header_read_timeout: Duration::from_secs(10),
            upgrade_url: None,
            embed_hosts: Vec::new(),
            embed_origins: Vec::new(),
        }
    }
}

/// Where WorkOS serves the Admin Portal.
pub const WORKOS_PORTAL_HOST: &str = "setup.workos.com";

#[derive(Debug, thiserror::Error, PartialEq)]
pub enum SettingsError {
    #[error("cannot read settings file {path}: {reason}. Fix: create it, or point PORTICO_CONFIG at an existing file")]
    Unreadable { path: String, reason: String },
    #[error("settings file {path} is not valid TOML: {reason}")]
    NotToml { path: String, reason: String },
    #[error(
        "unknown setting `{key}` in {origin}. Fix: remove it; known settings are {}",
        known_names()
    )]
    Unknown { key: String, origin: String },
    #[error("setting `{key}` (from {origin}) is invalid: {problem}. Fix: set it to {hint}")]
    Invalid {
        key: String,
        origin: String,
        problem: String,
        hint: &'static str,
    },
}

fn known_names() -> String {
    HINTS.iter().map(|(k, _)| *k).collect::<Vec<_>>().join(", ")
}

fn hint(key: &str) -> &'static str {
    HINTS
        .iter()
        .find(|(k, _)| *k == key)
        .map(|(_, h)| *h)
        .unwrap_or("a valid value")
}

impl Settings {
    /// The layered sources: defaults, then the settings file (`path`, else `PORTICO_CONFIG`,
    /// else `Leptos.toml` if present), then `PORTICO_<NAME>` and `WORKOS_API_BASE_URL`.
    /// Callers may merge more on top (e.g. a command-line flag) before [`Settings::extract`].
    pub fn figment(path: Option<&Path>) -> Result<Figment, SettingsError> {
        let (file, required) = match path {
            Some(p) => (p.to_path_buf(), true),
            None => match std::env::var_os("PORTICO_CONFIG") {
                Some(p) => (PathBuf::from(p), true),
                None => (PathBuf::from(DEFAULT_FILE), false),
            },
        };
        let display = file.display().to_string();
        // Read here rather than by figment's file provider, to tell a missing or
        // unreadable file from a broken one in the message.
        let text = match std::fs::read_to_string(&file) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound && !required => String::new(),
            Err(e) => {
                return Err(SettingsError::Unreadable {
                    path: display,
                    reason: e.to_string(),
                })
            }
        };
        if let Err(e) = text.parse::<toml::Table>() {
            return Err(SettingsError::NotToml {
                path: display,
                reason: e.message().to_string(),
            });
        }
        let known: Vec<&str> = HINTS.iter().map(|(k, _)| *k).collect();
        Ok(Figment::from(Serialized::defaults(RawSettings::default()))
            .merge(Toml::file(&file))
            .merge(Env::raw().only(&["WORKOS_API_BASE_URL"]))
            .merge(Env::prefixed("PORTICO_").only(&known)))
    }

    /// Loads and validates the settings (see [`Settings::figment`]).
    pub fn load(path: Option<&Path>) -> Result<Settings, SettingsError> {
        Settings::extract(&Settings::figment(path)?)
    }

    /// Validates what `figment` holds: every value parsed and range-checked once.
    pub fn extract(figment: &Figment) -> Result<Settings, SettingsError> {
        let raw: RawSettings = figment.extract().map_err(|e| figment_error(figment, e))?;
        raw.validate(figment)
    }
}

/// Where a setting's value came from: the file's path or the variable's name.
fn origin(figment: &Figment, key: &str) -> String {
    match figment.find_metadata(key) {
        Some(meta) => match &meta.source {
            Some(figment::Source::File(path)) => path.display().to_string(),
            _ if meta.name.contains("PORTICO_") => format!("PORTICO_{}", key.to_uppercase()),
            _ if meta.name.contains("environment") => key.to_uppercase(),
            _ => meta.name.to_string(),
        },
        None => "defaults".to_owned(),
    }
}

fn figment_error(figment: &Figment, error: figment::Error) -> SettingsError {
    use figment::error::Kind;
    if let Kind::UnknownField(field, _) = &error.kind {
        return SettingsError::Unknown {
            key: field.clone(),
            origin: error
                .metadata
                .as_ref()
                .map(|m| m.name.to_string())
                .unwrap_or_else(|| DEFAULT_FILE.to_owned()),
        };
    }
    let key = error.path.last().cloned().unwrap_or_default();
    SettingsError::Invalid {
        origin: origin(figment, &key),
        hint: hint(&key),
        problem: match &error.kind {
            Kind::InvalidType(actual, _) => format!("it is {actual}"),
            _ => error.kind.to_string(),
        },
        key,
    }
}

impl RawSettings {
    fn validate(self, figment: &Figment) -> Result<Settings, SettingsError> {
        let invalid = |key: &str, problem: String| SettingsError::Invalid {
            key: key.to_owned(),
            origin: origin(figment, key),
            problem,
            hint: hint(key),
        };
        let addr = |key: &str, value: &str| -> Result<SocketAddr, SettingsError> {
            // Accept `localhost:PORT` as people type it.
            value
                .trim()
                .replacen("localhost:", "127.0.0.1:", 1)
                .parse()
                .map_err(|_| invalid(key, format!("'{value}' is not HOST:PORT")))
        };
        let url = |key: &str, value: &str| -> Result<Url, SettingsError> {
            let url = Url::parse(value.trim())
                .map_err(|e| invalid(key, format!("'{value}' is not a URL ({e})")))?;
            if !matches!(url.scheme(), "http" | "https") || url.host_str().is_none() {
                return Err(invalid(key, format!("'{value}' is not an http(s) URL")));
            }
            if url.query().is_some() || url.fragment().is_some() {
                return Err(invalid(key, "it must not have a query or fragment".into()));
            }
            Ok(url)
        };
        let number = |key: &str, value: u64, min: u64, max: u64| -> Result<u64, SettingsError> {
            if (min..=max).contains(&value) {
                Ok(value)
            } else {
                Err(invalid(key, format!("{value} is out of range")))
            }
        };
        let hosts = |key: &str, value: &str| -> Result<Vec<String>, SettingsError> {
            let hosts: Vec<String> = value
                .split(',')
                .map(|h| h.trim().to_ascii_lowercase())
                .filter(|h| !h.is_empty())
                .collect();
            if hosts.is_empty() {
                return Err(invalid(key, "it names no host".into()));
            }
            for host in &hosts {
                match url::Host::parse(host) {
                    Ok(url::Host::Domain(_)) => {}
                    _ => return Err(invalid(key, format!("'{host}' is not a host name"))),
                }
            }
            Ok(hosts)
        };
        let path = |key: &str, value: PathBuf| -> Result<PathBuf, SettingsError> {
            if value.as_os_str().is_empty() {
                Err(invalid(key, "it is empty".into()))
            } else {
                Ok(value)
            }
        };
        let seconds = |key, value, min, max| number(key, value, min, max).map(Duration::from_secs);
        Ok(Settings {
            addr: addr("addr", &self.addr)?,
            public_url: self
                .public_url
                .as_deref()
                .map(|v| url("public_url", v))
                .transpose()?,
            data_dir: path("data_dir", self.data_dir)?,
            site_dir: path("site_dir", self.site_dir)?,
            workos_api_base_url: url("workos_api_base_url", &self.workos_api_base_url)?,
            emulator_addr: addr("emulator_addr", &self.emulator_addr)?,
            session_lifetime: Duration::from_secs(
                60 * number(
                    "session_lifetime_minutes",
                    self.session_lifetime_minutes,
                    5,
                    43_200,
                )?,
            ),
            workos: ClientOptions {
                request_timeout: seconds(
                    "workos_timeout_seconds",
                    self.workos_timeout_seconds,
                    1,
                    120,
                )?,
                connect_timeout: seconds(
                    "workos_connect_timeout_seconds",
                    self.workos_connect_timeout_seconds,
                    1,
                    60,
                )?,
                retry: RetryPolicy {
                    attempts: number("workos_retry_attempts", self.workos_retry_attempts, 1, 10)?
                        as u32,
                    budget: seconds(
                        "workos_retry_budget_seconds",
                        self.workos_retry_budget_seconds,
                        1,
                        300,
                    )?,
                    retry_after_cap: seconds(
                        "workos_retry_after_cap_seconds",
                        self.workos_retry_after_cap_seconds,
                        0,
                        120,
                    )?,
                    ..RetryPolicy::default()
                },
            },
            status_cache_ttl: seconds("status_cache_seconds", self.status_cache_seconds, 1, 3600)?,
            status_cache_entries: number(
                "status_cache_entries",
                self.status_cache_entries,
                10,
                1_000_000,
            )?,
            provider_icons_url: self
                .provider_icons_url
                .as_deref()
                .map(|v| url("provider_icons_url", v))
                .transpose()?,
            portal_hosts: hosts("portal_hosts", &self.portal_hosts)?,
            demo: self.demo,
            sign_in_attempts_per_account: number(
                "sign_in_attempts_per_account",
                self.sign_in_attempts_per_account,
                1,
                1_000,
            )? as u32,
            sign_in_attempts_per_address: number(
                "sign_in_attempts_per_address",
                self.sign_in_attempts_per_address,
                1,
                100_000,
            )? as u32,
            password_checks_at_once: number(
                "password_checks_at_once",
                self.password_checks_at_once,
                1,
                64,
            )? as usize,
            trusted_proxies: self
                .trusted_proxies
                .split(',')
                .map(str::trim)
                .filter(|v| !v.is_empty())
                .map(|v| {
                    v.parse().map_err(|_| {
                        invalid("trusted_proxies", format!("'{v}' is not an IP address"))
                    })
                })
                .collect::<Result<_, _>>()?,
            request_timeout: seconds(
                "request_timeout_seconds",
                self.request_timeout_seconds,
                1,
                600,
            )?,
            max_body_bytes: 1024 * number("max_body_kb", self.max_body_kb, 1, 10_240)? as usize,
            max_concurrent_requests: number(
                "max_concurrent_requests",
                self.max_concurrent_requests,
                1,
                100_000,
            )? as usize,
            shutdown_grace: seconds(
                "shutdown_grace_seconds",
                self.shutdown_grace_seconds,
                1,
                300,
            )?,
            session_absolute_lifetime: Duration::from_secs(
                3600 * number(
                    "session_absolute_hours",
                    self.session_absolute_hours,
                    1,
                    720,
                )?,
            ),
            audit_retention_days: number(
                "audit_retention_days",
                self.audit_retention_days,
                1,
                36_500,
            )? as u32,
            header_read_timeout: seconds(
                "header_read_timeout_seconds",
                self.header_read_timeout_seconds,
                1,
                300,
            )?,
            embed_hosts: list(&self.embed_hosts),
            embed_origins: list(&self.embed_origins)
                .into_iter()
                .map(|value| {
                    Url::parse(&value)
                        .ok()
                        .filter(|url| {
                            matches!(url.scheme(), "http" | "https")
                                && url.path() == "/"
                                && url.query().is_none()
                                && url.fragment().is_none()
                                && url.username().is_empty()
                        })
                        .map(|url| url.origin().ascii_serialization())
                        .ok_or_else(|| {
                            invalid(
                                "embed_origins",
                                format!(
                                    "'{value}' is not an origin such as https://app.example.com"
                                ),
                            )
                        })
                })
                .collect::<Result<_, _>>()?,
            upgrade_url: match self.upgrade_url.as_deref().map(str::trim) {
                None | Some("") => None,
                Some(value) => Some(
                    Url::parse(value)
                        .ok()
                        .filter(|url| matches!(url.scheme(), "http" | "https"))
                        .ok_or_else(|| {
                            invalid("upgrade_url", format!("'{value}' is not an http(s) URL"))
                        })?,
                ),
            },
        })
    }
}

/// A comma-separated setting as its entries.
fn list(value: &str) -> Vec<String> {
    value
        .split(',')
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Joins `path` (which may carry a query) onto the public base URL, keeping any base path.
pub fn public_link(base: &Url, path_and_query: &str) -> String {
    let base = base.as_str().trim_end_matches('/');
    format!("{base}{path_and_query}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use figment::Jail;

    /// Loads `file` (as Leptos.toml in a fresh directory) with `env` set, and nothing else.
    #[allow(clippy::result_large_err)] // figment's Jail closure returns figment's error
    fn load_with(file: &str, env: &[(&str, &str)]) -> Result<Settings, SettingsError> {
        let mut result = None;
        Jail::expect_with(|jail| {
            jail.clear_env();
            jail.create_file("Leptos.toml", file)?;
            for (name, value) in env {
                jail.set_env(name, value);
            }
            result = Some(Settings::load(None));
            Ok(())
        });
        result.expect("the jail ran")
    }

    #[test]
    fn embed_settings_are_comma_separated_and_origins_are_checked() {
        let s = load_with(
            "",
            &[
                ("PORTICO_EMBED_HOSTS", "acme-host, other "),
                (
                    "PORTICO_EMBED_ORIGINS",
                    "https://a.example,http://localhost:5173/",
                ),
            ],
        )
        .unwrap();
        assert_eq!(s.embed_hosts, ["acme-host", "other"]);
        assert_eq!(
            s.embed_origins,
            ["https://a.example", "http://localhost:5173"]
        );
        for bad in [
            "https://a.example/path",
            "a.example",
            "ftp://a.example",
            "*",
        ] {
            let error = load_with("", &[("PORTICO_EMBED_ORIGINS", bad)]).unwrap_err();
            assert!(
                error.to_string().contains("embed_origins"),
                "{bad}: {error}"
            );
        }
    }

    #[test]
    fn defaults_apply_without_a_file() {
        let s = load_with("", &[]).unwrap();
        assert_eq!(s.addr.to_string(), "127.0.0.1:3000");
        assert_eq!(s.workos_api_base_url.as_str(), "https://api.workos.com/");
        assert!(s.public_url.is_none());
    }

    #[test]
    fn environment_overrides_the_file() {
        let s = load_with(
            "addr = \"127.0.0.1:4000\"\nsession_lifetime_minutes = 60\n",
            &[
                ("PORTICO_ADDR", "127.0.0.1:5000"),
                ("PORTICO_WORKOS_RETRY_ATTEMPTS", "5"),
                ("WORKOS_API_BASE_URL", "http://127.0.0.1:9"),
                // Other PORTICO_ variables are secrets or tools, never settings.
                ("PORTICO_DEMO_PASSWORD", "x"),
                ("PORTICO_LOG", "debug"),
            ],
        )
        .unwrap();
        assert_eq!(s.addr.port(), 5000);
        assert_eq!(s.session_lifetime, Duration::from_secs(3600));
        assert_eq!(s.workos.retry.attempts, 5);
        assert_eq!(s.workos_api_base_url.as_str(), "http://127.0.0.1:9/");
    }

    #[test]
    fn bad_value_names_the_setting_its_origin_and_the_fix() {
        let err = load_with("", &[("PORTICO_ADDR", "nonsense")]).unwrap_err();
        let text = err.to_string();
        assert!(
            text.contains("`addr`") && text.contains("PORTICO_ADDR"),
            "{text}"
        );
        assert!(text.contains("Fix: set it to HOST:PORT"), "{text}");

        let err = load_with("workos_timeout_seconds = \"soon\"\n", &[]).unwrap_err();
        let text = err.to_string();
        assert!(
            text.contains("`workos_timeout_seconds`") && text.contains("Leptos.toml"),
            "{text}"
        );
        assert!(text.contains("Fix: set it to a whole number"), "{text}");
    }

    #[test]
    fn unknown_key_and_broken_toml_are_reported() {
        let err = load_with("adr = \"x\"\n", &[]).unwrap_err();
        assert!(err.to_string().contains("unknown setting `adr`"), "{err}");
        let err = load_with("addr = \n", &[]).unwrap_err();
        assert!(matches!(err, SettingsError::NotToml { .. }), "{err}");
    }

    #[test]
    fn public_url_must_be_http_without_query() {
        for bad in ["ftp://x", "https://x/?a=1", "not a url"] {
            let err = load_with("", &[("PORTICO_PUBLIC_URL", bad)]).unwrap_err();
            assert!(err.to_string().contains("`public_url`"), "{bad}: {err}");
        }
    }

    #[test]
    fn numbers_are_range_checked() {
        let err = load_with("", &[("PORTICO_SESSION_LIFETIME_MINUTES", "0")]).unwrap_err();
        let text = err.to_string();
        assert!(
            text.contains("session_lifetime_minutes")
                && text.contains("PORTICO_SESSION_LIFETIME_MINUTES"),
            "{text}"
        );
    }

    #[test]
    fn explicit_missing_file_is_an_error() {
        let err = Settings::load(Some(Path::new("/nonexistent/Leptos.toml"))).unwrap_err();
        assert!(matches!(err, SettingsError::Unreadable { .. }));
    }

    #[test]
    fn the_shipped_settings_file_is_valid_and_matches_the_defaults() {
        let shipped = Path::new(env!("CARGO_MANIFEST_DIR")).join("Leptos.toml");
        let text = std::fs::read_to_string(shipped).unwrap();
        let s = load_with(&text, &[]).expect("Leptos.toml loads");
        let d = Settings::default();
        assert_eq!(
            (s.addr, s.data_dir, s.site_dir),
            (d.addr, d.data_dir, d.site_dir)
        );
        assert_eq!(
            (s.session_lifetime, s.workos),
            (d.session_lifetime, d.workos)
        );
    }

    #[test]
    fn public_link_keeps_base_path() {
        let base = Url::parse("https://x.example/app/").unwrap();
        assert_eq!(
            public_link(&base, "/settings?configured=sso"),
            "https://x.example/app/settings?configured=sso"
        );
    }

    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig { cases: 1000, ..Default::default() })]

        /// Any settings file either loads or names the key and how to fix it; nothing
        /// panics, whatever the values (or the bytes) are.
        #[test]
        fn any_settings_file_loads_or_says_what_to_fix(
            key in proptest::sample::select(HINTS.iter().map(|(k, _)| *k).collect::<Vec<_>>()),
            value in prop_oneof![
                any::<i64>().prop_map(|n| n.to_string()),
                "[ -~]{0,30}".prop_map(|s| format!("{s:?}")),
                any::<bool>().prop_map(|b| b.to_string()),
                Just("[1, 2]".to_owned()),
            ],
            junk in "[ -~\\n]{0,40}",
        ) {
            for text in [format!("{key} = {value}\n"), format!("{key} = {value}\n{junk}")] {
                let figment = Figment::from(Serialized::defaults(RawSettings::default()))
                    .merge(Toml::string(&text));
                match Settings::extract(&figment) {
                    Ok(_) => {}
                    Err(error) => {
                        let message = error.to_string();
                        prop_assert!(!message.is_empty());
                    }
                }
            }
        }
    }
}
