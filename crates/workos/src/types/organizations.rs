//! Organizations: the customers of the app, and what creating or updating one sends.

use super::{domains::OrganizationDomain, lists::filter_query};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Free-form key/value pairs on an organization (values are strings at WorkOS).
pub type Metadata = serde_json::Map<String, serde_json::Value>;

/// An organization: one customer of the app.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Organization {
    /// Always `"organization"`.
    pub object: String,
    /// `org_` followed by a ULID.
    pub id: String,
    /// Display name.
    pub name: String,
    /// Deprecated by WorkOS but still sent.
    #[serde(default)]
    pub allow_profiles_outside_organization: bool,
    /// Always an array (the official SDKs map it unconditionally).
    #[serde(default)]
    pub domains: Vec<OrganizationDomain>,
    /// The app's own id for this organization, unique per environment.
    #[serde(default)]
    pub external_id: Option<String>,
    /// Up to 50 string values.
    #[serde(default)]
    pub metadata: Metadata,
    /// Set when billing is linked to Stripe.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stripe_customer_id: Option<String>,
    /// ISO 8601 with milliseconds and `Z`.
    pub created_at: String,
    /// ISO 8601 with milliseconds and `Z`.
    pub updated_at: String,
}

/// A domain given when creating or updating an organization.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DomainData {
    /// Domain name.
    pub domain: String,
    /// Required by WorkOS.
    pub state: DomainDataState,
}

/// The two states WorkOS takes for a domain given with an organization (the SDKs' own
/// `DomainDataState`): anything else is refused with a 422.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DomainDataState {
    /// To be verified with a DNS record, or by WorkOS.
    Pending,
    /// Verified already (only for domains the app has verified itself).
    Verified,
}

/// `POST /organizations`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct CreateOrganization {
    /// Display name (required).
    pub name: String,
    /// Domains with their verification state.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub domain_data: Vec<DomainData>,
    /// The app's own id, at most 128 ASCII characters, unique.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_id: Option<String>,
    /// At most 50 keys of at most 40 characters, values of at most 600.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<Metadata>,
    /// Stripe customer to link.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stripe_customer_id: Option<String>,
}

/// `PUT /organizations/{id}`: only the fields that are set are changed.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct UpdateOrganization {
    /// New display name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Replaces the domains (those that stay keep their state).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub domain_data: Option<Vec<DomainData>>,
    /// `Some(None)` clears it (sent as `null`).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "present_or_null"
    )]
    pub external_id: Option<Option<String>>,
    /// Replaces the metadata.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<Metadata>,
    /// `Some(None)` clears it (sent as `null`).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "present_or_null"
    )]
    pub stripe_customer_id: Option<Option<String>>,
}

/// A field that may be absent (leave it), `null` (clear it) or a value (set it).
mod present_or_null {
    use super::*;

    pub fn serialize<S: Serializer, T: Serialize>(
        value: &Option<Option<T>>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        match value {
            Some(inner) => inner.serialize(serializer),
            None => serializer.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>, T: Deserialize<'de>>(
        deserializer: D,
    ) -> Result<Option<Option<T>>, D::Error> {
        Option::<T>::deserialize(deserializer).map(Some)
    }
}

/// Filters of `GET /organizations`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct OrganizationFilter {
    /// Organizations with any of these domains (sent comma-joined).
    pub domains: Vec<String>,
    /// Text matched against the name.
    pub search: Option<String>,
}

impl OrganizationFilter {
    /// The query pairs; `domains` comma-joined as the official SDKs send it.
    pub fn query(&self) -> Vec<(&'static str, String)> {
        let domains = (!self.domains.is_empty()).then(|| self.domains.join(","));
        filter_query(&[
            ("domains", domains.as_ref()),
            ("search", self.search.as_ref()),
        ])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn update_sends_null_to_clear_and_nothing_to_keep() {
        let keep = UpdateOrganization::default();
        assert_eq!(serde_json::to_string(&keep).unwrap(), "{}");
        let clear = UpdateOrganization {
            external_id: Some(None),
            ..Default::default()
        };
        assert_eq!(
            serde_json::to_string(&clear).unwrap(),
            r#"{"external_id":null}"#
        );
        let parsed: UpdateOrganization = serde_json::from_str(r#"{"external_id":null}"#).unwrap();
        assert_eq!(parsed.external_id, Some(None));
    }

    #[test]
    fn organization_filters_are_comma_joined() {
        let filter = OrganizationFilter {
            domains: vec!["a.com".into(), "b.com".into()],
            search: Some("Acme".into()),
        };
        assert_eq!(
            filter.query(),
            vec![("domains", "a.com,b.com".into()), ("search", "Acme".into())]
        );
    }

    #[test]
    fn a_domain_is_given_only_as_pending_or_verified() {
        let given = DomainData {
            domain: "acme.example".into(),
            state: DomainDataState::Pending,
        };
        assert_eq!(
            serde_json::to_value(&given).unwrap(),
            serde_json::json!({"domain": "acme.example", "state": "pending"})
        );
        let failed = serde_json::json!({"domain": "acme.example", "state": "failed"});
        assert!(serde_json::from_value::<DomainData>(failed).is_err());
    }
}
