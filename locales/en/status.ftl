# What each card says of its area's live status, as WorkOS reports it.
# $provider is a provider's name ("Okta SAML"); $date a day ("3 Dec 2026").

status-sso-none = No identity provider connected yet.
status-sso-active = { $provider } is active.
status-sso-several-active = { $count } connections active: { $providers }.
status-sso-saved = { $provider } is saved but not active yet.
# $state is WorkOS's word for the connection's state.
status-sso-broken = { $state ->
    [inactive] { $provider } has been inactive since { $date }: nobody can sign in through it.
    [deleting] { $provider } has been being deleted since { $date }: nobody can sign in through it.
   *[other] { $provider } has been { $state } since { $date }: nobody can sign in through it.
}

status-directory-counts = { PLURAL($users) ->
    [one] { $users } user
   *[other] { $users } users
}, { PLURAL($groups) ->
    [one] { $groups } group
   *[other] { $groups } groups
}
status-directory-quiet = { $provider } has synced no change since { $date }: check that it still syncs.
status-directory-syncing-counted-changed = { $provider } is syncing ({ $counts }); last change { $date }.
status-directory-syncing-changed = { $provider } is syncing; last change { $date }.
status-directory-syncing-counted = { $provider } is syncing ({ $counts }).
status-directory-syncing = { $provider } is syncing.
status-directory-credentials = { $provider }: WorkOS has not been able to sign in to the directory since { $date }.
status-directory-saved = { $provider } is connected but not syncing yet.
status-directory-none = No directory connected yet.

# $domains is a list ("a.example, b.example and c.example").
status-domains-waiting = { PLURAL($count) ->
    [one] { $domains } is waiting for its DNS record.
   *[other] { $domains } are waiting for their DNS records.
}
status-domains-failed = Verification failed for { $domains } on { $date }: check the DNS record.
# $waiting is the sentence above.
status-domains-progress = { $done } of { $total } domains verified; { $waiting }
status-domains-verified = Verified: { $domains }.
status-domains-none = No domain verified yet.

status-stream-https-endpoint = an HTTPS endpoint
status-stream-none = No log stream set up.
status-stream-active = Streaming to { $destination }.
status-stream-saved = Set up for { $destination }, not streaming yet.
status-stream-failing = Streaming to { $destination } is failing.
# WorkOS's audit logs, not Portico's own activity list (which keeps its own days).
status-audit-logs-kept = { PLURAL($days) ->
    [one] WorkOS keeps your audit log events { $days } day.
   *[other] WorkOS keeps your audit log events { $days } days.
}
status-audit-logs-off = Audit logs are not enabled.

status-certificate-a-connection = A SAML connection
status-certificate-expired = { $connection }'s SAML certificate expired on { $date }: renew it so people can sign in.
# $when is "today", "tomorrow" or "in 12 days".
status-certificate-expires = { $connection }'s SAML certificate expires on { $date } ({ $when }).
status-certificate-renewed-until = Certificate renewed on { $date }, valid until { $until }.
status-certificate-renewed = Certificate renewed on { $date }.
status-certificate-none-expiring = WorkOS reported no expiring certificate in the last 30 days.

status-key-verified-in = Your key in { $service } was verified on { $date }.
status-key-verified = Your key was verified on { $date }.
status-key-unverified-in = Your key in { $service } could not be verified on { $date }: check that WorkOS may use it, then connect it again.
status-key-unverified = Your key could not be verified on { $date }: check that WorkOS may use it, then connect it again.
status-key-removed = Your key was removed on { $date }.

status-unavailable = Status unavailable right now.
status-portal-opened-by = { $email } started this setup on { $date }.
status-portal-opened = An admin started this setup on { $date }.
status-portal-never-opened = Nobody has started this setup yet.
# $reason is a sentence of its own; $age says how long ago ("5 minutes ago").
status-stale = { $reason } Showing what WorkOS reported { $age }.

age-under-a-minute = less than a minute ago
age-minutes = { PLURAL($minutes) ->
    [one] { $minutes } minute ago
   *[other] { $minutes } minutes ago
}
age-hours = { PLURAL($hours) ->
    [one] { $hours } hour ago
   *[other] { $hours } hours ago
}
