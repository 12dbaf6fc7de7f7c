use crate::model::AppError;
use leptos::prelude::*;

/// Returns a one-time WorkOS Admin Portal link for the session's organization and
/// sends the browser there. Only admins of that organization may call it.
#[server(name = PortalLink, prefix = "/api", endpoint = "portal_link")]
pub async fn portal_link(intent: String) -> Result<String, AppError> {
    use crate::model::{Intent, Place};
    use crate::server::{
        audit::{self, Action},
        http::context as cx,
        portal,
    };
    // Parsed once, here at the edge; the rest takes the `Intent`.
    let parsed = Intent::parse(&intent);
    let card = parsed.as_ref().ok().copied().map(Place::Card);
    cx::respond_in_card(card, &[], async {
        let (state, admin) = cx::admin(Action::CreatePortalLink, &intent).await?;
        let intent = match parsed {
            Ok(intent) => intent,
            Err(unknown) => {
                let refusal = AppError::bad_request(unknown.to_string()).into();
                let who = &admin.membership;
                return Err(audit::unsuccessful(
                    &state.audit,
                    who,
                    Action::CreatePortalLink,
                    &intent,
                    refusal,
                )
                .await);
            }
        };
        // Audited inside: the row commits before the link is handed out.
        let link = portal::open_link(&state, &admin, intent, portal::Back::ToSettings).await?;
        leptos_axum::redirect(&link);
        Ok(link)
    })
    .await
}

/// Records the identity provider (SSO) or directory (directory sync) the admins of the
/// session's organization picked; the settings page shows it and the SSO setup opens
/// with it. Only admins may call it.
#[server(name = ChooseProvider, prefix = "/api", endpoint = "choose_provider")]
pub async fn choose_provider(intent: String, provider: String) -> Result<(), AppError> {
    use crate::model::{Intent, Place};
    use crate::server::{audit::Action, http::context as cx, portal};
    // Parsed once, here at the edge; the rest takes the `Intent`.
    let parsed = Intent::parse(&intent);
    let card = parsed.as_ref().ok().copied().map(Place::Card);
    cx::respond_in_card(card, &[], async {
        let picked = format!("{intent}: {provider}");
        let picked = picked.as_str();
        cx::admin_change(Action::ChooseProvider, picked, |state, admin| async move {
            let intent = parsed.map_err(|e| AppError::bad_request(e.to_string()))?;
            portal::choose_provider(&state, &admin, intent, &provider).await?;
            Ok(picked.to_owned())
        })
        .await?;
        let anchor = card.map(Place::as_str).unwrap_or_default();
        leptos_axum::redirect(&format!("/settings#{anchor}"));
        Ok(())
    })
    .await
}
