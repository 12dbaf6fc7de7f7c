//! `portico doctor` against the emulator: a good key, a wrong key, WorkOS unreachable,
//! and the local checks (key shape, public URL, built site).

use std::{path::Path, process::Command};

struct Run {
    ok: bool,
    stdout: String,
    stderr: String,
}

/// Runs `portico doctor` with only the given environment for Portico's variables.
async fn doctor(env: Vec<(&'static str, String)>) -> Run {
    tokio::task::spawn_blocking(move || {
        let dir = tempfile::tempdir().unwrap();
        let mut command = Command::new(env!("CARGO_BIN_EXE_portico"));
        command.arg("doctor").current_dir(dir.path());
        for (name, _) in std::env::vars() {
            if name.starts_with("PORTICO_") || name.starts_with("WORKOS_") {
                command.env_remove(name);
            }
        }
        command.envs(env);
        let out = command.output().unwrap();
        Run {
            ok: out.status.success(),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    })
    .await
    .unwrap()
}

/// A built-site stand-in: a `pkg` folder with an honest file, plus `extra` if given.
fn site(extra: Option<&str>) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("pkg")).unwrap();
    std::fs::write(
        dir.path().join("pkg/portico.js"),
        "export function hydrate() {}",
    )
    .unwrap();
    if let Some(text) = extra {
        std::fs::write(dir.path().join("pkg/leak.js"), text).unwrap();
    }
    dir
}

fn env_for(base: &str, key: &str, site: &Path) -> Vec<(&'static str, String)> {
    vec![
        ("WORKOS_API_KEY", key.to_owned()),
        ("WORKOS_API_BASE_URL", base.to_owned()),
        ("PORTICO_PUBLIC_URL", "https://portico.example".to_owned()),
        ("PORTICO_SITE_DIR", site.display().to_string()),
    ]
}

fn line<'a>(run: &'a Run, name: &str) -> &'a str {
    run.stdout
        .lines()
        .find(|l| l[4..].starts_with(name))
        .unwrap_or_else(|| panic!("no line for {name}:\n{}", run.stdout))
}

#[tokio::test]
async fn a_good_key_passes_every_check() {
    // With its mail sink, the emulator stands in for the mail server too.
    let e = workos_emulator::spawn(workos_emulator::Options {
        smtp_addr: Some(crate::loopback_any_port()),
        ..workos_emulator::Options::new(crate::loopback_any_port(), crate::EMULATOR_KEY)
    })
    .await
    .unwrap();
    let site = site(None);
    let mut env = env_for(e.base_url.as_str(), crate::EMULATOR_KEY, site.path());
    let sink = format!("smtp://{}", e.smtp_addr.unwrap());
    env.push(("PORTICO_SMTP_URL", sink.clone()));
    let run = doctor(env).await;
    assert!(run.ok, "{}{}", run.stdout, run.stderr);
    assert_eq!(run.stdout.lines().count(), 7, "{}", run.stdout);
    assert!(line(&run, "Notification emails").ends_with(&format!("{} answers", &sink[7..])));
    assert!(
        run.stdout.lines().all(|l| l.starts_with('✓')),
        "{}",
        run.stdout
    );
    assert!(line(&run, "Admin Portal links").contains("nothing was created"));
    assert!(
        !run.stdout.contains(crate::EMULATOR_KEY),
        "the key is never printed"
    );
}

#[tokio::test]
async fn a_wrong_key_is_reported_with_the_fix() {
    let e = crate::spawn_emulator().await;
    let site = site(None);
    let run = doctor(env_for(
        e.base_url.as_str(),
        "sk_test_wrongwrongwrongwrong",
        site.path(),
    ))
    .await;
    assert!(!run.ok);
    assert!(line(&run, "WorkOS API reachable").starts_with('✓'));
    let rejected = line(&run, "API key accepted");
    assert!(
        rejected.starts_with('✗') && rejected.contains("rejected the key (401"),
        "{rejected}"
    );
    assert!(
        rejected.contains("Fix: copy the secret key again"),
        "{rejected}"
    );
    assert!(run.stderr.contains("checks failed"), "{}", run.stderr);
    assert!(!run.stdout.contains("wrongwrong"));
}

#[tokio::test]
async fn workos_unreachable_is_reported() {
    let e = crate::spawn_emulator().await;
    let base = e.base_url.to_string();
    e.task.abort();
    let _ = e.task.await;
    let site = site(None);
    let run = doctor(env_for(&base, crate::EMULATOR_KEY, site.path())).await;
    assert!(!run.ok);
    let reach = line(&run, "WorkOS API reachable");
    assert!(
        reach.starts_with('✗') && reach.contains("cannot connect"),
        "{reach}"
    );
    assert!(reach.contains("workos_api_base_url"), "{reach}");
}

#[tokio::test]
async fn local_problems_are_each_named() {
    let e = crate::spawn_emulator().await;
    let leaky = site(Some("const key = 'sk_live_0123456789abcdef0123';"));
    let mut env = env_for(e.base_url.as_str(), crate::EMULATOR_KEY, leaky.path());
    env[2].1 = "http://portico.example".to_owned();
    let run = doctor(env).await;
    assert!(!run.ok);
    assert!(line(&run, "Public URL").starts_with('✗'), "{}", run.stdout);
    let leak = line(&run, "Built site has no secret");
    assert!(leak.starts_with('✗') && leak.contains("leak.js"), "{leak}");

    let run = doctor(vec![]).await;
    assert!(!run.ok);
    assert!(
        line(&run, "WORKOS_API_KEY").contains("not set"),
        "{}",
        run.stdout
    );
}
