//! Who is asking, and may they do it: sessions, passwords, memberships, origin checks.
//! A shared service: it gets its own handles ([`Auth`]), never the app's state.

mod error;
pub mod origin_check;
mod password;
mod session;
mod sign_in;
pub mod throttle;

pub use error::{AdminsOnly, AuthError};
pub use origin_check::{require_same_origin, started_elsewhere};
pub use password::{hash_password, verify_password};
pub use session::{
    freshness, require_signed_in_page, session_owner, unix_now as session_clock, Freshness,
    SessionUser,
};

use crate::{
    model::{CurrentUser, Role},
    server::db::{self, audit::AuditWriter, Pool},
};
use std::{sync::Arc, time::Duration};
use tower_sessions::Session;

/// What signing in and checking sessions need, made once at start.
#[derive(Clone, Debug)]
pub struct Auth {
    pub db: Pool,
    /// Every signed-in request's read.
    pub memberships: db::users::Memberships,
    pub audit: AuditWriter,
    pub throttle: Arc<throttle::SignInThrottle>,
    /// Verified against when an email is unknown, so sign-in timing reveals nothing.
    pub dummy_password_hash: Arc<str>,
    /// A session ends after this long without a request…
    pub session_lifetime: Duration,
    /// …and this long after its sign-in, however active.
    pub session_absolute_lifetime: Duration,
}

/// A signed-in user in the organization bound to their session.
#[derive(Clone, Debug)]
pub struct SignedInUser {
    pub membership: db::users::MembershipRow,
}

/// A signed-in user who administers the session's organization.
#[derive(Clone, Debug)]
pub struct OrgAdmin {
    pub membership: db::users::MembershipRow,
}

/// The session's organization has no WorkOS organization to act on.
#[derive(Debug, thiserror::Error)]
#[error("{organization} has no WorkOS organization")]
pub struct NotLinked {
    pub organization: String,
}

impl OrgAdmin {
    /// The WorkOS organization (`org_…`) of the session's organization.
    pub fn workos_organization(&self) -> Result<&str, NotLinked> {
        self.membership
            .workos_organization_id
            .as_deref()
            .ok_or_else(|| NotLinked {
                organization: self.membership.organization_name.clone(),
            })
    }
}

impl SignedInUser {
    pub fn view(&self) -> CurrentUser {
        CurrentUser {
            email: self.membership.email.clone(),
            organization_name: self.membership.organization_name.clone(),
            role: self.membership.role,
        }
    }

    pub fn require_admin(self) -> Result<OrgAdmin, AuthError> {
        self.require_admin_to(AdminsOnly::ChangeSettings)
    }

    /// The same, refused in words that say what a member may not do.
    pub fn require_admin_to(self, refused: AdminsOnly) -> Result<OrgAdmin, AuthError> {
        match self.membership.role {
            Role::Admin => Ok(OrgAdmin {
                membership: self.membership,
            }),
            Role::Member => Err(AuthError::NotAdmin {
                organization: self.membership.organization_name,
                refused,
            }),
        }
    }
}

impl Auth {
    /// The session's user and their current membership in the session's organization.
    pub async fn require_user(&self, session: &Session) -> Result<SignedInUser, AuthError> {
        let Some(bound) = SessionUser::load(session).await? else {
            return Err(AuthError::SignedOut);
        };
        let now = session::unix_now();
        let idle = self.session_lifetime.as_millis() as i64;
        let absolute = self.session_absolute_lifetime.as_millis() as i64;
        match bound.freshness(now, idle, absolute) {
            session::Freshness::Ended => {
                session.flush().await?;
                return Err(AuthError::SignedOut);
            }
            // Saving the session also moves its expiry in the store and the cookie.
            session::Freshness::Touch => {
                SessionUser {
                    last_seen: now,
                    ..bound.clone()
                }
                .store(session)
                .await?;
            }
            session::Freshness::Fine => {}
        }
        match self
            .memberships
            .of(bound.user_id, bound.organization_id)
            .await?
        {
            Some(membership)
                if membership.session_epoch == bound.epoch
                    && (!membership.password_refused || bound.outlives_require_sso()) =>
            {
                Ok(SignedInUser { membership })
            }
            // Membership removed, password changed, the user removed and added again, or
            // the organization now requires SSO of someone this session's sign-in does not
            // satisfy: the session no longer grants anything.
            _ => {
                session.flush().await?;
                Err(AuthError::SignedOut)
            }
        }
    }
}

/// Where to go after signing in: a local path only, never another site.
pub fn local_redirect_target(next: Option<&str>) -> String {
    match next {
        Some(path)
            if path.starts_with('/')
                && !path.starts_with("//")
                && !path.contains('\\')
                && !path.chars().any(char::is_control) =>
        {
            path.to_owned()
        }
        _ => "/settings".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::local_redirect_target as target;

    #[test]
    fn redirect_target_stays_on_this_site() {
        assert_eq!(
            target(Some("/settings?configured=sso")),
            "/settings?configured=sso"
        );
        for bad in [
            "https://evil.example",
            "//evil.example",
            "/\\evil.example",
            "settings",
            "/x\n",
        ] {
            assert_eq!(target(Some(bad)), "/settings", "{bad:?}");
        }
        assert_eq!(target(None), "/settings");
    }
}
