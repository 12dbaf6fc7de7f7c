//! SSO sign-in as a browser sees it: `GET /sso/authorize` checks the request as WorkOS
//! does (the client and redirect URI on an error page, everything else as an `error`
//! redirect), then the connection's emulated identity provider asks who signs in, with
//! which attributes, or which WorkOS error to fail with.

use crate::{
    emulator::Emulator,
    store::{describe_sso_error, IdpAnswer, Person, SsoAttempt},
};
use axum::{
    extract::{Path, Query, State},
    http::StatusCode,
    response::{IntoResponse, Redirect, Response},
    Form,
};
use maud::{html, Markup};
use serde::Deserialize;
use std::collections::HashMap;
use url::Url;
use workos::types::{Connection, SsoErrorCode};

/// OAuth providers WorkOS signs in with; this emulator has none configured.
const OAUTH_PROVIDERS: &[&str] = &[
    "GoogleOAuth",
    "MicrosoftOAuth",
    "GitHubOAuth",
    "AppleOAuth",
    "authkit",
];

/// `GET /sso/authorize`.
pub async fn authorize(
    State(emulator): State<Emulator>,
    Query(query): Query<HashMap<String, String>>,
) -> Response {
    let get = |name: &str| query.get(name).filter(|v| !v.is_empty()).cloned();
    if get("client_id").as_deref() != Some(&*emulator.client_id) {
        return page(
            StatusCode::BAD_REQUEST,
            "Invalid client_id",
            html! { p { "The client_id is missing or belongs to no environment." } },
        );
    }
    let Some(redirect_uri) = get("redirect_uri").filter(|u| emulator.redirect_allowed(u)) else {
        return page(
            StatusCode::BAD_REQUEST,
            "Invalid redirect_uri",
            html! { p { "The redirect_uri is missing or is not one of the environment's redirect URIs." } },
        );
    };
    let state = get("state");
    let back = |error: &str, description: &str| {
        redirect_with(
            &redirect_uri,
            &[("error", error), ("error_description", description)],
            &state,
        )
    };
    if get("response_type").as_deref() != Some("code") {
        return back("unsupported_response_type", "response_type must be code.");
    }
    let challenge = get("code_challenge");
    match (get("code_challenge_method").as_deref(), &challenge) {
        (None, None) => {}
        (Some("S256"), Some(c)) if workos::pkce::is_s256_challenge(c) => {}
        _ => {
            return back(
                "invalid_request",
                "code_challenge must be a 43-character S256 challenge, sent with code_challenge_method=S256.",
            )
        }
    }
    let connection = match select(&emulator, &query) {
        Ok(connection) => connection,
        Err((code, description)) => return back(code.as_str(), &description),
    };
    let attempt = emulator.store.start_sso(
        connection,
        redirect_uri,
        state,
        get("login_hint"),
        challenge,
    );
    Redirect::to(&format!("/sso/idp/{}", attempt.page_key)).into_response()
}

/// The one connection the request selects, or WorkOS's error for it.
fn select(
    emulator: &Emulator,
    query: &HashMap<String, String>,
) -> Result<Connection, (SsoErrorCode, String)> {
    let fail = |code: SsoErrorCode| Err((code, describe_sso_error(code).to_owned()));
    if query.contains_key("domain") {
        return fail(SsoErrorCode::DomainConnectionSelectorNotAllowed);
    }
    let given: Vec<(&str, &String)> = ["connection", "organization", "provider"]
        .into_iter()
        .filter_map(|name| query.get(name).filter(|v| !v.is_empty()).map(|v| (name, v)))
        .collect();
    let store = &emulator.store;
    match given.as_slice() {
        [("connection", id)] => match store.connection(id) {
            Some(c) if c.state == "active" => Ok(c),
            Some(_) => fail(SsoErrorCode::ConnectionUnlinked),
            None => fail(SsoErrorCode::ConnectionInvalid),
        },
        [("organization", id)] => {
            if store.organization(id).is_none() {
                return Err((
                    SsoErrorCode::OrganizationInvalid,
                    "There is no organization matching the provided ID.".to_owned(),
                ));
            }
            let active: Vec<Connection> = store.active_connections_of(id);
            match active.as_slice() {
                [one] => Ok(one.clone()),
                [] => fail(SsoErrorCode::OrganizationInvalid),
                _ => fail(SsoErrorCode::AmbiguousConnectionSelector),
            }
        }
        [("provider", name)] if OAUTH_PROVIDERS.contains(&name.as_str()) => Err((
            SsoErrorCode::ConnectionInvalid,
            format!("{name} is not configured in this environment."),
        )),
        _ => fail(SsoErrorCode::InvalidConnectionSelector),
    }
}

fn redirect_with(uri: &str, pairs: &[(&str, &str)], state: &Option<String>) -> Response {
    let mut url = Url::parse(uri).expect("redirect URIs are checked URLs");
    {
        let mut query = url.query_pairs_mut();
        for (name, value) in pairs {
            query.append_pair(name, value);
        }
        if let Some(state) = state {
            query.append_pair("state", state);
        }
    }
    Redirect::to(url.as_str()).into_response()
}

/// `GET /sso/idp/{session}`: the identity provider's sign-in page.
pub async fn show(State(emulator): State<Emulator>, Path(id): Path<String>) -> Response {
    match emulator.store.sso_attempt(&id) {
        Some(attempt) => sign_in_page(&emulator, &attempt, None),
        None => timed_out(),
    }
}

/// What the identity provider's form posts.
#[derive(Deserialize)]
pub struct IdpForm {
    email: Option<String>,
    first_name: Option<String>,
    last_name: Option<String>,
    /// Comma-separated.
    groups: Option<String>,
    role: Option<String>,
    department: Option<String>,
    /// `sign_in`, or a WorkOS error code to fail with.
    outcome: Option<String>,
}

/// `POST /sso/idp/{session}`: signs in (back with a code) or fails (back with the error).
pub async fn answer(
    State(emulator): State<Emulator>,
    Path(id): Path<String>,
    Form(form): Form<IdpForm>,
) -> Response {
    let Some(attempt) = emulator.store.sso_attempt(&id) else {
        return timed_out();
    };
    let text = |v: &Option<String>| {
        v.as_deref()
            .map(str::trim)
            .filter(|v| !v.is_empty())
            .map(str::to_owned)
    };
    let answer = match form.outcome.as_deref().unwrap_or("sign_in") {
        "sign_in" => {
            let Some(email) = text(&form.email).filter(|e| is_email(e)) else {
                return sign_in_page(
                    &emulator,
                    &attempt,
                    Some("Enter an email address, e.g. jane@example.com."),
                );
            };
            IdpAnswer::SignedIn(Person {
                email: email.to_lowercase(),
                first_name: text(&form.first_name),
                last_name: text(&form.last_name),
                groups: text(&form.groups)
                    .map(|g| {
                        g.split(',')
                            .map(str::trim)
                            .filter(|g| !g.is_empty())
                            .map(str::to_owned)
                            .collect()
                    })
                    .unwrap_or_default(),
                role: text(&form.role),
                custom_attributes: text(&form.department)
                    .map(|d| vec![("department".to_owned(), d)])
                    .unwrap_or_default(),
            })
        }
        code => match SsoErrorCode::parse(code) {
            Some(code) => IdpAnswer::Failed(code),
            None => return sign_in_page(&emulator, &attempt, Some("Choose how the sign-in ends.")),
        },
    };
    match emulator.store.answer_sso(&id, answer) {
        Some((attempt, Ok(code))) => {
            redirect_with(&attempt.redirect_uri, &[("code", &code)], &attempt.state)
        }
        Some((attempt, Err(code))) => redirect_with(
            &attempt.redirect_uri,
            &[
                ("error", code.as_str()),
                ("error_description", describe_sso_error(code)),
            ],
            &attempt.state,
        ),
        None => timed_out(),
    }
}

fn is_email(value: &str) -> bool {
    value.split_once('@').is_some_and(|(local, domain)| {
        !local.is_empty() && domain.contains('.') && !value.chars().any(char::is_whitespace)
    })
}

fn timed_out() -> Response {
    page(
        StatusCode::GONE,
        "This sign-in has ended",
        html! { p { "Sign-ins last five minutes and end once answered. Go back to the application and start again." } },
    )
}

/// The failures a person may choose, in WorkOS's words.
const FAILURES: &[SsoErrorCode] = &[
    SsoErrorCode::AccessDenied,
    SsoErrorCode::ProfileNotAllowedOutsideOrganization,
    SsoErrorCode::SigninConsentDenied,
    SsoErrorCode::OauthFailed,
    SsoErrorCode::ServerError,
];

fn sign_in_page(emulator: &Emulator, attempt: &SsoAttempt, problem: Option<&str>) -> Response {
    let connection = &attempt.connection;
    let organization = emulator.store.organization(&connection.organization_id);
    let domain = organization
        .as_ref()
        .and_then(|o| o.domains.first().map(|d| d.domain.clone()))
        .unwrap_or_else(|| "example.com".into());
    let email = attempt.login_hint.clone().unwrap_or_default();
    let status = if problem.is_some() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    page(
        status,
        &format!("Sign in to {}", connection.name),
        html! {
            p { (organization.map(|o| o.name).unwrap_or_default()) " · " (connection.connection_type) }
            @if let Some(problem) = problem { p.error role="alert" { (problem) } }
            form method="post" action={ "/sso/idp/" (attempt.page_key) } {
                label { "Email" input name="email" type="email" value=(email) placeholder={ "jane@" (domain) } autocomplete="off"; }
                label { "First name" input name="first_name" value="Jane"; }
                label { "Last name" input name="last_name" value="Doe"; }
                label { "Groups (comma-separated)" input name="groups" value="Engineering"; }
                label { "Role" select name="role" { option value="member" { "member" } option value="admin" { "admin" } } }
                label { "Department (a custom attribute)" input name="department" value=""; }
                fieldset {
                    legend { "How the sign-in ends" }
                    label.choice { input type="radio" name="outcome" value="sign_in" checked; " Sign in" }
                    @for code in FAILURES {
                        label.choice { input type="radio" name="outcome" value=(code.as_str()); " Fail: " code { (code.as_str()) } }
                    }
                }
                button.primary type="submit" { "Continue" }
            }
        },
    )
}

const SITE: crate::hosted::Site = crate::hosted::Site {
    name: "Identity provider",
    note: "(WorkOS emulator)",
    style: STYLE,
};

fn page(status: StatusCode, heading: &str, body: Markup) -> Response {
    crate::hosted::page(&SITE, status, heading, body)
}

const STYLE: &str = "body{font-family:system-ui,sans-serif;margin:0;background:#f3f5f4;color:#1b2420}\
header{background:#1f6f54;color:#fff;padding:12px 24px;font-weight:600}main{max-width:560px;margin:32px auto;\
background:#fff;border-radius:12px;padding:24px 32px;box-shadow:0 1px 4px #0002}label{display:block;margin:12px 0}\
input,select{display:block;font:inherit;padding:8px;margin-top:4px;width:100%;box-sizing:border-box;border:1px solid #b8c4be;\
border-radius:8px}.choice{display:flex;gap:8px;align-items:center;margin:6px 0}.choice input{width:auto;display:inline}\
fieldset{border:1px solid #d4dcd8;border-radius:8px;margin:16px 0}button{font:inherit;padding:12px 20px;border-radius:8px;\
border:0;cursor:pointer}.primary{background:#1f6f54;color:#fff}.error{color:#b42318}";
