//! `portico org …`: an organization's plan, its default language, and whether its
//! members see whom to ask.

use super::{load_config, open_database};
use clap::Subcommand;
use portico::{i18n::Lang, server};
use std::path::PathBuf;

#[derive(Subcommand)]
pub enum OrgCommand {
    /// Set the areas ORGANIZATION's plan includes: intent names separated by commas
    /// (sso, dsync, domain_verification, audit_logs, log_streams, certificate_renewal,
    /// bring_your_own_key), or `all`. The others show "Included in the Enterprise plan".
    SetFeatures {
        /// The organization's name or WorkOS id (org_…).
        organization: String,
        features: String,
    },
    /// Set the language ORGANIZATION's people get when neither they nor their browser
    /// chose one Portico speaks: en, de, fr, ja or ar; `none` to clear it.
    SetLanguage {
        /// The organization's name or WorkOS id (org_…).
        organization: String,
        language: String,
    },
    /// Whether ORGANIZATION's members see its admins' emails on the settings page, to
    /// know whom to ask (`yes`), or read "an admin of ORGANIZATION" (`no`, the default).
    ShowAdmins {
        /// The organization's name or WorkOS id (org_…).
        organization: String,
        /// yes or no.
        shown: String,
    },
}

pub async fn run(file: Option<PathBuf>, command: OrgCommand) -> anyhow::Result<()> {
    use server::{audit::Outsider::Operator, members};
    let config = load_config(file, None)?;
    let db = open_database(&config).await?;
    match command {
        OrgCommand::SetFeatures {
            organization,
            features,
        } => {
            let organization = members::organization(&db, &organization).await?;
            let features = portico::model::Features::parse(&features)?;
            members::set_features(&db, &organization, &features, Operator).await?;
            println!(
                "{}'s plan now includes: {}.",
                organization.name,
                features.stored().unwrap_or_else(|| "all areas".to_owned())
            );
        }
        OrgCommand::SetLanguage {
            organization,
            language,
        } => {
            let organization = members::organization(&db, &organization).await?;
            let lang = match language.trim() {
                "none" => None,
                tag => match Lang::ALL.into_iter().find(|l| l.code() == tag) {
                    Some(lang) => Some(lang),
                    None => anyhow::bail!(
                        "{tag:?} is not a language Portico speaks. Fix: use en, de, fr, ja, ar or none"
                    ),
                },
            };
            server::db::languages::set_for_organization(&db, organization.id, lang.map(Lang::code))
                .await?;
            match lang {
                Some(lang) => println!(
                    "{}'s default language is now {}.",
                    organization.name,
                    lang.own_name()
                ),
                None => println!("{} has no default language now.", organization.name),
            }
        }
        OrgCommand::ShowAdmins {
            organization,
            shown,
        } => {
            let organization = members::organization(&db, &organization).await?;
            let shown = match shown.trim() {
                "yes" => true,
                "no" => false,
                other => anyhow::bail!("{other:?} is neither yes nor no. Fix: use yes or no"),
            };
            server::db::users::show_admins_to_members(&db, organization.id, shown).await?;
            match shown {
                true => println!(
                    "{}'s members now see its admins' emails.",
                    organization.name
                ),
                false => println!(
                    "{}'s members now read \"an admin of {}\".",
                    organization.name, organization.name
                ),
            }
        }
    }
    Ok(())
}
