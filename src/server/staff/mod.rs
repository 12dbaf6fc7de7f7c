//! The host company's staff: support people and owners, with accounts of their own
//! (never customer accounts). Added, removed and listed from the command line; the last
//! owner cannot be removed.

mod accounts;

pub use accounts::{add, list, remove, StaffError, StaffRole};
