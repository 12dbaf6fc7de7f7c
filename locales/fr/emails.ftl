# Français : les e-mails aux administrateurs d'une organisation. Pas encore relu par un locuteur natif.

email-subject = { $organization } : { $area } demande votre attention
email-needs-attention = { $area } demande votre attention dans les paramètres de l'organisation { $organization }.
email-check-dns-record = Vérifier l'enregistrement DNS
email-why = Vous recevez cet e-mail parce que vous êtes administrateur de l'organisation { $organization } dans Portico. Il arrive au plus une fois par jour tant que la situation dure.
