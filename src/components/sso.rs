//! The SSO card's own controls, for admins: test sign-in through the connection, and
//! Require SSO with the admins who keep their password. Plain forms: they work without
//! JavaScript.

use crate::{
    api::{SetRequireSso, TestSso},
    components::BusyForm,
    model::{Setup, SsoSettings, SSO_EMBED_TEST_PATH},
};
use leptos::{prelude::*, server_fn::ServerFn};

/// `handoff`: the embedded page's (see `NewTabPortalButton`): the identity provider
/// refuses to be framed, so the test opens in a new tab that proves who asked with it.
#[component]
pub fn SsoTools(
    settings: SsoSettings,
    setup: Option<Setup>,
    handoff: Option<String>,
) -> impl IntoView {
    // Once a connection exists (active, or saved and not yet working).
    let has_connection = matches!(
        setup,
        Some(Setup::Active | Setup::InProgress | Setup::NeedsAttention)
    );
    let test = (settings.can_test && has_connection).then(|| match handoff {
        Some(handoff) => new_tab_test(handoff),
        None => view! {
            <div class="sso-test-start">
                <BusyForm
                    action=TestSso::url().to_owned()
                    fields=Vec::new()
                    label="Test SSO sign-in".to_owned()
                    busy="Opening your identity provider…".to_owned()
                    class="secondary".to_owned()
                >
                    <p class="muted">"Sign in through your identity provider to see what it sends. Nothing changes."</p>
                </BusyForm>
            </div>
        }
        .into_any(),
    });
    let require =
        (settings.connection_active || settings.required).then(|| require_form(&settings));
    view! { {test} {require} }
}

fn new_tab_test(handoff: String) -> AnyView {
    view! {
        <div class="sso-test-start">
            <form method="post" action=SSO_EMBED_TEST_PATH target="_blank">
                <input type="hidden" name="handoff" value=handoff />
                <button class="secondary" type="submit">
                    "Test SSO sign-in"
                    <span class="visually-hidden">" (opens in a new tab)"</span>
                </button>
            </form>
            <p class="muted">"Opens your identity provider in a new tab to see what it sends. Nothing changes."</p>
        </div>
    }
    .into_any()
}

fn require_form(settings: &SsoSettings) -> AnyView {
    let admins = settings
        .admins
        .iter()
        .map(|admin| {
            view! {
                <label class="check">
                    <input
                        type="checkbox"
                        name="break_glass[]"
                        value=admin.user_id.to_string()
                        checked=admin.keeps_password
                    />
                    <span class="breakable">{admin.email.clone()}</span>
                </label>
            }
        })
        .collect_view();
    let state = if settings.required {
        "Members sign in through SSO only."
    } else {
        "Members may sign in with SSO or a password."
    };
    let required = settings.required;
    view! {
        <details class="require-sso" open=required>
            <summary>"Require SSO"</summary>
            <p class="muted" data-testid="require-sso-state">{state}</p>
            <BusyForm
                action=SetRequireSso::url().to_owned()
                fields=Vec::new()
                label="Save".to_owned()
                busy="Saving…".to_owned()
                class="secondary".to_owned()
            >
                <label class="check">
                    <input type="checkbox" name="required" value="1" checked=required />
                    <span>"Members must sign in through SSO"</span>
                </label>
                <fieldset>
                    <legend>"Admins who keep password sign-in (break-glass), in case your identity provider fails"</legend>
                    {admins}
                </fieldset>
            </BusyForm>
        </details>
    }
    .into_any()
}
