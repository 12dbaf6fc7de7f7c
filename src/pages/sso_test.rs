//! `/sso/callback` when it shows something: a test sign-in's result (what arrived, what
//! Portico uses, what is missing, whether the email's domain is verified, and for a
//! failure what it means and how to fix it), or why the address was not expected.

use crate::{
    api::TestSso,
    components::BusyForm,
    model::{explain_sso_code, SsoCallbackPage, SsoTestOutcome, SsoTestReport},
};
use leptos::{prelude::*, server_fn::ServerFn};
use leptos_meta::Title;
use std::sync::Arc;

#[component]
pub fn SsoCallback() -> impl IntoView {
    let page = use_context::<Arc<SsoCallbackPage>>();
    let in_new_tab = matches!(
        page.as_deref(),
        Some(SsoCallbackPage::Test {
            in_new_tab: true,
            ..
        })
    );
    let body = match page.as_deref() {
        Some(SsoCallbackPage::Test { report, in_new_tab }) => test_result(report, *in_new_tab),
        Some(SsoCallbackPage::NotExpected(message)) => view! {
            <h1>"This sign-in cannot be finished"</h1>
            <p class="error" role="alert">{message.clone()}</p>
        }
        .into_any(),
        None => view! {
            <h1>"Nothing to show here"</h1>
            <p>"This address shows the result of an SSO sign-in when your identity provider sends you back."</p>
        }
        .into_any(),
    };
    view! {
        <Title text="SSO test sign-in · Portico" />
        <main class="narrow sso-test">
            {body}
            {if in_new_tab {
                view! {
                    <p class="actions" data-testid="sso-test-close">
                        "Close this tab to go back to your product. Recent activity there shows this test."
                    </p>
                }
                .into_any()
            } else {
                view! {
                    <p class="actions">
                        <a href="/settings#sso">"Back to settings"</a>
                    </p>
                }
                .into_any()
            }}
        </main>
    }
}

/// The result; `in_new_tab` (an embedded page's test) has no "Test again": this tab is
/// not signed in, and the embedded card starts another.
fn test_result(report: &SsoTestReport, in_new_tab: bool) -> AnyView {
    let again = (!in_new_tab).then(|| {
        view! {
            <BusyForm
                action=TestSso::url().to_owned()
                fields=Vec::new()
                label="Test again".to_owned()
                busy="Opening your identity provider…".to_owned()
                class="secondary".to_owned()
            >
                <span></span>
            </BusyForm>
        }
    });
    match &report.outcome {
        SsoTestOutcome::Succeeded => view! {
            <h1>"Test sign-in worked"</h1>
            <p class="banner success" role="status" data-testid="sso-test-outcome">
                {format!(
                    "Your identity provider signed you in through {}. Here is what it sent.",
                    report
                        .connection_type
                        .as_deref()
                        .map(|t| crate::model::providers::find(t).map_or(t, |p| p.name))
                        .unwrap_or("SSO")
                )}
            </p>
            {domain_line(report)}
            {used_table(report)}
            {received_table(report)}
            {again}
        }
        .into_any(),
        SsoTestOutcome::Failed { code, description } => {
            let explained = explain_sso_code(code);
            view! {
                <h1>"Test sign-in failed"</h1>
                <div class="banner warning" role="alert" data-testid="sso-test-outcome">
                    <p><strong>"What happened: "</strong>{explained.what}</p>
                </div>
                <h2>"How to fix it"</h2>
                <p data-testid="sso-test-fix">{explained.fix}</p>
                <dl class="facts">
                    <dt>"Error code"</dt>
                    <dd><code>{code.clone()}</code></dd>
                    {(!description.is_empty()).then(|| view! {
                        <dt>"WorkOS said"</dt>
                        <dd>{description.clone()}</dd>
                    })}
                </dl>
                {again}
            }
            .into_any()
        }
    }
}

fn domain_line(report: &SsoTestReport) -> Option<AnyView> {
    let domain = report.email_domain.clone()?;
    Some(match report.domain_verified {
        Some(true) => view! {
            <p class="notice" data-testid="sso-test-domain">
                {format!("{domain} is one of your verified domains: people with these addresses can sign in to Portico through SSO.")}
            </p>
        }
        .into_any(),
        _ => view! {
            <p class="banner warning" data-testid="sso-test-domain">
                {format!("{domain} is not one of your verified domains: people with these addresses cannot sign in to Portico through SSO. Verify it under Domain verification.")}
            </p>
        }
        .into_any(),
    })
}

fn used_table(report: &SsoTestReport) -> AnyView {
    let rows = report
        .used
        .iter()
        .map(|attribute| {
            let value = match &attribute.value {
                Some(value) => view! { <td class="value">{value.clone()}</td> }.into_any(),
                None => {
                    view! { <td><span class="outcome refused">"Missing"</span></td> }.into_any()
                }
            };
            view! {
                <tr>
                    <th scope="row"><code>{attribute.name.clone()}</code></th>
                    {value}
                    <td>{attribute.used_for.clone()}</td>
                </tr>
            }
        })
        .collect_view();
    let missing = report.missing();
    let missing_line = (!missing.is_empty()).then(|| {
        view! {
            <p data-testid="sso-test-missing">
                {format!(
                    "Missing: {}. Map these attributes in your identity provider's settings for the application, then test again.",
                    missing.join(", ")
                )}
            </p>
        }
    });
    view! {
        <h2>"What Portico uses"</h2>
        <div class="table-scroll" tabindex="0" role="region" aria-label="Attributes Portico uses">
            <table class="activity" data-testid="sso-test-used">
                <thead><tr><th scope="col">"Attribute"</th><th scope="col">"Value"</th><th scope="col">"Used for"</th></tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
        {missing_line}
    }
    .into_any()
}

fn received_table(report: &SsoTestReport) -> AnyView {
    let rows = report
        .received
        .iter()
        .map(|(name, value)| {
            view! {
                <tr>
                    <th scope="row"><code>{name.clone()}</code></th>
                    <td class="value">{value.clone()}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <h2>"Everything your identity provider sent"</h2>
        <div class="table-scroll" tabindex="0" role="region" aria-label="Attributes received">
            <table class="activity" data-testid="sso-test-received">
                <thead><tr><th scope="col">"Attribute"</th><th scope="col">"Value"</th></tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
        <p class="muted">"Portico keeps none of these values: only that you tested, with the attribute names, in Recent activity."</p>
    }
    .into_any()
}
