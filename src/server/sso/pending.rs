//! A sign-in started here and not yet back: its `state` and PKCE verifier, kept in the
//! browser's session (never in the address), taken once when WorkOS sends the browser
//! back. A few may wait at once (tabs), each for ten minutes.

use serde::{Deserialize, Serialize};
use tower_sessions::Session;

const KEY: &str = "portico.sso.pending";
/// How long a started sign-in may take.
pub const LIFETIME_SECONDS: i64 = 10 * 60;
/// Started sign-ins kept per session; the oldest goes first.
const KEPT: usize = 4;

/// What the sign-in is for.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Purpose {
    /// An admin tests the organization's connection.
    Test {
        user_id: i64,
        organization_id: i64,
        #[serde(default)]
        tab: TestTab,
    },
    /// Someone signs in to Portico through the organization's connection, then goes to
    /// `next` (a local path).
    SignIn { organization_id: i64, next: String },
}

/// Where a test was started from: the settings page itself, or a new tab an embedded
/// page opened (whose result page sends the admin back to their product, not to a
/// settings page this tab is not signed in to).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum TestTab {
    #[default]
    Same,
    New,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pending {
    /// Sent as `state`, compared when the browser comes back.
    pub state: String,
    /// PKCE: sent with the code, never in an address.
    pub verifier: String,
    pub purpose: Purpose,
    /// Unix seconds.
    pub started_at: i64,
    /// WorkOS's authorization URL for it: where `/sso/go` sends the browser.
    #[serde(default)]
    pub url: String,
}

fn now() -> i64 {
    time::OffsetDateTime::now_utc().unix_timestamp()
}

/// A new sign-in's `state`.
pub fn new_state() -> String {
    hex::encode(rand::random::<[u8; 24]>())
}

/// Remembers a new sign-in in the session.
pub async fn start(
    session: &Session,
    pending: Pending,
) -> Result<(), tower_sessions::session::Error> {
    let mut all: Vec<Pending> = session.get(KEY).await?.unwrap_or_default();
    all.retain(|p| p.started_at + LIFETIME_SECONDS > now());
    if all.len() >= KEPT {
        all.remove(0);
    }
    all.push(pending);
    session.insert(KEY, all).await
}

/// The authorization URL of the sign-in with this `state`, still waiting (not taken).
pub async fn url(
    session: &Session,
    state: &str,
) -> Result<Option<String>, tower_sessions::session::Error> {
    let all: Vec<Pending> = session.get(KEY).await?.unwrap_or_default();
    Ok(all
        .into_iter()
        .find(|p| p.state == state && p.started_at + LIFETIME_SECONDS > now())
        .map(|p| p.url))
}

/// Why a callback's `state` was not taken.
#[derive(Debug, PartialEq, Eq)]
pub enum NotTaken {
    /// No sign-in with this state started in this browser (or it came back already).
    Unknown,
    /// It started too long ago.
    Expired,
}

/// The sign-in with this `state`, taken out of the session: a callback works once.
pub async fn take(
    session: &Session,
    state: &str,
) -> Result<Result<Pending, NotTaken>, tower_sessions::session::Error> {
    let mut all: Vec<Pending> = session.get(KEY).await?.unwrap_or_default();
    // The states are this browser's own session's: another's cannot be probed here.
    let found = all.iter().position(|p| p.state == state);
    let Some(index) = found else {
        return Ok(Err(NotTaken::Unknown));
    };
    let pending = all.remove(index);
    session.insert(KEY, all).await?;
    if pending.started_at + LIFETIME_SECONDS <= now() {
        return Ok(Err(NotTaken::Expired));
    }
    Ok(Ok(pending))
}
