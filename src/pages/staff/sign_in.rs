//! Staff sign-in: the password, then the code (or, the first time, the enrolment of the
//! second factor, then the recovery codes, shown once).

use super::{around_slot, SLOT};
use crate::{
    api::{StaffCode, StaffEnrol, StaffLogin},
    t,
};
use leptos::{prelude::*, server_fn::ServerFn};
use leptos_meta::Title;

fn alert(error: Option<String>) -> Option<AnyView> {
    error.map(|message| view! { <p class="error" role="alert">{message}</p> }.into_any())
}

pub fn password(error: Option<String>, email: String) -> impl IntoView {
    // The lead links to the customers' sign-in inside its sentence.
    let (before, after) = around_slot(&t!("staff-sign-in-lead", link = SLOT));
    view! {
        <Title text=t!("staff-sign-in-page-title") />
        <main class="narrow">
            <h1>{t!("staff-sign-in-heading")}</h1>
            <p class="muted">{before}<a href="/sign-in">{t!("staff-sign-in-lead-link")}</a>{after}</p>
            <form method="post" action=StaffLogin::url() class="stack">
                <label>
                    {t!("sign-in-email")}
                    <input type="email" name="email" autocomplete="username" required value=email />
                </label>
                <label>
                    {t!("sign-in-password")}
                    <input type="password" name="password" autocomplete="current-password" required />
                </label>
                {alert(error)}
                <button class="primary" type="submit">{t!("sign-in-continue")}</button>
            </form>
        </main>
    }
}

pub fn code(email: String, error: Option<String>) -> impl IntoView {
    view! {
        <Title text=t!("staff-code-page-title") />
        <main class="narrow">
            <h1>{t!("staff-code-heading")}</h1>
            <p class="muted">{t!("staff-code-lead", email = &email)}</p>
            <form method="post" action=StaffCode::url() class="stack">
                <label>
                    {t!("staff-code")}
                    <input type="text" name="code" autocomplete="one-time-code" inputmode="text" required autofocus spellcheck="false" />
                </label>
                {alert(error)}
                <button class="primary" type="submit">{t!("sign-in-submit")}</button>
            </form>
            <p><a href="/staff/sign-in">{t!("staff-start-again")}</a></p>
        </main>
    }
}

pub fn enrol(
    email: String,
    secret: String,
    qr_svg: String,
    error: Option<String>,
) -> impl IntoView {
    // The secret in groups of four, as people type it into an app.
    let grouped: Vec<String> = secret
        .as_bytes()
        .chunks(4)
        .map(|chunk| String::from_utf8_lossy(chunk).into_owned())
        .collect();
    view! {
        <Title text=t!("staff-enrol-page-title") />
        <main class="narrow enrol">
            <h1>{t!("staff-enrol-heading")}</h1>
            <p>{t!("staff-enrol-lead", email = &email)}</p>
            <div class="qr" inner_html=qr_svg></div>
            <p class="muted">{t!("staff-enrol-type-secret")}</p>
            <p><code class="secret" data-testid="totp-secret">{grouped.join(" ")}</code></p>
            <form method="post" action=StaffEnrol::url() class="stack">
                <label>
                    {t!("staff-enrol-code")}
                    <input type="text" name="code" autocomplete="one-time-code" inputmode="numeric" required spellcheck="false" />
                </label>
                {alert(error)}
                <button class="primary" type="submit">{t!("staff-enrol-confirm")}</button>
            </form>
        </main>
    }
}

pub fn recovery_codes(codes: Vec<String>) -> AnyView {
    let items = codes
        .into_iter()
        .map(|code| view! { <li><code>{code}</code></li> })
        .collect_view();
    view! {
        <section class="recovery">
            <h1>{t!("staff-recovery-codes-heading")}</h1>
            <p class="notice" role="status">{t!("staff-recovery-codes-lead")}</p>
            <ol class="codes" data-testid="recovery-codes">{items}</ol>
            <p><a class="button primary" href="/staff">{t!("staff-recovery-codes-kept")}</a></p>
        </section>
    }
    .into_any()
}
