//! Wire types: the JSON shapes WorkOS sends and accepts, field for field. Shared by the
//! client and by `workos-emulator`, so the two cannot drift apart.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

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

/// A domain claimed by an organization, and how far its verification got.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OrganizationDomain {
    /// Always `"organization_domain"`.
    pub object: String,
    /// `org_domain_` followed by a ULID.
    pub id: String,
    /// Lower-case domain name.
    pub domain: String,
    /// The organization that claims it.
    pub organization_id: String,
    /// `pending`, `verified`, `failed`, `unverified` or `legacy_verified`.
    pub state: String,
    /// `dns` or `manual`.
    #[serde(default)]
    pub verification_strategy: Option<String>,
    /// The value of the TXT record that proves ownership.
    #[serde(default)]
    pub verification_token: Option<String>,
    /// The TXT record's name is `{verification_prefix}.{domain}`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verification_prefix: Option<String>,
    /// ISO 8601 with milliseconds and `Z`.
    pub created_at: String,
    /// ISO 8601 with milliseconds and `Z`.
    pub updated_at: String,
}

/// An SSO connection, created in the Admin Portal.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Connection {
    /// Always `"connection"`.
    pub object: String,
    /// `conn_` followed by a ULID.
    pub id: String,
    /// The organization it signs people in to.
    pub organization_id: String,
    /// Display name.
    pub name: String,
    /// E.g. `OktaSAML`. Kept as a string: WorkOS adds provider types over time.
    pub connection_type: String,
    /// `requires_type`, `draft`, `validating`, `active`, `inactive` or `deleting`.
    pub state: String,
    /// Deprecated `linked` / `unlinked`, still sent by WorkOS.
    #[serde(default)]
    pub status: String,
    /// Domains the connection serves.
    #[serde(default)]
    pub domains: Vec<ConnectionDomain>,
    /// ISO 8601 with milliseconds and `Z`.
    pub created_at: String,
    /// ISO 8601 with milliseconds and `Z`.
    pub updated_at: String,
}

/// A domain on a connection.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ConnectionDomain {
    /// Always `"connection_domain"`.
    pub object: String,
    /// The domain's id.
    pub id: String,
    /// Lower-case domain name.
    pub domain: String,
}

/// A directory (Directory Sync), created in the Admin Portal.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Directory {
    /// Always `"directory"`.
    pub object: String,
    /// `directory_` followed by a ULID.
    pub id: String,
    /// The organization it provisions.
    pub organization_id: String,
    /// Display name.
    pub name: String,
    /// Omitted by WorkOS when the directory has none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub domain: Option<String>,
    /// WorkOS's key for the directory's endpoint.
    pub external_key: String,
    /// E.g. `okta scim v2.0`.
    #[serde(rename = "type")]
    pub directory_type: String,
    /// `linked`, `unlinked`, `validating`, `invalid_credentials` or `deleting`.
    pub state: String,
    /// User and group counts, when WorkOS reports them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<DirectoryMetadata>,
    /// ISO 8601 with milliseconds and `Z`.
    pub created_at: String,
    /// ISO 8601 with milliseconds and `Z`.
    pub updated_at: String,
}

/// How many users and groups a directory holds.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DirectoryMetadata {
    /// Active and inactive users.
    pub users: DirectoryUserCounts,
    /// Groups.
    pub groups: u64,
}

/// Users of a directory by state.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DirectoryUserCounts {
    /// Active users.
    pub active: u64,
    /// Inactive users.
    pub inactive: u64,
}

/// One page of a list endpoint.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct List<T> {
    /// Always `"list"`.
    pub object: String,
    /// The items on this page.
    pub data: Vec<T>,
    /// Cursors to the neighbouring pages.
    pub list_metadata: ListMetadata,
}

/// Cursors: pass `after` back to get the next page.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ListMetadata {
    /// Id to pass as `before` for the previous page, if any.
    pub before: Option<String>,
    /// Id to pass as `after` for the next page, if any.
    pub after: Option<String>,
}

/// A domain given when creating or updating an organization.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DomainData {
    /// Domain name.
    pub domain: String,
    /// `pending` or `verified`; required by WorkOS.
    pub state: String,
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

/// Sort order of a list, by creation time.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Order {
    /// Oldest first.
    Asc,
    /// Newest first (WorkOS's default).
    #[default]
    Desc,
    /// Newest first, with `before` fetching older and `after` newer items.
    Normal,
}

impl Order {
    /// The query value.
    pub fn as_str(self) -> &'static str {
        match self {
            Order::Asc => "asc",
            Order::Desc => "desc",
            Order::Normal => "normal",
        }
    }
}

/// Paging of list endpoints; unset fields use WorkOS's defaults.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ListOptions {
    /// 1 to 100; WorkOS's default is 10.
    pub limit: Option<u32>,
    /// Page before this id.
    pub before: Option<String>,
    /// Page after this id (what `list_metadata.after` returned).
    pub after: Option<String>,
    /// Sort order.
    pub order: Option<Order>,
}

impl ListOptions {
    /// The query pairs, without unset options.
    pub fn query(&self) -> Vec<(&'static str, String)> {
        let mut query = Vec::new();
        if let Some(limit) = self.limit {
            query.push(("limit", limit.to_string()));
        }
        if let Some(before) = &self.before {
            query.push(("before", before.clone()));
        }
        if let Some(after) = &self.after {
            query.push(("after", after.clone()));
        }
        if let Some(order) = self.order {
            query.push(("order", order.as_str().to_owned()));
        }
        query
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

/// Filters of `GET /connections`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ConnectionFilter {
    /// Only this organization's connections.
    pub organization_id: Option<String>,
    /// Only this type, e.g. `OktaSAML`.
    pub connection_type: Option<String>,
    /// Only connections serving this domain.
    pub domain: Option<String>,
    /// Text matched against the name.
    pub search: Option<String>,
}

/// Filters of `GET /directories`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DirectoryFilter {
    /// Only this organization's directories.
    pub organization_id: Option<String>,
    /// Only directories of this domain.
    pub domain: Option<String>,
    /// Text matched against the name.
    pub search: Option<String>,
}

/// Builds query pairs from optional named values, dropping unset and empty ones.
fn filter_query(pairs: &[(&'static str, Option<&String>)]) -> Vec<(&'static str, String)> {
    pairs
        .iter()
        .filter_map(|(name, value)| value.filter(|v| !v.is_empty()).map(|v| (*name, v.clone())))
        .collect()
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

impl ConnectionFilter {
    /// The query pairs.
    pub fn query(&self) -> Vec<(&'static str, String)> {
        filter_query(&[
            ("organization_id", self.organization_id.as_ref()),
            ("connection_type", self.connection_type.as_ref()),
            ("domain", self.domain.as_ref()),
            ("search", self.search.as_ref()),
        ])
    }
}

impl DirectoryFilter {
    /// The query pairs.
    pub fn query(&self) -> Vec<(&'static str, String)> {
        filter_query(&[
            ("organization_id", self.organization_id.as_ref()),
            ("domain", self.domain.as_ref()),
            ("search", self.search.as_ref()),
        ])
    }
}

/// Filters of `GET /events`. WorkOS wants `events` on every call.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EventFilter {
    /// Event names, e.g. `connection.saml_certificate_renewal_required`.
    pub events: Vec<String>,
    /// Only this organization's events.
    pub organization_id: Option<String>,
    /// ISO 8601: only events at or after it.
    pub range_start: Option<String>,
    /// ISO 8601: only events before it.
    pub range_end: Option<String>,
}

impl EventFilter {
    /// The query pairs; `events` comma-joined as the official SDKs send it.
    pub fn query(&self) -> Vec<(&'static str, String)> {
        let events = (!self.events.is_empty()).then(|| self.events.join(","));
        filter_query(&[
            ("events", events.as_ref()),
            ("organization_id", self.organization_id.as_ref()),
            ("range_start", self.range_start.as_ref()),
            ("range_end", self.range_end.as_ref()),
        ])
    }
}

/// One event, as the Events API lists it and webhooks deliver it (kept 30 days).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// Always `"event"`.
    pub object: String,
    /// `event_` followed by a ULID.
    pub id: String,
    /// e.g. `connection.activated`.
    pub event: String,
    /// The event's object; its shape depends on `event`.
    pub data: serde_json::Value,
    /// ISO 8601 with milliseconds and `Z`.
    pub created_at: String,
}

/// `connection.saml_certificate_renewal_required`: a SAML certificate nears its expiry.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CertificateRenewalRequired {
    /// The connection whose certificate it is.
    pub connection: EventConnection,
    /// The certificate that expires.
    pub certificate: SamlCertificate,
    /// Days left; negative once expired.
    pub days_until_expiry: i64,
}

/// The connection an event is about.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EventConnection {
    /// `conn_…`.
    pub id: String,
    /// `org_…`.
    pub organization_id: String,
}

/// A SAML certificate as events describe it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SamlCertificate {
    /// e.g. `ResponseSigning`.
    pub certificate_type: String,
    /// ISO 8601.
    pub expiry_date: String,
    /// Whether it has expired already.
    pub is_expired: bool,
}

/// What an Admin Portal link lets the admin set up.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PortalIntent {
    /// Single sign-on connections.
    Sso,
    /// Directory Sync.
    Dsync,
    /// Viewing audit logs.
    AuditLogs,
    /// Streaming audit logs to a destination.
    LogStreams,
    /// Proving ownership of domains.
    DomainVerification,
    /// Renewing SAML certificates.
    CertificateRenewal,
    /// Bring your own encryption key.
    BringYourOwnKey,
}

impl PortalIntent {
    /// Every intent, in WorkOS's order.
    pub const ALL: [PortalIntent; 7] = [
        PortalIntent::Sso,
        PortalIntent::Dsync,
        PortalIntent::AuditLogs,
        PortalIntent::LogStreams,
        PortalIntent::DomainVerification,
        PortalIntent::CertificateRenewal,
        PortalIntent::BringYourOwnKey,
    ];

    /// The wire value, e.g. `domain_verification`.
    pub fn as_str(self) -> &'static str {
        match self {
            PortalIntent::Sso => "sso",
            PortalIntent::Dsync => "dsync",
            PortalIntent::AuditLogs => "audit_logs",
            PortalIntent::LogStreams => "log_streams",
            PortalIntent::DomainVerification => "domain_verification",
            PortalIntent::CertificateRenewal => "certificate_renewal",
            PortalIntent::BringYourOwnKey => "bring_your_own_key",
        }
    }

    /// The intent with this wire value.
    pub fn parse(value: &str) -> Option<PortalIntent> {
        PortalIntent::ALL.into_iter().find(|i| i.as_str() == value)
    }
}

impl fmt::Display for PortalIntent {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What an IT contact is invited to set up (note `directory_sync`, not `dsync`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ItContactIntent {
    /// Single sign-on.
    Sso,
    /// Directory Sync.
    DirectorySync,
    /// Audit log streams.
    LogStreams,
    /// Domain verification.
    DomainVerification,
    /// Bring your own key.
    BringYourOwnKey,
}

impl ItContactIntent {
    /// Every intent an invitation may carry.
    pub const ALL: [ItContactIntent; 5] = [
        ItContactIntent::Sso,
        ItContactIntent::DirectorySync,
        ItContactIntent::LogStreams,
        ItContactIntent::DomainVerification,
        ItContactIntent::BringYourOwnKey,
    ];

    /// The wire value.
    pub fn as_str(self) -> &'static str {
        match self {
            ItContactIntent::Sso => "sso",
            ItContactIntent::DirectorySync => "directory_sync",
            ItContactIntent::LogStreams => "log_streams",
            ItContactIntent::DomainVerification => "domain_verification",
            ItContactIntent::BringYourOwnKey => "bring_your_own_key",
        }
    }

    /// The intent with this wire value.
    pub fn parse(value: &str) -> Option<ItContactIntent> {
        ItContactIntent::ALL
            .into_iter()
            .find(|i| i.as_str() == value)
    }

    /// The portal intent that sets the same thing up.
    pub fn portal_intent(self) -> PortalIntent {
        match self {
            ItContactIntent::Sso => PortalIntent::Sso,
            ItContactIntent::DirectorySync => PortalIntent::Dsync,
            ItContactIntent::LogStreams => PortalIntent::LogStreams,
            ItContactIntent::DomainVerification => PortalIntent::DomainVerification,
            ItContactIntent::BringYourOwnKey => PortalIntent::BringYourOwnKey,
        }
    }
}

/// `POST /portal/generate_link`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GenerateLink {
    /// The organization id (`org_…`).
    pub organization: String,
    /// Optional at WorkOS (the dashboard's default applies); always sent by Portico.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub intent: Option<PortalIntent>,
    /// Where the portal's logo / back link goes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub return_url: Option<String>,
    /// Where the admin goes after finishing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub success_url: Option<String>,
    /// The admin's id in the app, so the link can be revoked later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_user_id: Option<String>,
    /// Up to 20 IT contacts who get access to the portal.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub it_contact_emails: Vec<String>,
    /// Per-intent options, e.g. the provider an SSO setup opens with.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub intent_options: Option<IntentOptions>,
}

/// `intent_options` of generate_link, as WorkOS's official SDKs send it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct IntentOptions {
    /// Options of the `sso` intent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sso: Option<SsoIntentOptions>,
}

/// `intent_options.sso`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SsoIntentOptions {
    /// The connection type the setup opens with, e.g. `OktaSAML` (WorkOS may ignore it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider_type: Option<String>,
}

impl GenerateLink {
    /// A link for one organization and intent, with no URLs or contacts yet.
    pub fn new(organization: impl Into<String>, intent: PortalIntent) -> GenerateLink {
        GenerateLink {
            organization: organization.into(),
            intent: Some(intent),
            return_url: None,
            success_url: None,
            external_user_id: None,
            it_contact_emails: Vec::new(),
            intent_options: None,
        }
    }
}

/// The answer of generate_link.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PortalLink {
    /// Valid for five minutes.
    pub link: String,
}

/// `POST /portal/revoke_link`: ends every link (and portal session started from one)
/// generated with this `external_user_id` for this organization.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RevokeLink {
    /// The organization id.
    pub organization: String,
    /// As given to generate_link.
    pub external_user_id: String,
}

/// An IT contact of an organization.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ItContact {
    /// Always `"it_contact"`.
    pub object: String,
    /// The contact's id.
    pub id: String,
    /// Where WorkOS sends invitations.
    pub email: String,
    /// ISO 8601 with milliseconds and `Z`.
    pub created_at: String,
    /// ISO 8601 with milliseconds and `Z`.
    pub updated_at: String,
}

/// `POST /organizations/{id}/it_contacts/{contact_id}/invite`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct InviteItContact {
    /// What the contact may set up.
    pub intents: Vec<ItContactIntent>,
}

/// `GET /organizations/{id}/audit_log_configuration`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AuditLogConfiguration {
    /// The organization.
    pub organization_id: String,
    /// How long events are kept.
    pub retention_period_in_days: u32,
    /// `active`, `inactive` or `disabled`.
    pub state: String,
    /// The stream set up in the Admin Portal, if any.
    pub log_stream: Option<LogStream>,
}

/// Where audit events are streamed.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LogStream {
    /// The stream's id.
    pub id: String,
    /// `AzureSentinel`, `Datadog`, `GenericHttps`, `GoogleCloudStorage`, `S3`,
    /// `Snowflake` or `Splunk`.
    #[serde(rename = "type")]
    pub stream_type: String,
    /// `active`, `inactive`, `error` or `invalid`.
    pub state: String,
    /// When events last reached the destination.
    pub last_synced_at: Option<String>,
    /// ISO 8601 with milliseconds and `Z`.
    pub created_at: String,
}

/// The error body shapes WorkOS uses; every field optional so any of them parses.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ErrorBody {
    /// A sentence for people.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// A stable code, e.g. `entity_not_found`, `external_id_already_used`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// The id that was not found, on 404s.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entity_id: Option<String>,
    /// Per-field problems, on 422s.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub errors: Option<Vec<FieldError>>,
}

/// One field's problem in a 422 answer.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FieldError {
    /// The request field.
    pub field: String,
    /// What is wrong with it.
    pub code: String,
}

/// ISO 8601 with milliseconds and `Z`, as WorkOS writes timestamps.
pub fn timestamp(at: time::OffsetDateTime) -> String {
    let at = at.to_offset(time::UtcOffset::UTC);
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}.{:03}Z",
        at.year(),
        u8::from(at.month()),
        at.day(),
        at.hour(),
        at.minute(),
        at.second(),
        at.millisecond()
    )
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
    fn a_directory_without_domain_omits_it() {
        let directory = Directory {
            object: "directory".into(),
            id: "directory_1".into(),
            organization_id: "org_1".into(),
            name: "Okta".into(),
            domain: None,
            external_key: "k".into(),
            directory_type: "okta scim v2.0".into(),
            state: "linked".into(),
            metadata: None,
            created_at: "t".into(),
            updated_at: "t".into(),
        };
        let json = serde_json::to_value(&directory).unwrap();
        assert!(json.get("domain").is_none(), "{json}");
    }

    #[test]
    fn intents_round_trip_their_wire_values() {
        for intent in PortalIntent::ALL {
            assert_eq!(PortalIntent::parse(intent.as_str()), Some(intent));
            assert_eq!(
                serde_json::to_value(intent).unwrap(),
                serde_json::json!(intent.as_str())
            );
        }
        assert_eq!(
            ItContactIntent::parse("directory_sync"),
            Some(ItContactIntent::DirectorySync)
        );
        assert_eq!(ItContactIntent::parse("dsync"), None);
    }
}
