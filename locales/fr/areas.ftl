# Français : les fonctionnalités entreprise et leurs états. Traduit par l'équipe Portico,
# pas encore relu par un locuteur natif : à faire relire avant qu'un client ne s'y fie.

area-title = { $intent ->
    [sso] Authentification unique (SSO)
    [dsync] Synchronisation d'annuaire
    [domain_verification] Vérification de domaine
    [audit_logs] Journaux d'audit
    [log_streams] Flux de journaux
    [certificate_renewal] Renouvellement de certificat
   *[bring_your_own_key] Votre propre clé de chiffrement (BYOK)
}

# La fonctionnalité dans une phrase, après « de » (« Votre configuration de … est enregistrée »).
area-in-sentence = { $intent ->
    [sso] SSO
    [dsync] synchronisation d'annuaire
    [domain_verification] vérification de domaine
    [audit_logs] journaux d'audit
    [log_streams] flux de journaux
    [certificate_renewal] renouvellement de certificat
   *[bring_your_own_key] clé de chiffrement (BYOK)
}

area-in-banner = { $intent ->
    [sso] SSO
    [dsync] synchronisation d'annuaire
    [domain_verification] vérification de domaine
    [audit_logs] journaux d'audit
    [log_streams] flux de journaux
    [certificate_renewal] renouvellement de certificat
   *[bring_your_own_key] clé de chiffrement (BYOK)
}

# Noms courts, pour la navigation dans la page et les badges de la console interne.
area-short = { $intent ->
    [sso] SSO
    [dsync] Annuaire
    [domain_verification] Domaines
    [audit_logs] Journaux d'audit
    [log_streams] Flux de journaux
    [certificate_renewal] Certificats
   *[bring_your_own_key] BYOK
}

area-description = { $intent ->
    [sso] Permettez à vos utilisateurs de se connecter avec votre fournisseur d'identité (Okta, Entra ID, Google, etc.).
    [dsync] Ajoutez et retirez automatiquement les utilisateurs à partir de votre annuaire.
    [domain_verification] Prouvez que vous êtes propriétaire de vos domaines de messagerie.
    [audit_logs] Consultez qui a fait quoi dans votre organisation.
    [log_streams] Envoyez les événements d'audit vers votre SIEM (Datadog, Splunk, S3, etc.).
    [certificate_renewal] Remplacez un certificat de signature SAML qui arrive à expiration.
   *[bring_your_own_key] Chiffrez vos données avec une clé que vous contrôlez.
}

area-done = { $intent ->
    [sso] La configuration de l'authentification unique est terminée.
    [dsync] La configuration de la synchronisation d'annuaire est terminée.
    [domain_verification] La vérification de domaine est terminée.
    [audit_logs] Les paramètres des journaux d'audit sont enregistrés.
    [log_streams] La configuration du flux de journaux est terminée.
    [certificate_renewal] Le renouvellement du certificat est terminé.
   *[bring_your_own_key] La configuration de votre clé de chiffrement est terminée.
}

# Le bouton de la carte : ce qu'il fait selon l'état.
area-action = { $intent ->
    [sso] { $setup ->
        [active] Gérer le SSO
        [in_progress] Terminer la configuration du SSO
        [needs_attention] Corriger le SSO
       *[other] Configurer le SSO
    }
    [dsync] { $setup ->
        [active] Gérer la synchronisation d'annuaire
        [in_progress] Terminer la configuration de la synchronisation d'annuaire
        [needs_attention] Corriger la synchronisation d'annuaire
       *[other] Configurer la synchronisation d'annuaire
    }
    [domain_verification] Vérifier dans l'Admin Portal
    [audit_logs] { $setup ->
        [active] Consulter les journaux d'audit
        [needs_attention] Corriger les journaux d'audit
       *[other] Configurer les journaux d'audit
    }
    [log_streams] { $setup ->
        [active] Gérer le flux de journaux
        [in_progress] Terminer la configuration du flux de journaux
        [needs_attention] Corriger le flux de journaux
       *[other] Configurer un flux de journaux
    }
    [certificate_renewal] Renouveler le certificat
   *[bring_your_own_key] Configurer votre clé
}

area-banner-in-progress = Votre configuration de { $area } est enregistrée, mais pas encore active.
area-banner-unconfirmed = L'Admin Portal a indiqué que la configuration de { $area } était terminée, mais WorkOS ne le confirme pas encore.
area-banner-thanks = Merci. WorkOS a bien reçu vos paramètres de { $area }.

group-title = { $group ->
    [sign-in] Connexion
    [users] Utilisateurs
   *[logs-and-data] Journaux et données
}

setup-label = { $setup ->
    [not_configured] Non configuré
    [in_progress] En cours
    [active] Actif
   *[needs_attention] Action requise
}

domain-state = { $state ->
    [verified] Vérifié
    [pending] En attente du DNS
   *[failed] Enregistrement introuvable
}

activity-outcome = { $outcome ->
    [succeeded] Effectué
    [refused] Refusé
   *[failed] Échec
}

role-name = { $role ->
    [admin] administrateur
   *[member] membre
}

# Le badge d'une carte quand l'état chez WorkOS n'a pas pu être lu.
setup-unknown = État inconnu
setup-label-stale = { $state } (dernier état connu)
