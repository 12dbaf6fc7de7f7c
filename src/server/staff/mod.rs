//! The host company's staff: support people and owners, with accounts of their own
//! (never customer accounts). Added, removed and listed from the command line; the last
//! owner cannot be removed. Their sign-in takes a second factor (`second_factor`).

mod accounts;
mod enrolment;
pub mod second_factor;

pub use accounts::{add, list, remove, StaffError, StaffRole};
pub use enrolment::{confirm, enrol, verify, Enrolment};
