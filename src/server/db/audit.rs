use super::{
    bound::{contains, Binds, Bound},
    Pool,
};
use tokio::sync::{mpsc, oneshot};

/// How the trail writes its times (UTC, milliseconds), so ranges compare as text.
pub const TRAIL_TIME: &[time::format_description::BorrowedFormatItem<'static>] = time::macros::format_description!(
    "[year]-[month]-[day]T[hour]:[minute]:[second].[subsecond digits:3]Z"
);

/// One audit event to write. Names are copied in, so the row still says who and which
/// organization after either is deleted.
#[derive(Clone, Debug, Default)]
pub struct NewEvent {
    pub actor_user_id: Option<i64>,
    /// Who acted: a member's email, or how staff are named ("Support (ana@host.example)").
    pub actor_email: Option<String>,
    pub organization_id: Option<i64>,
    pub organization_name: Option<String>,
    pub workos_organization_id: Option<String>,
    /// What was attempted, e.g. `portal_link.create`.
    pub action: &'static str,
    pub outcome: Outcome,
    pub detail: String,
    /// The request that did it, when there was one.
    pub request: RequestFacts,
    /// WorkOS's `X-Request-ID`s of the calls made for it, space-separated.
    pub workos_request_id: Option<String>,
}

/// How an audited attempt ended.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Outcome {
    /// It happened.
    #[default]
    Succeeded,
    /// Portico said no (wrong password, not an admin, a bad input).
    Refused,
    /// It was allowed but did not happen (WorkOS down or refusing, a database error).
    Failed,
}

impl Outcome {
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Succeeded => "succeeded",
            Outcome::Refused => "refused",
            Outcome::Failed => "failed",
        }
    }
}

/// What an audit row records of the request behind it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RequestFacts {
    pub client_ip: Option<String>,
    pub user_agent: Option<String>,
    pub request_id: Option<String>,
}

/// Writes audit events through one task that commits whatever has queued up in a single
/// transaction (group commit): each event is still durable when its write returns, but
/// a burst of clicks pays for one fsync instead of one each, and writers never queue on
/// SQLite's write lock.
#[derive(Clone, Debug)]
pub struct AuditWriter {
    queue: mpsc::Sender<Pending>,
}

/// An event waiting for its transaction, and who to tell how it went.
type Pending = (NewEvent, oneshot::Sender<Result<(), String>>);

/// At most this many events per transaction.
const BATCH: usize = 256;

impl AuditWriter {
    /// Starts the writer task on `pool`.
    pub fn start(pool: Pool) -> AuditWriter {
        let (queue, mut incoming) = mpsc::channel(4 * BATCH);
        tokio::spawn(async move {
            let mut batch: Vec<Pending> = Vec::with_capacity(BATCH);
            while incoming.recv_many(&mut batch, BATCH).await > 0 {
                let events: Vec<&NewEvent> = batch.iter().map(|(event, _)| event).collect();
                let outcome = insert_all(&pool, &events).await.map_err(|e| e.to_string());
                if outcome.is_ok() {
                    crate::server::metrics::audit_batch_written(events.len());
                }
                for (_, done) in batch.drain(..) {
                    let _ = done.send(outcome.clone());
                }
            }
        });
        AuditWriter { queue }
    }

    /// Writes one event; returns once it is committed (or the commit failed).
    pub async fn write(&self, event: NewEvent) -> Result<(), AuditWriteError> {
        let (done, committed) = oneshot::channel();
        self.queue
            .send((event, done))
            .await
            .map_err(|_| AuditWriteError("the audit writer has stopped".into()))?;
        committed
            .await
            .map_err(|_| AuditWriteError("the audit writer has stopped".into()))?
            .map_err(AuditWriteError)
    }
}

/// The audit event was not written.
#[derive(Debug, thiserror::Error)]
#[error("audit write failed: {0}")]
pub struct AuditWriteError(pub String);

/// The columns every insert below writes, in this order.
macro_rules! audit_columns {
    () => {
        "INSERT INTO audit_events (actor_user_id, actor_email, organization_id, \
         organization_name, workos_organization_id, action, outcome, detail, \
         client_ip, user_agent, request_id, workos_request_id) "
    };
}

/// A batch is one statement whatever its size, over the rows as one JSON array (each row
/// an array in the columns' order), so the statement is prepared once per connection and
/// binds one value. A multi-row `VALUES` list was a new statement for each batch size:
/// parsed afresh every time (caching them all held tens of MB per connection), with one
/// bound value per column and row; on SQLite that was a tenth of the link path's profile.
const INSERT_BATCH_SQLITE: &str = concat!(
    audit_columns!(),
    "SELECT value->>0, value->>1, value->>2, value->>3, value->>4, value->>5, value->>6, \
     value->>7, value->>8, value->>9, value->>10, value->>11 FROM json_each($1) ORDER BY key"
);
const INSERT_BATCH_POSTGRES: &str = concat!(
    audit_columns!(),
    "SELECT (e.value->>0)::bigint, e.value->>1, (e.value->>2)::bigint, e.value->>3, \
     e.value->>4, e.value->>5, e.value->>6, e.value->>7, e.value->>8, e.value->>9, \
     e.value->>10, e.value->>11 \
     FROM json_array_elements($1::json) WITH ORDINALITY AS e(value, n) ORDER BY e.n"
);

/// One row's values, in the columns' order.
type EventRow<'a> = (
    Option<i64>,
    &'a Option<String>,
    Option<i64>,
    &'a Option<String>,
    &'a Option<String>,
    &'static str,
    &'static str,
    &'a str,
    &'a Option<String>,
    &'a Option<String>,
    &'a Option<String>,
    &'a Option<String>,
);

fn row(event: &NewEvent) -> EventRow<'_> {
    (
        event.actor_user_id,
        &event.actor_email,
        event.organization_id,
        &event.organization_name,
        &event.workos_organization_id,
        event.action,
        event.outcome.as_str(),
        &event.detail,
        &event.request.client_ip,
        &event.request.user_agent,
        &event.request.request_id,
        &event.workos_request_id,
    )
}

/// Writes a batch in one statement, in the order given.
async fn insert_all(pool: &Pool, events: &[&NewEvent]) -> Result<(), sqlx::Error> {
    let rows: Vec<EventRow> = events.iter().map(|event| row(event)).collect();
    let rows = serde_json::to_string(&rows).map_err(|e| sqlx::Error::Encode(e.into()))?;
    let sql = match super::Engine::of(pool) {
        super::Engine::Sqlite => INSERT_BATCH_SQLITE,
        super::Engine::Postgres => INSERT_BATCH_POSTGRES,
    };
    sqlx::query(sql).bind(rows).execute(pool).await?;
    Ok(())
}

/// Writes one event in the caller's transaction: for a change to Portico's own records,
/// committed (or not) together with its row.
pub async fn insert(db: impl super::Executes<'_>, event: &NewEvent) -> Result<(), sqlx::Error> {
    let (actor, email, organization, name, workos, action, outcome, detail, ip, agent, id, call) =
        row(event);
    sqlx::query(concat!(
        audit_columns!(),
        "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)"
    ))
    .bind(actor)
    .bind(email)
    .bind(organization)
    .bind(name)
    .bind(workos)
    .bind(action)
    .bind(outcome)
    .bind(detail)
    .bind(ip)
    .bind(agent)
    .bind(id)
    .bind(call)
    .execute(db)
    .await?;
    Ok(())
}

/// The newest event with `action` for one detail: when, and who (if a user).
#[derive(Clone, Debug, PartialEq, sqlx::FromRow)]
pub struct Latest {
    pub detail: String,
    pub occurred_at: String,
    /// Who acted: a member's email, or how staff are named ("Support (ana@host.example)").
    pub actor_email: Option<String>,
}

/// The newest event with `action` that succeeded for each of `details`, where there is one.
/// One index seek per detail (index `audit_events_latest`), whatever the trail's length.
pub async fn latest_by_detail(
    pool: &Pool,
    organization_id: i64,
    action: &str,
    details: &[&str],
) -> Result<Vec<Latest>, sqlx::Error> {
    if details.is_empty() {
        return Ok(Vec::new());
    }
    // The wanted details as a table both engines read: one `SELECT $n` per detail.
    let wanted: Vec<String> = (0..details.len())
        .map(|i| format!("SELECT CAST(${} AS TEXT) AS value", i + 3))
        .collect();
    let sql = format!(
        "SELECT wanted.value AS detail, e.occurred_at, e.actor_email \
         FROM ({}) AS wanted \
         JOIN audit_events e ON e.id = \
           (SELECT id FROM audit_events \
            WHERE organization_id = $1 AND action = $2 AND outcome = 'succeeded' \
              AND detail = wanted.value \
            ORDER BY occurred_at DESC LIMIT 1)",
        wanted.join(" UNION ALL ")
    );
    let mut query = sqlx::query_as(&sql).bind(organization_id).bind(action);
    for detail in details {
        query = query.bind(*detail);
    }
    query.fetch_all(pool).await
}

/// One row as the trail's readers (the activity list, exports) see it.
#[derive(Clone, Debug, PartialEq, sqlx::FromRow, serde::Serialize)]
pub struct Row {
    pub id: i64,
    pub occurred_at: String,
    pub actor_user_id: Option<i64>,
    /// Who acted: a member's email, or how staff are named ("Support (ana@host.example)").
    pub actor_email: Option<String>,
    pub organization_name: Option<String>,
    pub workos_organization_id: Option<String>,
    pub action: String,
    pub outcome: String,
    pub detail: String,
    pub client_ip: Option<String>,
    pub user_agent: Option<String>,
    pub request_id: Option<String>,
    pub workos_request_id: Option<String>,
}

/// The columns of a [`Row`] (a macro so queries can be `concat!`ed into constants).
macro_rules! row_columns {
    () => {
        "id, occurred_at, actor_user_id, actor_email, organization_name, \
         workos_organization_id, action, outcome, detail, client_ip, user_agent, request_id, \
         workos_request_id"
    };
}

/// What the activity list is narrowed to, as the trail stores it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Matching {
    /// Part of the actor's email, in any case.
    pub actor: Option<String>,
    /// Only these actions (their stored names); none: any.
    pub actions: Vec<&'static str>,
    pub outcome: Option<&'static str>,
    /// From (inclusive) and to (exclusive), in the trail's time format.
    pub from: Option<String>,
    pub to: Option<String>,
}

/// The organization's rows that match, newest first, older than row `before`.
pub async fn newest(
    pool: &Pool,
    organization_id: i64,
    matching: &Matching,
    before: Option<i64>,
    limit: u32,
) -> Result<Vec<Row>, sqlx::Error> {
    let mut binds = Binds::default();
    let mut clauses = vec![format!(
        "organization_id = {}",
        binds.add(Bound::Int(organization_id))
    )];
    if let Some(actor) = &matching.actor {
        let pattern = binds.add(Bound::Text(contains(actor)));
        clauses.push(format!(
            "lower(COALESCE(actor_email, '')) LIKE {pattern} ESCAPE '\\'"
        ));
    }
    if !matching.actions.is_empty() {
        let listed: Vec<String> = matching
            .actions
            .iter()
            .map(|action| binds.add(Bound::Text((*action).to_owned())))
            .collect();
        clauses.push(format!("action IN ({})", listed.join(", ")));
    }
    let compared = [
        ("outcome = ", matching.outcome.map(str::to_owned)),
        ("occurred_at >= ", matching.from.clone()),
        ("occurred_at < ", matching.to.clone()),
    ];
    for (condition, value) in compared {
        if let Some(value) = value {
            clauses.push(format!("{condition}{}", binds.add(Bound::Text(value))));
        }
    }
    if let Some(before) = before {
        clauses.push(format!(
            "(occurred_at, id) < (SELECT occurred_at, id FROM audit_events WHERE id = {})",
            binds.add(Bound::Int(before))
        ));
    }
    let limit = binds.add(Bound::Int(i64::from(limit)));
    let sql = format!(
        concat!(
            "SELECT ",
            row_columns!(),
            " FROM audit_events WHERE {} ORDER BY occurred_at DESC, id DESC LIMIT {}"
        ),
        clauses.join(" AND "),
        limit
    );
    binds.to(sqlx::query_as(&sql)).fetch_all(pool).await
}

/// The organization's rows from `from` (inclusive) to `to` (exclusive), oldest first,
/// one at a time: an export of a long trail never sits in memory whole (index order, so
/// SQLite does not sort them either).
pub fn between<'a>(
    pool: &'a Pool,
    organization_id: i64,
    from: &'a str,
    to: &'a str,
) -> impl futures::Stream<Item = Result<Row, sqlx::Error>> + Send + 'a {
    sqlx::query_as(concat!(
        "SELECT ",
        row_columns!(),
        " FROM audit_events \
         WHERE organization_id = $1 AND occurred_at >= $2 AND occurred_at < $3 \
         ORDER BY occurred_at, id"
    ))
    .bind(organization_id)
    .bind(from)
    .bind(to)
    .fetch(pool)
}

/// Deletes rows older than `cutoff` (a timestamp in the trail's format), a batch at a
/// time so sign-ins never wait long for the write lock. Returns how many went.
pub async fn delete_older_than(pool: &Pool, cutoff: &str) -> Result<u64, sqlx::Error> {
    let mut deleted = 0;
    loop {
        let batch = sqlx::query(
            "DELETE FROM audit_events WHERE id IN \
             (SELECT id FROM audit_events WHERE occurred_at < $1 LIMIT 5000)",
        )
        .bind(cutoff)
        .execute(pool)
        .await?
        .rows_affected();
        deleted += batch;
        if batch == 0 {
            return Ok(deleted);
        }
    }
}
