//! Secrets stay on the server: not in the built site, not in pages, not in errors.

mod common;

use std::path::Path;

fn files_under(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files_under(&path, out);
        } else {
            out.push(path);
        }
    }
}

#[test]
fn no_workos_secret_key_is_in_any_built_site_file() {
    let site = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/site");
    assert!(
        site.join("pkg/portico.wasm").is_file(),
        "build the site first (`cargo leptos build --release`, as scripts/test does)"
    );
    let mut files = Vec::new();
    files_under(&site, &mut files);
    for file in files {
        let bytes = std::fs::read(&file).unwrap();
        let text = String::from_utf8_lossy(&bytes);
        for needle in [
            "sk_test_",
            "sk_live_",
            "WORKOS_API_KEY",
            "PORTICO_DEMO_PASSWORD",
        ] {
            assert!(
                !text.contains(needle),
                "{needle} found in {}",
                file.display()
            );
        }
    }
}

#[tokio::test]
async fn pages_and_api_answers_never_carry_the_workos_key() {
    let app = common::spawn_app().await;
    let key = app
        .running
        .emulator
        .as_ref()
        .unwrap()
        .key
        .expose()
        .to_owned();
    let admin = app.signed_in(common::ADMIN).await;
    let mut seen = String::new();
    for path in [
        "/settings",
        "/sign-in",
        "/api/me",
        "/api/organization",
        "/nope",
    ] {
        seen += &app.get_text(&admin, path).await;
    }
    seen += &app
        .post(&admin, "/api/portal_link", &[("intent", "sso")])
        .await
        .text()
        .await
        .unwrap();
    assert!(!seen.is_empty());
    assert!(!seen.contains(&key));
    assert!(!seen.contains("sk_test_"));
}
