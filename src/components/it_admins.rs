use crate::{
    api::{InviteItAdmin, RevokeItInvitation},
    components::{
        ask_first::{ask_first, Question},
        BusyForm, FieldError,
    },
    model::{listed, Intent, IntentStatus, ItInvitation, Place, ReturnedForm, Setup},
};
use leptos::{prelude::*, server_fn::ServerFn};

/// "Send to my IT admin", for admins: the current invitation with its revoke, and the
/// form that sends a new one for the areas picked (those not working yet come ticked).
#[component]
pub fn ItAdminPanel(
    statuses: Vec<IntentStatus>,
    invitation: Option<ItInvitation>,
    /// The page's last form, if it came back (a failed send: its sentence, beside the
    /// field it is about, and what was typed).
    form: Option<ReturnedForm>,
    /// Just sent: say so.
    sent: bool,
) -> impl IntoView {
    let place = Place::ItAdminPanel;
    let error = form
        .as_ref()
        .and_then(|f| f.in_place(place, &["email", "areas"]));
    let in_field = |field| form.as_ref().and_then(|f| f.in_field(place, field));
    let email_error = FieldError::new("it-admin-email", in_field("email"));
    let areas_error = FieldError::new("it-admin-areas", in_field("areas"));
    let typed = form.as_ref().and_then(|f| f.typed("contact"));
    let current = invitation.map(|invitation| {
        let confirmation =
            sent.then(|| view! { <strong>{crate::t!("it-admin-sent")} " "</strong> });
        view! {
            <p class="invited-now" role="status">{confirmation}{invitation.sentence()}</p>
        }
    });
    let error = error.map(|e| view! { <p class="error" role="alert">{e}</p> });
    let areas = statuses
        .iter()
        .filter(|s| s.included && s.intent.for_it_contact().is_some())
        .enumerate()
        .map(|(n, s)| {
            let ticked = s.setup != Some(Setup::Active);
            let focus = n == 0 && areas_error.focus();
            view! {
                <label class="check">
                    <input type="checkbox" name="areas[]" value=s.intent.as_str() checked=ticked autofocus=focus />
                    <span>{s.intent.title()}</span>
                </label>
            }
        })
        .collect_view();
    view! {
        <section class="handoff" id=Place::ItAdminPanel.as_str() aria-labelledby="it-admin-heading">
            <h2 id="it-admin-heading">{crate::t!("it-admin-heading")}</h2>
            <p class="muted">{crate::t!("it-admin-lead")}</p>
            {current}
            {error}
            <div class="handoff-form">
                <BusyForm
                    action=InviteItAdmin::url().to_owned()
                    fields=Vec::new()
                    label=crate::t!("it-admin-send")
                    busy=crate::t!("it-admin-sending")
                    class="secondary".to_owned()
                >
                    <label for="it-admin-email">{crate::t!("it-admin-email")}</label>
                    <input
                        id="it-admin-email"
                        name="email"
                        type="email"
                        autocomplete="off"
                        placeholder="it@acme.com"
                        maxlength="254"
                        required
                        value=typed.clone()
                        aria-invalid=email_error.invalid()
                        aria-describedby=email_error.described_by()
                        autofocus=email_error.focus()
                    />
                    {email_error.view()}
                    <fieldset class="areas" aria-describedby=areas_error.described_by()>
                        <legend>{crate::t!("it-admin-areas")}</legend>
                        {areas_error.view()}
                        {areas.clone()}
                    </fieldset>
                </BusyForm>
            </div>
        </section>
    }
    .into_any()
}

/// What a card says when its area was handed to the IT contact, with the revoke (asked
/// first; `asked`: the question the page asks now, without JavaScript).
#[component]
pub fn InvitedLine(
    invitation: ItInvitation,
    intent: Intent,
    #[prop(default = None)] asked: Option<String>,
) -> impl IntoView {
    let id = format!("revoke-{}", intent.as_str());
    let question = Question {
        page: "./settings",
        place: intent.as_str(),
        action: crate::t!("it-admin-revoke"),
        heading: crate::t!("it-admin-revoke-confirm", email = &invitation.email),
        consequences: vec![crate::t!(
            "it-admin-revoke-consequence",
            email = &invitation.email,
            areas = listed(
                &invitation
                    .intents
                    .iter()
                    .map(|i| i.in_sentence())
                    .collect::<Vec<_>>()
            )
        )],
        form: (RevokeItInvitation::url().to_owned(), Vec::new()),
        busy: crate::t!("it-admin-revoking"),
        id: id.clone(),
    };
    let asked = asked.as_deref() == Some(id.as_str());
    view! {
        <div class="invited">
            <p>{crate::t!("invited-for", email = &invitation.email, areas = intent.in_sentence(), date = &invitation.invited_on)}</p>
            {ask_first(question, asked)}
        </div>
    }
    .into_any()
}
