//! The staff console: the host company's support people and owners see every customer
//! organization's health (`list`, `attention`), one organization as its admins see it
//! (`organization`), act on its behalf with a reason its admins read (`actions`), and
//! owners manage staff (`team`). Reads come from the status mirror and Portico's own
//! tables, never one WorkOS call per organization listed.

pub mod actions;
pub mod attention;
mod error;
pub mod integrations;
pub mod list;
pub mod organization;
pub mod team;

pub use error::ConsoleError;
