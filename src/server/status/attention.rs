//! What needs an organization's admins now: the areas whose status says so (a SAML
//! certificate expiring within 30 days or expired, a connection no longer active, a
//! directory WorkOS cannot sign in to or that synced no change for a day, a domain whose
//! check failed), in the words their
//! cards use. Read from the cache or the status mirror, never from WorkOS.

use super::{
    cache::StatusCache, certificates::certificates, directories::directories, domains::domains,
    sso::sso,
};
use crate::model::{Intent, Setup};

/// One area that needs attention.
#[derive(Clone, Debug, PartialEq)]
pub struct Attention {
    pub intent: Intent,
    /// What is wrong, as its card says it.
    pub summary: String,
}

/// The areas whose readings can need attention (the others have nothing to break).
const WATCHED: [Intent; 4] = [
    Intent::Sso,
    Intent::Dsync,
    Intent::DomainVerification,
    Intent::CertificateRenewal,
];

impl StatusCache {
    /// The organization's areas that need attention now, as far as the cache or the
    /// mirror know (no WorkOS call: an organization never read has nothing to tell).
    pub async fn needing_attention(&self, workos_organization: &str) -> Vec<Attention> {
        let Some(live) = self.known(workos_organization).await else {
            return Vec::new();
        };
        WATCHED
            .into_iter()
            .filter_map(|intent| {
                let reading = match intent {
                    Intent::Sso => live.connections.as_ref().ok().map(sso),
                    Intent::Dsync => (live.directories.as_ref().ok())
                        .map(|list| directories(list, &live.directory_activity)),
                    Intent::DomainVerification => live.organization.as_ref().ok().map(domains),
                    _ => live
                        .certificates
                        .as_ref()
                        .ok()
                        .map(|events| certificates(events, live.connections.as_ref().ok())),
                }?;
                let summary = reading.summary;
                (reading.setup == Some(Setup::NeedsAttention))
                    .then_some(Attention { intent, summary })
            })
            .collect()
    }
}
