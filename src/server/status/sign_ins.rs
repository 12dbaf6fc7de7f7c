//! SSO health: WorkOS's authentication events counted per organization and day
//! (`db::sign_ins`), and the panel's words read from those counts and the status the
//! page already has (never a WorkOS call per view).

use super::{
    cache::{Live, StatusCache},
    certificates::certificates,
    directories::directories,
};
use crate::{
    model::{day_and_month, explain_sso_code, FailureGroup, SignInDay, SsoHealth},
    server::db::{self, sign_ins::SignIn},
};
use std::sync::Arc;
use workos::types::Event;

/// Days the chart shows, and days the failures cover.
const CHART_DAYS: i64 = 30;
const FAILURE_DAYS: i64 = 7;

impl StatusCache {
    /// Counts an `authentication.sso_succeeded` or `_failed` event (once), and tells the
    /// organization's live pages, here and on other instances.
    pub async fn record_sign_in(&self, event: &Event) -> Result<(), sqlx::Error> {
        let code = match event.event.as_str() {
            "authentication.sso_succeeded" => String::new(),
            "authentication.sso_failed" => event.data["error"]["code"]
                .as_str()
                .unwrap_or("unknown")
                .chars()
                .take(80)
                .collect(),
            _ => return Ok(()),
        };
        let Some(organization) = event.data["sso"]["organization_id"].as_str() else {
            return Ok(());
        };
        let day = event.created_at.get(..10).unwrap_or_default();
        let sign_in = SignIn {
            event_id: &event.id,
            organization,
            day,
            code: &code,
            at: &event.created_at,
            email: event.data["email"].as_str(),
        };
        if db::sign_ins::record(&self.db, sign_in).await? {
            let _ = self.changed.send(Arc::from(organization));
            self.announcer.announce(format!("sign_ins {organization}"));
        }
        Ok(())
    }

    /// The SSO health panel of the organization (`who` only for admins), as of `today`.
    pub async fn sso_health(
        &self,
        organization: &str,
        live: Option<&Live>,
        admin: bool,
        today: time::Date,
    ) -> SsoHealth {
        let since = today - time::Duration::days(CHART_DAYS - 1);
        let rows = db::sign_ins::since(&self.db, organization, &since.to_string()).await;
        let last = db::sign_ins::last_success(&self.db, organization).await;
        let (rows, last) = match (rows, last) {
            (Ok(rows), Ok(last)) => (rows, last),
            (Err(error), _) | (_, Err(error)) => {
                tracing::warn!(%error, "could not read the organization's SSO sign-ins");
                (Vec::new(), None)
            }
        };
        let (directory, certificate) = live.map_or_else(Default::default, area_lines);
        SsoHealth::new(
            last_success_line(last, admin),
            failures(&rows, today - time::Duration::days(FAILURE_DAYS - 1)),
            days(&rows, since),
            directory,
            certificate,
        )
    }
}

fn last_success_line(last: Option<(String, Option<String>)>, admin: bool) -> String {
    match last {
        None => crate::t!("sso-health-no-sign-in"),
        Some((at, email)) => {
            let format = time::format_description::well_known::Rfc3339;
            let when = match time::OffsetDateTime::parse(&at, &format) {
                Ok(when) => crate::i18n::date_and_time(crate::i18n::current(), when),
                Err(_) => at.clone(),
            };
            match email.filter(|_| admin) {
                Some(email) => crate::t!("sso-health-last-sign-in-by", email = email, when = when),
                None => crate::t!("sso-health-last-sign-in", when = when),
            }
        }
    }
}

fn failures(rows: &[db::sign_ins::Row], since: time::Date) -> Vec<FailureGroup> {
    let since = since.to_string();
    // Per code: how many, and the newest one's time.
    let mut by_code: std::collections::BTreeMap<&str, (u64, &str)> = Default::default();
    for (_, code, count, last_at, _) in rows.iter().filter(|r| !r.1.is_empty() && r.0 >= since) {
        let entry = by_code.entry(code).or_insert((0, ""));
        entry.0 += u64::try_from(*count).unwrap_or_default();
        entry.1 = entry.1.max(last_at.as_str());
    }
    let mut groups: Vec<FailureGroup> = by_code
        .into_iter()
        .map(|(code, (count, last_at))| {
            let explained = explain_sso_code(code);
            let last = day_and_month(last_at);
            FailureGroup::new(
                code.to_owned(),
                count,
                last,
                &explained.what,
                &explained.fix,
            )
        })
        .collect();
    groups.sort_by(|a, b| b.count.cmp(&a.count).then(a.code.cmp(&b.code)));
    groups
}

fn days(rows: &[db::sign_ins::Row], since: time::Date) -> Vec<SignInDay> {
    (0..CHART_DAYS)
        .map(|offset| {
            let date = since + time::Duration::days(offset);
            let day = date.to_string();
            let of_day = rows.iter().filter(|r| r.0 == day);
            let (succeeded, failed) = of_day.fold((0, 0), |(s, f), (_, code, count, _, _)| {
                let count = u64::try_from(*count).unwrap_or_default();
                if code.is_empty() {
                    (s + count, f)
                } else {
                    (s, f + count)
                }
            });
            let label = day_and_month(&format!("{day}T00:00:00Z"));
            SignInDay::new(day, label, succeeded, failed)
        })
        .collect()
}

/// The directory's and the certificate's lines, in the words their cards use.
fn area_lines(live: &Live) -> (String, String) {
    let directory = match &live.directories {
        Ok(list) if list.data.is_empty() => crate::t!("status-directory-none"),
        Ok(list) => directories(list, &live.directory_activity).summary,
        Err(_) => crate::t!("sso-health-directory-unread"),
    };
    let certificate = match &live.certificates {
        Ok(events) => certificates(events, live.connections.as_ref().ok()).summary,
        Err(_) => crate::t!("sso-health-certificate-unread"),
    };
    (directory, certificate)
}
