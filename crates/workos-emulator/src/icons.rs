//! WorkOS's provider icons as a CDN serves them (`/provider-icons.json`,
//! `/provider-icons/{light|dark}/{icon}.svg`), drawn here so pickers work offline: a
//! coloured tile with the provider's initials, one colour per icon name. Public, like
//! the CDN: no API key.

use axum::{
    extract::Path,
    http::{header, HeaderMap, HeaderValue, StatusCode},
    response::{IntoResponse, Response},
    Json,
};
use std::collections::BTreeSet;
use workos::providers;

/// Every icon name the provider tables use, sorted.
fn names() -> BTreeSet<&'static str> {
    providers::SSO
        .iter()
        .chain(providers::DIRECTORIES)
        .filter_map(|p| p.icon)
        .collect()
}

/// `GET /provider-icons.json`: the icons there are, with their paths.
pub async fn list() -> Json<serde_json::Value> {
    let icons: Vec<serde_json::Value> = names()
        .into_iter()
        .map(|name| {
            serde_json::json!({
                "slug": name,
                "light": format!("/provider-icons/light/{name}.svg"),
                "dark": format!("/provider-icons/dark/{name}.svg"),
            })
        })
        .collect();
    Json(serde_json::json!({ "icons": icons }))
}

/// `GET /provider-icons/{theme}/{name}.svg`.
pub async fn icon(Path((theme, file)): Path<(String, String)>, headers: HeaderMap) -> Response {
    let dark = match theme.as_str() {
        "light" => false,
        "dark" => true,
        _ => return StatusCode::NOT_FOUND.into_response(),
    };
    let Some(name) = file
        .strip_suffix(".svg")
        .and_then(|name| names().into_iter().find(|n| *n == name))
    else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let svg = draw(name, dark);
    let etag = format!("\"{}-{:x}\"", theme, fnv1a(svg.as_bytes()));
    let mut response = if headers
        .get(header::IF_NONE_MATCH)
        .is_some_and(|v| v.as_bytes() == etag.as_bytes())
    {
        StatusCode::NOT_MODIFIED.into_response()
    } else {
        svg.into_response()
    };
    let answer = response.headers_mut();
    answer.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("image/svg+xml"),
    );
    answer.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=86400"),
    );
    if let Ok(etag) = HeaderValue::from_str(&etag) {
        answer.insert(header::ETAG, etag);
    }
    response
}

/// "ping-identity" → "PI", "okta" → "OK".
fn initials(name: &str) -> String {
    let parts: Vec<&str> = name.split('-').filter(|p| !p.is_empty()).collect();
    let letters: String = match parts.as_slice() {
        [one] => one.chars().take(2).collect(),
        many => many
            .iter()
            .filter_map(|p| p.chars().next())
            .take(2)
            .collect(),
    };
    letters.to_uppercase()
}

fn draw(name: &str, dark: bool) -> String {
    let hue = fnv1a(name.as_bytes()) % 360;
    let (fill, text) = if dark {
        (format!("hsl({hue} 45% 30%)"), "#f5f5f7")
    } else {
        (format!("hsl({hue} 65% 42%)"), "#ffffff")
    };
    format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" width="64" height="64" data-source="workos-emulator" data-icon="{name}"><rect width="64" height="64" rx="14" fill="{fill}"/><text x="32" y="41" text-anchor="middle" font-family="system-ui, sans-serif" font-size="24" font-weight="700" fill="{text}">{initials}</text></svg>"##,
        initials = initials(name),
    )
}

/// A small stable hash (FNV-1a): the same icon gets the same colour and ETag on every run.
fn fnv1a(bytes: &[u8]) -> u32 {
    bytes.iter().fold(0x811c_9dc5, |hash, byte| {
        (hash ^ u32::from(*byte)).wrapping_mul(0x0100_0193)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn initials_come_from_the_name() {
        assert_eq!(initials("okta"), "OK");
        assert_eq!(initials("ping-identity"), "PI");
        assert_eq!(initials("bamboo-hr"), "BH");
        assert_eq!(initials("auth0"), "AU");
    }
}
