# Deutsch: was die SSO-Fehlercodes von WorkOS bedeuten und wie man sie behebt. Übersetzt
# vom Portico-Team, nicht von Muttersprachlern geprüft: bitte prüfen lassen, bevor sich ein
# Kunde darauf verlässt. „SSO konfigurieren“ und „Domain-Verifizierung“ sind die
# Beschriftungen auf der Seite (area-action, area-title).

sso-error-what = { $code ->
    [access_denied] Ihr Identitätsanbieter hat die Anmeldung abgelehnt: Die Person ist dort der Anwendung nicht zugewiesen, oder sie hat abgelehnt.
    [ambiguous_connection_selector] Ihre Organisation hat mehr als eine SSO-Verbindung, daher ist nicht klar, über welche sich Personen anmelden.
    [connection_domain_invalid] Für die Domain dieser E-Mail-Adresse ist keine SSO-Verbindung eingerichtet.
    [connection_invalid] Die SSO-Verbindung existiert nicht mehr.
    [connection_strategy_invalid] Der Anmeldeanbieter ist auf mehr als eine Weise eingerichtet.
    [connection_unlinked] Die SSO-Verbindung ist nicht aktiv: Ihre Einrichtung wurde nicht abgeschlossen, oder sie wurde deaktiviert.
    [domain_connection_selector_not_allowed] Die Anmeldung hat eine Verbindung auf eine Weise angefordert, die WorkOS nicht mehr akzeptiert.
    [idp_initiated_sso_disabled] Die Anmeldung wurde im App-Dashboard Ihres Identitätsanbieters gestartet, was diese Verbindung nicht erlaubt.
    [invalid_connection_selector] Die Anmeldung hat nicht angegeben, welche Verbindung verwendet werden soll.
    [organization_invalid] Für diese Organisation gibt es keine aktive SSO-Verbindung.
    [oauth_failed] Der OAuth-Schritt des Anmeldeanbieters ist fehlgeschlagen.
    [profile_not_allowed_outside_organization] Die E-Mail-Adresse, die Ihr Identitätsanbieter gesendet hat, gehört zu keiner der verifizierten Domains Ihrer Organisation.
    [server_error] Die Anmeldung ist beim Identitätsanbieter oder bei WorkOS fehlgeschlagen. Häufige Ursachen sind ein abgelaufenes oder ersetztes SAML-Zertifikat und eine Attributzuordnung, die keine E-Mail-Adresse sendet.
    [signin_consent_denied] Die Person hat den Bildschirm abgelehnt, auf dem sie die Anmeldung bestätigen soll.
   *[other] Die Anmeldung ist aus einem Grund fehlgeschlagen, den WorkOS nicht angegeben hat.
}

sso-error-fix = { $code ->
    [access_denied] Weisen Sie die Person (oder eine ihrer Gruppen) in Ihrem Identitätsanbieter der Anwendung zu und testen Sie dann erneut.
    [ambiguous_connection_selector] Öffnen Sie „SSO konfigurieren“, löschen Sie die Verbindung, die Sie nicht mehr verwenden, und testen Sie dann erneut.
    [connection_domain_invalid] Verifizieren Sie die Domain unter „Domain-Verifizierung“ und stellen Sie sicher, dass Ihre Verbindung sie abdeckt.
    [connection_invalid] Richten Sie SSO über „SSO konfigurieren“ neu ein.
    [connection_strategy_invalid] Die Ursache liegt nicht in Ihrer Einrichtung: Informieren Sie Ihren Portico-Betreiber und nennen Sie den Zeitpunkt.
    [connection_unlinked] Öffnen Sie „SSO konfigurieren“, schließen Sie die Einrichtung ab und testen Sie dann erneut.
    [domain_connection_selector_not_allowed] Die Ursache liegt nicht in Ihrer Einrichtung: Informieren Sie Ihren Portico-Betreiber und nennen Sie den Zeitpunkt.
    [idp_initiated_sso_disabled] Starten Sie stattdessen auf der Anmeldeseite von Portico, oder erlauben Sie unter „SSO konfigurieren“ Anmeldungen, die beim Identitätsanbieter beginnen.
    [invalid_connection_selector] Die Ursache liegt nicht in Ihrer Einrichtung: Informieren Sie Ihren Portico-Betreiber und nennen Sie den Zeitpunkt.
    [organization_invalid] Richten Sie SSO über „SSO konfigurieren“ ein (oder schließen Sie eine als Entwurf gebliebene Verbindung ab) und testen Sie dann erneut.
    [oauth_failed] Versuchen Sie es erneut. Wenn es weiterhin fehlschlägt, prüfen Sie Client-ID und Client-Secret der OAuth-Anwendung beim Anbieter.
    [profile_not_allowed_outside_organization] Verifizieren Sie die Domain dieser E-Mail-Adresse unter „Domain-Verifizierung“, oder ordnen Sie das E-Mail-Attribut in Ihrem Identitätsanbieter der geschäftlichen Adresse der Personen zu.
    [server_error] Prüfen Sie das Zertifikat und die Attributzuordnung unter „SSO konfigurieren“. Ihr Portico-Betreiber kann die Details dieser Anmeldung bei WorkOS einsehen.
    [signin_consent_denied] Testen Sie erneut und bestätigen Sie die Anmeldung.
   *[other] Testen Sie erneut. Wenn es weiterhin fehlschlägt, nennen Sie Ihrem Portico-Betreiber den hier angezeigten Code.
}

# Die Ergebnisseite der SSO-Testanmeldung. „Letzte Aktivitäten“ ist activity-heading.
sso-test-page-title = SSO-Testanmeldung · Portico
sso-test-cannot-finish = Diese Anmeldung kann nicht abgeschlossen werden
sso-test-nothing = Hier gibt es nichts anzuzeigen
sso-test-nothing-lead = Unter dieser Adresse erscheint das Ergebnis einer SSO-Anmeldung, wenn Ihr Identitätsanbieter Sie zurückleitet.
sso-test-close-tab = Schließen Sie diesen Tab, um zu Ihrem Produkt zurückzukehren. Dort erscheint dieser Test unter „Letzte Aktivitäten“.
sso-test-again = Erneut testen
sso-test-worked = Testanmeldung erfolgreich
sso-test-worked-lead = Ihr Identitätsanbieter hat Sie über { $provider } angemeldet. Unten sehen Sie, was er gesendet hat.
sso-test-failed = Testanmeldung fehlgeschlagen
sso-test-what-happened = Was passiert ist:
sso-test-how-to-fix = So beheben Sie das Problem
sso-test-error-code = Fehlercode
sso-test-workos-said = Meldung von WorkOS
sso-test-domain-verified = { $domain } ist eine Ihrer verifizierten Domains: Personen mit Adressen dieser Domain können sich über SSO bei Portico anmelden.
sso-test-domain-unverified = { $domain } ist keine Ihrer verifizierten Domains: Personen mit Adressen dieser Domain können sich nicht über SSO bei Portico anmelden. Verifizieren Sie sie unter „Domain-Verifizierung“.
sso-test-missing = Fehlt
sso-test-missing-attributes = Fehlt: { $attributes }. Ordnen Sie diese Attribute in den Einstellungen der Anwendung bei Ihrem Identitätsanbieter zu und testen Sie dann erneut.
sso-test-used = Was Portico verwendet
sso-test-used-label = Von Portico verwendete Attribute
sso-test-attribute = Attribut
sso-test-value = Wert
sso-test-used-for = Verwendet für
sso-test-received = Alles, was Ihr Identitätsanbieter gesendet hat
sso-test-received-label = Empfangene Attribute
sso-test-nothing-kept = Portico speichert keinen dieser Werte. Unter „Letzte Aktivitäten“ wird nur festgehalten, dass Sie getestet haben, zusammen mit den Attributnamen.
sso-test-uses-email = Findet das Portico-Konto der Person oder legt es bei ihrer ersten Anmeldung an.
sso-test-uses-name = Der Name der Person in Portico.
sso-test-uses-groups = Macht Mitglieder der Gruppen, die Ihr Betreiber festlegt, zu Admins (sso.admin_groups).
sso-test-other-organization = Der Identitätsanbieter hat die Person für die Organisation { $organization } angemeldet, nicht für diese.
