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
