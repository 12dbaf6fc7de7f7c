use crate::{
    api::{AddDomain, RemoveDomain, VerifyDomain},
    components::{BusyForm, CopyButton},
    model::{DomainClaim, DomainState},
};
use leptos::{prelude::*, server_fn::ServerFn};

/// The domain card's own work, for admins: each claimed domain with the TXT record that
/// proves it, "Verify now" and "Remove", and a form to claim another. Plain forms, so it
/// works without JavaScript; the Admin Portal stays the alternative.
#[component]
pub fn DomainList(domains: Vec<DomainClaim>, typed: Option<String>) -> impl IntoView {
    let rows = domains
        .into_iter()
        .map(|claim| view! { <DomainRow claim /> }.into_any())
        .collect_view();
    view! {
        <ul class="domains" aria-label="Your domains">{rows}</ul>
        <div class="add-domain">
        <BusyForm
            action=AddDomain::url().to_owned()
            fields=Vec::new()
            label="Add domain".to_owned()
            busy="Adding…".to_owned()
            class="secondary".to_owned()
        >
            <label for="new-domain">"Add a domain your people sign in with"</label>
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
            />
        </BusyForm>
        </div>
    }
}

#[component]
fn DomainRow(claim: DomainClaim) -> impl IntoView {
    let (badge_class, badge) = claim.state.badge();
    let id_field = || vec![("id".to_owned(), claim.id.clone())];
    let guidance = match claim.state {
        DomainState::Verified => None,
        DomainState::Pending => Some(view! {
            <p data-until-verified>"Add this TXT record at your DNS provider, then verify."</p>
        }
        .into_any()),
        DomainState::Failed => Some(view! {
            <p class="error-text" data-until-verified>
                "WorkOS looked for this record and did not find it. Check the name and value at "
                "your DNS provider; new records can take a few hours to appear. Then verify again."
            </p>
        }
        .into_any()),
    };
    let record = (claim.state != DomainState::Verified)
        .then_some(claim.record.clone())
        .flatten()
        .map(|(name, value)| view! { <TxtRecord name value /> });
    let verify = (claim.state != DomainState::Verified).then(|| {
        let label = if claim.state == DomainState::Failed {
            "Verify again"
        } else {
            "Verify now"
        };
        view! {
            <div data-until-verified>
                <BusyForm
                    action=VerifyDomain::url().to_owned()
                    fields=id_field()
                    label=label.to_owned()
                    busy="Checking…".to_owned()
                    class="primary".to_owned()
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
                <BusyForm
                    action=RemoveDomain::url().to_owned()
                    fields=id_field()
                    label=format!("Remove {}", claim.domain)
                    busy="Removing…".to_owned()
                    class="ghost".to_owned()
                >
                    ""
                </BusyForm>
            </div>
        </li>
    }
    .into_any()
}

/// The TXT record to publish, each part with its copy button.
#[component]
fn TxtRecord(name: String, value: String) -> impl IntoView {
    view! {
        <dl class="record" data-until-verified>
            <dt>"Type"</dt>
            <dd><code>"TXT"</code></dd>
            <dt>"Name"</dt>
            <dd>
                <code data-testid="record-name">{name.clone()}</code>
                <CopyButton text=name what="record name".to_owned() />
            </dd>
            <dt>"Value"</dt>
            <dd>
                <code data-testid="record-value">{value.clone()}</code>
                <CopyButton text=value what="record value".to_owned() />
            </dd>
        </dl>
    }
    .into_any()
}
