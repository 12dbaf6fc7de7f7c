//! Emails to an organization's admins when something needs their attention, read from
//! the embedded emulator's mail sink (a real SMTP conversation).

use crate::{spawn_app_with_secrets, TestApp, ADMIN};
use std::time::Duration;
use workos_emulator::Mail;

/// Acme with SSO set up through the portal and its page read once (what WorkOS's events
/// then change is known without asking WorkOS), its emails going to `smtp_url` (the
/// embedded emulator's mail sink when `None`): the app, an admin, the SSO connection's id
/// and the WorkOS organization.
async fn acme_with_sso(smtp_url: Option<&str>) -> (TestApp, reqwest::Client, String, String) {
    let smtp_url = smtp_url.map(str::to_owned);
    // Portico registers its webhook endpoint at the embedded emulator itself.
    let app = spawn_app_with_secrets(
        tempfile::tempdir().unwrap(),
        |_| {},
        |s| {
            s.webhook_secret = None;
            s.smtp_url = smtp_url;
        },
    )
    .await;
    let admin = app.signed_in(ADMIN).await;
    app.finish_setup(&admin, "sso", "OktaSAML").await;
    app.get_json(&admin, "/api/organization").await;
    let emulator = app.running.emulator.as_ref().unwrap();
    let listed = crate::emulator_get(emulator, "/connections").await;
    let text = |key: &str| listed["data"][0][key].as_str().unwrap().to_owned();
    let (connection, organization) = (text("id"), text("organization_id"));
    (app, admin, connection, organization)
}

fn mailbox(app: &TestApp, to: &str) -> Vec<Mail> {
    let emulator = app.running.emulator.as_ref().unwrap();
    emulator.store.mailbox(Some(to))
}

/// Waits until `to` has `count` messages (at most 10 s).
async fn mail_for(app: &TestApp, to: &str, count: usize) -> Vec<Mail> {
    for _ in 0..200 {
        let kept = mailbox(app, to);
        if kept.len() >= count {
            return kept;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("{to} has {:?}, not {count} messages", mailbox(app, to));
}

#[tokio::test]
async fn an_expiring_certificate_sends_its_admins_one_email_a_day() {
    let (app, admin, connection_id, organization) = acme_with_sso(None).await;
    let store = &app.running.emulator.as_ref().unwrap().store;

    store.certificate_expiring(&connection_id, 9).unwrap();
    let kept = mail_for(&app, ADMIN, 1).await;
    let mail = &kept[0];
    assert_eq!(mail.subject, "Acme: Certificate renewal needs attention");
    assert_eq!(mail.from, "portico@localhost");
    assert!(mail.text.contains("(in 9 days)."), "{}", mail.text);
    let link = app.url("/settings#certificate_renewal");
    assert!(
        mail.text.contains(&format!("Renew certificate: {link}")),
        "{}",
        mail.text
    );
    let html = mail.html.as_deref().expect("an HTML part");
    assert!(
        html.contains(&format!("<a href=\"{link}\">Renew certificate</a>")),
        "{html}"
    );
    // Members are not told; every admin is.
    assert!(mailbox(&app, crate::MEMBER).is_empty());

    // A second warning the same day sends nothing more.
    store.certificate_expiring(&connection_id, 8).unwrap();
    let mut shown = false;
    for _ in 0..400 {
        let overview = app.get_json(&admin, "/api/organization").await;
        if overview["statuses"].to_string().contains("(in 8 days)") {
            shown = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert!(shown, "the second warning reached the page");
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(mailbox(&app, ADMIN).len(), 1, "one email a day");

    // The trail says who was told.
    let trail = app.get_json(&admin, "/api/activity").await;
    let told: Vec<&serde_json::Value> = trail["entries"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["what"] == "Emailed the admins")
        .collect();
    assert_eq!(told.len(), 1, "{trail}");
    assert_eq!(told[0]["who"], "Portico");
    let detail = told[0]["detail"].as_str().unwrap();
    assert!(
        detail.contains(ADMIN) && detail.contains("(in 9 days)"),
        "{detail}"
    );

    // The next day, while it lasts, it is told again.
    let tomorrow = time::OffsetDateTime::now_utc() + time::Duration::days(1);
    let sent = portico::server::notify::tell_admins(&app.running.state, &organization, tomorrow)
        .await
        .unwrap();
    assert!(sent >= 1);
    let again = mail_for(&app, ADMIN, 2).await;
    assert!(again[1].text.contains("(in 8 days)."), "{}", again[1].text);
}

#[tokio::test]
async fn an_email_that_cannot_be_sent_is_recorded_as_failed_and_tried_again() {
    // Nothing listens on port 9 of loopback.
    let (app, _, connection_id, organization) = acme_with_sso(Some("smtp://127.0.0.1:9")).await;
    let store = &app.running.emulator.as_ref().unwrap().store;
    store.certificate_expiring(&connection_id, 3).unwrap();
    let mut failed = Vec::new();
    for _ in 0..200 {
        failed = app
            .audit_actions()
            .await
            .into_iter()
            .filter(|a| a == "notification.email failed")
            .collect();
        if !failed.is_empty() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert!(!failed.is_empty(), "{:?}", app.audit_actions().await);
    // (Each event that lands checks again: let the last one settle.)
    tokio::time::sleep(Duration::from_millis(300)).await;
    let failures = || async {
        app.audit_actions()
            .await
            .into_iter()
            .filter(|a| a == "notification.email failed")
            .count()
    };
    let before = failures().await;
    assert!(mailbox(&app, ADMIN).is_empty());
    // The day was given back: the next check tries again (and fails again, recorded).
    let now = time::OffsetDateTime::now_utc();
    let sent = portico::server::notify::tell_admins(&app.running.state, &organization, now)
        .await
        .unwrap();
    assert_eq!(sent, 0);
    assert_eq!(failures().await, before + 1);
}

/// Each admin is written to in their own language (saved on their account), the
/// condition's sentence too; the trail row stays in English.
#[tokio::test]
async fn an_admin_who_chose_german_is_written_to_in_german() {
    let (app, admin, connection_id, _) = acme_with_sso(None).await;
    let chosen = app
        .post(&admin, "/api/set_language", &[("lang", "de")])
        .await;
    assert_eq!(chosen.status(), 200);
    let store = &app.running.emulator.as_ref().unwrap().store;
    store.certificate_expiring(&connection_id, 9).unwrap();
    let mail = &mail_for(&app, ADMIN, 1).await[0];
    assert_eq!(
        mail.subject,
        "Acme: Zertifikatserneuerung erfordert Aufmerksamkeit"
    );
    assert!(mail.text.contains("(in 9 Tagen)"), "{}", mail.text);
    let html = mail.html.as_deref().unwrap();
    assert!(html.contains("lang=\"de\" dir=\"ltr\""), "{html}");
    let trail = app.get_json(&admin, "/api/activity").await;
    assert!(trail.to_string().contains("(in 9 days)"), "{trail}");
}
