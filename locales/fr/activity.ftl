# Français : la liste d'activité et son téléchargement. Traduit par l'équipe Portico,
# pas encore relu par un locuteur natif : à faire relire avant qu'un client ne s'y fie.

activity-heading = Activité récente
activity-lead = { PLURAL($days) ->
    [one] Connexions, liens de configuration et modifications dans cette organisation, conservés pendant { $days } jour.
   *[other] Connexions, liens de configuration et modifications dans cette organisation, conservés pendant { $days } jours.
}
activity-empty = Aucune activité enregistrée pour l'instant.
activity-newest = Plus récentes
activity-older = Activité plus ancienne
activity-pages = Pages d'activité
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
