use crate::t;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn NotFound() -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(axum::http::StatusCode::NOT_FOUND);
    }
    view! {
        <Title text=t!("not-found-page-title") />
        <main class="narrow">
            <h1>{t!("not-found-heading")}</h1>
            <p>{t!("not-found-lead")} " " <a href="/settings">{t!("not-found-link")}</a></p>
        </main>
    }
}
