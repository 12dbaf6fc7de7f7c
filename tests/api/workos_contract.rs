//! Contract suite: every endpoint Portico's WorkOS client speaks, driven through the
//! client against the emulator, and every fault the emulator can inject, mapped to the
//! typed error and to the sentence the user sees.

use crate::{control, emulator_calls, inject_fault, spawn_emulator};
use portico::model::{AppError, ErrorKind};
use reqwest::Method;
use serde_json::json;
use std::time::{Duration, Instant};
use workos::{
    types::{
        ConnectionFilter, CreateOrganization, DirectoryFilter, DomainData, DomainDataState,
        GenerateLink, ListOptions, OrganizationFilter, UpdateOrganization,
    },
    ApiKey, ClientOptions, PortalIntent, RetryPolicy, WorkosClient, WorkosError,
};
use workos_emulator::RunningEmulator;

/// Fast retries so fault tests stay quick; the shape is the production one.
fn options() -> ClientOptions {
    ClientOptions {
        connect_timeout: Duration::from_secs(2),
        request_timeout: Duration::from_millis(400),
        retry: RetryPolicy {
            attempts: 3,
            budget: Duration::from_secs(5),
            retry_after_cap: Duration::from_secs(2),
            base_delay: Duration::from_millis(10),
        },
    }
}

fn of_organization(id: &str) -> ConnectionFilter {
    ConnectionFilter {
        organization_id: Some(id.to_owned()),
        ..Default::default()
    }
}

fn directories_of(id: &str) -> DirectoryFilter {
    DirectoryFilter {
        organization_id: Some(id.to_owned()),
        ..Default::default()
    }
}

fn client_for(e: &RunningEmulator) -> WorkosClient {
    WorkosClient::new(e.base_url.clone(), ApiKey::new(&e.api_key), options()).unwrap()
}

/// Objects every endpoint can be called on.
struct Fixture {
    org: String,
    domain: String,
    connection: String,
    directory: String,
}

async fn fixture(e: &RunningEmulator, client: &WorkosClient) -> Fixture {
    let org = client
        .create_organization(&CreateOrganization {
            name: "Contract".into(),
            domain_data: vec![DomainData {
                domain: "contract.example".into(),
                state: DomainDataState::Pending,
            }],
            external_id: Some("contract-1".into()),
            ..Default::default()
        })
        .await
        .unwrap();
    for (intent, choice) in [
        (PortalIntent::Sso, "OktaSAML"),
        (PortalIntent::Dsync, "okta scim v2.0"),
    ] {
        let link = client
            .generate_portal_link(&GenerateLink::new(&org.id, intent))
            .await
            .unwrap();
        assert_eq!(crate::complete_portal(e, &link, choice).await.status(), 200);
    }
    let connection = client
        .list_connections(&of_organization(&org.id), &ListOptions::default())
        .await
        .unwrap()
        .data
        .remove(0)
        .id;
    let directory = client
        .list_directories(&directories_of(&org.id), &ListOptions::default())
        .await
        .unwrap()
        .data
        .remove(0)
        .id;
    Fixture {
        domain: org.domains[0].id.clone(),
        org: org.id,
        connection,
        directory,
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Endpoint {
    GenerateLink,
    CreateOrganization,
    GetOrganization,
    GetOrganizationByExternalId,
    ListOrganizations,
    UpdateOrganization,
    CreateDomain,
    GetDomain,
    VerifyDomain,
    ListConnections,
    GetConnection,
    ListDirectories,
    GetDirectory,
    DeleteConnection,
    DeleteDirectory,
    DeleteDomain,
    DeleteOrganization,
}

const ENDPOINTS: [Endpoint; 17] = [
    Endpoint::GenerateLink,
    Endpoint::CreateOrganization,
    Endpoint::GetOrganization,
    Endpoint::GetOrganizationByExternalId,
    Endpoint::ListOrganizations,
    Endpoint::UpdateOrganization,
    Endpoint::CreateDomain,
    Endpoint::GetDomain,
    Endpoint::VerifyDomain,
    Endpoint::ListConnections,
    Endpoint::GetConnection,
    Endpoint::ListDirectories,
    Endpoint::GetDirectory,
    Endpoint::DeleteConnection,
    Endpoint::DeleteDirectory,
    Endpoint::DeleteDomain,
    Endpoint::DeleteOrganization,
];

impl Endpoint {
    fn route(self) -> &'static str {
        match self {
            Endpoint::GenerateLink => "POST /portal/generate_link",
            Endpoint::CreateOrganization => "POST /organizations",
            Endpoint::GetOrganization => "GET /organizations/{id}",
            Endpoint::GetOrganizationByExternalId => "GET /organizations/external_id/{external_id}",
            Endpoint::ListOrganizations => "GET /organizations",
            Endpoint::UpdateOrganization => "PUT /organizations/{id}",
            Endpoint::DeleteOrganization => "DELETE /organizations/{id}",
            Endpoint::CreateDomain => "POST /organization_domains",
            Endpoint::GetDomain => "GET /organization_domains/{id}",
            Endpoint::VerifyDomain => "POST /organization_domains/{id}/verify",
            Endpoint::DeleteDomain => "DELETE /organization_domains/{id}",
            Endpoint::ListConnections => "GET /connections",
            Endpoint::GetConnection => "GET /connections/{id}",
            Endpoint::DeleteConnection => "DELETE /connections/{id}",
            Endpoint::ListDirectories => "GET /directories",
            Endpoint::GetDirectory => "GET /directories/{id}",
            Endpoint::DeleteDirectory => "DELETE /directories/{id}",
        }
    }

    fn answers_with_a_body(self) -> bool {
        !matches!(
            self,
            Endpoint::DeleteConnection
                | Endpoint::DeleteDirectory
                | Endpoint::DeleteDomain
                | Endpoint::DeleteOrganization
        )
    }

    /// Calls the endpoint through Portico's client and checks the answer's shape.
    async fn call(self, client: &WorkosClient, f: &Fixture) -> Result<(), WorkosError> {
        match self {
            Endpoint::GenerateLink => {
                let link = client
                    .generate_portal_link(&GenerateLink {
                        return_url: Some("http://127.0.0.1:9/settings".into()),
                        success_url: Some(
                            "http://127.0.0.1:9/settings?configured=audit_logs".into(),
                        ),
                        ..GenerateLink::new(&f.org, PortalIntent::AuditLogs)
                    })
                    .await?;
                assert!(link.contains("/portal/launch?secret="), "{link}");
            }
            Endpoint::CreateOrganization => {
                let org = client
                    .create_organization(&CreateOrganization {
                        name: "Another".into(),
                        ..Default::default()
                    })
                    .await?;
                assert_eq!(
                    (org.object.as_str(), org.name.as_str()),
                    ("organization", "Another")
                );
                assert!(org.domains.is_empty());
            }
            Endpoint::GetOrganization => {
                let org = client.get_organization(&f.org).await?;
                assert_eq!(org.id, f.org);
                assert_eq!(org.domains[0].object, "organization_domain");
            }
            Endpoint::GetOrganizationByExternalId => {
                assert_eq!(
                    client
                        .get_organization_by_external_id("contract-1")
                        .await?
                        .id,
                    f.org
                );
            }
            Endpoint::ListOrganizations => {
                let list = client
                    .list_organizations(
                        &OrganizationFilter::default(),
                        &ListOptions {
                            limit: Some(100),
                            ..Default::default()
                        },
                    )
                    .await?;
                assert_eq!(list.object, "list");
                assert!(list.data.iter().any(|o| o.id == f.org));
            }
            Endpoint::UpdateOrganization => {
                let changes = UpdateOrganization {
                    name: Some("Contract Renamed".into()),
                    ..Default::default()
                };
                let org = client.update_organization(&f.org, &changes).await?;
                assert_eq!(org.name, "Contract Renamed");
                assert_eq!(org.domains.len(), 1, "domains kept");
            }
            Endpoint::DeleteOrganization => client.delete_organization(&f.org).await?,
            Endpoint::CreateDomain => {
                let domain = client
                    .create_organization_domain(&f.org, "more.contract.example")
                    .await?;
                assert_eq!(
                    (domain.state.as_str(), domain.organization_id.as_str()),
                    ("pending", f.org.as_str())
                );
                assert!(domain.verification_token.is_some());
            }
            Endpoint::GetDomain => assert_eq!(
                client.get_organization_domain(&f.domain).await?.id,
                f.domain
            ),
            // No TXT record was published for it: verification runs and fails.
            Endpoint::VerifyDomain => {
                assert_eq!(
                    client.verify_organization_domain(&f.domain).await?.state,
                    "failed"
                )
            }
            Endpoint::DeleteDomain => client.delete_organization_domain(&f.domain).await?,
            Endpoint::ListConnections => {
                let list = client
                    .list_connections(&of_organization(&f.org), &ListOptions::default())
                    .await?;
                assert_eq!(list.data[0].connection_type, "OktaSAML");
                assert_eq!(list.data[0].state, "active");
            }
            Endpoint::GetConnection => {
                assert_eq!(client.get_connection(&f.connection).await?.id, f.connection)
            }
            Endpoint::DeleteConnection => client.delete_connection(&f.connection).await?,
            Endpoint::ListDirectories => {
                let list = client
                    .list_directories(&directories_of(&f.org), &ListOptions::default())
                    .await?;
                assert_eq!(
                    (
                        list.data[0].directory_type.as_str(),
                        list.data[0].state.as_str()
                    ),
                    ("okta scim v2.0", "linked")
                );
            }
            Endpoint::GetDirectory => {
                assert_eq!(client.get_directory(&f.directory).await?.id, f.directory)
            }
            Endpoint::DeleteDirectory => client.delete_directory(&f.directory).await?,
        }
        Ok(())
    }
}

#[tokio::test]
async fn every_endpoint_answers_in_workos_shape_through_the_client() {
    let e = spawn_emulator().await;
    let client = client_for(&e);
    let f = fixture(&e, &client).await;
    for endpoint in ENDPOINTS {
        endpoint
            .call(&client, &f)
            .await
            .unwrap_or_else(|err| panic!("{endpoint:?}: {err:?}"));
    }
    // Deleted objects are gone, with WorkOS's not-found answer.
    assert!(matches!(
        client.get_connection(&f.connection).await,
        Err(WorkosError::NotFound { .. })
    ));
    assert!(matches!(
        client.get_directory(&f.directory).await,
        Err(WorkosError::NotFound { .. })
    ));
    assert!(matches!(
        client.get_organization(&f.org).await,
        Err(WorkosError::OrganizationNotFound { .. })
    ));
}

const OUTAGE: &str = "WorkOS is not responding right now. Please try again in a minute.";

/// What the user reads for a client error.
fn shown(error: &WorkosError) -> AppError {
    error.clone().into()
}

#[tokio::test]
async fn every_endpoint_maps_every_injected_fault_to_its_typed_error() {
    let e = spawn_emulator().await;
    let client = client_for(&e);
    let f = fixture(&e, &client).await;
    let wrong_key =
        WorkosClient::new(e.base_url.clone(), ApiKey::new("sk_test_wrong"), options()).unwrap();
    // Timeouts cost their length three times per endpoint: a shorter one keeps this quick.
    let impatient = WorkosClient::new(
        e.base_url.clone(),
        ApiKey::new(&e.api_key),
        ClientOptions {
            request_timeout: Duration::from_millis(150),
            ..options()
        },
    )
    .unwrap();

    for endpoint in ENDPOINTS {
        let route = endpoint.route();
        let name = format!("{endpoint:?}");

        let error = endpoint.call(&wrong_key, &f).await.expect_err(&name);
        assert!(
            matches!(
                error,
                WorkosError::Unauthorized {
                    request_id: Some(_)
                }
            ),
            "{name}: {error:?}"
        );
        assert!(shown(&error)
            .message
            .contains("WorkOS API key was rejected"));

        // 503 on every attempt: retried to the attempt limit, then Upstream.
        let before = emulator_calls(&e).await;
        inject_fault(&e, json!({"route": route, "count": 3, "status": 503})).await;
        let error = endpoint.call(&client, &f).await.expect_err(&name);
        assert!(
            matches!(
                error,
                WorkosError::Upstream {
                    status: 503,
                    request_id: Some(_)
                }
            ),
            "{name}: {error:?}"
        );
        assert_eq!(
            emulator_calls(&e).await - before,
            3,
            "{name}: three attempts"
        );
        assert_eq!(shown(&error).kind, ErrorKind::Upstream);
        assert_eq!(shown(&error).message, OUTAGE);

        // 429 asking for longer than the cap: returned at once with the wait.
        let before = emulator_calls(&e).await;
        inject_fault(
            &e,
            json!({"route": route, "status": 429, "retry_after": 30}),
        )
        .await;
        let error = endpoint.call(&client, &f).await.expect_err(&name);
        assert!(
            matches!(
                error,
                WorkosError::RateLimited {
                    retry_after_seconds: Some(30),
                    ..
                }
            ),
            "{name}: {error:?}"
        );
        assert_eq!(
            emulator_calls(&e).await - before,
            1,
            "{name}: no retry past the cap"
        );
        assert_eq!(
            shown(&error).message,
            "WorkOS is rate limiting, try again in 30 seconds."
        );

        // Slower than the request timeout on every attempt.
        inject_fault(&e, json!({"route": route, "count": 3, "delay_ms": 1500})).await;
        let error = endpoint.call(&impatient, &f).await.expect_err(&name);
        assert!(matches!(error, WorkosError::Timeout), "{name}: {error:?}");
        assert_eq!(shown(&error).message, OUTAGE);

        // A body that is not JSON.
        inject_fault(&e, json!({"route": route, "malformed": true})).await;
        let result = endpoint.call(&client, &f).await;
        if endpoint.answers_with_a_body() {
            assert!(
                matches!(result, Err(WorkosError::Malformed { status: 200, .. })),
                "{name}: {result:?}"
            );
            assert_eq!(shown(&result.unwrap_err()).message, OUTAGE);
        } else {
            assert!(result.is_ok(), "{name}: a delete reads no body");
        }
        // An error status with a body that is not JSON.
        inject_fault(
            &e,
            json!({"route": route, "malformed": true, "status": 502, "count": 3}),
        )
        .await;
        let error = endpoint.call(&client, &f).await.expect_err(&name);
        assert!(
            matches!(error, WorkosError::Upstream { status: 502, .. }),
            "{name}: {error:?}"
        );
    }
}

#[tokio::test]
async fn transient_failures_are_retried_until_they_pass() {
    let e = spawn_emulator().await;
    let client = client_for(&e);
    let f = fixture(&e, &client).await;
    for (fault, name) in [
        (json!({"status": 503, "count": 2}), "503 twice"),
        (json!({"status": 500}), "500 once"),
        (json!({"status": 504}), "504 once"),
        (
            json!({"status": 429, "retry_after": 1}),
            "429 within the cap",
        ),
        (json!({"delay_ms": 1500}), "one slow answer"),
    ] {
        let mut fault = fault;
        fault["route"] = json!("GET /organizations/{id}");
        let before = emulator_calls(&e).await;
        inject_fault(&e, fault.clone()).await;
        let started = Instant::now();
        client
            .get_organization(&f.org)
            .await
            .unwrap_or_else(|err| panic!("{name}: {err:?}"));
        let attempts = emulator_calls(&e).await - before;
        let expected = fault["count"].as_u64().unwrap_or(1) + 1;
        assert_eq!(attempts, expected, "{name}");
        if name.starts_with("429") {
            assert!(
                started.elapsed() >= Duration::from_secs(1),
                "Retry-After waited for"
            );
        }
    }
}

#[tokio::test]
async fn a_retried_post_acts_once_thanks_to_its_idempotency_key() {
    let e = spawn_emulator().await;
    let client = client_for(&e);
    // The first attempt creates the organization but its answer is lost on the way.
    let before = emulator_calls(&e).await;
    inject_fault(
        &e,
        json!({"route": "POST /organizations", "lose_answer": true}),
    )
    .await;
    let created = client
        .create_organization(&CreateOrganization {
            name: "Once".into(),
            ..Default::default()
        })
        .await
        .expect("retried create succeeds");
    let all = client
        .list_organizations(
            &OrganizationFilter::default(),
            &ListOptions {
                limit: Some(100),
                ..Default::default()
            },
        )
        .await
        .unwrap();
    let named_once: Vec<_> = all.data.iter().filter(|o| o.name == "Once").collect();
    assert_eq!(
        emulator_calls(&e).await - before,
        3,
        "create, its retry, the list"
    );
    assert_eq!(named_once.len(), 1, "one organization, not two");
    assert_eq!(named_once[0].id, created.id);
}

#[tokio::test]
async fn permanent_errors_are_not_retried() {
    let e = spawn_emulator().await;
    let client = client_for(&e);
    let f = fixture(&e, &client).await;
    for status in [400, 404, 409, 422, 501] {
        let before = emulator_calls(&e).await;
        inject_fault(
            &e,
            json!({"route": "GET /organizations/{id}", "status": status, "count": 3}),
        )
        .await;
        client.get_organization(&f.org).await.expect_err("fails");
        assert_eq!(
            emulator_calls(&e).await - before,
            1,
            "{status} is not retried"
        );
        control(&e, Method::DELETE, "/__emulator/faults", json!({})).await;
    }
}

#[tokio::test]
async fn validation_errors_keep_their_fields_and_unknown_organizations_are_recognised() {
    let e = spawn_emulator().await;
    let client = client_for(&e);
    let f = fixture(&e, &client).await;
    let error = client
        .generate_portal_link(&GenerateLink {
            return_url: Some("not a url".into()),
            success_url: Some("neither".into()),
            ..GenerateLink::new(&f.org, PortalIntent::Sso)
        })
        .await
        .unwrap_err();
    let WorkosError::Validation {
        status: 422,
        errors,
        request_id: Some(_),
        ..
    } = &error
    else {
        panic!("{error:?}");
    };
    let fields: Vec<_> = errors.iter().map(|e| e.field.as_str()).collect();
    assert_eq!(fields, ["return_url", "success_url"]);
    assert_eq!(
        shown(&error).message,
        "WorkOS refused the request. Ask your Portico operator to check Portico's logs."
    );

    let error = client
        .generate_portal_link(&GenerateLink::new(
            "org_01DOESNOTEXIST000000000000",
            PortalIntent::Sso,
        ))
        .await
        .unwrap_err();
    assert!(
        matches!(error, WorkosError::OrganizationNotFound { .. }),
        "{error:?}"
    );
    assert!(shown(&error).message.contains("not known to WorkOS"));
}

#[tokio::test]
async fn the_real_rate_limit_answers_429_with_retry_after() {
    let e = spawn_emulator().await;
    let client = client_for(&e);
    control(
        &e,
        Method::PUT,
        "/__emulator/rate_limit",
        json!({"limit": {"requests": 2, "window_seconds": 60}}),
    )
    .await;
    client
        .list_organizations(&OrganizationFilter::default(), &ListOptions::default())
        .await
        .unwrap();
    client
        .list_organizations(&OrganizationFilter::default(), &ListOptions::default())
        .await
        .unwrap();
    let error = client
        .list_organizations(&OrganizationFilter::default(), &ListOptions::default())
        .await
        .unwrap_err();
    let WorkosError::RateLimited {
        retry_after_seconds: Some(wait),
        request_id: Some(_),
    } = error
    else {
        panic!("{error:?}");
    };
    assert!((59..=60).contains(&wait), "{wait}");
    control(
        &e,
        Method::PUT,
        "/__emulator/rate_limit",
        json!({"limit": null}),
    )
    .await;
    client
        .list_organizations(&OrganizationFilter::default(), &ListOptions::default())
        .await
        .expect("limit lifted");
}

#[tokio::test]
async fn an_unreachable_workos_is_retried_within_the_budget_then_reported() {
    let e = spawn_emulator().await;
    let client = client_for(&e);
    e.task.abort();
    let _ = e.task.await;
    let started = Instant::now();
    let error = client
        .list_organizations(&OrganizationFilter::default(), &ListOptions::default())
        .await
        .unwrap_err();
    assert!(matches!(error, WorkosError::Unreachable(_)), "{error:?}");
    assert!(started.elapsed() < options().retry.budget);
    assert_eq!(
        shown(&error).message,
        "WorkOS is not responding right now. Please try again in a minute."
    );
}

#[tokio::test]
async fn the_retry_budget_bounds_the_total_time() {
    let e = spawn_emulator().await;
    let options = ClientOptions {
        retry: RetryPolicy {
            attempts: 10,
            budget: Duration::from_millis(800),
            ..options().retry
        },
        ..options()
    };
    let client = WorkosClient::new(e.base_url.clone(), ApiKey::new(&e.api_key), options).unwrap();
    inject_fault(
        &e,
        json!({"route": "GET /organizations", "count": 100, "delay_ms": 300, "status": 503}),
    )
    .await;
    let before = emulator_calls(&e).await;
    let error = client
        .list_organizations(&OrganizationFilter::default(), &ListOptions::default())
        .await
        .unwrap_err();
    // The last attempt may be cut short by the budget itself: a timeout then.
    assert!(
        matches!(
            error,
            WorkosError::Upstream { status: 503, .. } | WorkosError::Timeout
        ),
        "{error:?}"
    );
    // Each attempt takes 300 ms, so an 800 ms budget leaves room for three at most:
    // counted, not timed, so a slow machine cannot fail it.
    let attempts = emulator_calls(&e).await - before;
    assert!(
        (2..=3).contains(&attempts),
        "the budget, not the 10 allowed attempts, stopped it after {attempts}"
    );
}
