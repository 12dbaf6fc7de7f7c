use super::AuthError;
use axum::{
    extract::Request,
    middleware::Next,
    response::{IntoResponse, Redirect, Response},
};
use serde::{Deserialize, Serialize};
use tower_sessions::Session;

/// What a session holds once signed in: one typed value under one key.
#[derive(Clone, Copy, Debug, Serialize, Deserialize)]
pub struct SessionUser {
    pub user_id: i64,
    pub organization_id: i64,
}

impl SessionUser {
    const KEY: &'static str = "portico.user";

    pub async fn load(session: &Session) -> Result<Option<SessionUser>, AuthError> {
        Ok(session.get(Self::KEY).await?)
    }

    pub async fn store(self, session: &Session) -> Result<(), AuthError> {
        session.insert(Self::KEY, self).await?;
        Ok(())
    }
}

/// Pages that need a signed-in user send signed-out visitors to sign in, and back after.
pub async fn require_signed_in_page(session: Session, request: Request, next: Next) -> Response {
    let needs_user = request.uri().path() == "/settings";
    if needs_user && matches!(SessionUser::load(&session).await, Ok(None)) {
        let back = request
            .uri()
            .path_and_query()
            .map(|pq| pq.as_str())
            .unwrap_or("/settings");
        let target = url::form_urlencoded::Serializer::new(String::new())
            .append_pair("next", back)
            .finish();
        return Redirect::to(&format!("/sign-in?{target}")).into_response();
    }
    next.run(request).await
}
