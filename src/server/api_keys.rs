//! The host API's keys: made with scopes (from the command line or by an owner in the
//! console), shown once (`pk_live_…`), kept as a hash, revocable, their last use kept.

use crate::server::db::{self, api_keys::ApiKeyRow, Pool};
use sha2::{Digest, Sha256};

/// What a key may do.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, utoipa::ToSchema)]
pub enum Scope {
    /// List and read organizations and their status.
    #[serde(rename = "organizations:read")]
    OrganizationsRead,
    /// Create and delete organizations, set their plan.
    #[serde(rename = "organizations:write")]
    OrganizationsWrite,
    /// Add, change and remove members.
    #[serde(rename = "members:write")]
    MembersWrite,
    /// Mint embed URLs.
    #[serde(rename = "embed:write")]
    EmbedWrite,
    /// Register and remove webhook endpoints.
    #[serde(rename = "webhooks:write")]
    WebhooksWrite,
}

impl Scope {
    pub const ALL: [Scope; 5] = [
        Scope::OrganizationsRead,
        Scope::OrganizationsWrite,
        Scope::MembersWrite,
        Scope::EmbedWrite,
        Scope::WebhooksWrite,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Scope::OrganizationsRead => "organizations:read",
            Scope::OrganizationsWrite => "organizations:write",
            Scope::MembersWrite => "members:write",
            Scope::EmbedWrite => "embed:write",
            Scope::WebhooksWrite => "webhooks:write",
        }
    }

    pub fn parse(name: &str) -> Option<Scope> {
        Scope::ALL.into_iter().find(|s| s.as_str() == name.trim())
    }
}

/// The prefix every key starts with, so a leaked one is recognisable.
pub const KEY_PREFIX: &str = "pk_live_";

#[derive(Debug, thiserror::Error)]
pub enum KeyError {
    #[error("give the key a name (letters, digits, spaces, dots, dashes), at most 60 characters")]
    BadName,
    #[error("{0:?} is not a scope: use organizations:read, organizations:write, members:write, embed:write or webhooks:write")]
    UnknownScope(String),
    #[error("give the key at least one scope: organizations:read, organizations:write, members:write or embed:write")]
    NoScope,
    #[error("a key named {0:?} exists already")]
    Exists(String),
    #[error("no key named {0:?} is in use")]
    NotFound(String),
    #[error("could not reach the database: {0}")]
    Database(#[from] sqlx::Error),
}

/// The hash a key is kept and found by.
pub fn hash(key: &str) -> String {
    hex::encode(Sha256::digest(key.as_bytes()))
}

/// Reads `organizations:read,members:write` (commas or spaces), each once.
pub fn parse_scopes(list: &str) -> Result<Vec<Scope>, KeyError> {
    let mut scopes = Vec::new();
    for name in list.split([',', ' ']).filter(|n| !n.trim().is_empty()) {
        let scope = Scope::parse(name)
            .ok_or_else(|| KeyError::UnknownScope(crate::model::clipped(name, 40)))?;
        if !scopes.contains(&scope) {
            scopes.push(scope);
        }
    }
    if scopes.is_empty() {
        return Err(KeyError::NoScope);
    }
    Ok(scopes)
}

/// Makes a key named `name` with `scopes`; answers the key itself, shown only now.
pub async fn create(
    db: &Pool,
    name: &str,
    scopes: &[Scope],
    created_by: &str,
) -> Result<String, KeyError> {
    let name = name.trim();
    let fine = |c: char| c.is_alphanumeric() || " .-_".contains(c);
    if name.is_empty() || name.chars().count() > 60 || !name.chars().all(fine) {
        return Err(KeyError::BadName);
    }
    if scopes.is_empty() {
        return Err(KeyError::NoScope);
    }
    let key = format!("{KEY_PREFIX}{}", hex::encode(rand::random::<[u8; 24]>()));
    let shown = crate::model::clipped(&key, KEY_PREFIX.len() + 6);
    let scopes: Vec<&str> = scopes.iter().map(|s| s.as_str()).collect();
    match db::api_keys::add(db, name, &shown, &hash(&key), &scopes.join(" "), created_by).await? {
        true => Ok(key),
        false => Err(KeyError::Exists(name.to_owned())),
    }
}

pub async fn list(db: &Pool) -> Result<Vec<ApiKeyRow>, KeyError> {
    Ok(db::api_keys::list(db).await?)
}

/// Revokes the key named `name`: calls with it are refused from now on.
pub async fn revoke(db: &Pool, name: &str) -> Result<(), KeyError> {
    match db::api_keys::revoke(db, name.trim()).await? {
        true => Ok(()),
        false => Err(KeyError::NotFound(crate::model::clipped(name.trim(), 60))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scopes_read_back_and_unknown_ones_are_refused() {
        for scope in Scope::ALL {
            assert_eq!(Scope::parse(scope.as_str()), Some(scope));
        }
        assert_eq!(
            parse_scopes("organizations:read, members:write organizations:read").unwrap(),
            [Scope::OrganizationsRead, Scope::MembersWrite]
        );
        assert!(matches!(
            parse_scopes("admin"),
            Err(KeyError::UnknownScope(_))
        ));
        assert!(matches!(parse_scopes(" , "), Err(KeyError::NoScope)));
    }
}
