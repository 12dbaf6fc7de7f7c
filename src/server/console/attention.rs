//! The "needs attention" queue: every organization with an area that needs attention,
//! longest waiting first, with what is wrong, who was told, and what to do next.

use super::ConsoleError;
use crate::{
    model::{day_and_month, AttentionItem, ItInvitation},
    server::{
        audit::Action,
        db::{
            self,
            console::{Filter, ListQuery, Sort},
        },
        state::AppState,
    },
    t,
};

/// The most organizations the queue shows at once.
const QUEUE: i64 = 200;

pub async fn queue(state: &AppState) -> Result<Vec<AttentionItem>, ConsoleError> {
    let query = ListQuery {
        search: String::new(),
        filter: Filter::NeedsAttention,
        plan_includes: None,
        sort: Sort::AttentionSince,
        after: None,
        limit: QUEUE,
    };
    let (rows, _) = db::console::list(&state.db, &query).await?;
    let mut items = Vec::with_capacity(rows.len());
    for row in rows {
        let Some(workos_id) = row.workos_organization_id.as_deref() else {
            continue;
        };
        let problems = state
            .status_cache
            .needing_attention(workos_id)
            .await
            .into_iter()
            .map(|a| (a.intent, a.summary))
            .collect();
        let emailed = db::console::latest(&state.db, row.id, Action::NotifyAdmins.as_str()).await?;
        let invitation = db::invitations::current(&state.db, row.id).await?;
        let mut told = Vec::new();
        if let Some((at, _)) = &emailed {
            told.push(t!("console-told-emailed", date = day_and_month(at)));
        }
        if let Some(sent) = &invitation {
            let sent = ItInvitation {
                email: sent.email.clone(),
                intents: sent
                    .intents
                    .split(',')
                    .filter_map(|n| crate::model::Intent::parse(n).ok())
                    .collect(),
                invited_on: day_and_month(&sent.invited_at),
            };
            told.push(sent.sentence());
        }
        let next_action = match (&invitation, &emailed) {
            (Some(sent), _) => t!("console-next-ask-contact", email = &sent.email),
            (None, Some(_)) => t!("console-next-call"),
            (None, None) => t!("console-next-tell-contact"),
        };
        items.push(AttentionItem {
            organization_id: row.id,
            organization: row.name,
            problems,
            since: row.attention_since.as_deref().map(day_and_month),
            told,
            next_action,
        });
    }
    Ok(items)
}
