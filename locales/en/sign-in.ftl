# The sign-in pages: the work email first, then (for everyone SSO does not sign in)
# the password.

sign-in-page-title = Sign in · Portico
sign-in-password-page-title = Sign in with a password · Portico
sign-in-heading = Sign in
sign-in-lead = Sign in to manage your organization's enterprise settings.
sign-in-work-email = Work email
sign-in-continue = Continue
sign-in-continuing = Continuing…
sign-in-sso-explained = If your organization uses single sign-on, your identity provider signs you in.
sign-in-use-password = Use a password instead
sign-in-password-lead = Enter your password to sign in.
sign-in-email = Email
sign-in-password = Password
sign-in-remember = Keep me signed in on this device
sign-in-submit = Sign in
sign-in-signing-in = Signing in…
sign-in-use-sso = Sign in with single sign-on instead
