//! The `portico` binary: its commands, and clear one-line errors for a bad configuration,
//! never a panic.

use crate::{spawn_app, ADMIN};
use std::process::Command;

fn portico(args: &[&str], env: &[(&str, &str)]) -> (bool, String, String) {
    let dir = tempfile::tempdir().unwrap();
    let mut command = Command::new(env!("CARGO_BIN_EXE_portico"));
    command
        .args(args)
        .current_dir(dir.path())
        .env_remove("WORKOS_API_KEY");
    for (k, v) in env {
        command.env(k, v);
    }
    let out = command.output().unwrap();
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// `portico ARGS` on `app`'s data: its data directory and, when the suite runs on
/// PostgreSQL, its database.
fn portico_on(app: &crate::TestApp, args: &[&str]) -> (bool, String, String) {
    let dir = app.data.path().to_str().unwrap().to_owned();
    let database = crate::database_of(app.data.path());
    let mut env = vec![("PORTICO_DATA_DIR", dir.as_str())];
    if let Some((name, url)) = &database {
        env.push((name, url.as_str()));
    }
    portico(args, &env)
}

#[test]
fn a_bad_setting_names_itself_and_the_fix_in_one_line() {
    let (ok, _, stderr) = portico(&["serve"], &[("PORTICO_ADDR", "not-an-address")]);
    assert!(!ok);
    let line = stderr.lines().last().unwrap_or_default();
    assert!(
        line.starts_with("error: setting `http.addr` (from PORTICO_ADDR)"),
        "{stderr}"
    );
    assert!(line.contains("Fix:"), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn a_missing_built_site_is_explained() {
    let (ok, _, stderr) = portico(
        &["serve", "--addr", "127.0.0.1:0"],
        &[("PORTICO_SITE_DIR", "/nonexistent/site")],
    );
    assert!(!ok);
    assert!(
        stderr.contains("the built site is missing") && stderr.contains("Fix:"),
        "{stderr}"
    );
}

#[test]
fn the_emulator_needs_its_key_and_migrate_creates_the_database() {
    let (ok, _, stderr) = portico(
        &["emulator", "--addr", "127.0.0.1:0"],
        &[("PORTICO_EMULATOR_API_KEY", "")],
    );
    assert!(!ok);
    assert!(
        stderr.contains("PORTICO_EMULATOR_API_KEY is not set"),
        "{stderr}"
    );

    let data = tempfile::tempdir().unwrap();
    let (ok, stdout, stderr) = portico(
        &["migrate"],
        &[("PORTICO_DATA_DIR", data.path().to_str().unwrap())],
    );
    assert!(ok, "{stderr}");
    assert!(stdout.contains("is up to date"));
    assert!(data.path().join("portico.db").is_file());
}

#[test]
fn every_command_has_help() {
    for args in [
        vec!["--help"],
        vec!["serve", "--help"],
        vec!["emulator", "--help"],
        vec!["migrate", "--help"],
    ] {
        let (ok, stdout, _) = portico(&args, &[]);
        assert!(ok && stdout.contains("Usage:"), "{args:?}");
    }
}

#[tokio::test]
async fn bench_seed_adds_exactly_what_it_says_and_the_demo_still_signs_in() {
    use portico::server::seed::{bench_data, BenchData};
    let app = spawn_app().await;
    let db = &app.running.state.db;
    let count = |table: &'static str| async move {
        let (n,): (i64,) = sqlx::query_as(&format!("SELECT COUNT(*) FROM {table}"))
            .fetch_one(db)
            .await
            .unwrap();
        n
    };
    let (orgs, users, memberships, rows) = (
        count("organizations").await,
        count("users").await,
        count("memberships").await,
        count("audit_events").await,
    );
    let wanted = BenchData {
        organizations: 5,
        users: 20,
        audit_rows: 100,
    };
    assert_eq!(bench_data(db, wanted).await.unwrap(), wanted);
    assert_eq!(count("organizations").await - orgs, 5);
    assert_eq!(count("users").await - users, 20);
    assert_eq!(count("memberships").await - memberships, 20);
    assert_eq!(count("audit_events").await - rows, 100);
    // A month of SSO sign-ins for the demo organization and each new one (a row a day at
    // least), which the demo admin's health panel shows.
    assert!(count("sso_sign_ins").await >= 6 * 30);
    // A second run adds more, with names of its own.
    bench_data(db, wanted).await.unwrap();
    assert_eq!(count("organizations").await - orgs, 10);
    let admin = app.signed_in(ADMIN).await;
    assert_eq!(app.get_json(&admin, "/api/me").await["email"], ADMIN);
    let health = &app.get_json(&admin, "/api/organization").await["sso_health"];
    assert!(
        health["chart_summary"]
            .as_str()
            .unwrap()
            .starts_with("In the last 30 days: "),
        "{health}"
    );
}

/// A PostgreSQL that does not answer, or a database URL of another kind, is refused with
/// a line that names the database (never its password).
#[test]
fn a_database_url_that_does_not_work_is_named_without_its_password() {
    let (ok, _, stderr) = portico(
        &["migrate"],
        &[(
            "PORTICO_DATABASE_URL",
            "postgres://portico:s3cret-password@127.0.0.1:9/nowhere",
        )],
    );
    assert!(!ok);
    assert!(
        stderr.contains("cannot migrate the PostgreSQL database nowhere on 127.0.0.1:9"),
        "{stderr}"
    );
    assert!(!stderr.contains("s3cret-password"), "{stderr}");
    let (ok, _, stderr) = portico(
        &["migrate"],
        &[(
            "PORTICO_DATABASE_URL",
            "mysql://portico@127.0.0.1:9/nowhere",
        )],
    );
    assert!(!ok);
    assert!(stderr.contains("postgres://"), "{stderr}");
}

/// Staff accounts from the command line: added with a password shown once, listed, and
/// removed, but never the last owner; bad input is refused with the fix.
#[test]
fn staff_accounts_are_added_listed_and_removed_but_never_the_last_owner() {
    let data = tempfile::tempdir().unwrap();
    let dir = data.path().to_str().unwrap();
    let env = [("PORTICO_DATA_DIR", dir)];
    let (ok, stdout, stderr) = portico(
        &["staff", "add", "Olive@Host.example", "--role", "owner"],
        &env,
    );
    assert!(ok, "{stderr}");
    assert!(
        stdout.starts_with("Added olive@host.example to the staff as owner."),
        "{stdout}"
    );
    assert!(stdout.contains("password: "), "shown once: {stdout}");

    let chosen = [
        ("PORTICO_DATA_DIR", dir),
        ("PORTICO_STAFF_PASSWORD", "a long enough password"),
    ];
    let (ok, stdout, _) = portico(&["staff", "add", "sam@host.example"], &chosen);
    assert!(ok && !stdout.contains("password: "), "{stdout}");
    let (ok, _, stderr) = portico(&["staff", "add", "sam@host.example"], &chosen);
    assert!(
        !ok && stderr.contains("sam@host.example already has a staff account"),
        "{stderr}"
    );
    let (ok, _, stderr) = portico(&["staff", "add", "x@host.example", "--role", "admin"], &env);
    assert!(
        !ok && stderr.contains("'admin' is not a staff role. Fix: use support or owner"),
        "{stderr}"
    );
    let (ok, _, stderr) = portico(&["staff", "add", "not an email"], &env);
    assert!(!ok && !stderr.contains("panicked"), "{stderr}");

    let (ok, stdout, _) = portico(&["staff", "list"], &env);
    assert!(ok);
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 2, "{stdout}");
    assert!(
        lines[0].starts_with("olive@host.example") && lines[0].contains("owner"),
        "{stdout}"
    );
    assert!(
        lines[1].starts_with("sam@host.example") && lines[1].contains("support"),
        "{stdout}"
    );
    assert!(
        lines[1].contains("second factor not enrolled yet"),
        "{stdout}"
    );

    let (ok, _, stderr) = portico(&["staff", "remove", "olive@host.example"], &env);
    assert!(
        !ok && stderr.contains("olive@host.example is the last owner"),
        "{stderr}"
    );
    let (ok, stdout, _) = portico(&["staff", "remove", "sam@host.example"], &env);
    assert!(
        ok && stdout.contains("Removed sam@host.example from the staff."),
        "{stdout}"
    );
    let (ok, _, stderr) = portico(&["staff", "remove", "sam@host.example"], &env);
    assert!(
        !ok && stderr.contains("sam@host.example has no staff account"),
        "{stderr}"
    );
}

/// On either engine: the last owner stays, another owner can go.
#[tokio::test]
async fn the_last_owner_cannot_be_removed_on_either_engine() {
    use portico::server::staff::{add, list, remove, StaffError, StaffRole};
    let app = spawn_app().await;
    let db = &app.running.state.db;
    add(
        db,
        "olive@host.example",
        StaffRole::Owner,
        "a long enough password",
    )
    .await
    .unwrap();
    add(
        db,
        "omar@host.example",
        StaffRole::Owner,
        "a long enough password",
    )
    .await
    .unwrap();
    assert!(matches!(
        add(db, "short@host.example", StaffRole::Support, "short").await,
        Err(StaffError::ShortPassword)
    ));
    remove(db, "omar@host.example").await.unwrap();
    // The demo's owner goes too: Olive is the last owner now.
    remove(db, "hana@host.example").await.unwrap();
    assert!(matches!(
        remove(db, "olive@host.example").await,
        Err(StaffError::LastOwner(_))
    ));
    let left: Vec<String> = list(db)
        .await
        .unwrap()
        .into_iter()
        .map(|s| s.email)
        .collect();
    assert_eq!(left, ["olive@host.example", "sven@host.example"]);
}

/// Host API keys from the command line: made with scopes and shown once, listed by name
/// with the start of the key, revoked; bad input is refused with the fix.
#[test]
fn api_keys_are_made_listed_and_revoked() {
    let data = tempfile::tempdir().unwrap();
    let env = [("PORTICO_DATA_DIR", data.path().to_str().unwrap())];
    let (ok, stdout, stderr) = portico(
        &[
            "api-key",
            "create",
            "--name",
            "billing",
            "--scopes",
            "organizations:read,embed:write",
        ],
        &env,
    );
    assert!(ok, "{stderr}");
    let key = stdout
        .split("key: ")
        .nth(1)
        .and_then(|rest| rest.split_whitespace().next())
        .unwrap();
    assert!(key.starts_with("pk_live_"), "{stdout}");
    let (ok, _, stderr) = portico(
        &[
            "api-key",
            "create",
            "--name",
            "billing",
            "--scopes",
            "organizations:read",
        ],
        &env,
    );
    assert!(
        !ok && stderr.contains("a key named \"billing\" exists already"),
        "{stderr}"
    );
    let (ok, _, stderr) = portico(
        &["api-key", "create", "--name", "x", "--scopes", "admin"],
        &env,
    );
    assert!(
        !ok && stderr.contains("\"admin\" is not a scope: use organizations:read"),
        "{stderr}"
    );

    let (ok, listed, _) = portico(&["api-key", "list"], &env);
    assert!(ok);
    assert!(
        listed.starts_with("billing") && listed.contains(&key[..14]),
        "{listed}"
    );
    assert!(
        !listed.contains(key),
        "the whole key is never shown again: {listed}"
    );
    assert!(
        listed.contains("organizations:read embed:write") && listed.contains("never used"),
        "{listed}"
    );

    let (ok, stdout, _) = portico(&["api-key", "revoke", "billing"], &env);
    assert!(
        ok && stdout.contains("Revoked the API key \"billing\""),
        "{stdout}"
    );
    let (ok, _, stderr) = portico(&["api-key", "revoke", "billing"], &env);
    assert!(
        !ok && stderr.contains("no key named \"billing\" is in use"),
        "{stderr}"
    );
    let (_, listed, _) = portico(&["api-key", "list"], &env);
    assert!(listed.contains("revoked"), "{listed}");
}

/// An organization's default language: set from the command line, it is what its people
/// get when neither they nor their browser chose one Portico speaks.
#[tokio::test]
async fn an_organizations_default_language_is_set_and_cleared() {
    let app = spawn_app().await;
    let (ok, stdout, stderr) = portico_on(&app, &["org", "set-language", "Acme", "ja"]);
    assert!(ok, "{stderr}");
    assert_eq!(stdout.trim(), "Acme's default language is now 日本語.");
    let (ok, _, stderr) = portico_on(&app, &["org", "set-language", "Acme", "klingon"]);
    assert!(
        !ok && stderr.contains("use en, de, fr, ja, ar or none"),
        "{stderr}"
    );

    let member = app.signed_in(crate::MEMBER).await;
    let page = |accept: &'static str| {
        let member = &member;
        let url = app.url("/settings");
        async move {
            let response = member
                .get(url)
                .header(reqwest::header::ACCEPT_LANGUAGE, accept)
                .send()
                .await
                .unwrap();
            response.headers()[reqwest::header::CONTENT_LANGUAGE]
                .to_str()
                .unwrap()
                .to_owned()
        }
    };
    assert_eq!(page("es").await, "ja", "the organization's default");
    assert_eq!(page("fr").await, "fr", "the browser's language comes first");

    let (ok, stdout, _) = portico_on(&app, &["org", "set-language", "Acme", "none"]);
    assert!(ok && stdout.contains("no default language"), "{stdout}");
    let fresh = app.signed_in(crate::MEMBER).await;
    let response = fresh
        .get(app.url("/settings"))
        .header(reqwest::header::ACCEPT_LANGUAGE, "es")
        .send()
        .await
        .unwrap();
    assert_eq!(response.headers()[reqwest::header::CONTENT_LANGUAGE], "en");
}

/// Whom a member asks: an organization that shows its admins to its members names them
/// on the settings page; one that does not (the default) reads "an admin of Acme".
#[tokio::test]
async fn an_organization_shows_its_admins_to_its_members_when_it_chooses_to() {
    let app = spawn_app().await;
    let (ok, _, stderr) = portico_on(&app, &["org", "show-admins", "Acme", "maybe"]);
    assert!(!ok && stderr.contains("use yes or no"), "{stderr}");
    let (ok, stdout, stderr) = portico_on(&app, &["org", "show-admins", "Acme", "yes"]);
    assert!(ok, "{stderr}");
    assert_eq!(stdout.trim(), "Acme's members now see its admins' emails.");

    let member = app.signed_in(crate::MEMBER).await;
    let html = app.get_text(&member, "/settings").await;
    assert!(
        html.contains(&format!("ask one of your admins: {}.", crate::ADMIN)),
        "the member is told whom to ask"
    );
    // Admins are not told about themselves.
    let admin = app.signed_in(crate::ADMIN).await;
    let html = app.get_text(&admin, "/settings").await;
    assert!(!html.contains("ask one of your admins"));
}
