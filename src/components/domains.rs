use crate::{
    api::{AddDomain, RemoveDomain, VerifyDomain},
    components::{
        ask_first::{ask_first, Question},
        BusyForm, CopyButton, FieldError,
    },
    model::{DomainClaim, DomainState},
};
use leptos::{prelude::*, server_fn::ServerFn};

/// The domain card's own work, for admins: each claimed domain with the TXT record that
/// proves it, "Verify now" and "Remove", and a form to claim another. Plain forms, so it
/// works without JavaScript; the Admin Portal stays the alternative.
#[component]
pub fn DomainList(
    domains: Vec<DomainClaim>,
    typed: Option<String>,
    /// Why the domain typed was refused, shown beside it.
    #[prop(default = None)]
    domain_error: Option<String>,
    /// The organization's name, for what removing a domain changes.
    organization: String,
    /// The question the page asks now (`?ask=`), without JavaScript.
    #[prop(default = None)]
    asked: Option<String>,
    /// What the card's last form did, said once.
    #[prop(default = None)]
    done: Option<String>,
    /// A waiting domain is the page's next step: its check is the primary action.
    #[prop(default = false)]
    next_step: bool,
) -> impl IntoView {
    let first_waiting = domains
        .iter()
        .position(|claim| claim.state != DomainState::Verified);
    let rows = domains
        .into_iter()
        .enumerate()
        .map(|(row, claim)| {
            let confirming = asked.as_deref() == Some(remove_question(&claim.id).as_str());
            let organization = organization.clone();
            let primary = next_step && first_waiting == Some(row);
            view! { <DomainRow claim organization confirming primary /> }.into_any()
        })
        .collect_view();
    let domain_error = FieldError::new("new-domain", domain_error);
    let done = done.map(|message| {
        view! { <p class="notice done" role="status" data-testid="domains-done">{message}</p> }
    });
    view! {
        {done}
        <ul class="domains" aria-label=crate::t!("domains-label")>{rows}</ul>
        // Shown by a live page when the domains changed in a way it cannot patch.
        <p class="notice" data-live="domains-changed" hidden>
            {crate::t!("domains-changed")} " " <a href="./settings">{crate::t!("domains-reload")}</a>
        </p>
        <div class="add-domain">
        <BusyForm
            action=AddDomain::url().to_owned()
            fields=Vec::new()
            label=crate::t!("domains-add")
            busy=crate::t!("domains-adding")
            class="secondary".to_owned()
        >
            <label for="new-domain">{crate::t!("domains-add-label")}</label>
            <input
                id="new-domain"
                name="domain"
                type="text"
                inputmode="url"
                autocomplete="off"
                spellcheck="false"
                placeholder="acme.com"
                maxlength="253"
                required
                value=typed.clone()
                aria-invalid=domain_error.invalid()
                aria-describedby=domain_error.described_by()
                autofocus=domain_error.focus()
            />
            {domain_error.view()}
        </BusyForm>
        </div>
    }
}

#[component]
fn DomainRow(
    claim: DomainClaim,
    organization: String,
    confirming: bool,
    primary: bool,
) -> impl IntoView {
    let (badge_class, badge) = claim.state.badge();
    let id_field = || vec![("id".to_owned(), claim.id.clone())];
    let guidance = match claim.state {
        DomainState::Verified => None,
        DomainState::Pending => Some(
            view! {
                <p data-until-verified>{crate::t!("domains-publish-then-verify")}</p>
            }
            .into_any(),
        ),
        DomainState::Failed => Some(
            view! {
                <p class="error-text" data-until-verified>
                    {crate::t!("domains-record-not-found")}
                </p>
            }
            .into_any(),
        ),
    };
    let record = (claim.state != DomainState::Verified)
        .then_some(claim.record.clone())
        .flatten()
        .map(|(name, value)| view! { <TxtRecord name value /> });
    let verify = (claim.state != DomainState::Verified).then(|| {
        let label = if claim.state == DomainState::Failed {
            crate::t!("domains-verify-again")
        } else {
            crate::t!("domains-verify-now")
        };
        view! {
            <div data-until-verified>
                <BusyForm
                    action=VerifyDomain::url().to_owned()
                    fields=id_field()
                    label=label
                    busy=crate::t!("domains-checking")
                    class=if primary { "primary" } else { "secondary" }.to_owned()
                >
                    ""
                </BusyForm>
            </div>
        }
    });
    view! {
        <li class="domain" data-domain=claim.domain.clone()>
            <div class="domain-head">
                <strong>{claim.domain.clone()}</strong>
                <span class=badge_class>{badge}</span>
            </div>
            {guidance}
            {record}
            <div class="domain-actions">
                {verify}
                {remove(&claim, &organization, confirming)}
            </div>
        </li>
    }
    .into_any()
}

/// "Remove", asked first, with what removing changes.
fn remove(claim: &DomainClaim, organization: &str, asked: bool) -> impl IntoView {
    let domain = &claim.domain;
    let mut consequences = vec![crate::t!(
        "domains-remove-consequence",
        domain = domain,
        organization = organization
    )];
    if claim.state == DomainState::Verified {
        consequences.push(crate::t!(
            "domains-remove-verified-consequence",
            domain = domain
        ));
    }
    let question = Question {
        id: remove_question(&claim.id),
        page: "./settings",
        place: "domain_verification",
        action: crate::t!("domains-remove", domain = domain),
        heading: crate::t!("domains-remove-confirm", domain = domain),
        consequences,
        form: (
            RemoveDomain::url().to_owned(),
            vec![("id".to_owned(), claim.id.clone())],
        ),
        busy: crate::t!("domains-removing"),
    };
    ask_first(question, asked)
}

/// The question's id for removing the domain `id` (WorkOS's ids are letters, digits and
/// underscores, fit for an id and an address as they are).
fn remove_question(id: &str) -> String {
    let safe: String = id
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '_')
        .collect();
    format!("remove-{safe}")
}

/// The TXT record to publish, each part with its copy button.
#[component]
fn TxtRecord(name: String, value: String) -> impl IntoView {
    view! {
        <dl class="record" data-until-verified>
            <dt>{crate::t!("record-type")}</dt>
            <dd><code>"TXT"</code></dd>
            <dt>{crate::t!("record-name")}</dt>
            <dd>
                <code data-testid="record-name">{name.clone()}</code>
                <CopyButton text=name what=crate::t!("record-name-copied") />
            </dd>
            <dt>{crate::t!("record-value")}</dt>
            <dd>
                <code data-testid="record-value">{value.clone()}</code>
                <CopyButton text=value what=crate::t!("record-value-copied") />
            </dd>
        </dl>
    }
    .into_any()
}
