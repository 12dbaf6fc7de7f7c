//! The built site's `/pkg` files (wasm, js, css), served from memory.
//!
//! Written by hand rather than with tower-http's `ServeDir` because `ServeDir` opens and
//! reads the file on every request: measured with `scripts/bench`, the css at ~10k req/s
//! against ~60k for `/healthz` on the same stack. These are a handful of files fixed at
//! build time, so they are read once at start, with the `.br` / `.gz` copies the build
//! makes (scripts/precompress.mjs), and answered from memory: the encoding the browser
//! accepts, a strong ETag, and 304 for a copy the browser already has.
//!
//! Each file is also served under a name with the build's fingerprint
//! (`portico.css` as `portico.1a2b3c4d5e6f7a8b.css`), which pages link to and browsers
//! may keep for a year without asking again; a new build has new names. One fingerprint
//! for the whole build, because Leptos names the script and the wasm from one stem.

use axum::{
    body::{Body, Bytes},
    extract::Path,
    http::{header, HeaderMap, HeaderValue, StatusCode},
    response::{IntoResponse, Response},
    Extension,
};
use std::{
    collections::HashMap,
    hash::{Hash, Hasher},
    sync::Arc,
};

/// One file and its precompressed copies.
#[derive(Debug)]
struct Asset {
    content_type: HeaderValue,
    etag: HeaderValue,
    identity: Bytes,
    brotli: Option<Bytes>,
    gzip: Option<Bytes>,
}

/// A file as served under one name: under the fingerprinted name it never changes.
#[derive(Debug)]
struct Served {
    asset: Arc<Asset>,
    immutable: bool,
}

/// Every file of a `pkg` directory, by name and by fingerprinted name.
#[derive(Clone, Debug, Default)]
pub struct Assets {
    files: Arc<HashMap<String, Served>>,
    fingerprint: Option<String>,
}

impl Assets {
    /// Reads every file of `dir` (not its subdirectories). A missing directory gives an
    /// empty set: pages still render, their scripts and styles answer 404.
    pub fn load(dir: &std::path::Path) -> std::io::Result<Assets> {
        let entries = match std::fs::read_dir(dir) {
            Ok(entries) => entries,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Assets::default()),
            Err(e) => return Err(e),
        };
        let mut assets = Vec::new();
        for entry in entries {
            let path = entry?.path();
            let Some(name) = path.file_name().and_then(|n| n.to_str()).map(str::to_owned) else {
                continue;
            };
            if !path.is_file() || name.ends_with(".br") || name.ends_with(".gz") {
                continue;
            }
            let identity = Bytes::from(std::fs::read(&path)?);
            let copy = |suffix: &str| std::fs::read(dir.join(format!("{name}.{suffix}"))).ok();
            let etag = strong_etag(&identity);
            let asset = Asset {
                content_type: HeaderValue::from_static(content_type(&name)),
                etag,
                identity,
                brotli: copy("br").map(Bytes::from),
                gzip: copy("gz").map(Bytes::from),
            };
            assets.push((name, Arc::new(asset)));
        }
        if assets.is_empty() {
            return Ok(Assets::default());
        }
        // Sorted, so the fingerprint depends on the files only, not on directory order.
        assets.sort_by(|a, b| a.0.cmp(&b.0));
        let mut build = std::collections::hash_map::DefaultHasher::new();
        for (name, asset) in &assets {
            name.hash(&mut build);
            asset.etag.as_bytes().hash(&mut build);
        }
        let fingerprint = format!("{:016x}", build.finish());
        let mut files = HashMap::new();
        for (name, asset) in assets {
            let served = Served {
                asset: Arc::clone(&asset),
                immutable: true,
            };
            files.insert(fingerprinted(&name, &fingerprint), served);
            let served = Served {
                asset,
                immutable: false,
            };
            files.insert(name, served);
        }
        Ok(Assets {
            files: Arc::new(files),
            fingerprint: Some(fingerprint),
        })
    }

    /// The name pages use for `stem` (such as `portico`): with the build's fingerprint
    /// once files are loaded, unchanged before.
    pub fn stem(&self, stem: &str) -> String {
        match &self.fingerprint {
            Some(fingerprint) => format!("{stem}.{fingerprint}"),
            None => stem.to_owned(),
        }
    }
}

/// A strong ETag from a 64-bit content hash: enough to tell versions apart, not a
/// security boundary.
pub fn strong_etag(bytes: &[u8]) -> HeaderValue {
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    bytes.hash(&mut hasher);
    HeaderValue::from_str(&format!("\"{:016x}\"", hasher.finish()))
        .expect("hex is a valid header value")
}

/// Whether the request's `If-None-Match` names `etag` (weak or strong, in a list).
pub fn already_has(headers: &HeaderMap, etag: &HeaderValue) -> bool {
    headers
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|tags| {
            tags.split(',')
                .any(|t| t.trim().trim_start_matches("W/") == etag)
        })
}

/// `portico.css` → `portico.<fingerprint>.css` (the fingerprint after the first stem).
fn fingerprinted(name: &str, fingerprint: &str) -> String {
    match name.split_once('.') {
        Some((stem, rest)) => format!("{stem}.{fingerprint}.{rest}"),
        None => format!("{name}.{fingerprint}"),
    }
}

fn content_type(name: &str) -> &'static str {
    match name.rsplit('.').next().unwrap_or_default() {
        "wasm" => "application/wasm",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "svg" => "image/svg+xml",
        "json" | "map" => "application/json",
        "ts" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

/// Which encodings the request accepts: (br, gzip). `q=0` refuses one.
fn accepted(headers: &HeaderMap) -> (bool, bool) {
    let mut brotli = false;
    let mut gzip = false;
    for value in headers.get_all(header::ACCEPT_ENCODING) {
        for item in value.to_str().unwrap_or_default().split(',') {
            let mut parts = item.split(';');
            let coding = parts.next().unwrap_or_default().trim();
            let refused = parts.any(|p| {
                p.trim()
                    .strip_prefix("q=")
                    .and_then(|q| q.trim().parse::<f32>().ok())
                    == Some(0.0)
            });
            match coding {
                "br" => brotli = !refused,
                "gzip" => gzip = !refused,
                _ => {}
            }
        }
    }
    (brotli, gzip)
}

/// `GET /pkg/{name}`.
pub async fn serve(
    Extension(assets): Extension<Assets>,
    Path(name): Path<String>,
    headers: HeaderMap,
) -> Response {
    let Some(Served { asset, immutable }) = assets.files.get(&name) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let mut response = Response::new(Body::empty());
    let answer_headers = response.headers_mut();
    answer_headers.insert(header::ETAG, asset.etag.clone());
    // A fingerprinted name always means these bytes; a plain name is revalidated (304).
    let cache = if *immutable {
        "public, max-age=31536000, immutable"
    } else {
        "no-cache"
    };
    answer_headers.insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
    answer_headers.insert(header::VARY, HeaderValue::from_static("accept-encoding"));
    answer_headers.insert(header::CONTENT_TYPE, asset.content_type.clone());
    if already_has(&headers, &asset.etag) {
        *response.status_mut() = StatusCode::NOT_MODIFIED;
        return response;
    }
    let (brotli, gzip) = accepted(&headers);
    let (body, encoding) = match (&asset.brotli, &asset.gzip) {
        (Some(body), _) if brotli => (body.clone(), Some("br")),
        (_, Some(body)) if gzip => (body.clone(), Some("gzip")),
        _ => (asset.identity.clone(), None),
    };
    if let Some(encoding) = encoding {
        response
            .headers_mut()
            .insert(header::CONTENT_ENCODING, HeaderValue::from_static(encoding));
    }
    *response.body_mut() = Body::from(body);
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(accept_encoding: &str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert(
            header::ACCEPT_ENCODING,
            HeaderValue::from_str(accept_encoding).unwrap(),
        );
        headers
    }

    #[test]
    fn fingerprints_go_after_the_stem() {
        assert_eq!(fingerprinted("portico.css", "ab12"), "portico.ab12.css");
        assert_eq!(fingerprinted("portico.d.ts", "ab12"), "portico.ab12.d.ts");
        assert_eq!(fingerprinted("LICENSE", "ab12"), "LICENSE.ab12");
    }

    #[test]
    fn accept_encoding_is_read_with_its_refusals() {
        assert_eq!(accepted(&headers("gzip, deflate, br, zstd")), (true, true));
        assert_eq!(accepted(&headers("gzip;q=1.0, br;q=0")), (false, true));
        assert_eq!(accepted(&headers("identity")), (false, false));
        assert_eq!(accepted(&HeaderMap::new()), (false, false));
    }
}
