//! Where command-line tools find the emulator of a running `portico serve`.

/// How to reach the emulator embedded in a running `portico serve`, kept beside its
/// database while it runs: command-line tools on the same data directory (`portico user
/// set-role`) use it to end the links that emulator issued. Only an emulator's throwaway
/// key is in it, and only its owner may read it.
#[derive(Debug, serde::Serialize, serde::Deserialize)]
pub struct EmulatorEndpoint {
    pub base_url: String,
    pub api_key: String,
}

impl EmulatorEndpoint {
    const FILE: &str = "emulator-endpoint.json";

    pub(super) fn publish(&self, data_dir: &std::path::Path) {
        use std::{io::Write, os::unix::fs::OpenOptionsExt};
        let written = std::fs::OpenOptions::new()
            .write(true)
            .create(true)
            .truncate(true)
            .mode(0o600)
            .open(data_dir.join(Self::FILE))
            .and_then(|mut file| file.write_all(&serde_json::to_vec(self).unwrap_or_default()));
        if let Err(error) = written {
            tracing::warn!(%error, "could not write the emulator's address for command-line tools");
        }
    }

    pub(super) fn withdraw(data_dir: &std::path::Path) {
        let _ = std::fs::remove_file(data_dir.join(Self::FILE));
    }

    /// The running embedded emulator's address and key, if one is running on `data_dir`.
    pub fn read(data_dir: &std::path::Path) -> Option<EmulatorEndpoint> {
        let bytes = std::fs::read(data_dir.join(Self::FILE)).ok()?;
        serde_json::from_slice(&bytes).ok()
    }
}
