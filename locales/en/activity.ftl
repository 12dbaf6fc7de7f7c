# The activity list on the settings page and its download.

activity-heading = Recent activity
activity-lead = { PLURAL($days) ->
    [one] Sign-ins, setup links and changes in this organization, kept { $days } day.
   *[other] Sign-ins, setup links and changes in this organization, kept { $days } days.
}
activity-empty = Nothing recorded yet.
activity-entries = Activity entries
activity-when = When
activity-who = Who
activity-what = What
activity-result = Result
activity-from = From
activity-download-heading = Download for your auditors
activity-download-from = From
activity-download-to = To
activity-download-format = Format
activity-download = Download

# What each action in the activity list is, in words ($action is its stored name,
# with '-' for '.').

action-described = { $action ->
    [user-sign_in] Signed in
    [user-sign_out] Signed out
    [organization-switch] Switched to this organization
    [portal_link-create] Opened the Admin Portal
    [provider-choose] Picked a provider
    [domain-add] Added a domain
    [domain-verify] Checked a domain's DNS record
    [domain-remove] Removed a domain
    [it_contact-add] Added an IT contact
    [it_contact-invite] Sent setup to an IT admin
    [it_contact-revoke] Revoked the IT admin's invitation
    [membership-add] Added a member
    [membership-set_role] Changed a member's role
    [membership-remove] Removed a member
    [portal_link-revoke] Ended a person's Admin Portal links
    [organization-set_features] Changed the areas in the plan
    [audit-export] Downloaded the activity log
    [audit-purge] Deleted activity older than the retention period
    [workos-change] Reported a change
    [notification-email] Emailed the admins
    [staff-sign_in] Signed in to the staff console
    [staff-sign_out] Signed out of the staff console
    [staff-add] Added a staff member
    [staff-set_role] Changed a staff member's role
    [staff-remove] Removed a staff member
    [staff-export] Exported the organizations list
    [api_key-create] Made a host API key
    [api_key-revoke] Revoked a host API key
    [webhook_endpoint-add] Registered a webhook endpoint
    [webhook_endpoint-remove] Removed a webhook endpoint
    [webhook_delivery-replay] Sent a webhook again
    [organization-create] Created the organization
    [organization-delete] Deleted the organization
    [api-call] Called the host API
    [sso-tested] Tested SSO sign-in
   *[organization-require_sso] Changed Require SSO
}

activity-by-operator = Portico operator (command line)
activity-detail-about = { $subject }: { $rest }
activity-detail-for-areas = { $subject }, for { $areas }
activity-detail-embedded = Through { $host }, as { $role }
activity-detail-as-role = { $email } as { $role }
activity-detail-sso = Through single sign-on ({ $provider })
activity-detail-sso-refused = Through single sign-on: { $reason }
activity-detail-every-area = Every area
activity-detail-no-area = No area
activity-detail-plan = Areas: { $areas }
activity-filter-not-a-day = { $typed } is not a day: enter one like 2026-11-01. The list shows every day meanwhile.
activity-filter-empty-range = The last day is before the first: the list shows every day from the first on.
activity-times = { PLURAL($count) ->
    [one] once that day
   *[other] { $count } times that day
}
activity-filter-heading = Show only
activity-filter-who = Who (email or part of it)
activity-filter-what = What
activity-filter-result = Result
activity-filter-any = Any
activity-filter-from = From
activity-filter-to = To
activity-filter-apply = Show
activity-filter-clear = Show everything
activity-filter-nothing = Nothing matches this filter.
activity-load-more = Load more
activity-kind = { $kind ->
    [sign_ins] Sign-ins
    [setup] Setup
    [domains] Domains
    [it_admin] IT admin invitations
    [members] Members
    [plan] Plan
    [trail] Downloads and clean-up
    [workos] Changes WorkOS reported
    [emails] Emails to admins
   *[host_product] Host product
}
