use crate::model::AppError;
use leptos::prelude::*;

/// Starts a test sign-in through the session's organization's SSO connection and sends
/// the browser to it; WorkOS sends it back to the result page. Admins only.
#[server(name = TestSso, prefix = "/api", endpoint = "sso_test")]
pub async fn test_sso() -> Result<(), AppError> {
    use crate::model::{Intent, Place};
    use crate::server::{audit::Action, http::context as cx, sso};
    cx::respond_in_card(Some(Place::Card(Intent::Sso)), &[], async {
        let (state, admin) = cx::admin(Action::TestSso, "test sign-in").await?;
        let session = cx::session().await?;
        let url = sso::start_test(&state, &session, &admin, sso::TestTab::Same).await?;
        leptos_axum::redirect(&url);
        Ok(())
    })
    .await
}

/// Sets Require SSO and the admins who keep password sign-in (`break_glass`: their
/// user ids). Admins only; recorded in the trail.
#[server(name = SetRequireSso, prefix = "/api", endpoint = "require_sso")]
pub async fn set_require_sso(
    #[server(default)] required: Option<String>,
    #[server(default)] break_glass: Vec<i64>,
) -> Result<(), AppError> {
    use crate::model::{Intent, Place};
    use crate::server::{audit::Action, http::context as cx, sso};
    cx::respond_in_card(Some(Place::Card(Intent::Sso)), &[], async {
        let asked = sso::RequireSso {
            required: required.is_some(),
            break_glass,
        };
        let subject = if asked.required {
            "require SSO"
        } else {
            "stop requiring SSO"
        };
        cx::admin_change(Action::SetRequireSso, subject, |state, admin| async move {
            // Whether saving would end the acting admin's own session (see `set_require_sso`).
            let session = cx::session().await?;
            let own_session_kept = crate::server::auth::SessionUser::load(&session)
                .await
                .ok()
                .flatten()
                .is_some_and(|bound| bound.outlives_require_sso());
            sso::set_require_sso(&state, &admin, asked, own_session_kept).await
        })
        .await?;
        leptos_axum::redirect("/settings#sso");
        Ok(())
    })
    .await
}

/// The sign-in page's first step: with a work email whose domain an organization
/// verified for SSO, the browser goes to that organization's identity provider; else to
/// the password step, the email kept. Says nothing of whether the account exists.
#[server(name = ContinueSignIn, prefix = "/api", endpoint = "sign_in_continue")]
pub async fn continue_sign_in(email: String, next: Option<String>) -> Result<(), AppError> {
    use crate::model::EmailAddress;
    use crate::server::{auth, http::context as cx, sso};
    let typed = crate::model::clipped(&email, 254);
    cx::respond_refilling(&[("email", &typed)], async {
        let state = cx::state()?;
        let session = cx::session().await?;
        let email = EmailAddress::parse(&email)
            .map_err(|_| AppError::bad_request(crate::t!("error-work-email")))?;
        // Counted as a sign-in attempt: the step must not be a free domain scanner.
        let address = cx::client_address(&state)?;
        state.auth.throttle.attempt(email.as_str(), address).await?;
        let next = auth::local_redirect_target(next.as_deref());
        match sso::start_sign_in(&state, &session, &email, next.clone()).await? {
            Some(url) => leptos_axum::redirect(&url),
            None => {
                let page = cx::password_step(&next);
                let back = cx::send_back(
                    Some(&session),
                    &page,
                    &AppError::bad_request(""),
                    None,
                    &[("email", email.as_str())],
                )
                .await;
                leptos_axum::redirect(&back)
            }
        }
        Ok(())
    })
    .await
}
