# Français. Traduit par l'équipe Portico, pas encore relu par un locuteur natif :
# à faire relire avant qu'un client ne s'y fie.

date-at-time = { $date } à { $time } UTC

language-label = Langue
language-apply = Changer de langue
language-unknown = Choisissez l'une des langues proposées.

not-found-page-title = Introuvable · Portico
not-found-heading = Page introuvable
not-found-lead = Il n'y a rien à cette adresse.
not-found-link = Aller aux paramètres de votre organisation

# Listes : « SSO, synchronisation d'annuaire et flux de journaux ».
list-separator = {", "}
list-and = { $init } et { $last }

# Le bouton de copie ; $what est ce qu'il copie, avec son article (« la valeur de l'enregistrement »).
copy = Copier
copy-copied = Copié
copy-what = { $what }
copy-done = Vous avez copié { $what }.
copy-failed = Impossible de copier : sélectionnez { $what } et copiez le texte vous-même.

save = Enregistrer
saving = Enregistrement…
try-again = Réessayer
# Deux phrases à la suite.
two-sentences = { $first } { $second }

when-today = aujourd'hui
when-tomorrow = demain
when-in-days = { PLURAL($days) ->
    [one] dans { $days } jour
   *[other] dans { $days } jours
}
back-to-settings = Retour aux paramètres
