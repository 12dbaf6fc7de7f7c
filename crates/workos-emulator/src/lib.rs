//! A WorkOS API emulator, faithful enough that WorkOS's official SDKs (Node, Python)
//! work against it unchanged: same paths at the root, JSON shapes, status codes and
//! error bodies, plus hosted Admin Portal pages a person can click through, and
//! emulator-only control routes under `/__emulator/` for tests (faults, rate limit,
//! clock, outbox, reset). See the crate's README.

#![warn(missing_docs)]

mod api;
pub mod cli;
mod control;
mod deliveries;
mod emulator;
mod hosted;
mod icons;
mod idp;
mod options;
mod portal;
mod problem;
mod router;
mod serve;
mod smtp;
mod store;

pub use control::{Fault, RateLimit};
pub use emulator::Emulator;
pub use options::{client_id_for, Options};
pub use router::router;
pub use serve::{spawn, without_delay, EmulatorError, RunningEmulator};
pub use store::{
    random_password, Completion, Delivery, Email, IdpAnswer, Mail, Person, SsoAttempt, Store,
    StoreError, TokenRefusal, LINK_LIFETIME, VERIFICATION_PREFIX,
};
