//! SSO connections: what the portal's SSO flow saves, and what the API lists and deletes.

use super::{
    data::{now, random_secret, Store},
    paging::{paginate, Page, PageError},
};
use workos::types::{timestamp, Connection, ConnectionDomain, List};

impl Store {
    /// `DELETE /connections/{id}`.
    pub fn delete_connection(&self, id: &str) -> bool {
        let removed = self.change(|d| d.connections.remove(id));
        if let Some(connection) = &removed {
            let data = serde_json::to_value(connection).unwrap_or_default();
            self.emit("connection.deleted", data);
        }
        removed.is_some()
    }

    /// `GET /connections` with a filter.
    pub fn connections(
        &self,
        page: &Page,
        keep: impl Fn(&Connection) -> bool,
    ) -> Result<List<Connection>, PageError> {
        let all: Vec<_> = self.read(|d| {
            d.connections
                .values()
                .filter(|c| keep(c))
                .cloned()
                .collect()
        });
        paginate(all, page, |c| &c.id)
    }

    /// `GET /connections/{id}`.
    pub fn connection(&self, id: &str) -> Option<Connection> {
        self.read(|d| d.connections.get(id).cloned())
    }

    /// The organization's active connections (what `organization=` may sign in with).
    pub fn active_connections_of(&self, organization_id: &str) -> Vec<Connection> {
        self.read(|d| {
            d.connections
                .values()
                .filter(|c| c.organization_id == organization_id && c.state == "active")
                .cloned()
                .collect()
        })
    }

    /// SSO finished: a connection of the chosen type, `active`, or `draft` when the
    /// admin saved it without testing it (deprecated `status`: `linked` / `unlinked`).
    pub fn save_connection(
        &self,
        organization_id: &str,
        connection_type: &str,
        name: &str,
        active: bool,
    ) -> Connection {
        let at = now();
        let id = self.new_id("conn");
        let domains = self
            .organization(organization_id)
            .map(|o| o.domains)
            .unwrap_or_default()
            .into_iter()
            .map(|d| ConnectionDomain {
                object: "connection_domain".into(),
                id: self.new_id("conn_domain"),
                domain: d.domain,
            })
            .collect();
        let connection = Connection {
            object: "connection".into(),
            id: id.clone(),
            organization_id: organization_id.to_owned(),
            name: name.to_owned(),
            connection_type: connection_type.to_owned(),
            state: if active { "active" } else { "draft" }.into(),
            status: if active { "linked" } else { "unlinked" }.into(),
            domains,
            created_at: at.clone(),
            updated_at: at,
        };
        self.change(|d| d.connections.insert(id, connection.clone()));
        if active {
            // The event's connection also carries its `external_key`.
            let mut data = serde_json::to_value(&connection).unwrap_or_default();
            data["external_key"] = random_secret(16).into();
            self.emit("connection.activated", data);
        }
        connection
    }

    /// Certificate renewal finished: the organization's SAML connections have a new
    /// certificate, valid a year (`connection.saml_certificate_renewed`).
    pub fn renew_certificates(&self, organization_id: &str) {
        let renewed: Vec<Connection> = self.read(|d| {
            d.connections
                .values()
                .filter(|c| c.organization_id == organization_id)
                .filter(|c| c.connection_type.ends_with("SAML"))
                .cloned()
                .collect()
        });
        let expiry = timestamp(time::OffsetDateTime::now_utc() + time::Duration::days(365));
        for connection in renewed {
            self.emit(
                "connection.saml_certificate_renewed",
                serde_json::json!({
                    "connection": { "id": connection.id, "organization_id": organization_id },
                    "certificate": {
                        "certificate_type": "ResponseSigning",
                        "expiry_date": expiry,
                        "is_expired": false,
                    },
                    "renewed_at": now(),
                }),
            );
        }
    }
}
