//! Portico's command line: serve (default), emulator, migrate.

#[cfg(feature = "ssr")]
mod cli;

#[cfg(feature = "ssr")]
#[tokio::main]
async fn main() -> std::process::ExitCode {
    cli::main().await
}

#[cfg(not(feature = "ssr"))]
fn main() {}
