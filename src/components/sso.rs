//! The SSO card's own controls, for admins: test sign-in through the connection, and
//! Require SSO with the admins who keep their password. Plain forms: they work without
//! JavaScript.

use crate::{
    api::{SetRequireSso, TestSso},
    components::BusyForm,
    model::{Setup, SsoSettings},
};
use leptos::{prelude::*, server_fn::ServerFn};

#[component]
pub fn SsoTools(settings: SsoSettings, setup: Option<Setup>) -> impl IntoView {
    // Once a connection exists (active, or saved and not yet working).
    let has_connection = matches!(
        setup,
        Some(Setup::Active | Setup::InProgress | Setup::NeedsAttention)
    );
    let test = (settings.can_test && has_connection).then(|| {
        view! {
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
    });
    let require =
        (settings.connection_active || settings.required).then(|| require_form(&settings));
    view! { {test} {require} }
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
