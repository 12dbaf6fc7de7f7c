//! An organization's health from what is known of it without asking WorkOS: each area's
//! reading, the areas that need attention, and the soonest certificate expiry. The
//! notifications and the staff console read it; the mirror stores it with each snapshot.

use super::{
    audit_logs::{audit_logs, log_stream},
    byok::byok,
    cache::Live,
    certificates::{certificates, not_renewed},
    directories::directories,
    domains::domains,
    reading::Reading,
    sso::sso,
};
use crate::{
    model::{Intent, Setup},
    server::db,
};

/// One area that needs attention.
#[derive(Clone, Debug, PartialEq)]
pub struct Attention {
    pub intent: Intent,
    /// What is wrong, as its card says it.
    pub summary: String,
}

/// The areas whose readings can need attention (the others have nothing to break).
const WATCHED: [Intent; 4] = [
    Intent::Sso,
    Intent::Dsync,
    Intent::DomainVerification,
    Intent::CertificateRenewal,
];

/// What WorkOS's read says of `intent`; `None` when that part of the read failed or
/// WorkOS gives no read of it.
pub(super) fn reading_of(intent: Intent, live: &Live) -> Option<Reading> {
    Some(match intent {
        Intent::Sso => sso(live.connections.as_ref().ok()?),
        Intent::Dsync => directories(live.directories.as_ref().ok()?, &live.directory_activity),
        Intent::DomainVerification => domains(live.organization.as_ref().ok()?),
        Intent::AuditLogs => audit_logs(live.audit_logs.as_ref().ok()?),
        Intent::LogStreams => log_stream(live.audit_logs.as_ref().ok()?),
        Intent::CertificateRenewal => certificates(
            live.certificates.as_ref().ok()?,
            live.connections.as_ref().ok(),
        ),
        Intent::BringYourOwnKey => byok(live.byok.as_ref()?),
    })
}

/// The areas of `live` that need attention now.
pub(super) fn attention(live: &Live) -> Vec<Attention> {
    WATCHED
        .into_iter()
        .filter_map(|intent| {
            let reading = reading_of(intent, live)?;
            (reading.setup == Some(Setup::NeedsAttention)).then_some(Attention {
                intent,
                summary: reading.summary,
            })
        })
        .collect()
}

/// The health the mirror stores beside a snapshot read as `live`.
pub(super) fn stored(live: &Live) -> db::mirror::Health {
    let mut setups = [None; 7];
    for (slot, intent) in setups.iter_mut().zip(Intent::ALL) {
        *slot = reading_of(intent, live)
            .and_then(|r| r.setup)
            .map(Setup::as_str);
    }
    let domains = live.organization.as_ref().map_or_else(
        |_| String::new(),
        |o| {
            let names: Vec<String> = o.domains.iter().map(|d| d.domain.to_lowercase()).collect();
            names.join(" ")
        },
    );
    db::mirror::Health {
        setups,
        attention: attention(live).len() as i64,
        certificate_expires: live
            .certificates
            .as_ref()
            .ok()
            .and_then(not_renewed)
            .map(|warning| warning.certificate.expiry_date),
        domains,
    }
}

/// The areas whose setup differs between `before` and `after` (both read from `live`
/// snapshots), with `after`'s sentences from `now`, in English: they are stored, and the
/// host's webhooks carry them.
pub(super) fn changes(
    before: &db::mirror::Health,
    after: &db::mirror::Health,
    now: &Live,
) -> Vec<db::mirror::AreaChange> {
    Intent::ALL
        .into_iter()
        .enumerate()
        .filter(|(i, _)| before.setups[*i] != after.setups[*i])
        .map(|(i, intent)| db::mirror::AreaChange {
            area: intent.as_str(),
            from: before.setups[i],
            to: after.setups[i],
            summary: crate::i18n::CURRENT.sync_scope(crate::i18n::Lang::En, || {
                reading_of(intent, now)
                    .map(|r| r.summary)
                    .unwrap_or_default()
            }),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_area_columns_follow_the_areas_order() {
        let names: Vec<&str> = Intent::ALL.iter().map(|i| i.as_str()).collect();
        assert_eq!(names, db::mirror::AREA_COLUMNS);
    }
}
