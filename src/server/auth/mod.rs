//! Who is asking, and may they do it: sessions, passwords, memberships, origin checks.

pub mod origin_check;
mod password;
mod session;
pub mod throttle;

pub use origin_check::require_same_origin;
pub use password::{hash_password, verify_password};
pub use session::{require_signed_in_page, unix_now as session_clock, SessionUser};

use super::{
    audit::{self, Action},
    db::{self, audit::Outcome},
    state::AppState,
};
use crate::domain::{CurrentUser, Role};
use tower_sessions::Session;

#[derive(Debug, thiserror::Error)]
pub enum AuthError {
    #[error("signed out")]
    SignedOut,
    #[error("wrong email or password")]
    BadCredentials,
    #[error("the email or password is missing")]
    MissingCredentials,
    #[error("user has no organization")]
    NoOrganization,
    #[error("only an admin of {organization} may do this")]
    NotAdmin { organization: String },
    #[error("user {user_id} is not a member of organization {organization_id}")]
    NotMember { user_id: i64, organization_id: i64 },
    #[error("session store: {0}")]
    Session(#[from] tower_sessions::session::Error),
    /// The sign-in (or switch) could not be recorded, so it did not happen.
    #[error(transparent)]
    Unrecorded(#[from] db::audit::AuditWriteError),
    #[error("database: {0}")]
    Database(#[from] sqlx::Error),
    #[error("password hashing: {0}")]
    Hashing(String),
    #[error(transparent)]
    Throttled(#[from] throttle::Throttled),
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
        match self.membership.role {
            Role::Admin => Ok(OrgAdmin {
                membership: self.membership,
            }),
            Role::Member => Err(AuthError::NotAdmin {
                organization: self.membership.organization_name,
            }),
        }
    }
}

/// Checks the password, cycles the session id and binds the session to the user's organization.
pub async fn sign_in(
    state: &AppState,
    session: &Session,
    email: &str,
    password: &str,
    address: std::net::IpAddr,
    remember: bool,
) -> Result<SignedInUser, AuthError> {
    let email = email.trim();
    if email.is_empty() || password.is_empty() {
        return Err(AuthError::MissingCredentials);
    }
    // Counted before anything is looked up: the same answer for every account.
    state.sign_in_throttle.attempt(email, address)?;
    let user = db::users::find_by_email(&state.db, email).await?;
    // Verify against a dummy hash for unknown emails so timing does not reveal which exist.
    // Accounts without a password (made by an embed) are checked against the dummy too:
    // the same time, and never a match.
    let usable = user.as_ref().filter(|u| u.password_hash.starts_with('$'));
    let hash = usable
        .map(|u| u.password_hash.clone())
        .unwrap_or_else(|| state.dummy_password_hash.to_string());
    let password_ok = {
        let _slot = state.sign_in_throttle.check_slot().await?;
        verify_password(password, &hash).await? && usable.is_some()
    };
    // Looked up for unknown accounts too (id 0 has none), so timing tells nothing.
    let membership =
        db::users::first_membership(&state.db, user.as_ref().map_or(0, |u| u.id)).await?;
    let Some(user) = user.filter(|_| password_ok) else {
        // A known account's admins see the failed attempt; an unknown one is kept as typed.
        let (who, detail) = match &membership {
            Some(membership) => (Some(membership), "wrong password".to_owned()),
            None => (None, format!("unknown account {email}")),
        };
        audit::record(state, who, Action::SignIn, Outcome::Refused, &detail).await?;
        return Err(AuthError::BadCredentials);
    };
    let Some(membership) = membership else {
        audit::record(
            state,
            None,
            Action::SignIn,
            Outcome::Refused,
            &format!("{}: no organization", user.email),
        )
        .await?;
        return Err(AuthError::NoOrganization);
    };
    // A sign-in that cannot be recorded does not happen.
    audit::record(
        state,
        Some(&membership),
        Action::SignIn,
        Outcome::Succeeded,
        "",
    )
    .await?;
    session.cycle_id().await?;
    // Not remembered: the cookie ends with the browser (the server still ends the
    // session when idle or too old).
    if !remember {
        session.set_expiry(Some(tower_sessions::Expiry::OnSessionEnd));
    }
    let now = session::unix_now();
    SessionUser {
        user_id: user.id,
        organization_id: membership.organization_id,
        signed_in_at: now,
        last_seen: now,
    }
    .store(session)
    .await?;
    Ok(SignedInUser { membership })
}

/// Binds the session to another organization of the same user, checked against their
/// memberships (never taken on trust from the request), with a new session id.
pub async fn switch_organization(
    state: &AppState,
    session: &Session,
    user: &SignedInUser,
    organization_id: i64,
) -> Result<SignedInUser, AuthError> {
    let user_id = user.membership.user_id;
    let membership = db::users::membership_in(&state.db, user_id, organization_id)
        .await?
        .ok_or(AuthError::NotMember {
            user_id,
            organization_id,
        })?;
    // The sign-in's age carries over: switching does not extend the absolute lifetime.
    let signed_in_at = SessionUser::load(session)
        .await?
        .map_or(0, |bound| bound.signed_in_at);
    audit::record(
        state,
        Some(&membership),
        Action::SwitchOrganization,
        Outcome::Succeeded,
        "",
    )
    .await?;
    session.cycle_id().await?;
    SessionUser {
        user_id,
        organization_id,
        signed_in_at,
        last_seen: session::unix_now(),
    }
    .store(session)
    .await?;
    Ok(SignedInUser { membership })
}

/// Ends the session in the store (its id is worthless from now on) and records who left.
/// The only audited action that happens even if its row cannot be written: keeping
/// someone signed in would be the worse failure.
pub async fn sign_out(state: &AppState, session: &Session) -> Result<(), AuthError> {
    let user = match require_user(state, session).await {
        Ok(user) => Some(user),
        Err(AuthError::SignedOut) => None,
        Err(other) => return Err(other),
    };
    session.flush().await?;
    // Leaving always works: a row that cannot be written is in the log (`record` says so).
    if let Some(user) = user {
        let _ = audit::record(
            state,
            Some(&user.membership),
            Action::SignOut,
            Outcome::Succeeded,
            "",
        )
        .await;
    }
    Ok(())
}

/// The session's user and their current membership in the session's organization.
pub async fn require_user(state: &AppState, session: &Session) -> Result<SignedInUser, AuthError> {
    let Some(bound) = SessionUser::load(session).await? else {
        return Err(AuthError::SignedOut);
    };
    let now = session::unix_now();
    let idle = state.settings.session_lifetime.as_millis() as i64;
    let absolute = state.settings.session_absolute_lifetime.as_millis() as i64;
    match bound.freshness(now, idle, absolute) {
        session::Freshness::Ended => {
            session.flush().await?;
            return Err(AuthError::SignedOut);
        }
        // Saving the session also moves its expiry in the store and the cookie.
        session::Freshness::Touch => {
            SessionUser {
                last_seen: now,
                ..bound
            }
            .store(session)
            .await?;
        }
        session::Freshness::Fine => {}
    }
    match db::users::membership_in(&state.db, bound.user_id, bound.organization_id).await? {
        Some(membership) => Ok(SignedInUser { membership }),
        // Membership removed since sign-in: the session no longer grants anything.
        None => {
            session.flush().await?;
            Err(AuthError::SignedOut)
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
