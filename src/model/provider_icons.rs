//! Where pages find a provider's icon: on Portico's own origin, so browsers make no
//! third-party request (the server fetches and caches WorkOS's icons, `server::icons`).

use super::providers::{self, Provider};

/// A theme of the icon set, following `prefers-color-scheme`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum IconTheme {
    Light,
    Dark,
}

impl IconTheme {
    pub fn as_str(self) -> &'static str {
        match self {
            IconTheme::Light => "light",
            IconTheme::Dark => "dark",
        }
    }

    pub fn parse(value: &str) -> Option<IconTheme> {
        match value {
            "light" => Some(IconTheme::Light),
            "dark" => Some(IconTheme::Dark),
            _ => None,
        }
    }
}

/// A provider's WorkOS type name made safe for a path: "okta scim v2.0" → "okta-scim-v2-0".
pub fn icon_key(wire: &str) -> String {
    let mut key = String::with_capacity(wire.len());
    for c in wire.chars() {
        if c.is_ascii_alphanumeric() {
            key.push(c.to_ascii_lowercase());
        } else if !key.ends_with('-') {
            key.push('-');
        }
    }
    key.trim_matches('-').to_owned()
}

/// The provider an icon path names, among the ones Portico lists (nothing else is served).
pub fn provider_for_icon(key: &str) -> Option<&'static Provider> {
    providers::SSO
        .iter()
        .chain(providers::DIRECTORIES)
        .find(|p| icon_key(p.wire) == key)
}

/// `/icons/{theme}/{key}.svg`.
pub fn icon_path(wire: &str, theme: IconTheme) -> String {
    format!("/icons/{}/{}.svg", theme.as_str(), icon_key(wire))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_listed_provider_has_its_own_path() {
        assert_eq!(icon_key("okta scim v2.0"), "okta-scim-v2-0");
        assert_eq!(icon_key("OktaSAML"), "oktasaml");
        assert_eq!(
            icon_path("gsuite directory", IconTheme::Dark),
            "/icons/dark/gsuite-directory.svg"
        );
        let mut keys = std::collections::HashSet::new();
        for provider in providers::SSO.iter().chain(providers::DIRECTORIES) {
            let key = icon_key(provider.wire);
            assert!(keys.insert(key.clone()), "{key} twice");
            assert_eq!(provider_for_icon(&key), Some(provider));
        }
        assert_eq!(provider_for_icon("../etc/passwd"), None);
    }
}
