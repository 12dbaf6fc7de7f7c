# Deutsch: die E-Mails an die Admins einer Organisation. Nicht von Muttersprachlern geprüft.

email-subject = { $organization }: { $area } erfordert Aufmerksamkeit
email-needs-attention = { $area } erfordert Aufmerksamkeit in den Einstellungen von { $organization }.
email-check-dns-record = DNS-Eintrag prüfen
email-why = Sie erhalten diese E-Mail, weil Sie in Portico Admin von { $organization } sind. Solange der Zustand anhält, kommt sie höchstens einmal am Tag.
