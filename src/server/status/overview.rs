//! The settings page's model: every area's status for the signed-in user, with what
//! they may see (members get status only: no TXT records, no invitation, no emails).

use super::{
    audit_logs::{audit_logs, log_stream},
    byok::byok,
    cache::{Live, Local, StatusCache},
    certificates::certificates,
    directories::directories,
    domains::{domain_claims, domains},
    reading::{age, from_live, what_portico_knows, Reading},
    sso::sso,
};
use crate::{
    model::{
        day_and_month, AppError, Intent, IntentStatus, ItInvitation, OrgOverview, Role, Setup,
    },
    server::{auth::SignedInUser, db::users::MembershipRow},
};
use workos::types::{Event, List};

impl StatusCache {
    /// The organization's page for `user`, read afresh from WorkOS when `fresh` (just
    /// back from the Admin Portal, where the admin changed it) and the user may.
    pub async fn overview(&self, user: &SignedInUser, fresh: bool) -> OrgOverview {
        let who = &user.membership;
        let live = match &who.workos_organization_id {
            Some(id) => Some(self.get(id, fresh && self.fresh_reads.allow(who)).await),
            None => None,
        };
        let local = self.local(who.organization_id).await;
        let mut status_error = live
            .as_ref()
            .and_then(|l| l.stale.clone())
            .map(|(when, error)| {
                let shown: AppError = error.into();
                crate::t!("status-stale", reason = shown.message, age = age(when))
            });
        let statuses = Intent::ALL
            .into_iter()
            .map(|intent| status_of(intent, live.as_deref(), &local, who, &mut status_error))
            .collect();
        let organizations = self.organizations_of(who.user_id).await;
        let sso_health = match &who.workos_organization_id {
            Some(id) if who.features.includes(Intent::Sso) => {
                let today = time::OffsetDateTime::now_utc().date();
                let admin = who.role == Role::Admin;
                Some(self.sso_health(id, live.as_deref(), admin, today).await)
            }
            _ => None,
        };
        let admins_to_ask = match who.role {
            Role::Member => local.admins_to_ask.clone(),
            Role::Admin => Vec::new(),
        };
        OrgOverview {
            admins_to_ask,
            sso_health,
            embed: None,
            upgrade_url: self.upgrade_url.as_ref().map(|url| url.to_string()),
            invitation: invitation(&local, who.role),
            domains: domains_to_publish(live.as_deref(), who.role),
            user: user.view(),
            statuses,
            status_error,
            organizations: organizations.to_vec(),
            current_organization: who.organization_id,
        }
    }
}

/// One area's status: what WorkOS says of it (the first failed read's sentence goes to
/// `status_error`), or what Portico knows, or the plan's upgrade.
fn status_of(
    intent: Intent,
    live: Option<&Live>,
    local: &Local,
    who: &MembershipRow,
    status_error: &mut Option<String>,
) -> IntentStatus {
    if !who.features.includes(intent) {
        // Outside the plan: no setup to start. One already in use still says where it
        // stands (read only; its card offers the upgrade).
        let in_use = live
            .and_then(|live| live_reading(intent, live, local, who.role, &mut None))
            .filter(|reading| {
                matches!(
                    reading.setup,
                    Some(Setup::Active | Setup::InProgress | Setup::NeedsAttention)
                )
            });
        let stale = in_use.is_some() && live.is_some_and(|live| live.stale.is_some());
        return match in_use {
            Some(reading) => IntentStatus {
                intent,
                setup: reading.setup,
                summary: reading.summary,
                provider: reading.provider,
                chosen_provider: None,
                included: false,
                stale,
            },
            None => IntentStatus {
                intent,
                setup: None,
                summary: crate::t!("card-in-enterprise-plan"),
                provider: None,
                chosen_provider: None,
                included: false,
                stale: false,
            },
        };
    }
    let reading = match live {
        Some(live) => live_reading(intent, live, local, who.role, status_error),
        None => None,
    }
    .unwrap_or_else(|| Reading {
        setup: None,
        summary: what_portico_knows(&local.opened, intent, who.role),
        provider: None,
    });
    // A state read earlier, while WorkOS cannot be reached now, says so on its badge.
    let stale = reading.setup.is_some() && live.is_some_and(|live| live.stale.is_some());
    IntentStatus {
        intent,
        stale,
        setup: reading.setup,
        summary: reading.summary,
        provider: reading.provider,
        chosen_provider: local.chosen(intent).map(str::to_owned),
        included: true,
    }
}

/// What WorkOS's read says of `intent`; `None` for areas WorkOS gives no read of.
fn live_reading(
    intent: Intent,
    live: &Live,
    local: &Local,
    viewer: Role,
    status_error: &mut Option<String>,
) -> Option<Reading> {
    let reading = match intent {
        Intent::Sso => from_live(&live.connections, status_error, sso),
        Intent::Dsync => {
            let read = |list: &List<_>| directories(list, &live.directory_activity);
            from_live(&live.directories, status_error, read)
        }
        Intent::DomainVerification => from_live(&live.organization, status_error, domains),
        Intent::LogStreams => from_live(&live.audit_logs, status_error, log_stream),
        Intent::AuditLogs => from_live(&live.audit_logs, status_error, audit_logs),
        Intent::CertificateRenewal => {
            let read = |events: &List<Event>| certificates(events, live.connections.as_ref().ok());
            match from_live(&live.certificates, status_error, read) {
                // Nothing reported: what Portico knows is all there is to say.
                Reading {
                    setup: None,
                    summary,
                    provider,
                } => Reading {
                    summary: crate::t!(
                        "two-sentences",
                        first = summary,
                        second = what_portico_knows(&local.opened, intent, viewer)
                    ),
                    setup: None,
                    provider,
                },
                known => known,
            }
        }
        Intent::BringYourOwnKey => byok(live.byok.as_ref()?),
    };
    Some(reading)
}

/// The TXT records to publish: for those who can act on them.
fn domains_to_publish(live: Option<&Live>, viewer: Role) -> Vec<crate::model::DomainClaim> {
    match (live, viewer) {
        (Some(live), Role::Admin) => live
            .organization
            .as_ref()
            .map(domain_claims)
            .unwrap_or_default(),
        _ => Vec::new(),
    }
}

/// The IT contact's current invitation: for admins.
fn invitation(local: &Local, viewer: Role) -> Option<ItInvitation> {
    match viewer {
        Role::Admin => local.invitation.as_ref().map(|sent| ItInvitation {
            email: sent.email.clone(),
            intents: sent
                .intents
                .split(',')
                .filter_map(|name| Intent::parse(name).ok())
                .collect(),
            invited_on: day_and_month(&sent.invited_at),
        }),
        Role::Member => None,
    }
}
