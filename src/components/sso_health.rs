//! The SSO health panel: the last successful sign-in, failures of the last 7 days with
//! their fix, sign-ins per day as a small SVG chart drawn on the server (with a table as
//! its text equivalent), the directory and the certificate. No JavaScript needed; a live
//! page puts new words and bar heights where these are (`live_page.rs`, by `data-live`).

use crate::{
    model::{SsoHealth, BAR_SLOT, CHART_HEIGHT},
    t,
};
use leptos::prelude::*;

#[component]
pub fn SsoHealthPanel(health: SsoHealth) -> AnyView {
    let width = BAR_SLOT * health.days.len() as u32;
    let bars = health
        .days
        .iter()
        .enumerate()
        .map(|(i, day)| {
            let (succeeded, failed) = (day.height_succeeded, day.height_failed);
            let x = i as u32 * BAR_SLOT + 1;
            let bar = BAR_SLOT - 2;
            view! {
                <g data-day=day.day.clone()>
                    <title>{day.said.clone()}</title>
                    <rect class="bar-succeeded" x=x y=CHART_HEIGHT - succeeded - failed width=bar height=succeeded />
                    <rect class="bar-failed" x=x y=CHART_HEIGHT - failed width=bar height=failed />
                </g>
            }
            .into_any()
        })
        .collect_view();
    let rows = health
        .days
        .iter()
        .rev()
        .map(|day| {
            view! {
                <tr data-day=day.day.clone()>
                    <th scope="row">{day.label.clone()}</th>
                    <td>{day.succeeded}</td>
                    <td>{day.failed}</td>
                </tr>
            }
            .into_any()
        })
        .collect_view();
    let failures = health
        .failures
        .iter()
        .map(|group| view! { <li>{group.line.clone()}</li> })
        .collect_view();
    view! {
        <section class="sso-health" id="sso-health" aria-labelledby="sso-health-heading">
            <h3 id="sso-health-heading">{t!("sso-health")}</h3>
            <p data-live="sso-last">{health.last_success.clone()}</p>
            <p data-live="sso-failures-summary">{health.failures_summary.clone()}</p>
            <ul class="sso-failures" data-live="sso-failures">{failures}</ul>
            <figure class="sso-chart">
                <svg
                    viewBox=format!("0 0 {width} {CHART_HEIGHT}")
                    preserveAspectRatio="none"
                    role="img"
                    aria-labelledby="sso-chart-summary"
                    data-live="sso-chart"
                >
                    {bars}
                </svg>
                <figcaption id="sso-chart-summary" data-live="sso-chart-summary">
                    {health.chart_summary.clone()}
                </figcaption>
            </figure>
            <details class="sso-days">
                <summary>{t!("sso-health-table")}</summary>
                <table class="activity" data-live="sso-days">
                    <thead><tr><th scope="col">{t!("sso-health-day")}</th><th scope="col">{t!("sso-health-succeeded")}</th><th scope="col">{t!("sso-health-failed")}</th></tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </details>
            <p><strong>{t!("sso-health-directory")} " "</strong><span data-live="sso-directory">{health.directory.clone()}</span></p>
            <p><strong>{t!("sso-health-certificate")} " "</strong><span data-live="sso-certificate">{health.certificate.clone()}</span></p>
        </section>
    }
    .into_any()
}
