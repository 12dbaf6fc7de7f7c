//! Serving connections with hyper directly rather than `axum::serve`, which sets no
//! header-read timeout: a client could hold a connection (and its memory) for as long
//! as it likes by sending its headers a byte at a time.

use axum::{extract::ConnectInfo, http::header, Router};
use hyper::body::Incoming;
use hyper_util::{
    rt::{TokioIo, TokioTimer},
    server::graceful::GracefulShutdown,
};
use std::{
    future::Future,
    sync::{
        atomic::{AtomicBool, Ordering},
        Arc,
    },
    time::Duration,
};
use tokio::net::TcpListener;
use tower::ServiceExt;

/// How connections are served.
pub struct ServeOptions {
    /// Longest a client may take to send a request's headers; then the connection closes.
    pub header_read_timeout: Duration,
    /// After `stop`, how long requests in flight get to finish.
    pub grace: Duration,
}

/// Longest an open connection is kept after `stop` for the one request a proxy may still
/// send on it.
const DRAIN: Duration = Duration::from_secs(5);

/// Serves `app` on `listener` until `stop` completes, then stops accepting and lets the
/// requests in flight finish for at most `grace`. Handlers get the peer's address as
/// `ConnectInfo<SocketAddr>`.
///
/// Stopping drains before it closes: a load balancer keeps idle connections open to
/// reuse, and one closed under it just as it sends a request on it fails that request
/// (a POST is not sent again). So for a few seconds each open connection answers its
/// next request with `Connection: close` and is then closed by that answer; only the
/// connections left after that are closed as they stand.
pub async fn serve(
    listener: TcpListener,
    app: Router,
    options: ServeOptions,
    stop: impl Future<Output = ()>,
) {
    let mut http = hyper::server::conn::http1::Builder::new();
    http.timer(TokioTimer::new())
        .header_read_timeout(options.header_read_timeout);
    let connections = GracefulShutdown::new();
    let draining = Arc::new(AtomicBool::new(false));
    tokio::pin!(stop);
    loop {
        let (tcp, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(pair) => pair,
                Err(error) => {
                    // Out of file descriptors, say: wait a little rather than spin.
                    tracing::warn!(%error, "could not accept a connection");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            () = &mut stop => break,
        };
        // Without it a response written in two parts waits for the peer's delayed ACK.
        if let Err(error) = tcp.set_nodelay(true) {
            tracing::debug!(%error, "could not set TCP_NODELAY");
        }
        let app = app.clone();
        let draining = Arc::clone(&draining);
        let service = hyper::service::service_fn(move |mut request: hyper::Request<Incoming>| {
            request.extensions_mut().insert(ConnectInfo(peer));
            let answer = app.clone().oneshot(request.map(axum::body::Body::new));
            let draining = Arc::clone(&draining);
            async move {
                let mut response = answer.await?;
                if draining.load(Ordering::Relaxed) {
                    let close = header::HeaderValue::from_static("close");
                    response.headers_mut().insert(header::CONNECTION, close);
                }
                Ok::<_, std::convert::Infallible>(response)
            }
        });
        let connection = connections.watch(http.serve_connection(TokioIo::new(tcp), service));
        tokio::spawn(async move {
            if let Err(error) = connection.await {
                tracing::debug!(%error, %peer, "connection closed with an error");
            }
        });
    }
    drop(listener);
    let stopped_at = tokio::time::Instant::now();
    draining.store(true, Ordering::Relaxed);
    let drain_until = stopped_at + DRAIN.min(options.grace / 2);
    while connections.count() > 0 && tokio::time::Instant::now() < drain_until {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    tokio::select! {
        () = connections.shutdown() => {}
        () = tokio::time::sleep_until(stopped_at + options.grace) => {
            tracing::warn!(grace = ?options.grace, "requests still in flight at the end of the grace period");
        }
    }
}
