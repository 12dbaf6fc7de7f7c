//! Checking an organization for what needs attention, and emailing its admins.

use super::letter;
use crate::{
    i18n::Lang,
    server::{
        audit::Action,
        config::public_link,
        db::{
            self,
            audit::{NewEvent, Outcome},
        },
        state::AppState,
        status::Attention,
    },
};

#[derive(Debug, thiserror::Error)]
pub enum NotifyError {
    #[error("could not read or record notifications: {0}")]
    Database(#[from] sqlx::Error),
}

/// Emails the admins of the WorkOS organization about each condition that needs
/// attention and that they were not told of today (UTC); returns how many emails went.
/// Nothing when no mail server is known.
pub async fn tell_admins(
    state: &AppState,
    workos_organization: &str,
    now: time::OffsetDateTime,
) -> Result<usize, NotifyError> {
    if !state.mailer.is_on() {
        return Ok(0);
    }
    // The trail's words are English, as every stored row's.
    let needing = in_language(state, workos_organization, Lang::En).await;
    if needing.is_empty() {
        return Ok(0);
    }
    let found = db::users::admins_of_workos_organization(&state.db, workos_organization).await?;
    let Some(found) = found.filter(|found| !found.admins.is_empty()) else {
        return Ok(0);
    };
    let (organization_id, name) = (found.organization_id, found.organization_name.clone());
    let by_language = by_language(state, workos_organization, found.admins).await;
    let day = now.date().to_string();
    let now_ms = (now.unix_timestamp_nanos() / 1_000_000) as i64;
    let settings = public_link(&state.public_url, "/settings");
    let mut sent = 0;
    for attention in needing {
        let condition = attention.intent.as_str();
        if !db::notifications::claim(&state.db, workos_organization, condition, &day, now_ms)
            .await?
        {
            continue;
        }
        let mut told = Vec::new();
        let mut failure = None;
        for (lang, emails, worded) in &by_language {
            let in_lang = worded.iter().find(|a| a.intent == attention.intent);
            let letter = letter(*lang, &name, in_lang.unwrap_or(&attention), &settings);
            for admin in emails {
                match state.mailer.send(admin, &letter).await {
                    Ok(()) => told.push(admin.as_str()),
                    Err(error) => failure = Some(error.to_string()),
                }
            }
        }
        if told.is_empty() {
            // Not one went: give the day back, so the next check tries again.
            db::notifications::release(&state.db, workos_organization, condition, &day).await?;
        }
        sent += told.len();
        let detail = match (&failure, told.is_empty()) {
            (Some(error), true) => format!("{}: not sent ({error})", attention.intent.title()),
            _ => format!(
                "{}: {} Emailed {}.",
                attention.intent.title(),
                attention.summary,
                told.join(", ")
            ),
        };
        if let Some(error) = &failure {
            tracing::warn!(%error, organization = workos_organization, condition, "a notification email was not sent");
        }
        let row = NewEvent {
            organization_id: Some(organization_id),
            organization_name: Some(name.clone()),
            workos_organization_id: Some(workos_organization.to_owned()),
            action: Action::NotifyAdmins.as_str(),
            outcome: if told.is_empty() {
                Outcome::Failed
            } else {
                Outcome::Succeeded
            },
            detail,
            ..NewEvent::default()
        };
        if let Err(error) = state.audit.write(row).await {
            tracing::warn!(%error, "could not write a notification's audit row");
        }
    }
    Ok(sent)
}

/// The admins by the language they are written to in (theirs, else the organization's
/// default, else English), each language with the conditions worded in it.
async fn by_language(
    state: &AppState,
    workos_organization: &str,
    admins: Vec<(String, Option<String>)>,
) -> Vec<(Lang, Vec<String>, Vec<Attention>)> {
    let mut by_language: Vec<(Lang, Vec<String>, Vec<Attention>)> = Vec::new();
    for (email, tag) in admins {
        let lang = tag.as_deref().and_then(Lang::from_tag).unwrap_or_default();
        match by_language.iter_mut().find(|(l, _, _)| *l == lang) {
            Some((_, emails, _)) => emails.push(email),
            None => {
                let worded = in_language(state, workos_organization, lang).await;
                by_language.push((lang, vec![email], worded));
            }
        }
    }
    by_language
}

/// What needs attention in the organization, worded in `lang`.
async fn in_language(state: &AppState, workos_organization: &str, lang: Lang) -> Vec<Attention> {
    let needing = state.status_cache.needing_attention(workos_organization);
    crate::i18n::CURRENT.scope(lang, needing).await
}

/// Every hour, checks each mirrored organization: a condition that lasts is told again
/// the next day, and one that began without an event (a certificate's last month) is
/// found. Forgets the days before yesterday.
pub fn spawn_daily_reminders(state: AppState) {
    tokio::spawn(async move {
        let hour = std::time::Duration::from_secs(3600);
        let mut every = tokio::time::interval_at(tokio::time::Instant::now() + hour, hour);
        loop {
            every.tick().await;
            remind(&state, time::OffsetDateTime::now_utc()).await;
        }
    });
}

async fn remind(state: &AppState, now: time::OffsetDateTime) {
    if !state.mailer.is_on() {
        return;
    }
    let organizations = match db::mirror::organizations(&state.db).await {
        Ok(organizations) => organizations,
        Err(error) => {
            tracing::warn!(%error, "could not list the organizations to check");
            return;
        }
    };
    for organization in organizations {
        if let Err(error) = tell_admins(state, &organization, now).await {
            tracing::warn!(%error, organization, "could not check what needs attention");
        }
    }
    let yesterday = (now - time::Duration::days(1)).date().to_string();
    if let Err(error) = db::notifications::forget_before(&state.db, &yesterday).await {
        tracing::warn!(%error, "could not forget past notifications");
    }
}
