# What a person is told when something fails or is refused.

error-unrecorded = Portico could not record this in its audit trail. If the change was made at WorkOS, it is in Portico's log; please try again shortly.
error-internal = Something went wrong on our side. Please try again; if it keeps happening, contact your Portico operator.
error-not-in-plan = { $area } is not included in { $organization }'s plan.
error-not-linked = { $organization } is not linked to WorkOS yet. Ask your Portico operator to link it.
error-workos-rate-limited-for = { PLURAL($seconds) ->
    [one] WorkOS is rate limiting, try again in { $seconds } second.
   *[other] WorkOS is rate limiting, try again in { $seconds } seconds.
}
error-workos-rate-limited = WorkOS is rate limiting, try again in a minute.
error-organization-over-budget = { PLURAL($seconds) ->
    [one] Your organization has made many WorkOS requests in the last minute. Try again in { $seconds } second.
   *[other] Your organization has made many WorkOS requests in the last minute. Try again in { $seconds } seconds.
}
error-portico-over-budget = { PLURAL($seconds) ->
    [one] Portico is making many WorkOS requests right now. Try again in { $seconds } second.
   *[other] Portico is making many WorkOS requests right now. Try again in { $seconds } seconds.
}
error-workos-key-rejected = Portico's WorkOS API key was rejected. Ask your Portico operator to check WORKOS_API_KEY.
error-workos-unknown-organization = This organization is not known to WorkOS. Ask your Portico operator to re-link it.
error-workos-refused = WorkOS refused the request. Ask your Portico operator to check Portico's logs.
error-workos-key-permission = Portico's WorkOS API key lacks a permission this needs. Ask your Portico operator to check the key's permissions.
error-workos-down = WorkOS is not responding right now. Please try again in a minute.

error-wrong-password = Wrong email or password.
error-missing-credentials = Enter your email and password.
error-no-organization = Your account is not a member of any organization yet.
error-sso-required = { $organization } signs in through single sign-on, not a password. Enter your work email and choose Continue: your identity provider signs you in.
# What a member asked for that only admins may do.
error-admins-only = { $refused ->
    [open-setup] Only an admin of { $organization } can open a setup.
    [read-activity] Only an admin of { $organization } can see its activity.
    [export-activity] Only an admin of { $organization } can download its activity.
   *[change-settings] Only an admin of { $organization } can change these settings.
}
error-not-member = You are not a member of that organization.
error-too-many-sign-ins = { PLURAL($seconds) ->
    [one] Too many sign-in attempts. Try again in { $seconds } second.
   *[other] Too many sign-in attempts. Try again in { $seconds } seconds.
}
error-sign-ins-busy = Portico is busy checking other sign-ins. Try again in a few seconds.
error-sign-in-unrecorded = Portico could not record this in its audit trail, so it did not happen. Please try again shortly.
error-sign-in-first = Please sign in first.
error-unreadable-request = The request could not be read: { $detail }
error-missing-field = The field '{ $field }' is missing.
error-unreachable = Portico could not be reached. Check your connection and try again.

# Why what was typed is not a domain: completes "\"acme .com\" …".
domain-reason = { $reason ->
    [empty] is empty
    [more-than-a-domain] has more than a domain
    [email-address] is an email address, not a domain
    [spaces] has spaces in it
    [port] has a port
    [ip-address] is an IP address
    [ends-in-number] ends in a number
    [bad-characters] has characters a domain cannot have
    [needs-a-dot] needs a dot, as in acme.com
    [too-long] is longer than 253 characters
   *[bad-part] has a part that is empty, too long or has odd characters
}

error-domain-empty = Enter a domain, such as acme.com.
# $typed is what was typed, quoted; $reason the domain-reason above.
error-domain-bad = { $typed } { $reason }. Enter just the domain, such as acme.com.
error-domain-taken = { $domain } is already claimed by an organization at WorkOS. If it should be yours, remove it there first.
error-domain-ours = { $state ->
    [verified] { $domain } is already one of your domains, and verified.
    [failed] { $domain } is already one of your domains: its check failed. Publish the TXT record shown below, then check it again.
   *[pending] { $domain } is already one of your domains, waiting for its DNS record: publish the TXT record shown below, then check it.
}
error-domain-verified = { $domain } is verified already.
error-domain-not-ours = That domain is not one of your organization's. Reload the page to see its domains.

error-it-admin-email-empty = Enter your IT admin's email address.
error-it-admin-email-bad = { $typed } is not an email address. Enter one such as it@acme.com.
error-it-admin-no-areas = Tick at least one area for your IT admin to set up.
error-it-admin-bad-area = Pick areas from the list: WorkOS sends IT admins to those only.
error-it-admin-nothing-to-revoke = There is no invitation to revoke. Reload the page to see where things stand.
error-it-admin-unrecorded = WorkOS added the IT contact, but Portico could not record it in its audit trail (it is in Portico's log). Please try again shortly.

error-portal-unrecorded = Portico could not record this in its audit trail, so the setup link was not opened. Please try again; if it keeps happening, contact your Portico operator.
error-portal-untrusted-link = WorkOS answered with a setup link Portico does not trust, so it was not opened. Ask your Portico operator to check the portal_hosts setting.
error-unknown-provider = Pick a provider from the list.

error-sso-not-configured = SSO sign-in is not set up on this Portico: ask your Portico operator to set WORKOS_CLIENT_ID.
error-sso-unexpected = This sign-in did not start in this browser, or it was finished already. Start the sign-in again.
error-sso-expired = This sign-in took longer than ten minutes. Start the sign-in again.
error-sso-refused = Your identity provider did not sign you in: { $what } { $fix }
error-sso-other-organization = Your identity provider signed you in for another organization than the one your email belongs to, so Portico did not. Tell your IT admin.
error-sso-outside-domains = Your identity provider signed you in as { $email }, which is not on your organization's verified domains, so Portico did not. Tell your IT admin.
error-sso-not-a-member = { $email } already has a Portico account, which is not a member of { $organization }. Ask an admin of { $organization } to add you, then sign in again.
error-sso-unrecorded = Portico could not record this sign-in in its audit trail, so it did not happen. Please try again shortly.

# The activity download's refusals (`name` is a field of the address: format, from, to).
error-export-unknown-parameter = `{ $name }` is not a parameter of an export: use format, from and to.
error-export-twice = `{ $name }` is given twice.
error-export-format = Unknown format { $format }: use csv or jsonl.
error-export-empty-range = The range is empty: `from` must be before `to`.
error-export-not-a-date = `{ $name }` must be a date like 2026-11-01 or a time like 2026-11-01T09:30:00Z, not { $typed }.
error-export-out-of-range = `{ $name }` is out of range.
error-export-elsewhere = Downloads start from the activity card on Portico's settings page.

error-break-glass-needs-password = Only the organization's admins who have a password can keep password sign-in.
error-require-sso-inactive = Require SSO needs an active SSO connection: finish Configure SSO first, then test it.
error-require-sso-no-break-glass = Choose at least one admin who keeps password sign-in, so that a broken identity provider cannot lock everyone out.
error-require-sso-locks-you-out = You signed in with a password: keep yourself among the admins who keep password sign-in, or sign in through SSO first. Saving this would sign you out.
error-work-email = Enter your work email, e.g. jane@example.com.
