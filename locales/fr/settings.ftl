# Français : la page des paramètres de l'organisation. Traduit par l'équipe Portico,
# pas encore relu par un locuteur natif : à faire relire avant qu'un client ne s'y fie.

opens-in-new-tab = (s'ouvre dans un nouvel onglet)

card-upgrade = Changer d'offre pour ajouter : { $area }
card-not-in-plan = Non inclus dans votre offre
card-in-enterprise-plan = Inclus dans l'offre Enterprise.
card-opening = Ouverture…
card-picked-opens-with-it = { $provider } choisi : la configuration s'ouvre avec ce fournisseur. Vous aurez besoin d'un accès administrateur à celui-ci.
card-picked-choose-it-again = { $provider } choisi : sélectionnez-le lorsque la configuration vous le demande. Vous aurez besoin d'un accès administrateur à celui-ci.

# « Invitation envoyée à it@acme.example le 27 nov. 2026 pour : SSO et synchronisation d'annuaire. »
invited-for = Invitation envoyée à { $email } le { $date } pour : { $areas }.

it-admin-sent = Invitation envoyée.
it-admin-heading = Envoyer la configuration à votre administrateur informatique
it-admin-lead = WorkOS envoie par e-mail à votre administrateur informatique un lien de configuration pour les fonctionnalités que vous choisissez. Une nouvelle invitation remplace l'invitation en cours.
it-admin-open = Envoyer à mon administrateur informatique
it-admin-send = Envoyer l'invitation
it-admin-sending = Envoi…
it-admin-email = E-mail de votre administrateur informatique
it-admin-areas = Fonctionnalités à configurer
it-admin-revoke = Révoquer l'invitation
it-admin-revoking = Révocation…

domains-label = Vos domaines
domains-add = Ajouter un domaine
domains-adding = Ajout…
domains-add-label = Ajoutez un domaine avec lequel vos utilisateurs se connectent
domains-publish-then-verify = Ajoutez cet enregistrement TXT chez votre fournisseur DNS, puis lancez la vérification.
domains-record-not-found = WorkOS a recherché cet enregistrement sans le trouver. Vérifiez le nom et la valeur chez votre fournisseur DNS ; un nouvel enregistrement peut mettre quelques heures à apparaître. Relancez ensuite la vérification.
domains-verify-again = Vérifier à nouveau
domains-verify-now = Vérifier maintenant
domains-checking = Vérification…
domains-remove = Supprimer { $domain }
domains-removing = Suppression…
record-type = Type
record-name = Nom
record-value = Valeur
# Ce que le bouton de copie a copié, avec l'article, dans « Vous avez copié … ».
record-name-copied = le nom de l'enregistrement
record-value-copied = la valeur de l'enregistrement

sso-test = Tester la connexion SSO
sso-test-opening = Ouverture de votre fournisseur d'identité…
sso-test-lead = Connectez-vous via votre fournisseur d'identité pour voir ce qu'il envoie. Rien n'est modifié.
sso-test-new-tab-lead = Ouvre votre fournisseur d'identité dans un nouvel onglet pour voir ce qu'il envoie. Rien n'est modifié.
sso-require = Exiger le SSO
sso-require-on = Les membres se connectent uniquement par SSO.
sso-require-off = Les membres peuvent se connecter par SSO ou avec un mot de passe.
sso-require-check = Les membres doivent se connecter par SSO
sso-break-glass = Administrateurs qui conservent la connexion par mot de passe (administrateurs de secours), en cas de panne de votre fournisseur d'identité

sso-health = État du SSO
sso-health-table = Connexions par jour, sous forme de tableau
sso-health-day = Jour
sso-health-succeeded = Réussies
sso-health-failed = Échouées
sso-health-directory = Annuaire :
sso-health-certificate = Certificat :

settings-page-title = Paramètres de l'organisation · Portico
settings-unreadable = Impossible de charger cette page. Veuillez la recharger.
settings-embedded-session-ended = Cette session intégrée est terminée. Rechargez la page dans votre produit pour continuer.
settings-session-ended = Votre session est terminée.
settings-sign-in-again = Se reconnecter
settings-read-only = Vous pouvez consulter ces paramètres. Pour les modifier, demandez à un administrateur de { $organization }.
# $reason est une phrase complète, terminée par un point.
settings-status-incomplete = L'état en direct est incomplet : { $reason }
settings-heading = Paramètres de l'organisation { $organization }
settings-lead = Configurez les fonctionnalités entreprise de votre organisation. Chacune ouvre une configuration guidée.
sign-out = Se déconnecter
organization = Organisation
switch-organization = Changer
sso-health-no-sign-in = Personne ne s'est encore connecté par SSO. La dernière connexion réussie s'affichera ici dès que quelqu'un se connectera.
# $when est « 3 déc. 2026 à 16:05 UTC ».
sso-health-last-sign-in-by = Dernière connexion SSO réussie : { $email }, { $when }.
sso-health-last-sign-in = Dernière connexion SSO réussie : { $when }.
sso-health-directory-unread = Impossible de lire l'état de l'annuaire pour le moment.
sso-health-certificate-unread = Impossible de lire l'état du certificat pour le moment.
# Un type d'échec de connexion : son code, sa fréquence, le dernier jour, sa signification, sa solution.
sso-health-failure = { $code } ({ PLURAL($count) ->
    [one] { $count } fois
   *[other] { $count } fois
}, dernière fois le { $date }) : { $what } { $fix }
sso-health-day-said = { $day } : { PLURAL($succeeded) ->
    [one] { $succeeded } réussie
   *[other] { $succeeded } réussies
}, { PLURAL($failed) ->
    [one] { $failed } échouée
   *[other] { $failed } échouées
}
sso-health-chart-empty = Aucune connexion SSO au cours des 30 derniers jours. Les connexions de chaque jour s'afficheront ici dès que des utilisateurs se connecteront par SSO.
sso-health-chart = Au cours des 30 derniers jours : { PLURAL($succeeded) ->
    [one] { $succeeded } connexion réussie
   *[other] { $succeeded } connexions réussies
}, { PLURAL($failed) ->
    [one] { $failed } échouée
   *[other] { $failed } échouées
}.
sso-health-no-failures = Aucun échec de connexion SSO au cours des 7 derniers jours.
sso-health-failures = { PLURAL($count) ->
    [one] { $count } échec de connexion SSO au cours des 7 derniers jours :
   *[other] { $count } échecs de connexion SSO au cours des 7 derniers jours :
}

picker-choose-identity-provider = Choisissez votre fournisseur d'identité
picker-search-identity-providers = Rechercher un fournisseur d'identité
picker-choose-directory = Choisissez votre annuaire
picker-search-directories = Rechercher un annuaire
picker-change = Changer de fournisseur
picker-no-match = Aucun résultat. Essayez un autre nom.
picker-matches = { PLURAL($count) ->
    [one] { $count } fournisseur correspond.
   *[other] { $count } fournisseurs correspondent.
}

banner-dismiss = Fermer
domains-changed = Vos domaines ont changé.
domains-reload = Rechargez la page pour les voir
# Ce qu'entend un lecteur d'écran quand une carte change pendant que la page est ouverte.
live-card-changed = { $area } : { $state }. { $summary }

domains-remove-confirm = Retirer { $domain } ?
domains-remove-consequence = Les personnes ayant une adresse @{ $domain } ne seront plus rattachées à l'organisation { $organization }, et l'authentification unique ne les couvrira plus.
domains-remove-verified-consequence = { $domain } est vérifié : une fois retiré, le vérifier à nouveau demandera un nouvel enregistrement DNS.
domains-removed = { $domain } a été retiré de vos domaines.
it-admin-revoke-confirm = Révoquer l'invitation envoyée à { $email } ?
it-admin-revoke-consequence = Le lien de configuration envoyé par WorkOS à { $email } cessera de fonctionner (pour { $areas }). Ce qui est déjà configuré ne change pas.
cancel = Annuler
settings-lead-member = Où en sont les fonctionnalités entreprise de votre organisation. Vos administrateurs les configurent.
page-nav-label = Sur cette page
card-in-use-outside-plan = Votre offre ne l’inclut plus. Cela continue de fonctionner tel que configuré ; pour le modifier, passez à une offre supérieure.
card-picked-by-admins = Vos administrateurs ont choisi { $provider }.
settings-read-only-ask = Vous pouvez consulter ces paramètres. Pour les modifier, demandez à l’un de vos administrateurs : { $admins }.
skip-to-settings = Aller aux paramètres
