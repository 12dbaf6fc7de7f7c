//! What makes the emulator a test double rather than a toy: injected faults, a per-key
//! rate limit and `Idempotency-Key` replay. Faults and limits are set through the
//! emulator-only `/__emulator/` routes, which need the same API key.
//!
//! Their state is [`Controls`], one per emulator; each middleware has its own file.

mod controls;
mod faults;
mod idempotency;
mod message;
mod rate_limit;

pub use controls::Controls;
pub use faults::{faults, Fault};
pub use idempotency::idempotency;
pub use rate_limit::{rate_limit, RateLimit};
