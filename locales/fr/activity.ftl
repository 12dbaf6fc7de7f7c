# Français : la liste d'activité et son téléchargement. Traduit par l'équipe Portico,
# pas encore relu par un locuteur natif : à faire relire avant qu'un client ne s'y fie.

activity-heading = Activité récente
activity-lead = { PLURAL($days) ->
    [one] Connexions, liens de configuration et modifications dans cette organisation, conservés pendant { $days } jour.
   *[other] Connexions, liens de configuration et modifications dans cette organisation, conservés pendant { $days } jours.
}
activity-empty = Aucune activité enregistrée pour l'instant.
activity-entries = Entrées d'activité
activity-when = Date
activity-who = Auteur
activity-what = Action
activity-result = Résultat
# L'adresse (IP) d'où l'action a été faite.
activity-from = Origine
activity-download-heading = Télécharger pour vos auditeurs
activity-download-from = Du
activity-download-to = Au
activity-download-format = Format
activity-download = Télécharger

# Ce qu'est chaque action de la liste d'activité ($action est son nom enregistré, avec « - » au lieu de « . »).
action-described = { $action ->
    [user-sign_in] Connexion
    [user-sign_out] Déconnexion
    [organization-switch] Passage à cette organisation
    [portal_link-create] Ouverture de l'Admin Portal
    [provider-choose] Choix d'un fournisseur
    [domain-add] Ajout d'un domaine
    [domain-verify] Vérification de l'enregistrement DNS d'un domaine
    [domain-remove] Suppression d'un domaine
    [it_contact-add] Ajout d'un contact informatique
    [it_contact-invite] Envoi de la configuration à un administrateur informatique
    [it_contact-revoke] Révocation de l'invitation de l'administrateur informatique
    [membership-add] Ajout d'un membre
    [membership-set_role] Modification du rôle d'un membre
    [membership-remove] Retrait d'un membre
    [portal_link-revoke] Fin des liens Admin Portal d'une personne
    [organization-set_features] Modification des fonctionnalités incluses dans l'offre
    [audit-export] Téléchargement du journal d'activité
    [audit-purge] Suppression de l'activité antérieure à la durée de conservation
    [workos-change] Signalement d'une modification
    [notification-email] E-mail envoyé aux administrateurs
    [staff-sign_in] Connexion à la console interne
    [staff-sign_out] Déconnexion de la console interne
    [staff-add] Ajout d'un membre de l'équipe interne
    [staff-set_role] Modification du rôle d'un membre de l'équipe interne
    [staff-remove] Retrait d'un membre de l'équipe interne
    [staff-export] Export de la liste des organisations
    [api_key-create] Création d'une clé d'API hôte
    [api_key-revoke] Révocation d'une clé d'API hôte
    [webhook_endpoint-add] Enregistrement d'un point de terminaison de webhook
    [webhook_endpoint-remove] Suppression d'un point de terminaison de webhook
    [webhook_delivery-replay] Nouvel envoi d'un webhook
    [organization-create] Création de l'organisation
    [organization-delete] Suppression de l'organisation
    [api-call] Appel de l'API hôte
    [sso-tested] Test de la connexion SSO
   *[organization-require_sso] Modification du paramètre « Exiger le SSO »
}

activity-by-operator = Opérateur Portico (ligne de commande)
activity-detail-about = { $subject } : { $rest }
activity-detail-for-areas = { $subject }, pour { $areas }
activity-detail-embedded = Via { $host }, en tant que { $role }
activity-detail-as-role = { $email } en tant que { $role }
activity-detail-sso = Via l’authentification unique ({ $provider })
activity-detail-sso-refused = Via l’authentification unique : { $reason }
activity-detail-every-area = Toutes les fonctionnalités
activity-detail-no-area = Aucune fonctionnalité
activity-detail-plan = Fonctionnalités : { $areas }
activity-filter-not-a-day = { $typed } n’est pas une date : saisissez-en une comme 2026-11-01. En attendant, la liste montre tous les jours.
activity-filter-empty-range = Le dernier jour précède le premier : la liste montre tous les jours à partir du premier.
activity-times = { PLURAL($count) ->
    [one] une fois ce jour-là
   *[other] { $count } fois ce jour-là
}
activity-filter-heading = Afficher uniquement
activity-filter-who = Qui (e-mail ou une partie)
activity-filter-what = Quoi
activity-filter-result = Résultat
activity-filter-any = Tous
activity-filter-from = Du
activity-filter-to = Au
activity-filter-apply = Afficher
activity-filter-clear = Tout afficher
activity-filter-nothing = Rien ne correspond à ce filtre.
activity-load-more = Afficher plus
activity-kind = { $kind ->
    [sign_ins] Connexions
    [setup] Configuration
    [domains] Domaines
    [it_admin] Invitations à l’administrateur informatique
    [members] Membres
    [plan] Offre
    [trail] Téléchargements et nettoyage
    [workos] Changements signalés par WorkOS
    [emails] E-mails aux administrateurs
   *[host_product] Produit hôte
}
