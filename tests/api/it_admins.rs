//! "Send to my IT admin" through the server functions the settings page posts to.

use crate::{error_body, spawn_app, ADMIN, MEMBER};

#[tokio::test]
async fn an_invitation_reaches_workos_is_shown_to_admins_only_and_revoking_ends_it() {
    let app = spawn_app().await;
    let admin = app.signed_in(ADMIN).await;
    let response = app
        .post(
            &admin,
            "/api/invite_it_admin",
            &[
                ("email", "IT@acme.example"),
                ("areas[]", "dsync"),
                ("areas[]", "sso"),
            ],
        )
        .await;
    assert_eq!(response.status(), 200);
    let overview = app.get_json(&admin, "/api/organization").await;
    assert_eq!(overview["invitation"]["email"], "it@acme.example");
    assert_eq!(
        overview["invitation"]["intents"],
        serde_json::json!(["sso", "dsync"])
    );

    let member = app.signed_in(MEMBER).await;
    let seen = app.get_json(&member, "/api/organization").await;
    assert!(
        seen["invitation"].is_null(),
        "members see no contact emails"
    );
    let response = app.post(&member, "/api/revoke_it_invitation", &[]).await;
    assert_eq!(response.status(), 403);
    let response = app
        .post(
            &member,
            "/api/invite_it_admin",
            &[("email", "x@acme.example"), ("areas[]", "sso")],
        )
        .await;
    assert_eq!(response.status(), 403);

    // Inviting the same person again reuses the contact; a new invitation replaces the old.
    let response = app
        .post(
            &admin,
            "/api/invite_it_admin",
            &[("email", "it@acme.example"), ("areas[]", "log_streams")],
        )
        .await;
    assert_eq!(response.status(), 200);
    let overview = app.get_json(&admin, "/api/organization").await;
    assert_eq!(
        overview["invitation"]["intents"],
        serde_json::json!(["log_streams"])
    );

    let response = app.post(&admin, "/api/revoke_it_invitation", &[]).await;
    assert_eq!(response.status(), 200);
    let overview = app.get_json(&admin, "/api/organization").await;
    assert!(overview["invitation"].is_null());
    let response = app.post(&admin, "/api/revoke_it_invitation", &[]).await;
    let (status, _, message) = error_body(response).await;
    assert_eq!(status, 404);
    assert!(message.contains("no invitation to revoke"), "{message}");

    let actions = app.audit_actions().await;
    let count = |name: &str| actions.iter().filter(|a| *a == name).count();
    assert_eq!(
        (
            count("it_contact.add"),
            count("it_contact.invite"),
            count("it_contact.revoke")
        ),
        (1, 2, 1),
        "{actions:?}"
    );
}

#[tokio::test]
async fn areas_an_it_contact_cannot_set_up_are_refused_before_workos_is_asked() {
    let app = spawn_app().await;
    let admin = app.signed_in(ADMIN).await;
    let calls = app.workos_calls().await;
    for form in [
        vec![("email", "it@acme.example"), ("areas[]", "audit_logs")],
        vec![("email", "it@acme.example")],
        vec![("email", "not-an-address"), ("areas[]", "sso")],
    ] {
        let response = app.post(&admin, "/api/invite_it_admin", &form).await;
        assert_eq!(response.status(), 400, "{form:?}");
    }
    assert_eq!(app.workos_calls().await, calls);
}
