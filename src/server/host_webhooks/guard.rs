//! The SSRF guard: Portico posts to addresses a host registered, so it must not be made
//! to reach what only it can reach (its database, a cloud metadata service, the loopback
//! admin of something else). Every address a URL's name resolves to must be public,
//! unless `host_api.webhooks_to_private_addresses` allows otherwise; the request then
//! goes to the address that was checked (no second lookup a rebinding DNS could answer
//! differently), and redirects are never followed.

use std::net::{IpAddr, SocketAddr};
use url::Url;

#[derive(Debug, PartialEq, thiserror::Error)]
pub enum Refused {
    #[error("the URL must be http or https with a host name")]
    NotHttp,
    #[error("{0} is a private, loopback or link-local address: Portico does not post there")]
    Private(IpAddr),
    #[error("{0} does not resolve to any address")]
    Unresolved(String),
}

/// Whether `ip` is one only this machine or its network can reach (or one that carries
/// such an address inside it, as the IPv6 transition forms do).
pub fn is_private(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => {
            let [a, b, c, _] = v4.octets();
            v4.is_private()
                || v4.is_loopback()
                || v4.is_link_local()
                || v4.is_unspecified()
                || v4.is_multicast()
                || v4.is_documentation()
                || a == 0
                // Shared address space (carrier-grade NAT).
                || (a == 100 && (64..128).contains(&b))
                // Benchmarking, IETF protocol assignments, and the reserved 240/4.
                || (a == 198 && (b == 18 || b == 19))
                || (a == 192 && b == 0 && c == 0)
                || a >= 240
        }
        IpAddr::V6(v6) => {
            let segments = v6.segments();
            let embedded = |high: u16, low: u16| {
                IpAddr::V4(std::net::Ipv4Addr::from(
                    (u32::from(high) << 16) | u32::from(low),
                ))
            };
            match segments {
                // IPv4-mapped (::ffff:a.b.c.d) and IPv4-compatible (::a.b.c.d).
                [0, 0, 0, 0, 0, 0xffff, high, low] | [0, 0, 0, 0, 0, 0, high, low]
                    if !(high == 0 && low <= 1) =>
                {
                    is_private(embedded(high, low))
                }
                // NAT64 (64:ff9b::a.b.c.d) reaches the IPv4 address it carries.
                [0x64, 0xff9b, 0, 0, 0, 0, high, low] => is_private(embedded(high, low)),
                // 6to4 (2002:aabb:ccdd::) carries one too.
                [0x2002, high, low, ..] => is_private(embedded(high, low)),
                _ => {
                    let first = segments[0];
                    v6.is_loopback()
                        || v6.is_unspecified()
                        || v6.is_multicast()
                        // Unique local (fc00::/7), link-local (fe80::/10), the old
                        // site-local (fec0::/10).
                        || (first & 0xfe00) == 0xfc00
                        || (first & 0xffc0) == 0xfe80
                        || (first & 0xffc0) == 0xfec0
                        // Local-use NAT64 (64:ff9b:1::/48) and Teredo (2001::/32), whose
                        // IPv4 address cannot be trusted.
                        || (first == 0x64 && segments[1] == 0xff9b)
                        || (first == 0x2001 && segments[1] == 0)
                }
            }
        }
    }
}

/// The address to post `url` to, checked.
pub async fn address(url: &Url, allow_private: bool) -> Result<SocketAddr, Refused> {
    if !matches!(url.scheme(), "http" | "https") {
        return Err(Refused::NotHttp);
    }
    let host = url.host_str().ok_or(Refused::NotHttp)?;
    let port = url.port_or_known_default().ok_or(Refused::NotHttp)?;
    let bare = host.trim_start_matches('[').trim_end_matches(']');
    let resolved: Vec<SocketAddr> = match bare.parse::<IpAddr>() {
        Ok(ip) => vec![SocketAddr::new(ip, port)],
        Err(_) => {
            let lookup = tokio::net::lookup_host((bare, port));
            tokio::time::timeout(std::time::Duration::from_secs(5), lookup)
                .await
                .map_err(|_| Refused::Unresolved(host.to_owned()))?
                .map_err(|_| Refused::Unresolved(host.to_owned()))?
                .collect()
        }
    };
    let first = *resolved
        .first()
        .ok_or_else(|| Refused::Unresolved(host.to_owned()))?;
    if !allow_private {
        if let Some(private) = resolved.iter().find(|a| is_private(a.ip())) {
            return Err(Refused::Private(private.ip()));
        }
    }
    Ok(first)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn private_loopback_and_link_local_addresses_are_refused() {
        for private in [
            "127.0.0.1",
            "10.1.2.3",
            "172.16.0.1",
            "192.168.1.1",
            "169.254.169.254",
            "0.0.0.0",
            "100.64.0.1",
            "::1",
            "fc00::1",
            "fe80::1",
            "::ffff:127.0.0.1",
            "::ffff:169.254.169.254",
        ] {
            assert!(is_private(private.parse().unwrap()), "{private}");
        }
        for public in [
            "93.184.216.34",
            "8.8.8.8",
            "2606:4700::1111",
            "64:ff9b::5db8:d822",
            "2002:5db8:d822::1",
        ] {
            assert!(!is_private(public.parse().unwrap()), "{public}");
        }
    }

    #[tokio::test]
    async fn a_url_naming_a_private_address_is_refused_unless_allowed() {
        let url = |u: &str| Url::parse(u).unwrap();
        assert_eq!(
            address(&url("http://127.0.0.1:9/hook"), false).await,
            Err(Refused::Private("127.0.0.1".parse().unwrap()))
        );
        assert_eq!(
            address(&url("http://[::1]:9/hook"), false).await,
            Err(Refused::Private("::1".parse().unwrap()))
        );
        assert!(address(&url("http://127.0.0.1:9/hook"), true).await.is_ok());
        assert_eq!(
            address(&url("ftp://example.com/"), false).await,
            Err(Refused::NotHttp)
        );
        // `localhost` resolves to loopback: refused by name too.
        assert!(matches!(
            address(&url("http://localhost:9/"), false).await,
            Err(Refused::Private(_))
        ));
    }
}
