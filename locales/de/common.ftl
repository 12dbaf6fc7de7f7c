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
