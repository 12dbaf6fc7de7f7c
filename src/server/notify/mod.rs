//! Telling an organization's admins by email what needs their attention (a certificate
//! expiring or expired, SSO no longer active, a directory WorkOS cannot reach, a domain
//! whose check failed), at most once per condition, organization and day, across every
//! instance; each email sent is a row in the organization's trail.

mod letter;
mod tell;

pub use letter::letter;
pub use tell::{spawn_daily_reminders, tell_admins, NotifyError};
