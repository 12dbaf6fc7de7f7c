//! What the staff console's pages show, read on the server before they render.

use super::{
    ActivityEntry, AppError, DomainClaim, Intent, IntentStatus, ItInvitation, Role, Setup,
};
use serde::{Deserialize, Serialize};

/// The signed-in staff member, for the console's top bar.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StaffViewer {
    pub email: String,
    /// The role in words, in the request's language ("Support", "Owner").
    pub role: String,
    pub is_owner: bool,
}

/// One area of a listed organization, as a compact badge.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AreaBadge {
    pub intent: Intent,
    /// `None`: nothing known (never read, or WorkOS gives no read of it).
    pub setup: Option<Setup>,
    pub included: bool,
}

/// One organization in the console's list.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ConsoleRow {
    pub id: i64,
    pub name: String,
    pub workos_id: Option<String>,
    pub areas: Vec<AreaBadge>,
    /// How many areas need attention, and since when ("3 Dec 2026").
    pub attention: i64,
    pub attention_since: Option<String>,
    /// When the soonest expiring certificate not renewed expires ("20 Dec 2026").
    pub certificate_expires: Option<String>,
    /// When WorkOS was last read in full for it; `None`: never opened yet.
    pub read_on: Option<String>,
}

/// The list's filter form, as the address gave it (what the form shows again).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ConsoleQuery {
    /// Part of a name, a domain or a WorkOS id.
    pub search: String,
    /// `all`, `attention`, `expiring`, `sso_failing` or `not_configured`.
    pub show: String,
    /// For `expiring`: within this many days.
    pub days: u32,
    /// For `not_configured`: which area.
    pub area: String,
    /// Only plans that include this area; empty for any.
    pub plan: String,
    /// `name`, `attention` or `certificate`.
    pub sort: String,
}

/// A page of the console's list.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ConsoleList {
    pub query: ConsoleQuery,
    pub rows: Vec<ConsoleRow>,
    /// How many organizations match the filters in all.
    pub total: i64,
    /// The address of the next page, if there is one.
    pub next: Option<String>,
    /// Whether this is a later page (a link back to the first is shown).
    pub is_later_page: bool,
    /// The same list as CSV.
    pub export: String,
}

/// One entry of the "needs attention" queue.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AttentionItem {
    pub organization_id: i64,
    pub organization: String,
    /// What is wrong, one sentence per area, as the customer's cards say it.
    pub problems: Vec<(Intent, String)>,
    pub since: Option<String>,
    /// Who was told and when ("Emailed the admins on 3 Dec 2026", "Invited it@… …").
    pub told: Vec<String>,
    /// What to do next, in words.
    pub next_action: String,
}

/// A member of a customer organization, as the console lists them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ConsoleMember {
    pub email: String,
    pub role: Role,
}

/// One organization as the console shows it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ConsoleOrganization {
    pub id: i64,
    pub name: String,
    pub workos_id: Option<String>,
    /// Every area as the customer's admins see it.
    pub statuses: Vec<IntentStatus>,
    pub status_error: Option<String>,
    pub domains: Vec<DomainClaim>,
    pub invitation: Option<ItInvitation>,
    pub members: Vec<ConsoleMember>,
    pub activity: Vec<ActivityEntry>,
    /// The Admin Portal links handed over from the console and not revoked:
    /// ("Single sign-on", "3 Dec 2026, 10:12 UTC", by whom as the trail names them).
    pub handoffs: Vec<(String, String, String)>,
    /// An Admin Portal link just generated, to hand over (shown once, on this view).
    pub new_link: Option<(Intent, String)>,
    /// What the last action did, in words.
    pub done: Option<String>,
    /// How SSO sign-in is going, as its admins see it (who signed in last included).
    pub sso_health: Option<super::SsoHealth>,
}

/// A staff account, as owners manage them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StaffListed {
    pub email: String,
    /// `support` or `owner`.
    pub role: String,
    pub second_factor: bool,
    pub added_on: String,
}

/// A host API key, as owners manage them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ApiKeyListed {
    pub name: String,
    /// The key's first characters: `pk_live_3f9a2c`.
    pub prefix: String,
    pub scopes: String,
    pub made: String,
    pub last_used: Option<String>,
    pub revoked: Option<String>,
}

/// A webhook endpoint of the host's.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EndpointListed {
    pub id: i64,
    pub url: String,
    /// "every event", or the names.
    pub events: String,
}

/// One delivery in the log.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DeliveryListed {
    pub id: i64,
    pub url: String,
    pub event: String,
    pub event_id: String,
    pub made: String,
    /// "Delivered (200)", "Retrying at 18:42 UTC (answered 500)", "Gave up: …".
    pub state: String,
    pub attempts: i64,
    pub delivered: bool,
}

/// The host's integrations: API keys, webhook endpoints, and the delivery log.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Integrations {
    pub keys: Vec<ApiKeyListed>,
    pub endpoints: Vec<EndpointListed>,
    pub deliveries: Vec<DeliveryListed>,
    /// A key or a secret just made: (what, in words; value), shown only on this view.
    pub shown_once: Option<(String, String)>,
}

/// What a staff console page shows.
#[derive(Clone, Debug, PartialEq)]
pub enum StaffPage {
    SignIn,
    Code {
        email: String,
    },
    Enrol {
        email: String,
        secret: String,
        qr_svg: String,
    },
    RecoveryCodes {
        viewer: StaffViewer,
        codes: Vec<String>,
    },
    Organizations {
        viewer: StaffViewer,
        list: ConsoleList,
    },
    Attention {
        viewer: StaffViewer,
        items: Vec<AttentionItem>,
    },
    Organization {
        viewer: StaffViewer,
        organization: Box<ConsoleOrganization>,
    },
    Team {
        viewer: StaffViewer,
        staff: Vec<StaffListed>,
        added: Option<(String, String)>,
    },
    Integrations {
        viewer: StaffViewer,
        integrations: Box<Integrations>,
    },
    /// The page could not be read: why.
    Failed {
        viewer: Option<StaffViewer>,
        error: AppError,
    },
}
