use serde::{Deserialize, Serialize};
use std::fmt;

/// An Admin Portal flow. The wire names are WorkOS's `intent` values.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Intent {
    Sso,
    Dsync,
    DomainVerification,
    AuditLogs,
    LogStreams,
    CertificateRenewal,
    BringYourOwnKey,
}

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error(
    "{} is not an area Portico knows: use one of {}",
    super::quoted(given),
    Intent::accepted_values()
)]
pub struct UnknownIntent {
    pub given: String,
}

impl Intent {
    pub const ALL: [Intent; 7] = [
        Intent::Sso,
        Intent::Dsync,
        Intent::DomainVerification,
        Intent::AuditLogs,
        Intent::LogStreams,
        Intent::CertificateRenewal,
        Intent::BringYourOwnKey,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Intent::Sso => "sso",
            Intent::Dsync => "dsync",
            Intent::DomainVerification => "domain_verification",
            Intent::AuditLogs => "audit_logs",
            Intent::LogStreams => "log_streams",
            Intent::CertificateRenewal => "certificate_renewal",
            Intent::BringYourOwnKey => "bring_your_own_key",
        }
    }

    /// The same flow as WorkOS's API names it.
    pub fn wire(self) -> workos::PortalIntent {
        use workos::PortalIntent;
        match self {
            Intent::Sso => PortalIntent::Sso,
            Intent::Dsync => PortalIntent::Dsync,
            Intent::DomainVerification => PortalIntent::DomainVerification,
            Intent::AuditLogs => PortalIntent::AuditLogs,
            Intent::LogStreams => PortalIntent::LogStreams,
            Intent::CertificateRenewal => PortalIntent::CertificateRenewal,
            Intent::BringYourOwnKey => PortalIntent::BringYourOwnKey,
        }
    }

    pub fn parse(value: &str) -> Result<Intent, UnknownIntent> {
        Intent::ALL
            .into_iter()
            .find(|intent| intent.as_str() == value)
            .ok_or_else(|| UnknownIntent {
                given: super::clipped(value, 64),
            })
    }

    /// "sso, dsync, ..." for error messages.
    pub fn accepted_values() -> String {
        Intent::ALL
            .iter()
            .map(|intent| intent.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// What an invitation to an IT contact calls this area; `None` for the areas WorkOS
    /// does not send IT contacts to (audit logs, certificate renewal).
    pub fn for_it_contact(self) -> Option<workos::ItContactIntent> {
        use workos::ItContactIntent;
        match self {
            Intent::Sso => Some(ItContactIntent::Sso),
            Intent::Dsync => Some(ItContactIntent::DirectorySync),
            Intent::DomainVerification => Some(ItContactIntent::DomainVerification),
            Intent::LogStreams => Some(ItContactIntent::LogStreams),
            Intent::BringYourOwnKey => Some(ItContactIntent::BringYourOwnKey),
            Intent::AuditLogs | Intent::CertificateRenewal => None,
        }
    }

    /// The part of the settings page it belongs to, as admins think of it.
    pub fn group(self) -> Group {
        match self {
            Intent::Sso | Intent::DomainVerification | Intent::CertificateRenewal => Group::SignIn,
            Intent::Dsync => Group::Users,
            Intent::AuditLogs | Intent::LogStreams | Intent::BringYourOwnKey => Group::LogsAndData,
        }
    }

    /// Within a sentence: "Invited it@acme.example for SSO and directory sync".
    pub fn in_sentence(self) -> String {
        crate::t!("area-in-sentence", intent = self.as_str())
    }

    pub fn title(self) -> String {
        self.title_in(crate::i18n::current())
    }

    /// The title in a named language (an email to someone else).
    pub fn title_in(self, lang: crate::i18n::Lang) -> String {
        crate::t_in!(lang, "area-title", intent = self.as_str())
    }

    /// The area's name where room is short (the staff console's badges).
    pub fn short(self) -> String {
        crate::t!("area-short", intent = self.as_str())
    }

    /// The card's one action for where the area stands (`None`: WorkOS gives no read).
    pub fn action(self, setup: Option<super::Setup>) -> String {
        self.action_in(crate::i18n::current(), setup)
    }

    /// The card's button in a named language (an email's link).
    pub fn action_in(self, lang: crate::i18n::Lang, setup: Option<super::Setup>) -> String {
        let setup = setup.map_or("not_configured", super::Setup::as_str);
        crate::t_in!(lang, "area-action", intent = self.as_str(), setup = setup)
    }

    /// The portal button's look: the page's next step (`OrgOverview::next_step`) is its
    /// one primary action; every other card's is secondary, in the warning colour when
    /// it is broken. Domain verification's own work is in its card, so its portal button
    /// is always secondary.
    pub fn button_class(self, setup: Option<super::Setup>, next_step: bool) -> &'static str {
        use super::Setup::NeedsAttention;
        match (next_step && self != Intent::DomainVerification, setup) {
            (true, Some(NeedsAttention)) => "primary warning",
            (true, _) => "primary",
            (false, Some(NeedsAttention)) => "secondary warning",
            (false, _) => "secondary",
        }
    }

    /// The success banner's look and headline after the portal sent the admin back: only
    /// what WorkOS confirms is claimed.
    pub fn banner(self, setup: Option<super::Setup>) -> (&'static str, String) {
        use super::Setup::*;
        let area = crate::t!("area-in-banner", intent = self.as_str());
        match setup {
            Some(Active) => ("banner success", self.done_message()),
            Some(InProgress) => (
                "banner info",
                crate::t!("area-banner-in-progress", area = area),
            ),
            Some(NotConfigured | NeedsAttention) => (
                "banner warning",
                crate::t!("area-banner-unconfirmed", area = area),
            ),
            None => (
                "banner success",
                crate::t!("area-banner-thanks", area = area),
            ),
        }
    }

    pub fn description(self) -> String {
        crate::t!("area-description", intent = self.as_str())
    }

    /// What the success banner says after the portal flow finished.
    pub fn done_message(self) -> String {
        crate::t!("area-done", intent = self.as_str())
    }
}

impl fmt::Display for Intent {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_card_action_says_what_it_does_for_the_state() {
        use crate::model::Setup;
        assert_eq!(
            Intent::Sso.action(Some(Setup::NotConfigured)),
            "Configure SSO"
        );
        assert_eq!(Intent::Sso.action(Some(Setup::Active)), "Manage SSO");
        assert_eq!(Intent::Sso.action(Some(Setup::NeedsAttention)), "Fix SSO");
        for intent in Intent::ALL {
            let labels: std::collections::HashSet<String> = [
                Setup::NotConfigured,
                Setup::InProgress,
                Setup::Active,
                Setup::NeedsAttention,
            ]
            .into_iter()
            .map(|s| intent.action(Some(s)))
            .collect();
            // Domain verification's own actions are in its card; its button is the portal.
            let readable = !matches!(
                intent,
                Intent::CertificateRenewal | Intent::BringYourOwnKey | Intent::DomainVerification
            );
            assert!(!readable || labels.len() >= 3, "{intent}: {labels:?}");
        }
    }

    #[test]
    fn every_intent_round_trips_through_its_wire_name() {
        for intent in Intent::ALL {
            assert_eq!(Intent::parse(intent.as_str()), Ok(intent));
            let json = serde_json::to_string(&intent).unwrap();
            assert_eq!(json, format!("\"{}\"", intent.as_str()));
        }
    }

    #[test]
    fn unknown_intent_names_the_accepted_values() {
        let err = Intent::parse("SSO").unwrap_err();
        let message = err.to_string();
        assert!(message.contains("\"SSO\""), "{message}");
        for intent in Intent::ALL {
            assert!(message.contains(intent.as_str()), "{message}");
        }
    }

    #[test]
    fn unknown_intent_echo_is_bounded() {
        let err = Intent::parse(&"x".repeat(10_000)).unwrap_err();
        assert_eq!(err.given.len(), 64);
    }
}

/// The settings page's sections, in the order shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Group {
    SignIn,
    Users,
    LogsAndData,
}

impl Group {
    pub const ALL: [Group; 3] = [Group::SignIn, Group::Users, Group::LogsAndData];

    pub fn title(self) -> String {
        crate::t!("group-title", group = self.slug())
    }

    /// For the section's `id` and `aria-labelledby`.
    pub fn slug(self) -> &'static str {
        match self {
            Group::SignIn => "sign-in",
            Group::Users => "users",
            Group::LogsAndData => "logs-and-data",
        }
    }
}

/// The areas an organization's plan includes: all, or those listed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Features(Option<Vec<Intent>>);

impl Features {
    /// Every area.
    pub const ALL: Features = Features(None);

    /// Exactly `intents` (in the page's order, once each).
    pub fn only(intents: impl IntoIterator<Item = Intent>) -> Features {
        let listed: Vec<Intent> = intents.into_iter().collect();
        Features(Some(
            Intent::ALL
                .into_iter()
                .filter(|i| listed.contains(i))
                .collect(),
        ))
    }

    /// Reads `sso,dsync` (or `all`): every name must be an intent.
    pub fn parse(list: &str) -> Result<Features, UnknownIntent> {
        if list.trim() == "all" {
            return Ok(Features::ALL);
        }
        let intents = list
            .split(',')
            .map(str::trim)
            .filter(|name| !name.is_empty())
            .map(Intent::parse)
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Features::only(intents))
    }

    pub fn includes(&self, intent: Intent) -> bool {
        self.0
            .as_ref()
            .is_none_or(|listed| listed.contains(&intent))
    }

    /// As stored: `None` for all, else the names joined by commas.
    pub fn stored(&self) -> Option<String> {
        self.0.as_ref().map(|listed| {
            listed
                .iter()
                .map(|i| i.as_str())
                .collect::<Vec<_>>()
                .join(",")
        })
    }
}

#[cfg(test)]
mod feature_tests {
    use super::*;

    #[test]
    fn features_read_lists_and_all_and_refuse_unknown_names() {
        let plan = Features::parse(" dsync, sso ,sso").unwrap();
        assert!(plan.includes(Intent::Sso) && plan.includes(Intent::Dsync));
        assert!(!plan.includes(Intent::AuditLogs));
        assert_eq!(plan.stored().as_deref(), Some("sso,dsync"));
        assert_eq!(Features::parse("all").unwrap(), Features::ALL);
        assert!(Features::ALL.includes(Intent::BringYourOwnKey));
        assert_eq!(Features::parse("").unwrap().stored().as_deref(), Some(""));
        assert!(Features::parse("sso,saml").is_err());
    }
}
