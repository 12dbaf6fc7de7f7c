//! The `portico` binary: clear one-line errors for bad settings, never a panic.

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

#[test]
fn a_bad_setting_names_itself_and_the_fix_in_one_line() {
    let (ok, _, stderr) = portico(&["serve"], &[("PORTICO_ADDR", "not-an-address")]);
    assert!(!ok);
    let line = stderr.lines().last().unwrap_or_default();
    assert!(
        line.starts_with("error: setting `addr` (from PORTICO_ADDR)"),
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
