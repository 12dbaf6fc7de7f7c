use crate::api::Login;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

#[component]
pub fn SignIn() -> impl IntoView {
    let login = ServerAction::<Login>::new();
    let query = use_query_map();
    let next = move || query.read().get("next").unwrap_or_default();
    // From this page's own submission, or (without JavaScript) from the address.
    let error = move || {
        login
            .value()
            .get()
            .and_then(|result| result.err())
            .map(|e| e.message)
            .or_else(|| query.read().get("error"))
            .map(|message| view! { <p class="error" role="alert">{message}</p> })
    };
    view! {
        <Title text="Sign in · Portico" />
        <main class="narrow">
            <h1>"Sign in"</h1>
            <p class="muted">"Sign in to manage your organization's enterprise settings."</p>
            <ActionForm action=login attr:class="stack">
                <input type="hidden" name="next" prop:value=next />
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
        </main>
    }
}
