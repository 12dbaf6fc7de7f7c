//! Webhook signatures, as WorkOS signs its deliveries and its official SDKs check them.
//!
//! The header is `WorkOS-Signature: t=<unix milliseconds>, v1=<hex>` (a comma and a
//! space: the Python SDK splits on exactly that), where `v1` is the HMAC-SHA256, keyed
//! with the endpoint's secret as UTF-8 bytes, of `"<t>.<raw body>"`. A receiver checks
//! the signature before it parses anything, in constant time, and refuses a timestamp
//! more than the tolerance away from its clock in either direction (as the Python SDK).

use crate::types::Event;
use hmac::{Hmac, Mac};
use sha2::Sha256;
use std::time::Duration;

/// The header a delivery is signed in.
pub const SIGNATURE_HEADER: &str = "WorkOS-Signature";

/// How far a delivery's timestamp may be from the receiver's clock: the SDKs' default.
pub const DEFAULT_TOLERANCE: Duration = Duration::from_secs(180);

/// Why a delivery was refused. None of them says what the right signature would be.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum WebhookError {
    /// No `WorkOS-Signature` header.
    #[error("the WorkOS-Signature header is missing")]
    MissingSignature,
    /// The header is not `t=<milliseconds>, v1=<hex>`.
    #[error("the WorkOS-Signature header is not \"t=<unix milliseconds>, v1=<hex>\"")]
    MalformedSignature,
    /// The timestamp is older than the tolerance.
    #[error("the delivery was signed {seconds} s ago, more than the {tolerance} s allowed")]
    Stale {
        /// How old, in whole seconds.
        seconds: u64,
        /// The tolerance, in seconds.
        tolerance: u64,
    },
    /// The timestamp is ahead of the receiver's clock by more than the tolerance.
    #[error(
        "the delivery is signed {seconds} s in the future, more than the {tolerance} s allowed"
    )]
    Future {
        /// How far ahead, in whole seconds.
        seconds: u64,
        /// The tolerance, in seconds.
        tolerance: u64,
    },
    /// The signature is not that of this body under this secret.
    #[error("the signature does not match the body")]
    Mismatch,
    /// The signature is right but the body is not an event.
    #[error("the body is not a WorkOS event: {0}")]
    NotAnEvent(String),
}

fn mac(secret: &str, timestamp_ms: i64, body: &[u8]) -> Hmac<Sha256> {
    // An HMAC takes a key of any length: `new_from_slice` cannot fail for it.
    let mut mac = Hmac::<Sha256>::new_from_slice(secret.as_bytes()).expect("any key length");
    mac.update(timestamp_ms.to_string().as_bytes());
    mac.update(b".");
    mac.update(body);
    mac
}

/// The `WorkOS-Signature` value for `body` sent at `timestamp_ms`.
pub fn signature_header(secret: &str, timestamp_ms: i64, body: &[u8]) -> String {
    let digest = mac(secret, timestamp_ms, body).finalize().into_bytes();
    format!("t={timestamp_ms}, v1={}", hex::encode(digest))
}

/// Checks `header` (the `WorkOS-Signature` value, if any) for `body` at `now_ms`.
pub fn verify(
    header: Option<&str>,
    body: &[u8],
    secret: &str,
    now_ms: i64,
    tolerance: Duration,
) -> Result<(), WebhookError> {
    let header = header.ok_or(WebhookError::MissingSignature)?;
    let (timestamp, signature) = parse(header).ok_or(WebhookError::MalformedSignature)?;
    let tolerance_ms = i64::try_from(tolerance.as_millis()).unwrap_or(i64::MAX);
    let tolerance = tolerance.as_secs();
    let age_ms = now_ms.saturating_sub(timestamp);
    if age_ms > tolerance_ms {
        let seconds = age_ms.unsigned_abs() / 1000;
        return Err(WebhookError::Stale { seconds, tolerance });
    }
    if -age_ms > tolerance_ms {
        let seconds = age_ms.unsigned_abs() / 1000;
        return Err(WebhookError::Future { seconds, tolerance });
    }
    // `verify_slice` compares in constant time.
    mac(secret, timestamp, body)
        .verify_slice(&signature)
        .map_err(|_| WebhookError::Mismatch)
}

/// Checks the signature, then parses the body as an event: what a receiver calls first.
pub fn construct_event(
    header: Option<&str>,
    body: &[u8],
    secret: &str,
    now_ms: i64,
    tolerance: Duration,
) -> Result<Event, WebhookError> {
    verify(header, body, secret, now_ms, tolerance)?;
    let event: Event =
        serde_json::from_slice(body).map_err(|e| WebhookError::NotAnEvent(e.to_string()))?;
    if event.object != "event" || event.id.is_empty() || event.event.is_empty() {
        return Err(WebhookError::NotAnEvent(
            "it needs \"object\": \"event\", an \"id\" and an \"event\"".into(),
        ));
    }
    if !event.data.is_object() {
        return Err(WebhookError::NotAnEvent(
            "\"data\" must be an object".into(),
        ));
    }
    Ok(event)
}

/// `t=<ms>, v1=<hex>` → (ms, signature bytes). The order of the two parts is WorkOS's.
fn parse(header: &str) -> Option<(i64, Vec<u8>)> {
    let (timestamp, signature) = header.split_once(", ")?;
    let timestamp = timestamp.strip_prefix("t=")?;
    if timestamp.is_empty() || !timestamp.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let signature = hex::decode(signature.strip_prefix("v1=")?).ok()?;
    Some((timestamp.parse().ok()?, signature))
}

#[cfg(test)]
mod tests {
    use super::*;

    const SECRET: &str = "whsec_test_secret";
    const BODY: &[u8] = br#"{"object":"event","id":"event_01","event":"connection.activated","data":{"id":"conn_1"},"created_at":"2026-12-03T10:00:00.000Z"}"#;
    const NOW: i64 = 1_764_756_000_000;
    const TOLERANCE: Duration = DEFAULT_TOLERANCE;

    fn check(header: Option<&str>, body: &[u8], now: i64) -> Result<Event, WebhookError> {
        construct_event(header, body, SECRET, now, TOLERANCE)
    }

    #[test]
    fn a_signed_delivery_is_accepted_at_the_edges_of_the_tolerance() {
        let header = signature_header(SECRET, NOW, BODY);
        assert!(header.starts_with(&format!("t={NOW}, v1=")), "{header}");
        assert_eq!(check(Some(&header), BODY, NOW).unwrap().id, "event_01");
        assert!(check(Some(&header), BODY, NOW + 180_000).is_ok());
        assert!(check(Some(&header), BODY, NOW - 180_000).is_ok());
    }

    #[test]
    fn each_bad_delivery_is_refused_with_its_reason() {
        let header = signature_header(SECRET, NOW, BODY);
        assert_eq!(check(None, BODY, NOW), Err(WebhookError::MissingSignature));
        for malformed in [
            "",
            "v1=abcd",
            &format!("t={NOW},v1=00"),
            &format!("t={NOW}, v1=zz"),
            &format!("t=-{NOW}, v1=00"),
            &format!("v1=00, t={NOW}"),
        ] {
            assert_eq!(
                check(Some(malformed), BODY, NOW),
                Err(WebhookError::MalformedSignature),
                "{malformed}"
            );
        }
        assert_eq!(
            check(Some(&header), BODY, NOW + 181_000),
            Err(WebhookError::Stale {
                seconds: 181,
                tolerance: 180
            })
        );
        assert_eq!(
            check(Some(&header), BODY, NOW - 181_000),
            Err(WebhookError::Future {
                seconds: 181,
                tolerance: 180
            })
        );
        let mut changed = BODY.to_vec();
        changed[40] ^= 1;
        assert_eq!(
            check(Some(&header), &changed, NOW),
            Err(WebhookError::Mismatch)
        );
        let other_secret = signature_header("whsec_other", NOW, BODY);
        assert_eq!(
            check(Some(&other_secret), BODY, NOW),
            Err(WebhookError::Mismatch)
        );
        let not_json = b"not json";
        let signed = signature_header(SECRET, NOW, not_json);
        assert!(matches!(
            check(Some(&signed), not_json, NOW),
            Err(WebhookError::NotAnEvent(_))
        ));
        let not_event =
            br#"{"object":"organization","id":"org_1","event":"x","data":{},"created_at":"t"}"#;
        let signed = signature_header(SECRET, NOW, not_event);
        assert!(matches!(
            check(Some(&signed), not_event, NOW),
            Err(WebhookError::NotAnEvent(_))
        ));
    }

    /// The same value WorkOS's SDKs compute: HMAC-SHA256 over "t.body", as hex.
    #[test]
    fn the_signature_is_hmac_sha256_of_timestamp_dot_body() {
        let header = signature_header("secret", 1, b"{}");
        // echo -n '1.{}' | openssl dgst -sha256 -hmac secret
        assert_eq!(
            header,
            "t=1, v1=1122767b193110cfec322b6f199b599edbf608ed087f2d27afb0b97d99523908"
        );
    }
}
