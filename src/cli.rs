use clap::{Parser, Subcommand};
use portico::server::{self, emulator, settings::Settings, workos::ApiKey, Secrets};
use std::{path::PathBuf, process::ExitCode};

#[derive(Parser)]
#[command(
    name = "portico",
    version,
    about = "Self-serve enterprise setup (SSO, directory sync, audit logs...) on WorkOS"
)]
struct Cli {
    /// Settings file (default: Leptos.toml if present; also PORTICO_CONFIG).
    #[arg(long, global = true, value_name = "FILE")]
    config: Option<PathBuf>,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Run the web app (the default). Without WORKOS_API_KEY, an embedded WorkOS emulator stands in.
    Serve {
        /// Listen address, overriding the `addr` setting.
        #[arg(long, value_name = "HOST:PORT")]
        addr: Option<String>,
    },
    /// Run only the WorkOS API emulator. It accepts exactly `Authorization: Bearer $PORTICO_EMULATOR_API_KEY`.
    Emulator {
        #[arg(long, value_name = "HOST:PORT")]
        addr: String,
        /// Keep the emulator's objects in this JSON file across restarts (default: memory only).
        #[arg(long, value_name = "FILE")]
        state: Option<PathBuf>,
        /// Per-key rate limit as REQUESTS/SECONDS (WorkOS's own is 6000/60), or `off`.
        #[arg(long, value_name = "REQUESTS/SECONDS", default_value = "6000/60")]
        rate_limit: String,
    },
    /// Create or update the database schema, then exit.
    Migrate,
    /// Check the set-up before going live: WORKOS_API_KEY, WorkOS reachable and accepting
    /// the key, public URL, no secret in the built site. Exits non-zero if any check fails.
    Doctor,
}

pub async fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("PORTICO_LOG")
                .unwrap_or_else(|_| "portico=info,warn".into()),
        )
        .with_writer(std::io::stderr)
        .init();
    let cli = Cli::parse();
    let result = match cli.command.unwrap_or(Command::Serve { addr: None }) {
        Command::Serve { addr } => serve(cli.config, addr).await,
        Command::Emulator {
            addr,
            state,
            rate_limit,
        } => run_emulator(&addr, state, &rate_limit).await,
        Command::Migrate => migrate(cli.config).await,
        Command::Doctor => doctor(cli.config).await,
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

fn load_settings(config: Option<PathBuf>, addr: Option<String>) -> Result<Settings, String> {
    Settings::load(config.as_deref(), |name| {
        if name == "PORTICO_ADDR" {
            if let Some(addr) = &addr {
                return Some(addr.clone());
            }
        }
        std::env::var(name).ok()
    })
    .map_err(|e| e.to_string())
}

async fn serve(config: Option<PathBuf>, addr: Option<String>) -> Result<(), String> {
    let settings = load_settings(config, addr)?;
    let site = settings.site_dir.join("pkg");
    if !site.is_dir() {
        return Err(format!(
            "the built site is missing ({} not found). Fix: run `scripts/run` (it builds it), or set PORTICO_SITE_DIR",
            site.display()
        ));
    }
    let running = server::start(settings, Secrets::from_env())
        .await
        .map_err(|e| e.to_string())?;
    println!("Portico is running: open {}settings", running.public_url);
    match &running.emulator {
        Some(emulator) => println!(
            "  WorkOS: embedded emulator at {} (no WORKOS_API_KEY set)",
            emulator.base_url
        ),
        None => println!("  WorkOS: {}", running.state.workos.base_url()),
    }
    if let Some(demo) = &running.demo {
        println!(
            "  Demo organization \"{}\":",
            server::seed::DEMO_ORGANIZATION
        );
        for (email, role) in server::seed::DEMO_USERS {
            println!("    {:<7} {email}", role.as_str());
        }
        match (&demo.password, demo.created) {
            (Some(password), true) => println!("    password: {password}   (shown once; set PORTICO_DEMO_PASSWORD to choose it)"),
            (Some(_), false) => println!("    password: the value of PORTICO_DEMO_PASSWORD"),
            (None, _) => println!("    password: shown at first start; restart with PORTICO_DEMO_PASSWORD=... to set a new one"),
        }
    }
    running
        .server
        .await
        .map_err(|e| e.to_string())?
        .map_err(|e| format!("server stopped: {e}"))
}

fn parse_rate_limit(value: &str) -> Result<Option<emulator::RateLimit>, String> {
    if value == "off" {
        return Ok(None);
    }
    let parsed = value
        .split_once('/')
        .and_then(|(r, s)| Some((r.trim().parse().ok()?, s.trim().parse().ok()?)));
    match parsed {
        Some((requests, window_seconds)) if requests > 0 && window_seconds > 0 => Ok(Some(emulator::RateLimit {
            requests,
            window_seconds,
        })),
        _ => Err(format!(
            "--rate-limit '{value}' is not REQUESTS/SECONDS. Fix: use e.g. --rate-limit 6000/60, or --rate-limit off"
        )),
    }
}

async fn run_emulator(addr: &str, state: Option<PathBuf>, rate_limit: &str) -> Result<(), String> {
    let rate_limit = parse_rate_limit(rate_limit)?;
    let key = std::env::var("PORTICO_EMULATOR_API_KEY")
        .ok()
        .filter(|k| !k.trim().is_empty())
        .ok_or("PORTICO_EMULATOR_API_KEY is not set. Fix: export PORTICO_EMULATOR_API_KEY=sk_test_<anything>; clients send it as `Authorization: Bearer ...`")?;
    let addr = addr
        .replacen("localhost:", "127.0.0.1:", 1)
        .parse()
        .map_err(|_| {
            format!("--addr '{addr}' is not HOST:PORT. Fix: use e.g. --addr 127.0.0.1:8787")
        })?;
    let running = emulator::spawn(addr, ApiKey::new(key), state, rate_limit)
        .await
        .map_err(|e| e.to_string())?;
    println!("WorkOS emulator listening on {}", running.base_url);
    tokio::select! {
        result = running.task => result.map_err(|e| e.to_string()),
        _ = tokio::signal::ctrl_c() => Ok(()),
    }
}

async fn doctor(config: Option<PathBuf>) -> Result<(), String> {
    let settings = load_settings(config, None)?;
    let key = std::env::var("WORKOS_API_KEY").ok();
    let checks = server::doctor::run(&settings, key.as_deref()).await;
    for check in &checks {
        println!("{check}");
    }
    let failed = checks.iter().filter(|c| !c.passed()).count();
    match failed {
        0 => Ok(()),
        n => Err(format!("{n} of {} checks failed", checks.len())),
    }
}

async fn migrate(config: Option<PathBuf>) -> Result<(), String> {
    let settings = load_settings(config, None)?;
    server::db::connect(&settings.data_dir).await.map_err(|e| {
        format!(
            "cannot migrate the database in {}: {e}",
            settings.data_dir.display()
        )
    })?;
    println!("Database in {} is up to date.", settings.data_dir.display());
    Ok(())
}
