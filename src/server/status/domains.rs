//! Domain verification: the organization's domains and their DNS checks.

use super::reading::{reading, Reading};
use crate::{
    model::{day_and_month, listed, DomainClaim, DomainState, Setup},
    t,
};
use workos::types::Organization;

pub(super) fn domain_claims(organization: &Organization) -> Vec<DomainClaim> {
    organization
        .domains
        .iter()
        .map(|d| DomainClaim {
            id: d.id.clone(),
            domain: d.domain.clone(),
            state: DomainState::from_workos(&d.state),
            record: d
                .verification_prefix
                .as_deref()
                .zip(d.verification_token.as_deref())
                .map(|(prefix, token)| (format!("{prefix}.{}", d.domain), token.to_owned())),
        })
        .collect()
}

/// All the organization's domains at once: any failed check needs attention; any domain
/// still waiting for DNS keeps the area in progress (with how far it got); all verified
/// is active.
pub(super) fn domains(organization: &Organization) -> Reading {
    let with_state = |state: &str| -> Vec<&str> {
        organization
            .domains
            .iter()
            .filter(|d| d.state == state)
            .map(|d| d.domain.as_str())
            .collect()
    };
    let (verified, failed, pending) = (
        with_state("verified"),
        with_state("failed"),
        with_state("pending"),
    );
    let names =
        |domains: &[&str]| listed(&domains.iter().map(|d| d.to_string()).collect::<Vec<_>>());
    let waiting = match pending.as_slice() {
        [] => String::new(),
        many => t!(
            "status-domains-waiting",
            count = many.len(),
            domains = names(many)
        ),
    };
    let total = organization.domains.len();
    if !failed.is_empty() {
        // Since the newest failure: when the admins last had news of it.
        let since = organization
            .domains
            .iter()
            .filter(|d| d.state == "failed")
            .map(|d| d.updated_at.as_str())
            .max()
            .map(day_and_month)
            .unwrap_or_default();
        let check = t!(
            "status-domains-failed",
            domains = names(&failed),
            date = since
        );
        let summary = if waiting.is_empty() {
            check
        } else {
            format!("{check} {waiting}")
        };
        reading(Setup::NeedsAttention, summary, None)
    } else if !pending.is_empty() {
        let progress = match verified.len() {
            0 => waiting,
            done => t!(
                "status-domains-progress",
                done = done,
                total = total,
                waiting = waiting
            ),
        };
        reading(Setup::InProgress, progress, None)
    } else if !verified.is_empty() {
        reading(
            Setup::Active,
            t!("status-domains-verified", domains = names(&verified)),
            None,
        )
    } else {
        reading(Setup::NotConfigured, t!("status-domains-none"), None)
    }
}
