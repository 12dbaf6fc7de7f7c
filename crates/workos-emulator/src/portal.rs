//! The emulator's hosted Admin Portal: what a person sees after following a link.
//! Finishing a flow changes the state the API then reports, and sends the person
//! to `success_url`; leaving early goes to `return_url`.

use crate::{
    emulator::Emulator,
    store::{normalize_domain, PortalGrant},
};
use axum::{
    extract::{Path, Query, State},
    http::StatusCode,
    response::{IntoResponse, Redirect, Response},
    Form,
};
use maud::{html, Markup};
use serde::Deserialize;
use workos::{providers, PortalIntent};

#[derive(Deserialize)]
pub struct LaunchQuery {
    secret: Option<String>,
}

/// A portal form post: `intent` picks an area (links for several), `choice` finishes it.
#[derive(Deserialize)]
pub struct Choice {
    choice: Option<String>,
    intent: Option<String>,
    /// SSO: save the connection without testing it (it stays a draft).
    draft: Option<String>,
}

/// Log stream destinations: WorkOS's `log_stream.type` and what people call them.
const LOG_STREAM_TYPES: &[(&str, &str)] = &[
    ("Datadog", "Datadog"),
    ("Splunk", "Splunk"),
    ("S3", "Amazon S3"),
    ("GoogleCloudStorage", "Google Cloud Storage"),
    ("AzureSentinel", "Microsoft Sentinel"),
    ("Snowflake", "Snowflake"),
    ("GenericHttps", "HTTPS endpoint"),
];

fn title(intent: PortalIntent) -> &'static str {
    match intent {
        PortalIntent::Sso => "Single Sign-On",
        PortalIntent::Dsync => "Directory Sync",
        PortalIntent::AuditLogs => "Audit Logs",
        PortalIntent::LogStreams => "Log Streams",
        PortalIntent::DomainVerification => "Domain Verification",
        PortalIntent::CertificateRenewal => "Certificate Renewal",
        PortalIntent::BringYourOwnKey => "Bring Your Own Key",
    }
}

const SITE: crate::hosted::Site = crate::hosted::Site {
    name: "WorkOS Admin Portal",
    note: "(emulator)",
    style: STYLE,
};

fn page(status: StatusCode, heading: &str, body: Markup) -> Response {
    crate::hosted::page(&SITE, status, heading, body)
}

const STYLE: &str = "body{font-family:system-ui,sans-serif;margin:0;background:#f4f5f8;color:#1d2330}\
header{background:#6363f1;color:#fff;padding:12px 24px;font-weight:600}main{max-width:640px;margin:32px auto;\
background:#fff;border-radius:12px;padding:24px 32px;box-shadow:0 1px 4px #0002}.choices{display:grid;\
grid-template-columns:repeat(auto-fill,minmax(180px,1fr));gap:12px;margin:16px 0}button{font:inherit;\
padding:12px;border-radius:8px;border:1px solid #c8cbe0;background:#fff;cursor:pointer}button:hover{\
border-color:#6363f1}.primary{background:#6363f1;color:#fff;border:0}.error{color:#b42318}input{font:inherit;\
padding:10px;border:1px solid #c8cbe0;border-radius:8px;width:60%}.suggested{border:2px solid #6363f1}";

fn expired() -> Response {
    page(
        StatusCode::GONE,
        "This setup link has expired",
        html! {
            p {
                "Setup links work once and only for a limited time, and can be revoked. Go back "
                "to the application and start the setup again to get a fresh link."
            }
        },
    )
}

pub async fn launch(
    State(emulator): State<Emulator>,
    Query(query): Query<LaunchQuery>,
) -> Response {
    match query
        .secret
        .and_then(|secret| emulator.store.launch(&secret))
    {
        Some((session_id, _)) => {
            Redirect::to(&format!("/portal/session/{session_id}")).into_response()
        }
        None => expired(),
    }
}

pub async fn show(State(emulator): State<Emulator>, Path(id): Path<String>) -> Response {
    match emulator.store.portal_session(&id) {
        Some((grant, Some(intent))) => flow_page(&emulator, &id, &grant, intent, None),
        Some((grant, None)) => menu_page(&emulator, &id, &grant),
        None => expired(),
    }
}

fn organization_name(emulator: &Emulator, grant: &PortalGrant) -> String {
    emulator
        .store
        .organization(&grant.organization_id)
        .map(|o| o.name)
        .unwrap_or_default()
}

fn leave_link(grant: &PortalGrant) -> Markup {
    let leave = grant.return_url.as_deref().unwrap_or("about:blank");
    html! { p { a href=(leave) { "Leave setup without finishing" } } }
}

/// A link for several areas: the person picks one.
fn menu_page(emulator: &Emulator, session_id: &str, grant: &PortalGrant) -> Response {
    let organization = organization_name(emulator, grant);
    page(
        StatusCode::OK,
        "What would you like to set up?",
        html! {
            p { "Setting up " (organization) "." }
            form method="post" action={ "/portal/session/" (session_id) } class="choices" {
                @for intent in &grant.intents {
                    button type="submit" name="intent" value=(intent.as_str()) { (title(*intent)) }
                }
            }
            (leave_link(grant))
        },
    )
}

/// The choices of a flow as (value, label), the suggested provider first.
fn choices(intent: PortalIntent, grant: &PortalGrant) -> Vec<(&'static str, &'static str)> {
    match intent {
        PortalIntent::Sso => {
            let mut list: Vec<_> = providers::SSO.iter().map(|p| (p.wire, p.name)).collect();
            if let Some(suggested) = grant.provider_type.as_deref() {
                list.sort_by_key(|(wire, _)| *wire != suggested);
            }
            list
        }
        PortalIntent::Dsync => providers::DIRECTORIES
            .iter()
            .map(|p| (p.wire, p.name))
            .collect(),
        PortalIntent::AuditLogs | PortalIntent::LogStreams => LOG_STREAM_TYPES.to_vec(),
        PortalIntent::CertificateRenewal => vec![("renewed", "Upload the new certificate")],
        PortalIntent::BringYourOwnKey => vec![("configured", "Connect my key (AWS KMS)")],
        PortalIntent::DomainVerification => Vec::new(),
    }
}

fn flow_page(
    emulator: &Emulator,
    session_id: &str,
    grant: &PortalGrant,
    intent: PortalIntent,
    error: Option<&str>,
) -> Response {
    let organization = organization_name(emulator, grant);
    let action = format!("/portal/session/{session_id}");
    let prompt = match intent {
        PortalIntent::Sso => "Choose your identity provider",
        PortalIntent::Dsync => "Choose your directory provider",
        PortalIntent::DomainVerification => "Enter the domain to verify",
        PortalIntent::AuditLogs | PortalIntent::LogStreams => {
            "Choose where to stream your audit events"
        }
        PortalIntent::CertificateRenewal | PortalIntent::BringYourOwnKey => "Confirm to finish",
    };
    let suggested = grant.provider_type.as_deref();
    let body = html! {
        p { "Setting up " (title(intent).to_lowercase()) " for " (organization) "." }
        h2 { (prompt) }
        @if let Some(error) = error {
            p class="error" role="alert" { (error) }
        }
        @if intent == PortalIntent::DomainVerification {
            form method="post" action=(action) {
                input name="choice" placeholder="example.com" aria-label="Domain";
                " "
                button class="primary" type="submit" { "Verify domain" }
            }
        } @else {
            form method="post" action=(action) class="choices" {
                @if intent == PortalIntent::Sso {
                    label {
                        input type="checkbox" name="draft" value="1";
                        " Save without testing the connection (it stays a draft until tested)"
                    }
                }
                @for (value, label) in choices(intent, grant) {
                    @if intent == PortalIntent::Sso && Some(value) == suggested {
                        button.suggested type="submit" name="choice" value=(value) { (label) " (suggested)" }
                    } @else {
                        button type="submit" name="choice" value=(value) { (label) }
                    }
                }
            }
        }
        (leave_link(grant))
    };
    let status = if error.is_some() {
        StatusCode::BAD_REQUEST
    } else {
        StatusCode::OK
    };
    page(status, title(intent), body)
}

pub async fn complete(
    State(emulator): State<Emulator>,
    Path(id): Path<String>,
    Form(form): Form<Choice>,
) -> Response {
    let Some((grant, chosen)) = emulator.store.portal_session(&id) else {
        return expired();
    };
    if let Some(picked) = form.intent.as_deref() {
        return match PortalIntent::parse(picked) {
            Some(intent) if emulator.store.choose_intent(&id, intent) => {
                Redirect::to(&format!("/portal/session/{id}")).into_response()
            }
            _ => menu_page(&emulator, &id, &grant),
        };
    }
    let Some(intent) = chosen else {
        return menu_page(&emulator, &id, &grant);
    };
    let choice = form.choice.unwrap_or_default();
    let choice = choice.trim();
    let store = &emulator.store;
    let org = grant.organization_id.as_str();
    let outcome: Result<(), &str> = match intent {
        PortalIntent::Sso => providers::SSO
            .iter()
            .find(|p| p.wire == choice)
            .map(|p| {
                store.save_connection(org, p.wire, p.name, form.draft.is_none());
            })
            .ok_or("Choose one of the identity providers."),
        PortalIntent::Dsync => providers::DIRECTORIES
            .iter()
            .find(|p| p.wire == choice)
            .map(|p| {
                store.link_directory(org, p.wire, p.name);
            })
            .ok_or("Choose one of the directory providers."),
        PortalIntent::DomainVerification => match normalize_domain(choice) {
            Some(domain) if store.verify_domain_for(org, &domain) => Ok(()),
            Some(_) => Err("This organization no longer exists."),
            None => Err("Enter a domain name such as example.com."),
        },
        other => match choices(other, &grant)
            .into_iter()
            .find(|(value, _)| *value == choice)
        {
            Some((value, _)) => {
                match other {
                    PortalIntent::LogStreams => {
                        store.set_log_stream(org, value);
                    }
                    PortalIntent::CertificateRenewal => store.renew_certificates(org),
                    PortalIntent::BringYourOwnKey => store.byok_key_verified(org),
                    _ => {}
                }
                store.record_completion(org, other.as_str(), value);
                Ok(())
            }
            None => Err("Choose one of the options."),
        },
    };
    match outcome {
        Err(message) => flow_page(&emulator, &id, &grant, intent, Some(message)),
        Ok(()) => {
            store.finish_session(&id);
            match grant.success_url {
                Some(url) => Redirect::to(&url).into_response(),
                None => page(
                    StatusCode::OK,
                    "Setup complete",
                    html! { p { "You can close this page." } },
                ),
            }
        }
    }
}
