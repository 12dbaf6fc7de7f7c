//! What needs an organization's admins now: the areas whose status says so (a SAML
//! certificate expiring within 30 days or expired, a connection no longer active, a
//! directory WorkOS cannot sign in to or that synced no change for a day, a domain whose
//! check failed), in the words their cards use. Read from the cache or the status
//! mirror, never from WorkOS.

use super::{cache::StatusCache, health::Attention};

impl StatusCache {
    /// The organization's areas that need attention now, as far as the cache or the
    /// mirror know (no WorkOS call: an organization never read has nothing to tell).
    pub async fn needing_attention(&self, workos_organization: &str) -> Vec<Attention> {
        match self.known(workos_organization).await {
            Some(live) => super::health::attention(&live),
            None => Vec::new(),
        }
    }
}
