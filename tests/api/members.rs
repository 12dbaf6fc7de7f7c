//! `portico user`: adding people, changing roles, removing them, against a running
//! `portico serve` (with its embedded emulator) on the same data directory.

use crate::{client, serve_process, PASSWORD};
use reqwest::{header, Client};
use std::process::Command;

/// Runs `portico user ARGS` on the data directory `data`: (success, stdout, stderr).
fn user(data: &std::path::Path, args: &[&str], env: &[(&str, &str)]) -> (bool, String, String) {
    let mut command = Command::new(env!("CARGO_BIN_EXE_portico"));
    command.arg("user").args(args).current_dir(data);
    for (name, _) in std::env::vars() {
        if name.starts_with("PORTICO_") || name.starts_with("WORKOS_") {
            command.env_remove(name);
        }
    }
    command
        .env("PORTICO_DATA_DIR", data.join("data"))
        .envs(crate::database_of(&data.join("data")))
        .envs(env.iter().copied());
    let out = command.output().unwrap();
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

async fn signed_in(base: &str, email: &str, password: &str) -> Client {
    let browser = client();
    let response = browser
        .post(format!("{base}/api/login"))
        .header(header::ORIGIN, base)
        .form(&[("email", email), ("password", password)])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200, "sign-in as {email}");
    browser
}

async fn portal_link(browser: &Client, base: &str) -> reqwest::Response {
    browser
        .post(format!("{base}/api/portal_link"))
        .header(header::ORIGIN, base)
        .form(&[("intent", "sso")])
        .send()
        .await
        .unwrap()
}

#[tokio::test]
async fn demoting_an_admin_ends_their_portal_links_and_sessions_at_workos() {
    let dir = tempfile::tempdir().unwrap();
    let (mut server, base) = serve_process(dir.path(), &[]).await;
    let ada = signed_in(&base, "ada@acme.example", PASSWORD).await;
    let unopened: String = portal_link(&ada, &base).await.json().await.unwrap();
    let opened: String = portal_link(&ada, &base).await.json().await.unwrap();
    let session = client().get(&opened).send().await.unwrap();
    assert_eq!(session.status(), 303, "the portal link opens a session");
    let session = session.headers()[header::LOCATION]
        .to_str()
        .unwrap()
        .to_owned();
    let session = reqwest::Url::parse(&opened)
        .unwrap()
        .join(&session)
        .unwrap();
    assert_eq!(
        client().get(session.clone()).send().await.unwrap().status(),
        200
    );

    // Acme's only admin cannot be demoted: someone else first.
    let (ok, _, stderr) = user(
        dir.path(),
        &["set-role", "ada@acme.example", "member", "--org", "Acme"],
        &[],
    );
    assert!(!ok);
    assert!(
        stderr.contains("ada@acme.example is the only admin of Acme"),
        "{stderr}"
    );
    let (ok, stdout, stderr) = user(
        dir.path(),
        &[
            "add",
            "grace@acme.example",
            "--org",
            "Acme",
            "--role",
            "admin",
        ],
        &[("PORTICO_USER_PASSWORD", "a-long-enough-password")],
    );
    assert!(ok, "{stderr}");
    assert_eq!(stdout.trim(), "Added grace@acme.example to Acme as admin.");
    signed_in(&base, "grace@acme.example", "a-long-enough-password").await;

    let (ok, stdout, stderr) = user(
        dir.path(),
        &["set-role", "ada@acme.example", "member", "--org", "Acme"],
        &[],
    );
    assert!(ok, "{stderr}");
    assert!(
        stdout.contains("ada@acme.example is now a member of Acme (was admin)."),
        "{stdout}"
    );
    assert!(stdout.contains("were ended at WorkOS"), "{stdout}");
    // Her unopened link and her open portal session no longer work; nor may she ask again.
    assert_eq!(client().get(&unopened).send().await.unwrap().status(), 410);
    assert_eq!(client().get(session).send().await.unwrap().status(), 410);
    assert_eq!(portal_link(&ada, &base).await.status(), 403);

    // Removing a member: their session no longer reaches the organization.
    let max = signed_in(&base, "max@acme.example", PASSWORD).await;
    let (ok, stdout, _) = user(
        dir.path(),
        &["remove", "max@acme.example", "--org", "Acme"],
        &[],
    );
    assert!(ok);
    assert!(
        stdout.starts_with("Removed max@acme.example from Acme."),
        "{stdout}"
    );
    let overview = max
        .get(format!("{base}/api/organization"))
        .send()
        .await
        .unwrap();
    assert!(overview.status().is_client_error(), "{}", overview.status());

    // Bad asks say what is wrong and change nothing.
    for (args, says) in [
        (
            vec!["set-role", "grace@acme.example", "owner", "--org", "Acme"],
            "\"owner\" is not a role: use admin or member",
        ),
        (
            vec![
                "set-role",
                "grace@acme.example",
                "member",
                "--org",
                "Initech",
            ],
            "no organization is named \"Initech\"",
        ),
        (
            vec!["remove", "nobody@acme.example", "--org", "Acme"],
            "nobody@acme.example is not a member of Acme",
        ),
        (
            vec!["add", "grace@acme.example", "--org", "Acme"],
            "already a member of Acme (as admin)",
        ),
        (
            vec!["add", "not-an-email", "--org", "Acme"],
            "\"not-an-email\" is not an email address",
        ),
    ] {
        let (ok, _, stderr) = user(dir.path(), &args, &[]);
        assert!(!ok, "{args:?}");
        assert!(
            stderr.starts_with("error: ") && stderr.contains(says),
            "{args:?}: {stderr}"
        );
    }

    // The trail, as Acme's admins read it.
    let grace = signed_in(&base, "grace@acme.example", "a-long-enough-password").await;
    let activity: serde_json::Value = grace
        .get(format!("{base}/api/activity"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let lines: Vec<String> = activity["entries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            format!(
                "{} | {} | {} | {}",
                e["who"].as_str().unwrap(),
                e["what"].as_str().unwrap(),
                e["detail"].as_str().unwrap(),
                e["outcome"].as_str().unwrap()
            )
        })
        .collect();
    for expected in [
        "Portico operator (command line) | Removed a member | max@acme.example (was member) | succeeded",
        "Portico operator (command line) | Ended a person's Admin Portal links | ada@acme.example | succeeded",
        "Portico operator (command line) | Changed a member's role | ada@acme.example: admin → member | succeeded",
        "Portico operator (command line) | Added a member | grace@acme.example as admin | succeeded",
    ] {
        assert!(lines.iter().any(|l| l == expected), "{expected} not in {lines:#?}");
    }
    let _ = server.kill();
    let _ = server.wait();
}
