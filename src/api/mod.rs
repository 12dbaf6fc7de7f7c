//! Server functions: authenticate, authorize, call one function in `server/`, map the error.
//! Paths are stable: clients outside the browser may call them (see README).

mod auth;
mod domains;
mod it_admins;
mod portal;

pub use auth::{
    current_user, login, logout, switch_organization, CurrentUserQuery, Login, Logout,
    SwitchOrganization,
};
pub use domains::{
    add_domain, remove_domain, verify_domain, AddDomain, RemoveDomain, VerifyDomain,
};
pub use it_admins::{invite_it_admin, revoke_it_invitation, InviteItAdmin, RevokeItInvitation};
pub use portal::{
    choose_provider, org_overview, portal_link, ChooseProvider, OrgOverviewQuery, PortalLink,
};
