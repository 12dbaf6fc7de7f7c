//! Exports of the session's organization's trail for auditors: a range of it, as CSV or
//! JSON Lines, streamed row by row. Exporting is itself recorded.

use crate::{
    model::{clipped, AppError},
    server::{
        audit::{self, Action},
        auth::SignedInUser,
        db::{
            self,
            audit::{Outcome, TRAIL_TIME},
            Pool,
        },
        error::ServerError,
        state::AppState,
    },
};
use axum::{
    body::{Body, Bytes},
    http::{header, HeaderValue},
    response::Response,
};
use futures::StreamExt;
use time::{format_description::well_known::Rfc3339, macros::format_description, OffsetDateTime};

/// The formats an export comes in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportFormat {
    Csv,
    JsonLines,
}

/// What an export asks for: the format, and a range of the trail.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExportRange {
    pub format: ExportFormat,
    /// Inclusive, in the trail's timestamp format ("" = from the first row).
    pub from: String,
    /// Exclusive, in the trail's timestamp format.
    pub to: String,
}

impl ExportRange {
    /// Reads `format=csv|jsonl&from=…&to=…`: dates (`2026-11-01`, `to` inclusive) or
    /// RFC 3339 times. Anything else, a repeated or an unknown parameter, is refused.
    pub fn parse(query: &str) -> Result<ExportRange, AppError> {
        let pairs: Vec<(String, String)> = url::form_urlencoded::parse(query.as_bytes())
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect();
        for (index, (name, _)) in pairs.iter().enumerate() {
            if !["format", "from", "to"].contains(&name.as_str()) {
                return Err(AppError::bad_request(crate::t!(
                    "error-export-unknown-parameter",
                    name = shortened(name)
                )));
            }
            if pairs[..index].iter().any(|(earlier, _)| earlier == name) {
                return Err(AppError::bad_request(crate::t!(
                    "error-export-twice",
                    name = shortened(name)
                )));
            }
        }
        let value = |name: &str| {
            pairs
                .iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.trim())
                .filter(|v| !v.is_empty())
        };
        let format = match value("format") {
            None | Some("csv") => ExportFormat::Csv,
            Some("jsonl") => ExportFormat::JsonLines,
            Some(other) => {
                return Err(AppError::bad_request(crate::t!(
                    "error-export-format",
                    format = format!("{:?}", shortened(other))
                )))
            }
        };
        let from = value("from")
            .map(|v| moment(v, "from", false))
            .transpose()?
            .unwrap_or_default();
        let to = value("to")
            .map(|v| moment(v, "to", true))
            .transpose()?
            .unwrap_or_else(|| "9999-12-31T23:59:59.999Z".to_owned());
        if !from.is_empty() && from >= to {
            return Err(AppError::bad_request(crate::t!("error-export-empty-range")).about("to"));
        }
        Ok(ExportRange { format, from, to })
    }
}

/// A date or an RFC 3339 time in the trail's own format (UTC, milliseconds). A date in
/// `to` means the end of that day.
pub(super) fn moment(value: &str, name: &str, end_of_day: bool) -> Result<String, AppError> {
    let when =
        if let Ok(day) = time::Date::parse(value, format_description!("[year]-[month]-[day]")) {
            let day = if end_of_day {
                day.next_day().unwrap_or(day)
            } else {
                day
            };
            day.midnight().assume_utc()
        } else {
            OffsetDateTime::parse(value, &Rfc3339)
                .map_err(|_| {
                    AppError::bad_request(crate::t!(
                        "error-export-not-a-date",
                        name = name,
                        typed = format!("{:?}", shortened(value))
                    ))
                    .about(name)
                })?
                .to_offset(time::UtcOffset::UTC)
        };
    when.format(TRAIL_TIME).map_err(|_| {
        AppError::bad_request(crate::t!("error-export-out-of-range", name = name)).about(name)
    })
}

fn shortened(text: &str) -> String {
    clipped(text, 40)
}

/// `GET /api/audit_events?format=csv|jsonl&from=…&to=…` for `user`: the response that
/// streams the rows, once the export is recorded. Admins only; a refusal is recorded too.
pub async fn start(
    state: &AppState,
    user: SignedInUser,
    query: &str,
) -> Result<Response, ServerError> {
    let who = user.membership.clone();
    let describe = clipped(query, 200);
    let admin = match user.require_admin_to(crate::server::auth::AdminsOnly::ExportActivity) {
        Ok(admin) => admin,
        Err(refusal) => {
            return Err(audit::unsuccessful(
                &state.audit,
                &who,
                Action::ExportAudit,
                &describe,
                refusal.into(),
            )
            .await)
        }
    };
    let range = match ExportRange::parse(query) {
        Ok(range) => range,
        Err(bad) => {
            return Err(audit::unsuccessful(
                &state.audit,
                &who,
                Action::ExportAudit,
                &describe,
                bad.into(),
            )
            .await)
        }
    };
    let (kind, extension) = match range.format {
        ExportFormat::Csv => ("text/csv; charset=utf-8", "csv"),
        ExportFormat::JsonLines => ("application/x-ndjson", "jsonl"),
    };
    let detail = format!(
        "{extension} from {} to {}",
        if range.from.is_empty() {
            "the start"
        } else {
            &range.from
        },
        range.to
    );
    // Recorded before the first byte leaves: an export that cannot be recorded is refused.
    audit::record(
        &state.audit,
        Some(&who),
        Action::ExportAudit,
        Outcome::Succeeded,
        &detail,
    )
    .await?;
    let body = stream_rows(state.db.clone(), admin.membership.organization_id, range);
    let today = OffsetDateTime::now_utc().date();
    let disposition = format!("attachment; filename=\"portico-activity-{today}.{extension}\"");
    let mut response = Response::new(body);
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(kind));
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    if let Ok(value) = HeaderValue::from_str(&disposition) {
        headers.insert(header::CONTENT_DISPOSITION, value);
    }
    Ok(response)
}

/// Chunks of about this many bytes go out at a time.
const CHUNK: usize = 16 * 1024;

/// The rows as a body, read and written a chunk at a time by a task of their own: memory
/// stays at one chunk however long the trail, and a slow reader slows the reading.
fn stream_rows(pool: Pool, organization_id: i64, range: ExportRange) -> Body {
    let (chunks, receiver) = tokio::sync::mpsc::channel::<Result<Bytes, std::io::Error>>(4);
    tokio::spawn(async move {
        let mut buffer = Vec::with_capacity(CHUNK * 2);
        if range.format == ExportFormat::Csv {
            // Fixed column names, plain: the one line not quoted.
            buffer.extend_from_slice(CSV_HEADER.join(",").as_bytes());
            buffer.push(b'\n');
        }
        let mut rows = db::audit::between(&pool, organization_id, &range.from, &range.to);
        while let Some(row) = rows.next().await {
            match row {
                Ok(row) => match range.format {
                    ExportFormat::Csv => csv_line(&mut buffer, &csv_fields(&row)),
                    ExportFormat::JsonLines => {
                        if serde_json::to_writer(&mut buffer, &row).is_ok() {
                            buffer.push(b'\n');
                        }
                    }
                },
                Err(error) => {
                    // The client sees a broken download, never a silently short one.
                    tracing::error!(%error, "audit export stopped");
                    let _ = chunks
                        .send(Err(std::io::Error::other("export failed")))
                        .await;
                    return;
                }
            }
            if buffer.len() >= CHUNK {
                let full = Bytes::from(std::mem::replace(
                    &mut buffer,
                    Vec::with_capacity(CHUNK * 2),
                ));
                if chunks.send(Ok(full)).await.is_err() {
                    return; // the client went away
                }
            }
        }
        if !buffer.is_empty() {
            let _ = chunks.send(Ok(Bytes::from(buffer))).await;
        }
    });
    let mut receiver = receiver;
    // `poll_fn`, not `unfold`: a body may be polled again after its end.
    Body::from_stream(futures::stream::poll_fn(move |cx| receiver.poll_recv(cx)))
}

const CSV_HEADER: [&str; 13] = [
    "id",
    "occurred_at",
    "actor_user_id",
    "actor_email",
    "organization_name",
    "workos_organization_id",
    "action",
    "outcome",
    "detail",
    "client_ip",
    "user_agent",
    "request_id",
    "workos_request_id",
];

fn csv_fields(row: &db::audit::Row) -> [String; 13] {
    let text = |value: &Option<String>| value.clone().unwrap_or_default();
    [
        row.id.to_string(),
        row.occurred_at.clone(),
        row.actor_user_id
            .map(|id| id.to_string())
            .unwrap_or_default(),
        text(&row.actor_email),
        text(&row.organization_name),
        text(&row.workos_organization_id),
        row.action.clone(),
        row.outcome.clone(),
        row.detail.clone(),
        text(&row.client_ip),
        text(&row.user_agent),
        text(&row.request_id),
        text(&row.workos_request_id),
    ]
}

/// Appends one CSV record, every cell quoted. A formula a spreadsheet would run (typed by
/// someone: an email at sign-in, a browser name) starts with `'` instead, at the start of
/// a cell and after any separator a spreadsheet may split on (`,` `;` tab), so that
/// `Mozilla;=cmd|…` stays text whichever separator the file is opened with.
pub fn csv_line<S: AsRef<str>>(buffer: &mut Vec<u8>, fields: &[S]) {
    let cells = fields.iter().map(|field| without_formulas(field.as_ref()));
    let mut writer = csv::WriterBuilder::new()
        .has_headers(false)
        .quote_style(csv::QuoteStyle::Always)
        .from_writer(&mut *buffer);
    let _ = writer.write_record(cells);
    let _ = writer.flush();
}

fn without_formulas(cell: &str) -> String {
    const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];
    const SEPARATORS: [char; 3] = [',', ';', '\t'];
    let mut out = String::with_capacity(cell.len() + 1);
    let mut at_start = true;
    for c in cell.chars() {
        if at_start && FORMULA_STARTS.contains(&c) {
            out.push('\'');
        }
        out.push(c);
        at_start = SEPARATORS.contains(&c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn export_ranges_read_dates_and_times_and_refuse_anything_else() {
        let range = ExportRange::parse("format=jsonl&from=2026-11-01&to=2026-11-28").unwrap();
        assert_eq!(range.format, ExportFormat::JsonLines);
        assert_eq!(range.from, "2026-11-01T00:00:00.000Z");
        assert_eq!(
            range.to, "2026-11-29T00:00:00.000Z",
            "a date in `to` is inclusive"
        );
        let range = ExportRange::parse("from=2026-11-01T10:30:00%2B01:00").unwrap();
        assert_eq!(range.format, ExportFormat::Csv);
        assert_eq!(range.from, "2026-11-01T09:30:00.000Z");
        assert_eq!(ExportRange::parse("").unwrap().from, "");
        for bad in [
            "format=xml",
            "from=yesterday",
            "to=2026-13-01",
            "from=2026-11-28&to=2026-11-01",
            "format=csv&format=jsonl",
            "organization_id=1",
        ] {
            assert!(ExportRange::parse(bad).is_err(), "{bad} accepted");
        }
    }

    #[test]
    fn csv_cells_never_start_a_spreadsheet_formula() {
        let mut out = Vec::new();
        csv_line(&mut out, &["=HYPERLINK(\"x\")", "plain", "-1", "a,b"]);
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "\"'=HYPERLINK(\"\"x\"\")\",\"plain\",\"'-1\",\"a,b\"\n"
        );
    }

    /// Red team: a browser named `Mozilla;=cmd|'/C calc'!A0;` was written unquoted, and a
    /// spreadsheet that splits on `;` ran the second part.
    #[test]
    fn a_formula_after_a_semicolon_or_tab_stays_text_in_every_cell() {
        let mut out = Vec::new();
        csv_line(
            &mut out,
            &["Mozilla;=cmd|'/C calc'!A0;", "a,+1", "x\t@SUM(A1)", "1-2"],
        );
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "\"Mozilla;'=cmd|'/C calc'!A0;\",\"a,'+1\",\"x\t'@SUM(A1)\",\"1-2\"\n"
        );
    }
}
