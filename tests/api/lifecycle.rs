//! Stopping: SIGTERM during a load finishes what was accepted and exits cleanly.

use std::{process::Command, time::Duration};

#[tokio::test]
async fn sigterm_during_a_load_loses_no_accepted_request_and_exits_cleanly() {
    let data = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(data.path().join("site/pkg")).unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_portico"))
        .arg("serve")
        .current_dir(data.path())
        .env_remove("WORKOS_API_KEY")
        .env("PORTICO_ADDR", "127.0.0.1:0")
        .env("PORTICO_DATA_DIR", data.path().join("data"))
        .env("PORTICO_SITE_DIR", data.path().join("site"))
        .env("PORTICO_DEMO_PASSWORD", crate::PASSWORD)
        .stdout(std::fs::File::create(data.path().join("out.txt")).unwrap())
        .stderr(std::fs::File::create(data.path().join("log.txt")).unwrap())
        .spawn()
        .unwrap();
    let mut base = None;
    for _ in 0..300 {
        let out = std::fs::read_to_string(data.path().join("out.txt")).unwrap_or_default();
        if let Some(url) = out
            .split("open ")
            .nth(1)
            .and_then(|rest| rest.split("/settings").next())
        {
            base = Some(url.to_owned());
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let base = base.expect("portico serve started");
    let admin = crate::client();
    let signed_in = admin
        .post(format!("{base}/api/login"))
        .header(reqwest::header::ORIGIN, &base)
        .form(&[("email", crate::ADMIN), ("password", crate::PASSWORD)])
        .send()
        .await
        .unwrap();
    assert_eq!(signed_in.status(), 200);

    // Eight clients ask for portal links as fast as they can until the server is gone.
    let workers: Vec<_> = (0..8)
        .map(|_| {
            let (admin, base) = (admin.clone(), base.clone());
            tokio::spawn(async move {
                let mut answered = Vec::new();
                let until = tokio::time::Instant::now() + Duration::from_secs(5);
                while tokio::time::Instant::now() < until {
                    let sent = admin
                        .post(format!("{base}/api/portal_link"))
                        .header(reqwest::header::ORIGIN, &base)
                        .form(&[("intent", "sso")])
                        .send()
                        .await;
                    match sent {
                        Ok(response) => answered.push(response.status().as_u16()),
                        // Not accepted (the listener is closed): nothing to lose.
                        Err(_) => break,
                    }
                }
                answered
            })
        })
        .collect();
    tokio::time::sleep(Duration::from_millis(700)).await;
    let killed = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    let mut answered = Vec::new();
    for worker in workers {
        answered.extend(worker.await.unwrap());
    }
    let exit = tokio::task::spawn_blocking(move || child.wait().unwrap())
        .await
        .unwrap();
    assert!(exit.success(), "exit status {exit:?}");

    let ok = answered.iter().filter(|s| **s == 200).count();
    assert!(ok > 0, "links were made before the signal");
    assert!(
        answered.iter().all(|s| *s == 200),
        "every accepted request was answered in full: {answered:?}"
    );
    let db = sqlx::SqlitePool::connect(&format!(
        "sqlite://{}",
        data.path().join("data/portico.db").display()
    ))
    .await
    .unwrap();
    let (rows,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM audit_events WHERE action = 'portal_link.created'")
            .fetch_one(&db)
            .await
            .unwrap();
    assert_eq!(rows as usize, ok, "one audit row per link handed out");
    let log = std::fs::read_to_string(data.path().join("log.txt")).unwrap();
    assert!(
        log.contains("stopping: finishing the requests in flight"),
        "{log}"
    );
}
