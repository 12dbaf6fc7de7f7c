//! Signing in, switching organization and signing out: each recorded in the trail, and
//! each one that cannot be recorded does not happen (but signing out).

use super::{
    session::{self, SessionUser},
    verify_password, Auth, AuthError, SignedInUser,
};
use crate::server::{
    audit::{self, Action},
    db::{self, audit::Outcome},
    language,
    metrics::{self, SignInRefusal},
};
use tower_sessions::Session;

impl Auth {
    /// Checks the password, cycles the session id and binds the session to the user's organization.
    pub async fn sign_in(
        &self,
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
        if let Err(throttled) = self.throttle.attempt(email, address).await {
            metrics::sign_in_refused(SignInRefusal::Throttled);
            return Err(throttled);
        }
        let user = db::users::find_by_email(&self.db, email).await?;
        // Verify against a dummy hash for unknown emails so timing does not reveal which exist.
        // Accounts without a password (made by an embed) are checked against the dummy too:
        // the same time, and never a match.
        let usable = user.as_ref().filter(|u| u.password_hash.starts_with('$'));
        let hash = usable
            .map(|u| u.password_hash.clone())
            .unwrap_or_else(|| self.dummy_password_hash.to_string());
        let password_ok = {
            let _slot = self.throttle.check_slot().await?;
            verify_password(password, &hash).await? && usable.is_some()
        };
        // Looked up for unknown accounts too (id 0 has none), so timing tells nothing.
        let membership =
            db::users::first_membership(&self.db, user.as_ref().map_or(0, |u| u.id)).await?;
        let Some(user) = user.filter(|_| password_ok) else {
            // A known account's admins see the failed attempt; an unknown one is kept as typed.
            let (who, detail) = match &membership {
                Some(membership) => (Some(membership), "wrong password".to_owned()),
                None => (None, format!("unknown account {email}")),
            };
            audit::record(&self.audit, who, Action::SignIn, Outcome::Refused, &detail).await?;
            metrics::sign_in_refused(SignInRefusal::WrongPassword);
            return Err(AuthError::BadCredentials);
        };
        let Some(membership) = membership else {
            audit::record(
                &self.audit,
                None,
                Action::SignIn,
                Outcome::Refused,
                &format!("{}: no organization", user.email),
            )
            .await?;
            return Err(AuthError::NoOrganization);
        };
        // Checked after the password, so the answer tells only someone who knows it.
        let membership = self.password_membership(membership).await?;
        // A sign-in that cannot be recorded does not happen.
        audit::record(
            &self.audit,
            Some(&membership),
            Action::SignIn,
            Outcome::Succeeded,
            "",
        )
        .await?;
        self.bind_session(session, user.id, &membership, remember, None)
            .await?;
        Ok(SignedInUser { membership })
    }

    /// The organization a password signs in to: the first one (`first`), or the user's
    /// next one that does not require SSO (or where they are break-glass). Refused, and
    /// recorded, when every one requires SSO.
    async fn password_membership(
        &self,
        first: db::users::MembershipRow,
    ) -> Result<db::users::MembershipRow, AuthError> {
        let user_id = first.user_id;
        if !first.password_refused {
            return Ok(first);
        }
        for (organization_id, _) in db::users::organizations_of(&self.db, user_id).await? {
            if let Some(membership) = self.memberships.of(user_id, organization_id).await? {
                if !membership.password_refused {
                    return Ok(membership);
                }
            }
        }
        let detail = "password refused: the organization requires SSO";
        audit::record(
            &self.audit,
            Some(&first),
            Action::SignIn,
            Outcome::Refused,
            detail,
        )
        .await?;
        Err(AuthError::SsoRequired {
            organization: first.organization_name,
        })
    }

    /// Signs in someone their organization's SSO connection vouched for (`detail` says
    /// how, for the trail): a new session id bound to that organization, as a password
    /// sign-in's.
    pub async fn sign_in_through_sso(
        &self,
        session: &Session,
        user_id: i64,
        organization_id: i64,
        detail: &str,
    ) -> Result<SignedInUser, AuthError> {
        let membership =
            self.memberships
                .of(user_id, organization_id)
                .await?
                .ok_or(AuthError::NotMember {
                    user_id,
                    organization_id,
                })?;
        audit::record(
            &self.audit,
            Some(&membership),
            Action::SignIn,
            Outcome::Succeeded,
            detail,
        )
        .await?;
        self.bind_session(session, user_id, &membership, false, Some(organization_id))
            .await?;
        Ok(SignedInUser { membership })
    }

    /// A new session id, bound to the user and the organization they signed in to.
    async fn bind_session(
        &self,
        session: &Session,
        user_id: i64,
        membership: &db::users::MembershipRow,
        remember: bool,
        sso_organization: Option<i64>,
    ) -> Result<(), AuthError> {
        session.cycle_id().await?;
        // The signed-in session's life starts from the configured idle timeout, whatever
        // the signed-out one had (a failed form's notice gives one a short life). Not
        // remembered: the cookie ends with the browser (the server still ends the session
        // when idle or too old).
        let idle = time::Duration::try_from(self.session_lifetime).unwrap_or(time::Duration::HOUR);
        session.set_expiry(Some(tower_sessions::Expiry::OnInactivity(idle)));
        let now = session::unix_now();
        SessionUser {
            user_id,
            organization_id: membership.organization_id,
            signed_in_at: now,
            last_seen: now,
            remember,
            epoch: membership.session_epoch.clone(),
            sso_organization,
            by_host: false,
        }
        .store(session)
        .await?;
        let organization_id = membership.organization_id;
        language::bind(&self.db, session, user_id, organization_id, None).await?;
        Ok(())
    }

    /// Binds the session to another organization of the same user, checked against their
    /// memberships (never taken on trust from the request), with a new session id.
    pub async fn switch_organization(
        &self,
        session: &Session,
        user: &SignedInUser,
        organization_id: i64,
    ) -> Result<SignedInUser, AuthError> {
        let user_id = user.membership.user_id;
        let membership =
            self.memberships
                .of(user_id, organization_id)
                .await?
                .ok_or(AuthError::NotMember {
                    user_id,
                    organization_id,
                })?;
        // The sign-in's age, "keep me signed in" and how it was made carry over:
        // switching does not extend the absolute lifetime.
        let bound = SessionUser::load(session).await?;
        let (signed_in_at, remember, by_host) = bound.as_ref().map_or((0, false, false), |bound| {
            (bound.signed_in_at, bound.remember, bound.by_host)
        });
        let sso_organization = bound.and_then(|bound| bound.sso_organization);
        // An organization that requires SSO is entered only through its own connection
        // (or by its break-glass admins).
        if membership.password_refused && sso_organization != Some(organization_id) {
            let detail = "refused: the organization requires SSO";
            audit::record(
                &self.audit,
                Some(&membership),
                Action::SwitchOrganization,
                Outcome::Refused,
                detail,
            )
            .await?;
            return Err(AuthError::SsoRequired {
                organization: membership.organization_name,
            });
        }
        audit::record(
            &self.audit,
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
            remember,
            epoch: membership.session_epoch.clone(),
            sso_organization,
            by_host,
        }
        .store(session)
        .await?;
        let host = language::LanguageChoice::load(session).await?.host;
        language::bind(&self.db, session, user_id, organization_id, host).await?;
        Ok(SignedInUser { membership })
    }

    /// Ends the session in the store (its id is worthless from now on) and records who left.
    /// The only audited action that happens even if its row cannot be written: keeping
    /// someone signed in would be the worse failure.
    pub async fn sign_out(&self, session: &Session) -> Result<(), AuthError> {
        let user = match self.require_user(session).await {
            Ok(user) => Some(user),
            Err(AuthError::SignedOut) => None,
            Err(other) => return Err(other),
        };
        session.flush().await?;
        // Leaving always works: a row that cannot be written is in the log (`record` says so).
        if let Some(user) = user {
            let _ = audit::record(
                &self.audit,
                Some(&user.membership),
                Action::SignOut,
                Outcome::Succeeded,
                "",
            )
            .await;
        }
        Ok(())
    }
}
