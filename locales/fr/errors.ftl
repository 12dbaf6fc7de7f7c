# Français : ce qu'on dit à une personne quand quelque chose échoue ou est refusé. Traduit
# par l'équipe Portico, pas encore relu par un locuteur natif : à faire relire avant qu'un
# client ne s'y fie.

error-unrecorded = Portico n'a pas pu enregistrer cette action dans sa piste d'audit. Si la modification a été faite chez WorkOS, elle figure dans le journal de Portico ; veuillez réessayer dans quelques instants.
error-internal = Une erreur s'est produite de notre côté. Veuillez réessayer ; si le problème persiste, contactez votre opérateur Portico.
error-not-in-plan = « { $area } » ne fait pas partie de l'offre de l'organisation { $organization }.
error-not-linked = L'organisation { $organization } n'est pas encore liée à WorkOS. Demandez à votre opérateur Portico de la lier.
error-workos-rate-limited-for = { PLURAL($seconds) ->
    [one] WorkOS limite actuellement les requêtes. Réessayez dans { $seconds } seconde.
   *[other] WorkOS limite actuellement les requêtes. Réessayez dans { $seconds } secondes.
}
error-workos-rate-limited = WorkOS limite actuellement les requêtes. Réessayez dans une minute.
error-organization-over-budget = { PLURAL($seconds) ->
    [one] Votre organisation a envoyé de nombreuses requêtes à WorkOS au cours de la dernière minute. Réessayez dans { $seconds } seconde.
   *[other] Votre organisation a envoyé de nombreuses requêtes à WorkOS au cours de la dernière minute. Réessayez dans { $seconds } secondes.
}
error-portico-over-budget = { PLURAL($seconds) ->
    [one] Portico envoie actuellement de nombreuses requêtes à WorkOS. Réessayez dans { $seconds } seconde.
   *[other] Portico envoie actuellement de nombreuses requêtes à WorkOS. Réessayez dans { $seconds } secondes.
}
error-workos-key-rejected = La clé d'API WorkOS de Portico a été refusée. Demandez à votre opérateur Portico de vérifier WORKOS_API_KEY.
error-workos-unknown-organization = Cette organisation est inconnue de WorkOS. Demandez à votre opérateur Portico de la lier à nouveau.
error-workos-refused = WorkOS a refusé la requête. Demandez à votre opérateur Portico de consulter les journaux de Portico.
error-workos-key-permission = Il manque à la clé d'API WorkOS de Portico une autorisation nécessaire pour cette action. Demandez à votre opérateur Portico de vérifier les autorisations de la clé.
error-workos-down = WorkOS ne répond pas pour le moment. Veuillez réessayer dans une minute.

error-wrong-password = E-mail ou mot de passe incorrect.
error-missing-credentials = Saisissez votre e-mail et votre mot de passe.
error-no-organization = Votre compte n'est encore membre d'aucune organisation.
error-sso-required = L'organisation { $organization } utilise l'authentification unique, pas les mots de passe. Saisissez votre e-mail professionnel et choisissez « Continuer » : votre fournisseur d'identité vous connecte.
# Ce qu'un membre a demandé et que seuls les administrateurs peuvent faire.
error-admins-only = { $refused ->
    [open-setup] Seul un administrateur de l'organisation { $organization } peut ouvrir une configuration.
    [read-activity] Seul un administrateur de l'organisation { $organization } peut consulter son activité.
    [export-activity] Seul un administrateur de l'organisation { $organization } peut télécharger son activité.
   *[change-settings] Seul un administrateur de l'organisation { $organization } peut modifier ces paramètres.
}
error-not-member = Vous n'êtes pas membre de cette organisation.
error-too-many-sign-ins = { PLURAL($seconds) ->
    [one] Trop de tentatives de connexion. Réessayez dans { $seconds } seconde.
   *[other] Trop de tentatives de connexion. Réessayez dans { $seconds } secondes.
}
error-sign-ins-busy = Portico est occupé à vérifier d'autres connexions. Réessayez dans quelques secondes.
error-sign-in-unrecorded = Portico n'a pas pu enregistrer cette action dans sa piste d'audit ; elle n'a donc pas été effectuée. Veuillez réessayer dans quelques instants.
error-sign-in-first = Veuillez d'abord vous connecter.
error-unreadable-request = Impossible de lire la requête : { $detail }
error-missing-field = Le champ « { $field } » est manquant.
error-unreachable = Impossible de joindre Portico. Vérifiez votre connexion et réessayez.

# Pourquoi la saisie n'est pas un domaine : complète « "acme .com" … ».
domain-reason = { $reason ->
    [empty] est vide
    [more-than-a-domain] contient plus qu'un domaine
    [email-address] est une adresse e-mail, pas un domaine
    [spaces] contient des espaces
    [port] contient un port
    [ip-address] est une adresse IP
    [ends-in-number] se termine par un chiffre
    [bad-characters] contient des caractères interdits dans un domaine
    [needs-a-dot] doit contenir un point, comme dans acme.com
    [too-long] dépasse 253 caractères
   *[bad-part] contient une partie vide, trop longue ou avec des caractères inhabituels
}

error-domain-empty = Saisissez un domaine, par exemple acme.com.
# $typed est la saisie, entre guillemets ; $reason la raison de domain-reason.
error-domain-bad = { $typed } { $reason }. Saisissez uniquement le domaine, par exemple acme.com.
error-domain-taken = { $domain } est déjà revendiqué par une organisation chez WorkOS. S'il devrait être à vous, retirez-le d'abord de cette organisation.
error-domain-ours = { $state ->
    [verified] { $domain } fait déjà partie de vos domaines et il est vérifié.
    [failed] { $domain } fait déjà partie de vos domaines : sa vérification a échoué. Publiez l'enregistrement TXT affiché ci-dessous, puis relancez la vérification.
   *[pending] { $domain } fait déjà partie de vos domaines et attend son enregistrement DNS : publiez l'enregistrement TXT affiché ci-dessous, puis lancez la vérification.
}
error-domain-verified = { $domain } est déjà vérifié.
error-domain-not-ours = Ce domaine n'appartient pas à votre organisation. Rechargez la page pour voir ses domaines.

error-it-admin-email-empty = Saisissez l'adresse e-mail de votre administrateur informatique.
error-it-admin-email-bad = { $typed } n'est pas une adresse e-mail. Saisissez une adresse comme it@acme.com.
error-it-admin-no-areas = Cochez au moins une fonctionnalité que votre administrateur informatique doit configurer.
error-it-admin-bad-area = Choisissez des fonctionnalités dans la liste : WorkOS n'envoie les administrateurs informatiques que vers celles-ci.
error-it-admin-nothing-to-revoke = Il n'y a aucune invitation à révoquer. Rechargez la page pour voir où en sont les choses.
error-it-admin-unrecorded = WorkOS a ajouté le contact informatique, mais Portico n'a pas pu l'enregistrer dans sa piste d'audit (l'opération figure dans le journal de Portico). Veuillez réessayer dans quelques instants.

error-portal-unrecorded = Portico n'a pas pu enregistrer cette action dans sa piste d'audit ; le lien de configuration n'a donc pas été ouvert. Veuillez réessayer ; si le problème persiste, contactez votre opérateur Portico.
error-portal-untrusted-link = WorkOS a répondu avec un lien de configuration auquel Portico ne fait pas confiance ; il n'a donc pas été ouvert. Demandez à votre opérateur Portico de vérifier le paramètre portal_hosts.
error-unknown-provider = Choisissez un fournisseur dans la liste.

error-sso-not-configured = La connexion SSO n'est pas configurée sur cette instance de Portico : demandez à votre opérateur Portico de définir WORKOS_CLIENT_ID.
error-sso-unexpected = Cette connexion n'a pas commencé dans ce navigateur, ou elle est déjà terminée. Recommencez la connexion.
error-sso-expired = Cette connexion a pris plus de dix minutes. Recommencez la connexion.
error-sso-refused = Votre fournisseur d'identité ne vous a pas connecté : { $what } { $fix }
error-sso-other-organization = Votre fournisseur d'identité vous a connecté pour une autre organisation que celle de votre e-mail ; Portico ne vous a donc pas connecté. Prévenez votre administrateur informatique.
error-sso-outside-domains = Votre fournisseur d'identité vous a connecté en tant que { $email }, qui n'appartient à aucun des domaines vérifiés de votre organisation ; Portico ne vous a donc pas connecté. Prévenez votre administrateur informatique.
error-sso-not-a-member = { $email } a déjà un compte Portico, qui n'est pas membre de l'organisation { $organization }. Demandez à un administrateur de l'organisation { $organization } de vous ajouter, puis reconnectez-vous.
error-sso-unrecorded = Portico n'a pas pu enregistrer cette connexion dans sa piste d'audit ; elle n'a donc pas eu lieu. Veuillez réessayer dans quelques instants.

error-export-unknown-parameter = `{ $name }` n'est pas un paramètre d'export : utilisez format, from et to.
error-export-twice = `{ $name }` est indiqué deux fois.
error-export-format = Format inconnu { $format } : utilisez csv ou jsonl.
error-export-empty-range = La période est vide : `from` doit précéder `to`.
error-export-not-a-date = `{ $name }` doit être une date comme 2026-11-01 ou une heure comme 2026-11-01T09:30:00Z, et non { $typed }.
error-export-out-of-range = `{ $name }` est hors limites.
error-export-elsewhere = Les téléchargements se lancent depuis la carte d'activité de la page des paramètres de Portico.

error-break-glass-needs-password = Seuls les administrateurs de l'organisation qui ont un mot de passe peuvent conserver la connexion par mot de passe.
error-require-sso-inactive = Pour imposer le SSO, il faut une connexion SSO active : terminez d'abord « Configurer le SSO », puis testez-la.
error-require-sso-no-break-glass = Choisissez au moins un administrateur qui conserve la connexion par mot de passe, pour qu'une panne du fournisseur d'identité ne bloque pas tout le monde.
error-require-sso-locks-you-out = Vous êtes connecté par mot de passe : gardez-vous parmi les administrateurs qui conservent la connexion par mot de passe, ou connectez-vous d'abord par SSO. Cet enregistrement vous déconnecterait.
error-work-email = Saisissez votre e-mail professionnel, par exemple jane@example.com.
