# Français : les pages de connexion. Pas encore relu par un locuteur natif.

sign-in-page-title = Connexion · Portico
sign-in-password-page-title = Connexion par mot de passe · Portico
sign-in-heading = Connexion
sign-in-lead = Connectez-vous pour gérer les paramètres entreprise de votre organisation.
sign-in-work-email = E-mail professionnel
sign-in-continue = Continuer
sign-in-continuing = Un instant…
sign-in-sso-explained = Si votre organisation utilise l'authentification unique (SSO), votre fournisseur d'identité vous connecte.
sign-in-use-password = Utiliser plutôt un mot de passe
sign-in-password-lead = Saisissez votre mot de passe pour vous connecter.
sign-in-email = E-mail
sign-in-password = Mot de passe
sign-in-remember = Rester connecté sur cet appareil
sign-in-submit = Se connecter
sign-in-signing-in = Connexion…
sign-in-use-sso = Se connecter plutôt par authentification unique
