//! Server functions: authenticate, authorize, call one function in `server/`, map the error.
//! Paths are stable: clients outside the browser may call them (see README).

mod activity;
mod auth;
mod domains;
mod it_admins;
mod portal;
mod status;

pub use activity::{recent_activity, RecentActivity};
pub use auth::{
    current_user, login, logout, switch_organization, CurrentUserQuery, Login, Logout,
    SwitchOrganization,
};
pub use domains::{
    add_domain, remove_domain, verify_domain, AddDomain, RemoveDomain, VerifyDomain,
};
pub use it_admins::{invite_it_admin, revoke_it_invitation, InviteItAdmin, RevokeItInvitation};
pub use portal::{choose_provider, portal_link, ChooseProvider, PortalLink};
pub use status::{org_overview, OrgOverviewQuery};

/// The fields each server function takes, by path: any other field is refused (400)
/// before the function runs, so a request cannot carry what the function ignores (an
/// `organization_id`, say) and be answered as if it were honoured. A test checks the
/// table against the functions' own argument structs.
pub const FIELDS: &[(&str, &[&str])] = &[
    ("/api/login", &["email", "password", "next", "remember"]),
    ("/api/logout", &[]),
    ("/api/me", &[]),
    ("/api/organization", &["fresh"]),
    ("/api/portal_link", &["intent"]),
    ("/api/choose_provider", &["intent", "provider"]),
    ("/api/switch_organization", &["organization"]),
    ("/api/add_domain", &["domain"]),
    ("/api/verify_domain", &["id"]),
    ("/api/remove_domain", &["id"]),
    ("/api/invite_it_admin", &["email", "areas"]),
    ("/api/revoke_it_invitation", &[]),
    ("/api/activity", &["before"]),
];

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;
    use leptos::server_fn::ServerFn;

    /// The keys a server function's argument struct has, and its path.
    fn fields_of<T: ServerFn + serde::Serialize>(args: T) -> (&'static str, Vec<String>) {
        let value = serde_json::to_value(args).unwrap();
        let mut keys: Vec<String> = value
            .as_object()
            .map(|o| o.keys().cloned().collect())
            .unwrap_or_default();
        keys.sort();
        (T::PATH, keys)
    }

    #[test]
    fn the_field_table_matches_every_server_function() {
        let s = String::new;
        let actual = [
            fields_of(Login {
                email: s(),
                password: s(),
                next: None,
                remember: None,
            }),
            fields_of(Logout {}),
            fields_of(CurrentUserQuery {}),
            fields_of(OrgOverviewQuery { fresh: false }),
            fields_of(PortalLink { intent: s() }),
            fields_of(ChooseProvider {
                intent: s(),
                provider: s(),
            }),
            fields_of(SwitchOrganization { organization: 0 }),
            fields_of(AddDomain { domain: s() }),
            fields_of(VerifyDomain { id: s() }),
            fields_of(RemoveDomain { id: s() }),
            fields_of(InviteItAdmin {
                email: s(),
                areas: Vec::new(),
            }),
            fields_of(RevokeItInvitation {}),
            fields_of(RecentActivity { before: None }),
        ];
        assert_eq!(actual.len(), FIELDS.len());
        for (path, keys) in actual {
            let listed = FIELDS
                .iter()
                .find(|(p, _)| *p == path)
                .unwrap_or_else(|| panic!("{path} is not in FIELDS"));
            let mut expected: Vec<String> = listed.1.iter().map(|f| f.to_string()).collect();
            expected.sort();
            assert_eq!(keys, expected, "{path}");
        }
    }
}
