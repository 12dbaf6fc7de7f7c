//! A failed plain form comes back to its page with the server's sentence in the address
//! (`?error=…`). So that a crafted link cannot make Portico's page say anything, the
//! sentence travels with a signature (HMAC-SHA256 under a key made at start-up): pages
//! show only what this server wrote, for the card it named.

use hmac::{Hmac, Mac};
use sha2::Sha256;

/// The key a running server signs its form errors with.
#[derive(Clone)]
pub struct FormErrorKey([u8; 32]);

impl std::fmt::Debug for FormErrorKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("FormErrorKey(…)")
    }
}

impl FormErrorKey {
    pub fn random() -> FormErrorKey {
        use rand::RngCore;
        let mut key = [0; 32];
        rand::thread_rng().fill_bytes(&mut key);
        FormErrorKey(key)
    }

    fn mac(&self, message: &str, card: Option<&str>) -> Hmac<Sha256> {
        let mut mac = Hmac::<Sha256>::new_from_slice(&self.0).expect("any key length");
        mac.update(card.unwrap_or("").as_bytes());
        mac.update(b"\n");
        mac.update(message.as_bytes());
        mac
    }

    /// The signature to send along with `message` for `card`.
    pub fn sign(&self, message: &str, card: Option<&str>) -> String {
        hex::encode(self.mac(message, card).finalize().into_bytes())
    }

    /// `message` if `signature` is this server's for it and `card` (constant time).
    pub fn verified(&self, message: &str, card: Option<&str>, signature: &str) -> Option<String> {
        let signature = hex::decode(signature).ok()?;
        self.mac(message, card)
            .verify_slice(&signature)
            .ok()
            .map(|()| message.to_owned())
    }
}

/// While a page renders: the form error in its address, if this server signed it.
pub fn shown_error(
    message: Option<String>,
    card: Option<&str>,
    signature: Option<String>,
) -> Option<String> {
    let state = leptos::prelude::use_context::<super::state::AppState>()?;
    state.form_error_key.verified(&message?, card, &signature?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_this_servers_sentence_for_its_card_is_shown() {
        let key = FormErrorKey::random();
        let signed = key.sign("Enter a domain.", Some("domain_verification"));
        assert_eq!(
            key.verified("Enter a domain.", Some("domain_verification"), &signed)
                .as_deref(),
            Some("Enter a domain.")
        );
        assert_eq!(
            key.verified(
                "Call +1 555 0100 now.",
                Some("domain_verification"),
                &signed
            ),
            None
        );
        assert_eq!(key.verified("Enter a domain.", Some("sso"), &signed), None);
        assert_eq!(
            key.verified("Enter a domain.", Some("domain_verification"), "zz"),
            None
        );
        let other = FormErrorKey::random();
        assert_eq!(
            other.verified("Enter a domain.", Some("domain_verification"), &signed),
            None
        );
    }
}
