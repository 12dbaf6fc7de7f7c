//! Provider icons served from Portico's own origin. Each is fetched from WorkOS's
//! provider-icon CDN (`{base}/provider-icons/{light|dark}/{icon}.svg`; in emulator mode
//! the emulator serves the same paths), kept 24 h, then revalidated with the CDN's
//! ETag / Last-Modified. A provider without a CDN icon, or a CDN that cannot be reached
//! or answers something that is not an SVG, gets Portico's own monogram instead (tried
//! again after a few minutes). Only providers Portico lists are served: the CDN is never
//! asked for a name a request made up.

use super::assets::{already_has, strong_etag};
use crate::model::{provider_for_icon, providers::Provider, IconTheme};
use axum::{
    body::Bytes,
    extract::Path,
    http::{header, HeaderMap, HeaderValue, StatusCode},
    response::{IntoResponse, Response},
    Extension,
};
use std::{
    sync::Arc,
    time::{Duration, Instant},
};
use url::Url;

/// How long an icon from the CDN is used before asking it again.
const FRESH_FOR: Duration = Duration::from_secs(24 * 60 * 60);
/// How long a fallback stands in before the CDN is tried again.
const RETRY_AFTER: Duration = Duration::from_secs(5 * 60);
/// Larger answers are not icons.
const MAX_ICON_BYTES: usize = 100 * 1024;

/// One icon as served.
#[derive(Debug)]
pub struct Icon {
    pub svg: Bytes,
    /// Where it came from, for tests and logs.
    pub from_cdn: bool,
    etag: HeaderValue,
    /// The CDN's validators, sent when the icon is revalidated.
    cdn_etag: Option<HeaderValue>,
    cdn_last_modified: Option<HeaderValue>,
    fresh_until: Instant,
}

/// The icons, fetched on first use and cached per provider and theme.
#[derive(Clone, Debug)]
pub struct ProviderIcons {
    http: reqwest::Client,
    base: Url,
    fresh_for: Duration,
    cache: moka::future::Cache<(IconTheme, &'static str), Arc<Icon>>,
}

impl ProviderIcons {
    /// Icons from the CDN at `base`, used for `fresh_for` before revalidating.
    pub fn new(mut base: Url, fresh_for: Duration) -> ProviderIcons {
        // `join` replaces a last segment without a slash: keep a base path whole.
        if !base.path().ends_with('/') {
            let path = format!("{}/", base.path());
            base.set_path(&path);
        }
        let http = reqwest::Client::builder()
            .connect_timeout(Duration::from_secs(3))
            .timeout(Duration::from_secs(5))
            .build()
            .expect("a client with timeouts only");
        ProviderIcons {
            http,
            base,
            fresh_for,
            // Bounded by the provider list: two themes of each.
            cache: moka::future::Cache::new(1_000),
        }
    }

    /// WorkOS's CDN, used for a day before revalidating.
    pub fn from_cdn(base: Url) -> ProviderIcons {
        ProviderIcons::new(base, FRESH_FOR)
    }

    /// The icon for `provider` in `theme`: cached, revalidated when stale, else drawn.
    pub async fn get(&self, provider: &'static Provider, theme: IconTheme) -> Arc<Icon> {
        let Some(name) = provider.icon else {
            return Arc::new(monogram(provider, theme, Instant::now() + self.fresh_for));
        };
        let key = (theme, provider.wire);
        let cached = self.cache.get(&key).await;
        if let Some(icon) = &cached {
            if Instant::now() < icon.fresh_until {
                return Arc::clone(icon);
            }
        }
        let icon = Arc::new(self.fetch(provider, name, theme, cached.as_deref()).await);
        self.cache.insert(key, Arc::clone(&icon)).await;
        icon
    }

    async fn fetch(
        &self,
        provider: &'static Provider,
        name: &str,
        theme: IconTheme,
        stale: Option<&Icon>,
    ) -> Icon {
        let Ok(url) = self
            .base
            .join(&format!("provider-icons/{}/{name}.svg", theme.as_str()))
        else {
            return monogram(provider, theme, Instant::now() + RETRY_AFTER);
        };
        let mut request = self.http.get(url);
        if let Some(stale) = stale.filter(|s| s.from_cdn) {
            if let Some(etag) = &stale.cdn_etag {
                request = request.header(header::IF_NONE_MATCH, etag.clone());
            }
            if let Some(modified) = &stale.cdn_last_modified {
                request = request.header(header::IF_MODIFIED_SINCE, modified.clone());
            }
        }
        let outcome = match request.send().await {
            Ok(answer) if answer.status() == reqwest::StatusCode::NOT_MODIFIED => {
                match stale.filter(|s| s.from_cdn) {
                    Some(stale) => {
                        return Icon {
                            svg: stale.svg.clone(),
                            from_cdn: true,
                            etag: stale.etag.clone(),
                            cdn_etag: stale.cdn_etag.clone(),
                            cdn_last_modified: stale.cdn_last_modified.clone(),
                            fresh_until: Instant::now() + self.fresh_for,
                        }
                    }
                    None => Err("304 without a copy".to_owned()),
                }
            }
            Ok(answer) if answer.status().is_success() => {
                let cdn_etag = answer.headers().get(header::ETAG).cloned();
                let cdn_last_modified = answer.headers().get(header::LAST_MODIFIED).cloned();
                match answer.bytes().await {
                    Ok(body) if is_svg(&body) => Ok((body, cdn_etag, cdn_last_modified)),
                    Ok(_) => Err("not an SVG".to_owned()),
                    Err(error) => Err(error.to_string()),
                }
            }
            Ok(answer) => Err(format!("answered {}", answer.status())),
            Err(error) => Err(error.to_string()),
        };
        match outcome {
            Ok((svg, cdn_etag, cdn_last_modified)) => Icon {
                etag: strong_etag(&svg),
                svg,
                from_cdn: true,
                cdn_etag,
                cdn_last_modified,
                fresh_until: Instant::now() + self.fresh_for,
            },
            Err(reason) => {
                tracing::warn!(icon = name, %reason, "provider icon unavailable, drawing one");
                // A copy the CDN gave earlier is better than a monogram.
                match stale.filter(|s| s.from_cdn) {
                    Some(stale) => Icon {
                        svg: stale.svg.clone(),
                        from_cdn: true,
                        etag: stale.etag.clone(),
                        cdn_etag: stale.cdn_etag.clone(),
                        cdn_last_modified: stale.cdn_last_modified.clone(),
                        fresh_until: Instant::now() + RETRY_AFTER,
                    },
                    None => monogram(provider, theme, Instant::now() + RETRY_AFTER),
                }
            }
        }
    }
}

fn is_svg(body: &[u8]) -> bool {
    if body.len() > MAX_ICON_BYTES {
        return false;
    }
    let text = String::from_utf8_lossy(body);
    let text = text.trim_start();
    text.starts_with("<svg") || (text.starts_with("<?xml") && text.contains("<svg"))
}

/// "AD FS SAML" → "AF", "Okta" → "OK".
fn initials(name: &str) -> String {
    let words: Vec<&str> = name.split_whitespace().collect();
    let letters: String = match words.as_slice() {
        [one] => one
            .chars()
            .filter(|c| c.is_alphanumeric())
            .take(2)
            .collect(),
        many => many
            .iter()
            .filter_map(|w| w.chars().next())
            .take(2)
            .collect(),
    };
    letters.to_uppercase()
}

/// Portico's own icon: the provider's initials on a quiet tile.
fn monogram(provider: &Provider, theme: IconTheme, fresh_until: Instant) -> Icon {
    let (fill, text) = match theme {
        IconTheme::Light => ("#e6e8f0", "#2f3447"),
        IconTheme::Dark => ("#2c3142", "#e6e8f0"),
    };
    let svg = format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" width="64" height="64" data-source="portico"><rect width="64" height="64" rx="14" fill="{fill}"/><text x="32" y="41" text-anchor="middle" font-family="system-ui, sans-serif" font-size="24" font-weight="700" fill="{text}">{initials}</text></svg>"##,
        initials = initials(provider.name),
    );
    let svg = Bytes::from(svg);
    Icon {
        etag: strong_etag(&svg),
        svg,
        from_cdn: false,
        cdn_etag: None,
        cdn_last_modified: None,
        fresh_until,
    }
}

/// `GET /icons/{theme}/{key}.svg`.
pub async fn serve(
    Extension(icons): Extension<ProviderIcons>,
    Path((theme, file)): Path<(String, String)>,
    headers: HeaderMap,
) -> Response {
    let (Some(theme), Some(provider)) = (
        IconTheme::parse(&theme),
        file.strip_suffix(".svg").and_then(provider_for_icon),
    ) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let icon = icons.get(provider, theme).await;
    let mut response = if already_has(&headers, &icon.etag) {
        StatusCode::NOT_MODIFIED.into_response()
    } else {
        icon.svg.clone().into_response()
    };
    let answer = response.headers_mut();
    answer.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("image/svg+xml"),
    );
    answer.insert(header::ETAG, icon.etag.clone());
    answer.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=86400"),
    );
    // A third party's SVG on our origin: never a document that runs anything.
    answer.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static("default-src 'none'; style-src 'unsafe-inline'; sandbox"),
    );
    answer.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn monograms_use_the_first_letters() {
        assert_eq!(initials("AD FS SAML"), "AF");
        assert_eq!(initials("Okta"), "OK");
        assert_eq!(initials("miniOrange SAML"), "MS");
    }

    #[test]
    fn only_svg_is_taken_from_the_cdn() {
        assert!(is_svg(b"<svg xmlns='http://www.w3.org/2000/svg'/>"));
        assert!(is_svg(b"  <?xml version='1.0'?><svg/>"));
        assert!(!is_svg(b"<html><script>alert(1)</script></html>"));
        assert!(!is_svg(&vec![b' '; MAX_ICON_BYTES + 1]));
    }
}
