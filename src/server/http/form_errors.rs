//! A failed plain form comes back to its page with the server's sentence in the address
//! (`?error=…`). So that a crafted link cannot make Portico's page say anything, the
//! sentence travels with a signature (HMAC-SHA256 under a key made at start-up): pages
//! show only what this server wrote, for the card it named.

/// While a page renders: the form error in its address, if this server signed it.
pub fn shown_error(
    message: Option<String>,
    card: Option<&str>,
    signature: Option<String>,
) -> Option<String> {
    let state = leptos::prelude::use_context::<crate::server::state::AppState>()?;
    state.signing_key.verified(&message?, card, &signature?)
}
