//! The audit trail: each action written once, and read as admins do (the activity list,
//! exports, retention).

use crate::{client, error_body, spawn_app, spawn_app_with, ADMIN, MEMBER};
use portico::server::config::values::Bounded;
use serde_json::Value;

/// Rows for the demo organization Acme, written straight into the trail.
async fn add_rows(app: &crate::TestApp, rows: &[(&str, &str, &str)]) {
    let db = &app.running.state.db;
    for (occurred_at, action, detail) in rows {
        sqlx::query(
            "INSERT INTO audit_events (occurred_at, organization_id, organization_name, \
             actor_email, action, detail) \
             SELECT $1, id, name, 'someone@acme.example', $2, $3 FROM organizations WHERE name = 'Acme'",
        )
        .bind(occurred_at)
        .bind(action)
        .bind(detail)
        .execute(db)
        .await
        .unwrap();
    }
}

#[tokio::test]
async fn admins_page_through_their_organizations_activity_and_members_cannot() {
    let app = spawn_app().await;
    let admin = app.signed_in(ADMIN).await;
    // 60 older rows, then what the admin does now.
    let old: Vec<(String, &str, String)> = (0..60)
        .map(|i| {
            (
                format!("2026-10-01T10:{:02}:00.000Z", i),
                "portal_link.create",
                format!("row {i}"),
            )
        })
        .collect();
    let old: Vec<(&str, &str, &str)> = old
        .iter()
        .map(|(at, action, detail)| (at.as_str(), *action, detail.as_str()))
        .collect();
    add_rows(&app, &old).await;
    assert_eq!(
        app.post(&admin, "/api/portal_link", &[("intent", "sso")])
            .await
            .status(),
        200
    );

    let first = app.get_json(&admin, "/api/activity").await;
    let entries = first["entries"].as_array().unwrap();
    assert_eq!(entries.len(), 25);
    assert_eq!(entries[0]["what"], "Opened the Admin Portal");
    assert_eq!(entries[0]["detail"], "Single sign-on");
    assert_eq!(entries[0]["who"], ADMIN);
    assert_eq!(entries[0]["outcome"], "succeeded");
    assert_eq!(entries[0]["from"], "127.0.0.1");
    assert_eq!(entries[1]["what"], "Signed in");
    assert_eq!(first["is_older_page"], false);

    // Paging walks every row once, newest first, whatever their ids.
    let mut seen: Vec<String> = entries
        .iter()
        .map(|e| e["detail"].as_str().unwrap().to_owned())
        .collect();
    let mut page = first;
    while let Some(older) = page["older"].as_i64() {
        page = app
            .get_json(&admin, &format!("/api/activity?before={older}"))
            .await;
        assert_eq!(page["is_older_page"], true);
        seen.extend(
            page["entries"]
                .as_array()
                .unwrap()
                .iter()
                .map(|e| e["detail"].as_str().unwrap().to_owned()),
        );
    }
    assert_eq!(seen.len(), 62, "{seen:?}");
    assert_eq!(seen.last().unwrap(), "row 0");
    assert_eq!(seen[2], "row 59");

    // Members see no activity; signed-out visitors are asked to sign in.
    let member = app.signed_in(MEMBER).await;
    let (status, _, _) =
        error_body(member.get(app.url("/api/activity")).send().await.unwrap()).await;
    assert_eq!(status, 403);
    let (status, _, _) =
        error_body(client().get(app.url("/api/activity")).send().await.unwrap()).await;
    assert_eq!(status, 401);
}

/// The export as text, with its content type.
async fn export(app: &crate::TestApp, who: &reqwest::Client, query: &str) -> (u16, String, String) {
    let response = who
        .get(app.url(&format!("/api/audit_events{query}")))
        .send()
        .await
        .unwrap();
    let status = response.status().as_u16();
    let kind = response
        .headers()
        .get("content-type")
        .map(|v| v.to_str().unwrap().to_owned())
        .unwrap_or_default();
    (status, kind, response.text().await.unwrap())
}

#[tokio::test]
async fn exports_hold_the_sessions_organization_only_in_the_range_asked() {
    let app = spawn_app().await;
    let admin = app.signed_in(ADMIN).await;
    add_rows(
        &app,
        &[
            ("2026-09-30T23:59:59.999Z", "domain.add", "before.example"),
            ("2026-10-01T00:00:00.000Z", "domain.add", "first.example"),
            (
                "2026-10-15T12:00:00.000Z",
                "domain.add",
                "=HYPERLINK(\"https://evil.example\")",
            ),
            ("2026-10-31T23:59:59.999Z", "domain.add", "last.example"),
            ("2026-11-01T00:00:00.000Z", "domain.add", "after.example"),
        ],
    )
    .await;
    // A row of another organization (Globex, where Ada is a member).
    sqlx::query(
        "INSERT INTO audit_events (occurred_at, organization_id, action, detail) \
         SELECT '2026-10-10T00:00:00.000Z', id, 'domain.add', 'globex.example' \
         FROM organizations WHERE name = 'Globex'",
    )
    .execute(&app.running.state.db)
    .await
    .unwrap();

    let (status, kind, csv) =
        export(&app, &admin, "?format=csv&from=2026-10-01&to=2026-10-31").await;
    assert_eq!((status, kind.as_str()), (200, "text/csv; charset=utf-8"));
    let lines: Vec<&str> = csv.lines().collect();
    assert!(lines[0].starts_with("id,occurred_at,actor_user_id,actor_email,organization_name"));
    assert_eq!(lines.len(), 4, "{csv}");
    assert!(lines[1].contains("first.example"));
    // A cell a spreadsheet would run as a formula is quoted.
    assert!(lines[2].contains("\"'=HYPERLINK("), "{csv}");
    assert!(lines[3].contains("last.example"));
    assert!(
        !csv.contains("globex.example")
            && !csv.contains("before.example")
            && !csv.contains("after.example")
    );

    let (status, kind, jsonl) = export(&app, &admin, "?format=jsonl").await;
    assert_eq!((status, kind.as_str()), (200, "application/x-ndjson"));
    let rows: Vec<Value> = jsonl
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert!(rows
        .iter()
        .all(|r| r["organization_name"] == "Acme" || r["organization_name"].is_null()));
    assert!(rows
        .iter()
        .any(|r| r["action"] == "user.sign_in" && r["actor_email"] == ADMIN));
    assert!(rows.iter().any(|r| r["detail"] == "after.example"));
    // Each export is recorded, with what it asked for.
    assert!(rows.iter().any(|r| r["action"] == "audit.export"
        && r["detail"]
            .as_str()
            .unwrap()
            .starts_with("csv from 2026-10-01")));

    // Bad asks get a sentence, and are recorded as refused.
    for (query, says) in [
        ("?format=xml", "Unknown format"),
        ("?from=last+week", "must be a date"),
        ("?from=2026-11-30&to=2026-11-01", "range is empty"),
        ("?format=csv&format=jsonl", "given twice"),
        ("?organization_id=2", "not a parameter"),
    ] {
        let response = admin
            .get(app.url(&format!("/api/audit_events{query}")))
            .send()
            .await
            .unwrap();
        let (status, kind, message) = error_body(response).await;
        assert_eq!((status, kind.as_str()), (400, "bad_request"), "{query}");
        assert!(message.contains(says), "{query}: {message}");
    }
    let member = app.signed_in(MEMBER).await;
    let (status, _, _) = export(&app, &member, "").await;
    assert_eq!(status, 403);
    let (status, _, _) = export(&app, &client(), "").await;
    assert_eq!(status, 401);
    let actions = app.audit_actions().await;
    let refused = actions
        .iter()
        .filter(|a| *a == "audit.export refused")
        .count();
    assert_eq!(refused, 6, "five bad asks and the member: {actions:?}");
}

#[tokio::test]
async fn a_long_export_is_streamed_not_built_whole() {
    let app = spawn_app().await;
    let admin = app.signed_in(ADMIN).await;
    let rows: Vec<(String, &str, String)> = (0..3000)
        .map(|i| {
            (
                format!("2026-11-01T00:00:{:02}.{:03}Z", i / 1000, i % 1000),
                "domain.verify",
                format!("d{i}.example"),
            )
        })
        .collect();
    let rows: Vec<(&str, &str, &str)> = rows
        .iter()
        .map(|(a, b, c)| (a.as_str(), *b, c.as_str()))
        .collect();
    add_rows(&app, &rows).await;
    let response = admin
        .get(app.url("/api/audit_events?format=jsonl"))
        .header("accept-encoding", "identity")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    assert!(
        response.headers().get("content-length").is_none(),
        "sent in chunks as it is read, so its length is not known up front"
    );
    let body = response.text().await.unwrap();
    assert!(body.len() > 100_000);
    assert_eq!(
        body.lines().filter(|l| l.contains("domain.verify")).count(),
        3000
    );
}

#[tokio::test]
async fn rows_past_the_retention_period_are_deleted_and_the_purge_recorded() {
    // An existing trail with rows from long ago, then a start with a 30-day retention.
    let data = tempfile::tempdir().unwrap();
    let url = crate::database_for(data.path()).await;
    let db = portico::server::db::connect(data.path(), url.as_deref())
        .await
        .unwrap();
    for (at, detail) in [
        ("2020-01-01T00:00:00.000Z", "ancient"),
        ("2026-01-01T00:00:00.000Z", "last winter"),
    ] {
        sqlx::query(
            "INSERT INTO audit_events (occurred_at, action, detail) VALUES ($1, 'domain.add', $2)",
        )
        .bind(at)
        .bind(detail)
        .execute(&db)
        .await
        .unwrap();
    }
    db.close().await;
    let app = spawn_app_with(data, |config| {
        config.audit.retention_days = Bounded::new(30)
    })
    .await;
    let admin = app.signed_in(ADMIN).await;
    let details = || async {
        let rows: Vec<(String, String)> =
            sqlx::query_as("SELECT action, detail FROM audit_events ORDER BY id")
                .fetch_all(&app.running.state.db)
                .await
                .unwrap();
        rows
    };
    // The purge runs at start (then daily), alongside the first requests.
    let mut rows = details().await;
    for _ in 0..50 {
        if rows.iter().any(|(action, _)| action == "audit.purge") {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        rows = details().await;
    }
    assert!(
        !rows
            .iter()
            .any(|(_, d)| d == "ancient" || d == "last winter"),
        "{rows:?}"
    );
    assert!(
        rows.contains(&(
            "audit.purge".to_owned(),
            "2 rows older than 30 days".to_owned()
        )),
        "{rows:?}"
    );
    assert!(
        rows.iter().any(|(a, _)| a == "user.sign_in"),
        "today's rows stay"
    );
    drop(admin);
}

#[tokio::test]
async fn the_download_form_refused_comes_back_to_its_card_with_the_reason() {
    let app = spawn_app().await;
    let admin = app.signed_in(ADMIN).await;
    // The page's own form, as a browser sends it: From after To.
    let refused = admin
        .get(app.url("/api/audit_events?from=2026-11-28&to=2026-11-01&format=csv"))
        .header(reqwest::header::ACCEPT, "text/html,application/xhtml+xml")
        .header(reqwest::header::REFERER, app.url("/settings"))
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), 303);
    let back = refused.headers()[reqwest::header::LOCATION]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(
        // No place in the address: the field it is about takes the focus instead.
        back.starts_with("/settings?notice=") && !back.contains('#'),
        "{back}"
    );
    // The page shows the reason beside the field it is about, in the activity card,
    // with the dates typed kept.
    let html = app.get_text(&admin, &back).await;
    let card = html
        .split("id=\"activity\"")
        .nth(1)
        .expect("the activity card");
    let shown = |text: &str| card.contains(text);
    assert!(
        shown("id=\"export-to-error\"")
            && shown("The range is empty: `from` must be before `to`.")
            && shown("aria-describedby=\"export-to-error\"")
            && shown("aria-invalid=\"true\"")
            && shown("value=\"2026-11-28\"")
            && shown("value=\"2026-11-01\""),
        "the reason, beside its field: {}",
        card.get(..4000).unwrap_or(card)
    );
    // Scripts still get the JSON answer.
    let (status, _, message) = export(&app, &admin, "?from=2026-11-28&to=2026-11-01").await;
    assert_eq!(status, 400);
    assert!(message.contains("The range is empty"), "{message}");
}

#[tokio::test]
async fn concurrent_audit_writes_are_each_committed_once() {
    use portico::server::db::audit::NewEvent;
    let app = spawn_app().await;
    let writer = app.running.state.audit.clone();
    let before = app.audit_actions().await.len();
    let writes = (0..500).map(|i| {
        let writer = writer.clone();
        tokio::spawn(async move {
            writer
                .write(NewEvent {
                    action: "test.burst",
                    detail: i.to_string(),
                    ..Default::default()
                })
                .await
        })
    });
    for write in writes.collect::<Vec<_>>() {
        write.await.unwrap().expect("committed");
    }
    let actions = app.audit_actions().await;
    assert_eq!(actions.len() - before, 500);
    let details: std::collections::HashSet<String> = sqlx::query_as::<_, (String,)>(
        "SELECT detail FROM audit_events WHERE action = 'test.burst'",
    )
    .fetch_all(&app.running.state.db)
    .await
    .unwrap()
    .into_iter()
    .map(|(d,)| d)
    .collect();
    assert_eq!(details.len(), 500, "each exactly once");
}

/// Red team: the export is a GET that writes a row, so a link on another site (the Lax
/// cookie follows top-level navigations) forged "Downloaded the activity log" rows.
#[tokio::test]
async fn a_link_on_another_site_cannot_download_in_an_admins_name() {
    let app = spawn_app().await;
    let admin = app.signed_in(ADMIN).await;
    let download = |site: Option<&'static str>| {
        let mut request = admin.get(app.url("/api/audit_events?format=csv"));
        if let Some(site) = site {
            request = request.header("sec-fetch-site", site);
        }
        request.send()
    };
    let exports = || async {
        app.audit_actions()
            .await
            .iter()
            .filter(|a| a.starts_with("audit.export"))
            .count()
    };
    for site in ["cross-site", "same-site"] {
        let response = download(Some(site)).await.unwrap();
        assert_eq!(response.status(), 403, "{site}");
    }
    assert_eq!(exports().await, 0, "no row written from another site");
    // Portico's own form, an address typed in, and a script: downloaded and recorded.
    for site in [Some("same-origin"), Some("none"), None] {
        let response = download(site).await.unwrap();
        assert_eq!(response.status(), 200, "{site:?}");
        response.text().await.unwrap();
    }
    assert_eq!(exports().await, 3);
}

/// Rows of a host product's sign-ins: `count` for `who` on `day`.
async fn embedded_sign_ins(app: &crate::TestApp, who: &str, day: &str, count: usize) {
    let db = &app.running.state.db;
    for n in 0..count {
        sqlx::query(
            "INSERT INTO audit_events (occurred_at, organization_id, organization_name, \
             actor_email, action, detail) \
             SELECT $1, id, name, $2, 'user.sign_in', 'embedded by host.example as admin' \
             FROM organizations WHERE name = 'Acme'",
        )
        .bind(format!("{day}T09:{:02}:00.000Z", n % 60))
        .bind(who)
        .execute(db)
        .await
        .unwrap();
    }
}

#[tokio::test]
async fn a_host_products_sign_ins_are_one_entry_per_person_and_day_and_every_row_is_kept() {
    let app = spawn_app().await;
    let admin = app.signed_in(ADMIN).await;
    embedded_sign_ins(&app, "bo@acme.example", "2026-11-02", 2).await;
    add_rows(
        &app,
        &[("2026-11-03T08:00:00.000Z", "domain.add", "acme.example")],
    )
    .await;
    embedded_sign_ins(&app, "bo@acme.example", "2026-11-03", 30).await;
    embedded_sign_ins(&app, "cy@acme.example", "2026-11-03", 1).await;

    let page = app.get_json(&admin, "/api/activity").await;
    let entries: Vec<(String, String, u64)> = page["entries"]
        .as_array()
        .unwrap()
        .iter()
        .skip(1) // the admin's own sign-in, now
        .map(|e| {
            (
                e["who"].as_str().unwrap().to_owned(),
                e["detail"].as_str().unwrap().to_owned(),
                e["times"].as_u64().unwrap(),
            )
        })
        .collect();
    let bo = "bo@acme.example".to_owned();
    let through = "Through host.example, as admin".to_owned();
    assert_eq!(
        entries,
        [
            // Bo's newest at 09:29, Cy's at 09:00.
            (bo.clone(), through.clone(), 30),
            ("cy@acme.example".to_owned(), through.clone(), 1),
            (
                "someone@acme.example".to_owned(),
                "acme.example".to_owned(),
                1
            ),
            (bo, through, 2),
        ]
    );
    // The page says it in words; the export keeps every row.
    let html = app.get_text(&admin, "/settings").await;
    assert!(html.contains("30 times that day"), "the count, in words");
    let (_, _, csv) = export(&app, &admin, "?format=csv").await;
    assert_eq!(csv.matches("embedded by host.example as admin").count(), 33);
}

#[tokio::test]
async fn admins_narrow_the_list_by_who_what_result_and_days_and_load_more() {
    let app = spawn_app().await;
    let admin = app.signed_in(ADMIN).await;
    let rows: Vec<(String, &str, String)> = (0..40)
        .map(|i| {
            (
                format!("2026-10-{:02}T10:00:00.000Z", 1 + i % 28),
                if i % 2 == 0 {
                    "domain.add"
                } else {
                    "portal_link.create"
                },
                format!("row-{i}.example"),
            )
        })
        .collect();
    let rows: Vec<(&str, &str, &str)> = rows
        .iter()
        .map(|(at, action, detail)| (at.as_str(), *action, detail.as_str()))
        .collect();
    add_rows(&app, &rows).await;
    let entries = |html: &str| html.matches("id=\"activity-entry-").count();

    // What: domains only (20 rows), in the first 25 shown.
    let domains = app
        .get_text(&admin, "/settings?activity_kind=domains")
        .await;
    assert_eq!(entries(&domains), 20);
    assert!(!domains.contains("Opened the Admin Portal"));
    assert!(!domains.contains("Load more"));
    // Who: part of an email, in any case.
    let someone = app.get_text(&admin, "/settings?activity_who=SOMEONE").await;
    assert_eq!(entries(&someone), 25);
    let nobody = app.get_text(&admin, "/settings?activity_who=nobody").await;
    assert_eq!(entries(&nobody), 0);
    assert!(nobody.contains("Nothing matches this filter."));
    // Days, both included.
    let days = app
        .get_text(
            &admin,
            "/settings?activity_from=2026-10-01&activity_to=2026-10-02&activity_kind=domains",
        )
        .await;
    assert_eq!(
        entries(&days),
        2,
        "the 1st (rows 0 and 28) only: the 2nd has odd rows"
    );
    // Result: none was refused.
    let refused = app
        .get_text(&admin, "/settings?activity_outcome=refused")
        .await;
    assert_eq!(entries(&refused), 0);

    // Load more: 25, then 50 (the filter kept), the first new entry in view.
    let first = app.get_text(&admin, "/settings").await;
    assert_eq!(entries(&first), 25);
    assert!(
        first.contains("href=\"./settings?activity_shown=50#activity-entry-25\""),
        "Load more"
    );
    let more = app.get_text(&admin, "/settings?activity_shown=50").await;
    assert_eq!(entries(&more), 41, "every row and the admin's sign-in");
    let filtered = app.get_text(&admin, "/settings?activity_who=someone").await;
    assert!(filtered.contains("activity_who=someone&amp;activity_shown=50"));

    // A day that is no day is said beside its field; the list shows every day.
    let bad = app
        .get_text(&admin, "/settings?activity_from=yesterday")
        .await;
    assert!(bad.contains("id=\"activity-from-error\""));
    assert!(bad.contains("is not a day: enter one like 2026-11-01."));
    assert_eq!(entries(&bad), 25);
}
