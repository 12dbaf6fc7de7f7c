//! SSO sign-in through the emulated identity provider, as a browser and a server do it.

use super::*;
use serde_json::json;
use workos::{pkce::Pkce, AuthorizationRequest, ConnectionSelector};

const CALLBACK: &str = "http://127.0.0.1:9/callback";

/// An organization with a verified domain and an active SSO connection.
async fn organization_with_sso(e: &RunningEmulator) -> (String, String) {
    let (_, org, _) = post(
        e,
        "/organizations",
        json!({"name": "Initech", "domain_data": [{"domain": "initech.example", "state": "verified"}]}),
    )
    .await;
    let org_id = org["id"].as_str().unwrap().to_owned();
    let portal = link(e, json!({"organization": org_id, "intent": "sso"})).await;
    complete_portal(e, &portal, "OktaSAML").await;
    let (_, connections, _) = get(e, &format!("/connections?organization_id={org_id}")).await;
    let connection = connections["data"][0]["id"].as_str().unwrap().to_owned();
    (org_id, connection)
}

fn workos_client(e: &RunningEmulator) -> workos::WorkosClient {
    workos::WorkosClient::new(
        e.base_url.clone(),
        workos::ApiKey::new(KEY),
        workos::ClientOptions::default(),
    )
    .unwrap()
}

fn request(
    e: &RunningEmulator,
    selector: ConnectionSelector,
    pkce: Option<&Pkce>,
) -> AuthorizationRequest {
    AuthorizationRequest {
        client_id: e.client_id.clone(),
        redirect_uri: CALLBACK.into(),
        selector,
        state: Some("st4te".into()),
        login_hint: Some("jane@initech.example".into()),
        domain_hint: None,
        code_challenge: pkce.map(|p| p.challenge.clone()),
    }
}

/// Follows the authorization URL to the identity provider's page and posts `form`
/// there; the redirect back to the application, parsed.
async fn sign_in(
    e: &RunningEmulator,
    url: reqwest::Url,
    form: &[(&str, &str)],
) -> HashMap<String, String> {
    let browser = client();
    let started = browser.get(url).send().await.unwrap();
    assert_eq!(started.status(), 303);
    let page = e
        .base_url
        .join(started.headers()["location"].to_str().unwrap())
        .unwrap();
    let shown = browser.get(page.clone()).send().await.unwrap();
    assert_eq!(shown.status(), 200);
    assert!(
        shown.text().await.unwrap().contains("jane@initech.example"),
        "login_hint fills the email"
    );
    let back = browser.post(page).form(form).send().await.unwrap();
    assert_eq!(back.status(), 303);
    redirect_query(&back)
}

fn redirect_query(response: &reqwest::Response) -> HashMap<String, String> {
    let location = reqwest::Url::parse(response.headers()["location"].to_str().unwrap()).unwrap();
    assert_eq!(&location.as_str()[..CALLBACK.len()], CALLBACK);
    location.query_pairs().into_owned().collect()
}

async fn event_names(e: &RunningEmulator) -> Vec<String> {
    let names = "authentication.sso_started,authentication.sso_succeeded,authentication.sso_failed,authentication.sso_timed_out";
    let (_, events, _) = get(e, &format!("/events?events={names}&order=asc&limit=100")).await;
    events["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["event"].as_str().unwrap().to_owned())
        .collect()
}

#[tokio::test]
async fn a_person_signs_in_and_the_code_is_exchanged_once_with_pkce() {
    let e = emulator().await;
    let (org_id, connection) = organization_with_sso(&e).await;
    let workos = workos_client(&e);
    let pkce = Pkce::generate();
    let url = workos.sso_authorization_url(&request(
        &e,
        ConnectionSelector::Organization(org_id.clone()),
        Some(&pkce),
    ));
    let back = sign_in(
        &e,
        url,
        &[
            ("email", "Jane@Initech.example"),
            ("first_name", "Jane"),
            ("last_name", "Doe"),
            ("groups", "Engineering, Admins"),
            ("role", "admin"),
            ("department", "R&D"),
            ("outcome", "sign_in"),
        ],
    )
    .await;
    assert_eq!(back["state"], "st4te");
    let code = &back["code"];

    let wrong = workos
        .sso_profile_and_token(&e.client_id, code, Some(&Pkce::generate().verifier))
        .await;
    assert!(
        matches!(wrong, Err(workos::WorkosError::Validation { status: 400, code: Some(ref c), .. }) if c == "invalid_grant"),
        "{wrong:?}"
    );
    // The code was tried once with the wrong verifier: it is spent.
    let again = workos
        .sso_profile_and_token(&e.client_id, code, Some(&pkce.verifier))
        .await;
    assert!(again.is_err(), "a code is tried once");

    let url = workos.sso_authorization_url(&request(
        &e,
        ConnectionSelector::Connection(connection.clone()),
        Some(&pkce),
    ));
    let back = sign_in(
        &e,
        url,
        &[
            ("email", "jane@initech.example"),
            ("first_name", "Jane"),
            ("groups", "Engineering"),
            ("outcome", "sign_in"),
        ],
    )
    .await;
    let answer = workos
        .sso_profile_and_token(&e.client_id, &back["code"], Some(&pkce.verifier))
        .await
        .unwrap();
    assert_eq!(answer.token_type, "Bearer");
    assert_eq!(answer.expires_in, 600);
    let profile = &answer.profile;
    assert_eq!(
        (
            profile.organization_id.as_deref(),
            profile.connection_id.as_str()
        ),
        (Some(org_id.as_str()), connection.as_str())
    );
    assert_eq!(
        (profile.email.as_str(), profile.connection_type.as_str()),
        ("jane@initech.example", "OktaSAML")
    );
    assert_eq!(
        profile.groups.as_deref(),
        Some(&["Engineering".to_owned()][..])
    );
    assert!(profile.id.starts_with("prof_"));
    let replay = workos
        .sso_profile_and_token(&e.client_id, &back["code"], Some(&pkce.verifier))
        .await;
    assert!(
        matches!(
            replay,
            Err(workos::WorkosError::Validation { status: 400, .. })
        ),
        "{replay:?}"
    );

    let by_token = Client::new()
        .get(e.base_url.join("/sso/profile").unwrap())
        .bearer_auth(&answer.access_token)
        .send()
        .await
        .unwrap();
    assert_eq!(by_token.status(), 200);
    assert_eq!(
        by_token.json::<Value>().await.unwrap()["email"],
        "jane@initech.example"
    );
    let unknown = Client::new()
        .get(e.base_url.join("/sso/profile").unwrap())
        .bearer_auth("nope")
        .send()
        .await
        .unwrap();
    assert_eq!(unknown.status(), 401);

    assert_eq!(
        event_names(&e).await,
        [
            "authentication.sso_started",
            "authentication.sso_started",
            "authentication.sso_succeeded"
        ]
    );
}

#[tokio::test]
async fn the_token_endpoint_takes_a_form_or_json_and_checks_the_client() {
    let e = emulator().await;
    let (org_id, _) = organization_with_sso(&e).await;
    let workos = workos_client(&e);
    let mut codes = Vec::new();
    for _ in 0..2 {
        let url = workos.sso_authorization_url(&request(
            &e,
            ConnectionSelector::Organization(org_id.clone()),
            None,
        ));
        codes.push(
            sign_in(
                &e,
                url,
                &[("email", "jane@initech.example"), ("outcome", "sign_in")],
            )
            .await["code"]
                .clone(),
        );
    }
    let token_url = e.base_url.join("/sso/token").unwrap();
    let form = |secret: &str, code: &str| {
        vec![
            ("client_id", e.client_id.clone()),
            ("client_secret", secret.to_owned()),
            ("grant_type", "authorization_code".to_owned()),
            ("code", code.to_owned()),
        ]
    };
    let wrong_secret = Client::new()
        .post(token_url.clone())
        .form(&form("sk_test_wrong", &codes[0]))
        .send()
        .await
        .unwrap();
    assert_eq!(wrong_secret.status(), 401);
    assert_eq!(
        wrong_secret.json::<Value>().await.unwrap()["error"],
        "invalid_client"
    );
    let by_form = Client::new()
        .post(token_url.clone())
        .form(&form(KEY, &codes[0]))
        .send()
        .await
        .unwrap();
    assert_eq!(by_form.status(), 200, "a form (Node SDK)");
    let body = json!({"client_id": e.client_id, "client_secret": KEY, "grant_type": "authorization_code", "code": codes[1]});
    let by_json = Client::new()
        .post(token_url.clone())
        .json(&body)
        .send()
        .await
        .unwrap();
    assert_eq!(by_json.status(), 200, "JSON (Python SDK)");
    let profile = by_json.json::<Value>().await.unwrap()["profile"].clone();
    for field in [
        "object",
        "id",
        "idp_id",
        "organization_id",
        "connection_id",
        "connection_type",
        "email",
        "first_name",
        "last_name",
        "name",
        "role",
        "roles",
        "groups",
        "custom_attributes",
        "raw_attributes",
    ] {
        assert!(profile.get(field).is_some(), "profile.{field}");
    }
    let wrong_grant = Client::new().post(token_url).json(&json!({"client_id": e.client_id, "client_secret": KEY, "grant_type": "password", "code": "x"})).send().await.unwrap();
    assert_eq!(
        wrong_grant.json::<Value>().await.unwrap()["error"],
        "unsupported_grant_type"
    );
}

#[tokio::test]
async fn bad_requests_get_an_error_page_or_an_error_redirect_with_the_state() {
    let e = emulator().await;
    let (org_id, connection) = organization_with_sso(&e).await;
    let (_, bare, _) = post(&e, "/organizations", json!({"name": "No SSO"})).await;
    let base = format!(
        "/sso/authorize?client_id={}&response_type=code&state=s1",
        e.client_id
    );
    let browser = client();
    let open = |query: String| {
        let browser = browser.clone();
        let url = e.base_url.join(&query).unwrap();
        async move { browser.get(url).send().await.unwrap() }
    };
    // The client and the redirect URI are checked before anything may go back.
    let wrong_client = open(format!("/sso/authorize?client_id=client_nope&response_type=code&redirect_uri={CALLBACK}&organization={org_id}")).await;
    assert_eq!(wrong_client.status(), 400);
    let elsewhere = open(format!(
        "{base}&redirect_uri=https://attacker.example/cb&organization={org_id}"
    ))
    .await;
    assert_eq!(
        elsewhere.status(),
        400,
        "an unregistered redirect URI is never followed"
    );

    for (query, error) in [
        (String::new(), "invalid_connection_selector"),
        (
            format!("&organization={org_id}&connection={connection}"),
            "invalid_connection_selector",
        ),
        ("&connection=conn_01NOPE".to_owned(), "connection_invalid"),
        (
            "&organization=org_01NOPE".to_owned(),
            "organization_invalid",
        ),
        (
            format!("&organization={}", bare["id"].as_str().unwrap()),
            "organization_invalid",
        ),
        ("&provider=GoogleOAuth".to_owned(), "connection_invalid"),
        (
            format!("&organization={org_id}&code_challenge=short&code_challenge_method=S256"),
            "invalid_request",
        ),
        (
            format!("&organization={org_id}&code_challenge_method=plain"),
            "invalid_request",
        ),
    ] {
        let answer = open(format!("{base}&redirect_uri={CALLBACK}{query}")).await;
        assert_eq!(answer.status(), 303, "{query}");
        let back = redirect_query(&answer);
        assert_eq!(
            (back["error"].as_str(), back["state"].as_str()),
            (error, "s1"),
            "{query}"
        );
        assert!(!back["error_description"].is_empty());
    }
    let no_code = open(format!("/sso/authorize?client_id={}&response_type=token&redirect_uri={CALLBACK}&organization={org_id}", e.client_id)).await;
    assert_eq!(
        redirect_query(&no_code)["error"],
        "unsupported_response_type"
    );
}

#[tokio::test]
async fn a_chosen_failure_and_an_outside_email_go_back_as_errors_and_events() {
    let e = emulator().await;
    let (org_id, _) = organization_with_sso(&e).await;
    let workos = workos_client(&e);
    let url = || {
        workos.sso_authorization_url(&request(
            &e,
            ConnectionSelector::Organization(org_id.clone()),
            None,
        ))
    };
    let failed = sign_in(
        &e,
        url(),
        &[
            ("email", "jane@initech.example"),
            ("outcome", "access_denied"),
        ],
    )
    .await;
    assert_eq!(failed["error"], "access_denied");
    assert!(!failed.contains_key("code"));
    let outside = sign_in(
        &e,
        url(),
        &[("email", "jane@elsewhere.example"), ("outcome", "sign_in")],
    )
    .await;
    assert_eq!(outside["error"], "profile_not_allowed_outside_organization");
    let no_email = client().get(url()).send().await.unwrap();
    let page = e
        .base_url
        .join(no_email.headers()["location"].to_str().unwrap())
        .unwrap();
    let refused = client()
        .post(page)
        .form(&[("email", "not an email"), ("outcome", "sign_in")])
        .send()
        .await
        .unwrap();
    assert_eq!(
        refused.status(),
        422,
        "a bad email is asked again, not sent back"
    );

    let names = "authentication.sso_failed";
    let (_, events, _) = get(&e, &format!("/events?events={names}&order=asc")).await;
    let codes: Vec<&str> = events["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["data"]["error"]["code"].as_str().unwrap())
        .collect();
    assert_eq!(
        codes,
        ["access_denied", "profile_not_allowed_outside_organization"]
    );
    assert_eq!(
        events["data"][0]["data"]["sso"]["organization_id"],
        org_id.as_str()
    );
}

#[tokio::test]
async fn an_unfinished_sign_in_or_an_unexchanged_code_times_out() {
    let e = emulator().await;
    let (org_id, _) = organization_with_sso(&e).await;
    let workos = workos_client(&e);
    let url = workos.sso_authorization_url(&request(
        &e,
        ConnectionSelector::Organization(org_id.clone()),
        None,
    ));
    let code = sign_in(
        &e,
        url.clone(),
        &[("email", "jane@initech.example"), ("outcome", "sign_in")],
    )
    .await["code"]
        .clone();
    let abandoned = client().get(url).send().await.unwrap();
    let page = e
        .base_url
        .join(abandoned.headers()["location"].to_str().unwrap())
        .unwrap();
    e.store
        .advance_clock(std::time::Duration::from_secs(11 * 60));
    assert_eq!(client().get(page).send().await.unwrap().status(), 410);
    let late = workos
        .sso_profile_and_token(&e.client_id, &code, None)
        .await;
    assert!(late.is_err(), "an expired code is refused");
    let timed_out = event_names(&e)
        .await
        .iter()
        .filter(|n| *n == "authentication.sso_timed_out")
        .count();
    assert_eq!(timed_out, 2);
}

#[tokio::test]
async fn a_code_exchange_whose_answer_is_lost_is_not_tried_again() {
    let e = emulator().await;
    let (org_id, _) = organization_with_sso(&e).await;
    let workos = workos_client(&e);
    let pkce = Pkce::generate();
    let url = workos.sso_authorization_url(&request(
        &e,
        ConnectionSelector::Organization(org_id),
        Some(&pkce),
    ));
    let back = sign_in(
        &e,
        url,
        &[("email", "jane@initech.example"), ("outcome", "sign_in")],
    )
    .await;
    control(
        &e,
        Method::POST,
        "/__emulator/faults",
        json!({"route": "POST /sso/token", "lose_answer": true, "status": 502}),
    )
    .await;
    let lost = workos
        .sso_profile_and_token(&e.client_id, &back["code"], Some(&pkce.verifier))
        .await;
    // Answered 502 once and not sent again (a retry would meet the spent code); the
    // exchange did happen at WorkOS.
    assert!(
        matches!(lost, Err(workos::WorkosError::Upstream { status: 502, .. })),
        "{lost:?}"
    );
    assert_eq!(
        event_names(&e)
            .await
            .iter()
            .filter(|n| *n == "authentication.sso_succeeded")
            .count(),
        1
    );
}
