# The staff console (/staff): the pages the host company's support people and owners
# use to look after every customer organization, their sign-in with a second factor, and
# what they are told when something is refused. "Support" and "owner" are the staff's
# two roles.

## Sign-in and the second factor

staff-sign-in-page-title = Staff sign-in · Portico
staff-sign-in-heading = Staff sign-in
# $link is a link to the customers' sign-in page; its words are staff-sign-in-lead-link.
staff-sign-in-lead = For the support team of the company that runs Portico. Customers sign in at { $link }.
staff-sign-in-lead-link = the settings sign-in
staff-code-page-title = Staff sign-in: code · Portico
staff-code-heading = Enter your code
staff-code-lead = Signing in as { $email }. Enter the six-digit code your authenticator app shows, or one of your recovery codes.
staff-code = Code
staff-start-again = Start again
staff-enrol-page-title = Set up your second factor · Portico
staff-enrol-heading = Set up your second factor
staff-enrol-lead = Every staff sign-in takes a code from an authenticator app. Scan this code with the app on your phone to add { $email }.
staff-enrol-type-secret = Cannot scan it? Type this secret into the app instead (time-based, six digits, every 30 seconds):
staff-enrol-code = The code the app shows now
staff-enrol-confirm = Confirm and sign in
# What a screen reader says of the QR code on the enrolment page.
staff-qr-label = QR code of the second factor's secret
staff-recovery-codes = Recovery codes
staff-recovery-codes-heading = Your recovery codes
staff-recovery-codes-lead = Your second factor is set up. Keep these codes somewhere safe: each one signs you in once if you lose your phone. They are shown only now.
staff-recovery-codes-kept = I have kept them: open the console

## The console's frame

staff-console = Staff console
staff-console-page-title = Staff console · Portico
# $page is the page's own title ("Organizations").
staff-page-title = { $page } · Staff console · Portico
staff-brand = Portico staff console
# The name of the console's navigation, for screen readers.
staff-nav = Console
# The signed-in staff member in the top bar: "hana@host.example (Owner)"; $role is staff-role.
staff-account = { $email } ({ $role })
staff-team = Staff

staff-role = { $role ->
    [owner] Owner
   *[support] Support
}
# The role in the staff table.
staff-role-name = { $role ->
    [owner] owner
   *[support] support
}
staff-role-explained = { $role ->
    [owner] Owner: also manages staff and members
   *[support] Support: sees every organization and acts on its behalf
}

## Staff accounts (owners only)

staff-accounts = Staff accounts
staff-role-label = Role
staff-second-factor = Second factor
staff-factor-set-up = Set up
staff-factor-at-first-sign-in = At first sign-in
staff-added-on = Added
# For screen readers, on a staff member's row: what the role menu changes.
staff-change = Change { $email }
staff-add-heading = Add a staff member
staff-add = Add
# $password is the new account's password, shown in a box of its own.
staff-added = Added { $email }. Their password, shown only now: { $password }. They set up their second factor at their first sign-in.

## What a staff member is told when signing in or a change is refused

staff-error-signed-out = Please sign in to the staff console first.
staff-error-second-step-expired = That sign-in took too long. Enter your email and password again.
staff-error-codes-locked = { PLURAL($minutes) ->
    [one] Too many wrong codes. Codes are refused for { $minutes } more minute: then sign in again, or ask an owner.
   *[other] Too many wrong codes. Codes are refused for { $minutes } more minutes: then sign in again, or ask an owner.
}
staff-error-not-owner = Only an owner can do this. Ask an owner of the staff console.
staff-error-wrong-code = That code is not right, or has expired. Enter the code your app shows now, or a recovery code.
staff-error-used-code = That code was already used. Wait for the next one.
staff-error-factor-changed = Your second factor changed meanwhile. Enter your email and password again.
# $role is what was asked for; "support" and "owner" are the roles' names as the form sends them.
staff-error-bad-role = '{ $role }' is not a staff role. use support or owner.
# $typed is what was typed, in quotes.
staff-error-bad-email = { $typed } is not an email address.
staff-error-exists = { $email } already has a staff account.
staff-error-not-found = { $email } has no staff account.
staff-error-last-owner = { $email } is the last owner: someone must be able to manage staff. add another owner first.
staff-error-short-password = The password must be at least 12 characters.

## The list of organizations

console-organizations = Organizations
# The queue of organizations with an area that needs attention (a page and a filter).
console-needs-attention = Needs attention
console-integrations = Integrations
console-organizations-count = { PLURAL($count) ->
    [one] { $count } organization
   *[other] { $count } organizations
}
console-search = Search
console-search-placeholder = Name, domain or WorkOS id
console-show = Show
console-show-all = All organizations
console-show-expiring = Certificate expiring
console-show-sso-failing = SSO failing
# The filter for organizations with an area not configured (the area is chosen next to it).
console-not-configured = Not configured
console-within-days = Within (days)
console-plan-includes = Plan includes
console-any-plan = Any plan
console-sort = Sort
console-name = Name
console-sort-attention = Needs attention first
console-sort-certificate = Certificate expiry
console-apply = Apply
console-clear = Clear
console-export = Export CSV
# An area's badge, for screen readers and as its tooltip: "Certificate renewal: needs
# attention". $area is the area's name; $state where it stands.
console-badge = { $state ->
    [excluded] { $area }: not in the plan
    [unknown] { $area }: not known yet
    [not_configured] { $area }: not configured
    [in_progress] { $area }: in progress
    [active] { $area }: active
   *[needs_attention] { $area }: needs attention
}
console-attention-areas = { PLURAL($count) ->
    [one] { $count } area
   *[other] { $count } areas
}
# After the number of areas needing attention: "2 areas since 3 Dec 2026".
console-attention-since = since { $date }
console-not-read-yet = Not opened yet
# When WorkOS was last read in full for the organization.
console-read-on = Read { $date }
console-no-workos-organization = No WorkOS organization
console-no-match = No organization matches these filters.
console-first-page = First page
console-next-page = Next page
console-areas = Areas
console-certificate-expires = Certificate expires
console-status-read = Status read
# The name of the list's page links, for screen readers.
console-pages = Pages

## The "needs attention" queue

console-nothing-needs-attention = Nothing needs attention now.
console-attention-lead = Organizations with an area that stopped working or is about to, longest waiting first.
# An area's name before what is wrong with it: "Single sign-on: …".
console-label = { $label }:
console-nobody-told = Nobody was told yet.
console-waiting-since = Since { $date }
console-who-was-told = Who was told
# Before what to do next.
console-next = Next:
console-told-emailed = Portico emailed the admins on { $date }.
console-next-ask-contact = Ask { $email } whether the setup email arrived, or hand over an Admin Portal link.
console-next-call = The admins were told and nothing changed: send the setup to their IT contact, or call them.
console-next-tell-contact = Nobody was told yet: send the setup to the organization's IT contact.

## One organization

console-reason = Reason (the organization's admins read it)
console-not-in-plan = Not in plan
console-no-status = No status
console-change = Change
console-member-role = { $role ->
    [admin] Admin
   *[member] Member
}
console-remove-member = Remove from the organization
console-change-member = Change member
console-members-owners-only = Only owners of the console can change members.
console-members = Members
console-members-label = Members and their roles
console-no-invitation = No setup invitation is pending.
# An Admin Portal link handed over: "Single sign-on: handed over by Owner
# (hana@host.example), 3 Dec 2026, 10:12 UTC". $who is as the audit trail names them.
console-handed-over = { $area }: handed over by { $who }, { $when }
# $time is "10:12".
console-day-and-time = { $date }, { $time } UTC
console-no-handoffs = No Admin Portal link was handed over from the console.
console-pending = Invitations and hand-overs
console-member-links = { $email }'s links
console-act = Act on the customer's behalf
console-invite-heading = Send the setup to their IT contact
console-invite-email = IT contact's email
console-invite = Send setup
console-link-heading = Hand over an Admin Portal link
console-area = Area
console-link = Generate link
console-revoke-heading = Revoke Admin Portal links
console-revoke-whose = Whose links
console-revoke-handed-over = Links handed over from the console
console-revoke = Revoke links
console-plan-heading = The plan's areas
console-plan-included = Included
console-plan-save = Save plan
console-new-link = Admin Portal link for { $area }
console-new-link-lead = Hand it to the organization's admin now: it opens once, and expires five minutes after it was made. It is shown only this once.
# What the copy button copied, inside "Copied the …" (kept lower-case).
console-new-link-copied = link
console-no-workos-organization-yet = No WorkOS organization yet
console-status = Status
# What an action on the organization's behalf did.
console-done = { $done ->
    [invited] Sent the setup to the IT contact. The organization's admins see it in their activity.
    [revoked] Ended those Admin Portal links at WorkOS.
    [plan] Changed the plan's areas.
   *[member] Changed the member.
}
console-error-no-organization = There is no such organization. It may have been deleted.
console-error-no-reason = Write why you are doing this: the organization's admins will read it in their activity.
console-error-long-reason = { PLURAL($most) ->
    [one] Keep the reason under { $most } character.
   *[other] Keep the reason under { $most } characters.
}
# $typed is what was asked for, in quotes.
console-error-unknown = { $typed } is not something the console knows. Pick one from the list.

## The host's integrations (owners only)

console-keys = Host API keys
console-keys-lead = Your backend calls /api/v1 with these (see /api/v1/openapi.json). A key is shown once, when it is made.
console-keys-label = API keys
console-key-revoked = Revoked { $date }
console-key-last-used = Last used { $date }
console-key-never-used = Never used
console-key-revoke = Revoke { $name }
console-key-made = Made { $date }
console-key-make-heading = Make a key
console-key-scopes = Scopes
console-key-make = Make key
console-remove = Remove
console-endpoints = Webhook endpoints
console-endpoints-lead = Portico posts each change of a customer's setup to these, signed (Portico-Signature, as WorkOS signs its own), and tries again for a day. Only public addresses.
console-endpoints-label = Registered endpoints
console-endpoint-add-heading = Add an endpoint
console-endpoint-url = URL
console-endpoint-events = Events (none checked: every event)
console-endpoint-add = Add endpoint
# What an endpoint registered for no event in particular receives.
console-every-event = every event
console-deliveries = Deliveries
console-deliveries-empty = Nothing sent yet.
console-deliveries-label = Delivery log
console-delivery-made-column = Made
console-delivery-event = Event
console-delivery-endpoint = Endpoint
console-delivery-state = State
console-delivery-again = Again
console-delivery-attempts = { PLURAL($count) ->
    [one] { $count } attempt
   *[other] { $count } attempts
}
console-delivery-send-again = Send again
# When a delivery was made: $time is "18:42" (UTC).
console-delivery-made = { $date }, { $time }
# $status is the HTTP status the endpoint answered with ("500").
console-delivery-answered = answered { $status }
# $answered is console-delivery-answered, or the error the delivery met (kept in English).
console-delivery-delivered = Delivered ({ $answered })
console-delivery-gave-up = Gave up: { $answered }
console-delivery-waiting = Waiting to be sent
console-delivery-retrying = Retrying at { $time } UTC ({ $answered })
# What was just made, shown once: $name is the key's name in quotes.
console-shown-key = The API key { $name }
console-shown-secret = The signing secret of { $url }
# $what is console-shown-key or console-shown-secret; $value the key or secret, in a box
# of its own.
console-shown-once = { $what }, shown only now: { $value }

# Why a key or an endpoint was refused. Names typed are repeated in quotes.
console-key-bad-name = Give the key a name (letters, digits, spaces, dots, dashes), at most 60 characters.
console-key-unknown-scope = { $scope } is not a scope: use organizations:read, organizations:write, members:write, embed:write or webhooks:write.
console-key-no-scope = Give the key at least one scope: organizations:read, organizations:write, members:write or embed:write.
console-key-exists = A key named { $name } exists already.
console-key-not-found = No key named { $name } is in use.
console-endpoint-bad-url = { $url } is not a URL.
console-endpoint-not-http = The URL must be http or https with a host name.
console-endpoint-private = { $address } is a private, loopback or link-local address: Portico does not post there.
console-endpoint-unresolved = { $host } does not resolve to any address.
console-endpoint-unknown-event = { $event } is not an event: use organization.status_changed, organization.needs_attention or handoff.completed.
console-endpoint-credentials = The URL holds a user name or password: give the endpoint a URL without them (the signature proves who is sending).
console-endpoint-not-found = There is no endpoint { $id }.
console-delivery-not-found = There is no delivery { $id }.
console-key-revoke-confirm = Revoke the key { $name }?
console-key-revoke-consequence = Every call made with { $name } is refused from now on, and it cannot be used again: the host’s backend needs a new key.
console-revoking = Revoking…
console-endpoint-remove = Remove { $url }
console-endpoint-remove-confirm = Remove the endpoint { $url }?
console-endpoint-remove-consequence = { $url } gets no more events, and its deliveries, sent or waiting, leave the delivery log.
console-removing = Removing…
