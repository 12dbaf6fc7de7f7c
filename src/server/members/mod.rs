//! Who belongs to which organization, and as what, changed from the command line.
//! Losing the admin role (or the membership) also ends the person's Admin Portal links
//! and sessions at WorkOS: links are generated with their id as `external_user_id`.

use crate::{
    model::{clipped, EmailAddress, Role},
    server::{
        audit::{self, Action, Outsider},
        auth::hash_password,
        db::{self, audit::Outcome, organizations::OrganizationRow, users::MembershipRow, Pool},
    },
};
use workos::{types::RevokeLink, WorkosClient, WorkosError};

mod error;

#[derive(Debug, thiserror::Error)]
pub enum MemberError {
    #[error("no organization is named {0:?} or has that WorkOS id")]
    UnknownOrganization(String),
    #[error("several organizations are named {0:?}: give its WorkOS id (org_…) instead")]
    AmbiguousOrganization(String),
    #[error("{email} is not a member of {organization}")]
    NotMember { email: String, organization: String },
    #[error("{email} is already a member of {organization} (as {role}): use `portico user set-role` to change the role")]
    AlreadyMember {
        email: String,
        organization: String,
        role: &'static str,
    },
    #[error("{email} is the only admin of {organization}: make someone else admin first")]
    LastAdmin { email: String, organization: String },
    #[error("{0:?} is not a role: use admin or member")]
    UnknownRole(String),
    #[error("{0:?} is not an email address")]
    BadEmail(String),
    #[error("the password must be at least 12 characters")]
    ShortPassword,
    #[error("could not hash the password: {0}")]
    Hashing(String),
    #[error(transparent)]
    Database(#[from] sqlx::Error),
}

pub fn role(name: &str) -> Result<Role, MemberError> {
    Role::parse(name.trim()).ok_or_else(|| MemberError::UnknownRole(clipped(name, 40)))
}

/// The one organization named (or with WorkOS id) `key`.
pub async fn organization(db: &Pool, key: &str) -> Result<OrganizationRow, MemberError> {
    let mut found = db::organizations::find(db, key.trim()).await?;
    match found.len() {
        0 => Err(MemberError::UnknownOrganization(clipped(key, 80))),
        1 => Ok(found.remove(0)),
        _ => Err(MemberError::AmbiguousOrganization(clipped(key, 80))),
    }
}

/// The person's membership in the organization.
pub async fn membership(
    db: &Pool,
    email: &str,
    organization: &OrganizationRow,
) -> Result<MembershipRow, MemberError> {
    db::users::memberships_by_email(db, email.trim(), &organization.name)
        .await?
        .into_iter()
        .find(|m| m.organization_id == organization.id)
        .ok_or_else(|| MemberError::NotMember {
            email: clipped(email.trim(), 254),
            organization: organization.name.clone(),
        })
}

/// The account a person is added with.
enum Account {
    Existing(i64),
    New { password_hash: String },
}

/// What an added person got: whether their account is new.
#[derive(Debug)]
pub struct Added {
    pub created_account: bool,
}

/// Adds `email` to the organization with `role`, creating their account (with
/// `password`, or none: they sign in through the host's embed) if they have none. Recorded with the change, in one transaction.
pub async fn add(
    db: &Pool,
    email: &str,
    organization: &OrganizationRow,
    role: Role,
    password: Option<&str>,
    by: Outsider<'_>,
) -> Result<Added, MemberError> {
    let email: String = EmailAddress::parse(email)
        .map(String::from)
        .map_err(|_| MemberError::BadEmail(clipped(email, 80)))?;
    if let Ok(existing) = membership(db, &email, organization).await {
        return Err(MemberError::AlreadyMember {
            email,
            organization: organization.name.clone(),
            role: existing.role.as_str(),
        });
    }
    // A new account's password is hashed before the transaction: it takes a while.
    let account = match db::users::find_by_email(db, &email).await? {
        Some(user) => Account::Existing(user.id),
        // No password: the person signs in through the host product's embed only.
        None => match password {
            None => Account::New {
                password_hash: db::embed::NO_PASSWORD.to_owned(),
            },
            Some(short) if short.chars().count() < 12 => return Err(MemberError::ShortPassword),
            Some(password) => Account::New {
                password_hash: hash_password(password)
                    .await
                    .map_err(|e| MemberError::Hashing(e.to_string()))?,
            },
        },
    };
    let mut tx = db.begin().await?;
    let user_id = match &account {
        Account::Existing(id) => *id,
        Account::New { password_hash } => {
            db::users::insert(&mut *tx, &email, password_hash).await?
        }
    };
    db::users::set_membership(&mut *tx, user_id, organization.id, role).await?;
    let detail = format!("{email} as {}", role.as_str());
    let row = audit::by_outsider(
        by,
        organization,
        Action::AddMember,
        Outcome::Succeeded,
        &detail,
    );
    db::audit::insert(&mut *tx, &row).await?;
    tx.commit().await?;
    Ok(Added {
        created_account: matches!(account, Account::New { .. }),
    })
}

/// A membership before a change, and the role after it (`None`: removed).
#[derive(Debug)]
pub struct Change {
    pub before: MembershipRow,
    pub after: Option<Role>,
}

impl Change {
    /// Whether the person may no longer open the Admin Portal.
    pub fn loses_portal_access(&self) -> bool {
        self.after != Some(Role::Admin)
    }
}

/// Gives `email` the `role` in the organization. The last admin cannot be demoted.
pub async fn set_role(
    db: &Pool,
    email: &str,
    organization: &OrganizationRow,
    role: Role,
    by: Outsider<'_>,
) -> Result<Change, MemberError> {
    let before = membership(db, email, organization).await?;
    let mut tx = db.begin().await?;
    if before.role == Role::Admin && role != Role::Admin {
        refuse_last_admin(&mut tx, &before).await?;
    }
    db::users::set_membership(&mut *tx, before.user_id, organization.id, role).await?;
    let detail = format!(
        "{}: {} → {}",
        before.email,
        before.role.as_str(),
        role.as_str()
    );
    let row = audit::by_outsider(
        by,
        organization,
        Action::SetRole,
        Outcome::Succeeded,
        &detail,
    );
    db::audit::insert(&mut *tx, &row).await?;
    tx.commit().await?;
    Ok(Change {
        before,
        after: Some(role),
    })
}

/// Removes `email` from the organization (their account stays, as do the audit rows
/// naming them). The last admin cannot be removed.
pub async fn remove(
    db: &Pool,
    email: &str,
    organization: &OrganizationRow,
    by: Outsider<'_>,
) -> Result<Change, MemberError> {
    let before = membership(db, email, organization).await?;
    let mut tx = db.begin().await?;
    if before.role == Role::Admin {
        refuse_last_admin(&mut tx, &before).await?;
    }
    db::users::remove_membership(&mut *tx, before.user_id, organization.id).await?;
    let detail = format!("{} (was {})", before.email, before.role.as_str());
    let row = audit::by_outsider(
        by,
        organization,
        Action::RemoveMember,
        Outcome::Succeeded,
        &detail,
    );
    db::audit::insert(&mut *tx, &row).await?;
    tx.commit().await?;
    Ok(Change {
        before,
        after: None,
    })
}

async fn refuse_last_admin(
    tx: &mut crate::server::db::Connection,
    who: &MembershipRow,
) -> Result<(), MemberError> {
    if db::users::admin_count(&mut *tx, who.organization_id).await? <= 1 {
        return Err(MemberError::LastAdmin {
            email: who.email.clone(),
            organization: who.organization_name.clone(),
        });
    }
    Ok(())
}

/// Ends every unopened Admin Portal link generated for `external_user_id` (a member's
/// user id, or the console's hand-overs) in the organization, and the portal sessions
/// started from them, at WorkOS; recorded either way, as about `whose` links.
pub async fn revoke_portal_links(
    db: &Pool,
    workos: &WorkosClient,
    organization: &OrganizationRow,
    external_user_id: &str,
    whose: &str,
    by: Outsider<'_>,
) -> Result<(), WorkosError> {
    let Some(workos_organization) = organization.workos_organization_id.clone() else {
        // No WorkOS organization: no link was ever generated for it.
        return Ok(());
    };
    let request = RevokeLink {
        organization: workos_organization,
        external_user_id: external_user_id.to_owned(),
    };
    let (result, row) = workos::request_ids::noting(async {
        let result = workos.revoke_portal_links(&request).await;
        let (outcome, detail) = match &result {
            Ok(()) => (Outcome::Succeeded, whose.to_owned()),
            Err(error) => (Outcome::Failed, format!("{whose}: {error}")),
        };
        let row = audit::by_outsider(
            by,
            organization,
            Action::RevokePortalLinks,
            outcome,
            &detail,
        );
        (result, row)
    })
    .await;
    if let Err(error) = db::audit::insert(db, &row).await {
        tracing::error!(%error, detail = row.detail, "could not record the revocation");
    }
    result
}

/// Sets the areas the organization's plan includes, recorded with the change.
pub async fn set_features(
    db: &Pool,
    organization: &OrganizationRow,
    features: &crate::model::Features,
    by: Outsider<'_>,
) -> Result<(), MemberError> {
    let mut tx = db.begin().await?;
    db::organizations::set_features(&mut *tx, organization.id, features).await?;
    let detail = features.stored().unwrap_or_else(|| "all".to_owned());
    let row = audit::by_outsider(
        by,
        organization,
        Action::SetFeatures,
        Outcome::Succeeded,
        &detail,
    );
    db::audit::insert(&mut *tx, &row).await?;
    tx.commit().await?;
    Ok(())
}
