//! Events no portal flow causes, sent on a test's demand: a SAML certificate nearing its
//! expiry, a directory's credentials revoked, an SSO sign-in that failed. Each changes
//! what the emulator holds as WorkOS's would, and records the event as WorkOS sends it.

use super::data::{now, random_secret, Store};
use workos::types::{timestamp, Event};

impl Store {
    /// `connection.saml_certificate_renewal_required` for the connection, its certificate
    /// expiring in `days` (expired when negative). `None` if there is no such connection.
    pub fn certificate_expiring(&self, connection_id: &str, days: i64) -> Option<Event> {
        let connection = self.connection(connection_id)?;
        let expiry = time::OffsetDateTime::now_utc() + time::Duration::days(days);
        let data = serde_json::json!({
            "connection": { "id": connection.id, "organization_id": connection.organization_id },
            "certificate": {
                "certificate_type": "ResponseSigning",
                "expiry_date": timestamp(expiry),
                "is_expired": days < 0,
            },
            "days_until_expiry": days,
        });
        Some(self.emit("connection.saml_certificate_renewal_required", data))
    }

    /// The directory's bearer token is revoked: the directory's state becomes
    /// `invalid_credentials` and `dsync.token.revoked` is sent. `None` if there is no such
    /// directory.
    pub fn revoke_directory_credentials(&self, directory_id: &str) -> Option<Event> {
        let at = now();
        let directory = self.change(|d| {
            let directory = d.directories.get_mut(directory_id)?;
            directory.state = "invalid_credentials".into();
            directory.updated_at = at.clone();
            Some(directory.clone())
        })?;
        let data = serde_json::json!({
            "object": "directory_token",
            "id": self.new_id("directory_token"),
            "directory_id": directory.id,
            "organization_id": directory.organization_id,
            "token_suffix": random_secret(4),
            "created_at": directory.created_at,
        });
        Some(self.emit("dsync.token.revoked", data))
    }

    /// `authentication.sso_failed` through the connection, for `email`, with WorkOS's
    /// error `code` and `message`. `None` if there is no such connection.
    pub fn sso_failed(
        &self,
        connection_id: &str,
        email: &str,
        (code, message): (&str, &str),
    ) -> Option<Event> {
        let connection = self.connection(connection_id)?;
        let data = serde_json::json!({
            "type": "sso",
            "status": "failed",
            "ip_address": "203.0.113.7",
            "user_agent": "Mozilla/5.0",
            "user_id": null,
            "email": email,
            "sso": {
                "organization_id": connection.organization_id,
                "connection_id": connection.id,
                "session_id": self.new_id("sso_session"),
            },
            "error": { "code": code, "message": message },
        });
        Some(self.emit("authentication.sso_failed", data))
    }
}
