# The enterprise areas an organization sets up, and their states. `$intent` is an
# area's wire name (sso, dsync, domain_verification, audit_logs, log_streams,
# certificate_renewal, bring_your_own_key); `$setup` a state's (not_configured,
# in_progress, active, needs_attention).

area-title = { $intent ->
    [sso] Single sign-on
    [dsync] Directory sync
    [domain_verification] Domain verification
    [audit_logs] Audit logs
    [log_streams] Log streams
    [certificate_renewal] Certificate renewal
   *[bring_your_own_key] Bring your own key
}

# The area inside a sentence ("Your … setup is saved").
area-in-sentence = { $intent ->
    [sso] SSO
    [dsync] directory sync
    [domain_verification] domain verification
    [audit_logs] audit logs
    [log_streams] log streams
    [certificate_renewal] certificate renewal
   *[bring_your_own_key] bring your own key
}

# The area in the banner after the portal ("Your single sign-on setup is saved").
area-in-banner = { $intent ->
    [sso] single sign-on
    [dsync] directory sync
    [domain_verification] domain verification
    [audit_logs] audit logs
    [log_streams] log streams
    [certificate_renewal] certificate renewal
   *[bring_your_own_key] bring your own key
}

# Short names, for the in-page navigation and the staff console's badges.
area-short = { $intent ->
    [sso] SSO
    [dsync] Directory
    [domain_verification] Domains
    [audit_logs] Audit logs
    [log_streams] Log streams
    [certificate_renewal] Certificates
   *[bring_your_own_key] BYOK
}

area-description = { $intent ->
    [sso] Let your people sign in with your identity provider (Okta, Entra ID, Google, ...).
    [dsync] Provision and deprovision users automatically from your directory.
    [domain_verification] Prove that you own your email domains.
    [audit_logs] Review who did what in your organization.
    [log_streams] Stream audit events to your SIEM (Datadog, Splunk, S3, ...).
    [certificate_renewal] Replace an expiring SAML signing certificate.
   *[bring_your_own_key] Encrypt your data with a key you control.
}

area-done = { $intent ->
    [sso] Single sign-on setup is complete.
    [dsync] Directory sync setup is complete.
    [domain_verification] Domain verification is complete.
    [audit_logs] Audit log settings are saved.
    [log_streams] Log stream setup is complete.
    [certificate_renewal] The certificate renewal is complete.
   *[bring_your_own_key] Your encryption key setup is complete.
}

# The card's button: what it does in the area's state.
area-action = { $intent ->
    [sso] { $setup ->
        [active] Manage SSO
        [in_progress] Finish SSO setup
        [needs_attention] Fix SSO
       *[other] Configure SSO
    }
    [dsync] { $setup ->
        [active] Manage directory sync
        [in_progress] Finish directory sync setup
        [needs_attention] Fix directory sync
       *[other] Set up directory sync
    }
    [domain_verification] Verify in the Admin Portal
    [audit_logs] { $setup ->
        [active] View audit logs
        [needs_attention] Fix audit logs
       *[other] Set up audit logs
    }
    [log_streams] { $setup ->
        [active] Manage log stream
        [in_progress] Finish log stream setup
        [needs_attention] Fix log stream
       *[other] Set up a log stream
    }
    [certificate_renewal] Renew certificate
   *[bring_your_own_key] Set up your key
}

area-banner-in-progress = Your { $area } setup is saved but not active yet.
area-banner-unconfirmed = The Admin Portal reported { $area } as finished, but WorkOS does not confirm it yet.
area-banner-thanks = Thanks — WorkOS has your { $area } settings.

group-title = { $group ->
    [sign-in] Sign-in
    [users] Users
   *[logs-and-data] Logs and data
}

setup-label = { $setup ->
    [not_configured] Not configured
    [in_progress] In progress
    [active] Active
   *[needs_attention] Needs attention
}

domain-state = { $state ->
    [verified] Verified
    [pending] Waiting for DNS
   *[failed] Record not found
}

activity-outcome = { $outcome ->
    [succeeded] Done
    [refused] Refused
   *[failed] Failed
}

role-name = { $role ->
    [admin] admin
   *[member] member
}

# A card's badge when WorkOS's status could not be read.
setup-unknown = Status unknown
setup-label-stale = { $state } (last known)
