# Deutsch: die Einstellungsseite der Organisation. Übersetzt vom Portico-Team, nicht von
# Muttersprachlern geprüft: bitte prüfen lassen, bevor sich ein Kunde darauf verlässt.

opens-in-new-tab = (öffnet in einem neuen Tab)

card-upgrade = Upgraden, um { $area } hinzuzufügen
card-not-in-plan = Nicht in Ihrem Tarif
card-in-enterprise-plan = Im Enterprise-Tarif enthalten.
card-opening = Wird geöffnet…
card-picked-opens-with-it = { $provider } ausgewählt: Die Einrichtung beginnt mit diesem Anbieter. Sie benötigen Administratorzugriff darauf.
card-picked-choose-it-again = { $provider } ausgewählt: Wählen Sie den Anbieter erneut aus, wenn die Einrichtung danach fragt. Sie benötigen Administratorzugriff darauf.

# „it@acme.example wurde am 27.11.2026 für SSO und Verzeichnissynchronisierung eingeladen.“
invited-for = { $email } wurde am { $date } für { $areas } eingeladen.

it-admin-sent = Einladung gesendet.
it-admin-heading = Die Einrichtung an Ihren IT-Admin senden
it-admin-lead = WorkOS sendet Ihrem IT-Admin per E-Mail einen Einrichtungslink für die Bereiche, die Sie auswählen. Eine neue Einladung ersetzt die aktuelle.
it-admin-open = An meinen IT-Admin senden
it-admin-send = Einladung senden
it-admin-sending = Wird gesendet…
it-admin-email = E-Mail-Adresse Ihres IT-Admins
it-admin-areas = Einzurichtende Bereiche
it-admin-revoke = Einladung widerrufen
it-admin-revoking = Wird widerrufen…

domains-label = Ihre Domains
domains-add = Domain hinzufügen
domains-adding = Wird hinzugefügt…
domains-add-label = Domain hinzufügen, mit der sich Ihre Mitarbeitenden anmelden
domains-publish-then-verify = Fügen Sie diesen TXT-Eintrag bei Ihrem DNS-Anbieter hinzu und verifizieren Sie die Domain anschließend.
domains-record-not-found = WorkOS hat nach diesem Eintrag gesucht und ihn nicht gefunden. Prüfen Sie Name und Wert bei Ihrem DNS-Anbieter; neue Einträge können einige Stunden brauchen, bis sie sichtbar sind. Verifizieren Sie die Domain danach erneut.
domains-verify-again = Erneut verifizieren
domains-verify-now = Jetzt verifizieren
domains-checking = Wird geprüft…
domains-remove = { $domain } entfernen
domains-removing = Wird entfernt…
record-type = Typ
record-name = Name
record-value = Wert
# Was die Kopier-Schaltfläche kopiert hat, in „… kopiert.“
record-name-copied = Eintragsname
record-value-copied = Eintragswert

sso-test = SSO-Anmeldung testen
sso-test-opening = Ihr Identitätsanbieter wird geöffnet…
sso-test-lead = Melden Sie sich über Ihren Identitätsanbieter an, um zu sehen, was er sendet. Dabei wird nichts geändert.
sso-test-new-tab-lead = Öffnet Ihren Identitätsanbieter in einem neuen Tab, damit Sie sehen, was er sendet. Dabei wird nichts geändert.
sso-require = SSO erzwingen
sso-require-on = Mitglieder melden sich nur über SSO an.
sso-require-off = Mitglieder können sich mit SSO oder einem Passwort anmelden.
sso-require-check = Mitglieder müssen sich über SSO anmelden
sso-break-glass = Admins, die die Anmeldung mit Passwort behalten (Notfall-Admins), falls Ihr Identitätsanbieter ausfällt

sso-health = SSO-Status
sso-health-table = Anmeldungen pro Tag als Tabelle
sso-health-day = Tag
sso-health-succeeded = Erfolgreich
sso-health-failed = Fehlgeschlagen
sso-health-directory = Verzeichnis:
sso-health-certificate = Zertifikat:

settings-page-title = Organisationseinstellungen · Portico
settings-unreadable = Diese Seite konnte nicht geladen werden. Bitte laden Sie sie neu.
settings-embedded-session-ended = Diese eingebettete Sitzung ist beendet. Laden Sie die Seite in Ihrem Produkt neu, um fortzufahren.
settings-session-ended = Ihre Sitzung ist beendet.
settings-sign-in-again = Erneut anmelden
settings-read-only = Sie können diese Einstellungen ansehen. Für Änderungen wenden Sie sich an einen Admin von { $organization }.
# $reason ist ein eigener Satz mit Punkt am Ende.
settings-status-incomplete = Der Live-Status ist unvollständig: { $reason }
settings-heading = Einstellungen für { $organization }
settings-lead = Richten Sie Enterprise-Funktionen für Ihre Organisation ein. Jede Funktion öffnet eine geführte Einrichtung.
sign-out = Abmelden
organization = Organisation
switch-organization = Wechseln
sso-health-no-sign-in = Bisher hat sich noch niemand über SSO angemeldet. Die letzte erfolgreiche Anmeldung erscheint hier, sobald sich jemand anmeldet.
# $when ist „03.12.2026 um 16:05 UTC“.
sso-health-last-sign-in-by = Letzte erfolgreiche SSO-Anmeldung: { $email }, { $when }.
sso-health-last-sign-in = Letzte erfolgreiche SSO-Anmeldung: { $when }.
sso-health-directory-unread = Der Status des Verzeichnisses konnte gerade nicht abgerufen werden.
sso-health-certificate-unread = Der Status des Zertifikats konnte gerade nicht abgerufen werden.
# Eine Art fehlgeschlagener Anmeldung: Code, Häufigkeit, letzter Tag, Bedeutung, Lösung.
sso-health-failure = { $code } ({ PLURAL($count) ->
    [one] einmal
   *[other] { $count }-mal
}, zuletzt am { $date }): { $what } { $fix }
sso-health-day-said = { $day }: { $succeeded } erfolgreich, { $failed } fehlgeschlagen
sso-health-chart-empty = Keine SSO-Anmeldungen in den letzten 30 Tagen. Die Anmeldungen pro Tag erscheinen hier, sobald sich Personen über SSO anmelden.
sso-health-chart = In den letzten 30 Tagen: { PLURAL($succeeded) ->
    [one] { $succeeded } Anmeldung erfolgreich
   *[other] { $succeeded } Anmeldungen erfolgreich
}, { $failed } fehlgeschlagen.
sso-health-no-failures = Keine fehlgeschlagenen SSO-Anmeldungen in den letzten 7 Tagen.
sso-health-failures = { PLURAL($count) ->
    [one] { $count } fehlgeschlagene SSO-Anmeldung in den letzten 7 Tagen:
   *[other] { $count } fehlgeschlagene SSO-Anmeldungen in den letzten 7 Tagen:
}

picker-choose-identity-provider = Wählen Sie Ihren Identitätsanbieter
picker-search-identity-providers = Identitätsanbieter durchsuchen
picker-choose-directory = Wählen Sie Ihr Verzeichnis
picker-search-directories = Verzeichnisse durchsuchen
picker-change = Anbieter ändern
picker-no-match = Keine Treffer. Versuchen Sie es mit einem anderen Namen.
picker-matches = { PLURAL($count) ->
    [one] { $count } Anbieter gefunden.
   *[other] { $count } Anbieter gefunden.
}

banner-dismiss = Schließen
domains-changed = Ihre Domains haben sich geändert.
domains-reload = Neu laden, um sie anzuzeigen
# Was ein Screenreader hört, wenn sich eine Karte bei geöffneter Seite ändert.
live-card-changed = { $area }: { $state }. { $summary }

domains-remove-confirm = { $domain } entfernen?
domains-remove-consequence = Personen mit Adressen unter @{ $domain } werden nicht mehr { $organization } zugeordnet, und Single Sign-on gilt nicht mehr für sie.
domains-remove-verified-consequence = { $domain } ist verifiziert: Nach dem Entfernen braucht eine erneute Verifizierung einen neuen DNS-Eintrag.
domains-removed = { $domain } wurde aus Ihren Domains entfernt.
it-admin-revoke-confirm = Einladung an { $email } widerrufen?
it-admin-revoke-consequence = Der Einrichtungslink, den WorkOS an { $email } gesendet hat, funktioniert dann nicht mehr (für { $areas }). Bereits Eingerichtetes bleibt unverändert.
cancel = Abbrechen
settings-lead-member = So steht es um die Enterprise-Funktionen Ihrer Organisation. Ihre Admins richten sie ein.
page-nav-label = Auf dieser Seite
card-in-use-outside-plan = Ihr Tarif enthält dies nicht mehr. Es funktioniert weiter wie eingerichtet; für Änderungen ist ein Upgrade nötig.
card-picked-by-admins = Ihre Admins haben { $provider } gewählt.
settings-read-only-ask = Sie können diese Einstellungen ansehen. Für Änderungen wenden Sie sich an einen Ihrer Admins: { $admins }.
skip-to-settings = Zu den Einstellungen springen
