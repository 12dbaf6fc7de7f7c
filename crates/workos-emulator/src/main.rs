//! `workos-emulator`: the WorkOS API on a local port, for development and tests.

use clap::Parser;
use std::process::ExitCode;

/// Serves the WorkOS API (and hosted Admin Portal pages) locally. It accepts exactly
/// `Authorization: Bearer $WORKOS_API_KEY`.
#[derive(Parser)]
#[command(name = "workos-emulator", version)]
struct Cli {
    #[command(flatten)]
    args: workos_emulator::cli::Args,
}

#[tokio::main]
async fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("WORKOS_EMULATOR_LOG")
                .unwrap_or_else(|_| "workos_emulator=info,warn".into()),
        )
        .with_writer(std::io::stderr)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .init();
    let cli = Cli::parse();
    match workos_emulator::cli::run(&cli.args, "WORKOS_API_KEY").await {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}
