//! Runtime settings: `Leptos.toml`, then `PORTICO_<NAME>` environment overrides,
//! validated once at start. Secrets never live here: they come only from the environment.

use std::{net::SocketAddr, path::PathBuf, time::Duration};
use url::Url;
use workos::ClientOptions;

pub const DEFAULT_FILE: &str = "Leptos.toml";
const REAL_WORKOS_API: &str = "https://api.workos.com";

/// Every setting, its default, and the hint shown when it is wrong.
const KNOWN: &[(&str, &str)] = &[
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
];

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
        }
    }
}

#[derive(Debug, thiserror::Error, PartialEq)]
pub enum SettingsError {
    #[error("cannot read settings file {path}: {reason}. Fix: create it, or point PORTICO_CONFIG at an existing file")]
    Unreadable { path: String, reason: String },
    #[error("settings file {path} is not valid TOML: {reason}")]
    NotToml { path: String, reason: String },
    #[error(
        "unknown setting `{key}` in {path}. Fix: remove it; known settings are {}",
        known_names()
    )]
    Unknown { key: String, path: String },
    #[error("setting `{key}` (from {origin}) is invalid: {problem}. Fix: set it to {hint}")]
    Invalid {
        key: &'static str,
        origin: String,
        problem: String,
        hint: &'static str,
    },
}

fn known_names() -> String {
    KNOWN.iter().map(|(k, _)| *k).collect::<Vec<_>>().join(", ")
}

fn hint(key: &str) -> &'static str {
    KNOWN
        .iter()
        .find(|(k, _)| *k == key)
        .map(|(_, h)| *h)
        .unwrap_or("a valid value")
}

/// One raw value and where it came from, for error messages.
struct Raw {
    value: String,
    origin: String,
}

impl Settings {
    /// Loads `path` (or `Leptos.toml` if it exists) and applies environment overrides
    /// from `env` (a lookup so tests need not touch the process environment).
    pub fn load(
        path: Option<&std::path::Path>,
        env: impl Fn(&str) -> Option<String>,
    ) -> Result<Settings, SettingsError> {
        let (file_path, required) = match path {
            Some(p) => (p.to_path_buf(), true),
            None => match env("PORTICO_CONFIG") {
                Some(p) => (PathBuf::from(p), true),
                None => (PathBuf::from(DEFAULT_FILE), false),
            },
        };
        let display = file_path.display().to_string();
        let table = match std::fs::read_to_string(&file_path) {
            Ok(text) => text
                .parse::<toml::Table>()
                .map_err(|e| SettingsError::NotToml {
                    path: display.clone(),
                    reason: e.message().to_string(),
                })?,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound && !required => toml::Table::new(),
            Err(e) => {
                return Err(SettingsError::Unreadable {
                    path: display,
                    reason: e.to_string(),
                })
            }
        };
        if let Some(key) = table
            .keys()
            .find(|key| !KNOWN.iter().any(|(k, _)| k == key))
        {
            return Err(SettingsError::Unknown {
                key: key.clone(),
                path: display,
            });
        }
        let raw = |key: &str| -> Option<Raw> {
            let env_name = format!("PORTICO_{}", key.to_uppercase());
            if let Some(value) = env(&env_name) {
                return Some(Raw {
                    value,
                    origin: env_name,
                });
            }
            if key == "workos_api_base_url" {
                if let Some(value) = env("WORKOS_API_BASE_URL") {
                    return Some(Raw {
                        value,
                        origin: "WORKOS_API_BASE_URL".into(),
                    });
                }
            }
            table.get(key).map(|v| Raw {
                value: match v {
                    toml::Value::String(s) => s.clone(),
                    other => other.to_string(),
                },
                origin: display.clone(),
            })
        };

        let mut settings = Settings::default();
        if let Some(r) = raw("addr") {
            settings.addr = parse_addr("addr", r)?;
        }
        if let Some(r) = raw("public_url") {
            settings.public_url = Some(parse_url("public_url", r)?);
        }
        if let Some(r) = raw("data_dir") {
            settings.data_dir = parse_path("data_dir", r)?;
        }
        if let Some(r) = raw("site_dir") {
            settings.site_dir = parse_path("site_dir", r)?;
        }
        if let Some(r) = raw("workos_api_base_url") {
            settings.workos_api_base_url = parse_url("workos_api_base_url", r)?;
        }
        if let Some(r) = raw("emulator_addr") {
            settings.emulator_addr = parse_addr("emulator_addr", r)?;
        }
        if let Some(r) = raw("session_lifetime_minutes") {
            let minutes = parse_number("session_lifetime_minutes", r, 5, 43_200)?;
            settings.session_lifetime = Duration::from_secs(minutes * 60);
        }
        if let Some(r) = raw("workos_timeout_seconds") {
            let seconds = parse_number("workos_timeout_seconds", r, 1, 120)?;
            settings.workos.request_timeout = Duration::from_secs(seconds);
        }
        if let Some(r) = raw("workos_connect_timeout_seconds") {
            let seconds = parse_number("workos_connect_timeout_seconds", r, 1, 60)?;
            settings.workos.connect_timeout = Duration::from_secs(seconds);
        }
        if let Some(r) = raw("workos_retry_attempts") {
            settings.workos.retry.attempts =
                parse_number("workos_retry_attempts", r, 1, 10)? as u32;
        }
        if let Some(r) = raw("workos_retry_budget_seconds") {
            let seconds = parse_number("workos_retry_budget_seconds", r, 1, 300)?;
            settings.workos.retry.budget = Duration::from_secs(seconds);
        }
        if let Some(r) = raw("workos_retry_after_cap_seconds") {
            let seconds = parse_number("workos_retry_after_cap_seconds", r, 0, 120)?;
            settings.workos.retry.retry_after_cap = Duration::from_secs(seconds);
        }
        Ok(settings)
    }
}

fn invalid(key: &'static str, raw: &Raw, problem: impl Into<String>) -> SettingsError {
    SettingsError::Invalid {
        key,
        origin: raw.origin.clone(),
        problem: problem.into(),
        hint: hint(key),
    }
}

fn parse_addr(key: &'static str, raw: Raw) -> Result<SocketAddr, SettingsError> {
    let value = raw.value.trim();
    // Accept `localhost:PORT` as people type it.
    let value = value.replacen("localhost:", "127.0.0.1:", 1);
    value
        .parse()
        .map_err(|_| invalid(key, &raw, format!("'{}' is not HOST:PORT", raw.value)))
}

fn parse_url(key: &'static str, raw: Raw) -> Result<Url, SettingsError> {
    let url = Url::parse(raw.value.trim())
        .map_err(|e| invalid(key, &raw, format!("'{}' is not a URL ({e})", raw.value)))?;
    if !matches!(url.scheme(), "http" | "https") || url.host_str().is_none() {
        return Err(invalid(
            key,
            &raw,
            format!("'{}' is not an http(s) URL", raw.value),
        ));
    }
    if url.query().is_some() || url.fragment().is_some() {
        return Err(invalid(key, &raw, "it must not have a query or fragment"));
    }
    Ok(url)
}

fn parse_path(key: &'static str, raw: Raw) -> Result<PathBuf, SettingsError> {
    if raw.value.trim().is_empty() {
        return Err(invalid(key, &raw, "it is empty"));
    }
    Ok(PathBuf::from(raw.value.trim()))
}

fn parse_number(key: &'static str, raw: Raw, min: u64, max: u64) -> Result<u64, SettingsError> {
    match raw.value.trim().parse::<u64>() {
        Ok(n) if (min..=max).contains(&n) => Ok(n),
        _ => Err(invalid(
            key,
            &raw,
            format!("'{}' is out of range", raw.value),
        )),
    }
}

/// Joins `path` (which may carry a query) onto the public base URL, keeping any base path.
pub fn public_link(base: &Url, path_and_query: &str) -> String {
    let base = base.as_str().trim_end_matches('/');
    format!("{base}{path_and_query}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn load_with(file: Option<&str>, env: &[(&str, &str)]) -> Result<Settings, SettingsError> {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("Leptos.toml");
        // Always an explicit file, so the repository's own Leptos.toml never leaks in.
        std::fs::write(&path, file.unwrap_or_default()).unwrap();
        let env: HashMap<String, String> = env
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        Settings::load(Some(path.as_path()), |k| env.get(k).cloned())
    }

    #[test]
    fn defaults_apply_without_a_file() {
        let s = load_with(None, &[]).unwrap();
        assert_eq!(s.addr.to_string(), "127.0.0.1:3000");
        assert_eq!(s.workos_api_base_url.as_str(), "https://api.workos.com/");
        assert!(s.public_url.is_none());
    }

    #[test]
    fn environment_overrides_the_file() {
        let s = load_with(
            Some("addr = \"127.0.0.1:4000\"\nsession_lifetime_minutes = 60\n"),
            &[("PORTICO_ADDR", "127.0.0.1:5000")],
        )
        .unwrap();
        assert_eq!(s.addr.port(), 5000);
        assert_eq!(s.session_lifetime, Duration::from_secs(3600));
    }

    #[test]
    fn bad_value_names_the_setting_its_origin_and_the_fix() {
        let err = load_with(None, &[("PORTICO_ADDR", "nonsense")]).unwrap_err();
        let text = err.to_string();
        assert!(
            text.contains("`addr`") && text.contains("PORTICO_ADDR"),
            "{text}"
        );
        assert!(text.contains("Fix: set it to HOST:PORT"), "{text}");
    }

    #[test]
    fn unknown_key_and_broken_toml_are_reported() {
        let err = load_with(Some("adr = \"x\"\n"), &[]).unwrap_err();
        assert!(err.to_string().contains("unknown setting `adr`"), "{err}");
        let err = load_with(Some("addr = \n"), &[]).unwrap_err();
        assert!(matches!(err, SettingsError::NotToml { .. }), "{err}");
    }

    #[test]
    fn public_url_must_be_http_without_query() {
        for bad in ["ftp://x", "https://x/?a=1", "not a url"] {
            let err = load_with(None, &[("PORTICO_PUBLIC_URL", bad)]).unwrap_err();
            assert!(err.to_string().contains("`public_url`"), "{bad}: {err}");
        }
    }

    #[test]
    fn numbers_are_range_checked() {
        let err = load_with(None, &[("PORTICO_SESSION_LIFETIME_MINUTES", "0")]).unwrap_err();
        assert!(
            err.to_string().contains("session_lifetime_minutes"),
            "{err}"
        );
    }

    #[test]
    fn explicit_missing_file_is_an_error() {
        let err = Settings::load(
            Some(std::path::Path::new("/nonexistent/Leptos.toml")),
            |_| None,
        )
        .unwrap_err();
        assert!(matches!(err, SettingsError::Unreadable { .. }));
    }

    #[test]
    fn the_shipped_settings_file_is_valid_and_matches_the_defaults() {
        let shipped = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("Leptos.toml");
        let s = Settings::load(Some(&shipped), |_| None).expect("Leptos.toml loads");
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
}
