//! Staff sign-in: the password, then the code (or, the first time, the enrolment of the
//! second factor, then the recovery codes, shown once).

use crate::api::{StaffCode, StaffEnrol, StaffLogin};
use leptos::{prelude::*, server_fn::ServerFn};
use leptos_meta::Title;

fn alert(error: Option<String>) -> Option<AnyView> {
    error.map(|message| view! { <p class="error" role="alert">{message}</p> }.into_any())
}

pub fn password(error: Option<String>, email: String) -> impl IntoView {
    view! {
        <Title text="Staff sign-in · Portico" />
        <main class="narrow">
            <h1>"Staff sign-in"</h1>
            <p class="muted">"For the support team of the company that runs Portico. Customers sign in at "<a href="/sign-in">"the settings sign-in"</a>"."</p>
            <form method="post" action=StaffLogin::url() class="stack">
                <label>
                    "Email"
                    <input type="email" name="email" autocomplete="username" required value=email />
                </label>
                <label>
                    "Password"
                    <input type="password" name="password" autocomplete="current-password" required />
                </label>
                {alert(error)}
                <button class="primary" type="submit">"Continue"</button>
            </form>
        </main>
    }
}

pub fn code(email: String, error: Option<String>) -> impl IntoView {
    view! {
        <Title text="Staff sign-in: code · Portico" />
        <main class="narrow">
            <h1>"Enter your code"</h1>
            <p class="muted">{format!("Signing in as {email}. Enter the six-digit code your authenticator app shows, or one of your recovery codes.")}</p>
            <form method="post" action=StaffCode::url() class="stack">
                <label>
                    "Code"
                    <input type="text" name="code" autocomplete="one-time-code" inputmode="text" required autofocus spellcheck="false" />
                </label>
                {alert(error)}
                <button class="primary" type="submit">"Sign in"</button>
            </form>
            <p><a href="/staff/sign-in">"Start again"</a></p>
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
        <Title text="Set up your second factor · Portico" />
        <main class="narrow enrol">
            <h1>"Set up your second factor"</h1>
            <p>{format!("Every staff sign-in takes a code from an authenticator app. Scan this code with the app on your phone to add {email}.")}</p>
            <div class="qr" inner_html=qr_svg></div>
            <p class="muted">"Cannot scan it? Type this secret into the app instead (time-based, six digits, every 30 seconds):"</p>
            <p><code class="secret" data-testid="totp-secret">{grouped.join(" ")}</code></p>
            <form method="post" action=StaffEnrol::url() class="stack">
                <label>
                    "The code the app shows now"
                    <input type="text" name="code" autocomplete="one-time-code" inputmode="numeric" required spellcheck="false" />
                </label>
                {alert(error)}
                <button class="primary" type="submit">"Confirm and sign in"</button>
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
            <h1>"Your recovery codes"</h1>
            <p class="notice" role="status">"Your second factor is set up. Keep these codes somewhere safe: each one signs you in once if you lose your phone. They are shown only now."</p>
            <ol class="codes" data-testid="recovery-codes">{items}</ol>
            <p><a class="button primary" href="/staff">"I have kept them: open the console"</a></p>
        </section>
    }
    .into_any()
}
