# Deutsch: die Aktivitätsliste und ihr Download. Übersetzt vom Portico-Team, nicht von
# Muttersprachlern geprüft: bitte prüfen lassen, bevor sich ein Kunde darauf verlässt.

activity-heading = Letzte Aktivitäten
activity-lead = { PLURAL($days) ->
    [one] Anmeldungen, Einrichtungslinks und Änderungen in dieser Organisation, { $days } Tag lang aufbewahrt.
   *[other] Anmeldungen, Einrichtungslinks und Änderungen in dieser Organisation, { $days } Tage lang aufbewahrt.
}
activity-empty = Noch nichts aufgezeichnet.
activity-newest = Neueste
activity-older = Ältere Aktivitäten
activity-pages = Aktivitätsseiten
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
