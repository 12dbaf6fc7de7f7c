//! PKCE (RFC 7636) as WorkOS's SSO takes it: a random verifier, and its S256 challenge,
//! base64url without padding of the verifier's SHA-256.

use base64::{engine::general_purpose::URL_SAFE_NO_PAD, Engine};
use sha2::{Digest, Sha256};

/// A verifier kept by the one who starts the sign-in, and the challenge sent with it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pkce {
    /// Sent with the code to `/sso/token`; never in a URL.
    pub verifier: String,
    /// Sent to `/sso/authorize` as `code_challenge`.
    pub challenge: String,
}

impl Pkce {
    /// A fresh pair: 32 random bytes make a 43-character verifier.
    pub fn generate() -> Pkce {
        let bytes: [u8; 32] = rand::random();
        let verifier = URL_SAFE_NO_PAD.encode(bytes);
        let challenge = challenge(&verifier);
        Pkce {
            verifier,
            challenge,
        }
    }
}

/// The S256 challenge of `verifier`.
pub fn challenge(verifier: &str) -> String {
    URL_SAFE_NO_PAD.encode(Sha256::digest(verifier.as_bytes()))
}

/// Whether `verifier` has RFC 7636's form: 43 to 128 unreserved characters.
pub fn is_verifier(verifier: &str) -> bool {
    (43..=128).contains(&verifier.len())
        && verifier
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~'))
}

/// Whether `challenge` could be an S256 challenge: 43 base64url characters.
pub fn is_s256_challenge(challenge: &str) -> bool {
    challenge.len() == 43
        && challenge
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_rfc_example_challenge() {
        // RFC 7636, appendix B.
        assert_eq!(
            challenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
            "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
        );
    }

    #[test]
    fn a_generated_pair_is_well_formed_and_matches() {
        let pkce = Pkce::generate();
        assert!(is_verifier(&pkce.verifier));
        assert!(is_s256_challenge(&pkce.challenge));
        assert_eq!(challenge(&pkce.verifier), pkce.challenge);
        assert_ne!(Pkce::generate(), pkce);
        assert!(!is_verifier("short"));
    }
}
