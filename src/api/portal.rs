use crate::domain::{AppError, OrgOverview};
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

/// Returns a one-time WorkOS Admin Portal link for the session's organization and
/// sends the browser there. Only admins of that organization may call it.
#[server(name = PortalLink, prefix = "/api", endpoint = "portal_link")]
pub async fn portal_link(intent: String) -> Result<String, AppError> {
    use crate::domain::Intent;
    use crate::server::{
        api_context as cx,
        audit::{self, Action},
        portal,
    };
    let card = Intent::parse(&intent).ok().map(Intent::as_str);
    cx::respond_in_card(card, &[], async {
        let (state, admin) = cx::admin(Action::CreatePortalLink, &intent).await?;
        let intent = match Intent::parse(&intent) {
            Ok(intent) => intent,
            Err(unknown) => {
                let refusal = AppError::bad_request(unknown.to_string()).into();
                let who = &admin.membership;
                return Err(audit::unsuccessful(
                    &state,
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

/// The organization settings page's data: who is looking, and the live status of
/// every enterprise feature.
/// `fresh` skips the short status cache: the page asks for it on return from the portal.
#[server(name = OrgOverviewQuery, prefix = "/api", endpoint = "organization", input = GetUrl)]
pub async fn org_overview(#[server(default)] fresh: bool) -> Result<OrgOverview, AppError> {
    use crate::server::{api_context as cx, auth, embedding, status};
    cx::respond(async {
        let state = cx::state()?;
        let session = cx::session().await?;
        let user = auth::require_user(&state, &session).await?;
        let mut overview = status::overview(&state, &user, fresh).await;
        overview.embed = embedding::view(&state, &session, &user).await;
        Ok(overview)
    })
    .await
}

/// Records the identity provider (SSO) or directory (directory sync) the admins of the
/// session's organization picked; the settings page shows it and the SSO setup opens
/// with it. Only admins may call it.
#[server(name = ChooseProvider, prefix = "/api", endpoint = "choose_provider")]
pub async fn choose_provider(intent: String, provider: String) -> Result<(), AppError> {
    use crate::domain::Intent;
    use crate::server::{api_context as cx, audit::Action, portal};
    let card = Intent::parse(&intent).ok().map(Intent::as_str);
    cx::respond_in_card(card, &[], async {
        let picked = format!("{intent}: {provider}");
        let picked = picked.as_str();
        cx::admin_change(Action::ChooseProvider, picked, |state, admin| async move {
            let intent =
                Intent::parse(&intent).map_err(|e| AppError::bad_request(e.to_string()))?;
            portal::choose_provider(&state, &admin, intent, &provider).await?;
            Ok(picked.to_owned())
        })
        .await?;
        leptos_axum::redirect(&format!("/settings#{card}", card = card.unwrap_or("")));
        Ok(())
    })
    .await
}
