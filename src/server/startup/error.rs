//! Why Portico could not start, each with its fix.

use crate::server::{config::ShortSecret, seed};
use std::{net::SocketAddr, path::Path};

#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error(
        "cannot listen on {addr}: {reason}. Fix: set PORTICO_ADDR (or --addr) to a free HOST:PORT"
    )]
    Bind { addr: SocketAddr, reason: String },
    #[error("{0}")]
    Emulator(#[from] workos_emulator::EmulatorError),
    #[error("cannot open the database in {dir}: {reason}. Fix: set PORTICO_DATA_DIR to a writable directory")]
    Database { dir: String, reason: String },
    #[error("cannot open {place}: {reason}. Fix: check PORTICO_DATABASE_URL and that the server accepts connections")]
    SharedDatabase { place: String, reason: String },
    #[error("{0}")]
    Seed(#[from] seed::SeedError),
    #[error("cannot read the built site in {dir}: {reason}. Fix: rebuild it (scripts/run does), or set PORTICO_SITE_DIR")]
    Site { dir: String, reason: String },
    #[error("the build's Leptos options are invalid: {0}")]
    Leptos(String),
    #[error("cannot set up the WorkOS client: {0}")]
    Workos(#[from] workos::WorkosError),
    #[error(transparent)]
    EmbedSecret(#[from] ShortSecret),
    #[error("cannot use PORTICO_SMTP_URL: {0}. Fix: set it to smtp://host:port (or smtps://…, ?tls=required), or unset it")]
    Mail(#[from] crate::server::mail::MailError),
    #[error("PORTICO_PUBLIC_URL is {public_url}, but WORKOS_API_KEY is not set: Portico would serve its WorkOS emulator and demo accounts to the public. Fix: set WORKOS_API_KEY, or PORTICO_DEMO=true to run the demo there on purpose")]
    PublicWithoutWorkos { public_url: String },
}

impl StartError {
    pub(super) fn database(dir: &Path, reason: impl ToString) -> StartError {
        StartError::Database {
            dir: dir.display().to_string(),
            reason: reason.to_string(),
        }
    }
}
