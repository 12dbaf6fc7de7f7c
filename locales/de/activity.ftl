# Deutsch: die Aktivitätsliste und ihr Download. Übersetzt vom Portico-Team, nicht von
# Muttersprachlern geprüft: bitte prüfen lassen, bevor sich ein Kunde darauf verlässt.

activity-heading = Letzte Aktivitäten
activity-lead = { PLURAL($days) ->
    [one] Anmeldungen, Einrichtungslinks und Änderungen in dieser Organisation, { $days } Tag lang aufbewahrt.
   *[other] Anmeldungen, Einrichtungslinks und Änderungen in dieser Organisation, { $days } Tage lang aufbewahrt.
}
activity-empty = Noch nichts aufgezeichnet.
activity-entries = Aktivitätseinträge
activity-when = Wann
activity-who = Wer
activity-what = Was
activity-result = Ergebnis
# Die Adresse, von der aus gehandelt wurde (IP-Adresse).
activity-from = Herkunft
activity-download-heading = Download für Ihre Prüfer
activity-download-from = Von
activity-download-to = Bis
activity-download-format = Format
activity-download = Herunterladen

# Was jede Aktion in der Aktivitätsliste ist ($action ist ihr gespeicherter Name, mit „-“ statt „.“).
action-described = { $action ->
    [user-sign_in] Angemeldet
    [user-sign_out] Abgemeldet
    [organization-switch] Zu dieser Organisation gewechselt
    [portal_link-create] Admin Portal geöffnet
    [provider-choose] Anbieter ausgewählt
    [domain-add] Domain hinzugefügt
    [domain-verify] DNS-Eintrag einer Domain geprüft
    [domain-remove] Domain entfernt
    [it_contact-add] IT-Kontakt hinzugefügt
    [it_contact-invite] Einrichtung an IT-Admin gesendet
    [it_contact-revoke] Einladung des IT-Admins widerrufen
    [membership-add] Mitglied hinzugefügt
    [membership-set_role] Rolle eines Mitglieds geändert
    [membership-remove] Mitglied entfernt
    [portal_link-revoke] Links einer Person zum Admin Portal beendet
    [organization-set_features] Bereiche im Tarif geändert
    [audit-export] Aktivitätsprotokoll heruntergeladen
    [audit-purge] Aktivitäten gelöscht, die älter als die Aufbewahrungsfrist sind
    [workos-change] Änderung gemeldet
    [notification-email] Admins per E-Mail benachrichtigt
    [staff-sign_in] In der Staff-Konsole angemeldet
    [staff-sign_out] Von der Staff-Konsole abgemeldet
    [staff-add] Staff-Mitglied hinzugefügt
    [staff-set_role] Rolle eines Staff-Mitglieds geändert
    [staff-remove] Staff-Mitglied entfernt
    [staff-export] Organisationsliste exportiert
    [api_key-create] Host-API-Schlüssel erstellt
    [api_key-revoke] Host-API-Schlüssel widerrufen
    [webhook_endpoint-add] Webhook-Endpunkt registriert
    [webhook_endpoint-remove] Webhook-Endpunkt entfernt
    [webhook_delivery-replay] Webhook erneut gesendet
    [organization-create] Organisation erstellt
    [organization-delete] Organisation gelöscht
    [api-call] Host-API aufgerufen
    [sso-tested] SSO-Anmeldung getestet
   *[organization-require_sso] „SSO erzwingen“ geändert
}

activity-by-operator = Portico-Betreiber (Befehlszeile)
activity-detail-about = { $subject }: { $rest }
activity-detail-for-areas = { $subject }, für { $areas }
activity-detail-embedded = Über { $host }, als { $role }
activity-detail-as-role = { $email } als { $role }
activity-detail-sso = Über Single Sign-on ({ $provider })
activity-detail-sso-refused = Über Single Sign-on: { $reason }
activity-detail-every-area = Alle Bereiche
activity-detail-no-area = Kein Bereich
activity-detail-plan = Bereiche: { $areas }
activity-filter-not-a-day = { $typed } ist kein Datum: Geben Sie eines wie 2026-11-01 ein. Bis dahin zeigt die Liste alle Tage.
activity-filter-empty-range = Der letzte Tag liegt vor dem ersten: Die Liste zeigt alle Tage ab dem ersten.
activity-times = { PLURAL($count) ->
    [one] einmal an diesem Tag
   *[other] { $count }-mal an diesem Tag
}
activity-filter-heading = Nur anzeigen
activity-filter-who = Wer (E-Mail oder ein Teil davon)
activity-filter-what = Was
activity-filter-result = Ergebnis
activity-filter-any = Alle
activity-filter-from = Von
activity-filter-to = Bis
activity-filter-apply = Anzeigen
activity-filter-clear = Alles anzeigen
activity-filter-nothing = Nichts entspricht diesem Filter.
activity-load-more = Mehr laden
activity-kind = { $kind ->
    [sign_ins] Anmeldungen
    [setup] Einrichtung
    [domains] Domains
    [it_admin] Einladungen an IT-Admins
    [members] Mitglieder
    [plan] Tarif
    [trail] Downloads und Bereinigung
    [workos] Von WorkOS gemeldete Änderungen
    [emails] E-Mails an Admins
   *[host_product] Host-Produkt
}
