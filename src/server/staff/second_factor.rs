//! Staff sign-in's second factor: time-based codes (RFC 6238: six digits, 30 s steps,
//! one step either way for a clock that drifts) from a secret enrolled at the first
//! sign-in, and recovery codes shown once and kept only as hashes. A code's step is
//! never accepted twice, so a code seen over a shoulder is spent.

use sha2::{Digest, Sha256};
use totp_rs::{Algorithm, Secret, TOTP};

const STEP_SECONDS: u64 = 30;
/// How many recovery codes an enrolment makes.
pub const RECOVERY_CODES: usize = 10;

#[derive(Debug, PartialEq, Eq, thiserror::Error)]
pub enum SecondFactorError {
    #[error("that code is not right, or has expired: enter the code your app shows now")]
    Wrong,
    #[error("that code was already used: wait for the next one")]
    Used,
    #[error("the stored second factor is unreadable: an owner must reset it")]
    Unreadable,
}

/// A new secret, base32 as authenticator apps take it typed.
pub fn new_secret() -> String {
    Secret::generate_secret().to_encoded().to_string()
}

fn totp(secret: &str, email: &str, issuer: &str) -> Result<TOTP, SecondFactorError> {
    let bytes = Secret::Encoded(secret.to_owned())
        .to_bytes()
        .map_err(|_| SecondFactorError::Unreadable)?;
    // An issuer or account with a colon is not allowed in the URL's label.
    let clean = |text: &str| text.replace(':', " ");
    TOTP::new(
        Algorithm::SHA1,
        6,
        0,
        STEP_SECONDS,
        bytes,
        Some(clean(issuer)),
        clean(email),
    )
    .map_err(|_| SecondFactorError::Unreadable)
}

/// The `otpauth://` address an authenticator app reads from the enrolment's QR code.
pub fn enrolment_url(secret: &str, email: &str, issuer: &str) -> Result<String, SecondFactorError> {
    Ok(totp(secret, email, issuer)?.get_url())
}

/// The enrolment address as a QR code an authenticator app scans: an SVG element to
/// put in the page (black on white whatever the page's theme, as cameras read best).
pub fn qr_svg(url: &str) -> Result<String, SecondFactorError> {
    let code = qrcode::QrCode::new(url.as_bytes()).map_err(|_| SecondFactorError::Unreadable)?;
    let document = code
        .render::<qrcode::render::svg::Color>()
        .min_dimensions(200, 200)
        .dark_color(qrcode::render::svg::Color("#000000"))
        .light_color(qrcode::render::svg::Color("#ffffff"))
        .build();
    // The page holds the element, not an XML document.
    let element = document
        .find("<svg")
        .map_or(document.as_str(), |at| &document[at..]);
    let label = crate::t!("staff-qr-label")
        .replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;");
    Ok(element.replacen(
        "<svg ",
        &format!(r#"<svg role="img" aria-label="{label}" "#),
        1,
    ))
}

/// The code an authenticator app shows at `now` (Unix seconds), e.g. for tests that play
/// the app.
pub fn code_at(secret: &str, now: u64) -> Result<String, SecondFactorError> {
    Ok(totp(secret, "", "Portico")?.generate(now))
}

/// Checks `code` at `now` (Unix seconds) against the steps after `last_used_step`;
/// returns the step it matched, to store as the new last used one.
pub fn check(
    secret: &str,
    code: &str,
    now: u64,
    last_used_step: Option<u64>,
) -> Result<u64, SecondFactorError> {
    let code: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    if code.len() != 6 || !code.chars().all(|c| c.is_ascii_digit()) {
        return Err(SecondFactorError::Wrong);
    }
    let totp = totp(secret, "", "Portico")?;
    let current = now / STEP_SECONDS;
    // Every candidate is compared, so the time taken does not say which step matched.
    let matched = [current.saturating_sub(1), current, current + 1]
        .into_iter()
        .filter(|&step| totp.check(&code, step * STEP_SECONDS))
        .max();
    match matched {
        None => Err(SecondFactorError::Wrong),
        Some(step) if last_used_step.is_some_and(|used| step <= used) => {
            Err(SecondFactorError::Used)
        }
        Some(step) => Ok(step),
    }
}

/// New recovery codes (`xxxxx-xxxxx`, lower-case letters and digits without look-alikes),
/// and the hashes to store: each code is high-entropy, so a plain SHA-256 is enough.
pub fn new_recovery_codes() -> (Vec<String>, Vec<String>) {
    const ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyz23456789";
    let codes: Vec<String> = (0..RECOVERY_CODES)
        .map(|_| {
            let mut code = String::with_capacity(11);
            for i in 0..10 {
                if i == 5 {
                    code.push('-');
                }
                let pick = rand::Rng::gen_range(&mut rand::thread_rng(), 0..ALPHABET.len());
                code.push(char::from(ALPHABET[pick]));
            }
            code
        })
        .collect();
    let hashes = codes.iter().map(|c| recovery_hash(c)).collect();
    (codes, hashes)
}

/// The stored form of a recovery code as typed (any case, spaces and dashes ignored).
pub fn recovery_hash(typed: &str) -> String {
    let normal: String = typed
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_lowercase())
        .collect();
    hex::encode(Sha256::digest(normal.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_qr_code_is_an_svg_element_for_the_page() {
        let svg =
            qr_svg("otpauth://totp/Portico:ana%40host.example?secret=JBSWY3DPEHPK3PXP").unwrap();
        assert!(
            svg.starts_with("<svg role=\"img\" aria-label="),
            "{svg:.80}"
        );
        assert!(svg.ends_with("</svg>") && svg.contains("<path"));
    }

    #[test]
    fn a_code_works_within_a_step_either_way_and_only_once() {
        let secret = new_secret();
        let now = 1_800_000_000;
        let code_at = |t: u64| code_at(&secret, t).unwrap();
        let step = check(&secret, &code_at(now), now, None).unwrap();
        assert_eq!(step, now / 30);
        // The same code again: spent.
        assert_eq!(
            check(&secret, &code_at(now), now, Some(step)),
            Err(SecondFactorError::Used)
        );
        // The previous step's code, from a phone a little slow, before any was used.
        assert!(check(&secret, &code_at(now - 30), now, None).is_ok());
        // Two steps off, a wrong code, and a code with letters: refused.
        assert_eq!(
            check(&secret, &code_at(now - 60), now, None),
            Err(SecondFactorError::Wrong)
        );
        assert_eq!(
            check(&secret, "000000x", now, None),
            Err(SecondFactorError::Wrong)
        );
        // Spaces as apps show them are fine.
        let spaced = code_at(now);
        let spaced = format!("{} {}", &spaced[..3], &spaced[3..]);
        assert!(check(&secret, &spaced, now, None).is_ok());
    }

    #[test]
    fn the_enrolment_url_names_the_account_and_the_issuer() {
        let secret = new_secret();
        let url = enrolment_url(&secret, "olive@host.example", "Portico (host.example)").unwrap();
        assert!(url.starts_with("otpauth://totp/"), "{url}");
        assert!(url.contains(&format!("secret={secret}")), "{url}");
        assert!(
            url.contains("olive%40host.example") || url.contains("olive@host.example"),
            "{url}"
        );
    }

    #[test]
    fn recovery_codes_are_distinct_and_matched_however_they_are_typed() {
        let (codes, hashes) = new_recovery_codes();
        assert_eq!(codes.len(), RECOVERY_CODES);
        let unique: std::collections::HashSet<_> = codes.iter().collect();
        assert_eq!(unique.len(), RECOVERY_CODES);
        assert!(codes
            .iter()
            .all(|c| c.len() == 11 && c.as_bytes()[5] == b'-'));
        let typed = codes[3].to_uppercase().replace('-', " ");
        assert_eq!(recovery_hash(&typed), hashes[3]);
        assert_ne!(recovery_hash("aaaaa-aaaaa"), hashes[3]);
    }
}
