//! Staff accounts: add, remove, list.

use crate::{
    model::EmailAddress,
    server::{
        auth::hash_password,
        db::{self, staff::StaffRow, Pool},
    },
};

/// What a staff member may do in the console: support people look and act on a
/// customer's behalf; owners also manage staff, members and keys.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StaffRole {
    Support,
    Owner,
}

impl StaffRole {
    pub fn parse(name: &str) -> Result<StaffRole, StaffError> {
        match name.trim() {
            "support" => Ok(StaffRole::Support),
            "owner" => Ok(StaffRole::Owner),
            other => Err(StaffError::Role(other.to_owned())),
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            StaffRole::Support => "support",
            StaffRole::Owner => "owner",
        }
    }

    /// The role's name in a customer's trail (stored rows stay English; pages name it
    /// with the `staff-role` message).
    pub fn title(self) -> &'static str {
        match self {
            StaffRole::Support => "Support",
            StaffRole::Owner => "Owner",
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum StaffError {
    #[error("'{0}' is not a staff role. Fix: use support or owner")]
    Role(String),
    /// What was typed (clipped), which is not an email address.
    #[error("{0:?} is not an email address")]
    Email(String),
    #[error("{0} already has a staff account")]
    Exists(String),
    #[error("{0} has no staff account")]
    NotFound(String),
    #[error(
        "{0} is the last owner: someone must be able to manage staff. Fix: add another owner first"
    )]
    LastOwner(String),
    #[error("the password must be at least 12 characters")]
    ShortPassword,
    #[error("{0} has already set up a second factor")]
    AlreadyEnrolled(String),
    #[error("{0} has not set up a second factor yet: it is set up at the first sign-in")]
    NotEnrolled(String),
    #[error(transparent)]
    SecondFactor(#[from] super::second_factor::SecondFactorError),
    #[error("could not reach the database: {0}")]
    Database(#[from] sqlx::Error),
    #[error("could not hash the password: {0}")]
    Hash(String),
    #[error("signed out of the staff console")]
    SignedOut,
    #[error("wrong email or password")]
    BadCredentials,
    #[error("the email or password is missing")]
    MissingCredentials,
    #[error("the sign-in's second step was not started or took too long")]
    SecondStepExpired,
    #[error("only an owner may do this")]
    NotOwner,
    #[error(transparent)]
    Throttled(#[from] crate::server::auth::throttle::Throttled),
    #[error(transparent)]
    Unrecorded(#[from] crate::server::db::audit::AuditWriteError),
    #[error("session store: {0}")]
    Session(#[from] tower_sessions::session::Error),
    /// Too many wrong codes in a row: codes are refused for this many more minutes.
    #[error("codes are refused for {0} more minutes after too many wrong ones")]
    CodesLocked(i64),
    /// A host API key the console was asked to make or revoke, refused for what was asked
    /// (a bad name, an unknown scope).
    #[error(transparent)]
    Key(crate::server::api_keys::KeyError),
    /// A webhook endpoint refused for what was asked (a private URL, an unknown event).
    #[error(transparent)]
    Endpoint(crate::server::host_webhooks::endpoints::EndpointError),
    #[error("there is no delivery {0}")]
    NoDelivery(i64),
}

/// Now, as the staff tables keep times (the trail's format).
pub(super) fn now_text() -> String {
    time::OffsetDateTime::now_utc()
        .format(db::audit::TRAIL_TIME)
        .unwrap_or_default()
}

pub(super) fn address(email: &str) -> Result<String, StaffError> {
    EmailAddress::parse(email)
        .map(|e| e.as_str().to_lowercase())
        .map_err(|bad| StaffError::Email(bad.0))
}

/// Adds a staff account for `email` with `password` (at least 12 characters).
pub async fn add(
    db: &Pool,
    email: &str,
    role: StaffRole,
    password: &str,
) -> Result<String, StaffError> {
    let email = address(email)?;
    if password.chars().count() < 12 {
        return Err(StaffError::ShortPassword);
    }
    let hash = hash_password(password)
        .await
        .map_err(|e| StaffError::Hash(e.to_string()))?;
    let epoch = hex::encode(rand::random::<[u8; 8]>());
    match db::staff::add(db, &email, &hash, role.as_str(), &epoch, &now_text()).await? {
        true => Ok(email),
        false => Err(StaffError::Exists(email)),
    }
}

/// Removes `email`'s staff account; never the last owner's.
pub async fn remove(db: &Pool, email: &str) -> Result<String, StaffError> {
    let email = address(email)?;
    match db::staff::remove(db, &email).await? {
        db::staff::Removed::Removed => Ok(email),
        db::staff::Removed::NotFound => Err(StaffError::NotFound(email)),
        db::staff::Removed::LastOwner => Err(StaffError::LastOwner(email)),
    }
}

/// Gives `email`'s staff account `role`; never demotes the last owner.
pub async fn set_role(db: &Pool, email: &str, role: StaffRole) -> Result<String, StaffError> {
    let email = address(email)?;
    match db::staff::set_role(db, &email, role.as_str()).await? {
        db::staff::Removed::Removed => Ok(email),
        db::staff::Removed::NotFound => Err(StaffError::NotFound(email)),
        db::staff::Removed::LastOwner => Err(StaffError::LastOwner(email)),
    }
}

/// Every staff account.
pub async fn list(db: &Pool) -> Result<Vec<StaffRow>, StaffError> {
    Ok(db::staff::list(db).await?)
}
