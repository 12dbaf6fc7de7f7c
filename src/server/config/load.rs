//! Where the configuration comes from, in order: the defaults, the file (`path`, else
//! `PORTICO_CONFIG`, else `Leptos.toml` if present), `WORKOS_API_BASE_URL`, then each
//! setting's `PORTICO_…` variable. A file written before the sections existed still
//! loads: its flat names are read as their sections' (each one noted, with its new
//! name, for start-up to say).

use super::{declare::Field, Config};
use figment::{
    providers::{Env, Format, Serialized, Toml},
    Figment,
};
use std::path::{Path, PathBuf};

pub const DEFAULT_FILE: &str = "Leptos.toml";

#[derive(Debug, thiserror::Error, PartialEq)]
pub enum ConfigError {
    #[error("cannot read configuration file {path}: {reason}. Fix: create it, or point PORTICO_CONFIG at an existing file")]
    Unreadable { path: String, reason: String },
    #[error("configuration file {path} is not valid TOML: {reason}")]
    NotToml { path: String, reason: String },
    #[error(
        "unknown setting `{key}` in {origin}. Fix: remove it; known settings are {}",
        known_names()
    )]
    Unknown { key: String, origin: String },
    #[error("setting `{key}` (from {origin}) is invalid: {problem}. Fix: set it to {hint}")]
    Invalid {
        key: String,
        origin: String,
        problem: String,
        hint: String,
    },
}

fn known_names() -> String {
    Config::fields()
        .iter()
        .map(|f| f.key.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

/// The layered sources of one load, and what they noted on the way.
pub struct Sources {
    figment: Figment,
    file: PathBuf,
    notes: Vec<String>,
    /// Keys set on the command line.
    flags: Vec<String>,
}

/// What the figment calls the file's layer (it is read as text, see `file_layer`).
const FILE_LAYER: &str = "TOML source string";

/// WorkOS's own variables, as its SDKs read them, and the settings they set (under their
/// `PORTICO_` variables, which win).
const WORKOS_NAMES: [(&str, &str); 2] = [
    ("WORKOS_API_BASE_URL", "workos.api_base_url"),
    ("WORKOS_CLIENT_ID", "workos.client_id"),
];

impl Config {
    /// The layered sources. Callers may put a command-line flag on top
    /// ([`Sources::with`]) before [`Sources::extract`].
    pub fn sources(path: Option<&Path>) -> Result<Sources, ConfigError> {
        let (file, required) = match path {
            Some(p) => (p.to_path_buf(), true),
            None => match std::env::var_os("PORTICO_CONFIG") {
                Some(p) => (PathBuf::from(p), true),
                None => (PathBuf::from(DEFAULT_FILE), false),
            },
        };
        let (text, notes) = file_layer(&file, required)?;
        let fields = Config::fields();
        let names: Vec<&str> = fields.iter().map(|f| f.env).collect();
        let figment = Figment::from(Serialized::defaults(Config::default()))
            .merge(Toml::string(&text))
            .merge(
                Env::raw()
                    .only(&WORKOS_NAMES.map(|(name, _)| name))
                    .map(|name| {
                        let key = WORKOS_NAMES
                            .iter()
                            .find(|(n, _)| name.as_str().eq_ignore_ascii_case(n));
                        key.map_or(name.as_str(), |(_, key)| key).to_owned().into()
                    }),
            )
            .merge(Env::raw().only(&names).map(move |name| {
                let field = fields
                    .iter()
                    .find(|f| name.as_str().eq_ignore_ascii_case(f.env));
                field
                    .map_or_else(|| name.as_str().to_owned(), |f| f.key.clone())
                    .into()
            }));
        Ok(Sources {
            figment,
            file,
            notes,
            flags: Vec::new(),
        })
    }
}

impl Sources {
    /// `key` (`section.name`) set to `value`, over everything else.
    pub fn with(mut self, key: &str, value: impl serde::Serialize) -> Sources {
        self.figment = self.figment.merge(Serialized::default(key, value));
        self.flags.push(key.to_owned());
        self
    }

    /// `text` as the file's layer alone, over the defaults.
    #[cfg(test)]
    pub(super) fn from_text(text: &str) -> Sources {
        Sources {
            figment: Figment::from(Serialized::defaults(Config::default()))
                .merge(Toml::string(text)),
            file: PathBuf::from(DEFAULT_FILE),
            notes: Vec::new(),
            flags: Vec::new(),
        }
    }

    /// Settings the file names the way it did before sections, each with its new name.
    pub fn notes(&self) -> &[String] {
        &self.notes
    }

    /// The configuration, every value parsed and checked once.
    pub fn extract(&self) -> Result<Config, ConfigError> {
        self.figment.extract().map_err(|error| self.explain(error))
    }

    fn explain(&self, error: figment::Error) -> ConfigError {
        use figment::error::Kind;
        let mut path = error.path.clone();
        if let Kind::UnknownField(field, _) = &error.kind {
            if path.last() != Some(field) {
                path.push(field.clone());
            }
            return ConfigError::Unknown {
                key: path.join("."),
                origin: self.file.display().to_string(),
            };
        }
        let key = path.join(".");
        let field = Config::fields().into_iter().find(|f| f.key == key);
        ConfigError::Invalid {
            origin: self.origin(&key, field.as_ref()),
            hint: field.map_or_else(|| "a valid value".to_owned(), |f| f.hint),
            problem: match &error.kind {
                Kind::InvalidType(actual, _) => format!("it is {actual}"),
                Kind::Message(message) => message.clone(),
                other => other.to_string(),
            },
            key,
        }
    }

    /// Where a setting's value came from: its variable, the file, or the defaults.
    fn origin(&self, key: &str, field: Option<&Field>) -> String {
        if self.flags.iter().any(|flag| flag == key) {
            return "the command line".to_owned();
        }
        let Some(meta) = self.figment.find_metadata(key) else {
            return "defaults".to_owned();
        };
        if meta.name == FILE_LAYER {
            return self.file.display().to_string();
        }
        if meta.name.contains("environment") {
            let set = |name: &str| std::env::var_os(name).is_some();
            return match field {
                Some(f) if set(f.env) => f.env.to_owned(),
                _ => match WORKOS_NAMES.iter().find(|(_, k)| *k == key) {
                    Some((name, _)) if set(name) => (*name).to_owned(),
                    _ => "the environment".to_owned(),
                },
            };
        }
        meta.name.to_string()
    }
}

/// The file's text, checked to be TOML, with flat names from before the sections moved
/// into them (each noted). Missing is fine unless the file was named.
fn file_layer(file: &Path, required: bool) -> Result<(String, Vec<String>), ConfigError> {
    let display = file.display().to_string();
    // Read here rather than by figment's file provider, to tell a missing or unreadable
    // file from a broken one in the message.
    let text = match std::fs::read_to_string(file) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound && !required => String::new(),
        Err(e) => {
            return Err(ConfigError::Unreadable {
                path: display,
                reason: e.to_string(),
            })
        }
    };
    let mut table = text
        .parse::<toml::Table>()
        .map_err(|e| ConfigError::NotToml {
            path: display.clone(),
            reason: e.message().to_string(),
        })?;
    let notes = move_flat_names(&mut table, &display);
    if notes.is_empty() {
        return Ok((text, notes));
    }
    Ok((table.to_string(), notes))
}

/// Before sections, each setting had a flat name, the one its `PORTICO_` variable still
/// has (`addr` for `http.addr`, `PORTICO_ADDR`): such a name is read as its section's.
fn move_flat_names(table: &mut toml::Table, file: &str) -> Vec<String> {
    let mut notes = Vec::new();
    for field in Config::fields() {
        let flat = field
            .env
            .trim_start_matches("PORTICO_")
            .to_ascii_lowercase();
        if Config::SECTIONS.contains(&flat.as_str()) {
            continue;
        }
        let Some(value) = table.remove(&flat) else {
            continue;
        };
        let (section, name) = field.key.split_once('.').expect("section.name");
        let entry = table
            .entry(section)
            .or_insert_with(|| toml::Value::Table(toml::Table::new()));
        if let toml::Value::Table(section_table) = entry {
            section_table.entry(name).or_insert(value);
        }
        notes.push(format!(
            "{file}: `{flat}` is read as `{}`; write it as `{name} = …` under [{section}]",
            field.key
        ));
    }
    notes
}
