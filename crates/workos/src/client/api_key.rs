//! The secret key every call carries.

use std::fmt;

/// A WorkOS secret key. Never printed: `Debug` redacts it.
#[derive(Clone, PartialEq, Eq)]
pub struct ApiKey(String);

impl ApiKey {
    /// Wraps a key, e.g. from `WORKOS_API_KEY`.
    pub fn new(key: impl Into<String>) -> Self {
        ApiKey(key.into())
    }

    /// The key itself, for the `Authorization` header (and nothing else).
    pub fn expose(&self) -> &str {
        &self.0
    }

    /// A fresh random `sk_test_…` key, e.g. for an emulator.
    pub fn random_test_key() -> Self {
        use rand::{distributions::Alphanumeric, Rng};
        let tail: String = rand::thread_rng()
            .sample_iter(&Alphanumeric)
            .take(40)
            .map(char::from)
            .collect();
        ApiKey(format!("sk_test_{tail}"))
    }
}

impl fmt::Debug for ApiKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("ApiKey(<redacted>)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::client::{ClientOptions, WorkosClient};
    use url::Url;

    #[test]
    fn api_key_never_shows_in_debug_output() {
        let key = ApiKey::new("sk_test_supersecretvalue1234567890");
        let client = WorkosClient::new(
            Url::parse("http://127.0.0.1:9").unwrap(),
            key.clone(),
            ClientOptions::default(),
        )
        .unwrap();
        for text in [format!("{key:?}"), format!("{client:?}")] {
            assert!(!text.contains("supersecret"), "{text}");
        }
    }
}
