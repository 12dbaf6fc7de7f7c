# Français. Traduit par l'équipe Portico, pas encore relu par un locuteur natif :
# à faire relire avant qu'un client ne s'y fie.
#
# La console du personnel (/staff) : les pages avec lesquelles le support et les
# propriétaires de l'opérateur suivent chaque organisation cliente, leur connexion avec
# un second facteur, et ce qu'on leur dit quand quelque chose est refusé.

## Connexion et second facteur

staff-sign-in-page-title = Connexion du personnel · Portico
staff-sign-in-heading = Connexion du personnel
# $link est un lien vers la page de connexion des clients ; ses mots sont staff-sign-in-lead-link.
staff-sign-in-lead = Pour l'équipe de support de l'entreprise qui exploite Portico. Les clients se connectent depuis { $link }.
staff-sign-in-lead-link = la connexion aux paramètres
staff-code-page-title = Connexion du personnel : code · Portico
staff-code-heading = Saisissez votre code
staff-code-lead = Connexion en tant que { $email }. Saisissez le code à six chiffres affiché par votre application d'authentification, ou l'un de vos codes de récupération.
staff-code = Code
staff-start-again = Recommencer
staff-enrol-page-title = Configurer votre second facteur · Portico
staff-enrol-heading = Configurer votre second facteur
staff-enrol-lead = Chaque connexion du personnel demande un code d'une application d'authentification. Scannez ce code avec l'application de votre téléphone pour ajouter { $email }.
staff-enrol-type-secret = Impossible de le scanner ? Saisissez plutôt ce secret dans l'application (basé sur le temps, six chiffres, toutes les 30 secondes) :
staff-enrol-code = Le code que l'application affiche maintenant
staff-enrol-confirm = Confirmer et se connecter
staff-qr-label = Code QR du secret du second facteur
staff-recovery-codes = Codes de récupération
staff-recovery-codes-heading = Vos codes de récupération
staff-recovery-codes-lead = Votre second facteur est configuré. Conservez ces codes en lieu sûr : chacun vous connecte une fois si vous perdez votre téléphone. Ils ne sont affichés que maintenant.
staff-recovery-codes-kept = Je les ai conservés : ouvrir la console

## Le cadre de la console

staff-console = Console du personnel
staff-console-page-title = Console du personnel · Portico
staff-page-title = { $page } · Console du personnel · Portico
staff-brand = Console du personnel Portico
staff-nav = Console
staff-account = { $email } ({ $role })
staff-team = Personnel

staff-role = { $role ->
    [owner] Propriétaire
   *[support] Support
}
staff-role-name = { $role ->
    [owner] propriétaire
   *[support] support
}
staff-role-explained = { $role ->
    [owner] Propriétaire : gère aussi le personnel et les membres
   *[support] Support : voit chaque organisation et agit en son nom
}

## Comptes du personnel (propriétaires uniquement)

staff-accounts = Comptes du personnel
staff-role-label = Rôle
staff-second-factor = Second facteur
staff-factor-set-up = Configuré
staff-factor-at-first-sign-in = À la première connexion
staff-added-on = Ajouté
staff-change = Modifier { $email }
staff-add-heading = Ajouter un membre du personnel
staff-add = Ajouter
staff-added = { $email } a été ajouté. Son mot de passe, affiché uniquement maintenant : { $password }. Le second facteur se configure à la première connexion.

## Ce qu'on dit à un membre du personnel quand une connexion ou une modification est refusée

staff-error-signed-out = Veuillez d'abord vous connecter à la console du personnel.
staff-error-second-step-expired = Cette connexion a pris trop de temps. Saisissez à nouveau votre e-mail et votre mot de passe.
staff-error-codes-locked = { PLURAL($minutes) ->
    [one] Trop de codes incorrects. Les codes sont refusés pendant encore { $minutes } minute : reconnectez-vous ensuite, ou adressez-vous à un propriétaire.
   *[other] Trop de codes incorrects. Les codes sont refusés pendant encore { $minutes } minutes : reconnectez-vous ensuite, ou adressez-vous à un propriétaire.
}
staff-error-not-owner = Seul un propriétaire peut faire cela. Adressez-vous à un propriétaire de la console du personnel.
staff-error-wrong-code = Ce code est incorrect ou a expiré. Saisissez le code que votre application affiche maintenant, ou un code de récupération.
staff-error-used-code = Ce code a déjà été utilisé. Attendez le suivant.
staff-error-factor-changed = Votre second facteur a changé entre-temps. Saisissez à nouveau votre e-mail et votre mot de passe.
staff-error-bad-role = « { $role } » n'est pas un rôle du personnel. Utilisez support ou owner.
staff-error-bad-email = { $typed } n'est pas une adresse e-mail.
staff-error-exists = { $email } a déjà un compte du personnel.
staff-error-not-found = { $email } n'a pas de compte du personnel.
staff-error-last-owner = { $email } est le dernier propriétaire : quelqu'un doit pouvoir gérer le personnel. Ajoutez d'abord un autre propriétaire.
staff-error-short-password = Le mot de passe doit comporter au moins 12 caractères.

## La liste des organisations

console-organizations = Organisations
console-needs-attention = Action requise
console-integrations = Intégrations
console-organizations-count = { PLURAL($count) ->
    [one] { $count } organisation
   *[other] { $count } organisations
}
console-search = Rechercher
console-search-placeholder = Nom, domaine ou identifiant WorkOS
console-show = Afficher
console-show-all = Toutes les organisations
console-show-expiring = Certificat bientôt expiré
console-show-sso-failing = SSO en échec
console-not-configured = Non configuré
console-within-days = Dans les (jours)
console-plan-includes = L'offre inclut
console-any-plan = N'importe quelle offre
console-sort = Trier
console-name = Nom
console-sort-attention = Action requise d'abord
console-sort-certificate = Expiration du certificat
console-apply = Appliquer
console-clear = Effacer
console-export = Exporter en CSV
console-badge = { $state ->
    [excluded] { $area } : non inclus dans l'offre
    [unknown] { $area } : pas encore connu
    [not_configured] { $area } : non configuré
    [in_progress] { $area } : en cours
    [active] { $area } : actif
   *[needs_attention] { $area } : action requise
}
console-attention-areas = { PLURAL($count) ->
    [one] { $count } fonctionnalité
   *[other] { $count } fonctionnalités
}
console-attention-since = depuis le { $date }
console-not-read-yet = Pas encore ouverte
console-read-on = Lu le { $date }
console-no-workos-organization = Aucune organisation WorkOS
console-no-match = Aucune organisation ne correspond à ces filtres.
console-first-page = Première page
console-next-page = Page suivante
console-areas = Fonctionnalités
console-certificate-expires = Expiration du certificat
console-status-read = État lu
console-pages = Pages

## La file « Action requise »

console-nothing-needs-attention = Aucune action n'est requise pour le moment.
console-attention-lead = Les organisations dont une fonctionnalité a cessé de fonctionner ou va bientôt cesser, celles qui attendent depuis le plus longtemps en premier.
console-label = { $label } :
console-nobody-told = Personne n'a encore été prévenu.
console-waiting-since = Depuis le { $date }
console-who-was-told = Qui a été prévenu
console-next = Étape suivante :
console-told-emailed = Portico a écrit aux administrateurs le { $date }.
console-next-ask-contact = Demandez à { $email } si l'e-mail de configuration est arrivé, ou remettez un lien de l'Admin Portal.
console-next-call = Les administrateurs ont été prévenus et rien n'a changé : envoyez la configuration à leur contact informatique, ou appelez-les.
console-next-tell-contact = Personne n'a encore été prévenu : envoyez la configuration au contact informatique de l'organisation.

## Une organisation

console-reason = Motif (les administrateurs de l'organisation le lisent)
console-not-in-plan = Non inclus dans l'offre
console-no-status = Aucun état
console-change = Modifier
console-member-role = { $role ->
    [admin] Administrateur
   *[member] Membre
}
console-remove-member = Retirer de l'organisation
console-change-member = Modifier le membre
console-members-owners-only = Seuls les propriétaires de la console peuvent modifier les membres.
console-members = Membres
console-members-label = Membres et leurs rôles
console-no-invitation = Aucune invitation de configuration n'est en attente.
console-handed-over = { $area } : remis par { $who }, { $when }
console-day-and-time = { $date }, { $time } UTC
console-no-handoffs = Aucun lien de l'Admin Portal n'a été remis depuis la console.
console-pending = Invitations et remises
console-member-links = Liens de { $email }
console-act = Agir au nom du client
console-invite-heading = Envoyer la configuration à son contact informatique
console-invite-email = E-mail du contact informatique
console-invite = Envoyer la configuration
console-link-heading = Remettre un lien de l'Admin Portal
console-area = Fonctionnalité
console-link = Générer le lien
console-revoke-heading = Révoquer des liens de l'Admin Portal
console-revoke-whose = Liens de qui
console-revoke-handed-over = Liens remis depuis la console
console-revoke = Révoquer les liens
console-plan-heading = Les fonctionnalités de l'offre
console-plan-included = Incluses
console-plan-save = Enregistrer l'offre
console-new-link = Lien de l'Admin Portal pour { $area }
console-new-link-lead = Remettez-le maintenant à l'administrateur de l'organisation : il s'ouvre une seule fois et expire cinq minutes après sa création. Il n'est affiché que cette fois-ci.
console-new-link-copied = le lien
console-no-workos-organization-yet = Pas encore d'organisation WorkOS
console-status = État
console-done = { $done ->
    [invited] La configuration a été envoyée au contact informatique. Les administrateurs de l'organisation le voient dans leur activité.
    [revoked] Ces liens de l'Admin Portal ont été désactivés chez WorkOS.
    [plan] Les fonctionnalités de l'offre ont été modifiées.
   *[member] Le membre a été modifié.
}
console-error-no-organization = Cette organisation n'existe pas. Elle a peut-être été supprimée.
console-error-no-reason = Indiquez pourquoi vous faites cela : les administrateurs de l'organisation le liront dans leur activité.
console-error-long-reason = { PLURAL($most) ->
    [one] Le motif doit faire moins de { $most } caractère.
   *[other] Le motif doit faire moins de { $most } caractères.
}
console-error-unknown = La console ne connaît pas { $typed }. Choisissez une valeur dans la liste.

## Les intégrations de l'opérateur (propriétaires uniquement)

console-keys = Clés de l'API hôte
console-keys-lead = Votre backend appelle /api/v1 avec ces clés (voir /api/v1/openapi.json). Une clé n'est affichée qu'une fois, à sa création.
console-keys-label = Clés d'API
console-key-revoked = Révoquée le { $date }
console-key-last-used = Dernière utilisation le { $date }
console-key-never-used = Jamais utilisée
console-key-revoke = Révoquer { $name }
console-key-made = Créée le { $date }
console-key-make-heading = Créer une clé
console-key-scopes = Portées
console-key-make = Créer la clé
console-remove = Retirer
console-endpoints = Points de terminaison webhook
console-endpoints-lead = Portico envoie chaque changement de la configuration d'un client à ces adresses, signé (Portico-Signature, comme WorkOS signe les siens), et réessaie pendant une journée. Adresses publiques uniquement.
console-endpoints-label = Points de terminaison enregistrés
console-endpoint-add-heading = Ajouter un point de terminaison
console-endpoint-url = URL
console-endpoint-events = Événements (aucun coché : tous les événements)
console-endpoint-add = Ajouter le point de terminaison
console-every-event = tous les événements
console-deliveries = Envois
console-deliveries-empty = Rien n'a encore été envoyé.
console-deliveries-label = Journal des envois
console-delivery-made-column = Créé
console-delivery-event = Événement
console-delivery-endpoint = Point de terminaison
console-delivery-state = État
console-delivery-again = Renvoi
console-delivery-attempts = { PLURAL($count) ->
    [one] { $count } tentative
   *[other] { $count } tentatives
}
console-delivery-send-again = Renvoyer
console-delivery-made = { $date }, { $time }
console-delivery-answered = réponse { $status }
console-delivery-delivered = Livré ({ $answered })
console-delivery-gave-up = Abandonné : { $answered }
console-delivery-waiting = En attente d'envoi
console-delivery-retrying = Nouvelle tentative à { $time } UTC ({ $answered })
console-shown-key = La clé d'API { $name }
console-shown-secret = Le secret de signature de { $url }
console-shown-once = { $what }, affiché uniquement maintenant : { $value }

console-key-bad-name = Donnez un nom à la clé (lettres, chiffres, espaces, points, tirets), 60 caractères au plus.
console-key-unknown-scope = { $scope } n'est pas une portée : utilisez organizations:read, organizations:write, members:write, embed:write ou webhooks:write.
console-key-no-scope = Donnez à la clé au moins une portée : organizations:read, organizations:write, members:write ou embed:write.
console-key-exists = Une clé nommée { $name } existe déjà.
console-key-not-found = Aucune clé nommée { $name } n'est en service.
console-endpoint-bad-url = { $url } n'est pas une URL.
console-endpoint-not-http = L'URL doit être en http ou https, avec un nom d'hôte.
console-endpoint-private = { $address } est une adresse privée, de bouclage ou de liaison locale : Portico n'y envoie rien.
console-endpoint-unresolved = { $host } ne correspond à aucune adresse.
console-endpoint-unknown-event = { $event } n'est pas un événement : utilisez organization.status_changed, organization.needs_attention ou handoff.completed.
console-endpoint-credentials = L'URL contient un nom d'utilisateur ou un mot de passe : donnez au point de terminaison une URL sans eux (la signature prouve qui envoie).
console-endpoint-not-found = Il n'y a pas de point de terminaison { $id }.
console-delivery-not-found = Il n'y a pas d'envoi { $id }.
console-key-revoke-confirm = Révoquer la clé { $name } ?
console-key-revoke-consequence = Tout appel fait avec { $name } est refusé dès maintenant, et la clé ne peut plus servir : le backend de l’hôte a besoin d’une nouvelle clé.
console-revoking = Révocation…
console-endpoint-remove = Retirer { $url }
console-endpoint-remove-confirm = Retirer le point de terminaison { $url } ?
console-endpoint-remove-consequence = { $url } ne reçoit plus d’événements, et ses livraisons, envoyées ou en attente, quittent le journal des livraisons.
console-removing = Retrait…
