//! What SSO sign-in needs of organizations' status: which organization signs in the
//! people of a domain (read from the status mirror, never a WorkOS call, so that a
//! sign-in page typed at cannot spend WorkOS's budget), and an organization's verified
//! domains.

use super::{cache::StatusCache, mirror::Snapshot};
use crate::server::db::{self, Pool};

/// The WorkOS organization that verified `domain` and has an active SSO connection.
pub async fn organization_for_domain(
    db: &Pool,
    domain: &str,
) -> Result<Option<String>, sqlx::Error> {
    for (organization, snapshot) in db::mirror::sso_candidates(db, domain).await? {
        let Ok(snapshot) = serde_json::from_str::<Snapshot>(&snapshot) else {
            continue;
        };
        let verified = snapshot
            .organization
            .domains
            .iter()
            .any(|d| d.state == "verified" && d.domain.eq_ignore_ascii_case(domain));
        let active = snapshot.connections.iter().any(|c| c.state == "active");
        if verified && active {
            return Ok(Some(organization));
        }
    }
    Ok(None)
}

impl StatusCache {
    /// The organization's verified domains, lower case, as its status shows them.
    pub async fn verified_domains(&self, organization: &str) -> Vec<String> {
        let live = self.get(organization, false).await;
        live.organization.as_ref().map_or_else(
            |_| Vec::new(),
            |o| {
                o.domains
                    .iter()
                    .filter(|d| d.state == "verified")
                    .map(|d| d.domain.to_lowercase())
                    .collect()
            },
        )
    }
}

impl StatusCache {
    /// Whether the organization has an active SSO connection, as its status shows it.
    pub async fn sso_active(&self, organization: &str) -> bool {
        let live = self.get(organization, false).await;
        live.connections
            .as_ref()
            .is_ok_and(|list| list.data.iter().any(|c| c.state == "active"))
    }
}
