# Deutsch: die eigenen kleinen Seiten der Einbettung, im Frame eines Host-Produkts oder im
# Tab, den es öffnet. Übersetzt vom Portico-Team, nicht von Muttersprachlern geprüft: bitte
# prüfen lassen, bevor sich ein Kunde darauf verlässt.

embed-refused = Diese eingebettete Seite kann nicht angezeigt werden
# $reason richtet sich an die Entwickler des Host-Produkts und ist auf Englisch.
embed-refused-because = Portico hat das Einbettungs-Token abgelehnt: { $reason }. Laden Sie die Seite in Ihrem Produkt neu, um ein neues Token zu erhalten.
embed-failed = Auf unserer Seite ist ein Fehler aufgetreten
embed-failed-lead = Portico konnte die eingebettete Seite nicht starten. Laden Sie die Seite in Ihrem Produkt neu, um es erneut zu versuchen.
embed-done = Einrichtung für { $area } abgeschlossen
embed-done-lead = Sie können diesen Tab schließen und zu Ihrem Produkt zurückkehren: Dort wird der neue Status angezeigt.
embed-closed = Einrichtung geschlossen
embed-closed-lead = Sie können diesen Tab schließen und zu Ihrem Produkt zurückkehren.
embed-button-expired = Diese Schaltfläche ist abgelaufen
embed-button-expired-lead = Kehren Sie zu Ihrem Produkt zurück und klicken Sie erneut auf die Schaltfläche.
embed-no-longer-member = Sie sind kein Mitglied mehr
embed-no-longer-member-lead = Ihr Produkt führt Sie nicht mehr als Mitglied dieser Organisation.
embed-portal-failed = Die Einrichtung konnte nicht geöffnet werden
embed-sso-test-failed = Die Testanmeldung konnte nicht gestartet werden
embed-sso-test-elsewhere = Eine Testanmeldung beginnt auf der SSO-Karte in Ihrem Produkt. Kehren Sie dorthin zurück und klicken Sie auf „SSO-Anmeldung testen“.
embed-not-set-up = Die Einbettung ist nicht eingerichtet
embed-not-set-up-lead = Für diese Portico-Instanz ist kein PORTICO_EMBED_SECRET festgelegt, daher nimmt sie keine Einbettungs-Tokens an.
embed-unknown-parent = Portico kann nicht erkennen, welche Website es einbettet
embed-unknown-parent-lead = Die einbettende Seite hat keinen Referer gesendet, der einen der embed_origins nennt. Behalten Sie auf der Host-Seite die standardmäßige Referrer-Policy bei, oder tragen Sie in embed_origins nur einen einzigen Origin ein.
embed-appearance-refused = Portico konnte das vom Host-Produkt gewünschte Erscheinungsbild nicht verwenden: { $reason }.
