//! Inline domain verification: an admin claims a domain, publishes the TXT record
//! WorkOS asks for, and has WorkOS check it, all from the settings page.

mod error;
pub use error::DomainError;

use crate::{
    model::{DnsName, Intent},
    server::{auth::OrgAdmin, state::AppState},
};
use workos::{types::OrganizationDomain, WorkosError};

/// The WorkOS organization whose domains the admin may change: linked, and with domain
/// verification in its plan.
fn changeable(admin: &OrgAdmin) -> Result<&str, DomainError> {
    let who = &admin.membership;
    if !who.features.includes(Intent::DomainVerification) {
        return Err(DomainError::NotInPlan {
            organization: who.organization_name.clone(),
        });
    }
    Ok(admin.workos_organization()?)
}

/// Claims `input` for the session's organization; WorkOS answers with the TXT record
/// to publish.
pub async fn add(
    state: &AppState,
    admin: &OrgAdmin,
    input: &str,
) -> Result<OrganizationDomain, DomainError> {
    let organization = changeable(admin)?;
    let domain = DnsName::parse(input)?;
    let claimed = state
        .workos
        .create_organization_domain(organization, domain.as_str())
        .await;
    let claimed = match claimed {
        Ok(claimed) => claimed,
        Err(WorkosError::Validation {
            status: 409,
            ref code,
            ..
        }) if code.as_deref() == Some("domain_already_exists") => {
            return Err(claimed_by(state, organization, domain).await);
        }
        Err(other) => return Err(DomainError::Workos(other)),
    };
    state.status_cache.forget_live(organization).await;
    Ok(claimed)
}

/// Who holds `domain`, which WorkOS says is claimed: the organization itself (it is on
/// the page already, perhaps still waiting for DNS), or another one.
async fn claimed_by(state: &AppState, organization: &str, domain: DnsName) -> DomainError {
    match state.workos.get_organization(organization).await {
        Ok(ours) => match ours.domains.iter().find(|d| d.domain == domain.as_str()) {
            Some(own) => DomainError::AlreadyOurs {
                domain: domain.into(),
                state: own.state.clone(),
            },
            None => DomainError::Taken {
                domain: domain.into(),
            },
        },
        Err(error) => DomainError::Workos(error),
    }
}

/// One of the session's organization's domains, by id.
async fn ours(
    state: &AppState,
    organization: &str,
    id: &str,
) -> Result<OrganizationDomain, DomainError> {
    let not_ours = || DomainError::NotOurs {
        id: crate::model::clipped(id, 80),
    };
    // Ids are WorkOS's `org_domain_…`: anything else never leaves Portico.
    if !id.starts_with("org_domain_") || !id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
    {
        return Err(not_ours());
    }
    match state.workos.get_organization_domain(id).await {
        Ok(domain) if domain.organization_id == organization => Ok(domain),
        Ok(_) | Err(WorkosError::NotFound { .. }) => Err(not_ours()),
        Err(other) => Err(DomainError::Workos(other)),
    }
}

/// Has WorkOS check the domain's TXT record now. `failed` is an answer, not an error:
/// the page shows it with the record to check.
pub async fn verify(
    state: &AppState,
    admin: &OrgAdmin,
    id: &str,
) -> Result<OrganizationDomain, DomainError> {
    let organization = changeable(admin)?;
    let domain = ours(state, organization, id).await?;
    let checked = state
        .workos
        .verify_organization_domain(&domain.id)
        .await
        .map_err(|error| match error {
            WorkosError::Validation { ref code, .. }
                if code.as_deref() == Some("domain_already_verified") =>
            {
                DomainError::AlreadyVerified {
                    domain: domain.domain.clone(),
                }
            }
            other => DomainError::Workos(other),
        });
    // Whatever the answer, what the page showed may be out of date now.
    state.status_cache.forget_live(organization).await;
    let checked = checked?;
    Ok(checked)
}

/// Gives up the claim on one of the organization's domains.
pub async fn remove(state: &AppState, admin: &OrgAdmin, id: &str) -> Result<String, DomainError> {
    let organization = changeable(admin)?;
    let domain = ours(state, organization, id).await?;
    let outcome = state.workos.delete_organization_domain(&domain.id).await;
    state.status_cache.forget_live(organization).await;
    match outcome {
        Ok(()) | Err(WorkosError::NotFound { .. }) => {}
        Err(other) => return Err(DomainError::Workos(other)),
    }
    Ok(domain.domain)
}
