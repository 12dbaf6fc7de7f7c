//! What a live settings page changes in place when its organization's status changes:
//! the server words each card's badge, line, button and banner with the same functions
//! its render uses, so the browser only puts the words where they go (and needs no
//! JSON decoder of its own: it reads the message with the browser's `JSON.parse`).

use super::{
    icon_path, providers, DomainClaim, DomainState, IconTheme, IntentStatus, OrgOverview, Setup,
};
use serde::{Deserialize, Serialize};

/// One `status` event of `GET /api/status_stream`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LiveStatus {
    /// What `GET /api/organization` answers at the same moment.
    pub overview: OrgOverview,
    /// The cards of the areas the plan includes.
    pub cards: Vec<LiveCard>,
    /// The domain card's rows (admins only).
    pub domains: Vec<LiveDomain>,
}

/// One area's card, in the words the page shows.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LiveCard {
    pub intent: String,
    /// As `data-setup`: a `Setup` name, or `unknown`.
    pub setup: String,
    /// Empty where WorkOS gives no read (no badge).
    pub badge: String,
    pub badge_class: String,
    pub summary: String,
    /// The provider's icon, light and dark; empty when WorkOS reports no provider.
    pub icon_light: String,
    pub icon_dark: String,
    pub action: String,
    pub button_class: String,
    /// The success banner's look and headline, if the page shows one for this area.
    pub banner_class: String,
    pub banner_headline: String,
    /// What a screen reader hears when the card changes.
    pub announcement: String,
}

/// One claimed domain's row.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LiveDomain {
    pub domain: String,
    pub state: DomainState,
    pub badge: String,
    pub badge_class: String,
}

impl LiveStatus {
    pub fn of(overview: OrgOverview) -> LiveStatus {
        let next_step = overview.next_step();
        let cards = overview
            .statuses
            .iter()
            .filter(|status| status.included)
            .map(|status| LiveCard::of(status, next_step == Some(status.intent)))
            .collect();
        let domains = overview.domains.iter().map(LiveDomain::of).collect();
        LiveStatus {
            overview,
            cards,
            domains,
        }
    }
}

impl LiveCard {
    /// `next_step`: this card's action is the page's primary one.
    pub fn of(status: &IntentStatus, next_step: bool) -> LiveCard {
        let intent = status.intent;
        let icon = status.provider.as_deref().and_then(providers::find);
        let (banner_class, banner_headline) = intent.banner(status.setup);
        let badge = status.badge();
        let state = status
            .setup
            .map(Setup::label)
            .unwrap_or_else(|| crate::t!("setup-unknown"));
        LiveCard {
            intent: intent.as_str().to_owned(),
            setup: status
                .setup
                .map(Setup::as_str)
                .unwrap_or("unknown")
                .to_owned(),
            badge: badge.clone().map(|(_, words)| words).unwrap_or_default(),
            badge_class: badge.map_or_else(|| "badge".to_owned(), |(class, _)| class),
            summary: status.summary.clone(),
            icon_light: icon
                .map(|p| icon_path(p.wire, IconTheme::Light))
                .unwrap_or_default(),
            icon_dark: icon
                .map(|p| icon_path(p.wire, IconTheme::Dark))
                .unwrap_or_default(),
            action: intent.action(status.setup),
            button_class: intent.button_class(status.setup, next_step).to_owned(),
            banner_class: banner_class.to_owned(),
            banner_headline,
            announcement: crate::t!(
                "live-card-changed",
                area = intent.title(),
                state = state,
                summary = &status.summary
            ),
        }
    }
}

impl LiveDomain {
    fn of(claim: &DomainClaim) -> LiveDomain {
        let (badge_class, badge) = claim.state.badge();
        LiveDomain {
            domain: claim.domain.clone(),
            state: claim.state,
            badge: badge.to_owned(),
            badge_class: badge_class.to_owned(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Intent;

    fn status(setup: Option<Setup>, provider: Option<&str>) -> IntentStatus {
        IntentStatus {
            intent: Intent::Sso,
            setup,
            summary: "Okta SAML is active.".to_owned(),
            provider: provider.map(str::to_owned),
            chosen_provider: None,
            included: true,
            stale: false,
        }
    }

    #[test]
    fn a_card_is_worded_as_the_page_renders_it() {
        let active = LiveCard::of(&status(Some(Setup::Active), Some("OktaSAML")), false);
        assert_eq!(active.setup, "active");
        assert_eq!(
            (active.badge.as_str(), active.badge_class.as_str()),
            ("Active", "badge on")
        );
        assert_eq!(
            (active.action.as_str(), active.button_class.as_str()),
            ("Manage SSO", "secondary")
        );
        assert_eq!(active.icon_dark, "/icons/dark/oktasaml.svg");
        assert_eq!(active.banner_class, "banner success");
        assert_eq!(
            active.announcement,
            "Single sign-on: Active. Okta SAML is active."
        );

        // No read from WorkOS: no badge, and no claim.
        let unknown = LiveCard::of(&status(None, None), true);
        assert_eq!(
            (unknown.setup.as_str(), unknown.badge.as_str()),
            ("unknown", "")
        );
        assert_eq!(unknown.icon_light, "");
        assert_eq!(unknown.action, "Configure SSO");
        assert_eq!(unknown.button_class, "primary");
        assert!(unknown
            .announcement
            .starts_with("Single sign-on: Status unknown."));

        let broken = LiveCard::of(&status(Some(Setup::NeedsAttention), None), true);
        assert_eq!(broken.button_class, "primary warning");
        assert_eq!(broken.banner_class, "banner warning");
        let broken_elsewhere = LiveCard::of(&status(Some(Setup::NeedsAttention), None), false);
        assert_eq!(broken_elsewhere.button_class, "secondary warning");

        // From an earlier read: the badge says so.
        let earlier = IntentStatus {
            stale: true,
            ..status(Some(Setup::Active), None)
        };
        let earlier = LiveCard::of(&earlier, false);
        assert_eq!(earlier.badge, "Active (last known)");
        assert_eq!(earlier.badge_class, "badge on stale");
    }

    fn overview(setups: &[(Intent, Option<Setup>)]) -> OrgOverview {
        OrgOverview {
            user: crate::model::CurrentUser {
                email: "ann@acme.example".to_owned(),
                organization_name: "Acme".to_owned(),
                role: crate::model::Role::Admin,
            },
            statuses: Intent::ALL
                .into_iter()
                .map(|intent| {
                    let setup = setups.iter().find(|(i, _)| *i == intent).map(|(_, s)| *s);
                    IntentStatus {
                        intent,
                        ..status(setup.unwrap_or(Some(Setup::NotConfigured)), None)
                    }
                })
                .collect(),
            status_error: None,
            organizations: Vec::new(),
            current_organization: 1,
            domains: Vec::new(),
            invitation: None,
            upgrade_url: None,
            embed: None,
            sso_health: None,
            admins_to_ask: Vec::new(),
        }
    }

    fn primaries(live: &LiveStatus) -> Vec<&str> {
        live.cards
            .iter()
            .filter(|card| card.button_class.starts_with("primary"))
            .map(|card| card.intent.as_str())
            .collect()
    }

    #[test]
    fn the_page_has_one_primary_action_for_its_state() {
        // A new organization: SSO first; nothing is urgent about certificates or keys.
        let new = LiveStatus::of(overview(&[
            (Intent::CertificateRenewal, None),
            (Intent::BringYourOwnKey, None),
        ]));
        assert_eq!(primaries(&new), ["sso"]);
        // SSO works: directory sync is next.
        let sso_done = LiveStatus::of(overview(&[(Intent::Sso, Some(Setup::Active))]));
        assert_eq!(primaries(&sso_done), ["dsync"]);
        // A certificate expiring comes before anything not started.
        let expiring = overview(&[(Intent::CertificateRenewal, Some(Setup::NeedsAttention))]);
        assert_eq!(expiring.next_step(), Some(Intent::CertificateRenewal));
        assert_eq!(
            primaries(&LiveStatus::of(expiring)),
            ["certificate_renewal"]
        );
        // A domain waiting for its record is the next step, done in its own card.
        let waiting = overview(&[
            (Intent::Sso, Some(Setup::Active)),
            (Intent::Dsync, Some(Setup::Active)),
            (Intent::DomainVerification, Some(Setup::InProgress)),
        ]);
        assert_eq!(waiting.next_step(), Some(Intent::DomainVerification));
        assert!(primaries(&LiveStatus::of(waiting)).is_empty());
        // Everything works: nothing is primary.
        let done: Vec<_> = Intent::ALL
            .into_iter()
            .map(|i| (i, Some(Setup::Active)))
            .collect();
        assert_eq!(overview(&done).next_step(), None);
    }
}
