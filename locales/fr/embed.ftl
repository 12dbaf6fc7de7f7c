# Français : les petites pages propres à l'intégration, dans le cadre d'un produit hôte ou dans
# l'onglet qu'il ouvre. Traduit par l'équipe Portico, pas encore relu par un locuteur natif :
# à faire relire avant qu'un client ne s'y fie.

embed-refused = Cette page intégrée ne peut pas être affichée
# $reason s'adresse aux développeurs du produit hôte, en anglais.
embed-refused-because = Portico a refusé le jeton d'intégration : { $reason }. Rechargez la page dans votre produit pour en obtenir un nouveau.
embed-failed = Un problème est survenu de notre côté
embed-failed-lead = Portico n'a pas pu démarrer la page intégrée. Rechargez la page dans votre produit pour réessayer.
embed-done = { $area } : configuration terminée
embed-done-lead = Vous pouvez fermer cet onglet et revenir à votre produit : il affiche le nouvel état.
embed-closed = Configuration fermée
embed-closed-lead = Vous pouvez fermer cet onglet et revenir à votre produit.
embed-button-expired = Ce bouton a expiré
embed-button-expired-lead = Revenez à votre produit et cliquez de nouveau sur le bouton.
embed-no-longer-member = Vous n'êtes plus membre
embed-no-longer-member-lead = Votre produit ne vous compte plus parmi les membres de cette organisation.
embed-portal-failed = Impossible d'ouvrir la configuration
embed-sso-test-failed = Impossible de lancer le test de connexion
embed-sso-test-elsewhere = Un test de connexion se lance depuis la carte SSO de votre produit. Revenez-y et cliquez sur « Tester la connexion SSO ».
embed-not-set-up = L'intégration n'est pas configurée
embed-not-set-up-lead = Cette instance de Portico n'a pas de PORTICO_EMBED_SECRET ; elle n'accepte donc aucun jeton d'intégration.
embed-unknown-parent = Portico ne peut pas déterminer quel site l'intègre
embed-unknown-parent-lead = La page qui intègre Portico n'a envoyé aucun en-tête Referer désignant l'une des embed_origins. Conservez la politique de référent (referrer policy) par défaut sur la page hôte, ou n'indiquez qu'une seule origine dans embed_origins.
embed-appearance-refused = Portico n’a pas pu appliquer l’apparence demandée par le produit hôte : { $reason }.
