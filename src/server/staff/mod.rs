//! The host company's staff: support people and owners, with accounts of their own
//! (never customer accounts). Added, removed and listed from the command line; the last
//! owner cannot be removed. Their sign-in takes a second factor (`second_factor`), and
//! their session its own cookie (`session`).

mod accounts;
mod enrolment;
mod error;
pub mod second_factor;
pub mod session;
pub mod sign_in;

pub use accounts::{add, list, remove, set_role, StaffError, StaffRole};
pub use enrolment::{confirm, enrol, verify, Enrolment};
pub use session::{StaffMember, StaffSession};
