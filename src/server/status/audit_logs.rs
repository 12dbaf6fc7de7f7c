//! Audit logs and log streams: the organization's audit log configuration.

use super::reading::{reading, Reading};
use crate::model::Setup;
use workos::types::AuditLogConfiguration;

/// Log stream destinations as people call them.
fn destination(stream_type: &str) -> &str {
    match stream_type {
        "Datadog" => "Datadog",
        "Splunk" => "Splunk",
        "S3" => "Amazon S3",
        "GoogleCloudStorage" => "Google Cloud Storage",
        "AzureSentinel" => "Microsoft Sentinel",
        "Snowflake" => "Snowflake",
        "GenericHttps" => "an HTTPS endpoint",
        other => other,
    }
}

pub(super) fn log_stream(configuration: &AuditLogConfiguration) -> Reading {
    match &configuration.log_stream {
        None => reading(Setup::NotConfigured, "No log stream set up.".into(), None),
        Some(stream) => {
            let to = destination(&stream.stream_type);
            match stream.state.as_str() {
                "active" => reading(Setup::Active, format!("Streaming to {to}."), None),
                "inactive" => reading(
                    Setup::InProgress,
                    format!("Set up for {to}, not streaming yet."),
                    None,
                ),
                _ => reading(
                    Setup::NeedsAttention,
                    format!("Streaming to {to} is failing."),
                    None,
                ),
            }
        }
    }
}

pub(super) fn audit_logs(configuration: &AuditLogConfiguration) -> Reading {
    match configuration.state.as_str() {
        "active" => reading(
            Setup::Active,
            format!(
                "Events are kept {} days.",
                configuration.retention_period_in_days
            ),
            None,
        ),
        _ => reading(
            Setup::NotConfigured,
            "Audit logs are not enabled.".into(),
            None,
        ),
    }
}
