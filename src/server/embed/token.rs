//! Embedding the settings page in a host product: the host mints a short-lived, one-time
//! token (an HS256 JWT signed with `PORTICO_EMBED_SECRET`), frames `/embed?token=…`, and
//! its user lands on the compact settings page without a second sign-in.

use crate::i18n::Lang;
use crate::model::{clipped, Appearance, AppearanceError, EmailAddress, Features, Intent, Role};
use crate::server::config::EmbedSecret;
use jsonwebtoken::{Algorithm, DecodingKey, Validation};
use serde_json::Value;

/// The audience every embed token must name.
pub const AUDIENCE: &str = "portico";
/// The longest a token may live (`exp - iat`), in seconds.
pub const LONGEST_LIFETIME: i64 = 300;
/// Clock difference tolerated between the host and Portico, in seconds.
pub const CLOCK_SKEW: i64 = 30;

/// Who the host says is coming, once the token has checked out.
#[derive(Clone, Debug, PartialEq)]
pub struct EmbedClaims {
    /// The host's name (`iss`), one of `embed_hosts`.
    pub host: String,
    /// The host's id for the user (`sub`).
    pub subject: String,
    pub email: String,
    pub name: Option<String>,
    /// The WorkOS organization (`org_…`).
    pub organization: String,
    pub organization_name: String,
    pub role: Role,
    pub features: Features,
    /// When the token stops working (seconds since the epoch), for the replay record.
    pub expires_at: i64,
    /// The token's unique id.
    pub token_id: String,
    /// The host's language for the page (`locale`, a BCP 47 tag): first among the
    /// language choices; `None` when absent or a language Portico does not speak.
    pub locale: Option<Lang>,
    /// How the host wants the page to look (`appearance`); the default when absent.
    pub appearance: Appearance,
}

/// Why a token was refused: each says which check failed, never the token itself.
#[derive(Clone, Debug, thiserror::Error, PartialEq)]
pub enum TokenRefusal {
    #[error("no token was given")]
    Missing,
    #[error("the token is not a JWT (three base64url parts separated by dots)")]
    Malformed,
    #[error("the token is signed with {0:?}; only HS256 is accepted")]
    WrongAlgorithm(String),
    #[error("the token's signature does not match PORTICO_EMBED_SECRET")]
    BadSignature,
    #[error("the token has no `{0}` claim")]
    MissingClaim(&'static str),
    #[error("the token's `{0}` claim has the wrong type")]
    WrongType(&'static str),
    #[error("the token's audience (`aud`) must be \"portico\"")]
    WrongAudience,
    #[error("the token's issuer (`iss`) {0:?} is not one of the embed_hosts setting")]
    UnknownHost(String),
    #[error("the token expired {0} seconds ago")]
    Expired(i64),
    #[error("the token is issued {0} seconds in the future: check the host's clock")]
    IssuedInTheFuture(i64),
    #[error("the token was issued {0} seconds ago; tokens are minted when the page loads")]
    IssuedLongAgo(i64),
    #[error("the token is not valid for another {0} seconds (`nbf`): check the host's clock")]
    NotYetValid(i64),
    #[error("the token's header names critical extensions Portico does not know: {0:?}")]
    UnknownCritical(String),
    #[error("the token lives {0} seconds; at most {LONGEST_LIFETIME} are allowed")]
    TooLongLived(i64),
    #[error("the token's role {0:?} is neither admin nor member")]
    UnknownRole(String),
    #[error("the token's organization (`org`) {0:?} is not a WorkOS organization id (org_…)")]
    BadOrganization(String),
    #[error("the token's `features` has {0:?}, which is not an area")]
    UnknownFeature(String),
    #[error("the token's `email` {0:?} is not an email address")]
    BadEmail(String),
    #[error("the token's `locale` {0:?} is not a language tag (such as \"de\" or \"ja-JP\")")]
    BadLocale(String),
    #[error("the token's `appearance`: {0}")]
    BadAppearance(AppearanceError),
    #[error("this token was used already: each token works once")]
    Replayed,
}

/// Checks everything about `token` but whether it was used before (that needs the
/// database: see `db::embed`). `now` is seconds since the epoch. The checks run in this
/// order, each with its own answer: shape and algorithm, signature, audience, issuer,
/// times, then each claim.
pub fn verify(
    token: &str,
    secret: &EmbedSecret,
    hosts: &[String],
    now: i64,
) -> Result<EmbedClaims, TokenRefusal> {
    let claims = Claims(signed_claims(token, secret)?);
    claims.check_audience()?;
    let host = claims.text("iss")?;
    if !hosts.contains(&host) {
        return Err(TokenRefusal::UnknownHost(shortened(&host)));
    }
    let expires_at = claims.check_times(now)?;
    let token_id = claims.text("jti")?;
    let subject = claims.text("sub")?;
    let email = claims.email()?;
    let organization = claims.organization()?;
    let organization_name = claims.text("org_name")?;
    let role = claims.text("role")?;
    let role = Role::parse(&role).ok_or_else(|| TokenRefusal::UnknownRole(shortened(&role)))?;
    Ok(EmbedClaims {
        host,
        subject: clipped(&subject, 200),
        email,
        name: claims.name(),
        organization,
        organization_name: clipped(&organization_name, 200),
        role,
        features: claims.features()?,
        expires_at,
        token_id: clipped(&token_id, 200),
        locale: claims.locale()?,
        appearance: claims.appearance()?,
    })
}

/// The token's claims, once its algorithm is HS256 and its signature is the secret's.
fn signed_claims(
    token: &str,
    secret: &EmbedSecret,
) -> Result<serde_json::Map<String, Value>, TokenRefusal> {
    let token = token.trim();
    if token.is_empty() {
        return Err(TokenRefusal::Missing);
    }
    // The algorithm first, in words: "none" and RS256 tokens get a precise answer.
    let algorithm = header_algorithm(token)?;
    if algorithm != "HS256" {
        return Err(TokenRefusal::WrongAlgorithm(shortened(&algorithm)));
    }
    // Signature only: every claim is checked by `verify`, each with its own answer.
    let mut validation = Validation::new(Algorithm::HS256);
    validation.required_spec_claims.clear();
    validation.validate_exp = false;
    validation.validate_aud = false;
    let decoded = jsonwebtoken::decode::<serde_json::Map<String, Value>>(
        token,
        &DecodingKey::from_secret(secret.expose()),
        &validation,
    )
    .map_err(|error| match error.kind() {
        jsonwebtoken::errors::ErrorKind::InvalidSignature => TokenRefusal::BadSignature,
        _ => TokenRefusal::Malformed,
    })?;
    Ok(decoded.claims)
}

/// A signed token's claims, read one at a time, each refusal naming the claim.
struct Claims(serde_json::Map<String, Value>);

impl Claims {
    fn text(&self, name: &'static str) -> Result<String, TokenRefusal> {
        match self.0.get(name) {
            None | Some(Value::Null) => Err(TokenRefusal::MissingClaim(name)),
            Some(Value::String(value)) if value.trim().is_empty() => {
                Err(TokenRefusal::MissingClaim(name))
            }
            Some(Value::String(value)) => Ok(value.trim().to_owned()),
            Some(_) => Err(TokenRefusal::WrongType(name)),
        }
    }

    fn number(&self, name: &'static str) -> Result<i64, TokenRefusal> {
        match self.0.get(name) {
            None | Some(Value::Null) => Err(TokenRefusal::MissingClaim(name)),
            Some(value) => value.as_i64().ok_or(TokenRefusal::WrongType(name)),
        }
    }

    fn check_audience(&self) -> Result<(), TokenRefusal> {
        let audience_ok = match self.0.get("aud") {
            None | Some(Value::Null) => return Err(TokenRefusal::MissingClaim("aud")),
            Some(Value::String(aud)) => aud == AUDIENCE,
            Some(Value::Array(auds)) => auds.iter().any(|a| a == AUDIENCE),
            Some(_) => false,
        };
        audience_ok.then_some(()).ok_or(TokenRefusal::WrongAudience)
    }

    /// Issued lately, valid now, not expired, short-lived (with the clock skew allowed):
    /// its expiry. Arithmetic saturates, so no time (`iat` of `i64::MIN`, say) wraps
    /// round into a valid one.
    fn check_times(&self, now: i64) -> Result<i64, TokenRefusal> {
        let (issued_at, expires_at) = (self.number("iat")?, self.number("exp")?);
        if expires_at.saturating_add(CLOCK_SKEW) <= now {
            return Err(TokenRefusal::Expired(now.saturating_sub(expires_at)));
        }
        if issued_at > now.saturating_add(CLOCK_SKEW) {
            return Err(TokenRefusal::IssuedInTheFuture(
                issued_at.saturating_sub(now),
            ));
        }
        let age = now.saturating_sub(issued_at);
        if age > LONGEST_LIFETIME + CLOCK_SKEW {
            return Err(TokenRefusal::IssuedLongAgo(age));
        }
        if let Some(not_before) = self.optional_number("nbf")? {
            if not_before > now.saturating_add(CLOCK_SKEW) {
                return Err(TokenRefusal::NotYetValid(not_before.saturating_sub(now)));
            }
        }
        let lifetime = expires_at.saturating_sub(issued_at);
        if lifetime > LONGEST_LIFETIME {
            return Err(TokenRefusal::TooLongLived(lifetime));
        }
        Ok(expires_at)
    }

    fn optional_number(&self, name: &'static str) -> Result<Option<i64>, TokenRefusal> {
        match self.0.get(name) {
            None | Some(Value::Null) => Ok(None),
            Some(_) => self.number(name).map(Some),
        }
    }

    fn email(&self) -> Result<String, TokenRefusal> {
        let email = self.text("email")?;
        EmailAddress::parse(&email)
            .map(String::from)
            .map_err(|_| TokenRefusal::BadEmail(shortened(&email)))
    }

    /// A WorkOS organization id: `org_` and letters and digits.
    fn organization(&self) -> Result<String, TokenRefusal> {
        let organization = self.text("org")?;
        let plain_id = organization.len() <= 64
            && organization.strip_prefix("org_").is_some_and(|rest| {
                !rest.is_empty() && rest.bytes().all(|b| b.is_ascii_alphanumeric())
            });
        match plain_id {
            true => Ok(organization),
            false => Err(TokenRefusal::BadOrganization(shortened(&organization))),
        }
    }

    /// The plan's areas: every one when the claim is absent.
    fn features(&self) -> Result<Features, TokenRefusal> {
        match self.0.get("features") {
            None | Some(Value::Null) => Ok(Features::ALL),
            Some(Value::Array(names)) => {
                let mut intents = Vec::new();
                for name in names {
                    let name = name.as_str().ok_or(TokenRefusal::WrongType("features"))?;
                    let intent = Intent::parse(name)
                        .map_err(|_| TokenRefusal::UnknownFeature(shortened(name)))?;
                    intents.push(intent);
                }
                Ok(Features::only(intents))
            }
            Some(_) => Err(TokenRefusal::WrongType("features")),
        }
    }

    /// A BCP 47 tag's shape (letters, digits and hyphens, at most 35 characters) is
    /// checked; a language Portico does not speak leaves the choice to the next source.
    fn locale(&self) -> Result<Option<Lang>, TokenRefusal> {
        let tag = match self.0.get("locale") {
            None | Some(Value::Null) => return Ok(None),
            Some(Value::String(tag)) => tag.trim(),
            Some(_) => return Err(TokenRefusal::WrongType("locale")),
        };
        let shaped = !tag.is_empty()
            && tag.len() <= 35
            && tag.split('-').all(|part| {
                (1..=8).contains(&part.len()) && part.chars().all(|c| c.is_ascii_alphanumeric())
            });
        if !shaped {
            return Err(TokenRefusal::BadLocale(shortened(tag)));
        }
        Ok(Lang::from_tag(tag))
    }

    /// An object of settings (`{"accent": "#0a7", "radius": 6, "heading": false}`), each
    /// checked as `Appearance::set` checks the script's options.
    fn appearance(&self) -> Result<Appearance, TokenRefusal> {
        let settings = match self.0.get("appearance") {
            None | Some(Value::Null) => return Ok(Appearance::default()),
            Some(Value::Object(settings)) => settings,
            Some(_) => return Err(TokenRefusal::WrongType("appearance")),
        };
        let mut appearance = Appearance::default();
        for (name, value) in settings {
            let text = match value {
                Value::String(text) => text.clone(),
                Value::Number(number) => number.to_string(),
                Value::Bool(switch) => switch.to_string(),
                _ => return Err(TokenRefusal::WrongType("appearance")),
            };
            appearance
                .set(name, &text)
                .map_err(TokenRefusal::BadAppearance)?;
        }
        Ok(appearance)
    }

    fn name(&self) -> Option<String> {
        match self.0.get("name") {
            Some(Value::String(name)) if !name.trim().is_empty() => Some(shortened(name.trim())),
            _ => None,
        }
    }
}

/// The `alg` of the token's header, read without trusting anything else in it.
fn header_algorithm(token: &str) -> Result<String, TokenRefusal> {
    use base64::Engine;
    let mut parts = token.split('.');
    let (Some(header), Some(_), Some(_), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(TokenRefusal::Malformed);
    };
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(header.trim_end_matches('='))
        .map_err(|_| TokenRefusal::Malformed)?;
    let header: serde_json::Map<String, Value> =
        serde_json::from_slice(&bytes).map_err(|_| TokenRefusal::Malformed)?;
    let algorithm = match header.get("alg") {
        Some(Value::String(alg)) => alg.clone(),
        _ => return Err(TokenRefusal::Malformed),
    };
    // Portico understands no JWS extension, so any critical one must refuse the token
    // (RFC 7515, 4.1.11).
    if let Some(critical) = header.get("crit") {
        return Err(TokenRefusal::UnknownCritical(shortened(
            &critical.to_string(),
        )));
    }
    Ok(algorithm)
}

fn shortened(text: &str) -> String {
    clipped(text, 80)
}

#[cfg(test)]
mod tests {
    use super::*;
    use jsonwebtoken::{encode, EncodingKey, Header};
    use serde_json::json;

    const SECRET: &str = "a-test-embed-secret-of-at-least-32-bytes";
    const NOW: i64 = 1_800_000_000;

    fn hosts() -> Vec<String> {
        vec!["acme-host".to_owned()]
    }

    fn claims() -> Value {
        json!({
            "iss": "acme-host", "aud": "portico", "sub": "user-42",
            "email": "Ada@Acme.Example", "name": "Ada Lovelace",
            "org": "org_01HACME", "org_name": "Acme", "role": "admin",
            "features": ["sso", "dsync"], "iat": NOW - 10, "exp": NOW + 110, "jti": "t-1",
        })
    }

    fn signed(claims: &Value) -> String {
        encode(
            &Header::new(Algorithm::HS256),
            claims,
            &EncodingKey::from_secret(SECRET.as_bytes()),
        )
        .unwrap()
    }

    fn check(token: &str) -> Result<EmbedClaims, TokenRefusal> {
        verify(token, &EmbedSecret::new(SECRET).unwrap(), &hosts(), NOW)
    }

    fn with(
        change: impl FnOnce(&mut serde_json::Map<String, Value>),
    ) -> Result<EmbedClaims, TokenRefusal> {
        let mut claims = claims();
        change(claims.as_object_mut().unwrap());
        check(&signed(&claims))
    }

    #[test]
    fn a_good_token_names_the_user_their_organization_role_and_plan() {
        let claims = check(&signed(&claims())).unwrap();
        assert_eq!(claims.email, "ada@acme.example");
        assert_eq!(claims.organization, "org_01HACME");
        assert_eq!(claims.role, Role::Admin);
        assert_eq!(claims.features.stored().as_deref(), Some("sso,dsync"));
        assert_eq!(claims.name.as_deref(), Some("Ada Lovelace"));
        // No `features`: everything.
        assert_eq!(
            with(|c| {
                c.remove("features");
            })
            .unwrap()
            .features,
            Features::ALL
        );
    }

    #[test]
    fn short_secrets_are_refused() {
        assert_eq!(
            EmbedSecret::new("too short").unwrap_err(),
            crate::server::config::ShortSecret(9)
        );
    }

    #[test]
    fn a_missing_or_garbled_token_is_refused() {
        assert_eq!(check(""), Err(TokenRefusal::Missing));
        assert_eq!(check("not-a-jwt"), Err(TokenRefusal::Malformed));
        assert_eq!(check("a.b.c"), Err(TokenRefusal::Malformed));
    }

    #[test]
    fn other_algorithms_and_none_are_refused() {
        use base64::Engine;
        let encode =
            |v: &Value| base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(v.to_string());
        let none = format!(
            "{}.{}.",
            encode(&json!({"alg": "none", "typ": "JWT"})),
            encode(&claims())
        );
        assert_eq!(
            check(&none),
            Err(TokenRefusal::WrongAlgorithm("none".into()))
        );
        let hs512 = encode_with(Algorithm::HS512);
        assert_eq!(
            check(&hs512),
            Err(TokenRefusal::WrongAlgorithm("HS512".into()))
        );
    }

    fn encode_with(algorithm: Algorithm) -> String {
        encode(
            &Header::new(algorithm),
            &claims(),
            &EncodingKey::from_secret(SECRET.as_bytes()),
        )
        .unwrap()
    }

    /// Red team: `iat` = `i64::MIN` with `exp` ten years ahead passed (`exp - iat`
    /// wrapped), and so did a future `nbf`.
    #[test]
    fn a_wrapping_lifetime_an_old_iat_and_a_future_nbf_are_refused() {
        let ten_years = 10 * 365 * 24 * 3600;
        assert!(matches!(
            with(|c| {
                c.insert("iat".into(), json!(i64::MIN));
                c.insert("exp".into(), json!(NOW + ten_years));
            }),
            Err(TokenRefusal::IssuedLongAgo(_))
        ));
        assert!(matches!(
            with(|c| {
                c.insert("iat".into(), json!(NOW - 10));
                c.insert("exp".into(), json!(i64::MAX));
            }),
            Err(TokenRefusal::TooLongLived(_))
        ));
        // Short-lived and not yet expired, but minted long ago.
        assert_eq!(
            with(|c| {
                c.insert("iat".into(), json!(NOW - 400));
                c.insert("exp".into(), json!(NOW - 10));
            }),
            Err(TokenRefusal::IssuedLongAgo(400))
        );
        assert_eq!(
            with(|c| {
                c.insert("nbf".into(), json!(NOW + 60));
            }),
            Err(TokenRefusal::NotYetValid(60))
        );
        assert_eq!(
            with(|c| {
                c.insert("nbf".into(), json!("now"));
            }),
            Err(TokenRefusal::WrongType("nbf"))
        );
        assert!(with(|c| {
            c.insert("nbf".into(), json!(NOW - 10));
        })
        .is_ok());
    }

    /// Red team: a header with an unknown `crit` extension was accepted.
    #[test]
    fn a_token_with_a_critical_extension_is_refused() {
        use base64::Engine;
        let encode =
            |v: &Value| base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(v.to_string());
        let signed = signed(&claims());
        let signature = signed.rsplit('.').next().unwrap();
        let token = format!(
            "{}.{}.{signature}",
            encode(&json!({"alg": "HS256", "typ": "JWT", "crit": ["b64"], "b64": false})),
            encode(&claims())
        );
        assert_eq!(
            check(&token),
            Err(TokenRefusal::UnknownCritical("[\"b64\"]".into()))
        );
    }

    #[test]
    fn a_bad_signature_is_refused() {
        let other = encode(
            &Header::new(Algorithm::HS256),
            &claims(),
            &EncodingKey::from_secret(b"another-secret-that-is-32-bytes-long!!"),
        )
        .unwrap();
        assert_eq!(check(&other), Err(TokenRefusal::BadSignature));
        // A changed payload with the old signature.
        let token = signed(&claims());
        let mut parts: Vec<&str> = token.split('.').collect();
        let tampered_claims = {
            use base64::Engine;
            let mut c = claims();
            c["role"] = json!("admin");
            c["org"] = json!("org_01HOTHER");
            base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(c.to_string())
        };
        parts[1] = &tampered_claims;
        assert_eq!(check(&parts.join(".")), Err(TokenRefusal::BadSignature));
    }

    #[test]
    fn the_wrong_audience_or_issuer_is_refused() {
        assert_eq!(
            with(|c| {
                c.insert("aud".into(), json!("someone-else"));
            }),
            Err(TokenRefusal::WrongAudience)
        );
        assert_eq!(
            with(|c| {
                c.insert("iss".into(), json!("evil-host"));
            }),
            Err(TokenRefusal::UnknownHost("evil-host".into()))
        );
        assert!(with(|c| {
            c.insert("aud".into(), json!(["x", "portico"]));
        })
        .is_ok());
    }

    #[test]
    fn expired_future_and_long_lived_tokens_are_refused() {
        assert_eq!(
            with(|c| {
                c.insert("iat".into(), json!(NOW - 200));
                c.insert("exp".into(), json!(NOW - 31));
            }),
            Err(TokenRefusal::Expired(31))
        );
        // Within the 30 s skew it still works.
        assert!(with(|c| {
            c.insert("iat".into(), json!(NOW - 200));
            c.insert("exp".into(), json!(NOW - 29));
        })
        .is_ok());
        assert_eq!(
            with(|c| {
                c.insert("iat".into(), json!(NOW + 60));
                c.insert("exp".into(), json!(NOW + 120));
            }),
            Err(TokenRefusal::IssuedInTheFuture(60))
        );
        assert_eq!(
            with(|c| {
                c.insert("exp".into(), json!(NOW - 10 + 301));
            }),
            Err(TokenRefusal::TooLongLived(301))
        );
    }

    #[test]
    fn each_missing_claim_is_named() {
        for name in [
            "iss", "aud", "sub", "email", "org", "org_name", "role", "iat", "exp", "jti",
        ] {
            assert_eq!(
                with(|c| {
                    c.remove(name);
                }),
                Err(TokenRefusal::MissingClaim(name)),
                "{name}"
            );
        }
        assert_eq!(
            with(|c| {
                c.insert("exp".into(), json!("soon"));
            }),
            Err(TokenRefusal::WrongType("exp"))
        );
    }

    #[test]
    fn unknown_roles_malformed_organizations_features_and_emails_are_refused() {
        assert_eq!(
            with(|c| {
                c.insert("role".into(), json!("owner"));
            }),
            Err(TokenRefusal::UnknownRole("owner".into()))
        );
        for org in ["acme", "org_", "org_../x", "org_01H ACME"] {
            assert_eq!(
                with(|c| {
                    c.insert("org".into(), json!(org));
                }),
                Err(TokenRefusal::BadOrganization(org.into())),
                "{org}"
            );
        }
        assert_eq!(
            with(|c| {
                c.insert("features".into(), json!(["sso", "saml"]));
            }),
            Err(TokenRefusal::UnknownFeature("saml".into()))
        );
        assert_eq!(
            with(|c| {
                c.insert("email".into(), json!("ada"));
            }),
            Err(TokenRefusal::BadEmail("ada".into()))
        );
    }

    #[test]
    fn a_hosts_appearance_is_read_and_a_wrong_one_refused() {
        let themed = with(|c| {
            c.insert(
                "appearance".into(),
                json!({"accent": "#0a7", "radius": 6, "heading": false, "scheme": "dark"}),
            );
        })
        .unwrap()
        .appearance;
        assert_eq!(themed.accent, Some(crate::model::Rgb(0, 0xaa, 0x77)));
        assert_eq!((themed.radius, themed.heading), (Some(6), Some(false)));
        let refused = with(|c| {
            c.insert("appearance".into(), json!({"accent": "red}"}));
        })
        .unwrap_err();
        assert_eq!(
            refused.to_string(),
            "the token's `appearance`: accent \"red}\" is not a colour like #4f46e5 or #46e"
        );
        assert_eq!(
            with(|c| {
                c.insert("appearance".into(), json!("dark"));
            }),
            Err(TokenRefusal::WrongType("appearance"))
        );
    }

    #[test]
    fn a_refusal_never_repeats_the_token() {
        let token = signed(&claims());
        let refusal = verify(&token, &EmbedSecret::new(SECRET).unwrap(), &[], NOW).unwrap_err();
        assert!(!refusal.to_string().contains(&token));
        assert!(!format!("{:?}", EmbedSecret::new(SECRET).unwrap()).contains(SECRET));
    }
}
