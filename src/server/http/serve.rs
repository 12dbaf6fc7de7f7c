//! Serving connections with hyper directly rather than `axum::serve`, which sets no
//! header-read timeout: a client could hold a connection (and its memory) for as long
//! as it likes by sending its headers a byte at a time.

use axum::{extract::ConnectInfo, Router};
use hyper::body::Incoming;
use hyper_util::{
    rt::{TokioIo, TokioTimer},
    server::graceful::GracefulShutdown,
};
use std::{future::Future, time::Duration};
use tokio::net::TcpListener;
use tower::ServiceExt;

/// How connections are served.
pub struct ServeOptions {
    /// Longest a client may take to send a request's headers; then the connection closes.
    pub header_read_timeout: Duration,
    /// After `stop`, how long requests in flight get to finish.
    pub grace: Duration,
}

/// Serves `app` on `listener` until `stop` completes, then stops accepting and lets the
/// requests in flight finish for at most `grace`. Handlers get the peer's address as
/// `ConnectInfo<SocketAddr>`.
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
        let service = hyper::service::service_fn(move |mut request: hyper::Request<Incoming>| {
            request.extensions_mut().insert(ConnectInfo(peer));
            app.clone().oneshot(request.map(axum::body::Body::new))
        });
        let connection = connections.watch(http.serve_connection(TokioIo::new(tcp), service));
        tokio::spawn(async move {
            if let Err(error) = connection.await {
                tracing::debug!(%error, %peer, "connection closed with an error");
            }
        });
    }
    drop(listener);
    tokio::select! {
        () = connections.shutdown() => {}
        () = tokio::time::sleep(options.grace) => {
            tracing::warn!(grace = ?options.grace, "requests still in flight at the end of the grace period");
        }
    }
}
