//! `/sso/callback` when it shows something: a test sign-in's result (what arrived, what
//! Portico uses, what is missing, whether the email's domain is verified, and for a
//! failure what it means and how to fix it), or why the address was not expected.

use crate::t;
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
            <h1>{t!("sso-test-cannot-finish")}</h1>
            <p class="error" role="alert">{message.clone()}</p>
        }
        .into_any(),
        None => view! {
            <h1>{t!("sso-test-nothing")}</h1>
            <p>{t!("sso-test-nothing-lead")}</p>
        }
        .into_any(),
    };
    view! {
        <Title text=t!("sso-test-page-title") />
        <main class="narrow sso-test">
            {body}
            {if in_new_tab {
                view! {
                    <p class="actions" data-testid="sso-test-close">
                        {t!("sso-test-close-tab")}
                    </p>
                }
                .into_any()
            } else {
                view! {
                    <p class="actions">
                        <a href="/settings#sso">{t!("back-to-settings")}</a>
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
                label=t!("sso-test-again")
                busy=t!("sso-test-opening")
                class="secondary".to_owned()
            >
                <span></span>
            </BusyForm>
        }
    });
    match &report.outcome {
        SsoTestOutcome::Succeeded => view! {
            <h1>{t!("sso-test-worked")}</h1>
            <p class="banner success" role="status" data-testid="sso-test-outcome">
                {t!(
                    "sso-test-worked-lead",
                    provider = report
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
                <h1>{t!("sso-test-failed")}</h1>
                <div class="banner warning" role="alert" data-testid="sso-test-outcome">
                    <p><strong>{t!("sso-test-what-happened")} " "</strong>{explained.what}</p>
                </div>
                <h2>{t!("sso-test-how-to-fix")}</h2>
                <p data-testid="sso-test-fix">{explained.fix}</p>
                <dl class="facts">
                    <dt>{t!("sso-test-error-code")}</dt>
                    <dd><code>{code.clone()}</code></dd>
                    {(!description.is_empty()).then(|| view! {
                        <dt>{t!("sso-test-workos-said")}</dt>
                        // WorkOS words it in English, whatever the page's language.
                        <dd lang="en">{description.clone()}</dd>
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
                {t!("sso-test-domain-verified", domain = &domain)}
            </p>
        }
        .into_any(),
        _ => view! {
            <p class="banner warning" data-testid="sso-test-domain">
                {t!("sso-test-domain-unverified", domain = &domain)}
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
                    view! { <td><span class="outcome refused">{t!("sso-test-missing")}</span></td> }
                        .into_any()
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
                {t!(
                    "sso-test-missing-attributes",
                    attributes = crate::model::listed(
                        &missing.iter().map(|m| m.to_string()).collect::<Vec<_>>()
                    )
                )}
            </p>
        }
    });
    view! {
        <h2>{t!("sso-test-used")}</h2>
        <div class="table-scroll" tabindex="0" role="region" aria-label=t!("sso-test-used-label")>
            <table class="activity" data-testid="sso-test-used">
                <thead><tr><th scope="col">{t!("sso-test-attribute")}</th><th scope="col">{t!("sso-test-value")}</th><th scope="col">{t!("sso-test-used-for")}</th></tr></thead>
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
        <h2>{t!("sso-test-received")}</h2>
        <div class="table-scroll" tabindex="0" role="region" aria-label=t!("sso-test-received-label")>
            <table class="activity" data-testid="sso-test-received">
                <thead><tr><th scope="col">{t!("sso-test-attribute")}</th><th scope="col">{t!("sso-test-value")}</th></tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
        <p class="muted">{t!("sso-test-nothing-kept")}</p>
    }
    .into_any()
}
