# Deutsch. Übersetzt vom Portico-Team, nicht von Muttersprachlern geprüft: bitte
# prüfen lassen, bevor sich ein Kunde darauf verlässt.
#
# Die Staff-Konsole (/staff): die Seiten, mit denen Support und Owner des Betreibers alle
# Kundenorganisationen betreuen, ihre Anmeldung mit zweitem Faktor und was sie erfahren,
# wenn etwas abgelehnt wird.

## Anmeldung und zweiter Faktor

staff-sign-in-page-title = Staff-Anmeldung · Portico
staff-sign-in-heading = Staff-Anmeldung
# $link ist ein Link zur Anmeldung der Kunden; seine Worte sind staff-sign-in-lead-link.
staff-sign-in-lead = Für das Support-Team des Unternehmens, das Portico betreibt. Kunden melden sich über { $link } an.
staff-sign-in-lead-link = die Anmeldung zu den Einstellungen
staff-code-page-title = Staff-Anmeldung: Code · Portico
staff-code-heading = Code eingeben
staff-code-lead = Anmeldung als { $email }. Geben Sie den sechsstelligen Code ein, den Ihre Authenticator-App anzeigt, oder einen Ihrer Wiederherstellungscodes.
staff-code = Code
staff-start-again = Neu beginnen
staff-enrol-page-title = Zweiten Faktor einrichten · Portico
staff-enrol-heading = Zweiten Faktor einrichten
staff-enrol-lead = Jede Staff-Anmeldung erfordert einen Code aus einer Authenticator-App. Scannen Sie diesen Code mit der App auf Ihrem Telefon, um { $email } hinzuzufügen.
staff-enrol-type-secret = Scannen nicht möglich? Geben Sie stattdessen dieses Geheimnis in die App ein (zeitbasiert, sechs Ziffern, alle 30 Sekunden):
staff-enrol-code = Der Code, den die App gerade anzeigt
staff-enrol-confirm = Bestätigen und anmelden
staff-qr-label = QR-Code des Geheimnisses für den zweiten Faktor
staff-recovery-codes = Wiederherstellungscodes
staff-recovery-codes-heading = Ihre Wiederherstellungscodes
staff-recovery-codes-lead = Ihr zweiter Faktor ist eingerichtet. Bewahren Sie diese Codes sicher auf: Mit jedem können Sie sich einmal anmelden, falls Sie Ihr Telefon verlieren. Sie werden nur jetzt angezeigt.
staff-recovery-codes-kept = Ich habe sie aufbewahrt: Konsole öffnen

## Der Rahmen der Konsole

staff-console = Staff-Konsole
staff-console-page-title = Staff-Konsole · Portico
staff-page-title = { $page } · Staff-Konsole · Portico
staff-brand = Portico Staff-Konsole
staff-nav = Konsole
staff-account = { $email } ({ $role })
staff-team = Staff

staff-role = { $role ->
    [owner] Owner
   *[support] Support
}
staff-role-name = { $role ->
    [owner] Owner
   *[support] Support
}
staff-role-explained = { $role ->
    [owner] Owner: verwaltet zusätzlich Staff und Mitglieder
   *[support] Support: sieht jede Organisation und handelt in ihrem Auftrag
}

## Staff-Konten (nur Owner)

staff-accounts = Staff-Konten
staff-role-label = Rolle
staff-second-factor = Zweiter Faktor
staff-factor-set-up = Eingerichtet
staff-factor-at-first-sign-in = Bei der ersten Anmeldung
staff-added-on = Hinzugefügt
staff-change = { $email } ändern
staff-add-heading = Staff-Mitglied hinzufügen
staff-add = Hinzufügen
staff-added = { $email } wurde hinzugefügt. Das Passwort, nur jetzt angezeigt: { $password }. Der zweite Faktor wird bei der ersten Anmeldung eingerichtet.

## Was ein Staff-Mitglied erfährt, wenn eine Anmeldung oder Änderung abgelehnt wird

staff-error-signed-out = Bitte melden Sie sich zuerst bei der Staff-Konsole an.
staff-error-second-step-expired = Diese Anmeldung hat zu lange gedauert. Geben Sie Ihre E-Mail-Adresse und Ihr Passwort erneut ein.
staff-error-codes-locked = { PLURAL($minutes) ->
    [one] Zu viele falsche Codes. Codes werden noch { $minutes } Minute lang abgelehnt: Melden Sie sich danach erneut an, oder wenden Sie sich an einen Owner.
   *[other] Zu viele falsche Codes. Codes werden noch { $minutes } Minuten lang abgelehnt: Melden Sie sich danach erneut an, oder wenden Sie sich an einen Owner.
}
staff-error-not-owner = Nur ein Owner kann das tun. Wenden Sie sich an einen Owner der Staff-Konsole.
staff-error-wrong-code = Dieser Code ist falsch oder abgelaufen. Geben Sie den Code ein, den Ihre App gerade anzeigt, oder einen Wiederherstellungscode.
staff-error-used-code = Dieser Code wurde bereits verwendet. Warten Sie auf den nächsten.
staff-error-factor-changed = Ihr zweiter Faktor hat sich inzwischen geändert. Geben Sie Ihre E-Mail-Adresse und Ihr Passwort erneut ein.
staff-error-bad-role = „{ $role }“ ist keine Staff-Rolle. Verwenden Sie support oder owner.
staff-error-bad-email = { $typed } ist keine E-Mail-Adresse.
staff-error-exists = { $email } hat bereits ein Staff-Konto.
staff-error-not-found = { $email } hat kein Staff-Konto.
staff-error-last-owner = { $email } ist der letzte Owner: Jemand muss Staff verwalten können. Fügen Sie zuerst einen weiteren Owner hinzu.
staff-error-short-password = Das Passwort muss mindestens 12 Zeichen lang sein.

## Die Liste der Organisationen

console-organizations = Organisationen
console-needs-attention = Handlungsbedarf
console-integrations = Integrationen
console-organizations-count = { PLURAL($count) ->
    [one] { $count } Organisation
   *[other] { $count } Organisationen
}
console-search = Suche
console-search-placeholder = Name, Domain oder WorkOS-ID
console-show = Anzeigen
console-show-all = Alle Organisationen
console-show-expiring = Zertifikat läuft ab
console-show-sso-failing = SSO gestört
console-not-configured = Nicht konfiguriert
console-within-days = Innerhalb von (Tagen)
console-plan-includes = Tarif enthält
console-any-plan = Beliebiger Tarif
console-sort = Sortierung
console-name = Name
console-sort-attention = Handlungsbedarf zuerst
console-sort-certificate = Ablauf des Zertifikats
console-apply = Anwenden
console-clear = Zurücksetzen
console-export = Als CSV exportieren
console-badge = { $state ->
    [excluded] { $area }: nicht im Tarif
    [unknown] { $area }: noch unbekannt
    [not_configured] { $area }: nicht konfiguriert
    [in_progress] { $area }: in Bearbeitung
    [active] { $area }: aktiv
   *[needs_attention] { $area }: Handlungsbedarf
}
console-attention-areas = { PLURAL($count) ->
    [one] { $count } Bereich
   *[other] { $count } Bereiche
}
console-attention-since = seit { $date }
console-not-read-yet = Noch nicht geöffnet
console-read-on = Gelesen am { $date }
console-no-workos-organization = Keine WorkOS-Organisation
console-no-match = Keine Organisation entspricht diesen Filtern.
console-first-page = Erste Seite
console-next-page = Nächste Seite
console-areas = Bereiche
console-certificate-expires = Zertifikat läuft ab
console-status-read = Status gelesen
console-pages = Seiten

## Die Liste „Handlungsbedarf“

console-nothing-needs-attention = Derzeit besteht nirgends Handlungsbedarf.
console-attention-lead = Organisationen mit einem Bereich, der nicht mehr funktioniert oder bald ausfällt, die am längsten wartenden zuerst.
console-label = { $label }:
console-nobody-told = Noch niemand wurde informiert.
console-waiting-since = Seit { $date }
console-who-was-told = Wer informiert wurde
console-next = Nächster Schritt:
console-told-emailed = Portico hat die Admins am { $date } per E-Mail informiert.
console-next-ask-contact = Fragen Sie { $email }, ob die E-Mail zur Einrichtung angekommen ist, oder übergeben Sie einen Admin-Portal-Link.
console-next-call = Die Admins wurden informiert, aber nichts hat sich geändert: Senden Sie die Einrichtung an ihren IT-Kontakt, oder rufen Sie sie an.
console-next-tell-contact = Noch niemand wurde informiert: Senden Sie die Einrichtung an den IT-Kontakt der Organisation.

## Eine Organisation

console-reason = Grund (die Admins der Organisation lesen ihn)
console-not-in-plan = Nicht im Tarif
console-no-status = Kein Status
console-change = Ändern
console-member-role = { $role ->
    [admin] Admin
   *[member] Mitglied
}
console-remove-member = Aus der Organisation entfernen
console-change-member = Mitglied ändern
console-members-owners-only = Nur Owner der Konsole können Mitglieder ändern.
console-members = Mitglieder
console-members-label = Mitglieder und ihre Rollen
console-no-invitation = Es steht keine Einladung zur Einrichtung aus.
console-handed-over = { $area }: übergeben von { $who }, { $when }
console-day-and-time = { $date }, { $time } UTC
console-no-handoffs = Aus der Konsole wurde kein Admin-Portal-Link übergeben.
console-pending = Einladungen und Übergaben
console-member-links = Links von { $email }
console-act = Im Auftrag des Kunden handeln
console-invite-heading = Einrichtung an den IT-Kontakt senden
console-invite-email = E-Mail-Adresse des IT-Kontakts
console-invite = Einrichtung senden
console-link-heading = Admin-Portal-Link übergeben
console-area = Bereich
console-link = Link erzeugen
console-revoke-heading = Admin-Portal-Links widerrufen
console-revoke-whose = Wessen Links
console-revoke-handed-over = Aus der Konsole übergebene Links
console-revoke = Links widerrufen
console-plan-heading = Die Bereiche des Tarifs
console-plan-included = Enthalten
console-plan-save = Tarif speichern
console-new-link = Admin-Portal-Link für { $area }
console-new-link-lead = Geben Sie ihn jetzt an den Admin der Organisation weiter: Er lässt sich einmal öffnen und läuft fünf Minuten nach seiner Erstellung ab. Er wird nur dieses eine Mal angezeigt.
console-new-link-copied = Link
console-no-workos-organization-yet = Noch keine WorkOS-Organisation
console-status = Status
console-done = { $done ->
    [invited] Die Einrichtung wurde an den IT-Kontakt gesendet. Die Admins der Organisation sehen das in ihren Aktivitäten.
    [revoked] Diese Admin-Portal-Links wurden bei WorkOS beendet.
    [plan] Die Bereiche des Tarifs wurden geändert.
   *[member] Das Mitglied wurde geändert.
}
console-error-no-organization = Diese Organisation gibt es nicht. Möglicherweise wurde sie gelöscht.
console-error-no-reason = Schreiben Sie, warum Sie das tun: Die Admins der Organisation lesen es in ihren Aktivitäten.
console-error-long-reason = { PLURAL($most) ->
    [one] Der Grund darf höchstens { $most } Zeichen lang sein.
   *[other] Der Grund darf höchstens { $most } Zeichen lang sein.
}
console-error-unknown = { $typed } kennt die Konsole nicht. Wählen Sie einen Eintrag aus der Liste.

## Die Integrationen des Betreibers (nur Owner)

console-keys = Host-API-Schlüssel
console-keys-lead = Ihr Backend ruft /api/v1 mit diesen Schlüsseln auf (siehe /api/v1/openapi.json). Ein Schlüssel wird einmal angezeigt, wenn er erstellt wird.
console-keys-label = API-Schlüssel
console-key-revoked = Widerrufen am { $date }
console-key-last-used = Zuletzt verwendet am { $date }
console-key-never-used = Nie verwendet
console-key-revoke = { $name } widerrufen
console-key-made = Erstellt am { $date }
console-key-make-heading = Schlüssel erstellen
console-key-scopes = Berechtigungen
console-key-make = Schlüssel erstellen
console-remove = Entfernen
console-endpoints = Webhook-Endpunkte
console-endpoints-lead = Portico sendet jede Änderung an der Einrichtung eines Kunden signiert an diese Endpunkte (Portico-Signature, so wie WorkOS seine eigenen signiert) und versucht es einen Tag lang erneut. Nur öffentliche Adressen.
console-endpoints-label = Registrierte Endpunkte
console-endpoint-add-heading = Endpunkt hinzufügen
console-endpoint-url = URL
console-endpoint-events = Ereignisse (keines ausgewählt: alle Ereignisse)
console-endpoint-add = Endpunkt hinzufügen
console-every-event = alle Ereignisse
console-deliveries = Zustellungen
console-deliveries-empty = Noch nichts gesendet.
console-deliveries-label = Zustellungsprotokoll
console-delivery-made-column = Erstellt
console-delivery-event = Ereignis
console-delivery-endpoint = Endpunkt
console-delivery-state = Zustand
console-delivery-again = Erneut
console-delivery-attempts = { PLURAL($count) ->
    [one] { $count } Versuch
   *[other] { $count } Versuche
}
console-delivery-send-again = Erneut senden
console-delivery-made = { $date }, { $time }
console-delivery-answered = Antwort { $status }
console-delivery-delivered = Zugestellt ({ $answered })
console-delivery-gave-up = Aufgegeben: { $answered }
console-delivery-waiting = Wartet auf den Versand
console-delivery-retrying = Neuer Versuch um { $time } UTC ({ $answered })
console-shown-key = Der API-Schlüssel { $name }
console-shown-secret = Das Signaturgeheimnis von { $url }
console-shown-once = { $what }, nur jetzt angezeigt: { $value }

console-key-bad-name = Geben Sie dem Schlüssel einen Namen (Buchstaben, Ziffern, Leerzeichen, Punkte, Bindestriche), höchstens 60 Zeichen.
console-key-unknown-scope = { $scope } ist keine Berechtigung: Verwenden Sie organizations:read, organizations:write, members:write, embed:write oder webhooks:write.
console-key-no-scope = Geben Sie dem Schlüssel mindestens eine Berechtigung: organizations:read, organizations:write, members:write oder embed:write.
console-key-exists = Ein Schlüssel namens { $name } existiert bereits.
console-key-not-found = Kein Schlüssel namens { $name } ist in Gebrauch.
console-endpoint-bad-url = { $url } ist keine URL.
console-endpoint-not-http = Die URL muss http oder https mit einem Hostnamen verwenden.
console-endpoint-private = { $address } ist eine private, Loopback- oder Link-Local-Adresse: Dorthin sendet Portico nicht.
console-endpoint-unresolved = { $host } wird zu keiner Adresse aufgelöst.
console-endpoint-unknown-event = { $event } ist kein Ereignis: Verwenden Sie organization.status_changed, organization.needs_attention oder handoff.completed.
console-endpoint-credentials = Die URL enthält einen Benutzernamen oder ein Passwort: Geben Sie für den Endpunkt eine URL ohne diese an (die Signatur belegt, wer sendet).
console-endpoint-not-found = Es gibt keinen Endpunkt { $id }.
console-delivery-not-found = Es gibt keine Zustellung { $id }.
console-key-revoke-confirm = Den Schlüssel { $name } widerrufen?
console-key-revoke-consequence = Jeder Aufruf mit { $name } wird ab sofort abgelehnt, und der Schlüssel kann nicht wieder verwendet werden: Das Backend des Hosts braucht einen neuen Schlüssel.
console-revoking = Wird widerrufen…
console-endpoint-remove = { $url } entfernen
console-endpoint-remove-confirm = Den Endpunkt { $url } entfernen?
console-endpoint-remove-consequence = { $url } erhält keine Ereignisse mehr, und seine Zustellungen, gesendete wie ausstehende, verschwinden aus dem Zustellprotokoll.
console-removing = Wird entfernt…
