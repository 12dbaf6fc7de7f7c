# Deutsch: was jede Karte über den Live-Status ihres Bereichs sagt, wie WorkOS ihn meldet.
# Übersetzt vom Portico-Team, nicht von Muttersprachlern geprüft: bitte prüfen lassen,
# bevor sich ein Kunde darauf verlässt.

status-sso-none = Noch kein Identitätsanbieter verbunden.
status-sso-active = { $provider } ist aktiv.
status-sso-several-active = { $count } Verbindungen aktiv: { $providers }.
status-sso-saved = { $provider } ist gespeichert, aber noch nicht aktiv.
# $state ist das Wort von WorkOS für den Zustand der Verbindung (englisch).
status-sso-broken = { $state ->
    [inactive] { $provider } ist seit { $date } inaktiv: Niemand kann sich darüber anmelden.
    [deleting] { $provider } wird seit { $date } gelöscht: Niemand kann sich darüber anmelden.
   *[other] { $provider } ist seit { $date } im Zustand „{ $state }“: Niemand kann sich darüber anmelden.
}

status-directory-counts = { PLURAL($users) ->
    [one] { $users } Benutzer
   *[other] { $users } Benutzer
}, { PLURAL($groups) ->
    [one] { $groups } Gruppe
   *[other] { $groups } Gruppen
}
status-directory-quiet = { $provider } hat seit { $date } keine Änderung synchronisiert: Prüfen Sie, ob die Synchronisierung noch läuft.
status-directory-syncing-counted-changed = { $provider } synchronisiert ({ $counts }); letzte Änderung am { $date }.
status-directory-syncing-changed = { $provider } synchronisiert; letzte Änderung am { $date }.
status-directory-syncing-counted = { $provider } synchronisiert ({ $counts }).
status-directory-syncing = { $provider } synchronisiert.
status-directory-credentials = { $provider }: WorkOS kann sich seit { $date } nicht beim Verzeichnis anmelden.
status-directory-saved = { $provider } ist verbunden, synchronisiert aber noch nicht.
status-directory-none = Noch kein Verzeichnis verbunden.

# $domains ist eine Aufzählung („a.example, b.example und c.example“).
status-domains-waiting = { PLURAL($count) ->
    [one] { $domains } wartet auf den DNS-Eintrag.
   *[other] { $domains } warten auf ihre DNS-Einträge.
}
status-domains-failed = Die Verifizierung von { $domains } ist am { $date } fehlgeschlagen: Prüfen Sie den DNS-Eintrag.
# $waiting ist der Satz oben.
status-domains-progress = { $done } von { $total } Domains verifiziert; { $waiting }
status-domains-verified = Verifiziert: { $domains }.
status-domains-none = Noch keine Domain verifiziert.

# Steht im Akkusativ: „Ereignisse werden an einen HTTPS-Endpunkt gestreamt.“
status-stream-https-endpoint = einen HTTPS-Endpunkt
status-stream-none = Kein Log-Stream eingerichtet.
status-stream-active = Ereignisse werden an { $destination } gestreamt.
status-stream-saved = Für { $destination } eingerichtet; es werden noch keine Ereignisse gestreamt.
status-stream-failing = Das Streaming an { $destination } schlägt fehl.
status-audit-logs-kept = { PLURAL($days) ->
    [one] WorkOS bewahrt Ihre Audit-Log-Ereignisse { $days } Tag lang auf.
   *[other] WorkOS bewahrt Ihre Audit-Log-Ereignisse { $days } Tage lang auf.
}
status-audit-logs-off = Audit-Logs sind nicht aktiviert.

# Steht im Dativ: „Das SAML-Zertifikat von einer SAML-Verbindung …“
status-certificate-a-connection = einer SAML-Verbindung
status-certificate-expired = Das SAML-Zertifikat von { $connection } ist am { $date } abgelaufen: Erneuern Sie es, damit sich Ihre Mitarbeitenden anmelden können.
# $when ist „heute“, „morgen“ oder „in 12 Tagen“.
status-certificate-expires = Das SAML-Zertifikat von { $connection } läuft am { $date } ab ({ $when }).
status-certificate-renewed-until = Zertifikat am { $date } erneuert, gültig bis { $until }.
status-certificate-renewed = Zertifikat am { $date } erneuert.
status-certificate-none-expiring = WorkOS hat in den letzten 30 Tagen kein ablaufendes Zertifikat gemeldet.

status-key-verified-in = Ihr Schlüssel in { $service } wurde am { $date } verifiziert.
status-key-verified = Ihr Schlüssel wurde am { $date } verifiziert.
status-key-unverified-in = Ihr Schlüssel in { $service } konnte am { $date } nicht verifiziert werden: Prüfen Sie, ob WorkOS ihn verwenden darf, und verbinden Sie ihn dann erneut.
status-key-unverified = Ihr Schlüssel konnte am { $date } nicht verifiziert werden: Prüfen Sie, ob WorkOS ihn verwenden darf, und verbinden Sie ihn dann erneut.
status-key-removed = Ihr Schlüssel wurde am { $date } entfernt.

status-unavailable = Status derzeit nicht verfügbar.
status-portal-opened-by = { $email } hat diese Einrichtung am { $date } begonnen.
status-portal-opened = Ein Admin hat diese Einrichtung am { $date } begonnen.
status-portal-never-opened = Noch niemand hat diese Einrichtung begonnen.
# $reason ist ein eigener Satz; $age sagt, wie lange es her ist („vor 5 Minuten“).
status-stale = { $reason } Angezeigt wird der Stand, den WorkOS { $age } gemeldet hat.

age-under-a-minute = vor weniger als einer Minute
age-minutes = { PLURAL($minutes) ->
    [one] vor { $minutes } Minute
   *[other] vor { $minutes } Minuten
}
age-hours = { PLURAL($hours) ->
    [one] vor { $hours } Stunde
   *[other] vor { $hours } Stunden
}
