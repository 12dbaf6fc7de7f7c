//! What is secret: read only from the environment, never from a file, never printed
//! (their `Debug` says only whether they are set), never sent to a browser.

use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};
use workos::ApiKey;

/// Secrets, read only from the environment. Never printed (see `Debug`).
#[derive(Clone, Default)]
pub struct Secrets {
    pub workos_api_key: Option<ApiKey>,
    pub demo_password: Option<String>,
    /// `PORTICO_EMBED_SECRET`: what host products sign embed tokens with.
    pub embed_secret: Option<String>,
    /// `PORTICO_DATABASE_URL`: a PostgreSQL server (`postgres://…`, which may hold a
    /// password); unset: SQLite in the data directory.
    pub database_url: Option<String>,
    /// `PORTICO_METRICS_TOKEN`: when set, the public listener serves `GET /metrics` to a
    /// request with `Authorization: Bearer <it>`.
    pub metrics_token: Option<MetricsToken>,
    /// `WORKOS_WEBHOOK_SECRET`: what WorkOS signs its webhook deliveries with; unset, the
    /// webhook route answers 404.
    pub webhook_secret: Option<WebhookSecret>,
    /// `PORTICO_SMTP_URL`: where notification emails go (`smtp://host:25`,
    /// `smtp://user:password@host:587?tls=required`, `smtps://host`); unset: to the
    /// embedded emulator's mail sink, or nowhere.
    pub smtp_url: Option<String>,
}

impl std::fmt::Debug for Secrets {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let set = |value: bool| if value { "<set>" } else { "<unset>" };
        f.debug_struct("Secrets")
            .field("workos_api_key", &set(self.workos_api_key.is_some()))
            .field("demo_password", &set(self.demo_password.is_some()))
            .field("embed_secret", &set(self.embed_secret.is_some()))
            .field("database_url", &set(self.database_url.is_some()))
            .field("metrics_token", &set(self.metrics_token.is_some()))
            .field("webhook_secret", &set(self.webhook_secret.is_some()))
            .field("smtp_url", &set(self.smtp_url.is_some()))
            .finish()
    }
}

impl Secrets {
    pub fn from_env() -> Secrets {
        let non_empty = |name: &str| std::env::var(name).ok().filter(|v| !v.trim().is_empty());
        Secrets {
            workos_api_key: non_empty("WORKOS_API_KEY").map(ApiKey::new),
            demo_password: non_empty("PORTICO_DEMO_PASSWORD"),
            embed_secret: non_empty("PORTICO_EMBED_SECRET"),
            database_url: non_empty("PORTICO_DATABASE_URL"),
            metrics_token: non_empty("PORTICO_METRICS_TOKEN").map(MetricsToken),
            webhook_secret: non_empty("WORKOS_WEBHOOK_SECRET").map(WebhookSecret),
            smtp_url: non_empty("PORTICO_SMTP_URL"),
        }
    }
}

/// What a scraper shows to read `/metrics` from the public listener. Never logged.
#[derive(Clone)]
pub struct MetricsToken(pub String);

impl std::fmt::Debug for MetricsToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("MetricsToken(<redacted>)")
    }
}

impl MetricsToken {
    /// Whether `given` is the token. Their SHA-256 digests are compared, so the time
    /// taken tells nothing of the token.
    pub fn matches(&self, given: &str) -> bool {
        Sha256::digest(given.as_bytes()) == Sha256::digest(self.0.as_bytes())
    }
}

/// The secret of Portico's webhook endpoint at WorkOS (`whsec_…`). Never logged.
#[derive(Clone)]
pub struct WebhookSecret(pub String);

impl std::fmt::Debug for WebhookSecret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("WebhookSecret(<redacted>)")
    }
}

/// The shortest embed secret accepted, in bytes.
pub const SHORTEST_SECRET: usize = 32;

/// The shared secret hosts sign embed tokens with. Never logged or shown.
#[derive(Clone)]
pub struct EmbedSecret(Vec<u8>);

impl std::fmt::Debug for EmbedSecret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("EmbedSecret(<redacted>)")
    }
}

#[derive(Debug, thiserror::Error, PartialEq)]
#[error("PORTICO_EMBED_SECRET is {0} bytes long; it must be at least {SHORTEST_SECRET}. Fix: use a random value such as the output of `openssl rand -hex 32`")]
pub struct ShortSecret(pub usize);

impl EmbedSecret {
    pub fn new(secret: impl Into<Vec<u8>>) -> Result<EmbedSecret, ShortSecret> {
        let secret = secret.into();
        if secret.len() < SHORTEST_SECRET {
            return Err(ShortSecret(secret.len()));
        }
        Ok(EmbedSecret(secret))
    }

    /// The secret's bytes, to check a token's signature with.
    pub fn expose(&self) -> &[u8] {
        &self.0
    }
}

/// The key this server signs what it hands a browser to bring back with: an embedded
/// page's hand-off (bound to its purpose). Derived from `PORTICO_EMBED_SECRET`, so that
/// every instance sharing the secret shares it (random when nothing is embedded). Never
/// configured on its own, never leaves the process.
#[derive(Clone)]
pub struct SigningKey([u8; 32]);

impl std::fmt::Debug for SigningKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SigningKey(…)")
    }
}

impl SigningKey {
    pub fn random() -> SigningKey {
        use rand::RngCore;
        let mut key = [0; 32];
        rand::thread_rng().fill_bytes(&mut key);
        SigningKey(key)
    }

    /// The key for instances that share `secret`: an HMAC of a fixed label under it, so
    /// the embed secret itself never signs anything but tokens' checks.
    pub fn derived_from(secret: &EmbedSecret) -> SigningKey {
        let mut mac = Hmac::<Sha256>::new_from_slice(secret.expose()).expect("any key length");
        mac.update(b"portico: the key of the portal hand-off");
        SigningKey(mac.finalize().into_bytes().into())
    }

    fn mac(&self, message: &str, context: Option<&str>) -> Hmac<Sha256> {
        let mut mac = Hmac::<Sha256>::new_from_slice(&self.0).expect("any key length");
        mac.update(context.unwrap_or("").as_bytes());
        mac.update(b"\n");
        mac.update(message.as_bytes());
        mac
    }

    /// The signature to send along with `message` for `context` (a card, a purpose).
    pub fn sign(&self, message: &str, context: Option<&str>) -> String {
        hex::encode(self.mac(message, context).finalize().into_bytes())
    }

    /// `message` if `signature` is this server's for it and `context` (constant time).
    pub fn verified(
        &self,
        message: &str,
        context: Option<&str>,
        signature: &str,
    ) -> Option<String> {
        let signature = hex::decode(signature).ok()?;
        self.mac(message, context)
            .verify_slice(&signature)
            .ok()
            .map(|()| message.to_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn instances_sharing_the_embed_secret_accept_each_others_hand_offs() {
        let secret = |s: &str| EmbedSecret::new(s.repeat(40)).unwrap();
        let (one, other) = (
            SigningKey::derived_from(&secret("a")),
            SigningKey::derived_from(&secret("a")),
        );
        let signed = one.sign("user 1, organization 2", Some("hand-off"));
        assert!(other
            .verified("user 1, organization 2", Some("hand-off"), &signed)
            .is_some());
        let stranger = SigningKey::derived_from(&secret("b"));
        assert!(stranger
            .verified("user 1, organization 2", Some("hand-off"), &signed)
            .is_none());
    }

    #[test]
    fn only_this_servers_signature_for_its_purpose_is_accepted() {
        let key = SigningKey::random();
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
        let other = SigningKey::random();
        assert_eq!(
            other.verified("Enter a domain.", Some("domain_verification"), &signed),
            None
        );
    }
}
