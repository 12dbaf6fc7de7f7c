//! WorkOS for this instance: the API with a key, or the embedded emulator (which then
//! also sends Portico its webhooks, and serves the provider icons offline).

use super::{emulator_endpoint::EmulatorEndpoint, error::StartError};
use crate::server::{
    config::{public_link, Config, WebhookSecret, WORKOS_ICON_CDN},
    db, events,
    mail::Mailer,
};
use url::Url;
use workos::{ApiKey, WorkosClient};
use workos_emulator::RunningEmulator;

/// With the embedded emulator and no webhook secret of its own, Portico registers its
/// webhook endpoint there with a secret it makes, so that the emulator's events reach it
/// as WorkOS's would: the whole flow, live status included, runs on a fresh machine.
pub(super) fn hear_emulator(
    emulator: &Option<RunningEmulator>,
    public_url: &Url,
) -> Option<WebhookSecret> {
    let emulator = emulator.as_ref()?;
    let secret = format!("whsec_{}", hex::encode(rand::random::<[u8; 24]>()));
    let endpoint = public_link(public_url, "/webhooks/workos");
    let events = events::MIRRORED_EVENTS
        .iter()
        .map(|&e| e.to_owned())
        .collect();
    emulator
        .store
        .register_webhook_endpoint(&endpoint, events, secret.clone());
    Some(WebhookSecret(secret))
}

/// The WorkOS API with a key; without one, an emulator started here (its state kept in
/// the data directory, its address published there for command-line tools).
pub(super) async fn connect_workos(
    config: &Config,
    api_key: Option<ApiKey>,
    public_url: &Url,
) -> Result<(WorkosClient, Option<RunningEmulator>), StartError> {
    if let Some(key) = api_key {
        let client = WorkosClient::new(
            config.workos.api_base_url.0.clone(),
            key,
            config.workos.client_options(),
        )?
        .with_budget(config.workos.call_budget());
        return Ok((client, None));
    }
    let key = ApiKey::random_test_key();
    db::private_data_dir(&config.paths.data_dir.0)
        .map_err(|e| StartError::database(&config.paths.data_dir.0, e))?;
    let running = workos_emulator::spawn(workos_emulator::Options {
        state_file: Some(config.paths.data_dir.0.join("emulator.json")),
        // Its mail sink takes Portico's notification emails when no server is set.
        smtp_addr: Some(std::net::SocketAddr::from(([127, 0, 0, 1], 0))),
        // SSO sign-in comes back only here, as WorkOS's dashboard would be set up.
        redirect_uris: vec![public_link(public_url, crate::server::sso::CALLBACK_PATH)],
        ..workos_emulator::Options::new(config.workos.emulator_addr.0, key.expose())
    })
    .await?;
    EmulatorEndpoint {
        base_url: running.base_url.to_string(),
        api_key: key.expose().to_owned(),
    }
    .publish(&config.paths.data_dir.0);
    let client = WorkosClient::new(
        running.base_url.clone(),
        key,
        config.workos.client_options(),
    )?
    .with_budget(config.workos.call_budget());
    Ok((client, Some(running)))
}

/// Provider icons: the setting, else the embedded emulator (offline), else WorkOS's CDN.
pub(super) fn icon_base(config: &Config, emulator: Option<&RunningEmulator>) -> Url {
    match (&config.workos.provider_icons_url.0, emulator) {
        (Some(url), _) => url.clone(),
        (None, Some(running)) => running.base_url.clone(),
        (None, None) => Url::parse(WORKOS_ICON_CDN).expect("constant URL"),
    }
}

/// Where notification emails go: `PORTICO_SMTP_URL`, else the embedded emulator's mail
/// sink, else nowhere (said at start).
pub(super) fn mailer(
    config: &Config,
    smtp_url: Option<&str>,
    emulator: Option<&RunningEmulator>,
) -> Result<Mailer, StartError> {
    let sink = emulator
        .and_then(|running| running.smtp_addr)
        .map(|addr| format!("smtp://{addr}"));
    let url = smtp_url.map(str::to_owned).or(sink);
    match &url {
        Some(url) if smtp_url.is_none() => {
            tracing::info!(sink = %url, "notification emails go to the embedded emulator's mail sink (GET /__emulator/mailbox)");
        }
        Some(_) => {}
        None => tracing::info!("notification emails are off: PORTICO_SMTP_URL is not set"),
    }
    let from = config.notifications.mail_from.0.clone();
    Ok(Mailer::new(url.as_deref(), from)?)
}

/// The client id SSO sign-in names: the configured one, else the embedded emulator's.
pub(super) fn sso_client_id(config: &Config, emulator: Option<&RunningEmulator>) -> Option<String> {
    config
        .workos
        .client_id
        .0
        .clone()
        .or_else(|| emulator.map(|e| e.client_id.clone()))
}
