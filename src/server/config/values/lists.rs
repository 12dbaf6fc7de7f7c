//! List settings: comma-separated entries, each checked by its kind.

use super::Hint;
use serde::{de, Deserialize, Deserializer, Serialize, Serializer};
use std::{fmt, ops::Deref};
use url::Url;

/// A comma-separated list, each entry checked by `E`; possibly empty unless `E` says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct List<E: Entry>(pub Vec<E::Value>);

/// One kind of list entry.
pub trait Entry {
    type Value: Clone + fmt::Debug + PartialEq + fmt::Display;
    /// "host names", "IP addresses", …
    const WHAT: &'static str;
    /// An example to show in the hint.
    const EXAMPLE: &'static str;
    /// Whether an empty list is allowed.
    const MAY_BE_EMPTY: bool = true;
    fn parse(entry: &str) -> Result<Self::Value, String>;
}

impl<E: Entry> List<E> {
    pub fn parse(text: &str) -> Result<List<E>, String> {
        let entries = text
            .split(',')
            .map(str::trim)
            .filter(|entry| !entry.is_empty())
            .map(E::parse)
            .collect::<Result<Vec<_>, _>>()?;
        if entries.is_empty() && !E::MAY_BE_EMPTY {
            return Err(format!("it names no {}", E::WHAT));
        }
        Ok(List(entries))
    }
}

impl<E: Entry> Default for List<E> {
    fn default() -> Self {
        List(Vec::new())
    }
}

impl<E: Entry> fmt::Display for List<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let joined: Vec<String> = self.0.iter().map(ToString::to_string).collect();
        f.write_str(&joined.join(","))
    }
}

impl<E: Entry> Deref for List<E> {
    type Target = [E::Value];

    fn deref(&self) -> &[E::Value] {
        &self.0
    }
}

impl<'de, E: Entry> Deserialize<'de> for List<E> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        List::parse(&text).map_err(de::Error::custom)
    }
}

impl<E: Entry> Serialize for List<E> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.to_string())
    }
}

impl<E: Entry> Hint for List<E> {
    fn hint() -> String {
        let empty = if E::MAY_BE_EMPTY { ", or empty" } else { "" };
        format!("comma-separated {}, e.g. {}{empty}", E::WHAT, E::EXAMPLE)
    }
}

/// A DNS host name, lower-cased.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HostNames;

impl Entry for HostNames {
    type Value = String;
    const WHAT: &'static str = "host names";
    const EXAMPLE: &'static str = "setup.workos.com";
    const MAY_BE_EMPTY: bool = false;

    fn parse(entry: &str) -> Result<String, String> {
        let host = entry.to_ascii_lowercase();
        match url::Host::parse(&host) {
            Ok(url::Host::Domain(_)) => Ok(host),
            _ => Err(format!("'{entry}' is not a host name")),
        }
    }
}

/// An IP address.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IpAddresses;

impl Entry for IpAddresses {
    type Value = std::net::IpAddr;
    const WHAT: &'static str = "IP addresses";
    const EXAMPLE: &'static str = "10.0.0.2";

    fn parse(entry: &str) -> Result<std::net::IpAddr, String> {
        entry
            .parse()
            .map_err(|_| format!("'{entry}' is not an IP address"))
    }
}

/// A name, as written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Names;

impl Entry for Names {
    type Value = String;
    const WHAT: &'static str = "names";
    const EXAMPLE: &'static str = "acme-host";

    fn parse(entry: &str) -> Result<String, String> {
        Ok(entry.to_owned())
    }
}

/// A web origin (`scheme://host[:port]`), kept in its serialized form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Origins;

impl Entry for Origins {
    type Value = String;
    const WHAT: &'static str = "origins (scheme://host[:port])";
    const EXAMPLE: &'static str = "https://app.example.com";

    fn parse(entry: &str) -> Result<String, String> {
        Url::parse(entry)
            .ok()
            .filter(|url| {
                matches!(url.scheme(), "http" | "https")
                    && url.path() == "/"
                    && url.query().is_none()
                    && url.fragment().is_none()
                    && url.username().is_empty()
            })
            .map(|url| url.origin().ascii_serialization())
            .ok_or_else(|| format!("'{entry}' is not an origin such as https://app.example.com"))
    }
}
