//! Inline domain verification: an admin claims a domain, publishes the TXT record
//! WorkOS asks for, and has WorkOS check it, all from the settings page.

use super::{
    auth::{NotLinked, OrgAdmin},
    state::AppState,
};
use workos::{types::OrganizationDomain, WorkosError};

#[derive(Debug, thiserror::Error)]
pub enum DomainError {
    #[error(transparent)]
    NotLinked(#[from] NotLinked),
    #[error("{input:?} is not a domain name: {reason}")]
    BadName { input: String, reason: &'static str },
    #[error("{domain} is claimed by an organization already")]
    Taken { domain: String },
    #[error("{domain} is verified already")]
    AlreadyVerified { domain: String },
    /// Not a domain of the session's organization (or none at all): the same answer
    /// either way, so ids of other organizations' domains reveal nothing.
    #[error("domain {id} is not the organization's")]
    NotOurs { id: String },
    #[error("{organization}'s plan does not include domain verification")]
    NotInPlan { organization: String },
    #[error(transparent)]
    Workos(WorkosError),
}

/// The WorkOS organization whose domains the admin may change: linked, and with domain
/// verification in its plan.
fn changeable(admin: &OrgAdmin) -> Result<&str, DomainError> {
    let who = &admin.membership;
    if !who
        .features
        .includes(crate::domain::Intent::DomainVerification)
    {
        return Err(DomainError::NotInPlan {
            organization: who.organization_name.clone(),
        });
    }
    Ok(admin.workos_organization()?)
}

/// A domain name as typed, made plain: no scheme, path, port or trailing dot, lower case,
/// international names in their ASCII (punycode) form, at least two labels.
pub fn domain_name(input: &str) -> Result<String, DomainError> {
    let bad = |reason| DomainError::BadName {
        input: input.chars().take(80).collect(),
        reason,
    };
    let typed = input.trim();
    if typed.is_empty() {
        return Err(bad("empty"));
    }
    if typed.contains("://") || typed.contains(['/', '@', ':', '?', '#', ' ']) {
        return Err(bad("has more than a domain"));
    }
    let typed = typed.strip_suffix('.').unwrap_or(typed);
    // The URL crate applies IDNA (lower case, punycode) and rejects forbidden characters.
    let ascii = match url::Host::parse(typed) {
        Ok(url::Host::Domain(ascii)) => ascii,
        Ok(_) => return Err(bad("is an IP address")),
        Err(_) => return Err(bad("has characters a domain cannot have")),
    };
    let labels: Vec<&str> = ascii.split('.').collect();
    if labels.len() < 2 {
        return Err(bad("needs a dot, as in acme.com"));
    }
    if ascii.len() > 253 {
        return Err(bad("is longer than 253 characters"));
    }
    let label_ok = |label: &str| {
        (1..=63).contains(&label.len())
            && !label.starts_with('-')
            && !label.ends_with('-')
            && label
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-')
    };
    if !labels.iter().all(|l| label_ok(l)) {
        return Err(bad(
            "has a part that is empty, too long or has odd characters",
        ));
    }
    if labels
        .last()
        .is_some_and(|tld| tld.bytes().all(|b| b.is_ascii_digit()))
    {
        return Err(bad("ends in a number"));
    }
    Ok(ascii)
}

/// Claims `input` for the session's organization; WorkOS answers with the TXT record
/// to publish.
pub async fn add(
    state: &AppState,
    admin: &OrgAdmin,
    input: &str,
) -> Result<OrganizationDomain, DomainError> {
    let organization = changeable(admin)?;
    let domain = domain_name(input)?;
    let claimed = state
        .workos
        .create_organization_domain(organization, &domain)
        .await
        .map_err(|error| match error {
            WorkosError::Validation {
                status: 409,
                ref code,
                ..
            } if code.as_deref() == Some("domain_already_exists") => DomainError::Taken {
                domain: domain.clone(),
            },
            other => DomainError::Workos(other),
        })?;
    state.status_cache.forget_live(organization).await;
    Ok(claimed)
}

/// One of the session's organization's domains, by id.
async fn ours(
    state: &AppState,
    organization: &str,
    id: &str,
) -> Result<OrganizationDomain, DomainError> {
    let not_ours = || DomainError::NotOurs {
        id: id.chars().take(80).collect(),
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_domains_are_made_plain_or_refused_with_a_reason() {
        for (typed, plain) in [
            ("acme.example", "acme.example"),
            ("  Acme.Example.  ", "acme.example"),
            ("sub.acme.co.uk", "sub.acme.co.uk"),
            ("bücher.example", "xn--bcher-kva.example"),
        ] {
            assert_eq!(domain_name(typed).unwrap(), plain, "{typed}");
        }
        for typed in [
            "",
            "   ",
            "acme",
            "https://acme.example",
            "acme.example/login",
            "ada@acme.example",
            "acme.example:443",
            "10.0.0.1",
            "acme..example",
            "-acme.example",
            "acme_corp.example",
            "acme.123",
            "a b.example",
            &format!("{}.example", "a".repeat(64)),
        ] {
            assert!(
                matches!(domain_name(typed), Err(DomainError::BadName { .. })),
                "{typed:?} accepted"
            );
        }
    }
}
