# Deutsch: die Anmeldeseiten. Nicht von Muttersprachlern geprüft.

sign-in-page-title = Anmelden · Portico
sign-in-password-page-title = Mit Passwort anmelden · Portico
sign-in-heading = Anmelden
sign-in-lead = Melden Sie sich an, um die Enterprise-Einstellungen Ihrer Organisation zu verwalten.
sign-in-work-email = Geschäftliche E-Mail-Adresse
sign-in-continue = Weiter
sign-in-continuing = Einen Moment…
sign-in-sso-explained = Wenn Ihre Organisation Single Sign-on nutzt, meldet Ihr Identitätsanbieter Sie an.
sign-in-use-password = Stattdessen ein Passwort verwenden
sign-in-password-lead = Geben Sie Ihr Passwort ein, um sich anzumelden.
sign-in-email = E-Mail-Adresse
sign-in-password = Passwort
sign-in-remember = Auf diesem Gerät angemeldet bleiben
sign-in-submit = Anmelden
sign-in-signing-in = Anmeldung läuft…
sign-in-use-sso = Stattdessen mit Single Sign-on anmelden
