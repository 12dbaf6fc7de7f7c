//! The kinds of value a setting holds, each parsed and checked when it is read, so a
//! section needs no validation of its own: a setting's type says what it accepts (its
//! `hint`, shown when a value is wrong) and gives the typed value (`*setting`).

use serde::{de, Deserialize, Deserializer, Serialize, Serializer};
use std::{fmt, net::SocketAddr, path::PathBuf, time::Duration};
use url::Url;

/// What a setting accepts, in words that complete "Fix: set it to …".
pub trait Hint {
    fn hint() -> String;
}

/// Deserializes through `FromStr`-like `parse`, with its refusal as the error.
macro_rules! from_text {
    ($type:ty, $expecting:literal) => {
        impl<'de> Deserialize<'de> for $type {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let text = String::deserialize(deserializer)?;
                <$type>::parse(&text).map_err(de::Error::custom)
            }
        }

        impl Serialize for $type {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(&self.to_string())
            }
        }

        impl Hint for $type {
            fn hint() -> String {
                $expecting.to_owned()
            }
        }
    };
}

/// `HOST:PORT` to listen on (`localhost:PORT` as people type it; port 0 picks a free one).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ListenAddr(pub SocketAddr);

impl ListenAddr {
    pub fn parse(text: &str) -> Result<ListenAddr, String> {
        text.trim()
            .replacen("localhost:", "127.0.0.1:", 1)
            .parse()
            .map(ListenAddr)
            .map_err(|_| format!("'{text}' is not HOST:PORT"))
    }

    pub const fn loopback(port: u16) -> ListenAddr {
        ListenAddr(SocketAddr::new(
            std::net::IpAddr::V4(std::net::Ipv4Addr::LOCALHOST),
            port,
        ))
    }
}

impl fmt::Display for ListenAddr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

from_text!(
    ListenAddr,
    "HOST:PORT, e.g. 127.0.0.1:3000 (port 0 picks a free port)"
);

/// `HOST:PORT` to listen on, or nothing (unset or empty).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct OptionalListenAddr(pub Option<SocketAddr>);

impl OptionalListenAddr {
    pub fn parse(text: &str) -> Result<OptionalListenAddr, String> {
        match text.trim() {
            "" => Ok(OptionalListenAddr(None)),
            text => ListenAddr::parse(text).map(|addr| OptionalListenAddr(Some(addr.0))),
        }
    }
}

impl fmt::Display for OptionalListenAddr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.0 {
            Some(addr) => addr.fmt(f),
            None => Ok(()),
        }
    }
}

from_text!(
    OptionalListenAddr,
    "HOST:PORT, e.g. 127.0.0.1:9090, or empty for none"
);

/// How log lines are written: for a person, or one JSON object per line.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum LogFormat {
    #[default]
    Text,
    Json,
}

impl LogFormat {
    pub fn parse(text: &str) -> Result<LogFormat, String> {
        match text.trim().to_ascii_lowercase().as_str() {
            "text" => Ok(LogFormat::Text),
            "json" => Ok(LogFormat::Json),
            _ => Err(format!("'{text}' is not a log format")),
        }
    }
}

impl fmt::Display for LogFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            LogFormat::Text => "text",
            LogFormat::Json => "json",
        })
    }
}

from_text!(LogFormat, "text or json");

/// How Portico hears of changes at WorkOS: signed webhooks, polling the Events API, or
/// both (a webhook lost on the way is then still read within a poll interval).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum EventSource {
    #[default]
    Webhook,
    Poll,
    Both,
}

impl EventSource {
    pub fn parse(text: &str) -> Result<EventSource, String> {
        match text.trim().to_ascii_lowercase().as_str() {
            "webhook" => Ok(EventSource::Webhook),
            "poll" => Ok(EventSource::Poll),
            "both" => Ok(EventSource::Both),
            _ => Err(format!("'{text}' is not an event source")),
        }
    }

    /// Whether the Events API is polled.
    pub fn polls(self) -> bool {
        matches!(self, EventSource::Poll | EventSource::Both)
    }
}

impl fmt::Display for EventSource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            EventSource::Webhook => "webhook",
            EventSource::Poll => "poll",
            EventSource::Both => "both",
        })
    }
}

from_text!(EventSource, "webhook, poll or both");

/// An http(s) URL with a host and no query or fragment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HttpUrl(pub Url);

impl HttpUrl {
    pub fn parse(text: &str) -> Result<HttpUrl, String> {
        let url = Url::parse(text.trim()).map_err(|e| format!("'{text}' is not a URL ({e})"))?;
        if !matches!(url.scheme(), "http" | "https") || url.host_str().is_none() {
            return Err(format!("'{text}' is not an http(s) URL"));
        }
        if url.query().is_some() || url.fragment().is_some() {
            return Err("it must not have a query or fragment".to_owned());
        }
        Ok(HttpUrl(url))
    }
}

impl fmt::Display for HttpUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

from_text!(
    HttpUrl,
    "an http(s) URL such as https://portico.example.com"
);

/// An http(s) URL, or nothing (unset or empty).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OptionalUrl(pub Option<Url>);

impl OptionalUrl {
    pub fn parse(text: &str) -> Result<OptionalUrl, String> {
        match text.trim() {
            "" => Ok(OptionalUrl(None)),
            text => HttpUrl::parse(text).map(|url| OptionalUrl(Some(url.0))),
        }
    }
}

impl fmt::Display for OptionalUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.0 {
            Some(url) => url.fmt(f),
            None => Ok(()),
        }
    }
}

from_text!(OptionalUrl, "an http(s) URL, or empty for none");

/// Who notification emails come from: `Name <address>` or a bare address.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MailSender(pub lettre::message::Mailbox);

impl MailSender {
    pub fn parse(text: &str) -> Result<MailSender, String> {
        text.trim()
            .parse()
            .map(MailSender)
            .map_err(|e| format!("'{text}' is not an email sender ({e})"))
    }
}

impl fmt::Display for MailSender {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

from_text!(MailSender, "an address, or Name <address>");

/// A directory: any path but an empty one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Dir(pub PathBuf);

impl Dir {
    pub fn parse(text: &str) -> Result<Dir, String> {
        match text.trim() {
            "" => Err("it is empty".to_owned()),
            _ => Ok(Dir(PathBuf::from(text))),
        }
    }
}

impl fmt::Display for Dir {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.display().fmt(f)
    }
}

from_text!(Dir, "a directory, e.g. data");

mod identities;
mod lists;

pub use identities::{ClientId, MemberRole};
pub use lists::{Entry, HostNames, IpAddresses, List, Names, Origins};

/// A whole number between `MIN` and `MAX` of `U`'s unit, read as `U::Value`.
pub struct Bounded<const MIN: u64, const MAX: u64, U: Unit> {
    number: u64,
    value: U::Value,
}

/// What a bounded number counts.
pub trait Unit {
    /// What the number is read as (a `Duration`, a count).
    type Value: Copy + PartialEq + fmt::Debug;
    /// "seconds", "KiB", … for the hint.
    const WORD: &'static str;
    fn value(number: u64) -> Self::Value;
}

impl<const MIN: u64, const MAX: u64, U: Unit> Bounded<MIN, MAX, U> {
    pub fn new(number: u64) -> Self {
        Bounded {
            number,
            value: U::value(number),
        }
    }

    /// Exactly `value`, finer than the unit: for tests that cannot wait minutes.
    pub fn exactly(value: U::Value) -> Self {
        Bounded { number: 0, value }
    }

    /// The typed value: a `Duration` for times, the number for counts.
    pub fn get(&self) -> U::Value {
        self.value
    }
}

impl<const MIN: u64, const MAX: u64, U: Unit> Clone for Bounded<MIN, MAX, U> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<const MIN: u64, const MAX: u64, U: Unit> Copy for Bounded<MIN, MAX, U> {}

impl<const MIN: u64, const MAX: u64, U: Unit> PartialEq for Bounded<MIN, MAX, U> {
    fn eq(&self, other: &Self) -> bool {
        self.value == other.value
    }
}

impl<const MIN: u64, const MAX: u64, U: Unit> fmt::Debug for Bounded<MIN, MAX, U> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.value.fmt(f)
    }
}

impl<'de, const MIN: u64, const MAX: u64, U: Unit> Deserialize<'de> for Bounded<MIN, MAX, U> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let number = u64::deserialize(deserializer)?;
        if (MIN..=MAX).contains(&number) {
            Ok(Bounded::new(number))
        } else {
            Err(de::Error::custom(format!("{number} is out of range")))
        }
    }
}

impl<const MIN: u64, const MAX: u64, U: Unit> Serialize for Bounded<MIN, MAX, U> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_u64(self.number)
    }
}

impl<const MIN: u64, const MAX: u64, U: Unit> Hint for Bounded<MIN, MAX, U> {
    fn hint() -> String {
        format!("a whole number of {} between {MIN} and {MAX}", U::WORD)
    }
}

macro_rules! units {
    ($($name:ident: $word:literal => $value:ty, |$n:ident| $make:expr;)+) => {
        $(
            pub struct $name;

            impl Unit for $name {
                type Value = $value;
                const WORD: &'static str = $word;
                fn value($n: u64) -> $value {
                    $make
                }
            }
        )+
    };
}

units! {
    Seconds: "seconds" => Duration, |n| Duration::from_secs(n);
    Minutes: "minutes" => Duration, |n| Duration::from_secs(60 * n);
    Hours: "hours" => Duration, |n| Duration::from_secs(3600 * n);
    Days: "days" => u32, |n| n as u32;
    Kib: "KiB" => usize, |n| 1024 * n as usize;
    Attempts: "attempts" => u32, |n| n as u32;
    Requests: "requests" => usize, |n| n as usize;
    Checks: "password checks" => usize, |n| n as usize;
    Organizations: "organizations" => u64, |n| n;
    Calls: "calls" => u32, |n| n as u32;
    Reads: "reads" => u32, |n| n as u32;
    Pages: "open pages" => usize, |n| n as usize;
}

impl Hint for bool {
    fn hint() -> String {
        "true or false".to_owned()
    }
}
