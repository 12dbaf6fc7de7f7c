# Deutsch: was eine Person erfährt, wenn etwas fehlschlägt oder abgelehnt wird. Übersetzt
# vom Portico-Team, nicht von Muttersprachlern geprüft: bitte prüfen lassen, bevor sich ein
# Kunde darauf verlässt.

error-unrecorded = Portico konnte dies nicht in seinem Audit-Trail festhalten. Falls die Änderung bei WorkOS vorgenommen wurde, steht sie im Log von Portico. Bitte versuchen Sie es in Kürze erneut.
error-internal = Auf unserer Seite ist ein Fehler aufgetreten. Bitte versuchen Sie es erneut; wenn das Problem weiterhin auftritt, wenden Sie sich an Ihren Portico-Betreiber.
error-not-in-plan = { $area } ist nicht im Tarif von { $organization } enthalten.
error-not-linked = { $organization } ist noch nicht mit WorkOS verknüpft. Bitten Sie Ihren Portico-Betreiber, die Verknüpfung herzustellen.
error-workos-rate-limited-for = { PLURAL($seconds) ->
    [one] WorkOS begrenzt gerade die Anfragen. Versuchen Sie es in { $seconds } Sekunde erneut.
   *[other] WorkOS begrenzt gerade die Anfragen. Versuchen Sie es in { $seconds } Sekunden erneut.
}
error-workos-rate-limited = WorkOS begrenzt gerade die Anfragen. Versuchen Sie es in einer Minute erneut.
error-organization-over-budget = { PLURAL($seconds) ->
    [one] Ihre Organisation hat in der letzten Minute viele WorkOS-Anfragen gestellt. Versuchen Sie es in { $seconds } Sekunde erneut.
   *[other] Ihre Organisation hat in der letzten Minute viele WorkOS-Anfragen gestellt. Versuchen Sie es in { $seconds } Sekunden erneut.
}
error-portico-over-budget = { PLURAL($seconds) ->
    [one] Portico stellt gerade viele WorkOS-Anfragen. Versuchen Sie es in { $seconds } Sekunde erneut.
   *[other] Portico stellt gerade viele WorkOS-Anfragen. Versuchen Sie es in { $seconds } Sekunden erneut.
}
error-workos-key-rejected = Der WorkOS-API-Schlüssel von Portico wurde abgelehnt. Bitten Sie Ihren Portico-Betreiber, WORKOS_API_KEY zu prüfen.
error-workos-unknown-organization = Diese Organisation ist WorkOS nicht bekannt. Bitten Sie Ihren Portico-Betreiber, sie neu zu verknüpfen.
error-workos-refused = WorkOS hat die Anfrage abgelehnt. Bitten Sie Ihren Portico-Betreiber, die Logs von Portico zu prüfen.
error-workos-key-permission = Dem WorkOS-API-Schlüssel von Portico fehlt eine Berechtigung, die hierfür nötig ist. Bitten Sie Ihren Portico-Betreiber, die Berechtigungen des Schlüssels zu prüfen.
error-workos-down = WorkOS antwortet gerade nicht. Bitte versuchen Sie es in einer Minute erneut.

error-wrong-password = E-Mail-Adresse oder Passwort ist falsch.
error-missing-credentials = Geben Sie Ihre E-Mail-Adresse und Ihr Passwort ein.
error-no-organization = Ihr Konto ist noch kein Mitglied einer Organisation.
error-sso-required = { $organization } meldet sich über Single Sign-on an, nicht mit einem Passwort. Geben Sie Ihre geschäftliche E-Mail-Adresse ein und wählen Sie „Weiter“: Ihr Identitätsanbieter meldet Sie an.
# Was ein Mitglied angefordert hat, das nur Admins dürfen.
error-admins-only = { $refused ->
    [open-setup] Nur Admins von { $organization } können eine Einrichtung öffnen.
    [read-activity] Nur Admins von { $organization } können die Aktivitäten der Organisation sehen.
    [export-activity] Nur Admins von { $organization } können die Aktivitäten der Organisation herunterladen.
   *[change-settings] Nur Admins von { $organization } können diese Einstellungen ändern.
}
error-not-member = Sie sind kein Mitglied dieser Organisation.
error-too-many-sign-ins = { PLURAL($seconds) ->
    [one] Zu viele Anmeldeversuche. Versuchen Sie es in { $seconds } Sekunde erneut.
   *[other] Zu viele Anmeldeversuche. Versuchen Sie es in { $seconds } Sekunden erneut.
}
error-sign-ins-busy = Portico prüft gerade andere Anmeldungen. Versuchen Sie es in einigen Sekunden erneut.
error-sign-in-unrecorded = Portico konnte dies nicht in seinem Audit-Trail festhalten, daher wurde es nicht ausgeführt. Bitte versuchen Sie es in Kürze erneut.
error-sign-in-first = Bitte melden Sie sich zuerst an.
error-unreadable-request = Die Anfrage konnte nicht gelesen werden: { $detail }
error-missing-field = Das Feld „{ $field }“ fehlt.
error-unreachable = Portico ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.

# Warum die Eingabe keine Domain ist: ergänzt „"acme .com" …“.
domain-reason = { $reason ->
    [empty] ist leer
    [more-than-a-domain] enthält mehr als eine Domain
    [email-address] ist eine E-Mail-Adresse, keine Domain
    [spaces] enthält Leerzeichen
    [port] enthält einen Port
    [ip-address] ist eine IP-Adresse
    [ends-in-number] endet mit einer Zahl
    [bad-characters] enthält Zeichen, die in einer Domain nicht vorkommen dürfen
    [needs-a-dot] braucht einen Punkt, wie in acme.com
    [too-long] ist länger als 253 Zeichen
   *[bad-part] hat einen Teil, der leer oder zu lang ist oder ungewöhnliche Zeichen enthält
}

error-domain-empty = Geben Sie eine Domain ein, zum Beispiel acme.com.
# $typed ist die Eingabe in Anführungszeichen; $reason der Grund aus domain-reason.
error-domain-bad = { $typed } { $reason }. Geben Sie nur die Domain ein, zum Beispiel acme.com.
error-domain-taken = { $domain } wird bei WorkOS bereits von einer Organisation beansprucht. Wenn die Domain Ihnen gehören sollte, entfernen Sie sie zuerst dort.
error-domain-ours = { $state ->
    [verified] { $domain } gehört bereits zu Ihren Domains und ist verifiziert.
    [failed] { $domain } gehört bereits zu Ihren Domains: Die Prüfung ist fehlgeschlagen. Veröffentlichen Sie den unten angezeigten TXT-Eintrag und prüfen Sie dann erneut.
   *[pending] { $domain } gehört bereits zu Ihren Domains und wartet auf den DNS-Eintrag: Veröffentlichen Sie den unten angezeigten TXT-Eintrag und prüfen Sie dann.
}
error-domain-verified = { $domain } ist bereits verifiziert.
error-domain-not-ours = Diese Domain gehört nicht zu Ihrer Organisation. Laden Sie die Seite neu, um die Domains Ihrer Organisation zu sehen.

error-it-admin-email-empty = Geben Sie die E-Mail-Adresse Ihres IT-Admins ein.
error-it-admin-email-bad = { $typed } ist keine E-Mail-Adresse. Geben Sie eine Adresse wie it@acme.com ein.
error-it-admin-no-areas = Wählen Sie mindestens einen Bereich aus, den Ihr IT-Admin einrichten soll.
error-it-admin-bad-area = Wählen Sie Bereiche aus der Liste: Nur zu diesen leitet WorkOS IT-Admins weiter.
error-it-admin-nothing-to-revoke = Es gibt keine Einladung, die widerrufen werden kann. Laden Sie die Seite neu, um den aktuellen Stand zu sehen.
error-it-admin-unrecorded = WorkOS hat den IT-Kontakt hinzugefügt, aber Portico konnte dies nicht in seinem Audit-Trail festhalten (es steht im Log von Portico). Bitte versuchen Sie es in Kürze erneut.

error-portal-unrecorded = Portico konnte dies nicht in seinem Audit-Trail festhalten, daher wurde der Einrichtungslink nicht geöffnet. Bitte versuchen Sie es erneut; wenn das Problem weiterhin auftritt, wenden Sie sich an Ihren Portico-Betreiber.
error-portal-untrusted-link = WorkOS hat mit einem Einrichtungslink geantwortet, dem Portico nicht vertraut, daher wurde er nicht geöffnet. Bitten Sie Ihren Portico-Betreiber, die Einstellung portal_hosts zu prüfen.
error-unknown-provider = Wählen Sie einen Anbieter aus der Liste.

error-sso-not-configured = Die SSO-Anmeldung ist in dieser Portico-Instanz nicht eingerichtet: Bitten Sie Ihren Portico-Betreiber, WORKOS_CLIENT_ID festzulegen.
error-sso-unexpected = Diese Anmeldung wurde nicht in diesem Browser gestartet oder ist bereits abgeschlossen. Starten Sie die Anmeldung erneut.
error-sso-expired = Diese Anmeldung hat länger als zehn Minuten gedauert. Starten Sie die Anmeldung erneut.
error-sso-refused = Ihr Identitätsanbieter hat Sie nicht angemeldet: { $what } { $fix }
error-sso-other-organization = Ihr Identitätsanbieter hat Sie für eine andere Organisation angemeldet als die, zu der Ihre E-Mail-Adresse gehört, daher hat Portico Sie nicht angemeldet. Informieren Sie Ihren IT-Admin.
error-sso-outside-domains = Ihr Identitätsanbieter hat Sie als { $email } angemeldet. Diese Adresse gehört zu keiner verifizierten Domain Ihrer Organisation, daher hat Portico Sie nicht angemeldet. Informieren Sie Ihren IT-Admin.
error-sso-not-a-member = { $email } hat bereits ein Portico-Konto, das kein Mitglied von { $organization } ist. Bitten Sie einen Admin von { $organization }, Sie hinzuzufügen, und melden Sie sich dann erneut an.
error-sso-unrecorded = Portico konnte diese Anmeldung nicht in seinem Audit-Trail festhalten, daher ist sie nicht erfolgt. Bitte versuchen Sie es in Kürze erneut.

error-export-unknown-parameter = `{ $name }` ist kein Parameter eines Exports: Verwenden Sie format, from und to.
error-export-twice = `{ $name }` ist doppelt angegeben.
error-export-format = Unbekanntes Format { $format }: Verwenden Sie csv oder jsonl.
error-export-empty-range = Der Zeitraum ist leer: `from` muss vor `to` liegen.
error-export-not-a-date = `{ $name }` muss ein Datum wie 2026-11-01 oder eine Uhrzeit wie 2026-11-01T09:30:00Z sein, nicht { $typed }.
error-export-out-of-range = `{ $name }` liegt außerhalb des gültigen Bereichs.
error-export-elsewhere = Downloads beginnen auf der Aktivitätskarte der Einstellungsseite von Portico.

error-break-glass-needs-password = Nur Admins der Organisation, die ein Passwort haben, können die Anmeldung mit Passwort behalten.
error-require-sso-inactive = „SSO erzwingen“ braucht eine aktive SSO-Verbindung: Schließen Sie zuerst „SSO konfigurieren“ ab und testen Sie die Verbindung.
error-require-sso-no-break-glass = Wählen Sie mindestens einen Admin, der die Anmeldung mit Passwort behält, damit ein ausgefallener Identitätsanbieter nicht alle aussperrt.
error-require-sso-locks-you-out = Sie haben sich mit einem Passwort angemeldet: Behalten Sie sich selbst unter den Admins mit Passwort-Anmeldung, oder melden Sie sich zuerst über SSO an. Mit dieser Änderung würden Sie abgemeldet.
error-work-email = Geben Sie Ihre geschäftliche E-Mail-Adresse ein, z. B. jane@example.com.
