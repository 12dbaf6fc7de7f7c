//! Audit logs and log streams: the organization's audit log configuration.

use super::reading::{reading, Reading};
use crate::{model::Setup, t};
use workos::types::AuditLogConfiguration;

/// Log stream destinations as people call them.
fn destination(stream_type: &str) -> String {
    match stream_type {
        "S3" => "Amazon S3".to_owned(),
        "GoogleCloudStorage" => "Google Cloud Storage".to_owned(),
        "AzureSentinel" => "Microsoft Sentinel".to_owned(),
        "GenericHttps" => t!("status-stream-https-endpoint"),
        other => other.to_owned(),
    }
}

pub(super) fn log_stream(configuration: &AuditLogConfiguration) -> Reading {
    match &configuration.log_stream {
        None => reading(Setup::NotConfigured, t!("status-stream-none"), None),
        Some(stream) => {
            let to = destination(&stream.stream_type);
            match stream.state.as_str() {
                "active" => reading(
                    Setup::Active,
                    t!("status-stream-active", destination = to),
                    None,
                ),
                "inactive" => reading(
                    Setup::InProgress,
                    t!("status-stream-saved", destination = to),
                    None,
                ),
                _ => reading(
                    Setup::NeedsAttention,
                    t!("status-stream-failing", destination = to),
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
            t!(
                "status-audit-logs-kept",
                days = configuration.retention_period_in_days
            ),
            None,
        ),
        _ => reading(Setup::NotConfigured, t!("status-audit-logs-off"), None),
    }
}
