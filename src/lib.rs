//! Portico: let an organization's IT admins set up SSO, directory sync, audit logs and
//! more themselves, through WorkOS's Admin Portal.

pub mod api;
pub mod app;
pub mod components;
pub mod i18n;
pub mod model;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod server;

#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    // A panic's message in the console while developing; the release bundle leaves it
    // out (it is most of a kilobyte) and a panic shows there as `unreachable`.
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    // Islands: only the interactive parts (forms, buttons, the banner) hydrate; the
    // rest of every page is server-rendered HTML and ships no code.
    leptos::mount::hydrate_islands();
    // Lets automated browsers (and CSS) know the page is interactive.
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("data-hydrated", "");
    }
}
