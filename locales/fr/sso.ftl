# Français : ce que signifie chaque code d'erreur SSO de WorkOS, et comment le corriger.
# Traduit par l'équipe Portico, pas encore relu par un locuteur natif : à faire relire
# avant qu'un client ne s'y fie. « Configurer le SSO » et « Vérification de domaine » sont
# les libellés de la page (area-action, area-title).

sso-error-what = { $code ->
    [access_denied] Votre fournisseur d'identité a refusé la connexion : la personne n'est pas affectée à l'application chez ce fournisseur, ou elle a refusé.
    [ambiguous_connection_selector] Votre organisation a plusieurs connexions SSO ; on ne sait donc pas laquelle doit connecter les utilisateurs.
    [connection_domain_invalid] Aucune connexion SSO n'est configurée pour le domaine de cet e-mail.
    [connection_invalid] La connexion SSO n'existe plus.
    [connection_strategy_invalid] Le fournisseur de connexion est configuré de plusieurs façons.
    [connection_unlinked] La connexion SSO n'est pas active : sa configuration n'a pas été terminée, ou elle a été désactivée.
    [domain_connection_selector_not_allowed] La tentative de connexion a désigné la connexion SSO d'une manière que WorkOS n'accepte plus.
    [idp_initiated_sso_disabled] La connexion a été lancée depuis le tableau de bord d'applications de votre fournisseur d'identité, ce que cette connexion SSO n'autorise pas.
    [invalid_connection_selector] La tentative de connexion n'a pas indiqué quelle connexion SSO utiliser.
    [organization_invalid] Il n'existe aucune connexion SSO active pour cette organisation.
    [oauth_failed] L'étape OAuth du fournisseur de connexion a échoué.
    [profile_not_allowed_outside_organization] L'e-mail envoyé par votre fournisseur d'identité n'appartient à aucun des domaines vérifiés de votre organisation.
    [server_error] La connexion a échoué chez le fournisseur d'identité ou chez WorkOS. Les causes habituelles sont un certificat SAML expiré ou remplacé, et un mappage d'attributs qui n'envoie pas d'e-mail.
    [signin_consent_denied] La personne a refusé l'écran qui lui demandait de confirmer la connexion.
   *[other] La connexion a échoué pour une raison que WorkOS n'a pas précisée.
}

sso-error-fix = { $code ->
    [access_denied] Dans votre fournisseur d'identité, affectez la personne (ou l'un de ses groupes) à l'application, puis testez à nouveau.
    [ambiguous_connection_selector] Ouvrez « Configurer le SSO », supprimez la connexion que vous n'utilisez plus, puis testez à nouveau.
    [connection_domain_invalid] Vérifiez le domaine sous « Vérification de domaine » et assurez-vous que votre connexion le couvre.
    [connection_invalid] Configurez à nouveau le SSO avec « Configurer le SSO ».
    [connection_strategy_invalid] Votre configuration n'est pas en cause : prévenez votre opérateur Portico en indiquant l'heure à laquelle c'est arrivé.
    [connection_unlinked] Ouvrez « Configurer le SSO » et terminez la configuration, puis testez à nouveau.
    [domain_connection_selector_not_allowed] Votre configuration n'est pas en cause : prévenez votre opérateur Portico en indiquant l'heure à laquelle c'est arrivé.
    [idp_initiated_sso_disabled] Commencez plutôt depuis la page de connexion de Portico, ou autorisez dans « Configurer le SSO » les connexions lancées depuis le fournisseur d'identité.
    [invalid_connection_selector] Votre configuration n'est pas en cause : prévenez votre opérateur Portico en indiquant l'heure à laquelle c'est arrivé.
    [organization_invalid] Configurez le SSO avec « Configurer le SSO » (ou terminez une connexion restée à l'état de brouillon), puis testez à nouveau.
    [oauth_failed] Réessayez. Si l'échec persiste, vérifiez l'ID client et le secret client de l'application OAuth chez le fournisseur.
    [profile_not_allowed_outside_organization] Vérifiez le domaine de cet e-mail sous « Vérification de domaine », ou associez l'attribut e-mail de votre fournisseur d'identité à l'adresse professionnelle des utilisateurs.
    [server_error] Vérifiez le certificat et le mappage d'attributs dans « Configurer le SSO ». Votre opérateur Portico peut consulter les détails de cette connexion chez WorkOS.
    [signin_consent_denied] Testez à nouveau et confirmez la connexion.
   *[other] Testez à nouveau. Si l'échec persiste, communiquez à votre opérateur Portico le code affiché ici.
}

# La page de résultat du test de connexion SSO. « Activité récente » est activity-heading.
sso-test-page-title = Test de connexion SSO · Portico
sso-test-cannot-finish = Impossible de terminer cette connexion
sso-test-nothing = Rien à afficher ici
sso-test-nothing-lead = Cette adresse affiche le résultat d'une connexion SSO lorsque votre fournisseur d'identité vous y renvoie.
sso-test-close-tab = Fermez cet onglet pour revenir à votre produit. Ce test y apparaît dans « Activité récente ».
sso-test-again = Tester à nouveau
sso-test-worked = Le test de connexion a réussi
sso-test-worked-lead = Votre fournisseur d'identité vous a connecté via { $provider }. Voici ce qu'il a envoyé.
sso-test-failed = Le test de connexion a échoué
sso-test-what-happened = Ce qui s'est passé :
sso-test-how-to-fix = Comment corriger le problème
sso-test-error-code = Code d'erreur
sso-test-workos-said = Message de WorkOS
sso-test-domain-verified = { $domain } fait partie de vos domaines vérifiés : les personnes qui ont une adresse de ce domaine peuvent se connecter à Portico par SSO.
sso-test-domain-unverified = { $domain } ne fait pas partie de vos domaines vérifiés : les personnes qui ont une adresse de ce domaine ne peuvent pas se connecter à Portico par SSO. Vérifiez-le sous « Vérification de domaine ».
sso-test-missing = Manquant
sso-test-missing-attributes = Manquant : { $attributes }. Mappez ces attributs dans les paramètres de l'application chez votre fournisseur d'identité, puis testez à nouveau.
sso-test-used = Ce que Portico utilise
sso-test-used-label = Attributs utilisés par Portico
sso-test-attribute = Attribut
sso-test-value = Valeur
sso-test-used-for = Utilisé pour
sso-test-received = Tout ce que votre fournisseur d'identité a envoyé
sso-test-received-label = Attributs reçus
sso-test-nothing-kept = Portico ne conserve aucune de ces valeurs : seul le fait que vous avez effectué un test, avec les noms des attributs, figure dans « Activité récente ».
sso-test-uses-email = Retrouve le compte Portico de la personne, ou le crée lors de sa première connexion.
sso-test-uses-name = Son nom dans Portico.
sso-test-uses-groups = Fait des membres des groupes désignés par votre opérateur des administrateurs (sso.admin_groups).
sso-test-other-organization = Le fournisseur d'identité a connecté la personne pour l'organisation { $organization }, et non pour celle-ci.
