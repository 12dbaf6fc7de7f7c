//! Audit log streams, set up through the portal.

use super::data::{now, Store};
use workos::types::LogStream;

impl Store {
    /// The log stream set up through the portal, if any.
    pub fn log_stream(&self, organization_id: &str) -> Option<LogStream> {
        self.read(|d| d.log_streams.get(organization_id).cloned())
    }

    /// Log streams finished: the organization streams to `stream_type`.
    pub fn set_log_stream(&self, organization_id: &str, stream_type: &str) -> LogStream {
        let stream = LogStream {
            id: self.new_id("log_stream"),
            stream_type: stream_type.to_owned(),
            state: "active".into(),
            last_synced_at: None,
            created_at: now(),
        };
        self.change(|d| {
            d.log_streams
                .insert(organization_id.to_owned(), stream.clone())
        });
        stream
    }
}
