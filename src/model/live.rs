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
        let cards = overview
            .statuses
            .iter()
            .filter(|status| status.included)
            .map(LiveCard::of)
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
    pub fn of(status: &IntentStatus) -> LiveCard {
        let intent = status.intent;
        let icon = status.provider.as_deref().and_then(providers::find);
        let (banner_class, banner_headline) = intent.banner(status.setup);
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
            badge: status.setup.map(Setup::label).unwrap_or_default(),
            badge_class: status
                .setup
                .map(Setup::badge_class)
                .unwrap_or("badge")
                .to_owned(),
            summary: status.summary.clone(),
            icon_light: icon
                .map(|p| icon_path(p.wire, IconTheme::Light))
                .unwrap_or_default(),
            icon_dark: icon
                .map(|p| icon_path(p.wire, IconTheme::Dark))
                .unwrap_or_default(),
            action: intent.action(status.setup),
            button_class: intent.button_class(status.setup).to_owned(),
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
        }
    }

    #[test]
    fn a_card_is_worded_as_the_page_renders_it() {
        let active = LiveCard::of(&status(Some(Setup::Active), Some("OktaSAML")));
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
        let unknown = LiveCard::of(&status(None, None));
        assert_eq!(
            (unknown.setup.as_str(), unknown.badge.as_str()),
            ("unknown", "")
        );
        assert_eq!(unknown.icon_light, "");
        assert_eq!(unknown.action, "Configure SSO");
        assert!(unknown
            .announcement
            .starts_with("Single sign-on: Status unknown."));

        let broken = LiveCard::of(&status(Some(Setup::NeedsAttention), None));
        assert_eq!(broken.button_class, "primary warning");
        assert_eq!(broken.banner_class, "banner warning");
    }
}
