# Deutsch. Übersetzt vom Portico-Team, nicht von Muttersprachlern geprüft: bitte
# prüfen lassen, bevor sich ein Kunde darauf verlässt.

date-at-time = { $date } um { $time } UTC

language-label = Sprache
language-apply = Sprache ändern
language-unknown = Wählen Sie eine der aufgeführten Sprachen.

not-found-page-title = Nicht gefunden · Portico
not-found-heading = Seite nicht gefunden
not-found-lead = Unter dieser Adresse gibt es nichts.
not-found-link = Zu den Einstellungen Ihrer Organisation

# Aufzählungen: „SSO, Verzeichnissynchronisierung und Log-Streams“.
list-separator = {", "}
list-and = { $init } und { $last }

# Die Kopier-Schaltfläche; $what ist, was sie kopiert („Eintragswert“).
copy = Kopieren
copy-copied = Kopiert
copy-what = ({ $what })
copy-done = { $what } kopiert.
copy-failed = Kopieren nicht möglich: Markieren Sie den Text ({ $what }) und kopieren Sie ihn selbst.

save = Speichern
saving = Wird gespeichert…
try-again = Erneut versuchen
# Zwei Sätze hintereinander.
two-sentences = { $first } { $second }

when-today = heute
when-tomorrow = morgen
when-in-days = { PLURAL($days) ->
    [one] in { $days } Tag
   *[other] in { $days } Tagen
}
back-to-settings = Zurück zu den Einstellungen
