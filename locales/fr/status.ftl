# Français : ce que chaque carte dit de l'état en direct de sa fonctionnalité, selon WorkOS.
# Traduit par l'équipe Portico, pas encore relu par un locuteur natif : à faire relire
# avant qu'un client ne s'y fie.

status-sso-none = Aucun fournisseur d'identité connecté pour l'instant.
status-sso-active = { $provider } est actif.
status-sso-several-active = { $count } connexions actives : { $providers }.
status-sso-saved = { $provider } est enregistré, mais pas encore actif.
# $state est le mot de WorkOS pour l'état de la connexion (en anglais).
status-sso-broken = { $state ->
    [inactive] { $provider } est inactif depuis le { $date } : personne ne peut se connecter par ce biais.
    [deleting] { $provider } est en cours de suppression depuis le { $date } : personne ne peut se connecter par ce biais.
   *[other] { $provider } est dans l'état « { $state } » depuis le { $date } : personne ne peut se connecter par ce biais.
}

status-directory-counts = { PLURAL($users) ->
    [one] { $users } utilisateur
   *[other] { $users } utilisateurs
}, { PLURAL($groups) ->
    [one] { $groups } groupe
   *[other] { $groups } groupes
}
status-directory-quiet = { $provider } n'a synchronisé aucune modification depuis le { $date } : vérifiez que la synchronisation fonctionne toujours.
status-directory-syncing-counted-changed = Synchronisation en cours avec { $provider } ({ $counts }) ; dernière modification le { $date }.
status-directory-syncing-changed = Synchronisation en cours avec { $provider } ; dernière modification le { $date }.
status-directory-syncing-counted = Synchronisation en cours avec { $provider } ({ $counts }).
status-directory-syncing = Synchronisation en cours avec { $provider }.
status-directory-credentials = { $provider } : WorkOS n'arrive plus à se connecter à l'annuaire depuis le { $date }.
status-directory-saved = { $provider } est connecté, mais la synchronisation n'a pas encore commencé.
status-directory-none = Aucun annuaire connecté pour l'instant.

# $domains est une liste (« a.example, b.example et c.example »).
status-domains-waiting = { PLURAL($count) ->
    [one] { $domains } attend son enregistrement DNS.
   *[other] { $domains } attendent leurs enregistrements DNS.
}
status-domains-failed = La vérification de { $domains } a échoué le { $date } : vérifiez l'enregistrement DNS.
# $waiting est la phrase ci-dessus.
status-domains-progress = Domaines vérifiés : { $done } sur { $total } ; { $waiting }
status-domains-verified = Vérification réussie : { $domains }.
status-domains-none = Aucun domaine vérifié pour l'instant.

status-stream-https-endpoint = un point de terminaison HTTPS
status-stream-none = Aucun flux de journaux configuré.
status-stream-active = Diffusion en cours vers { $destination }.
status-stream-saved = Configuré pour { $destination }, mais la diffusion n'a pas encore commencé.
status-stream-failing = La diffusion vers { $destination } échoue.
# Les journaux d'audit de WorkOS, pas la liste d'activité de Portico.
status-audit-logs-kept = { PLURAL($days) ->
    [one] WorkOS conserve vos événements de journal d'audit pendant { $days } jour.
   *[other] WorkOS conserve vos événements de journal d'audit pendant { $days } jours.
}
status-audit-logs-off = Les journaux d'audit ne sont pas activés.

status-certificate-a-connection = Une connexion SAML
status-certificate-expired = { $connection } : le certificat SAML a expiré le { $date }. Renouvelez-le pour que les utilisateurs puissent se connecter.
# $when est « aujourd'hui », « demain » ou « dans 12 jours ».
status-certificate-expires = { $connection } : le certificat SAML expire le { $date } ({ $when }).
status-certificate-renewed-until = Certificat renouvelé le { $date }, valide jusqu'au { $until }.
status-certificate-renewed = Certificat renouvelé le { $date }.
status-certificate-none-expiring = WorkOS n'a signalé aucun certificat arrivant à expiration au cours des 30 derniers jours.

status-key-verified-in = Votre clé dans { $service } a été vérifiée le { $date }.
status-key-verified = Votre clé a été vérifiée le { $date }.
status-key-unverified-in = Votre clé dans { $service } n'a pas pu être vérifiée le { $date } : vérifiez que WorkOS est autorisé à l'utiliser, puis reconnectez-la.
status-key-unverified = Votre clé n'a pas pu être vérifiée le { $date } : vérifiez que WorkOS est autorisé à l'utiliser, puis reconnectez-la.
status-key-removed = Votre clé a été supprimée le { $date }.

status-unavailable = État indisponible pour le moment.
status-portal-opened-by = { $email } a commencé cette configuration le { $date }.
status-portal-opened = Un administrateur a commencé cette configuration le { $date }.
status-portal-never-opened = Personne n'a encore commencé cette configuration.
# $reason est une phrase complète ; $age dit il y a combien de temps (« il y a 5 minutes »).
status-stale = { $reason } Affichage des informations transmises par WorkOS { $age }.

age-under-a-minute = il y a moins d'une minute
age-minutes = { PLURAL($minutes) ->
    [one] il y a { $minutes } minute
   *[other] il y a { $minutes } minutes
}
age-hours = { PLURAL($hours) ->
    [one] il y a { $hours } heure
   *[other] il y a { $hours } heures
}
