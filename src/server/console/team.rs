//! Owners manage the console's staff: add a support person or an owner (their password
//! is shown once, to pass on), change a role, remove an account. The last owner stays.
//! Each change is in the trail under the owner's name.

use crate::{
    model::{day_and_month, StaffListed},
    server::{
        audit::{self, Action},
        db::audit::Outcome,
        error::ServerError,
        staff::{self, StaffError, StaffMember, StaffRole},
        state::AppState,
    },
};

/// Every staff account, for owners.
pub async fn list(state: &AppState) -> Result<Vec<StaffListed>, StaffError> {
    Ok(staff::list(&state.db)
        .await?
        .into_iter()
        .map(|row| StaffListed {
            email: row.email,
            role: row.role,
            second_factor: row.totp_confirmed_at.is_some(),
            added_on: day_and_month(&row.created_at),
        })
        .collect())
}

/// Runs an owner's change (to the staff, keys or webhooks) and records how it ended,
/// refusing (and recording) a support person's attempt.
pub(super) async fn owners_change<F>(
    state: &AppState,
    owner: &StaffMember,
    action: Action,
    subject: &str,
    change: F,
) -> Result<String, ServerError>
where
    F: std::future::Future<Output = Result<String, StaffError>>,
{
    let result = match owner.require_owner() {
        Ok(()) => change.await,
        Err(refusal) => Err(refusal),
    }
    .map_err(ServerError::from);
    let (outcome, detail) = match &result {
        Ok(done) => (Outcome::Succeeded, done.clone()),
        Err(error) => (audit::outcome_of(error), format!("{subject}: {error}")),
    };
    let row = audit::by_host(Some(&owner.label()), None, action, outcome, &detail);
    state.audit.write(row).await?;
    result
}

/// Adds `email` with `role`; answers the new account's password, shown once.
pub async fn add(
    state: &AppState,
    owner: &StaffMember,
    email: &str,
    role: &str,
) -> Result<(String, String), ServerError> {
    let password = workos_emulator::random_password();
    let subject = format!("{} as {role}", crate::model::clipped(email.trim(), 254));
    let added = owners_change(state, owner, Action::StaffAdd, &subject, async {
        let role = StaffRole::parse(role)?;
        let email = staff::add(&state.db, email, role, &password).await?;
        Ok(format!("{email} as {}", role.as_str()))
    })
    .await?;
    let email = added.split(" as ").next().unwrap_or_default().to_owned();
    Ok((email, password))
}

/// Gives `email` `role`, or removes the account (`remove`).
pub async fn change(
    state: &AppState,
    owner: &StaffMember,
    email: &str,
    change: &str,
) -> Result<String, ServerError> {
    let subject = format!("{}: {change}", crate::model::clipped(email.trim(), 254));
    let action = match change {
        "remove" => Action::StaffRemove,
        _ => Action::StaffSetRole,
    };
    owners_change(state, owner, action, &subject, async {
        match change {
            "remove" => Ok(format!(
                "removed {}",
                staff::remove(&state.db, email).await?
            )),
            role => {
                let role = StaffRole::parse(role)?;
                let email = staff::set_role(&state.db, email, role).await?;
                Ok(format!("{email} is now {}", role.as_str()))
            }
        }
    })
    .await
}
