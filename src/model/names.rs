//! Names people type, made plain and checked once, at the edge: a DNS name and an email
//! address. Holding one means it was valid when it was built.

use super::clipped;
use std::fmt;

/// A domain name as typed, made plain: no scheme, path, port or trailing dot, lower case,
/// international names in their ASCII (punycode) form, at least two labels.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DnsName(String);

/// Why what was typed is not a domain name: `reason` names it (`domain-reason` in the
/// message files words it, completing "\"{input}\" …").
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{input:?} is not a domain name: {}", self.reason_text())]
pub struct BadDnsName {
    pub input: String,
    pub reason: &'static str,
}

impl BadDnsName {
    /// The reason in words ("has spaces in it").
    pub fn reason_text(&self) -> String {
        crate::t!("domain-reason", reason = self.reason)
    }
}

impl DnsName {
    pub fn parse(input: &str) -> Result<DnsName, BadDnsName> {
        let bad = |reason| BadDnsName {
            input: clipped(input, 80),
            reason,
        };
        let typed = input.trim();
        if typed.is_empty() {
            return Err(bad("empty"));
        }
        if typed.contains("://") || typed.contains(['/', '?', '#']) {
            return Err(bad("more-than-a-domain"));
        }
        if typed.contains('@') {
            return Err(bad("email-address"));
        }
        if typed.contains(char::is_whitespace) {
            return Err(bad("spaces"));
        }
        if typed.contains(':') {
            return Err(bad("port"));
        }
        let typed = typed.strip_suffix('.').unwrap_or(typed);
        if typed.parse::<std::net::IpAddr>().is_ok() {
            return Err(bad("ip-address"));
        }
        let last = typed.rsplit('.').next().unwrap_or_default();
        if !last.is_empty() && last.bytes().all(|b| b.is_ascii_digit()) {
            return Err(bad("ends-in-number"));
        }
        // The URL crate applies IDNA (lower case, punycode) and rejects forbidden characters.
        let ascii = match url::Host::parse(typed) {
            Ok(url::Host::Domain(ascii)) => ascii,
            Ok(_) => return Err(bad("ip-address")),
            Err(_) => return Err(bad("bad-characters")),
        };
        let labels: Vec<&str> = ascii.split('.').collect();
        if labels.len() < 2 {
            return Err(bad("needs-a-dot"));
        }
        if ascii.len() > 253 {
            return Err(bad("too-long"));
        }
        let label_ok = |label: &str| {
            (1..=63).contains(&label.len())
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-')
        };
        if !labels.iter().all(|l| label_ok(l)) {
            return Err(bad("bad-part"));
        }
        if labels
            .last()
            .is_some_and(|tld| tld.bytes().all(|b| b.is_ascii_digit()))
        {
            return Err(bad("ends-in-number"));
        }
        Ok(DnsName(ascii))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for DnsName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<DnsName> for String {
    fn from(name: DnsName) -> String {
        name.0
    }
}

/// An email address as typed, trimmed and lower-cased; its domain is a [`DnsName`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EmailAddress(String);

/// What was typed (clipped), which is not an email address.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{0:?} is not an email address")]
pub struct BadEmailAddress(pub String);

impl EmailAddress {
    pub fn parse(input: &str) -> Result<EmailAddress, BadEmailAddress> {
        let bad = || BadEmailAddress(clipped(input, 80));
        let typed = input.trim();
        let (local, domain) = typed.rsplit_once('@').ok_or_else(bad)?;
        let local_ok = (1..=64).contains(&local.len())
            && !local
                .chars()
                .any(|c| c.is_whitespace() || c.is_control() || "@<>()[]\\,;:\"".contains(c));
        if !local_ok || typed.len() > 254 {
            return Err(bad());
        }
        let domain = DnsName::parse(domain).map_err(|_| bad())?;
        Ok(EmailAddress(format!("{}@{domain}", local.to_lowercase())))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for EmailAddress {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<EmailAddress> for String {
    fn from(address: EmailAddress) -> String {
        address.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_domains_are_made_plain_or_refused_with_a_reason() {
        for (typed, plain) in [
            ("acme.example", "acme.example"),
            ("  Acme.Example.  ", "acme.example"),
            ("sub.acme.co.uk", "sub.acme.co.uk"),
            ("bücher.example", "xn--bcher-kva.example"),
        ] {
            assert_eq!(DnsName::parse(typed).unwrap().as_str(), plain, "{typed}");
        }
        for (typed, reason) in [
            ("", "empty"),
            ("   ", "empty"),
            ("acme", "needs-a-dot"),
            ("https://acme.example", "more-than-a-domain"),
            ("acme.example/login", "more-than-a-domain"),
            ("ada@acme.example", "email-address"),
            ("not a domain", "spaces"),
            ("a b.example", "spaces"),
            ("acme.example:443", "port"),
            ("10.0.0.1", "ip-address"),
            ("acme..example", "bad-part"),
            ("-acme.example", "bad-part"),
            ("acme_corp.example", "bad-part"),
            ("acme.123", "ends-in-number"),
            (&format!("{}.example", "a".repeat(64)), "bad-part"),
        ] {
            assert_eq!(
                DnsName::parse(typed).map_err(|e| e.reason),
                Err(reason),
                "{typed:?}"
            );
        }
    }

    #[test]
    fn email_addresses_are_trimmed_lowered_and_checked() {
        assert_eq!(
            EmailAddress::parse("  IT@Acme.Example ").unwrap().as_str(),
            "it@acme.example"
        );
        for bad in [
            "",
            "it",
            "@acme.example",
            "it@",
            "it@acme",
            "i t@acme.example",
            "it@acme.example/x",
            "<it@acme.example>",
        ] {
            assert!(EmailAddress::parse(bad).is_err(), "{bad:?} accepted");
        }
    }
}
