//! The configuration as an operator meets it: the file, the environment, the messages.

use super::*;
use figment::Jail;
use std::{path::Path, time::Duration};

/// Loads `file` (as Leptos.toml in a fresh directory) with `env` set, and nothing else.
#[allow(clippy::result_large_err)] // figment's Jail closure returns figment's error
fn load_with(file: &str, env: &[(&str, &str)]) -> Result<(Config, Vec<String>), ConfigError> {
    let mut result = None;
    Jail::expect_with(|jail| {
        jail.clear_env();
        jail.create_file("Leptos.toml", file)?;
        for (name, value) in env {
            jail.set_env(name, value);
        }
        result = Some(Config::sources(None).and_then(|sources| {
            let config = sources.extract()?;
            Ok((config, sources.notes().to_vec()))
        }));
        Ok(())
    });
    result.expect("the jail ran")
}

fn load(file: &str, env: &[(&str, &str)]) -> Result<Config, ConfigError> {
    load_with(file, env).map(|(config, _)| config)
}

#[test]
fn defaults_apply_without_a_file() {
    let c = load("", &[]).unwrap();
    assert_eq!(c.http.addr.to_string(), "127.0.0.1:3000");
    assert_eq!(c.workos.api_base_url.0.as_str(), "https://api.workos.com/");
    assert_eq!(c.http.public_url.0, None);
    assert_eq!(c, Config::default());
}

#[test]
fn sections_in_the_file_and_each_settings_variable_over_it() {
    let c = load(
        "[http]\naddr = \"127.0.0.1:4000\"\n[session]\nlifetime_minutes = 60\n",
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
    assert_eq!(c.http.addr.0.port(), 5000);
    assert_eq!(c.session.lifetime_minutes.get(), Duration::from_secs(3600));
    assert_eq!(c.workos.client_options().retry.attempts, 5);
    assert_eq!(c.workos.api_base_url.0.as_str(), "http://127.0.0.1:9/");
}

#[test]
fn every_setting_has_its_own_variable_and_the_documented_names_still_work() {
    let fields = Config::fields();
    let mut names: Vec<&str> = fields.iter().map(|f| f.env).collect();
    names.sort();
    names.dedup();
    assert_eq!(names.len(), fields.len(), "one variable per setting");
    // The names operators already use, one per section.
    for (variable, value) in [
        ("PORTICO_DATA_DIR", "/srv/portico"),
        ("PORTICO_SESSION_ABSOLUTE_HOURS", "2"),
        ("PORTICO_PASSWORD_CHECKS_AT_ONCE", "2"),
        (
            "PORTICO_PORTAL_HOSTS",
            "setup.workos.com, Portal.Example.com",
        ),
        ("PORTICO_STATUS_CACHE_ENTRIES", "50"),
        (
            "PORTICO_EMBED_ORIGINS",
            "https://a.example,http://localhost:5173/",
        ),
        ("PORTICO_AUDIT_RETENTION_DAYS", "30"),
        ("PORTICO_UPGRADE_URL", "https://billing.example/upgrade"),
        ("PORTICO_TRUSTED_PROXIES", "10.0.0.2, ::1"),
    ] {
        assert!(load("", &[(variable, value)]).is_ok(), "{variable}");
    }
    let c = load(
        "",
        &[
            (
                "PORTICO_PORTAL_HOSTS",
                "setup.workos.com, Portal.Example.com",
            ),
            (
                "PORTICO_EMBED_ORIGINS",
                "https://a.example,http://localhost:5173/",
            ),
            ("PORTICO_TRUSTED_PROXIES", "10.0.0.2, ::1"),
        ],
    )
    .unwrap();
    assert_eq!(
        *c.workos.portal_hosts,
        ["setup.workos.com", "portal.example.com"]
    );
    assert_eq!(
        *c.embed.origins,
        ["https://a.example", "http://localhost:5173"]
    );
    assert_eq!(c.http.trusted_proxies.len(), 2);
}

#[test]
fn a_file_from_before_the_sections_still_loads_and_says_the_new_names() {
    let (c, notes) = load_with(
        "addr = \"127.0.0.1:4000\"\nsession_lifetime_minutes = 60\n[audit]\nretention_days = 30\n",
        &[],
    )
    .unwrap();
    assert_eq!(c.http.addr.0.port(), 4000);
    assert_eq!(c.session.lifetime_minutes.get(), Duration::from_secs(3600));
    assert_eq!(c.audit.retention_days.get(), 30);
    assert_eq!(notes.len(), 2, "{notes:?}");
    assert!(
        notes[0].contains("`addr` is read as `http.addr`; write it as `addr = …` under [http]"),
        "{notes:?}"
    );
}

#[test]
fn a_bad_value_names_the_setting_its_origin_and_the_fix() {
    let text = load("", &[("PORTICO_ADDR", "nonsense")])
        .unwrap_err()
        .to_string();
    assert_eq!(
        text,
        "setting `http.addr` (from PORTICO_ADDR) is invalid: 'nonsense' is not HOST:PORT. \
         Fix: set it to HOST:PORT, e.g. 127.0.0.1:3000 (port 0 picks a free port)"
    );
    let text = load("[workos]\ntimeout_seconds = \"soon\"\n", &[])
        .unwrap_err()
        .to_string();
    assert!(
        text.contains("`workos.timeout_seconds`") && text.contains("Leptos.toml"),
        "{text}"
    );
    assert!(
        text.contains("Fix: set it to a whole number of seconds between 1 and 120"),
        "{text}"
    );
    let text = load("", &[("PORTICO_SESSION_LIFETIME_MINUTES", "0")])
        .unwrap_err()
        .to_string();
    assert!(
        text.contains("`session.lifetime_minutes` (from PORTICO_SESSION_LIFETIME_MINUTES)")
            && text.contains("0 is out of range"),
        "{text}"
    );
}

#[test]
fn unknown_keys_and_broken_toml_are_reported() {
    let err = load("adr = \"x\"\n", &[]).unwrap_err();
    assert!(err.to_string().contains("unknown setting `adr`"), "{err}");
    let err = load("[http]\nadr = \"x\"\n", &[]).unwrap_err();
    assert!(
        err.to_string().contains("unknown setting `http.adr`"),
        "{err}"
    );
    let err = load("addr = \n", &[]).unwrap_err();
    assert!(matches!(err, ConfigError::NotToml { .. }), "{err}");
}

#[test]
fn urls_hosts_and_origins_are_checked() {
    for (variable, bad) in [
        ("PORTICO_PUBLIC_URL", "ftp://x"),
        ("PORTICO_PUBLIC_URL", "https://x/?a=1"),
        ("PORTICO_PUBLIC_URL", "not a url"),
        ("PORTICO_UPGRADE_URL", "javascript:alert(1)"),
        ("PORTICO_PORTAL_HOSTS", ""),
        ("PORTICO_PORTAL_HOSTS", "10.0.0.1"),
        ("PORTICO_EMBED_ORIGINS", "https://a.example/path"),
        ("PORTICO_EMBED_ORIGINS", "a.example"),
        ("PORTICO_EMBED_ORIGINS", "*"),
        ("PORTICO_TRUSTED_PROXIES", "proxy.internal"),
        ("PORTICO_DATA_DIR", ""),
    ] {
        let err = load("", &[(variable, bad)]).unwrap_err();
        assert!(
            err.to_string().contains(variable),
            "{variable}={bad}: {err}"
        );
    }
    let c = load("", &[("PORTICO_UPGRADE_URL", "")]).unwrap();
    assert_eq!(c.plans.upgrade_url.0, None, "empty is none");
}

#[test]
fn a_named_file_that_is_missing_is_an_error() {
    let err = Config::load(Some(Path::new("/nonexistent/Leptos.toml"))).unwrap_err();
    assert!(matches!(err, ConfigError::Unreadable { .. }));
}

#[test]
#[allow(clippy::result_large_err)] // figment's Jail closure returns figment's error
fn the_command_line_wins_and_is_named_when_wrong() {
    let mut result = None;
    Jail::expect_with(|jail| {
        jail.clear_env();
        jail.set_env("PORTICO_ADDR", "127.0.0.1:5000");
        let flagged = Config::sources(None)
            .unwrap()
            .with("http.addr", "127.0.0.1:6000");
        let wrong = Config::sources(None).unwrap().with("http.addr", "x");
        result = Some((flagged.extract(), wrong.extract()));
        Ok(())
    });
    let (flagged, wrong) = result.unwrap();
    assert_eq!(flagged.unwrap().http.addr.0.port(), 6000);
    assert!(wrong
        .unwrap_err()
        .to_string()
        .contains("(from the command line)"));
}

/// `Leptos.toml` as the declarations say it: every section and setting, each with its
/// doc comment and default.
fn documented_file() -> String {
    let defaults = toml::Table::try_from(Config::default()).expect("defaults serialize");
    let mut text = String::from(
        "# Portico's runtime configuration, one section per concern. No secrets here:\n\
         # WORKOS_API_KEY, PORTICO_DEMO_PASSWORD and PORTICO_EMBED_SECRET come only from the\n\
         # environment. Each setting can be overridden by the variable named beside it.\n\
         # (Build settings for cargo-leptos live in Cargo.toml under [package.metadata.leptos].)\n\
         # This file is checked against the code: `cargo test` says what to change.\n",
    );
    let mut section = "";
    for field in Config::fields() {
        let (name_of_section, name) = field.key.split_once('.').expect("section.name");
        if name_of_section != section {
            section = Config::SECTIONS
                .into_iter()
                .find(|s| *s == name_of_section)
                .expect("a section");
            text.push_str(&format!("\n[{section}]\n"));
        }
        for line in field.doc.lines() {
            text.push_str(&format!("# {}\n", line.trim()).replace("# \n", "#\n"));
        }
        let value = &defaults[section][name];
        text.push_str(&format!("{name} = {value}  # {}\n", field.env));
    }
    text
}

#[test]
fn leptos_toml_documents_every_setting_as_the_code_declares_it() {
    let shipped = Path::new(env!("CARGO_MANIFEST_DIR")).join("Leptos.toml");
    let expected = documented_file();
    if std::env::var_os("PORTICO_WRITE_LEPTOS_TOML").is_some() {
        std::fs::write(&shipped, &expected).unwrap();
    }
    let text = std::fs::read_to_string(&shipped).unwrap();
    assert!(
        text == expected,
        "Leptos.toml is not what the declarations in src/server/config/sections.rs say. \
         Fix: PORTICO_WRITE_LEPTOS_TOML=1 cargo test -p portico --lib leptos_toml"
    );
    let (loaded, notes) = load_with(&text, &[]).expect("Leptos.toml loads");
    assert_eq!(loaded, Config::default());
    assert!(notes.is_empty());
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

    /// Any configuration file either loads or names the key and how to fix it; nothing
    /// panics, whatever the values (or the bytes) are.
    #[test]
    fn any_configuration_file_loads_or_says_what_to_fix(
        key in proptest::sample::select(Config::fields().into_iter().map(|f| f.key).collect::<Vec<_>>()),
        value in prop_oneof![
            any::<i64>().prop_map(|n| n.to_string()),
            "[ -~]{0,30}".prop_map(|s| format!("{s:?}")),
            any::<bool>().prop_map(|b| b.to_string()),
            Just("[1, 2]".to_owned()),
        ],
        junk in "[ -~\\n]{0,40}",
    ) {
        let (section, name) = key.split_once('.').unwrap();
        let text = format!("[{section}]\n{name} = {value}\n");
        if let Err(error) = Sources::from_text(&text).extract() {
            let message = error.to_string();
            prop_assert!(message.contains(&format!("`{key}`")), "{message}");
        }
        if let Err(error) = Sources::from_text(&format!("{text}{junk}")).extract() {
            prop_assert!(!error.to_string().is_empty());
        }
    }
}
