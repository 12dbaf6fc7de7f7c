//! The command line of the standalone emulator, shared by every binary that embeds it.

use crate::{control::RateLimit, options::Options, serve::spawn};
use std::path::PathBuf;

/// `workos-emulator` (and `portico emulator`) arguments.
#[derive(Clone, Debug, clap::Args)]
pub struct Args {
    /// Listen address. Loopback by default; another host must be asked for explicitly.
    #[arg(long, value_name = "HOST:PORT", default_value = "127.0.0.1:8787")]
    pub addr: String,
    /// Keep the emulator's objects in this JSON file across restarts (default: memory only).
    #[arg(long, value_name = "FILE")]
    pub state: Option<PathBuf>,
    /// Per-key rate limit as REQUESTS/SECONDS (WorkOS's own is 6000/60), or `off`.
    #[arg(long, value_name = "REQUESTS/SECONDS", default_value = "6000/60")]
    pub rate_limit: String,
    /// Do not serve the /__emulator/ control routes (faults, clock, reset, outbox, stats).
    #[arg(long)]
    pub no_control_routes: bool,
    /// Milliseconds a refused webhook delivery waits before its first retry; each next
    /// wait doubles, six attempts in all.
    #[arg(long, value_name = "MS", default_value_t = 1000)]
    pub webhook_retry_ms: u64,
    /// Also run a mail sink: an SMTP server on HOST:PORT whose messages
    /// `GET /__emulator/mailbox` lists.
    #[arg(long, value_name = "HOST:PORT")]
    pub smtp_addr: Option<std::net::SocketAddr>,
    /// A redirect URI SSO sign-in may send people back to (repeat for several). Without
    /// one, http(s) URLs on loopback hosts are allowed. The client id is WORKOS_CLIENT_ID,
    /// or one derived from the API key, printed at start.
    #[arg(long = "redirect-uri", value_name = "URL")]
    pub redirect_uris: Vec<String>,
}

impl std::str::FromStr for RateLimit {
    type Err = String;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = value
            .split_once('/')
            .and_then(|(r, s)| Some((r.trim().parse().ok()?, s.trim().parse().ok()?)));
        match parsed {
            Some((requests, window_seconds)) if requests > 0 && window_seconds > 0 => {
                Ok(RateLimit {
                    requests,
                    window_seconds,
                })
            }
            _ => Err(format!(
                "--rate-limit '{value}' is not REQUESTS/SECONDS. Fix: use e.g. --rate-limit 6000/60, or --rate-limit off"
            )),
        }
    }
}

/// Validates `args` into options; the API key comes from the environment variable
/// `key_variable` (never from the command line, where other users could read it).
pub fn options(args: &Args, key_variable: &str) -> Result<Options, String> {
    let rate_limit = match args.rate_limit.as_str() {
        "off" => None,
        other => Some(other.parse::<RateLimit>()?),
    };
    let api_key = std::env::var(key_variable)
        .ok()
        .filter(|k| !k.trim().is_empty())
        .ok_or_else(|| format!("{key_variable} is not set. Fix: export {key_variable}=sk_test_<anything>; clients send it as `Authorization: Bearer ...`"))?;
    let addr = args
        .addr
        .replacen("localhost:", "127.0.0.1:", 1)
        .parse()
        .map_err(|_| {
            format!(
                "--addr '{}' is not HOST:PORT. Fix: use e.g. --addr 127.0.0.1:8787",
                args.addr
            )
        })?;
    if let Some(bad) = args
        .redirect_uris
        .iter()
        .find(|uri| !url::Url::parse(uri).is_ok_and(|u| matches!(u.scheme(), "http" | "https")))
    {
        return Err(format!(
            "--redirect-uri '{bad}' is not an http(s) URL. Fix: give the full address WorkOS sends people back to, e.g. --redirect-uri http://127.0.0.1:3000/sso/callback"
        ));
    }
    Ok(Options {
        addr,
        state_file: args.state.clone(),
        rate_limit,
        control_routes: !args.no_control_routes,
        webhook_first_retry: std::time::Duration::from_millis(args.webhook_retry_ms),
        smtp_addr: args.smtp_addr,
        client_id: std::env::var("WORKOS_CLIENT_ID")
            .ok()
            .filter(|id| !id.trim().is_empty())
            .unwrap_or_else(|| crate::options::client_id_for(&api_key)),
        redirect_uris: args.redirect_uris.clone(),
        api_key,
    })
}

/// Starts the emulator and serves until Ctrl-C or SIGTERM.
pub async fn run(args: &Args, key_variable: &str) -> Result<(), String> {
    let running = spawn(options(args, key_variable)?)
        .await
        .map_err(|e| e.to_string())?;
    println!("WorkOS emulator listening on {}", running.base_url);
    println!("client id (for SSO sign-in): {}", running.client_id);
    if let Some(smtp) = running.smtp_addr {
        println!(
            "mail sink (SMTP) listening on {smtp}: GET /__emulator/mailbox lists what it kept"
        );
    }
    let terminate = async {
        #[cfg(unix)]
        if let Ok(mut signal) =
            tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        {
            signal.recv().await;
            return;
        }
        std::future::pending::<()>().await
    };
    tokio::select! {
        result = running.task => result.map_err(|e| e.to_string()),
        _ = tokio::signal::ctrl_c() => Ok(()),
        () = terminate => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rate_limits_parse_or_say_how_to_fix_them() {
        assert_eq!(
            "100/10".parse::<RateLimit>(),
            Ok(RateLimit {
                requests: 100,
                window_seconds: 10
            })
        );
        for bad in ["", "100", "0/10", "10/0", "a/b", "-1/5"] {
            let error = bad.parse::<RateLimit>().unwrap_err();
            assert!(error.contains("Fix:"), "{bad}: {error}");
        }
    }
}
