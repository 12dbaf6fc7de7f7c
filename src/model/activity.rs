//! The activity list as admins read it: its entries, and what it can be narrowed to.

use crate::i18n::Phrase;
use serde::{Deserialize, Serialize};

/// Entries the list shows at first, and how many more "Load more" adds.
pub const ACTIVITY_STEP: u32 = 25;
/// The most entries one page shows; past it, the export has the rest.
pub const ACTIVITY_MOST: u32 = 500;

/// A kind of action, as the list's filter offers them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActivityKind {
    SignIns,
    Setup,
    Domains,
    ItAdmin,
    Members,
    Plan,
    Trail,
    Workos,
    Emails,
    HostProduct,
}

impl ActivityKind {
    pub const ALL: [ActivityKind; 10] = [
        ActivityKind::SignIns,
        ActivityKind::Setup,
        ActivityKind::Domains,
        ActivityKind::ItAdmin,
        ActivityKind::Members,
        ActivityKind::Plan,
        ActivityKind::Trail,
        ActivityKind::Workos,
        ActivityKind::Emails,
        ActivityKind::HostProduct,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ActivityKind::SignIns => "sign_ins",
            ActivityKind::Setup => "setup",
            ActivityKind::Domains => "domains",
            ActivityKind::ItAdmin => "it_admin",
            ActivityKind::Members => "members",
            ActivityKind::Plan => "plan",
            ActivityKind::Trail => "trail",
            ActivityKind::Workos => "workos",
            ActivityKind::Emails => "emails",
            ActivityKind::HostProduct => "host_product",
        }
    }

    pub fn parse(name: &str) -> Option<ActivityKind> {
        ActivityKind::ALL.into_iter().find(|k| k.as_str() == name)
    }

    /// The stored names of its actions (the trail's `action`).
    pub fn actions(self) -> &'static [&'static str] {
        match self {
            ActivityKind::SignIns => &["user.sign_in", "user.sign_out", "organization.switch"],
            ActivityKind::Setup => &[
                "portal_link.create",
                "portal_link.revoke",
                "provider.choose",
                "sso.tested",
                "organization.require_sso",
            ],
            ActivityKind::Domains => &["domain.add", "domain.verify", "domain.remove"],
            ActivityKind::ItAdmin => &["it_contact.add", "it_contact.invite", "it_contact.revoke"],
            ActivityKind::Members => {
                &["membership.add", "membership.set_role", "membership.remove"]
            }
            ActivityKind::Plan => &["organization.set_features"],
            ActivityKind::Trail => &["audit.export", "audit.purge"],
            ActivityKind::Workos => &["workos.change"],
            ActivityKind::Emails => &["notification.email"],
            ActivityKind::HostProduct => {
                &["api.call", "organization.create", "organization.delete"]
            }
        }
    }

    /// Its name in the filter.
    pub fn label(self) -> String {
        crate::t!("activity-kind", kind = self.as_str())
    }
}

impl ActivityOutcome {
    pub fn as_str(self) -> &'static str {
        match self {
            ActivityOutcome::Succeeded => "succeeded",
            ActivityOutcome::Refused => "refused",
            ActivityOutcome::Failed => "failed",
        }
    }

    pub fn parse(name: &str) -> Option<ActivityOutcome> {
        [
            ActivityOutcome::Succeeded,
            ActivityOutcome::Refused,
            ActivityOutcome::Failed,
        ]
        .into_iter()
        .find(|o| o.as_str() == name)
    }
}

/// What the activity list is narrowed to, from the page's address (`activity_who`,
/// `activity_kind`, `activity_outcome`, `activity_from`, `activity_to`), as typed.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ActivityFilter {
    /// Part of who acted (an email).
    pub who: String,
    pub kind: Option<ActivityKind>,
    pub outcome: Option<ActivityOutcome>,
    /// Days, `YYYY-MM-DD`, both included.
    pub from: String,
    pub to: String,
}

impl ActivityFilter {
    /// Reads one pair of the address; `false` if it is not the filter's.
    pub fn read(&mut self, key: &str, value: &str) -> bool {
        let value = value.trim();
        match key {
            "activity_who" => self.who = super::clipped(value, 254),
            "activity_kind" => self.kind = ActivityKind::parse(value),
            "activity_outcome" => self.outcome = ActivityOutcome::parse(value),
            "activity_from" => self.from = super::clipped(value, 40),
            "activity_to" => self.to = super::clipped(value, 40),
            _ => return false,
        }
        true
    }

    pub fn is_empty(&self) -> bool {
        *self == ActivityFilter::default()
    }
}

/// One line of an organization's activity, as its admins see it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ActivityEntry {
    /// The row's id: pages continue from it.
    pub id: i64,
    /// When, as stored (UTC, ISO 8601), for `<time datetime>`.
    pub at: String,
    /// When, for people: "28 Nov 2026, 09:41 UTC".
    pub when: String,
    /// Who: an email, or who else acted (the command line).
    pub who: String,
    /// What was attempted, in words.
    pub what: String,
    /// About what (the area, the domain, the address) and, if it did not happen, why;
    /// a reason as stored stays English, as a phrase of its own. In JSON, one string.
    #[serde(with = "one_string")]
    pub detail: Vec<Phrase>,
    pub outcome: ActivityOutcome,
    /// The client's address.
    pub from: Option<String>,
    /// How many rows it stands for: a host product's sign-ins of one person on one day
    /// are one entry (the trail and its exports keep every row).
    #[serde(default = "one")]
    pub times: u32,
}

fn one() -> u32 {
    1
}

/// A detail's phrases as the JSON of `GET /api/activity` has them: one string.
mod one_string {
    use crate::i18n::Phrase;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(phrases: &[Phrase], to: S) -> Result<S::Ok, S::Error> {
        to.serialize_str(&Phrase::joined(phrases))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(from: D) -> Result<Vec<Phrase>, D::Error> {
        let text = String::deserialize(from)?;
        Ok(if text.is_empty() {
            Vec::new()
        } else {
            vec![Phrase::said(text)]
        })
    }
}

/// How an attempt in the activity list ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActivityOutcome {
    Succeeded,
    Refused,
    Failed,
}

impl ActivityOutcome {
    /// The words in the list.
    pub fn label(self) -> String {
        crate::t!("activity-outcome", outcome = self.as_str())
    }
}

/// A page of the activity list, newest first.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ActivityPage {
    pub entries: Vec<ActivityEntry>,
    /// Where the next (older) page starts, if there is one.
    pub older: Option<i64>,
    /// Whether this page is not the newest (a link back to it is shown).
    pub is_older_page: bool,
    /// How long rows are kept.
    pub retention_days: u32,
    /// What the list is narrowed to.
    #[serde(default)]
    pub filter: ActivityFilter,
    /// Where "Load more" goes: this page with more entries, and the first new one in
    /// view; `None` when there are no more (or the page shows its most).
    #[serde(default)]
    pub load_more: Option<String>,
    /// A part of the filter that could not be used: its field and why.
    #[serde(default)]
    pub filter_error: Option<(String, String)>,
}
