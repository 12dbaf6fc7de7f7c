//! Two `portico serve` processes behind nginx (round robin), on one PostgreSQL database
//! and one standalone WorkOS emulator, started by `scripts/cluster` as a newcomer starts
//! them. What a person does through the proxy works whichever instance answers.
//! PostgreSQL only (`scripts/test` runs this module in the PostgreSQL pass).

use crate::{client, ADMIN};
use jsonwebtoken::{encode, EncodingKey, Header};
use reqwest::{header, Client, Response};
use serde_json::json;
use std::{collections::HashMap, path::PathBuf, time::Duration};

/// What `scripts/cluster` printed; stops the cluster when dropped.
struct Cluster {
    dir: PathBuf,
    settings: HashMap<String, String>,
    _parent: tempfile::TempDir,
}

impl Cluster {
    fn start() -> Cluster {
        assert!(
            crate::postgres_server().is_some(),
            "needs PORTICO_TEST_POSTGRES_URL (scripts/test sets it)"
        );
        let parent = tempfile::tempdir().unwrap();
        let dir = parent.path().join("cluster");
        let database = tokio::task::block_in_place(|| {
            tokio::runtime::Handle::current()
                .block_on(crate::database_for(&parent.path().join("database")))
        })
        .unwrap();
        let site = parent.path().join("site");
        std::fs::create_dir_all(site.join("pkg")).unwrap();
        let mut command = std::process::Command::new(script("cluster"));
        for (name, _) in std::env::vars() {
            if name.starts_with("PORTICO_") || name.starts_with("WORKOS_") {
                command.env_remove(name);
            }
        }
        let out = command
            .args(["start", dir.to_str().unwrap(), "2"])
            .env("PORTICO_BIN", env!("CARGO_BIN_EXE_portico"))
            .env("PORTICO_SITE_DIR", &site)
            .env("PORTICO_DATABASE_URL", database)
            .env("PORTICO_DEMO_PASSWORD", crate::PASSWORD)
            .env("PORTICO_EMBED_SECRET", crate::EMBED_SECRET)
            .env("PORTICO_EMBED_HOSTS", "host-product")
            .env("PORTICO_EMBED_ORIGINS", HOST_ORIGIN)
            .output()
            .expect("scripts/cluster runs");
        assert!(
            out.status.success(),
            "scripts/cluster start failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let settings = String::from_utf8_lossy(&out.stdout)
            .lines()
            .filter_map(|line| line.split_once('='))
            .map(|(key, value)| (key.to_owned(), value.to_owned()))
            .collect();
        Cluster {
            dir,
            settings,
            _parent: parent,
        }
    }

    fn get(&self, key: &str) -> &str {
        self.settings
            .get(key)
            .unwrap_or_else(|| panic!("scripts/cluster printed no {key}"))
    }

    /// The proxy's address, or an instance's own.
    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.get("URL"))
    }

    fn instance_url(&self, instance: u8, path: &str) -> String {
        format!("{}{path}", self.get(&format!("INSTANCE_{instance}_URL")))
    }
}

impl Drop for Cluster {
    fn drop(&mut self) {
        let _ = std::process::Command::new(script("cluster"))
            .args(["stop", self.dir.to_str().unwrap()])
            .status();
    }
}

fn script(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("scripts")
        .join(name)
}

const HOST_ORIGIN: &str = "https://app.host.example";

/// Which instance answered (nginx's `X-Portico-Instance`: the upstream's address).
fn instance(response: &Response) -> String {
    response.headers()["x-portico-instance"]
        .to_str()
        .unwrap()
        .to_owned()
}

/// POSTs a form as Portico's own pages do: the public origin, which the proxy serves.
async fn post(cluster: &Cluster, browser: &Client, url: &str, form: &[(&str, &str)]) -> Response {
    browser
        .post(url)
        .header(header::ORIGIN, cluster.get("URL"))
        .form(form)
        .send()
        .await
        .unwrap()
}

/// An admin's browser signed in at one instance directly.
async fn signed_in_at(cluster: &Cluster, instance: u8) -> Client {
    let browser = client();
    let login = [("email", ADMIN), ("password", crate::PASSWORD)];
    let url = cluster.instance_url(instance, "/api/login");
    let signed_in = post(cluster, &browser, &url, &login).await;
    assert_eq!(signed_in.status(), 200, "sign-in at instance {instance}");
    browser
}

#[tokio::test(flavor = "multi_thread")]
async fn two_instances_behind_nginx_act_as_one() {
    let cluster = Cluster::start();

    // A session made through the proxy is served by both instances, turn about.
    let browser = client();
    let login = [("email", ADMIN), ("password", crate::PASSWORD)];
    let signed_in = post(&cluster, &browser, &cluster.url("/api/login"), &login).await;
    assert_eq!(signed_in.status(), 200);
    let mut answered_by = std::collections::HashSet::new();
    for _ in 0..4 {
        let read = browser
            .get(cluster.url("/api/organization"))
            .send()
            .await
            .unwrap();
        assert_eq!(read.status(), 200, "the session holds on every instance");
        answered_by.insert(instance(&read));
    }
    assert_eq!(answered_by.len(), 2, "round robin: {answered_by:?}");

    // Wrong passwords through the proxy land on both instances and meet one limit.
    let wrong = [("email", crate::MEMBER), ("password", "not-the-password")];
    let mut answers = Vec::new();
    let mut instances = std::collections::HashSet::new();
    for _ in 0..12 {
        let attempt = post(&cluster, &client(), &cluster.url("/api/login"), &wrong).await;
        instances.insert(instance(&attempt));
        answers.push(attempt.status().as_u16());
    }
    assert_eq!(instances.len(), 2, "{instances:?}");
    assert_eq!(&answers[..10], &[401; 10], "{answers:?}");
    assert_eq!(
        &answers[10..],
        &[429, 429],
        "one limit for both: {answers:?}"
    );

    // An embed token used on one instance is refused on the other.
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64;
    let claims = json!({
        "iss": "host-product", "aud": "portico", "sub": "host-pat",
        "email": "pat@initech.example", "org": "org_01HINITECH", "org_name": "Initech",
        "role": "admin", "iat": now, "exp": now + 120, "jti": "replayed-across-instances",
    });
    let secret = EncodingKey::from_secret(crate::EMBED_SECRET.as_bytes());
    let token = encode(&Header::default(), &claims, &secret).unwrap();
    let open = |instance: u8| {
        let url = cluster.instance_url(instance, &format!("/embed?token={token}"));
        async move {
            client()
                .get(url)
                .header(header::REFERER, format!("{HOST_ORIGIN}/settings"))
                .send()
                .await
                .unwrap()
        }
    };
    assert_eq!(
        open(1).await.status(),
        303,
        "the first use starts a session"
    );
    let replayed = open(2).await;
    assert_eq!(
        replayed.status(),
        401,
        "the replay on the other instance is refused"
    );
    let refusal = replayed.text().await.unwrap();
    assert!(refusal.contains("this token was used already"), "{refusal}");

    // A link made on one instance shows as opened on the other within a second.
    let admin_one = signed_in_at(&cluster, 1).await;
    let admin_two = signed_in_at(&cluster, 2).await;
    let summary = |overview: serde_json::Value| {
        overview["statuses"]
            .as_array()
            .unwrap()
            .iter()
            .find(|status| status["intent"] == "bring_your_own_key")
            .map(|status| status["summary"].as_str().unwrap().to_owned())
            .unwrap()
    };
    let read_two = || async {
        let response = admin_two
            .get(cluster.instance_url(2, "/api/organization"))
            .send()
            .await
            .unwrap();
        summary(response.json().await.unwrap())
    };
    let before = read_two().await;
    assert_eq!(before, "Nobody has started this setup yet.");
    let link = post(
        &cluster,
        &admin_one,
        &cluster.instance_url(1, "/api/portal_link"),
        &[("intent", "bring_your_own_key")],
    )
    .await;
    assert_eq!(link.status(), 200);
    let made = std::time::Instant::now();
    while read_two().await == before {
        assert!(
            made.elapsed() < Duration::from_secs(1),
            "instance 2 still shows its cached status a second after the link"
        );
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
}
