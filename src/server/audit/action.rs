//! What can be attempted, as the trail stores it: one table, from which the enum, its
//! list and its stored name are made. The words people read are in the message files
//! (`action-described`), keyed by the stored name; a test checks every action has them.

macro_rules! actions {
    ($($variant:ident => $stored:literal;)+) => {
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

            /// What a person reads in the activity list (`action-described` in the
            /// message files).
            pub fn describe(self) -> String {
                crate::t!("action-described", action = self.as_str().replace('.', "-"))
            }
        }
    };
}

actions! {
    SignIn => "user.sign_in";
    SignOut => "user.sign_out";
    SwitchOrganization => "organization.switch";
    CreatePortalLink => "portal_link.create";
    ChooseProvider => "provider.choose";
    AddDomain => "domain.add";
    VerifyDomain => "domain.verify";
    RemoveDomain => "domain.remove";
    AddItContact => "it_contact.add";
    InviteItContact => "it_contact.invite";
    RevokeItInvitation => "it_contact.revoke";
    AddMember => "membership.add";
    SetRole => "membership.set_role";
    RemoveMember => "membership.remove";
    RevokePortalLinks => "portal_link.revoke";
    SetFeatures => "organization.set_features";
    ExportAudit => "audit.export";
    PurgeAudit => "audit.purge";
    WorkosChange => "workos.change";
    NotifyAdmins => "notification.email";
    StaffSignIn => "staff.sign_in";
    StaffSignOut => "staff.sign_out";
    StaffAdd => "staff.add";
    StaffSetRole => "staff.set_role";
    StaffRemove => "staff.remove";
    StaffExport => "staff.export";
    CreateApiKey => "api_key.create";
    RevokeApiKey => "api_key.revoke";
    AddWebhookEndpoint => "webhook_endpoint.add";
    RemoveWebhookEndpoint => "webhook_endpoint.remove";
    ReplayWebhook => "webhook_delivery.replay";
    CreateOrganization => "organization.create";
    DeleteOrganization => "organization.delete";
    ApiCall => "api.call";
    TestSso => "sso.tested";
    SetRequireSso => "organization.require_sso";
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

    /// An action the message files lack would read as their default: each has its own.
    #[test]
    fn every_action_has_its_own_words() {
        let words: std::collections::HashSet<_> =
            Action::ALL.iter().map(|a| a.describe()).collect();
        assert_eq!(words.len(), Action::ALL.len());
    }
}
