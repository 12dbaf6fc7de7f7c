//! The emulator's state: WorkOS objects (persisted to a JSON file when one is given)
//! and short-lived portal links and sessions (memory only, like WorkOS's own).
//!
//! One `impl Store` block per resource; `data` holds the `Store` itself: the locks, the
//! state file, the clock and ids.

mod audit_logs;
mod completions;
mod connections;
mod data;
mod directories;
mod domains;
mod events;
mod it_contacts;
mod organizations;
mod outbox;
mod paging;
mod portal;
mod scenarios;
mod sso;
mod webhooks;

pub use completions::Completion;
pub use data::{now, random_password, Store, StoreError};
pub use domains::{normalize_domain, DomainRefusal, VerifyRefusal, VERIFICATION_PREFIX};
pub use it_contacts::ContactRefusal;
pub use organizations::{ExternalIdTaken, NewOrganization, OrganizationChanges};
pub use outbox::{Email, Mail};
pub use paging::{Page, PageError};
pub use portal::{PortalGrant, INVITATION_LIFETIME, LINK_LIFETIME};
pub use sso::{describe as describe_sso_error, IdpAnswer, Person, SsoAttempt, TokenRefusal};
pub use webhooks::{Delivery, EndpointChanges, EndpointTaken};
