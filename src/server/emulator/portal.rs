//! The emulator's hosted Admin Portal: what a person sees after following a link.
//! Finishing a flow changes the state the API then reports, and sends the person
//! to `success_url`; leaving early goes to `return_url`.

use super::{
    store::{normalize_domain, PortalGrant},
    Emulator,
};
use crate::domain::{providers, Intent};
use axum::{
    extract::{Path, Query, State},
    http::StatusCode,
    response::{Html, IntoResponse, Redirect, Response},
    Form,
};
use leptos::prelude::*;
use serde::Deserialize;

#[derive(Deserialize)]
pub struct LaunchQuery {
    secret: Option<String>,
}

#[derive(Deserialize)]
pub struct Choice {
    choice: Option<String>,
}

fn page(status: StatusCode, title: &str, body: impl IntoView + 'static) -> Response {
    let title = title.to_owned();
    let html = view! {
        <html lang="en">
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <title>{format!("{title} · WorkOS Admin Portal (emulated)")}</title>
                <style>{STYLE}</style>
            </head>
            <body>
                <header>"WorkOS Admin Portal " <small>"(Portico emulator)"</small></header>
                <main>
                    <h1>{title}</h1>
                    {body}
                </main>
            </body>
        </html>
    }
    .to_html();
    (status, Html(format!("<!DOCTYPE html>{html}"))).into_response()
}

const STYLE: &str = "body{font-family:system-ui,sans-serif;margin:0;background:#f4f5f8;color:#1d2330}\
header{background:#6363f1;color:#fff;padding:12px 24px;font-weight:600}main{max-width:640px;margin:32px auto;\
background:#fff;border-radius:12px;padding:24px 32px;box-shadow:0 1px 4px #0002}.choices{display:grid;\
grid-template-columns:repeat(auto-fill,minmax(180px,1fr));gap:12px;margin:16px 0}button{font:inherit;\
padding:12px;border-radius:8px;border:1px solid #c8cbe0;background:#fff;cursor:pointer}button:hover{\
border-color:#6363f1}.primary{background:#6363f1;color:#fff;border:0}.error{color:#b42318}input{font:inherit;\
padding:10px;border:1px solid #c8cbe0;border-radius:8px;width:60%}";

fn expired() -> Response {
    page(
        StatusCode::GONE,
        "This setup link has expired",
        view! {
            <p>
                "Setup links work once and only for five minutes. Go back to the application "
                "and start the setup again to get a fresh link."
            </p>
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
        Some(grant) => flow_page(&emulator, &id, &grant, None),
        None => expired(),
    }
}

fn flow_page(
    emulator: &Emulator,
    session_id: &str,
    grant: &PortalGrant,
    error: Option<&str>,
) -> Response {
    let Ok(intent) = Intent::parse(&grant.intent) else {
        return expired();
    };
    let organization = emulator
        .store
        .organization(&grant.organization_id)
        .map(|o| o.name)
        .unwrap_or_default();
    let action = format!("/portal/session/{session_id}");
    let leave = grant
        .return_url
        .clone()
        .unwrap_or_else(|| "about:blank".into());
    let choices: Vec<(String, String)> = match intent {
        Intent::Sso => providers::SSO
            .iter()
            .map(|p| (p.wire.into(), p.name.into()))
            .collect(),
        Intent::Dsync => providers::DIRECTORIES
            .iter()
            .map(|p| (p.wire.into(), p.name.into()))
            .collect(),
        Intent::AuditLogs | Intent::LogStreams => [
            "Datadog",
            "Splunk",
            "Amazon S3",
            "Google Cloud Storage",
            "HTTP POST",
        ]
        .iter()
        .map(|d| (d.to_string(), d.to_string()))
        .collect(),
        Intent::CertificateRenewal => vec![("renewed".into(), "Upload the new certificate".into())],
        Intent::BringYourOwnKey => vec![("configured".into(), "Connect my key (AWS KMS)".into())],
        Intent::DomainVerification => Vec::new(),
    };
    let prompt = match intent {
        Intent::Sso => "Choose your identity provider",
        Intent::Dsync => "Choose your directory provider",
        Intent::DomainVerification => "Enter the domain to verify",
        Intent::AuditLogs | Intent::LogStreams => "Choose where to stream your audit events",
        Intent::CertificateRenewal | Intent::BringYourOwnKey => "Confirm to finish",
    };
    let error = error.map(|e| view! { <p class="error" role="alert">{e.to_owned()}</p> });
    let form = if intent == Intent::DomainVerification {
        view! {
            <form method="post" action=action>
                <input name="choice" placeholder="example.com" aria-label="Domain" />
                " "
                <button class="primary" type="submit">"Verify domain"</button>
            </form>
        }
        .into_any()
    } else {
        view! {
            <form method="post" action=action class="choices">
                {choices
                    .into_iter()
                    .map(|(value, label)| view! { <button type="submit" name="choice" value=value>{label}</button> })
                    .collect_view()}
            </form>
        }
        .into_any()
    };
    page(
        if error.is_some() {
            StatusCode::BAD_REQUEST
        } else {
            StatusCode::OK
        },
        intent.title(),
        view! {
            <p>{format!("Setting up {} for {organization}.", intent.title().to_lowercase())}</p>
            <h2>{prompt}</h2>
            {error}
            {form}
            <p><a href=leave>"Leave setup without finishing"</a></p>
        },
    )
}

pub async fn complete(
    State(emulator): State<Emulator>,
    Path(id): Path<String>,
    Form(form): Form<Choice>,
) -> Response {
    let Some(grant) = emulator.store.portal_session(&id) else {
        return expired();
    };
    let Ok(intent) = Intent::parse(&grant.intent) else {
        return expired();
    };
    let choice = form.choice.unwrap_or_default();
    let choice = choice.trim();
    let store = &emulator.store;
    let org = grant.organization_id.as_str();
    let outcome: Result<(), &str> = match intent {
        Intent::Sso => providers::SSO
            .iter()
            .find(|p| p.wire == choice)
            .map(|p| {
                store.activate_connection(org, p.wire, p.name);
            })
            .ok_or("Choose one of the identity providers."),
        Intent::Dsync => providers::DIRECTORIES
            .iter()
            .find(|p| p.wire == choice)
            .map(|p| {
                store.link_directory(org, p.wire, p.name);
            })
            .ok_or("Choose one of the directory providers."),
        Intent::DomainVerification => match normalize_domain(choice) {
            Some(domain) if store.verify_domain_for(org, &domain) => Ok(()),
            Some(_) => Err("This organization no longer exists."),
            None => Err("Enter a domain name such as example.com."),
        },
        _ if choice.is_empty() || choice.len() > 100 => Err("Choose one of the options."),
        _ => {
            store.record_completion(org, intent.as_str(), choice);
            Ok(())
        }
    };
    match outcome {
        Err(message) => flow_page(&emulator, &id, &grant, Some(message)),
        Ok(()) => {
            store.finish_session(&id);
            match grant.success_url {
                Some(url) => Redirect::to(&url).into_response(),
                None => page(
                    StatusCode::OK,
                    "Setup complete",
                    view! { <p>"You can close this page."</p> },
                ),
            }
        }
    }
}
