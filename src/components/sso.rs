//! The SSO card's own controls, for admins: test sign-in through the connection, and
//! Require SSO with the admins who keep their password. Plain forms: they work without
//! JavaScript.

use crate::{
    api::{SetRequireSso, TestSso},
    components::BusyForm,
    model::{Setup, SsoSettings, SSO_EMBED_TEST_PATH},
    t,
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
                    label=t!("sso-test")
                    busy=t!("sso-test-opening")
                    class="secondary".to_owned()
                >
                    <p class="muted">{t!("sso-test-lead")}</p>
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
                    {t!("sso-test")}
                    <span class="visually-hidden">" " {t!("opens-in-new-tab")}</span>
                </button>
            </form>
            <p class="muted">{t!("sso-test-new-tab-lead")}</p>
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
        t!("sso-require-on")
    } else {
        t!("sso-require-off")
    };
    let required = settings.required;
    view! {
        <details class="require-sso" open=required>
            <summary>{t!("sso-require")}</summary>
            <p class="muted" data-testid="require-sso-state">{state}</p>
            <BusyForm
                action=SetRequireSso::url().to_owned()
                fields=Vec::new()
                label=t!("save")
                busy=t!("saving")
                class="secondary".to_owned()
            >
                <label class="check">
                    <input type="checkbox" name="required" value="1" checked=required />
                    <span>{t!("sso-require-check")}</span>
                </label>
                <fieldset>
                    <legend>{t!("sso-break-glass")}</legend>
                    {admins}
                </fieldset>
            </BusyForm>
        </details>
    }
    .into_any()
}
