//! Admin Portal links and the sessions they open: one launch per link, both expiring.

use super::data::{random_secret, Store};
use std::{
    collections::HashMap,
    time::{Duration, Instant},
};
use workos::types::PortalIntent;

/// Links expire five minutes after creation, as WorkOS documents.
pub const LINK_LIFETIME: Duration = Duration::from_secs(5 * 60);
/// Once opened, a portal session lasts longer than the link.
pub const SESSION_LIFETIME: Duration = Duration::from_secs(60 * 60);
/// Invitations emailed to IT contacts last longer than API links.
pub const INVITATION_LIFETIME: Duration = Duration::from_secs(7 * 24 * 60 * 60);

/// What a generated link or an open portal session is for.
#[derive(Clone, Debug)]
pub struct PortalGrant {
    /// The organization being set up.
    pub organization_id: String,
    /// What the link may set up: one intent opens its flow directly, several offer a choice.
    pub intents: Vec<PortalIntent>,
    /// Where "leave" goes.
    pub return_url: Option<String>,
    /// Where finishing goes.
    pub success_url: Option<String>,
    /// Who the link was made for, so it can be revoked.
    pub external_user_id: Option<String>,
    /// `intent_options.sso.provider_type`: the SSO flow opens with this provider.
    pub provider_type: Option<String>,
    /// Set on links emailed to an IT contact.
    pub it_contact_id: Option<String>,
}

/// Unopened links. Expired ones are dropped when the map has doubled since the last
/// sweep: amortised O(1) per link, where a sweep on every link made issuing O(n).
#[derive(Default)]
pub(super) struct Links {
    by_secret: HashMap<String, Expiring>,
    sweep_at: usize,
}

impl Links {
    fn prune_now_and_then(&mut self, now: Instant) {
        if self.by_secret.len() < self.sweep_at {
            return;
        }
        self.by_secret.retain(|_, l| l.expires > now);
        self.sweep_at = (self.by_secret.len() * 2).max(1024);
    }
}

/// A link or an open session: what it grants and when it stops working.
pub(super) struct Expiring {
    grant: PortalGrant,
    expires: Instant,
    /// For a session with several intents, the one the person picked.
    chosen: Option<PortalIntent>,
}

impl Store {
    /// A link secret for `grant`, valid for five minutes and one launch.
    pub fn issue_link(&self, grant: PortalGrant) -> String {
        self.issue_link_for(grant, LINK_LIFETIME)
    }

    /// A link secret valid for `lifetime` and one launch.
    pub fn issue_link_for(&self, grant: PortalGrant, lifetime: Duration) -> String {
        let secret = random_secret(32);
        let now = self.now();
        let mut links = self.links.lock().expect("links lock");
        links.prune_now_and_then(now);
        links.by_secret.insert(
            secret.clone(),
            Expiring {
                grant,
                expires: now + lifetime,
                chosen: None,
            },
        );
        secret
    }

    /// Spends a link: valid once, within its lifetime. Returns the new portal session id.
    pub fn launch(&self, secret: &str) -> Option<(String, PortalGrant)> {
        let link = self
            .links
            .lock()
            .expect("links lock")
            .by_secret
            .remove(secret)?;
        if link.expires <= self.now() {
            return None;
        }
        let session_id = random_secret(32);
        let chosen = match link.grant.intents.as_slice() {
            [only] => Some(*only),
            _ => None,
        };
        self.sessions.lock().expect("sessions lock").insert(
            session_id.clone(),
            Expiring {
                grant: link.grant.clone(),
                expires: self.now() + SESSION_LIFETIME,
                chosen,
            },
        );
        Some((session_id, link.grant))
    }

    /// An open session's grant and chosen intent.
    pub fn portal_session(&self, id: &str) -> Option<(PortalGrant, Option<PortalIntent>)> {
        let sessions = self.sessions.lock().expect("sessions lock");
        sessions
            .get(id)
            .filter(|s| s.expires > self.now())
            .map(|s| (s.grant.clone(), s.chosen))
    }

    /// Picks one of the session's intents. False if it is not one of them.
    pub fn choose_intent(&self, id: &str, intent: PortalIntent) -> bool {
        let mut sessions = self.sessions.lock().expect("sessions lock");
        match sessions.get_mut(id) {
            Some(s) if s.grant.intents.contains(&intent) => {
                s.chosen = Some(intent);
                true
            }
            _ => false,
        }
    }

    /// The session is done.
    pub fn finish_session(&self, id: &str) {
        self.sessions.lock().expect("sessions lock").remove(id);
    }

    /// `POST /portal/revoke_link`: ends the links made for this user and the sessions
    /// started from them. Returns how many links and sessions ended.
    pub fn revoke_links(&self, organization_id: &str, external_user_id: &str) -> usize {
        self.end_links(|g| {
            g.organization_id == organization_id
                && g.external_user_id.as_deref() == Some(external_user_id)
        })
    }

    pub(super) fn end_links(&self, matches: impl Fn(&PortalGrant) -> bool) -> usize {
        let mut ended = 0;
        {
            let links = &mut self.links.lock().expect("links lock").by_secret;
            let before = links.len();
            links.retain(|_, l| !matches(&l.grant));
            ended += before - links.len();
        }
        let mut sessions = self.sessions.lock().expect("sessions lock");
        let before = sessions.len();
        sessions.retain(|_, l| !matches(&l.grant));
        ended + before - sessions.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_link_launches_once() {
        let store = Store::open(None).unwrap();
        let grant = PortalGrant {
            organization_id: "org_1".into(),
            intents: vec![PortalIntent::Sso],
            return_url: None,
            success_url: None,
            external_user_id: None,
            provider_type: None,
            it_contact_id: None,
        };
        let secret = store.issue_link(grant.clone());
        assert!(store.launch(&secret).is_some());
        assert!(store.launch(&secret).is_none());
        assert!(store.launch("made-up").is_none());

        let late = store.issue_link(grant);
        store.advance_clock(LINK_LIFETIME);
        assert!(store.launch(&late).is_none(), "expired after five minutes");
    }
}
