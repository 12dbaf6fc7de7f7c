use crate::{api::Login, components::pending_until_page_shown_again};
use leptos::{prelude::*, server_fn::ServerFn};
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

#[component]
pub fn SignIn() -> impl IntoView {
    let query = use_query_map().read_untracked();
    let next = query.get("next").unwrap_or_default();
    // Set when the form was posted and failed: the message, and the email typed.
    let returned = super::form_error::returned_form();
    let email = returned
        .as_ref()
        .and_then(|form| form.typed("email"))
        .unwrap_or_default();
    let error = returned.map(|form| form.message);
    view! {
        <Title text="Sign in · Portico" />
        <main class="narrow">
            <h1>"Sign in"</h1>
            <p class="muted">"Sign in to manage your organization's enterprise settings."</p>
            <SignInForm next error email />
        </main>
    }
}

/// The form: an island, so the button says it is working. It posts as a plain form with
/// or without JavaScript; a failed sign-in comes back here with its message.
#[island]
fn SignInForm(next: String, error: Option<String>, email: String) -> impl IntoView {
    let pending = pending_until_page_shown_again();
    view! {
        <form method="post" action=Login::url() class="stack" on:submit=move |_| pending.set(true)>
            <input type="hidden" name="next" value=next />
            <label>
                "Email"
                <input type="email" name="email" autocomplete="username" required value=email />
            </label>
            <label>
                "Password"
                <input type="password" name="password" autocomplete="current-password" required />
            </label>
            <label class="check">
                <input type="checkbox" name="remember" value="1" />
                <span>"Keep me signed in on this device"</span>
            </label>
            {error.map(|message| view! { <p class="error" role="alert">{message}</p> })}
            <button class="primary" type="submit" disabled=move || pending.get()>
                {move || if pending.get() { "Signing in…" } else { "Sign in" }}
            </button>
        </form>
    }
}
