//! Who is who: WorkOS's client id, and the role someone gets.

use super::Hint;
use serde::{de, Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// A WorkOS client id (`client_…`), or nothing (unset or empty).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ClientId(pub Option<String>);

impl ClientId {
    pub fn parse(text: &str) -> Result<ClientId, String> {
        match text.trim() {
            "" => Ok(ClientId(None)),
            id if id.strip_prefix("client_").is_some_and(|rest| {
                !rest.is_empty() && rest.bytes().all(|b| b.is_ascii_alphanumeric())
            }) =>
            {
                Ok(ClientId(Some(id.to_owned())))
            }
            _ => Err(format!("'{text}' is not a WorkOS client id")),
        }
    }
}

impl fmt::Display for ClientId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0.as_deref().unwrap_or_default())
    }
}

from_text!(
    ClientId,
    "your WorkOS client id (client_…, on the dashboard's API keys page), or empty"
);

/// The role someone gets in an organization: `member` or `admin`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MemberRole(pub crate::model::Role);

impl MemberRole {
    pub fn parse(text: &str) -> Result<MemberRole, String> {
        crate::model::Role::parse(text.trim())
            .map(MemberRole)
            .ok_or_else(|| format!("'{text}' is not a role"))
    }
}

impl fmt::Display for MemberRole {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0.as_str())
    }
}

from_text!(MemberRole, "member or admin");
