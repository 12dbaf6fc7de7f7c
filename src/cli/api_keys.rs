//! `portico api-key`: the keys the host company's backend calls the host API with.

use clap::Subcommand;
use portico::server::{api_keys, db::Pool};

#[derive(Subcommand)]
pub enum ApiKeyCommand {
    /// Make a key; it is printed once (Portico keeps only its hash).
    Create {
        #[arg(long)]
        name: String,
        /// Comma-separated: organizations:read, organizations:write, members:write,
        /// embed:write.
        #[arg(long)]
        scopes: String,
    },
    /// List the keys: name, start of the key, scopes, made, last used, revoked.
    List,
    /// Revoke a key: calls with it are refused from now on.
    Revoke { name: String },
}

pub async fn run(db: &Pool, command: ApiKeyCommand) -> anyhow::Result<()> {
    match command {
        ApiKeyCommand::Create { name, scopes } => {
            let scopes = api_keys::parse_scopes(&scopes)?;
            let account = std::env::var("USER").unwrap_or_else(|_| "unknown".to_owned());
            let made_by = format!("command line (account {account})");
            let key = api_keys::create(db, &name, &scopes, &made_by).await?;
            println!("Made the API key {:?}.", name.trim());
            println!("  key: {key}   (shown once: keep it in your backend's secrets)");
        }
        ApiKeyCommand::List => {
            let listed = api_keys::list(db).await?;
            if listed.is_empty() {
                println!("No API keys yet. Make one: portico api-key create --name NAME --scopes organizations:read");
            }
            for key in listed {
                let state = match (&key.revoked_at, &key.last_used_at) {
                    (Some(revoked), _) => format!("revoked {revoked}"),
                    (None, Some(used)) => format!("last used {used}"),
                    (None, None) => "never used".to_owned(),
                };
                println!(
                    "{:<24} {}…  {:<60} made {}  {state}",
                    key.name, key.prefix, key.scopes, key.created_at
                );
            }
        }
        ApiKeyCommand::Revoke { name } => {
            api_keys::revoke(db, &name).await?;
            println!(
                "Revoked the API key {:?}: calls with it are refused now.",
                name.trim()
            );
        }
    }
    Ok(())
}
