//! One area's reading, and the words shared by every area.

use crate::{
    model::{day_and_month, AppError, Intent, Role, Setup},
    server::db,
};
use std::time::SystemTime;
use workos::WorkosError;

/// What one area's read says.
#[derive(Debug, PartialEq)]
pub(super) struct Reading {
    pub(super) setup: Option<Setup>,
    pub(super) summary: String,
    pub(super) provider: Option<String>,
}

pub(super) fn reading(setup: Setup, summary: String, provider: Option<&str>) -> Reading {
    Reading {
        setup: Some(setup),
        summary,
        provider: provider.map(str::to_owned),
    }
}

pub(super) fn from_live<T>(
    result: &Result<T, WorkosError>,
    status_error: &mut Option<String>,
    read: impl FnOnce(&T) -> Reading,
) -> Reading {
    match result {
        Ok(value) => read(value),
        Err(error) => {
            tracing::warn!(%error, "could not read live status from WorkOS");
            if status_error.is_none() {
                let shown: AppError = error.clone().into();
                *status_error = Some(shown.message);
            }
            Reading {
                setup: None,
                summary: crate::t!("status-unavailable"),
                provider: None,
            }
        }
    }
}

/// For areas WorkOS gives no read of: who last opened the portal for it from here, when.
/// Members see that an admin acted, not who: admins' emails are for admins.
pub(super) fn what_portico_knows(
    opened: &[(Intent, db::audit::Latest)],
    intent: Intent,
    viewer: Role,
) -> String {
    match opened.iter().find(|(i, _)| *i == intent) {
        Some((_, latest)) => {
            let day = day_and_month(&latest.occurred_at);
            match (&latest.actor_email, viewer) {
                (Some(email), Role::Admin) => {
                    crate::t!("status-portal-opened-by", email = email, date = day)
                }
                _ => crate::t!("status-portal-opened", date = day),
            }
        }
        None => crate::t!("status-portal-never-opened"),
    }
}

/// "3 minutes ago", for the age of a status shown from an earlier read.
pub(super) fn age(when: SystemTime) -> String {
    let seconds = SystemTime::now()
        .duration_since(when)
        .unwrap_or_default()
        .as_secs();
    match seconds {
        0..=59 => crate::t!("age-under-a-minute"),
        60..=3599 => crate::t!("age-minutes", minutes = seconds / 60),
        _ => crate::t!("age-hours", hours = seconds / 3600),
    }
}

/// "OktaSAML" → "Okta SAML", for people.
pub fn provider_name(connection_type: &str) -> String {
    crate::model::providers::find(connection_type)
        .map(|p| p.name.to_owned())
        .unwrap_or_else(|| connection_type.to_owned())
}
