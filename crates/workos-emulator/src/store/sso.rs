//! SSO sign-ins: an attempt from `GET /sso/authorize` to the emulated identity
//! provider's answer, the one-time code it hands back, and the access token that code is
//! exchanged for. Memory only, like portal links. Each attempt is a WorkOS SSO session:
//! `authentication.sso_started` when it begins, `_failed` when the identity provider
//! refuses, `_succeeded` when the code is exchanged, `_timed_out` when neither happens
//! within five minutes.

use super::data::{random_secret, Store};
use std::{
    collections::HashMap,
    time::{Duration, Instant},
};
use workos::types::{Connection, Profile, ProfileAndToken, SsoErrorCode};

/// How long a sign-in may stay in progress before it times out, as WorkOS documents.
pub const SSO_SESSION_LIFETIME: Duration = Duration::from_secs(5 * 60);
/// How long a code may wait for its exchange.
pub const CODE_LIFETIME: Duration = Duration::from_secs(10 * 60);
/// How long an access token works (`expires_in`).
pub const ACCESS_TOKEN_LIFETIME: Duration = Duration::from_secs(600);

/// A sign-in in progress: who asked, for which connection, where to send the answer.
#[derive(Clone, Debug)]
pub struct SsoAttempt {
    /// WorkOS's SSO session id (`sso_session_…`), carried in every event.
    pub session_id: String,
    /// The identity provider page's address key: random, unlike the time-ordered session
    /// id that events (readable with the API key) carry, so nobody can answer another
    /// person's sign-in by guessing it.
    pub page_key: String,
    /// The connection that signs the person in.
    pub connection: Connection,
    /// Where the browser goes back (checked against the client's redirect URIs).
    pub redirect_uri: String,
    /// Returned unchanged.
    pub state: Option<String>,
    /// Fills the email field.
    pub login_hint: Option<String>,
    /// PKCE: what the exchange's `code_verifier` must hash to.
    pub code_challenge: Option<String>,
    started: Instant,
}

/// What the person did at the emulated identity provider.
#[derive(Clone, Debug)]
pub enum IdpAnswer {
    /// Signed in as this person (the profile's attributes).
    SignedIn(Person),
    /// Refused, with one of WorkOS's codes.
    Failed(SsoErrorCode),
}

/// The attributes a person chose on the identity provider's page.
#[derive(Clone, Debug, Default)]
pub struct Person {
    /// Lower-cased email address.
    pub email: String,
    /// Given name.
    pub first_name: Option<String>,
    /// Family name.
    pub last_name: Option<String>,
    /// Group names.
    pub groups: Vec<String>,
    /// A role slug from the connection's role mapping (default: `member`).
    pub role: Option<String>,
    /// Custom attributes (name, value).
    pub custom_attributes: Vec<(String, String)>,
}

/// Why a code could not be exchanged: an OAuth error and its description.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TokenRefusal {
    /// `invalid_grant`, `invalid_request`.
    pub error: &'static str,
    /// A sentence.
    pub description: String,
}

struct Grant {
    attempt: SsoAttempt,
    profile: Profile,
    expires: Instant,
}

/// Attempts, codes and tokens.
#[derive(Default)]
pub(super) struct SsoSessions {
    attempts: HashMap<String, SsoAttempt>,
    codes: HashMap<String, Grant>,
    tokens: HashMap<String, (Profile, Instant)>,
}

impl Store {
    /// Starts a sign-in through `connection`: `authentication.sso_started`, and the
    /// attempt the identity provider's page shows.
    pub fn start_sso(
        &self,
        connection: Connection,
        redirect_uri: String,
        state: Option<String>,
        login_hint: Option<String>,
        code_challenge: Option<String>,
    ) -> SsoAttempt {
        self.time_out_sso();
        let attempt = SsoAttempt {
            session_id: self.new_id("sso_session"),
            page_key: random_secret(32),
            connection,
            redirect_uri,
            state,
            login_hint,
            code_challenge,
            started: self.now(),
        };
        self.emit_sso("authentication.sso_started", &attempt, None, None);
        self.sso
            .lock()
            .expect("sso lock")
            .attempts
            .insert(attempt.page_key.clone(), attempt.clone());
        attempt
    }

    /// The attempt in progress behind this page key.
    pub fn sso_attempt(&self, page_key: &str) -> Option<SsoAttempt> {
        self.time_out_sso();
        self.sso
            .lock()
            .expect("sso lock")
            .attempts
            .get(page_key)
            .cloned()
    }

    /// Ends the attempt with the identity provider's answer: a code for the redirect, or
    /// the failure (`authentication.sso_failed`). `None` when the attempt is gone.
    pub fn answer_sso(
        &self,
        page_key: &str,
        answer: IdpAnswer,
    ) -> Option<(SsoAttempt, Result<String, SsoErrorCode>)> {
        self.time_out_sso();
        let attempt = self
            .sso
            .lock()
            .expect("sso lock")
            .attempts
            .remove(page_key)?;
        let person = match answer {
            IdpAnswer::SignedIn(person) => person,
            IdpAnswer::Failed(code) => {
                self.emit_sso("authentication.sso_failed", &attempt, None, Some(code));
                return Some((attempt, Err(code)));
            }
        };
        if !self.may_sign_in(&attempt.connection, &person.email) {
            let code = SsoErrorCode::ProfileNotAllowedOutsideOrganization;
            self.emit_sso(
                "authentication.sso_failed",
                &attempt,
                Some(&person.email),
                Some(code),
            );
            return Some((attempt, Err(code)));
        }
        let profile = self.profile(&attempt.connection, person);
        let code = random_secret(32);
        let grant = Grant {
            attempt: attempt.clone(),
            profile,
            expires: self.now() + CODE_LIFETIME,
        };
        self.sso
            .lock()
            .expect("sso lock")
            .codes
            .insert(code.clone(), grant);
        Some((attempt, Ok(code)))
    }

    /// `POST /sso/token`: the code's profile and an access token, once
    /// (`authentication.sso_succeeded`). The client's credentials are checked before.
    pub fn exchange_sso_code(
        &self,
        code: &str,
        code_verifier: Option<&str>,
    ) -> Result<ProfileAndToken, TokenRefusal> {
        self.time_out_sso();
        let refused = |description: &str| TokenRefusal {
            error: "invalid_grant",
            description: description.to_owned(),
        };
        // Taken out whatever follows: a code is tried once.
        let grant = self
            .sso
            .lock()
            .expect("sso lock")
            .codes
            .remove(code)
            .ok_or_else(|| refused("The code is invalid, expired or already used."))?;
        if grant.expires <= self.now() {
            return Err(refused("The code is invalid, expired or already used."));
        }
        match (&grant.attempt.code_challenge, code_verifier) {
            (None, None) => {}
            (Some(challenge), Some(verifier))
                if workos::pkce::is_verifier(verifier)
                    && workos::pkce::challenge(verifier) == *challenge => {}
            (Some(_), None) => return Err(refused("The code_verifier is missing.")),
            (Some(_), Some(_)) => {
                return Err(refused(
                    "The code_verifier does not match the code_challenge.",
                ))
            }
            (None, Some(_)) => {
                return Err(refused(
                    "A code_verifier was sent for a code issued without a code_challenge.",
                ))
            }
        }
        let email = grant.profile.email.clone();
        self.emit_sso(
            "authentication.sso_succeeded",
            &grant.attempt,
            Some(&email),
            None,
        );
        let access_token = random_secret(40);
        self.sso.lock().expect("sso lock").tokens.insert(
            access_token.clone(),
            (grant.profile.clone(), self.now() + ACCESS_TOKEN_LIFETIME),
        );
        Ok(ProfileAndToken {
            token_type: "Bearer".into(),
            access_token,
            expires_in: ACCESS_TOKEN_LIFETIME.as_secs(),
            profile: grant.profile,
        })
    }

    /// `GET /sso/profile`: the profile of an unexpired access token.
    pub fn sso_profile(&self, access_token: &str) -> Option<Profile> {
        let now = self.now();
        let mut sso = self.sso.lock().expect("sso lock");
        sso.tokens.retain(|_, (_, expires)| *expires > now);
        sso.tokens.get(access_token).map(|(p, _)| p.clone())
    }

    /// Whether the organization takes profiles with this email: its verified domains,
    /// unless it allows profiles from outside them.
    fn may_sign_in(&self, connection: &Connection, email: &str) -> bool {
        let Some(organization) = self.organization(&connection.organization_id) else {
            return false;
        };
        let domain = email.rsplit_once('@').map_or("", |(_, d)| d);
        organization.allow_profiles_outside_organization
            || organization
                .domains
                .iter()
                .any(|d| d.state == "verified" && d.domain.eq_ignore_ascii_case(domain))
    }

    fn profile(&self, connection: &Connection, person: Person) -> Profile {
        let name = match (&person.first_name, &person.last_name) {
            (Some(first), Some(last)) => Some(format!("{first} {last}")),
            (first, last) => first.clone().or(last.clone()),
        };
        let custom: serde_json::Map<_, _> = person
            .custom_attributes
            .iter()
            .map(|(k, v)| (k.clone(), serde_json::Value::from(v.as_str())))
            .collect();
        // Without a role mapping WorkOS gives the environment's default role.
        let role = workos::types::RoleSlug {
            slug: person.role.clone().unwrap_or_else(|| "member".into()),
        };
        let raw = serde_json::json!({
            "id": person.email, "email": person.email,
            "firstName": person.first_name, "lastName": person.last_name,
            "groups": person.groups, "role": person.role,
        });
        Profile {
            object: "profile".into(),
            id: self.new_id("prof"),
            idp_id: format!("idp_{}", person.email),
            organization_id: Some(connection.organization_id.clone()),
            connection_id: connection.id.clone(),
            connection_type: connection.connection_type.clone(),
            email: person.email,
            first_name: person.first_name,
            last_name: person.last_name,
            name,
            roles: Some(vec![role.clone()]),
            role: Some(role),
            groups: Some(person.groups),
            custom_attributes: custom,
            raw_attributes: raw.as_object().cloned().unwrap_or_default(),
        }
    }

    /// Attempts and codes left for longer than their lifetime end as
    /// `authentication.sso_timed_out`.
    fn time_out_sso(&self) {
        let now = self.now();
        let stale: Vec<SsoAttempt> = {
            let mut sso = self.sso.lock().expect("sso lock");
            let mut stale = Vec::new();
            sso.attempts.retain(|_, a| {
                let keep = a.started + SSO_SESSION_LIFETIME > now;
                if !keep {
                    stale.push(a.clone());
                }
                keep
            });
            sso.codes.retain(|_, g| {
                let keep = g.expires > now;
                if !keep {
                    stale.push(g.attempt.clone());
                }
                keep
            });
            stale
        };
        for attempt in stale {
            self.emit_sso("authentication.sso_timed_out", &attempt, None, None);
        }
    }

    /// An `authentication.*` event in WorkOS's shape for the attempt.
    fn emit_sso(
        &self,
        name: &str,
        attempt: &SsoAttempt,
        email: Option<&str>,
        error: Option<SsoErrorCode>,
    ) {
        let status = name.trim_start_matches("authentication.sso_");
        let mut data = serde_json::json!({
            "type": "sso",
            "status": status,
            "ip_address": null,
            "user_agent": null,
            "user_id": null,
            "email": email,
            "sso": {
                "organization_id": attempt.connection.organization_id,
                "connection_id": attempt.connection.id,
                "session_id": attempt.session_id,
            },
        });
        let error = match (error, status) {
            (Some(code), _) => Some((code.as_str(), describe(code))),
            // WorkOS's SDKs read an `error` on timed-out events too.
            (None, "timed_out") => Some((
                "sso_session_timed_out",
                "The sign-in was not completed within five minutes.",
            )),
            (None, _) => None,
        };
        if let Some((code, message)) = error {
            data["error"] = serde_json::json!({ "code": code, "message": message });
        }
        self.emit(name, data);
    }
}

/// The emulator's sentence for each code, in WorkOS's documented meaning.
pub fn describe(code: SsoErrorCode) -> &'static str {
    match code {
        SsoErrorCode::AccessDenied => {
            "The identity provider denied the user access to the application."
        }
        SsoErrorCode::AmbiguousConnectionSelector => {
            "More than one connection matches the selector; name the connection instead."
        }
        SsoErrorCode::ConnectionDomainInvalid => "No connection is associated with the domain.",
        SsoErrorCode::ConnectionInvalid => "No connection matches the id given.",
        SsoErrorCode::ConnectionStrategyInvalid => {
            "The provider has more than one strategy in this environment."
        }
        SsoErrorCode::ConnectionUnlinked => "The connection is not active.",
        SsoErrorCode::DomainConnectionSelectorNotAllowed => {
            "The domain selector is no longer accepted; use organization or connection."
        }
        SsoErrorCode::IdpInitiatedSsoDisabled => {
            "Sign-in started at the identity provider is disabled for this connection."
        }
        SsoErrorCode::InvalidConnectionSelector => {
            "Exactly one of connection, organization or provider must be given."
        }
        SsoErrorCode::OrganizationInvalid => "No connection associated with organization.",
        SsoErrorCode::OauthFailed => "The OAuth authorization request failed.",
        SsoErrorCode::ProfileNotAllowedOutsideOrganization => {
            "The profile's email is outside the organization's domains."
        }
        SsoErrorCode::ServerError => "The SSO authentication failed for the user.",
        SsoErrorCode::SigninConsentDenied => "The user declined the sign-in consent screen.",
    }
}
