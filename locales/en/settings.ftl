# The organization settings page: its cards, panels and top bar.

opens-in-new-tab = (opens in a new tab)

card-upgrade = Upgrade to add { $area }
card-not-in-plan = Not in your plan
card-in-enterprise-plan = Included in the Enterprise plan.
card-opening = Opening…
card-picked-opens-with-it = { $provider } picked: the setup opens with it. You'll need admin access to it.
card-picked-choose-it-again = { $provider } picked: choose it when the setup asks. You'll need admin access to it.

# "Invited it@acme.example for SSO and directory sync on 27 Nov 2026."
invited-for = Invited { $email } for { $areas } on { $date }.

it-admin-sent = Invitation sent.
it-admin-heading = Send the setup to your IT admin
it-admin-lead = WorkOS emails your IT admin a setup link for the areas you pick. A new invitation replaces the current one.
it-admin-open = Send to my IT admin
it-admin-send = Send invitation
it-admin-sending = Sending…
it-admin-email = Your IT admin's email
it-admin-areas = Areas to set up
it-admin-revoke = Revoke invitation
it-admin-revoking = Revoking…

domains-label = Your domains
domains-add = Add domain
domains-adding = Adding…
domains-add-label = Add a domain your people sign in with
domains-publish-then-verify = Add this TXT record at your DNS provider, then verify.
domains-record-not-found = WorkOS looked for this record and did not find it. Check the name and value at your DNS provider; new records can take a few hours to appear. Then verify again.
domains-verify-again = Verify again
domains-verify-now = Verify now
domains-checking = Checking…
domains-remove = Remove { $domain }
domains-removing = Removing…
record-type = Type
record-name = Name
record-value = Value
# What the copy button copied, inside "Copied the …" (kept lower-case).
record-name-copied = record name
record-value-copied = record value

sso-test = Test SSO sign-in
sso-test-opening = Opening your identity provider…
sso-test-lead = Sign in through your identity provider to see what it sends. Nothing changes.
sso-test-new-tab-lead = Opens your identity provider in a new tab to see what it sends. Nothing changes.
sso-require = Require SSO
sso-require-on = Members sign in through SSO only.
sso-require-off = Members may sign in with SSO or a password.
sso-require-check = Members must sign in through SSO
sso-break-glass = Admins who keep password sign-in (break-glass), in case your identity provider fails

sso-health = SSO health
sso-health-table = Sign-ins per day, as a table
sso-health-day = Day
sso-health-succeeded = Succeeded
sso-health-failed = Failed
sso-health-directory = Directory:
sso-health-certificate = Certificate:

settings-page-title = Organization settings · Portico
settings-unreadable = This page could not be read. Please reload it.
settings-embedded-session-ended = This embedded session has ended. Reload the page in your product to continue.
settings-session-ended = Your session has ended.
settings-sign-in-again = Sign in again
settings-read-only = You can view these settings. To change them, ask an admin of { $organization }.
# $reason is a sentence of its own, ending in a full stop.
settings-status-incomplete = Live status is incomplete: { $reason }
settings-heading = { $organization } settings
settings-lead = Set up enterprise features for your organization. Each opens a guided setup.
sign-out = Sign out
organization = Organization
switch-organization = Switch
sso-health-no-sign-in = Nobody has signed in through SSO yet. The last successful sign-in shows here once someone does.
# $when is "3 Dec 2026 at 16:05 UTC".
sso-health-last-sign-in-by = Last successful SSO sign-in: { $email }, { $when }.
sso-health-last-sign-in = Last successful SSO sign-in: { $when }.
sso-health-directory-unread = The directory's status could not be read just now.
sso-health-certificate-unread = The certificate's status could not be read just now.
# One kind of failed sign-in: its code, how often, the last day, what it means, its fix.
sso-health-failure = { $code } ({ PLURAL($count) ->
    [one] once
   *[other] { $count } times
}, last on { $date }): { $what } { $fix }
sso-health-day-said = { $day }: { $succeeded } succeeded, { $failed } failed
sso-health-chart-empty = No SSO sign-ins in the last 30 days. Each day's sign-ins show here once people sign in through SSO.
sso-health-chart = In the last 30 days: { PLURAL($succeeded) ->
    [one] { $succeeded } sign-in succeeded
   *[other] { $succeeded } sign-ins succeeded
}, { $failed } failed.
sso-health-no-failures = No failed SSO sign-ins in the last 7 days.
sso-health-failures = { PLURAL($count) ->
    [one] { $count } failed SSO sign-in in the last 7 days:
   *[other] { $count } failed SSO sign-ins in the last 7 days:
}

picker-choose-identity-provider = Choose your identity provider
picker-search-identity-providers = Search identity providers
picker-choose-directory = Choose your directory
picker-search-directories = Search directories
picker-change = Change provider
picker-no-match = Nothing matches. Try another name.
picker-matches = { PLURAL($count) ->
    [one] { $count } provider matches.
   *[other] { $count } providers match.
}

banner-dismiss = Dismiss
domains-changed = Your domains changed.
domains-reload = Reload to see them
# What a screen reader hears when a card changes while the page is open.
live-card-changed = { $area }: { $state }. { $summary }

# Removing a domain: asked first, with what it changes; then said.
domains-remove-confirm = Remove { $domain }?
domains-remove-consequence = People with @{ $domain } addresses will no longer be matched to { $organization }, and single sign-on will no longer cover them.
domains-remove-verified-consequence = { $domain } is verified: once removed, proving it again needs a new DNS record.
domains-removed = { $domain } was removed from your domains.
it-admin-revoke-confirm = Revoke the invitation to { $email }?
it-admin-revoke-consequence = The setup link WorkOS emailed to { $email } stops working, for { $areas }. Nothing they already set up changes.
cancel = Cancel
settings-lead-member = Where your organization’s enterprise features stand. Your admins set them up.
page-nav-label = On this page
card-in-use-outside-plan = Your plan no longer includes it. It keeps working as it is set up; to change it, upgrade.
card-picked-by-admins = Your admins picked { $provider }.
settings-read-only-ask = You can view these settings. To change them, ask one of your admins: { $admins }.
skip-to-settings = Skip to the settings
