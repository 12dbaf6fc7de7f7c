//! The live status the settings page shows: read once for many viewers, kept when WorkOS
//! stops answering, and what Portico's own records add.

use crate::{spawn_app, ADMIN, MEMBER};

#[tokio::test]
async fn the_page_says_when_an_area_was_last_opened_as_soon_as_it_was() {
    let app = spawn_app().await;
    let admin = app.signed_in(ADMIN).await;
    let member = app.signed_in(MEMBER).await;
    let summary = |overview: &serde_json::Value, intent: &str| {
        overview["statuses"]
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["intent"] == intent)
            .map(|s| s["summary"].as_str().unwrap().to_owned())
            .unwrap()
    };
    // Seen once, so what the page shows is cached.
    let before = app.get_json(&member, "/api/organization").await;
    assert_eq!(
        summary(&before, "bring_your_own_key"),
        "Nobody has started this setup yet."
    );

    let response = app
        .post(
            &admin,
            "/api/portal_link",
            &[("intent", "bring_your_own_key")],
        )
        .await;
    assert_eq!(response.status(), 200);
    let today = time::OffsetDateTime::now_utc().date();
    let day = format!(
        "{} {} {}",
        today.day(),
        &today.month().to_string()[..3],
        today.year()
    );
    let after = app.get_json(&member, "/api/organization").await;
    assert_eq!(
        summary(&after, "bring_your_own_key"),
        format!("An admin started this setup on {day}."),
        "when, at once, not after the cache expires; members are not shown who"
    );
    let seen_by_admin = app.get_json(&admin, "/api/organization").await;
    assert_eq!(
        summary(&seen_by_admin, "bring_your_own_key"),
        format!("{ADMIN} started this setup on {day}.")
    );
    assert_eq!(
        summary(&after, "certificate_renewal"),
        "WorkOS reported no expiring certificate in the last 30 days. Nobody has started this setup yet."
    );
}

#[tokio::test]
async fn when_workos_stops_answering_the_page_shows_the_last_status_with_its_age() {
    let app = spawn_app().await;
    let admin = app.signed_in(ADMIN).await;
    let before = app.get_json(&admin, "/api/organization").await;
    assert!(before["status_error"].is_null(), "{before}");
    let sso_before = before["statuses"][0].clone();
    assert_eq!(sso_before["setup"], "not_configured");

    // Every attempt (with its retries) at the connections fails from now on.
    crate::inject_fault(
        app.running.emulator.as_ref().unwrap(),
        serde_json::json!({"route": "GET /connections", "status": 503, "count": 3}),
    )
    .await;
    let after = app.get_json(&admin, "/api/organization?fresh=true").await;
    let sso_after = &after["statuses"][0];
    assert_eq!(
        (&sso_after["setup"], &sso_after["summary"]),
        (&sso_before["setup"], &sso_before["summary"]),
        "the last known SSO status, not a blank"
    );
    assert_eq!(sso_before["stale"], false);
    assert_eq!(
        sso_after["stale"], true,
        "its badge says it is the last known"
    );
    let notice = after["status_error"].as_str().unwrap();
    assert!(
        notice.starts_with("WorkOS is not responding right now.")
            && notice.ends_with("Showing what WorkOS reported less than a minute ago."),
        "{notice}"
    );

    // With nothing earlier to show, the page says so instead of guessing.
    let fresh_app = spawn_app().await;
    let admin = fresh_app.signed_in(ADMIN).await;
    crate::inject_fault(
        fresh_app.running.emulator.as_ref().unwrap(),
        serde_json::json!({"route": "GET /connections", "status": 503, "count": 3}),
    )
    .await;
    let blank = fresh_app.get_json(&admin, "/api/organization").await;
    assert!(blank["statuses"][0]["setup"].is_null());
    assert_eq!(
        blank["statuses"][0]["summary"],
        "Status unavailable right now."
    );
}

#[tokio::test]
async fn when_each_area_was_last_opened_is_found_however_long_the_audit_trail() {
    use portico::server::db::audit::{self, NewEvent};
    let app = spawn_app().await;
    let db = &app.running.state.db;
    let writer = &app.running.state.audit;
    let org: (i64,) = sqlx::query_as("SELECT id FROM organizations LIMIT 1")
        .fetch_one(db)
        .await
        .unwrap();
    let event = |action: &'static str, detail: &str| NewEvent {
        organization_id: Some(org.0),
        action,
        detail: detail.into(),
        ..Default::default()
    };
    writer
        .write(event("portal_link.create", "sso"))
        .await
        .unwrap();
    // Much newer activity must not push the older answer out of sight.
    for _ in 0..300 {
        writer.write(event("sign_in", "")).await.unwrap();
    }
    writer
        .write(event("portal_link.create", "dsync"))
        .await
        .unwrap();
    let latest = audit::latest_by_detail(
        db,
        org.0,
        "portal_link.create",
        &["sso", "dsync", "audit_logs"],
    )
    .await
    .unwrap();
    let areas: Vec<&str> = latest.iter().map(|l| l.detail.as_str()).collect();
    assert_eq!(areas, ["sso", "dsync"]);
}

#[tokio::test]
async fn fifty_simultaneous_settings_views_make_one_round_of_workos_calls() {
    let app = spawn_app().await;
    let admin = app.signed_in(ADMIN).await;
    let before = app.workos_calls().await;
    let views = (0..50).map(|_| {
        let admin = admin.clone();
        let url = app.url("/settings");
        tokio::spawn(async move { admin.get(url).send().await.unwrap().status() })
    });
    for view in views.collect::<Vec<_>>() {
        assert_eq!(view.await.unwrap(), 200);
    }
    assert_eq!(
        app.workos_calls().await - before,
        5,
        "connections, directories, the organization, its audit log configuration and its certificate events, read once"
    );

    // Back from the portal the page asks for a fresh read.
    let fresh = app.get_json(&admin, "/api/organization?fresh=true").await;
    assert_eq!(fresh["user"]["email"], ADMIN);
    assert_eq!(app.workos_calls().await - before, 10);
}

/// Red team 2: each fresh read (`?fresh=true`, `/settings?refresh=1`) cost five WorkOS
/// calls, unlimited: 70 by a read-only member made another organization's admin get
/// "WorkOS is rate limiting".
#[tokio::test]
async fn a_member_cannot_spend_the_workos_rate_limit_with_fresh_reads() {
    let app = spawn_app().await;
    let member = app.signed_in(MEMBER).await;
    let admin = app.signed_in(ADMIN).await;
    assert_eq!(
        app.get_json(&member, "/api/organization").await["user"]["email"],
        MEMBER
    );
    let before = app.workos_calls().await;
    for i in 0..70 {
        let path = match i % 2 {
            0 => "/api/organization?fresh=true",
            _ => "/settings?refresh=1",
        };
        let status = member.get(app.url(path)).send().await.unwrap().status();
        assert_eq!(status, 200, "{path}");
    }
    assert_eq!(
        app.workos_calls().await,
        before,
        "a member is shown the status as last read"
    );

    // An admin's fresh reads asked while one is in flight (WorkOS is slow to answer it)
    // share its round of calls...
    let emulator = app.running.emulator.as_ref().unwrap();
    let slow = serde_json::json!({"route": "GET /organizations/{id}", "delay_ms": 700, "count": 1});
    crate::inject_fault(emulator, slow).await;
    let burst = (0..8).map(|_| {
        let admin = admin.clone();
        let url = app.url("/api/organization?fresh=true");
        tokio::spawn(async move { admin.get(url).send().await.unwrap().status() })
    });
    for read in burst.collect::<Vec<_>>() {
        assert_eq!(read.await.unwrap(), 200);
    }
    let after_burst = app.workos_calls().await - before;
    assert!(
        after_burst <= 10,
        "at most two rounds for eight: {after_burst}"
    );
    // ...and one person's are limited (ten a minute): then the page shows the last read.
    for _ in 0..60 {
        let fresh = app.get_json(&admin, "/api/organization?fresh=true").await;
        assert_eq!(fresh["user"]["email"], ADMIN);
    }
    let total = app.workos_calls().await - before;
    assert!(
        total <= 50,
        "ten fresh reads a minute at most: {total} calls"
    );
}

/// Beyond fresh reads: every WorkOS call Portico makes for an organization's people
/// spends from that organization's share of Portico's budget, kept below WorkOS's limit,
/// so one organization cannot spend what every organization shares.
#[tokio::test]
async fn one_organization_cannot_spend_the_workos_calls_every_organization_shares() {
    use portico::server::config::values::Bounded;
    let app = crate::spawn_app_with(tempfile::tempdir().unwrap(), |c| {
        c.workos.calls_per_minute_per_organization = Bounded::new(12);
    })
    .await;
    let admin = app.signed_in(ADMIN).await;
    let mut links = 0;
    let refused = loop {
        let answer = app
            .post(&admin, "/api/portal_link", &[("intent", "sso")])
            .await;
        if answer.status() != 200 {
            break answer;
        }
        links += 1;
        assert!(links <= 12, "the share was not enforced");
    };
    assert_eq!(refused.status(), 429);
    let wait: u64 = refused.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=60).contains(&wait), "{wait}");
    let body: serde_json::Value = refused.json().await.unwrap();
    assert_eq!(body["kind"], "rate_limited");
    let message = body["message"].as_str().unwrap();
    assert!(
        message.starts_with(
            "Your organization has made many WorkOS requests in the last minute. Try again in"
        ),
        "{message}"
    );

    // Another organization's page still reads WorkOS: Ada's view of Globex.
    let overview = app.get_json(&admin, "/api/organization").await;
    let globex = overview["organizations"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o[1] == "Globex")
        .map(|o| o[0].to_string())
        .unwrap();
    let switched = app
        .post(
            &admin,
            "/api/switch_organization",
            &[("organization", &globex)],
        )
        .await;
    assert!(switched.status().is_success(), "{}", switched.status());
    let before = app.workos_calls().await;
    let globex_view = app.get_json(&admin, "/api/organization").await;
    assert_eq!(globex_view["user"]["organization_name"], "Globex");
    assert_eq!(globex_view["status_error"], serde_json::Value::Null);
    assert_eq!(app.workos_calls().await - before, 5);
}

/// WorkOS lists events oldest first whatever `order` asks (its documented default is
/// newest first; Portico asked for `desc` and took the first): the certificate card
/// showed the oldest warning. It must show the newest, read forward with `after`.
#[tokio::test]
async fn the_certificate_card_shows_the_newest_warning_however_workos_orders_events() {
    let app = spawn_app().await;
    let admin = app.signed_in(ADMIN).await;
    let (acme,): (String,) =
        sqlx::query_as("SELECT workos_organization_id FROM organizations WHERE name = 'Acme'")
            .fetch_one(&app.running.state.db)
            .await
            .unwrap();
    let emulator = app.running.emulator.as_ref().unwrap();
    // A month's warnings: more than one page of events, the newest last.
    for days in (14..=120).rev() {
        let event = serde_json::json!({
            "event": "connection.saml_certificate_renewal_required",
            "data": {
                "connection": {"id": "conn_01CERTIFICATE000000000000", "organization_id": acme},
                "certificate": {
                    "certificate_type": "ResponseSigning",
                    "expiry_date": "2027-01-01T00:00:00.000Z",
                    "is_expired": false
                },
                "days_until_expiry": days
            }
        });
        crate::control(emulator, reqwest::Method::POST, "/__emulator/events", event).await;
    }
    let overview = app.get_json(&admin, "/api/organization?fresh=true").await;
    let card = overview["statuses"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["intent"] == "certificate_renewal")
        .unwrap();
    let summary = card["summary"].as_str().unwrap();
    assert!(summary.ends_with("(in 14 days)."), "{summary}");
}
