//! A staff member's second factor: enrolled at the first sign-in (a secret shown as a QR
//! code and as text, confirmed by one code, then recovery codes shown once), and asked
//! for at every sign-in after.

use super::{
    accounts::{address, now_text, StaffError},
    second_factor::{self, SecondFactorError},
};
use crate::server::db::{self, Pool};

/// What the enrolment page shows: the secret as text, and the address its QR code holds.
#[derive(Debug, Clone, PartialEq)]
pub struct Enrolment {
    pub secret: String,
    pub url: String,
}

/// Starts (or starts again) the enrolment of an account not enrolled yet.
pub async fn enrol(db: &Pool, email: &str, issuer: &str) -> Result<Enrolment, StaffError> {
    let email = address(email)?;
    let secret = second_factor::new_secret();
    if !db::staff::start_enrolment(db, &email, &secret).await? {
        return Err(match db::staff::second_factor(db, &email).await? {
            Some(_) => StaffError::AlreadyEnrolled(email),
            None => StaffError::NotFound(email),
        });
    }
    let url = second_factor::enrolment_url(&secret, &email, issuer)?;
    Ok(Enrolment { secret, url })
}

/// Confirms the enrolment with the code the app shows; returns the recovery codes, shown
/// once.
pub async fn confirm(
    db: &Pool,
    email: &str,
    code: &str,
    now: u64,
) -> Result<Vec<String>, StaffError> {
    let email = address(email)?;
    let stored = db::staff::second_factor(db, &email)
        .await?
        .ok_or_else(|| StaffError::NotFound(email.clone()))?;
    if stored.totp_confirmed_at.is_some() {
        return Err(StaffError::AlreadyEnrolled(email));
    }
    if stored.totp_secret.is_empty() {
        return Err(StaffError::NotEnrolled(email));
    }
    let step = second_factor::check(&stored.totp_secret, code, now, None)?;
    let (codes, hashes) = second_factor::new_recovery_codes();
    let step = i64::try_from(step).map_err(|_| SecondFactorError::Wrong)?;
    match db::staff::confirm_enrolment(db, stored.id, step, &now_text(), &hashes).await? {
        true => Ok(codes),
        false => Err(StaffError::AlreadyEnrolled(email)),
    }
}

/// Checks the second factor at sign-in: a code from the app (each step once), or a
/// recovery code (each once).
pub async fn verify(db: &Pool, email: &str, typed: &str, now: u64) -> Result<(), StaffError> {
    let email = address(email)?;
    let stored = db::staff::second_factor(db, &email)
        .await?
        .filter(|s| s.totp_confirmed_at.is_some())
        .ok_or_else(|| StaffError::NotEnrolled(email.clone()))?;
    if typed.chars().any(|c| c.is_ascii_alphabetic()) {
        let hash = second_factor::recovery_hash(typed);
        return match db::staff::use_recovery_code(db, stored.id, &hash, &now_text()).await? {
            true => Ok(()),
            false => Err(SecondFactorError::Wrong.into()),
        };
    }
    let last = stored.totp_last_step.and_then(|s| u64::try_from(s).ok());
    let step = second_factor::check(&stored.totp_secret, typed, now, last)?;
    let step = i64::try_from(step).map_err(|_| SecondFactorError::Wrong)?;
    // Checked again in the database: another instance may have taken this step.
    match db::staff::use_step(db, stored.id, step).await? {
        true => Ok(()),
        false => Err(SecondFactorError::Used.into()),
    }
}
