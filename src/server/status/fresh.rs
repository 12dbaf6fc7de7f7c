//! Who may have the status read afresh from WorkOS, and how often. A fresh read is five
//! WorkOS calls, and WorkOS's rate limit is shared by every organization, so it is for
//! admins (back from the Admin Portal, or asking), a few times a minute per person and
//! per organization; reads asked while one is in flight share it (`cache.rs`).
//! Anyone else, or past the limits, is shown the status as last read.

use crate::server::auth::throttle::per_minute;
use crate::{model::Role, server::db::users::MembershipRow};
use governor::{DefaultKeyedRateLimiter, RateLimiter};
use std::sync::atomic::{AtomicU32, Ordering};

pub struct FreshReads {
    per_user: DefaultKeyedRateLimiter<i64>,
    per_organization: DefaultKeyedRateLimiter<i64>,
    /// Checks since refilled counters were last forgotten.
    checks: AtomicU32,
}

/// Refilled counters are forgotten every this many checks.
const PRUNE_EVERY: u32 = 1_000;

impl FreshReads {
    pub fn new(per_user_per_minute: u32, per_organization_per_minute: u32) -> FreshReads {
        FreshReads {
            per_user: RateLimiter::keyed(per_minute(per_user_per_minute)),
            per_organization: RateLimiter::keyed(per_minute(per_organization_per_minute)),
            checks: AtomicU32::new(0),
        }
    }

    /// Whether `who` may have the status read afresh now; counted if so.
    pub fn allow(&self, who: &MembershipRow) -> bool {
        if self.checks.fetch_add(1, Ordering::Relaxed) % PRUNE_EVERY == PRUNE_EVERY - 1 {
            self.per_user.retain_recent();
            self.per_organization.retain_recent();
        }
        let allowed = who.role == Role::Admin
            && self.per_user.check_key(&who.user_id).is_ok()
            && self
                .per_organization
                .check_key(&who.organization_id)
                .is_ok();
        if !allowed {
            tracing::debug!(
                user = who.user_id,
                organization = who.organization_id,
                "fresh status read not honoured: showing the last read"
            );
        }
        allowed
    }
}

impl std::fmt::Debug for FreshReads {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FreshReads")
            .field("users", &self.per_user.len())
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Features;

    fn member_of(organization_id: i64, user_id: i64, role: Role) -> MembershipRow {
        MembershipRow {
            user_id,
            email: format!("user{user_id}@acme.example"),
            organization_id,
            organization_name: "Acme".into(),
            workos_organization_id: Some("org_1".into()),
            role,
            features: Features::ALL,
            session_epoch: String::new(),
            password_refused: false,
        }
    }

    #[test]
    fn only_admins_read_afresh_and_only_so_often_per_person_and_per_organization() {
        let reads = FreshReads::new(2, 3);
        let (ada, bob, max) = (
            member_of(1, 1, Role::Admin),
            member_of(1, 2, Role::Admin),
            member_of(1, 3, Role::Member),
        );
        assert!(!reads.allow(&max), "members never");
        assert!(reads.allow(&ada) && reads.allow(&ada));
        assert!(!reads.allow(&ada), "Ada's two a minute are used");
        assert!(reads.allow(&bob), "Bob has his own");
        assert!(!reads.allow(&bob), "Acme's three a minute are used");
        assert!(
            reads.allow(&member_of(2, 4, Role::Admin)),
            "another organization"
        );
    }
}
