//! Signing in, in two steps: the work email first (an organization that verified its
//! domain for SSO signs its people in through its identity provider), then the password
//! for everyone else. "Use a password instead" leads straight to the second step, for
//! the admins who keep password sign-in when SSO is required.

use crate::{
    api::{ContinueSignIn, Login},
    components::{BusyForm, LanguagePicker},
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
    view! {
        <Title text=t!("sign-in-page-title") />
        <main class="narrow">
            <h1>{t!("sign-in-heading")}</h1>
            <p class="muted">{t!("sign-in-lead")}</p>
            {email_step(next, error, email)}
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
    view! {
        <Title text=t!("sign-in-password-page-title") />
        <main class="narrow">
            <h1>{t!("sign-in-heading")}</h1>
            <p class="muted">{t!("sign-in-password-lead")}</p>
            {password_step(next, error, email)}
            <p class="muted"><a href="/sign-in">{t!("sign-in-use-sso")}</a></p>
            <LanguagePicker />
        </main>
    }
}

/// The first step: a plain form (with JavaScript, its button says it is working).
fn email_step(next: String, error: Option<String>, email: String) -> impl IntoView {
    let invalid = error.is_some().then_some("true");
    let described = error.as_ref().map(|_| "sign-in-error");
    view! {
        <div class="sign-in-form">
            <BusyForm
                action=ContinueSignIn::url().to_owned()
                fields=vec![("next".to_owned(), next)]
                label=t!("sign-in-continue")
                busy=t!("sign-in-continuing")
                class="primary".to_owned()
            >
                <label>
                    {t!("sign-in-work-email")}
                    <input
                        type="email"
                        name="email"
                        autocomplete="username"
                        required
                        value=email.clone()
                        autofocus
                        aria-invalid=invalid
                        aria-describedby=described
                    />
                </label>
                {error.clone().map(|message| view! { <p class="error" role="alert" id="sign-in-error">{message}</p> })}
            </BusyForm>
        </div>
    }
}

/// The password step: a plain form; a failed sign-in comes back here with its message.
fn password_step(next: String, error: Option<String>, email: String) -> impl IntoView {
    let typed = !email.is_empty();
    view! {
        <div class="sign-in-form">
            <BusyForm
                action=Login::url().to_owned()
                fields=vec![("next".to_owned(), next)]
                label=t!("sign-in-submit")
                busy=t!("sign-in-signing-in")
                class="primary".to_owned()
            >
                <label>
                    {t!("sign-in-email")}
                    <input type="email" name="email" autocomplete="username" required value=email.clone() autofocus=!typed />
                </label>
                <label>
                    {t!("sign-in-password")}
                    <input type="password" name="password" autocomplete="current-password" required autofocus=typed />
                </label>
                <label class="check">
                    <input type="checkbox" name="remember" value="1" />
                    <span>{t!("sign-in-remember")}</span>
                </label>
                {error.clone().map(|message| view! { <p class="error" role="alert">{message}</p> })}
            </BusyForm>
        </div>
    }
}
