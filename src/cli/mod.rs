use anyhow::{bail, Context};
use clap::{Parser, Subcommand};
use portico::server::{self, config::Config, Secrets};
use std::{path::PathBuf, process::ExitCode};

mod api_keys;
mod logs;
mod org;
mod staff;

#[derive(Parser)]
#[command(
    name = "portico",
    version,
    about = "Self-serve enterprise setup (SSO, directory sync, audit logs...) on WorkOS"
)]
struct Cli {
    /// Configuration file (default: Leptos.toml if present; also PORTICO_CONFIG).
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
    Emulator(workos_emulator::cli::Args),
    /// Create or update the database schema, then exit.
    Migrate,
    /// Add synthetic organizations, users and audit rows to the database, for benchmarks
    /// (never on a production database).
    BenchSeed {
        #[arg(long, default_value_t = 10_000)]
        organizations: usize,
        #[arg(long, default_value_t = 50_000)]
        users: usize,
        #[arg(long, default_value_t = 1_000_000)]
        audit_rows: usize,
    },
    /// Add people to an organization, change their role, or remove them. Losing the admin
    /// role also ends their unopened Admin Portal links and portal sessions at WorkOS.
    User {
        #[command(subcommand)]
        command: UserCommand,
    },
    /// Organizations: what their plan includes.
    Org {
        #[command(subcommand)]
        command: org::OrgCommand,
    },
    /// The host API's keys (`/api/v1`): create, list, revoke.
    ApiKey {
        #[command(subcommand)]
        command: api_keys::ApiKeyCommand,
    },
    /// The host company's staff accounts (the console at /staff): add, remove, list.
    Staff {
        #[command(subcommand)]
        command: staff::StaffCommand,
    },
    /// Check the set-up before going live: WORKOS_API_KEY, WorkOS reachable and accepting
    /// the key, public URL, no secret in the built site. Exits non-zero if any check fails.
    Doctor,
}

#[derive(Subcommand)]
enum UserCommand {
    /// Add EMAIL to an organization. A new account's password comes from
    /// PORTICO_USER_PASSWORD (at least 12 characters), else one is made and printed once.
    Add {
        email: String,
        /// The organization's name or WorkOS id (org_…).
        #[arg(long, value_name = "ORGANIZATION")]
        org: String,
        /// admin or member.
        #[arg(long, default_value = "member")]
        role: String,
    },
    /// Make EMAIL an admin or a member of an organization.
    SetRole {
        email: String,
        /// admin or member.
        role: String,
        /// The organization's name or WorkOS id (org_…).
        #[arg(long, value_name = "ORGANIZATION")]
        org: String,
    },
    /// Remove EMAIL from an organization (the account and its audit rows stay).
    Remove {
        email: String,
        /// The organization's name or WorkOS id (org_…).
        #[arg(long, value_name = "ORGANIZATION")]
        org: String,
    },
}

pub async fn main() -> ExitCode {
    let cli = Cli::parse();
    logs::init_logs(cli.config.as_deref());
    let result = match cli.command.unwrap_or(Command::Serve { addr: None }) {
        Command::Serve { addr } => serve(cli.config, addr).await,
        Command::Emulator(args) => workos_emulator::cli::run(&args, "PORTICO_EMULATOR_API_KEY")
            .await
            .map_err(anyhow::Error::msg),
        Command::Migrate => migrate(cli.config).await,
        Command::BenchSeed {
            organizations,
            users,
            audit_rows,
        } => bench_seed(cli.config, organizations, users, audit_rows).await,
        Command::Doctor => doctor(cli.config).await,
        Command::User { command } => user(cli.config, command).await,
        Command::Staff { command } => staff(cli.config, command).await,
        Command::ApiKey { command } => api_key(cli.config, command).await,
        Command::Org { command } => org::run(cli.config, command).await,
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            // One line: the error and its causes, each of which already says how to fix it.
            eprintln!("error: {error:#}");
            ExitCode::FAILURE
        }
    }
}

fn load_config(file: Option<PathBuf>, addr: Option<String>) -> anyhow::Result<Config> {
    let mut sources = Config::sources(file.as_deref())?;
    if let Some(addr) = addr {
        // `--addr` wins over the file and PORTICO_ADDR.
        sources = sources.with("http.addr", addr);
    }
    // A file written before the sections: it loads, and says the new names.
    for note in sources.notes() {
        eprintln!("note: {note}");
    }
    Ok(sources.extract()?)
}

async fn serve(file: Option<PathBuf>, addr: Option<String>) -> anyhow::Result<()> {
    let config = load_config(file, addr)?;
    let site = config.paths.site_dir.0.join("pkg");
    if !site.is_dir() {
        bail!(
            "the built site is missing ({} not found). Fix: run `scripts/run` (it builds it), or set PORTICO_SITE_DIR",
            site.display()
        );
    }
    let running = server::start(config, Secrets::from_env()).await?;
    println!("Portico is running: open {}settings", running.public_url);
    match &running.emulator {
        Some(emulator) => println!(
            "  WorkOS: embedded emulator at {} (no WORKOS_API_KEY set)",
            emulator.base_url
        ),
        None => println!("  WorkOS: {}", running.state.workos.base_url()),
    }
    if let Some(demo) = &running.demo {
        println!("  Demo organizations Acme and Globex:");
        for (email, organization, role) in server::seed::DEMO_MEMBERSHIPS {
            println!("    {email:<17} {} of {organization}", role.as_str());
        }
        println!(
            "  Demo staff of the console at {}staff:",
            running.public_url
        );
        for (email, role) in server::seed::DEMO_STAFF {
            println!("    {email:<17} {role} (sets up a second factor at the first sign-in)");
        }
        match (&demo.password, demo.created) {
            (Some(password), true) => println!("    password: {password}   (shown once; set PORTICO_DEMO_PASSWORD to choose it)"),
            (Some(_), false) => println!("    password: the value of PORTICO_DEMO_PASSWORD"),
            (None, _) => println!("    password: shown at first start; restart with PORTICO_DEMO_PASSWORD=... to set a new one"),
        }
    }
    running.server.await.context("the server task failed")
}

async fn doctor(file: Option<PathBuf>) -> anyhow::Result<()> {
    let config = load_config(file, None)?;
    let key = std::env::var("WORKOS_API_KEY").ok();
    let smtp_url = server::config::Secrets::from_env().smtp_url;
    let checks = server::doctor::run(&config, key.as_deref(), smtp_url.as_deref()).await;
    for check in &checks {
        println!("{check}");
    }
    let failed = checks.iter().filter(|c| !c.passed()).count();
    match failed {
        0 => Ok(()),
        n => bail!("{n} of {} checks failed", checks.len()),
    }
}

async fn bench_seed(
    file: Option<PathBuf>,
    organizations: usize,
    users: usize,
    audit_rows: usize,
) -> anyhow::Result<()> {
    let config = load_config(file, None)?;
    let db = server::db::connect(
        &config.paths.data_dir.0,
        server::Secrets::from_env().database_url.as_deref(),
    )
    .await?;
    let started = std::time::Instant::now();
    let added = server::seed::bench_data(
        &db,
        server::seed::BenchData {
            organizations,
            users,
            audit_rows,
        },
    )
    .await?;
    println!(
        "Added {} organizations, {} users and {} audit rows in {:.1} s.",
        added.organizations,
        added.users,
        added.audit_rows,
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

async fn migrate(file: Option<PathBuf>) -> anyhow::Result<()> {
    let config = load_config(file, None)?;
    let url = server::Secrets::from_env().database_url;
    let place = server::db::location(&config.paths.data_dir.0, url.as_deref());
    server::db::connect(&config.paths.data_dir.0, url.as_deref())
        .await
        .with_context(|| format!("cannot migrate {place}"))?;
    println!("The database ({place}) is up to date.");
    Ok(())
}

async fn staff(file: Option<PathBuf>, command: staff::StaffCommand) -> anyhow::Result<()> {
    let config = load_config(file, None)?;
    staff::run(&open_database(&config).await?, command).await
}

async fn api_key(file: Option<PathBuf>, command: api_keys::ApiKeyCommand) -> anyhow::Result<()> {
    let config = load_config(file, None)?;
    api_keys::run(&open_database(&config).await?, command).await
}

async fn user(file: Option<PathBuf>, command: UserCommand) -> anyhow::Result<()> {
    use server::{audit::Outsider::Operator, members};
    let config = load_config(file, None)?;
    let db = open_database(&config).await?;
    let change = match command {
        UserCommand::Add { email, org, role } => {
            let organization = members::organization(&db, &org).await?;
            let role = members::role(&role)?;
            let chosen = std::env::var("PORTICO_USER_PASSWORD")
                .ok()
                .filter(|p| !p.is_empty());
            let password = chosen
                .clone()
                .unwrap_or_else(workos_emulator::random_password);
            let added =
                members::add(&db, &email, &organization, role, Some(&password), Operator).await?;
            println!(
                "Added {} to {} as {}.",
                email.trim(),
                organization.name,
                role.as_str()
            );
            if added.created_account && chosen.is_none() {
                println!("  password: {password}   (shown once; they can sign in with it now)");
            }
            return Ok(());
        }
        UserCommand::SetRole { email, role, org } => {
            let organization = members::organization(&db, &org).await?;
            let role = members::role(&role)?;
            let change = members::set_role(&db, &email, &organization, role, Operator).await?;
            println!(
                "{} is now {} of {} (was {}).",
                change.before.email,
                match role {
                    portico::model::Role::Admin => "an admin",
                    portico::model::Role::Member => "a member",
                },
                organization.name,
                change.before.role.as_str()
            );
            (organization, change)
        }
        UserCommand::Remove { email, org } => {
            let organization = members::organization(&db, &org).await?;
            let change = members::remove(&db, &email, &organization, Operator).await?;
            println!(
                "Removed {} from {}.",
                change.before.email, organization.name
            );
            (organization, change)
        }
    };
    let (organization, change) = change;
    if !change.loses_portal_access() {
        return Ok(());
    }
    match workos_for_tools(&config)? {
        Some(workos) => {
            let member = &change.before;
            let user_id = member.user_id.to_string();
            members::revoke_portal_links(&db, &workos, &organization, &user_id, &member.email, Operator)
                .await
                .map_err(|error| {
                    anyhow::anyhow!(
                        "the change is saved, but WorkOS could not end their Admin Portal links: {error}. Fix: run the same command again"
                    )
                })?;
            println!("  Their unopened Admin Portal links and portal sessions were ended at WorkOS.");
        }
        None => println!(
            "  No WorkOS key and no running embedded emulator: the links the emulator issued ended when it stopped."
        ),
    }
    Ok(())
}

/// The WorkOS a command-line tool acts on: the real API with WORKOS_API_KEY, else the
/// emulator embedded in a `portico serve` running on the same data directory, if any.
fn workos_for_tools(config: &Config) -> anyhow::Result<Option<workos::WorkosClient>> {
    let (base, key) = match server::Secrets::from_env().workos_api_key {
        Some(key) => (config.workos.api_base_url.0.clone(), key),
        None => match server::startup::EmulatorEndpoint::read(&config.paths.data_dir.0) {
            Some(endpoint) => (
                endpoint
                    .base_url
                    .parse()
                    .context("the emulator's address is not a URL")?,
                workos::ApiKey::new(endpoint.api_key),
            ),
            None => return Ok(None),
        },
    };
    Ok(Some(workos::WorkosClient::new(
        base,
        key,
        config.workos.client_options(),
    )?))
}

/// The database (migrated) for a command: PORTICO_DATABASE_URL's, or the data directory's.
async fn open_database(config: &Config) -> anyhow::Result<server::db::Pool> {
    let url = server::Secrets::from_env().database_url;
    let place = server::db::location(&config.paths.data_dir.0, url.as_deref());
    server::db::connect(&config.paths.data_dir.0, url.as_deref())
        .await
        .with_context(|| format!("cannot open {place}"))
}
