//! Server functions: authenticate, authorize, call one function in `server/`, map the error.
//! Paths are stable: clients outside the browser may call them (see README).

mod activity;
mod auth;
mod console;
mod domains;
mod it_admins;
mod language;
mod portal;
mod sso;
mod staff;
mod status;

pub use activity::{recent_activity, RecentActivity};
pub use auth::{
    current_user, login, logout, switch_organization, CurrentUserQuery, Login, Logout,
    SwitchOrganization,
};
pub use console::{
    StaffAddEndpoint, StaffCreateApiKey, StaffRemoveEndpoint, StaffReplayDelivery,
    StaffRevokeApiKey,
};
pub use domains::{
    add_domain, remove_domain, verify_domain, AddDomain, RemoveDomain, VerifyDomain,
};
pub use it_admins::{invite_it_admin, revoke_it_invitation, InviteItAdmin, RevokeItInvitation};
pub use language::{set_language, SetLanguage};
pub use portal::{choose_provider, portal_link, ChooseProvider, PortalLink};
pub use sso::{
    continue_sign_in, set_require_sso, test_sso, ContinueSignIn, SetRequireSso, TestSso,
};
pub use staff::{
    StaffAdd, StaffChange, StaffChangeMember, StaffCode, StaffEnrol, StaffHandOverLink,
    StaffInviteItContact, StaffLogin, StaffLogout, StaffRevokeLinks, StaffSetPlan,
};
pub use status::{live_status, org_overview, LiveStatusQuery, OrgOverviewQuery};

/// Every server function's path and the fields it takes, read from its argument struct
/// (so the list cannot drift from the function): any other field is refused (400) before
/// the function runs, so a request cannot carry what the function ignores (an
/// `organization_id`, say) and be answered as if it were honoured. A server function
/// missing here takes no field at all; a test checks that every one is listed.
#[cfg(feature = "ssr")]
pub fn argument_fields() -> &'static [(&'static str, &'static [&'static str])] {
    use crate::server::http::argument_fields::field_names;
    use leptos::server_fn::ServerFn;
    fn entry<T: ServerFn + serde::de::DeserializeOwned>() -> (&'static str, &'static [&'static str])
    {
        (T::PATH, field_names::<T>())
    }
    static TABLE: std::sync::OnceLock<Vec<(&'static str, &'static [&'static str])>> =
        std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        vec![
            entry::<Login>(),
            entry::<ContinueSignIn>(),
            entry::<TestSso>(),
            entry::<SetRequireSso>(),
            entry::<Logout>(),
            entry::<CurrentUserQuery>(),
            entry::<OrgOverviewQuery>(),
            entry::<LiveStatusQuery>(),
            entry::<PortalLink>(),
            entry::<ChooseProvider>(),
            entry::<SwitchOrganization>(),
            entry::<SetLanguage>(),
            entry::<AddDomain>(),
            entry::<VerifyDomain>(),
            entry::<RemoveDomain>(),
            entry::<InviteItAdmin>(),
            entry::<RevokeItInvitation>(),
            entry::<RecentActivity>(),
            entry::<StaffLogin>(),
            entry::<StaffCode>(),
            entry::<StaffEnrol>(),
            entry::<StaffLogout>(),
            entry::<StaffInviteItContact>(),
            entry::<StaffHandOverLink>(),
            entry::<StaffRevokeLinks>(),
            entry::<StaffSetPlan>(),
            entry::<StaffChangeMember>(),
            entry::<StaffAdd>(),
            entry::<StaffChange>(),
            entry::<StaffCreateApiKey>(),
            entry::<StaffRevokeApiKey>(),
            entry::<StaffAddEndpoint>(),
            entry::<StaffRemoveEndpoint>(),
            entry::<StaffReplayDelivery>(),
        ]
    })
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;

    #[test]
    fn every_server_function_is_listed_with_the_fields_of_its_arguments() {
        let listed: std::collections::BTreeSet<&str> =
            argument_fields().iter().map(|(path, _)| *path).collect();
        let registered: std::collections::BTreeSet<&str> =
            leptos::server_fn::axum::server_fn_paths()
                .map(|(path, _)| path)
                .collect();
        assert_eq!(listed, registered);
        let fields = |path: &str| {
            argument_fields()
                .iter()
                .find(|(p, _)| *p == path)
                .map(|(_, fields)| fields.to_vec())
        };
        assert_eq!(
            fields("/api/login").unwrap(),
            ["email", "password", "next", "remember"]
        );
        assert_eq!(fields("/api/invite_it_admin").unwrap(), ["email", "areas"]);
        assert!(fields("/api/logout").unwrap().is_empty());
    }
}
