//! Where the command line's logs go, and how they look.

use portico::server::config::{values::LogFormat, Config};

/// Logs go to standard error: lines for a person, or with `log_format = "json"` (env
/// `PORTICO_LOG_FORMAT`) one JSON object per line for a log pipeline, each with its
/// request's span (id, method, path). Logging starts before a command loads its
/// configuration, so the format is read here on its own; a configuration that does not
/// load logs as text, and the command then says what is wrong with it.
pub fn init_logs(config_file: Option<&std::path::Path>) {
    let filter = tracing_subscriber::EnvFilter::try_from_env("PORTICO_LOG")
        .unwrap_or_else(|_| "portico=info,warn".into());
    let format = Config::sources(config_file)
        .and_then(|sources| sources.extract())
        .map(|config| config.operations.log_format)
        .unwrap_or_default();
    let logs = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    match format {
        LogFormat::Json => logs
            .json()
            .with_current_span(true)
            .with_span_list(false)
            .init(),
        // Colours only for a person at a terminal, never into files and CI logs.
        LogFormat::Text => logs
            .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
            .init(),
    }
}
