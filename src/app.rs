use crate::pages::{
    EmbedSettings, NotFound, Settings, SignIn, SignInPassword, SsoCallback, StaffConsole,
};
use leptos::prelude::*;
use leptos_meta::{provide_meta_context, MetaTags, Title};
use leptos_router::{
    components::{Route, Router, Routes},
    path,
};

/// The HTML document around the app, rendered on the server.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    // The page's Content-Security-Policy carries this render's script nonce.
    #[cfg(feature = "ssr")]
    crate::server::http::headers::send_page_policy();
    let lang = crate::i18n::current();
    view! {
        <!DOCTYPE html>
        <html lang=lang.code() dir=lang.dir()>
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <meta name="color-scheme" content="light dark" />
                <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
                <link rel="stylesheet" href=format!("/pkg/{}.css", options.output_name) />
                <AutoReload options=options.clone() />
                <HydrationScripts options islands=true />
                <MetaTags />
            </head>
            <body>
                <App />
            </body>
        </html>
    }
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    view! {
        <Title text="Portico" />
        <Router>
            <Routes fallback=NotFound>
                <Route path=path!("/sign-in") view=SignIn />
                <Route path=path!("/sign-in/password") view=SignInPassword />
                <Route path=path!("/sso/callback") view=SsoCallback />
                // Both read their data before they render (server/http/settings_page.rs).
                <Route path=path!("/settings") view=Settings />
                // The same page inside a host product's frame (see server/embed/).
                <Route path=path!("/embed/settings") view=EmbedSettings />
                // The staff console: every page reads its data before it renders
                // (server/http/staff_pages.rs), and one component shows it.
                <Route path=path!("/staff") view=StaffConsole />
                <Route path=path!("/staff/sign-in") view=StaffConsole />
                <Route path=path!("/staff/sign-in/code") view=StaffConsole />
                <Route path=path!("/staff/enrol") view=StaffConsole />
                <Route path=path!("/staff/recovery-codes") view=StaffConsole />
                <Route path=path!("/staff/attention") view=StaffConsole />
                <Route path=path!("/staff/team") view=StaffConsole />
                <Route path=path!("/staff/integrations") view=StaffConsole />
                <Route path=path!("/staff/organizations/:id") view=StaffConsole />
            </Routes>
        </Router>
    }
}
