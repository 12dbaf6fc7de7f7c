# Deutsch: die Enterprise-Bereiche und ihre Zustände. Übersetzt vom Portico-Team, nicht
# von Muttersprachlern geprüft: bitte prüfen lassen, bevor sich ein Kunde darauf verlässt.

area-title = { $intent ->
    [sso] Single Sign-on
    [dsync] Verzeichnissynchronisierung
    [domain_verification] Domain-Verifizierung
    [audit_logs] Audit-Logs
    [log_streams] Log-Streams
    [certificate_renewal] Zertifikatserneuerung
   *[bring_your_own_key] Verschlüsselung mit eigenem Schlüssel
}

# Der Bereich im Satz („Ihre Einrichtung für … ist gespeichert“).
area-in-sentence = { $intent ->
    [sso] SSO
    [dsync] Verzeichnissynchronisierung
    [domain_verification] Domain-Verifizierung
    [audit_logs] Audit-Logs
    [log_streams] Log-Streams
    [certificate_renewal] Zertifikatserneuerung
   *[bring_your_own_key] Verschlüsselung mit eigenem Schlüssel
}

area-in-banner = { $intent ->
    [sso] SSO
    [dsync] Verzeichnissynchronisierung
    [domain_verification] Domain-Verifizierung
    [audit_logs] Audit-Logs
    [log_streams] Log-Streams
    [certificate_renewal] Zertifikatserneuerung
   *[bring_your_own_key] Verschlüsselung mit eigenem Schlüssel
}

# Kurznamen für die Navigation und die Badges der Staff-Konsole.
area-short = { $intent ->
    [sso] SSO
    [dsync] Verzeichnis
    [domain_verification] Domains
    [audit_logs] Audit-Logs
    [log_streams] Log-Streams
    [certificate_renewal] Zertifikate
   *[bring_your_own_key] BYOK
}

area-description = { $intent ->
    [sso] Ermöglichen Sie Ihren Mitarbeitenden die Anmeldung über Ihren Identitätsanbieter (Okta, Entra ID, Google usw.).
    [dsync] Legen Sie Benutzer automatisch aus Ihrem Verzeichnis an und entfernen Sie sie wieder.
    [domain_verification] Weisen Sie nach, dass Ihnen Ihre E-Mail-Domains gehören.
    [audit_logs] Prüfen Sie, wer in Ihrer Organisation was getan hat.
    [log_streams] Senden Sie Audit-Ereignisse an Ihr SIEM (Datadog, Splunk, S3 usw.).
    [certificate_renewal] Ersetzen Sie ein ablaufendes SAML-Signaturzertifikat.
   *[bring_your_own_key] Verschlüsseln Sie Ihre Daten mit einem Schlüssel, den Sie selbst verwalten.
}

area-done = { $intent ->
    [sso] Die Einrichtung von Single Sign-on ist abgeschlossen.
    [dsync] Die Einrichtung der Verzeichnissynchronisierung ist abgeschlossen.
    [domain_verification] Die Domain-Verifizierung ist abgeschlossen.
    [audit_logs] Die Einstellungen für Audit-Logs sind gespeichert.
    [log_streams] Die Einrichtung des Log-Streams ist abgeschlossen.
    [certificate_renewal] Die Zertifikatserneuerung ist abgeschlossen.
   *[bring_your_own_key] Die Einrichtung Ihres Verschlüsselungsschlüssels ist abgeschlossen.
}

# Die Schaltfläche der Karte: was sie im jeweiligen Zustand tut.
area-action = { $intent ->
    [sso] { $setup ->
        [active] SSO verwalten
        [in_progress] SSO-Einrichtung abschließen
        [needs_attention] Problem mit SSO beheben
       *[other] SSO konfigurieren
    }
    [dsync] { $setup ->
        [active] Verzeichnissynchronisierung verwalten
        [in_progress] Einrichtung der Verzeichnissynchronisierung abschließen
        [needs_attention] Problem mit der Verzeichnissynchronisierung beheben
       *[other] Verzeichnissynchronisierung einrichten
    }
    [domain_verification] Im Admin Portal verifizieren
    [audit_logs] { $setup ->
        [active] Audit-Logs ansehen
        [needs_attention] Problem mit den Audit-Logs beheben
       *[other] Audit-Logs einrichten
    }
    [log_streams] { $setup ->
        [active] Log-Stream verwalten
        [in_progress] Einrichtung des Log-Streams abschließen
        [needs_attention] Problem mit dem Log-Stream beheben
       *[other] Log-Stream einrichten
    }
    [certificate_renewal] Zertifikat erneuern
   *[bring_your_own_key] Schlüssel einrichten
}

area-banner-in-progress = Ihre Einrichtung für { $area } ist gespeichert, aber noch nicht aktiv.
area-banner-unconfirmed = Das Admin Portal hat die Einrichtung für { $area } als abgeschlossen gemeldet, aber WorkOS bestätigt das noch nicht.
area-banner-thanks = Danke – WorkOS hat Ihre Einstellungen für { $area } erhalten.

group-title = { $group ->
    [sign-in] Anmeldung
    [users] Benutzer
   *[logs-and-data] Logs und Daten
}

setup-label = { $setup ->
    [not_configured] Nicht konfiguriert
    [in_progress] In Bearbeitung
    [active] Aktiv
   *[needs_attention] Handlungsbedarf
}

domain-state = { $state ->
    [verified] Verifiziert
    [pending] Warten auf DNS
   *[failed] Eintrag nicht gefunden
}

activity-outcome = { $outcome ->
    [succeeded] Erledigt
    [refused] Abgelehnt
   *[failed] Fehlgeschlagen
}

role-name = { $role ->
    [admin] Admin
   *[member] Mitglied
}

# Badge einer Karte, wenn der Status bei WorkOS nicht gelesen werden konnte.
setup-unknown = Status unbekannt
setup-label-stale = { $state } (zuletzt bekannt)
