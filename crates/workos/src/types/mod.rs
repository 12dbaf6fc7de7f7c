//! Wire types: the JSON shapes WorkOS sends and accepts, field for field. Shared by the
//! client and by `workos-emulator`, so the two cannot drift apart.

mod audit_logs;
mod connections;
mod directories;
mod domains;
mod errors;
mod events;
mod it_contacts;
mod lists;
mod organizations;
mod portal;
mod sso;
mod timestamps;
mod webhook_endpoints;

pub use audit_logs::{AuditLogConfiguration, LogStream};
pub use connections::{Connection, ConnectionDomain, ConnectionFilter};
pub use directories::{Directory, DirectoryFilter, DirectoryMetadata, DirectoryUserCounts};
pub use domains::OrganizationDomain;
pub use errors::{ErrorBody, FieldError};
pub use events::{
    CertificateRenewalRequired, Event, EventConnection, EventFilter, SamlCertificate,
};
pub use it_contacts::{InviteItContact, ItContact, ItContactIntent};
pub use lists::{List, ListMetadata, ListOptions, Order};
pub use organizations::{
    CreateOrganization, DomainData, DomainDataState, Metadata, Organization, OrganizationFilter,
    UpdateOrganization,
};
pub use portal::{
    GenerateLink, IntentOptions, PortalIntent, PortalLink, PortalSsoProvider, RevokeLink,
    SsoIntentOptions,
};
pub use sso::{Profile, ProfileAndToken, RoleSlug, SsoErrorCode, TokenRequest};
pub use timestamps::timestamp;
pub use webhook_endpoints::WebhookEndpoint;
