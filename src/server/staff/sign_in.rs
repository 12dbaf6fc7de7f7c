//! Staff sign-in: the password, then the second factor (enrolled at the first sign-in).
//! The same limits as customer sign-in (attempts per account and per address, counted
//! for each step), and five wrong codes in a row refuse codes for an hour (so six-digit
//! codes cannot be guessed over weeks either); a new session id at each step, and every
//! attempt in the trail: a sign-in that cannot be recorded does not happen.

use super::{
    accounts::StaffError,
    second_factor::SecondFactorError,
    session::{keep_recovery_codes, StaffMember, StaffSession, Stage},
    StaffRole,
};
use crate::server::{
    audit::{self, Action},
    auth::{session_clock, verify_password, Auth},
    db::{self, audit::Outcome},
    metrics::{self, SignInRefusal},
};
use std::net::IpAddr;
use tower_sessions::Session;

/// What the sign-in asks for after a right password.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NextStep {
    Code,
    Enrol,
}

async fn record(
    auth: &Auth,
    who: Option<&str>,
    outcome: Outcome,
    detail: &str,
) -> Result<(), StaffError> {
    let row = audit::by_host(who, None, Action::StaffSignIn, outcome, detail);
    Ok(auth.audit.write(row).await?)
}

/// Checks the password; the session then waits for the second factor.
pub async fn sign_in(
    auth: &Auth,
    session: &Session,
    email: &str,
    password: &str,
    address: IpAddr,
) -> Result<NextStep, StaffError> {
    let email = email.trim();
    if email.is_empty() || password.is_empty() {
        return Err(StaffError::MissingCredentials);
    }
    if let Err(throttled) = auth
        .throttle
        .attempt(&format!("staff:{email}"), address)
        .await
    {
        metrics::sign_in_refused(SignInRefusal::Throttled);
        return Err(throttled.into());
    }
    let account = db::staff::find_by_email(&auth.db, email).await?;
    // Unknown emails are checked against a dummy hash: the same time, never a match.
    let hash = account.as_ref().map_or_else(
        || auth.dummy_password_hash.to_string(),
        |a| a.password_hash.clone(),
    );
    let password_ok = {
        let _slot = auth.throttle.check_slot().await?;
        verify_password(password, &hash).await? && account.is_some()
    };
    let Some(account) = account.filter(|_| password_ok) else {
        let detail = format!(
            "wrong password for staff account {}",
            crate::model::clipped(email, 254)
        );
        record(auth, None, Outcome::Refused, &detail).await?;
        metrics::sign_in_refused(SignInRefusal::WrongPassword);
        return Err(StaffError::BadCredentials);
    };
    let next = match account.totp_confirmed_at {
        Some(_) => NextStep::Code,
        None => NextStep::Enrol,
    };
    session.cycle_id().await?;
    // The half-signed-in session lives only as long as its second step may take.
    session.set_expiry(Some(tower_sessions::Expiry::OnSessionEnd));
    let now = session_clock();
    StaffSession {
        staff_id: account.id,
        email: account.email,
        epoch: account.session_epoch,
        stage: match next {
            NextStep::Code => Stage::Code,
            NextStep::Enrol => Stage::Enrolling { enrolment: None },
        },
        since: now,
        last_seen: now,
    }
    .store(session)
    .await?;
    Ok(next)
}

/// Wrong codes in a row that refuse codes for [`LOCK_MS`].
const WRONG_CODES: i64 = 5;
/// How long codes are refused after [`WRONG_CODES`] wrong ones: with the sign-in limits,
/// a guesser gets five tries an hour, about one in 70,000 a day.
const LOCK_MS: i64 = 60 * 60 * 1000;

/// The session's pending sign-in at `stage`, its attempt counted against the limits and
/// refused while the account's codes are locked.
async fn second_step(
    auth: &Auth,
    session: &Session,
    address: IpAddr,
    enrolling: bool,
) -> Result<StaffSession, StaffError> {
    let pending = StaffSession::pending(session)
        .await?
        .filter(|p| matches!(p.stage, Stage::Enrolling { .. }) == enrolling)
        .ok_or(StaffError::SecondStepExpired)?;
    let key = format!("staff:{}", pending.email);
    if let Err(throttled) = auth.throttle.attempt(&key, address).await {
        metrics::sign_in_refused(SignInRefusal::Throttled);
        return Err(throttled.into());
    }
    let until = db::staff::codes_locked_until(&auth.db, pending.staff_id).await?;
    let now = session_clock();
    if until > now {
        return Err(StaffError::CodesLocked((until - now + 59_999) / 60_000));
    }
    Ok(pending)
}

/// Records a wrong code (and, at the limit, locks codes and ends the pending sign-in).
async fn wrong_code(
    auth: &Auth,
    session: &Session,
    pending: &StaffSession,
    refused: StaffError,
) -> Result<StaffError, StaffError> {
    let lock_until = session_clock() + LOCK_MS;
    let locked = db::staff::wrong_code(&auth.db, pending.staff_id, WRONG_CODES, lock_until).await?;
    let detail = match locked {
        true => format!(
            "{}: {refused}; codes refused for an hour after {WRONG_CODES} wrong ones",
            pending.email
        ),
        false => format!("{}: {refused}", pending.email),
    };
    record(auth, None, Outcome::Refused, &detail).await?;
    metrics::sign_in_refused(SignInRefusal::WrongPassword);
    if locked {
        session.flush().await?;
        return Ok(StaffError::CodesLocked(LOCK_MS / 60_000));
    }
    Ok(refused)
}

/// Finishes the sign-in: the session now opens the console, under a new id.
async fn finish(
    auth: &Auth,
    session: &Session,
    pending: StaffSession,
    detail: &str,
) -> Result<StaffMember, StaffError> {
    let account = db::staff::by_id(&auth.db, pending.staff_id)
        .await?
        .filter(|a| a.session_epoch == pending.epoch)
        .ok_or(StaffError::SecondStepExpired)?;
    let member = StaffMember {
        id: account.id,
        role: StaffRole::parse(&account.role)?,
        email: account.email,
    };
    record(auth, Some(&member.label()), Outcome::Succeeded, detail).await?;
    session.cycle_id().await?;
    let idle = time::Duration::try_from(auth.session_lifetime).unwrap_or(time::Duration::HOUR);
    session.set_expiry(Some(tower_sessions::Expiry::OnInactivity(idle)));
    let now = session_clock();
    StaffSession {
        stage: Stage::SignedIn,
        since: now,
        last_seen: now,
        ..pending
    }
    .store(session)
    .await?;
    Ok(member)
}

/// Takes the code from the app, or a recovery code.
pub async fn second_factor(
    auth: &Auth,
    session: &Session,
    typed: &str,
    address: IpAddr,
) -> Result<StaffMember, StaffError> {
    let pending = second_step(auth, session, address, false).await?;
    let now = session_clock().max(0) as u64 / 1000;
    if let Err(refused) = super::verify(&auth.db, &pending.email, typed.trim(), now).await {
        if matches!(refused, StaffError::SecondFactor(_)) {
            return Err(wrong_code(auth, session, &pending, refused).await?);
        }
        return Err(refused);
    }
    db::staff::right_code(&auth.db, pending.staff_id).await?;
    finish(auth, session, pending, "").await
}

/// Confirms the first sign-in's enrolment with one code; the recovery codes wait in the
/// session for the one page that shows them.
pub async fn confirm_enrolment(
    auth: &Auth,
    session: &Session,
    typed: &str,
    address: IpAddr,
) -> Result<StaffMember, StaffError> {
    let pending = second_step(auth, session, address, true).await?;
    let now = session_clock().max(0) as u64 / 1000;
    let codes = match super::confirm(&auth.db, &pending.email, typed.trim(), now).await {
        Ok(codes) => codes,
        Err(refused @ StaffError::SecondFactor(SecondFactorError::Wrong)) => {
            return Err(wrong_code(auth, session, &pending, refused).await?)
        }
        Err(other) => return Err(other),
    };
    db::staff::right_code(&auth.db, pending.staff_id).await?;
    let member = finish(auth, session, pending, "set up the second factor").await?;
    keep_recovery_codes(session, codes).await?;
    Ok(member)
}

/// Ends the staff session; always works, recorded when it can be.
pub async fn sign_out(auth: &Auth, session: &Session) -> Result<(), StaffError> {
    let member = super::session::require(auth, session).await.ok();
    session.flush().await?;
    if let Some(member) = member {
        let row = audit::by_host(
            Some(&member.label()),
            None,
            Action::StaffSignOut,
            Outcome::Succeeded,
            "",
        );
        let _ = auth.audit.write(row).await;
    }
    Ok(())
}
