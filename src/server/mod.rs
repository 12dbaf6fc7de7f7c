//! Everything that never reaches the browser, by feature. ARCHITECTURE.md draws the
//! layers: `http` → features → `state` → shared services (`audit`, `auth`, `status`) →
//! `db`, `config`, `error` → the shared types in `crate::model`. No module imports one
//! above it (`scripts/check-layout` checks).

// Cross-cutting
pub mod clock;
pub mod config;
pub mod db;
pub mod error;
pub mod http;
pub mod mail;
pub mod metrics;
pub mod startup;
pub mod state;

// Shared services: they never see `AppState`.
pub mod audit;
pub mod auth;
pub mod language;
pub mod render_memo;
pub mod status;

// Features
pub mod activity;
pub mod api_keys;
pub mod console;
pub mod domains;
pub mod embed;
pub mod events;
pub mod host_api;
pub mod host_webhooks;
pub mod it_admins;
pub mod members;
pub mod notify;
pub mod portal;
pub mod sso;
pub mod staff;

// Commands
pub mod doctor;
pub mod seed;

pub use config::{Config, Secrets};
pub use startup::{start, Running, StartError};
