//! `portico doctor`: the pre-flight checks to run before going live. Each check says
//! what it found and, when it fails, how to fix it. It never prints the API key.

use super::{config::Config, mail::Mailer};
use std::{fmt, path::Path, time::Duration};
use workos::{types::GenerateLink, ApiKey, ClientOptions, RetryPolicy, WorkosClient, WorkosError};

/// An organization id that cannot exist: asking for a portal link for it proves the key
/// and the connection without creating anything.
const ABSENT_ORGANIZATION: &str = "org_00000000000000000000000000";

#[derive(Clone, Debug, PartialEq)]
pub enum Outcome {
    Pass(String),
    Fail { problem: String, fix: String },
}

#[derive(Clone, Debug, PartialEq)]
pub struct Check {
    pub name: &'static str,
    pub outcome: Outcome,
}

impl Check {
    fn pass(name: &'static str, detail: impl Into<String>) -> Check {
        Check {
            name,
            outcome: Outcome::Pass(detail.into()),
        }
    }

    fn fail(name: &'static str, problem: impl Into<String>, fix: impl Into<String>) -> Check {
        Check {
            name,
            outcome: Outcome::Fail {
                problem: problem.into(),
                fix: fix.into(),
            },
        }
    }

    pub fn passed(&self) -> bool {
        matches!(self.outcome, Outcome::Pass(_))
    }
}

impl fmt::Display for Check {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.outcome {
            Outcome::Pass(detail) => write!(f, "✓ {}: {detail}", self.name),
            Outcome::Fail { problem, fix } => write!(f, "✗ {}: {problem}. Fix: {fix}", self.name),
        }
    }
}

/// Runs every check; `api_key` is `WORKOS_API_KEY`.
pub async fn run(config: &Config, api_key: Option<&str>, smtp_url: Option<&str>) -> Vec<Check> {
    let mut checks = vec![key_shape(api_key)];
    checks.extend(api_checks(config, api_key).await);
    checks.push(public_url(config));
    checks.push(mail_server(config, smtp_url).await);
    checks.push(site_has_no_secret(&config.paths.site_dir.0, api_key));
    checks
}

/// `PORTICO_SMTP_URL` (never printed: it may hold a password): the server answers.
async fn mail_server(config: &Config, smtp_url: Option<&str>) -> Check {
    const NAME: &str = "Notification emails";
    let Some(url) = smtp_url else {
        return Check::pass(NAME, "off: PORTICO_SMTP_URL is not set (with the embedded emulator they go to its mail sink)");
    };
    let host = url::Url::parse(url)
        .ok()
        .and_then(|u| Some(format!("{}:{}", u.host_str()?, u.port().unwrap_or(25))))
        .unwrap_or_else(|| "the mail server".to_owned());
    let fix = "check PORTICO_SMTP_URL (smtp://host:port, smtps://host, ?tls=required) and that the server accepts connections";
    let mailer = match Mailer::new(Some(url), config.notifications.mail_from.0.clone()) {
        Ok(mailer) => mailer,
        Err(_) => return Check::fail(NAME, "PORTICO_SMTP_URL is not a mail server URL", fix),
    };
    match mailer.check().await {
        Ok(()) => Check::pass(NAME, format!("{host} answers")),
        Err(_) => Check::fail(NAME, format!("{host} does not answer"), fix),
    }
}

fn key_shape(api_key: Option<&str>) -> Check {
    const NAME: &str = "WORKOS_API_KEY";
    let Some(key) = api_key.filter(|k| !k.trim().is_empty()) else {
        return Check::fail(
            NAME,
            "not set",
            "export WORKOS_API_KEY with the secret key from the WorkOS dashboard (API Keys)",
        );
    };
    let kind = if key.starts_with("sk_live_") {
        "a live key"
    } else if key.starts_with("sk_test_") {
        "a test key"
    } else {
        return Check::fail(
            NAME,
            "set, but not a WorkOS secret key (those start with sk_live_ or sk_test_)",
            "copy the secret key, not the client id, from the WorkOS dashboard",
        );
    };
    let tail = &key[8..];
    if tail.len() < 16
        || !tail
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "_-=".contains(c))
    {
        return Check::fail(
            NAME,
            format!("set, but too short or with unexpected characters for {kind}"),
            "copy the whole key again, without spaces or quotes",
        );
    }
    Check::pass(NAME, format!("set, {kind}"))
}

const REACH: &str = "WorkOS API reachable";
const ACCEPTED: &str = "API key accepted";
const PORTAL: &str = "Admin Portal links";

async fn api_checks(config: &Config, api_key: Option<&str>) -> Vec<Check> {
    let base = config.workos.api_base_url.0.clone();
    let Some(key) = api_key.filter(|k| !k.trim().is_empty()) else {
        let skipped = |name| {
            Check::fail(
                name,
                "not checked without WORKOS_API_KEY",
                "set WORKOS_API_KEY, then run doctor again",
            )
        };
        return vec![skipped(REACH), skipped(ACCEPTED), skipped(PORTAL)];
    };
    // One attempt each, short timeouts: doctor reports, it does not wait things out.
    let options = ClientOptions {
        connect_timeout: Duration::from_secs(5),
        request_timeout: Duration::from_secs(10),
        retry: RetryPolicy {
            attempts: 1,
            ..Default::default()
        },
    };
    let client = match WorkosClient::new(base.clone(), ApiKey::new(key), options) {
        Ok(client) => client,
        Err(e) => {
            return vec![Check::fail(
                REACH,
                e.to_string(),
                "check the TLS setup of this machine",
            )]
        }
    };
    let request = GenerateLink::new(ABSENT_ORGANIZATION, workos::PortalIntent::Sso);
    read_answer(&base, client.generate_portal_link(&request).await)
}

/// What WorkOS's answer to a link for an organization that cannot exist says about the
/// connection, the key and the portal.
fn read_answer(base: &url::Url, answer: Result<String, WorkosError>) -> Vec<Check> {
    let unreachable = |problem: String| {
        vec![
            Check::fail(
                REACH,
                problem,
                format!(
                    "check this machine's network and proxy, and workos_api_base_url (now {base})"
                ),
            ),
            Check::fail(
                ACCEPTED,
                "not checked: WorkOS was not reached",
                "fix the check above first",
            ),
            Check::fail(
                PORTAL,
                "not checked: WorkOS was not reached",
                "fix the check above first",
            ),
        ]
    };
    match answer {
        Err(WorkosError::Timeout) => unreachable(format!("no answer from {base} in time")),
        Err(WorkosError::Unreachable(reason)) => unreachable(format!("cannot connect to {base} ({reason})")),
        Err(WorkosError::Unauthorized { request_id }) => vec![
            Check::pass(REACH, format!("{base} answered")),
            Check::fail(
                ACCEPTED,
                format!("WorkOS rejected the key (401, request {})", request_id.unwrap_or_default()),
                "copy the secret key again from the WorkOS dashboard, for the environment (test or live) you mean",
            ),
            Check::fail(PORTAL, "not checked: the key was rejected", "fix the check above first"),
        ],
        Err(WorkosError::OrganizationNotFound { .. }) => vec![
            Check::pass(REACH, format!("{base} answered")),
            Check::pass(ACCEPTED, "WorkOS accepted the key"),
            Check::pass(PORTAL, "generate_link answers an unknown organization as documented; nothing was created"),
        ],
        Ok(_) => vec![
            Check::pass(REACH, format!("{base} answered")),
            Check::pass(ACCEPTED, "WorkOS accepted the key"),
            Check::fail(PORTAL, "WorkOS issued a link for an organization that cannot exist", "check that workos_api_base_url points at the WorkOS API"),
        ],
        Err(other) => vec![
            Check::pass(REACH, format!("{base} answered")),
            Check::fail(ACCEPTED, format!("unexpected answer: {other}"), "retry later; if it persists, contact WorkOS support with the request id"),
            Check::fail(PORTAL, "not checked", "fix the check above first"),
        ],
    }
}

fn public_url(config: &Config) -> Check {
    const NAME: &str = "Public URL";
    let (url, origin) = match &config.http.public_url.0 {
        Some(url) => (url.to_string(), "public_url"),
        None => (
            format!("http://{}/", config.http.addr.0),
            "derived from addr",
        ),
    };
    let parsed = url::Url::parse(&url).ok();
    let https = parsed.as_ref().is_some_and(|u| u.scheme() == "https");
    let loopback = parsed
        .as_ref()
        .and_then(|u| u.host())
        .is_some_and(|host| match host {
            url::Host::Domain(d) => d == "localhost",
            url::Host::Ipv4(ip) => ip.is_loopback(),
            url::Host::Ipv6(ip) => ip.is_loopback(),
        });
    if https {
        Check::pass(NAME, format!("{url} uses https"))
    } else if loopback {
        Check::pass(
            NAME,
            format!("{url} ({origin}) is loopback: fine on this machine; use https for others"),
        )
    } else {
        Check::fail(
            NAME,
            format!("{url} ({origin}) is plain http on a network address"),
            "set PORTICO_PUBLIC_URL to the https:// address people open",
        )
    }
}

/// What a scan of a directory for secret key strings found.
#[derive(Debug, PartialEq)]
pub struct SecretScan {
    pub files: usize,
    /// Files holding `sk_test_`, `sk_live_` or the given key.
    pub leaking: Vec<std::path::PathBuf>,
}

/// Reads every file under `dir` for WorkOS secret key strings (and `api_key` itself).
pub fn scan_for_secrets(dir: &Path, api_key: Option<&str>) -> SecretScan {
    let mut needles = vec!["sk_test_".to_owned(), "sk_live_".to_owned()];
    needles.extend(api_key.filter(|k| k.len() >= 8).map(str::to_owned));
    let mut scan = SecretScan {
        files: 0,
        leaking: Vec::new(),
    };
    let mut pending = vec![dir.to_path_buf()];
    while let Some(dir) = pending.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                pending.push(path);
                continue;
            }
            scan.files += 1;
            let bytes = std::fs::read(&path).unwrap_or_default();
            if needles
                .iter()
                .any(|n| bytes.windows(n.len()).any(|w| w == n.as_bytes()))
            {
                scan.leaking.push(path);
            }
        }
    }
    scan.leaking.sort();
    scan
}

fn site_has_no_secret(site_dir: &Path, api_key: Option<&str>) -> Check {
    const NAME: &str = "Built site has no secret";
    if !site_dir.join("pkg").is_dir() {
        return Check::fail(
            NAME,
            format!("no built site in {}", site_dir.display()),
            "build it (scripts/run does), or set PORTICO_SITE_DIR",
        );
    }
    let scan = scan_for_secrets(site_dir, api_key);
    match scan.leaking.first() {
        Some(path) => Check::fail(
            NAME,
            format!("{} contains a WorkOS secret key string", path.display()),
            "remove the key from client code and rebuild; rotate the key in the WorkOS dashboard",
        ),
        None => Check::pass(
            NAME,
            format!("{} files in {} checked", scan.files, site_dir.display()),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::server::config::values::{ListenAddr, OptionalUrl};

    #[test]
    fn the_secret_scan_finds_key_strings_in_any_file_of_a_site() {
        let site = tempfile::tempdir().unwrap();
        let pkg = site.path().join("pkg");
        std::fs::create_dir_all(pkg.join("deep")).unwrap();
        std::fs::write(pkg.join("app.js"), "const base = '/api';").unwrap();
        std::fs::write(pkg.join("app.wasm"), b"\0asm\x01sk_live_0123456789abcdef\0").unwrap();
        std::fs::write(pkg.join("deep/chunk.js"), "let k = 'sk_test_x'").unwrap();
        std::fs::write(site.path().join("index.html"), "custom_key_1234 inside").unwrap();

        let scan = scan_for_secrets(site.path(), Some("custom_key_1234"));
        assert_eq!(scan.files, 4);
        assert_eq!(
            scan.leaking,
            [
                site.path().join("index.html"),
                pkg.join("app.wasm"),
                pkg.join("deep/chunk.js"),
            ]
        );
        std::fs::remove_file(pkg.join("app.wasm")).unwrap();
        std::fs::remove_file(pkg.join("deep/chunk.js")).unwrap();
        std::fs::remove_file(site.path().join("index.html")).unwrap();
        let clean = scan_for_secrets(site.path(), Some("custom_key_1234"));
        assert_eq!((clean.files, clean.leaking.len()), (1, 0));
        assert!(site_has_no_secret(site.path(), None).passed());
    }

    #[test]
    fn key_shapes() {
        assert!(key_shape(Some("sk_test_abcdefghijklmnop1234")).passed());
        assert!(key_shape(Some("sk_live_abcdefghijklmnop1234")).passed());
        for bad in [
            None,
            Some(""),
            Some("client_01ABC"),
            Some("sk_test_short"),
            Some("sk_test_has spaces in it here"),
        ] {
            assert!(!key_shape(bad).passed(), "{bad:?}");
        }
    }

    #[tokio::test]
    async fn an_unreachable_mail_server_fails_without_printing_its_password() {
        let config = Config::default();
        let closed = "smtp://portico:SECRETPASS@127.0.0.1:9";
        let text = mail_server(&config, Some(closed)).await.to_string();
        assert!(
            text.starts_with('✗') && text.contains("127.0.0.1:9"),
            "{text}"
        );
        assert!(!text.contains("SECRETPASS"), "{text}");
        assert!(mail_server(&config, None).await.passed());
    }

    #[test]
    fn a_failing_check_never_prints_the_key() {
        for key in [
            "sk_test_SECRETVALUE with a space",
            "sk_test_SECRET",
            "SECRETVALUE",
        ] {
            let text = key_shape(Some(key)).to_string();
            assert!(text.starts_with('✗') && !text.contains("SECRET"), "{text}");
        }
    }

    #[test]
    fn public_url_must_be_https_unless_loopback() {
        let with = |url: &str| {
            let mut config = Config::default();
            config.http.public_url = OptionalUrl(Some(url.parse().unwrap()));
            config
        };
        assert!(public_url(&with("https://portico.example")).passed());
        assert!(public_url(&with("http://localhost:3000")).passed());
        assert!(public_url(&with("http://[::1]:3000")).passed());
        assert!(!public_url(&with("http://portico.example")).passed());
        let mut open = Config::default();
        open.http.addr = ListenAddr("0.0.0.0:3000".parse().unwrap());
        assert!(!public_url(&open).passed());
    }
}
