//! `portico staff`: the host company's staff accounts.

use clap::Subcommand;
use portico::server::{db::Pool, staff};

#[derive(Subcommand)]
pub enum StaffCommand {
    /// Add a staff account. Its password comes from PORTICO_STAFF_PASSWORD (at least 12
    /// characters), else one is made and printed once; the second factor is enrolled at
    /// the first sign-in.
    Add {
        email: String,
        /// support (looks, and acts on a customer's behalf with a reason) or owner (also
        /// manages staff, members and API keys).
        #[arg(long, default_value = "support")]
        role: String,
    },
    /// Remove a staff account (never the last owner's).
    Remove { email: String },
    /// List the staff accounts: email, role, second factor enrolled, created.
    List,
}

pub async fn run(db: &Pool, command: StaffCommand) -> anyhow::Result<()> {
    match command {
        StaffCommand::Add { email, role } => {
            let role = staff::StaffRole::parse(&role)?;
            let chosen = std::env::var("PORTICO_STAFF_PASSWORD")
                .ok()
                .filter(|p| !p.is_empty());
            let password = chosen
                .clone()
                .unwrap_or_else(workos_emulator::random_password);
            let email = staff::add(db, &email, role, &password).await?;
            println!("Added {email} to the staff as {}.", role.as_str());
            if chosen.is_none() {
                println!("  password: {password}   (shown once; the second factor is set up at the first sign-in)");
            }
        }
        StaffCommand::Remove { email } => {
            let email = staff::remove(db, &email).await?;
            println!("Removed {email} from the staff.");
        }
        StaffCommand::List => {
            let accounts = staff::list(db).await?;
            if accounts.is_empty() {
                println!("No staff accounts yet. Add one: portico staff add EMAIL --role owner");
            }
            for account in accounts {
                let second_factor = match account.totp_confirmed_at {
                    Some(_) => "second factor enrolled",
                    None => "second factor not enrolled yet",
                };
                println!(
                    "{:<40} {:<8} {second_factor:<32} added {}",
                    account.email, account.role, account.created_at
                );
            }
        }
    }
    Ok(())
}
