//! A staff member's session. It lives under its own cookie (`portico_staff`, sent only
//! to `/staff`), so a staff session never works on customer pages and a customer's never
//! opens the console. Signing in takes two steps: the password, then the second factor
//! (or, the first time, its enrolment); only then does the session open the console.

use super::{accounts::StaffError, enrolment::Enrolment, StaffRole};
use crate::server::{
    auth::{session_clock, Auth, AuthError},
    db,
};
use serde::{Deserialize, Serialize};
use tower_sessions::Session;

const KEY: &str = "portico.staff";
const RECOVERY_CODES_KEY: &str = "portico.staff.recovery_codes";
/// How long the second step may wait after the password (milliseconds).
const SECOND_STEP_MS: i64 = 10 * 60 * 1000;

/// Where a staff sign-in stands.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Stage {
    /// The password was right; the code from the app (or a recovery code) is next.
    Code,
    /// The password was right and no second factor is set up: this one is shown until
    /// it is confirmed.
    Enrolling {
        enrolment: Option<(String, String)>,
    },
    SignedIn,
}

/// What the staff cookie's session holds.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct StaffSession {
    pub staff_id: i64,
    pub email: String,
    /// The account's session epoch when the password was checked: removing the account
    /// (or adding it again) ends the session.
    pub epoch: String,
    pub stage: Stage,
    /// Unix milliseconds of the step that set `stage`.
    pub since: i64,
    pub last_seen: i64,
}

/// A signed-in staff member, as every console request checks them.
#[derive(Clone, Debug, PartialEq)]
pub struct StaffMember {
    pub id: i64,
    pub email: String,
    pub role: StaffRole,
}

impl StaffMember {
    /// How the member is named in a customer's trail: "Support (ana@host.example)".
    pub fn label(&self) -> String {
        format!("{} ({})", self.role.title(), self.email)
    }

    pub fn require_owner(&self) -> Result<(), StaffError> {
        match self.role {
            StaffRole::Owner => Ok(()),
            StaffRole::Support => Err(StaffError::NotOwner),
        }
    }
}

impl StaffSession {
    pub async fn load(session: &Session) -> Result<Option<StaffSession>, StaffError> {
        Ok(session.get(KEY).await?)
    }

    pub(super) async fn store(self, session: &Session) -> Result<(), StaffError> {
        session.insert(KEY, self).await?;
        Ok(())
    }

    /// The session's half-done sign-in, if its second step is still open.
    pub async fn pending(session: &Session) -> Result<Option<StaffSession>, StaffError> {
        let now = session_clock();
        Ok(Self::load(session)
            .await?
            .filter(|s| s.stage != Stage::SignedIn && now - s.since <= SECOND_STEP_MS))
    }
}

/// The signed-in staff member of `session`: fully signed in, within the session's idle
/// and absolute lifetimes, and with the account as it was at sign-in.
pub async fn require(auth: &Auth, session: &Session) -> Result<StaffMember, StaffError> {
    let Some(bound) = StaffSession::load(session).await? else {
        return Err(StaffError::SignedOut);
    };
    if bound.stage != Stage::SignedIn {
        return Err(StaffError::SignedOut);
    }
    let now = session_clock();
    let idle = auth.session_lifetime.as_millis() as i64;
    let absolute = auth.session_absolute_lifetime.as_millis() as i64;
    match crate::server::auth::freshness(bound.since, bound.last_seen, now, idle, absolute) {
        crate::server::auth::Freshness::Ended => {
            session.flush().await?;
            return Err(StaffError::SignedOut);
        }
        crate::server::auth::Freshness::Touch => {
            let touched = StaffSession {
                last_seen: now,
                ..bound.clone()
            };
            touched.store(session).await?;
        }
        crate::server::auth::Freshness::Fine => {}
    }
    match db::staff::by_id(&auth.db, bound.staff_id).await? {
        Some(account) if account.session_epoch == bound.epoch => Ok(StaffMember {
            id: account.id,
            role: StaffRole::parse(&account.role)?,
            email: account.email,
        }),
        _ => {
            session.flush().await?;
            Err(StaffError::SignedOut)
        }
    }
}

/// The recovery codes the enrolment just made, taken from the session: shown once.
pub async fn take_recovery_codes(session: &Session) -> Result<Vec<String>, StaffError> {
    Ok(session
        .remove::<Vec<String>>(RECOVERY_CODES_KEY)
        .await?
        .unwrap_or_default())
}

pub(super) async fn keep_recovery_codes(
    session: &Session,
    codes: Vec<String>,
) -> Result<(), StaffError> {
    session.insert(RECOVERY_CODES_KEY, codes).await?;
    Ok(())
}

/// The enrolment a session in its enrolling step shows: made once per sign-in and kept
/// in the session, so a reload or a mistyped code shows the same secret.
pub async fn enrolment(
    auth: &Auth,
    session: &Session,
    issuer: &str,
) -> Result<Enrolment, StaffError> {
    let Some(mut pending) = StaffSession::pending(session).await? else {
        return Err(StaffError::SignedOut);
    };
    match &pending.stage {
        Stage::Enrolling {
            enrolment: Some((secret, url)),
        } => Ok(Enrolment {
            secret: secret.clone(),
            url: url.clone(),
        }),
        Stage::Enrolling { enrolment: None } => {
            let made = super::enrol(&auth.db, &pending.email, issuer).await?;
            pending.stage = Stage::Enrolling {
                enrolment: Some((made.secret.clone(), made.url.clone())),
            };
            pending.store(session).await?;
            Ok(made)
        }
        _ => Err(StaffError::SignedOut),
    }
}

impl From<AuthError> for StaffError {
    fn from(error: AuthError) -> Self {
        match error {
            AuthError::Throttled(throttled) => StaffError::Throttled(throttled),
            AuthError::Unrecorded(error) => StaffError::Unrecorded(error),
            AuthError::Database(error) => StaffError::Database(error),
            AuthError::Session(error) => StaffError::Session(error),
            AuthError::Hashing(error) => StaffError::Hash(error),
            _ => StaffError::BadCredentials,
        }
    }
}
