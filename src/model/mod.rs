//! Types shared by the server and the browser, valid by construction.

mod activity;
mod appearance;
mod console;
mod error;
mod intent;
mod live;
#[cfg(feature = "ssr")]
mod names;
mod place;
mod provider_icons;
mod sso;
mod sso_health;
mod text;
#[cfg(feature = "ssr")]
pub use names::{BadDnsName, BadEmailAddress, DnsName, EmailAddress};
pub use provider_icons::{icon_key, icon_path, provider_for_icon, IconTheme};
pub use text::{clipped, day_and_month, listed, quoted};
pub use workos::providers;

pub use activity::{
    ActivityEntry, ActivityFilter, ActivityKind, ActivityOutcome, ActivityPage, ACTIVITY_MOST,
    ACTIVITY_STEP,
};
pub use appearance::{Appearance, AppearanceError, FontFamily, Rgb, Scheme};
pub use console::{
    ApiKeyListed, AreaBadge, AttentionItem, ConsoleList, ConsoleMember, ConsoleOrganization,
    ConsoleQuery, ConsoleRow, DeliveryListed, EndpointListed, Integrations, StaffListed, StaffPage,
    StaffViewer,
};
pub use error::{AppError, ErrorKind};
pub use intent::{Features, Group, Intent, UnknownIntent};
pub use live::{LiveCard, LiveDomain, LiveStatus};
pub use place::{Place, ReturnedForm};
pub use sso::{
    explain as explain_sso_error, explain_code as explain_sso_code, BreakGlassChoice, Explained,
    SsoCallbackPage, SsoSettings, SsoTestOutcome, SsoTestReport, UsedAttribute,
    SSO_EMBED_TEST_PATH,
};
pub use sso_health::{FailureGroup, SignInDay, SsoHealth, BAR_SLOT, CHART_HEIGHT};

use serde::{Deserialize, Serialize};

/// A user's role in an organization.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Admin,
    Member,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Admin => "admin",
            Role::Member => "member",
        }
    }

    pub fn parse(value: &str) -> Option<Role> {
        match value {
            "admin" => Some(Role::Admin),
            "member" => Some(Role::Member),
            _ => None,
        }
    }
}

/// The signed-in user, as the browser may see them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CurrentUser {
    pub email: String,
    pub organization_name: String,
    pub role: Role,
}

/// Where one area stands, as WorkOS reports it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Setup {
    NotConfigured,
    /// Saved but not working yet: a draft connection, a domain waiting for its DNS record.
    InProgress,
    Active,
    /// Was set up and now fails: an inactive connection, bad credentials, a stream in error.
    NeedsAttention,
}

impl Setup {
    /// The name the embed protocol and the page's `data-setup` use.
    pub fn as_str(self) -> &'static str {
        match self {
            Setup::NotConfigured => "not_configured",
            Setup::InProgress => "in_progress",
            Setup::Active => "active",
            Setup::NeedsAttention => "needs_attention",
        }
    }

    /// The badge's words.
    pub fn label(self) -> String {
        crate::t!("setup-label", setup = self.as_str())
    }

    pub fn parse(name: &str) -> Option<Setup> {
        [
            Setup::NotConfigured,
            Setup::InProgress,
            Setup::Active,
            Setup::NeedsAttention,
        ]
        .into_iter()
        .find(|setup| setup.as_str() == name)
    }

    /// The badge's class, for its colour.
    pub fn badge_class(self) -> &'static str {
        match self {
            Setup::NotConfigured => "badge off",
            Setup::InProgress => "badge progress",
            Setup::Active => "badge on",
            Setup::NeedsAttention => "badge attention",
        }
    }
}

/// How far one enterprise feature is set up, read live when the page loads.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct IntentStatus {
    pub intent: Intent,
    /// `None` when WorkOS offers no way to read it (Portico then says what it knows).
    pub setup: Option<Setup>,
    /// One sentence a person can read, e.g. "Okta SAML is active".
    pub summary: String,
    /// The provider in use (a connection type or directory type), for its icon.
    pub provider: Option<String>,
    /// The provider the organization's admins picked for this area, if any.
    pub chosen_provider: Option<String>,
    /// Whether the organization's plan includes this area.
    pub included: bool,
    /// Shown from an earlier read: WorkOS could not be reached just now.
    #[serde(default)]
    pub stale: bool,
}

impl IntentStatus {
    /// The badge's class and words; `None` where WorkOS gives no read. A state from an
    /// earlier read says so, in its words and its look.
    pub fn badge(&self) -> Option<(String, String)> {
        let setup = self.setup?;
        Some(if self.stale {
            (
                format!("{} stale", setup.badge_class()),
                crate::t!("setup-label-stale", state = setup.label()),
            )
        } else {
            (setup.badge_class().to_owned(), setup.label())
        })
    }
}

/// Where WorkOS's check of a domain's DNS record stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DomainState {
    /// Waiting for its TXT record to be published and checked.
    Pending,
    Verified,
    /// WorkOS looked and did not find the record.
    Failed,
}

impl DomainState {
    /// The row's badge: its class (for its colour) and its words.
    pub fn badge(self) -> (&'static str, String) {
        let (class, state) = match self {
            DomainState::Verified => ("badge on", "verified"),
            DomainState::Pending => ("badge progress", "pending"),
            DomainState::Failed => ("badge attention", "failed"),
        };
        (class, crate::t!("domain-state", state = state))
    }

    /// From WorkOS's `state`; `legacy_verified` counts as verified, anything unknown as
    /// still to do.
    pub fn from_workos(state: &str) -> DomainState {
        match state {
            "verified" | "legacy_verified" => DomainState::Verified,
            "failed" => DomainState::Failed,
            _ => DomainState::Pending,
        }
    }
}

/// A domain the organization claims, with the DNS record that proves it, for its admins.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DomainClaim {
    /// WorkOS's `org_domain_…` id.
    pub id: String,
    pub domain: String,
    pub state: DomainState,
    /// The TXT record to publish: its name (`_workos-challenge.acme.com`) and value.
    pub record: Option<(String, String)>,
}

/// The setup invitation sent to the organization's IT contact, for its admins.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ItInvitation {
    pub email: String,
    pub intents: Vec<Intent>,
    /// e.g. "27 Nov 2026".
    pub invited_on: String,
}

impl ItInvitation {
    /// "Invited it@acme.example for SSO and directory sync on 27 Nov 2026."
    pub fn sentence(&self) -> String {
        let names: Vec<String> = self.intents.iter().map(|i| i.in_sentence()).collect();
        crate::t!(
            "invited-for",
            email = &self.email,
            areas = text::listed(&names),
            date = &self.invited_on
        )
    }
}

/// Everything the organization settings page shows.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OrgOverview {
    pub user: CurrentUser,
    pub statuses: Vec<IntentStatus>,
    /// Set when the live status could not be read (WorkOS unreachable, ...).
    pub status_error: Option<String>,
    /// Every organization the user belongs to, (id, name), for switching; the one shown
    /// is `current_organization`.
    pub organizations: Vec<(i64, String)>,
    pub current_organization: i64,
    /// The organization's domains as WorkOS last reported them; admins only.
    pub domains: Vec<DomainClaim>,
    /// The current setup invitation to an IT contact; admins only.
    pub invitation: Option<ItInvitation>,
    /// Where an area outside the plan can be added (the `upgrade_url` setting).
    pub upgrade_url: Option<String>,
    /// Set when the page is embedded in a host product.
    pub embed: Option<EmbedView>,
    /// How SSO sign-in is going, when the plan includes SSO.
    pub sso_health: Option<SsoHealth>,
    /// For members: the admins to ask, if the organization shows them (else empty).
    #[serde(default)]
    pub admins_to_ask: Vec<String>,
}

impl OrgOverview {
    /// The one area whose action is the page's primary one: the first that needs
    /// attention, else the first not working yet in the order an organization usually
    /// sets them up. Certificate renewal is one only when a certificate expires; a key
    /// of its own (no read) never is; domain verification is one while a domain waits.
    pub fn next_step(&self) -> Option<Intent> {
        let included = || self.statuses.iter().filter(|s| s.included);
        let urgent = included().find(|s| s.setup == Some(Setup::NeedsAttention));
        let next = || {
            [
                Intent::Sso,
                Intent::Dsync,
                Intent::DomainVerification,
                Intent::AuditLogs,
                Intent::LogStreams,
            ]
            .into_iter()
            .filter_map(|intent| included().find(|s| s.intent == intent))
            .find(|s| match s.setup {
                Some(Setup::InProgress) => true,
                Some(Setup::NotConfigured) => s.intent != Intent::DomainVerification,
                _ => false,
            })
        };
        urgent.or_else(next).map(|s| s.intent)
    }
}

/// What the settings page shows, read on the server before the page renders.
#[derive(Clone, Debug)]
pub struct SettingsPageData {
    /// The organization's overview, or why it could not be read (signed out, say).
    pub overview: Result<OrgOverview, AppError>,
    /// The newest activity (or the page the address asks for); admins only.
    pub activity: Option<ActivityPage>,
    /// Require SSO and test sign-in, for the SSO card; admins only.
    pub sso: Option<SsoSettings>,
    /// When the status was read (Unix milliseconds): a live page follows changes from
    /// then on.
    pub read_at_ms: u64,
}

/// What an embedded settings page needs to know about its frame.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EmbedView {
    /// The framing page's origin: the only one messages go to and are read from.
    pub parent_origin: String,
    /// The hand-off its portal forms carry to the new tab they open.
    pub handoff: String,
    /// How the host wants it to look.
    #[serde(default)]
    pub appearance: Appearance,
}
