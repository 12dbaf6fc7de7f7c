//! What can be attempted, as the trail stores it and as people read it: one table, from
//! which the enum, its list and both names are made, so a new action cannot miss one.

macro_rules! actions {
    ($($variant:ident => $stored:literal, $described:literal;)+) => {
        /// What was attempted. The outcome says whether it happened.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Action {
            $($variant,)+
        }

        impl Action {
            /// Every action, in the table's order.
            pub const ALL: &[Action] = &[$(Action::$variant,)+];

            /// The name stored in the row and exported.
            pub fn as_str(self) -> &'static str {
                match self {
                    $(Action::$variant => $stored,)+
                }
            }

            /// What a person reads in the activity list.
            pub fn describe(self) -> &'static str {
                match self {
                    $(Action::$variant => $described,)+
                }
            }
        }
    };
}

actions! {
    SignIn => "user.sign_in", "Signed in";
    SignOut => "user.sign_out", "Signed out";
    SwitchOrganization => "organization.switch", "Switched to this organization";
    CreatePortalLink => "portal_link.create", "Opened the Admin Portal";
    ChooseProvider => "provider.choose", "Picked a provider";
    AddDomain => "domain.add", "Added a domain";
    VerifyDomain => "domain.verify", "Checked a domain's DNS record";
    RemoveDomain => "domain.remove", "Removed a domain";
    AddItContact => "it_contact.add", "Added an IT contact";
    InviteItContact => "it_contact.invite", "Sent setup to an IT admin";
    RevokeItInvitation => "it_contact.revoke", "Revoked the IT admin's invitation";
    AddMember => "membership.add", "Added a member";
    SetRole => "membership.set_role", "Changed a member's role";
    RemoveMember => "membership.remove", "Removed a member";
    RevokePortalLinks => "portal_link.revoke", "Ended a person's Admin Portal links";
    SetFeatures => "organization.set_features", "Changed the areas in the plan";
    ExportAudit => "audit.export", "Downloaded the activity log";
    PurgeAudit => "audit.purge", "Deleted activity older than the retention period";
    WorkosChange => "workos.change", "Reported a change";
    NotifyAdmins => "notification.email", "Emailed the admins";
    StaffSignIn => "staff.sign_in", "Signed in to the staff console";
    StaffSignOut => "staff.sign_out", "Signed out of the staff console";
    StaffAdd => "staff.add", "Added a staff member";
    StaffSetRole => "staff.set_role", "Changed a staff member's role";
    StaffRemove => "staff.remove", "Removed a staff member";
    StaffExport => "staff.export", "Exported the organizations list";
    CreateApiKey => "api_key.create", "Made a host API key";
    RevokeApiKey => "api_key.revoke", "Revoked a host API key";
    AddWebhookEndpoint => "webhook_endpoint.add", "Registered a webhook endpoint";
    RemoveWebhookEndpoint => "webhook_endpoint.remove", "Removed a webhook endpoint";
    ReplayWebhook => "webhook_delivery.replay", "Sent a webhook again";
    CreateOrganization => "organization.create", "Created the organization";
    DeleteOrganization => "organization.delete", "Deleted the organization";
    ApiCall => "api.call", "Called the host API";
    TestSso => "sso.tested", "Tested SSO sign-in";
    SetRequireSso => "organization.require_sso", "Changed Require SSO";
}

impl Action {
    pub fn parse(name: &str) -> Option<Action> {
        Action::ALL.iter().copied().find(|a| a.as_str() == name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn action_names_are_unique_and_read_back() {
        for &action in Action::ALL {
            assert_eq!(Action::parse(action.as_str()), Some(action));
        }
        let names: std::collections::HashSet<_> = Action::ALL.iter().map(|a| a.as_str()).collect();
        assert_eq!(names.len(), Action::ALL.len());
    }
}
