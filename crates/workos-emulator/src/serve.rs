//! Starting an emulator: bind, then serve in the background.

use crate::{
    control::Controls,
    emulator::Emulator,
    options::Options,
    router::router,
    store::{Store, StoreError},
};
use std::{net::SocketAddr, sync::Arc};
use url::Url;

/// A started emulator.
pub struct RunningEmulator {
    /// Where it listens.
    pub addr: SocketAddr,
    /// The one key it accepts.
    pub api_key: String,
    /// `http://{addr}`: the API base URL and the portal's origin.
    pub base_url: Url,
    /// The server task.
    pub task: tokio::task::JoinHandle<()>,
    /// Its objects, for a program that embeds it (e.g. to register its own webhook
    /// endpoint).
    pub store: Arc<Store>,
    /// Where the mail sink listens, when `Options::smtp_addr` asked for one.
    pub smtp_addr: Option<SocketAddr>,
    /// The environment's client id, for SSO sign-in.
    pub client_id: String,
}

/// Why the emulator could not start.
#[derive(Debug, thiserror::Error)]
pub enum EmulatorError {
    /// The address is taken or not ours.
    #[error("cannot listen on {addr}: {reason}. Fix: pick a free HOST:PORT (port 0 picks one)")]
    Bind {
        /// The address asked for.
        addr: SocketAddr,
        /// What the system said.
        reason: String,
    },
    /// The state file is unreadable.
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// Binds and serves the emulator in the background.
pub async fn spawn(options: Options) -> Result<RunningEmulator, EmulatorError> {
    let Options {
        addr,
        api_key: key,
        state_file,
        rate_limit,
        control_routes,
        webhook_first_retry,
        smtp_addr,
        client_id,
        redirect_uris,
    } = options;
    let store = Arc::new(Store::open(state_file)?);
    let smtp_addr = match smtp_addr {
        Some(addr) => Some(crate::smtp::start(addr, store.clone()).await.map_err(|e| {
            EmulatorError::Bind {
                addr,
                reason: e.to_string(),
            }
        })?),
        None => None,
    };
    crate::deliveries::start(store.clone(), webhook_first_retry);
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .map_err(|e| EmulatorError::Bind {
            addr,
            reason: e.to_string(),
        })?;
    let bound = listener.local_addr().map_err(|e| EmulatorError::Bind {
        addr,
        reason: e.to_string(),
    })?;
    let base_url =
        Url::parse(&format!("http://{bound}")).expect("socket address is a valid URL host");
    let emulator = Emulator {
        store: store.clone(),
        controls: Arc::new(Controls::new(rate_limit)),
        api_requests: Arc::default(),
        key: Arc::from(key.as_str()),
        public_url: base_url.clone(),
        controls_enabled: control_routes,
        client_id: Arc::from(client_id.as_str()),
        redirect_uris: Arc::from(redirect_uris),
    };
    let app = router(emulator);
    let task = tokio::spawn(async move {
        if let Err(error) = axum::serve(without_delay(listener), app).await {
            tracing::error!(%error, "emulator stopped");
        }
    });
    Ok(RunningEmulator {
        addr: bound,
        api_key: key,
        base_url,
        task,
        store,
        smtp_addr,
        client_id,
    })
}

/// Sets TCP_NODELAY on every accepted connection. Without it a response written in two
/// parts (headers, then body) waits for the peer's delayed ACK: ~40 ms per request.
/// The concrete type, so axum can still give handlers the peer address (`ConnectInfo`).
pub fn without_delay(
    listener: tokio::net::TcpListener,
) -> axum::serve::TapIo<tokio::net::TcpListener, fn(&mut tokio::net::TcpStream)> {
    use axum::serve::ListenerExt;
    fn no_delay(tcp: &mut tokio::net::TcpStream) {
        if let Err(error) = tcp.set_nodelay(true) {
            tracing::debug!(%error, "could not set TCP_NODELAY");
        }
    }
    listener.tap_io(no_delay as fn(&mut tokio::net::TcpStream))
}
