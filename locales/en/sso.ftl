# What each of WorkOS's SSO error codes means, and how to fix it. $code is the code
# as WorkOS sends it; a code WorkOS has not documented gets the last (default) text.

sso-error-what = { $code ->
    [access_denied] Your identity provider refused the sign-in: the person is not assigned to the application there, or they declined.
    [ambiguous_connection_selector] Your organization has more than one SSO connection, so it is not clear which one signs people in.
    [connection_domain_invalid] No SSO connection is set up for this email's domain.
    [connection_invalid] The SSO connection no longer exists.
    [connection_strategy_invalid] The sign-in provider is set up in more than one way.
    [connection_unlinked] The SSO connection is not active: its setup was not finished, or it was turned off.
    [domain_connection_selector_not_allowed] The sign-in asked for a connection in a way WorkOS no longer accepts.
    [idp_initiated_sso_disabled] The sign-in started from your identity provider's app dashboard, which this connection does not allow.
    [invalid_connection_selector] The sign-in did not say which connection to use.
    [organization_invalid] There is no active SSO connection for this organization.
    [oauth_failed] The sign-in provider's OAuth step failed.
    [profile_not_allowed_outside_organization] The email your identity provider sent is not on one of your organization's verified domains.
    [server_error] The sign-in failed at the identity provider or at WorkOS. The usual causes are an expired or replaced SAML certificate and an attribute mapping that sends no email.
    [signin_consent_denied] The person declined the screen that asks them to confirm the sign-in.
   *[other] The sign-in failed for a reason WorkOS did not explain.
}

sso-error-fix = { $code ->
    [access_denied] In your identity provider, assign the person (or a group they are in) to the application, then test again.
    [ambiguous_connection_selector] Open Configure SSO and delete the connection you no longer use, then test again.
    [connection_domain_invalid] Verify the domain under Domain verification and make sure your connection covers it.
    [connection_invalid] Set up SSO again with Configure SSO.
    [connection_strategy_invalid] Nothing in your setup causes this: tell your Portico operator, with the time it happened.
    [connection_unlinked] Open Configure SSO and finish the setup, then test again.
    [domain_connection_selector_not_allowed] Nothing in your setup causes this: tell your Portico operator, with the time it happened.
    [idp_initiated_sso_disabled] Start from Portico's sign-in page instead, or allow sign-ins started at the identity provider in Configure SSO.
    [invalid_connection_selector] Nothing in your setup causes this: tell your Portico operator, with the time it happened.
    [organization_invalid] Set up SSO with Configure SSO (or finish a connection left as a draft), then test again.
    [oauth_failed] Try again. If it keeps failing, check the OAuth application's client id and secret at the provider.
    [profile_not_allowed_outside_organization] Verify that email's domain under Domain verification, or map the email attribute in your identity provider to people's work address.
    [server_error] Check the certificate and the attribute mapping in Configure SSO. Your Portico operator can see this sign-in's details at WorkOS.
    [signin_consent_denied] Test again and confirm the sign-in.
   *[other] Test again. If it keeps failing, tell your Portico operator the code shown here.
}

sso-test-page-title = SSO test sign-in · Portico
sso-test-cannot-finish = This sign-in cannot be finished
sso-test-nothing = Nothing to show here
sso-test-nothing-lead = This address shows the result of an SSO sign-in when your identity provider sends you back.
sso-test-close-tab = Close this tab to go back to your product. Recent activity there shows this test.
sso-test-again = Test again
sso-test-worked = Test sign-in worked
sso-test-worked-lead = Your identity provider signed you in through { $provider }. Here is what it sent.
sso-test-failed = Test sign-in failed
sso-test-what-happened = What happened:
sso-test-how-to-fix = How to fix it
sso-test-error-code = Error code
sso-test-workos-said = WorkOS said
sso-test-domain-verified = { $domain } is one of your verified domains: people with these addresses can sign in to Portico through SSO.
sso-test-domain-unverified = { $domain } is not one of your verified domains: people with these addresses cannot sign in to Portico through SSO. Verify it under Domain verification.
sso-test-missing = Missing
sso-test-missing-attributes = Missing: { $attributes }. Map these attributes in your identity provider's settings for the application, then test again.
sso-test-used = What Portico uses
sso-test-used-label = Attributes Portico uses
sso-test-attribute = Attribute
sso-test-value = Value
sso-test-used-for = Used for
sso-test-received = Everything your identity provider sent
sso-test-received-label = Attributes received
sso-test-nothing-kept = Portico keeps none of these values: only that you tested, with the attribute names, in Recent activity.
sso-test-uses-email = Finds the person's Portico account, or makes one at their first sign-in.
sso-test-uses-name = Their name in Portico.
sso-test-uses-groups = Makes members of the groups your operator names admins (sso.admin_groups).
sso-test-other-organization = The identity provider signed the person in for organization { $organization }, not this one.
