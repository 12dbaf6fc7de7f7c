//! Per-plan features: areas outside an organization's plan say so, and the server refuses
//! their setup, whatever the page shows.

use crate::{error_body, ADMIN, MEMBER};
use portico::server::config::values::OptionalUrl;
use std::process::Command;

fn set_features(
    app: &crate::TestApp,
    organization: &str,
    features: &str,
) -> (bool, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_portico"))
        .args(["org", "set-features", organization, features])
        .env("PORTICO_DATA_DIR", app.data.path())
        .envs(crate::database_of(app.data.path()))
        .env_remove("WORKOS_API_KEY")
        .output()
        .unwrap();
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[tokio::test]
async fn areas_outside_the_plan_show_the_upgrade_and_their_setup_is_refused() {
    let app = crate::spawn_app_with(tempfile::tempdir().unwrap(), |config| {
        config.plans.upgrade_url =
            OptionalUrl(Some("https://billing.example/upgrade".parse().unwrap()));
    })
    .await;
    let (ok, stdout, stderr) = set_features(&app, "Acme", "sso,domain_verification");
    assert!(ok, "{stderr}");
    assert_eq!(
        stdout.trim(),
        "Acme's plan now includes: sso,domain_verification."
    );

    let admin = app.signed_in(ADMIN).await;
    let overview = app.get_json(&admin, "/api/organization").await;
    let status = |intent: &str| {
        overview["statuses"]
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["intent"] == intent)
            .unwrap()
            .clone()
    };
    assert_eq!(status("sso")["included"], true);
    assert_eq!(status("dsync")["included"], false);
    assert_eq!(
        status("dsync")["summary"],
        "Included in the Enterprise plan."
    );
    assert_eq!(overview["upgrade_url"], "https://billing.example/upgrade");
    let page = admin
        .get(app.url("/settings"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        page.contains("href=\"https://billing.example/upgrade\""),
        "the upgrade link"
    );

    // The server refuses, whatever a page or a script sends.
    let calls = app.workos_calls().await;
    let refused = app
        .post(&admin, "/api/portal_link", &[("intent", "dsync")])
        .await;
    let (status_code, kind, message) = error_body(refused).await;
    assert_eq!((status_code, kind.as_str()), (403, "forbidden"));
    assert_eq!(message, "Directory sync is not included in Acme's plan.");
    let invite = app
        .post(
            &admin,
            "/api/invite_it_admin",
            &[("email", "it@acme.example"), ("areas[]", "dsync")],
        )
        .await;
    assert_eq!(invite.status(), 403);
    assert_eq!(app.workos_calls().await, calls, "WorkOS never asked");
    assert_eq!(
        app.post(&admin, "/api/portal_link", &[("intent", "sso")])
            .await
            .status(),
        200
    );
    let actions = app.audit_actions().await;
    assert!(
        actions.contains(&"portal_link.create refused".to_owned()),
        "{actions:?}"
    );
    assert!(
        actions.contains(&"organization.set_features".to_owned()),
        "{actions:?}"
    );

    // Domain changes follow the plan too.
    set_features(&app, "Acme", "sso");
    let domain = app
        .post(&admin, "/api/add_domain", &[("domain", "new.example")])
        .await;
    assert_eq!(domain.status(), 403);
    // Back to everything; a member sees the cards as included, read-only.
    let (ok, stdout, _) = set_features(&app, "Acme", "all");
    assert!(ok);
    assert_eq!(stdout.trim(), "Acme's plan now includes: all areas.");
    let member = app.signed_in(MEMBER).await;
    let overview = app.get_json(&member, "/api/organization").await;
    assert!(overview["statuses"]
        .as_array()
        .unwrap()
        .iter()
        .all(|s| s["included"] == true));
    let (ok, _, stderr) = set_features(&app, "Acme", "sso,saml");
    assert!(!ok);
    assert!(
        stderr.contains("\"saml\" is not an area Portico knows"),
        "{stderr}"
    );
}

#[tokio::test]
async fn the_upgrade_url_setting_must_be_a_web_address() {
    let out = Command::new(env!("CARGO_BIN_EXE_portico"))
        .args(["serve", "--addr", "127.0.0.1:0"])
        .env("PORTICO_UPGRADE_URL", "javascript:alert(1)")
        .env_remove("WORKOS_API_KEY")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(
        stderr.contains("setting `plans.upgrade_url` (from PORTICO_UPGRADE_URL)")
            && stderr.contains("not an http(s) URL"),
        "{stderr}"
    );
}
