//! Organizations: create, read, list, update, and delete with all that belongs to them.

use super::{
    data::{now, Data, Store},
    paging::{paginate, Page, PageError},
};
use workos::types::{List, Organization, OrganizationDomain};

/// A new organization's fields, already validated.
pub struct NewOrganization {
    /// Display name.
    pub name: String,
    /// (domain, state) pairs.
    pub domains: Vec<(String, String)>,
    /// Unique when set.
    pub external_id: Option<String>,
    /// String values only.
    pub metadata: serde_json::Map<String, serde_json::Value>,
    /// Stripe customer.
    pub stripe_customer_id: Option<String>,
}

/// Fields absent from an update stay as they are.
#[derive(Default)]
pub struct OrganizationChanges {
    /// New name.
    pub name: Option<String>,
    /// New domain list.
    pub domains: Option<Vec<(String, String)>>,
    /// `Some(None)` clears it.
    pub external_id: Option<Option<String>>,
    /// New metadata.
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// `Some(None)` clears it.
    pub stripe_customer_id: Option<Option<String>>,
}

/// Another organization already has this `external_id`.
#[derive(Debug, PartialEq)]
pub struct ExternalIdTaken;

fn external_id_taken(d: &Data, external_id: Option<&str>, except: Option<&str>) -> bool {
    external_id.is_some_and(|external_id| {
        d.organizations
            .values()
            .any(|o| o.external_id.as_deref() == Some(external_id) && Some(o.id.as_str()) != except)
    })
}

impl Store {
    /// `POST /organizations`.
    pub fn create_organization(
        &self,
        new: NewOrganization,
    ) -> Result<Organization, ExternalIdTaken> {
        let id = self.new_id("org");
        let at = now();
        let domains = new
            .domains
            .into_iter()
            .map(|(domain, state)| self.domain_object(&id, domain, state, &at))
            .collect();
        let organization = Organization {
            object: "organization".into(),
            id: id.clone(),
            name: new.name,
            allow_profiles_outside_organization: false,
            domains,
            external_id: new.external_id,
            metadata: new.metadata,
            stripe_customer_id: new.stripe_customer_id,
            created_at: at.clone(),
            updated_at: at,
        };
        self.change(|d| {
            if external_id_taken(d, organization.external_id.as_deref(), None) {
                return Err(ExternalIdTaken);
            }
            d.organizations.insert(id, organization.clone());
            Ok(organization)
        })
    }

    /// `None` when there is no such organization.
    pub fn update_organization(
        &self,
        id: &str,
        changes: OrganizationChanges,
    ) -> Option<Result<Organization, ExternalIdTaken>> {
        let at = now();
        let fresh_domains: Option<Vec<OrganizationDomain>> = changes.domains.map(|domains| {
            domains
                .into_iter()
                .map(|(domain, state)| self.domain_object(id, domain, state, &at))
                .collect()
        });
        let updated = self.change(|d| {
            if let Some(external_id) = &changes.external_id {
                if external_id_taken(d, external_id.as_deref(), Some(id)) {
                    return d.organizations.get(id).map(|_| Err(ExternalIdTaken));
                }
            }
            let org = d.organizations.get_mut(id)?;
            if let Some(name) = changes.name {
                org.name = name;
            }
            if let Some(domains) = fresh_domains {
                // Keep the ids and states of domains that stay.
                org.domains = domains
                    .into_iter()
                    .map(|fresh| {
                        org.domains
                            .iter()
                            .find(|old| old.domain == fresh.domain)
                            .cloned()
                            .unwrap_or(fresh)
                    })
                    .collect();
            }
            if let Some(external_id) = changes.external_id {
                org.external_id = external_id;
            }
            if let Some(metadata) = changes.metadata {
                org.metadata = metadata;
            }
            if let Some(stripe_customer_id) = changes.stripe_customer_id {
                org.stripe_customer_id = stripe_customer_id;
            }
            org.updated_at = at;
            Some(Ok(org.clone()))
        });
        if let Some(Ok(organization)) = &updated {
            let data = serde_json::to_value(organization).unwrap_or_default();
            self.emit("organization.updated", data);
        }
        updated
    }

    /// Deletes the organization with everything that belongs to it.
    pub fn delete_organization(&self, id: &str) -> bool {
        let removed = self.change(|d| {
            let removed = d.organizations.remove(id);
            d.connections.retain(|_, c| c.organization_id != id);
            d.directories.retain(|_, x| x.organization_id != id);
            d.log_streams.remove(id);
            d.it_contacts.retain(|_, c| c.organization_id != id);
            removed
        });
        if let Some(organization) = &removed {
            let data = serde_json::to_value(organization).unwrap_or_default();
            self.emit("organization.deleted", data);
        }
        removed.is_some()
    }

    /// `GET /organizations/external_id/{external_id}`.
    pub fn organization_by_external_id(&self, external_id: &str) -> Option<Organization> {
        self.read(|d| {
            d.organizations
                .values()
                .find(|o| o.external_id.as_deref() == Some(external_id))
                .cloned()
        })
    }

    /// `GET /organizations/{id}`.
    pub fn organization(&self, id: &str) -> Option<Organization> {
        self.read(|d| d.organizations.get(id).cloned())
    }

    /// `GET /organizations`: those with any of `domains` (all when empty) whose name
    /// contains `search` (any case).
    pub fn organizations(
        &self,
        page: &Page,
        domains: &[String],
        search: Option<&str>,
    ) -> Result<List<Organization>, PageError> {
        let search = search.map(str::to_lowercase);
        let all: Vec<_> = self.read(|d| {
            d.organizations
                .values()
                .filter(|o| {
                    domains.is_empty() || o.domains.iter().any(|x| domains.contains(&x.domain))
                })
                .filter(|o| {
                    search
                        .as_deref()
                        .is_none_or(|s| o.name.to_lowercase().contains(s))
                })
                .cloned()
                .collect()
        });
        paginate(all, page, |o| &o.id)
    }
}
