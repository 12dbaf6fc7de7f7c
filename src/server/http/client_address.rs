//! Who is on the other end: the connection's peer, or, behind a trusted reverse proxy,
//! the address it forwarded.

use crate::{
    model::{AppError, ErrorKind},
    server::state::AppState,
};
use axum::http::request::Parts;
use leptos::prelude::use_context;

/// The client's address: the connection's peer, or, when that peer is a trusted reverse
/// proxy, the last address in `X-Forwarded-For` that is not one.
pub fn client_address(state: &AppState) -> Result<std::net::IpAddr, AppError> {
    let parts = use_context::<Parts>()
        .ok_or_else(|| AppError::new(ErrorKind::Internal, "Request parts are missing."))?;
    let peer = parts
        .extensions
        .get::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
        .map(|info| info.0.ip())
        .ok_or_else(|| AppError::new(ErrorKind::Internal, "The client address is missing."))?;
    Ok(client_behind(
        peer,
        &parts.headers,
        &state.config.http.trusted_proxies,
    ))
}

pub fn client_behind(
    peer: std::net::IpAddr,
    headers: &axum::http::HeaderMap,
    trusted: &[std::net::IpAddr],
) -> std::net::IpAddr {
    if !trusted.contains(&peer) {
        return peer;
    }
    let forwarded: Vec<std::net::IpAddr> = headers
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .filter_map(|a| a.trim().parse().ok())
        .collect();
    forwarded
        .into_iter()
        .rev()
        .find(|a| !trusted.contains(a))
        .unwrap_or(peer)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forwarded_addresses_count_only_behind_a_trusted_proxy() {
        let proxy: std::net::IpAddr = [10, 0, 0, 2].into();
        let mut headers = axum::http::HeaderMap::new();
        headers.insert("x-forwarded-for", "6.6.6.6, 203.0.113.9".parse().unwrap());
        // Not a trusted proxy: its header says nothing.
        assert_eq!(client_behind(proxy, &headers, &[]), proxy);
        // Trusted: the last address it added, not what the client wrote before it.
        assert_eq!(
            client_behind(proxy, &headers, &[proxy]),
            std::net::IpAddr::from([203, 0, 113, 9])
        );
        assert_eq!(
            client_behind(proxy, &axum::http::HeaderMap::new(), &[proxy]),
            proxy
        );
    }
}
