//! Signing in, in two steps: the work email first (an organization that verified its
//! domain for SSO signs its people in through its identity provider), then the password
//! for everyone else. "Use a password instead" leads straight to the second step, for
//! the admins who keep password sign-in when SSO is required.

use crate::{
    api::{ContinueSignIn, Login},
    components::{pending_until_page_shown_again, LanguagePicker},
    t,
};
use leptos::{prelude::*, server_fn::ServerFn};
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

/// What a page brought back: where to go after, the email typed, and what went wrong.
fn returned() -> (String, String, Option<String>) {
    let next = use_query_map()
        .read_untracked()
        .get("next")
        .unwrap_or_default();
    // Set when a form was posted and came back: its message, and the email typed.
    let returned = super::form_error::returned_form();
    let email = returned
        .as_ref()
        .and_then(|form| form.typed("email"))
        .unwrap_or_default();
    let error = returned.map(|form| form.message).filter(|m| !m.is_empty());
    (next, email, error)
}

/// The password step's address, going on to `next`. Pages render on the server; in
/// the browser bundle this is never called.
fn password_link(next: &str) -> String {
    #[cfg(feature = "ssr")]
    {
        crate::server::http::context::password_step(&crate::server::auth::local_redirect_target(
            Some(next).filter(|n| !n.is_empty()),
        ))
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = next;
        "/sign-in/password".to_owned()
    }
}

#[component]
pub fn SignIn() -> impl IntoView {
    let (next, email, error) = returned();
    let password = password_link(&next);
    let words = EmailStepWords {
        label: t!("sign-in-work-email"),
        submit: t!("sign-in-continue"),
        pending: t!("sign-in-continuing"),
    };
    view! {
        <Title text=t!("sign-in-page-title") />
        <main class="narrow">
            <h1>{t!("sign-in-heading")}</h1>
            <p class="muted">{t!("sign-in-lead")}</p>
            <EmailStep next error email words />
            <p class="muted">
                {t!("sign-in-sso-explained")} " "
                <a href=password>{t!("sign-in-use-password")}</a>
            </p>
            <LanguagePicker />
        </main>
    }
}

#[component]
pub fn SignInPassword() -> impl IntoView {
    let (next, email, error) = returned();
    let words = PasswordStepWords {
        email: t!("sign-in-email"),
        password: t!("sign-in-password"),
        remember: t!("sign-in-remember"),
        submit: t!("sign-in-submit"),
        pending: t!("sign-in-signing-in"),
    };
    view! {
        <Title text=t!("sign-in-password-page-title") />
        <main class="narrow">
            <h1>{t!("sign-in-heading")}</h1>
            <p class="muted">{t!("sign-in-password-lead")}</p>
            <PasswordStep next error email words />
            <p class="muted"><a href="/sign-in">{t!("sign-in-use-sso")}</a></p>
            <LanguagePicker />
        </main>
    }
}

/// The words the email step shows, from the server's render (islands carry no language).
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct EmailStepWords {
    label: String,
    submit: String,
    pending: String,
}

/// The first step: an island, so the button says it is working. It posts as a plain
/// form with or without JavaScript.
#[island]
fn EmailStep(
    next: String,
    error: Option<String>,
    email: String,
    words: EmailStepWords,
) -> impl IntoView {
    let pending = pending_until_page_shown_again();
    let invalid = error.is_some().then_some("true");
    view! {
        <form method="post" action=ContinueSignIn::url() class="stack" on:submit=move |_| pending.set(true)>
            <input type="hidden" name="next" value=next />
            <label>
                {words.label}
                <input
                    type="email"
                    name="email"
                    autocomplete="username"
                    required
                    value=email
                    autofocus
                    aria-invalid=invalid
                    aria-describedby=error.as_ref().map(|_| "sign-in-error")
                />
            </label>
            {error.map(|message| view! { <p class="error" role="alert" id="sign-in-error">{message}</p> })}
            <button class="primary" type="submit" disabled=move || pending.get()>
                {move || if pending.get() { words.pending.clone() } else { words.submit.clone() }}
            </button>
        </form>
    }
}

/// The words the password step shows, from the server's render.
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct PasswordStepWords {
    email: String,
    password: String,
    remember: String,
    submit: String,
    pending: String,
}

/// The password step: a plain form with or without JavaScript; a failed sign-in comes
/// back here with its message.
#[island]
fn PasswordStep(
    next: String,
    error: Option<String>,
    email: String,
    words: PasswordStepWords,
) -> impl IntoView {
    let pending = pending_until_page_shown_again();
    let typed = !email.is_empty();
    view! {
        <form method="post" action=Login::url() class="stack" on:submit=move |_| pending.set(true)>
            <input type="hidden" name="next" value=next />
            <label>
                {words.email}
                <input type="email" name="email" autocomplete="username" required value=email autofocus=!typed />
            </label>
            <label>
                {words.password}
                <input type="password" name="password" autocomplete="current-password" required autofocus=typed />
            </label>
            <label class="check">
                <input type="checkbox" name="remember" value="1" />
                <span>{words.remember}</span>
            </label>
            {error.map(|message| view! { <p class="error" role="alert">{message}</p> })}
            <button class="primary" type="submit" disabled=move || pending.get()>
                {move || if pending.get() { words.pending.clone() } else { words.submit.clone() }}
            </button>
        </form>
    }
}
