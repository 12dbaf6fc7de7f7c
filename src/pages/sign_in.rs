use crate::api::Login;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

#[component]
pub fn SignIn() -> impl IntoView {
    let query = use_query_map().read_untracked();
    let next = query.get("next").unwrap_or_default();
    // Set when the form was posted without JavaScript and failed.
    let error = query.get("error");
    view! {
        <Title text="Sign in · Portico" />
        <main class="narrow">
            <h1>"Sign in"</h1>
            <p class="muted">"Sign in to manage your organization's enterprise settings."</p>
            <SignInForm next error />
        </main>
    }
}

/// The form: an island, so a failed sign-in shows its message in place and the button
/// says it is working. Without JavaScript it posts as a plain form.
#[island]
fn SignInForm(next: String, error: Option<String>) -> impl IntoView {
    let login = ServerAction::<Login>::new();
    let error = move || {
        login
            .value()
            .get()
            .and_then(|result| result.err())
            .map(|e| e.message)
            .or_else(|| error.clone())
            .map(|message| view! { <p class="error" role="alert">{message}</p> })
    };
    view! {
        <ActionForm action=login attr:class="stack">
            <input type="hidden" name="next" value=next />
            <label>
                "Email" <input type="email" name="email" autocomplete="username" required />
            </label>
            <label>
                "Password"
                <input type="password" name="password" autocomplete="current-password" required />
            </label>
            {error}
            <button class="primary" type="submit" disabled=move || login.pending().get()>
                {move || if login.pending().get() { "Signing in…" } else { "Sign in" }}
            </button>
        </ActionForm>
    }
}
