//! Organization domains and their DNS verification against the emulator's stand-in for DNS.

use super::data::{now, random_secret, Store};
use workos::types::OrganizationDomain;

/// The TXT record proving a domain is `{VERIFICATION_PREFIX}.{domain}`.
pub const VERIFICATION_PREFIX: &str = "_workos-challenge";

/// Why a domain could not be added.
#[derive(Debug, PartialEq)]
pub enum DomainRefusal {
    /// No such organization.
    NoOrganization,
    /// Some organization already claims it.
    Taken,
}

/// Why a domain could not be verified.
#[derive(Debug, PartialEq)]
pub enum VerifyRefusal {
    /// No such domain.
    NotFound,
    /// It is verified already.
    AlreadyVerified,
}

impl Store {
    /// `POST /organization_domains`: a pending domain.
    pub fn create_domain(
        &self,
        organization_id: &str,
        domain: &str,
    ) -> Result<OrganizationDomain, DomainRefusal> {
        let at = now();
        let fresh = self.domain_object(organization_id, domain.to_owned(), "pending".into(), &at);
        let created = self.change(|d| {
            if d.organizations
                .values()
                .any(|o| o.domains.iter().any(|x| x.domain == domain))
            {
                return Err(DomainRefusal::Taken);
            }
            let org = d
                .organizations
                .get_mut(organization_id)
                .ok_or(DomainRefusal::NoOrganization)?;
            org.domains.push(fresh.clone());
            org.updated_at = at;
            Ok(fresh)
        });
        if let Ok(domain) = &created {
            let data = serde_json::to_value(domain).unwrap_or_default();
            self.emit("organization_domain.created", data);
        }
        created
    }

    /// `GET /organization_domains/{id}`.
    pub fn domain(&self, id: &str) -> Option<OrganizationDomain> {
        self.read(|d| {
            d.organizations
                .values()
                .flat_map(|o| o.domains.iter())
                .find(|x| x.id == id)
                .cloned()
        })
    }

    /// Emulator-only: publishes a TXT record in the emulator's stand-in for DNS.
    pub fn publish_txt(&self, name: &str, value: &str) {
        let name = name.trim_end_matches('.').to_ascii_lowercase();
        self.change(|d| {
            let values = d.dns_txt.entry(name).or_default();
            if !values.iter().any(|v| v == value) {
                values.push(value.to_owned());
            }
        });
    }

    /// Checks the domain's TXT record in the emulator's DNS: `verified` when
    /// `{prefix}.{domain}` holds the token, `failed` otherwise (verify again once it does).
    pub fn verify_domain_by_id(&self, id: &str) -> Result<OrganizationDomain, VerifyRefusal> {
        let at = now();
        let checked = self.change(|d| {
            let published = &d.dns_txt;
            let domain = d
                .organizations
                .values_mut()
                .flat_map(|o| o.domains.iter_mut())
                .find(|x| x.id == id)
                .ok_or(VerifyRefusal::NotFound)?;
            if domain.state == "verified" {
                return Err(VerifyRefusal::AlreadyVerified);
            }
            let record = format!(
                "{}.{}",
                domain
                    .verification_prefix
                    .as_deref()
                    .unwrap_or(VERIFICATION_PREFIX),
                domain.domain
            );
            let found = published.get(&record).is_some_and(|values| {
                values
                    .iter()
                    .any(|v| Some(v.as_str()) == domain.verification_token.as_deref())
            });
            domain.state = if found { "verified" } else { "failed" }.into();
            domain.updated_at = at;
            Ok(domain.clone())
        })?;
        // A record not found yet is no event: WorkOS keeps checking until its
        // verification period ends.
        if checked.state == "verified" {
            let domain = serde_json::to_value(&checked).unwrap_or_default();
            self.emit("organization_domain.verified", domain);
        }
        Ok(checked)
    }

    /// `DELETE /organization_domains/{id}`.
    pub fn delete_domain(&self, id: &str) -> bool {
        let removed = self.change(|d| {
            d.organizations.values_mut().find_map(|o| {
                let at = o.domains.iter().position(|x| x.id == id)?;
                Some(o.domains.remove(at))
            })
        });
        if let Some(domain) = &removed {
            let data = serde_json::to_value(domain).unwrap_or_default();
            self.emit("organization_domain.deleted", data);
        }
        removed.is_some()
    }

    pub(super) fn domain_object(
        &self,
        org: &str,
        domain: String,
        state: String,
        at: &str,
    ) -> OrganizationDomain {
        OrganizationDomain {
            object: "organization_domain".into(),
            id: self.new_id("org_domain"),
            domain,
            organization_id: org.to_owned(),
            state,
            verification_strategy: Some("dns".into()),
            verification_token: Some(random_secret(24)),
            verification_prefix: Some(VERIFICATION_PREFIX.into()),
            created_at: at.to_owned(),
            updated_at: at.to_owned(),
        }
    }

    /// Domain verification finished: the domain is on the organization, verified.
    pub fn verify_domain_for(&self, organization_id: &str, domain: &str) -> bool {
        let at = now();
        let fresh = self.domain_object(organization_id, domain.to_owned(), "verified".into(), &at);
        self.change(|d| {
            let Some(org) = d.organizations.get_mut(organization_id) else {
                return false;
            };
            match org.domains.iter_mut().find(|x| x.domain == domain) {
                Some(existing) => {
                    existing.state = "verified".into();
                    existing.updated_at = at.clone();
                }
                None => org.domains.push(fresh),
            }
            org.updated_at = at;
            true
        })
    }
}

/// A domain name as people type it, lower-cased; `None` if it is not one.
pub fn normalize_domain(input: &str) -> Option<String> {
    let domain = input.trim().trim_end_matches('.').to_lowercase();
    let labels_ok = domain.split('.').all(|label| {
        !label.is_empty()
            && label.len() <= 63
            && !label.starts_with('-')
            && !label.ends_with('-')
            && label.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
    });
    (domain.contains('.') && domain.len() <= 253 && labels_ok).then_some(domain)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn domains_are_checked_and_normalized() {
        assert_eq!(
            normalize_domain(" Acme.Example. "),
            Some("acme.example".into())
        );
        for bad in [
            "",
            "acme",
            "-a.example",
            "a..example",
            "a b.example",
            "a/b.example",
        ] {
            assert_eq!(normalize_domain(bad), None, "{bad:?}");
        }
    }
}
