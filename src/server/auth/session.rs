use super::AuthError;
use axum::{
    extract::Request,
    middleware::Next,
    response::{IntoResponse, Redirect, Response},
};
use serde::{Deserialize, Serialize};
use tower_sessions::Session;

/// What a session holds once signed in: one typed value under one key.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct SessionUser {
    pub user_id: i64,
    pub organization_id: i64,
    /// Unix milliseconds of the sign-in: the session ends an absolute lifetime after it.
    /// Sessions from before these fields read as 0: ended.
    #[serde(default)]
    pub signed_in_at: i64,
    /// Unix milliseconds of the last request seen (written at most every `refresh_every`).
    #[serde(default)]
    pub last_seen: i64,
    /// "Keep me signed in": the cookie outlives the browser. Kept here because the session
    /// layer sets every saved session's cookie afresh; sessions from before it end with
    /// the browser.
    #[serde(default)]
    pub remember: bool,
    /// The user's session epoch at sign-in (`users.session_epoch`): a password change or
    /// a removal makes a new one, which ends this session. Sessions from before it end.
    #[serde(default)]
    pub epoch: String,
    /// The organization whose SSO connection signed the person in, if one did: switching
    /// into an organization that requires SSO needs it to be that one.
    #[serde(default)]
    pub sso_organization: Option<i64>,
    /// A host's embed token made this session: the host vouches for the person, so
    /// Require SSO (which is about Portico's own sign-in) leaves it alone.
    #[serde(default)]
    pub by_host: bool,
}

/// Milliseconds since the Unix epoch.
pub fn unix_now() -> i64 {
    crate::server::clock::unix_ms()
}

/// Where a session stands against its idle timeout and absolute lifetime.
#[derive(Debug, PartialEq)]
pub enum Freshness {
    Ended,
    /// Still valid; record that it was seen now (which extends the idle window).
    Touch,
    Fine,
}

impl SessionUser {
    /// Whether this session may go on in an organization where a password opens nothing
    /// for this person (`password_refused`): only one its own connection signed in, or a
    /// host's. A session from a password, or from another organization's connection
    /// (then switched here), has ended.
    pub fn outlives_require_sso(&self) -> bool {
        self.by_host || self.sso_organization == Some(self.organization_id)
    }

    /// How long `last_seen` may lag: at most a minute (a write per request would be a
    /// session-store write per request), less for short idle timeouts.
    fn refresh_every(idle: i64) -> i64 {
        (idle / 4).clamp(0, 60_000)
    }

    /// All in milliseconds.
    pub fn freshness(&self, now: i64, idle: i64, absolute: i64) -> Freshness {
        freshness(self.signed_in_at, self.last_seen, now, idle, absolute)
    }
}

/// Where a session signed in at `signed_in_at` and last seen at `last_seen` stands at
/// `now` (all in milliseconds): customer and staff sessions keep the same rules.
pub fn freshness(
    signed_in_at: i64,
    last_seen: i64,
    now: i64,
    idle: i64,
    absolute: i64,
) -> Freshness {
    if now - signed_in_at > absolute || now - last_seen > idle {
        Freshness::Ended
    } else if now - last_seen >= SessionUser::refresh_every(idle) {
        Freshness::Touch
    } else {
        Freshness::Fine
    }
}

/// The user a stored session is signed in as: the session store keeps it beside the
/// row, so that user's sessions can be deleted together.
pub fn session_owner(record: &tower_sessions::session::Record) -> Option<i64> {
    record.data.get(SessionUser::KEY)?.get("user_id")?.as_i64()
}

impl SessionUser {
    const KEY: &'static str = "portico.user";

    pub async fn load(session: &Session) -> Result<Option<SessionUser>, AuthError> {
        Ok(session.get(Self::KEY).await?)
    }

    /// Saves it, and with it the cookie's lifetime: a session not kept ends with the
    /// browser, on this save and every later one.
    pub async fn store(self, session: &Session) -> Result<(), AuthError> {
        if !self.remember {
            session.set_expiry(Some(tower_sessions::Expiry::OnSessionEnd));
        }
        session.insert(Self::KEY, self).await?;
        Ok(())
    }
}

/// Pages that need a signed-in user send signed-out visitors to sign in, and back after.
pub async fn require_signed_in_page(session: Session, request: Request, next: Next) -> Response {
    let needs_user = request.uri().path() == "/settings";
    if needs_user && matches!(SessionUser::load(&session).await, Ok(None)) {
        let back = request
            .uri()
            .path_and_query()
            .map(|pq| pq.as_str())
            .unwrap_or("/settings");
        let target = url::form_urlencoded::Serializer::new(String::new())
            .append_pair("next", back)
            .finish();
        return Redirect::to(&format!("/sign-in?{target}")).into_response();
    }
    next.run(request).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sessions_end_when_idle_or_too_old_and_are_touched_at_most_once_a_minute() {
        let at = |signed_in_at, last_seen| SessionUser {
            user_id: 1,
            organization_id: 1,
            signed_in_at,
            last_seen,
            remember: true,
            epoch: String::new(),
            sso_organization: None,
            by_host: false,
        };
        let (second, hour) = (1000, 3_600_000);
        let (idle, absolute) = (hour, 12 * hour);
        assert_eq!(
            at(0, 0).freshness(30 * second, idle, absolute),
            Freshness::Fine
        );
        assert_eq!(
            at(0, 0).freshness(61 * second, idle, absolute),
            Freshness::Touch
        );
        assert_eq!(
            at(0, 0).freshness(hour + 1, idle, absolute),
            Freshness::Ended
        );
        // Active all along, but past the absolute lifetime.
        assert_eq!(
            at(0, 12 * hour).freshness(12 * hour + 1, idle, absolute),
            Freshness::Ended
        );
        // A session from before these fields.
        let old: SessionUser =
            serde_json::from_str(r#"{"user_id":1,"organization_id":1}"#).unwrap();
        assert_eq!(old.freshness(unix_now(), idle, absolute), Freshness::Ended);
    }

    #[test]
    fn only_its_own_connections_or_a_hosts_session_outlives_require_sso() {
        let session = |sso_organization, by_host| SessionUser {
            user_id: 1,
            organization_id: 7,
            signed_in_at: 0,
            last_seen: 0,
            remember: false,
            epoch: String::new(),
            sso_organization,
            by_host,
        };
        assert!(!session(None, false).outlives_require_sso(), "a password's");
        assert!(
            session(Some(7), false).outlives_require_sso(),
            "its own connection's"
        );
        assert!(
            !session(Some(3), false).outlives_require_sso(),
            "another organization's connection, then switched here"
        );
        assert!(session(None, true).outlives_require_sso(), "a host's embed");
        // A session from before these fields: made by a password or a host, unknown
        // which; it ends (a host makes a new one at its next page load).
        let old: SessionUser =
            serde_json::from_str(r#"{"user_id":1,"organization_id":7}"#).unwrap();
        assert!(!old.outlives_require_sso());
    }
}
