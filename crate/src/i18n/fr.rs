//! French: every key of [`super::table::TABLE`], in the words of the French Azure portal
//! ("Identificateur (ID d'entité)", "URL de réponse", "Empreinte numérique", "Certificats SAML")
//! and of GoTo's Organization Center ("Fournisseur d'identité").

/// Key → sentence, with the same `{n}` placeholders as English.
pub const TEXTS: &[(&str, &str)] = &[
    (
        "app-mismatch",
        "La page appartient à l'application {0}, mais son URL de métadonnées désigne l'application {1}. Rien n'a été capturé : rouvrez la page Authentification unique SAML de l'application.",
    ),
    (
        "background-restarted",
        "Le navigateur a interrompu ssobridge avant la fin : appuyez à nouveau sur le bouton.",
    ),
    (
        "bad-entity-id",
        "« {0} » n'est pas un ID d'entité Azure AD (attendu : https://sts.windows.net/<tenant-id>/).",
    ),
    (
        "bad-login-url",
        "« {0} » n'est pas une URL de connexion Microsoft (attendu : https://login.microsoftonline.com/<tenant-id>/saml2).",
    ),
    ("bad-message", "Message interne refusé : {0}"),
    (
        "bad-metadata-url",
        "« {0} » n'est pas une URL de métadonnées de fédération Azure (attendu : https://login.microsoftonline.com/<tenant-id>/federationmetadata/2007-06/federationmetadata.xml?appid=<app-id>).",
    ),
    ("button-capture", "Envoyer à GoTo"),
    ("button-confirm", "Remplacer les valeurs différentes"),
    ("button-copy", "Copier"),
    ("button-fill", "Remplir depuis Azure AD"),
    ("button-fill-sp", "Remplir les valeurs GoTo"),
    ("button-page-report", "Enregistrer un rapport de page"),
    (
        "capture-incomplete",
        "La dernière capture n'est pas allée au bout : il n'y a rien de vérifié à remplir. Ajoutez le certificat (Base64) ou le fichier XML des métadonnées de fédération dans la fenêtre de ssobridge, ou appuyez à nouveau sur « Envoyer à GoTo » dans Azure.",
    ),
    (
        "captured",
        "Capturé et vérifié avec les métadonnées de l'application (certificat {0}, valide jusqu'au {1}). Ouvrez maintenant l'onglet Fournisseur d'identité de GoTo et appuyez sur « Remplir depuis Azure AD ».",
    ),
    ("cert-choice", "Choisi"),
    ("cert-issuer", "Émetteur"),
    ("cert-key", "Clé"),
    ("cert-other", "Également listé"),
    ("cert-serial", "Numéro de série"),
    ("cert-subject", "Objet"),
    ("cert-valid", "Validité"),
    (
        "certificate-expired",
        "Le certificat de signature {1} a expiré le {0} ; la connexion échoue avec lui, il n'a donc pas été capturé. Dans Azure, sous Certificats SAML, créez un nouveau certificat (ou activez-en un plus récent), enregistrez, puis appuyez à nouveau sur « Envoyer à GoTo ».",
    ),
    (
        "certificate-expiring",
        "Le certificat de signature expire le {0}, dans moins de {1} jours. Préparez le remplacement : dans Azure, créez un nouveau certificat, rendez-le actif et remplissez GoTo à nouveau.",
    ),
    (
        "certificate-not-active",
        "Ce certificat ({0}) n'est pas celui qu'Azure indique comme actif ({1}) ; rien n'a été modifié. Téléchargez le certificat actif depuis la section Certificats SAML de l'application.",
    ),
    (
        "certificate-not-yet-valid",
        "Le certificat de signature {1} n'est pas valide avant le {0}, il n'a donc pas été capturé. Dans Azure, gardez le certificat actuel actif jusque-là, ou attendez et appuyez à nouveau sur « Envoyer à GoTo ».",
    ),
    (
        "certificate-request",
        "Le fichier est une demande de certificat, pas un certificat. Téléchargez plutôt « Certificat (Base64) » depuis Azure.",
    ),
    (
        "check-add-app",
        "Dans Azure, ajoutez l'application GoToMeeting de la galerie et choisissez l'authentification unique SAML.",
    ),
    (
        "check-assign-test",
        "Affectez des utilisateurs à l'application dans Azure et testez la connexion.",
    ),
    (
        "check-basic-saml",
        "Remplissez la configuration SAML de base (Identificateur, URL de réponse, État de relais) et enregistrez-la.",
    ),
    (
        "check-capture",
        "Capturez l'URL de connexion, l'ID d'entité et le certificat (Envoyer à GoTo).",
    ),
    (
        "check-goto-fill",
        "Dans l'Organization Center de GoTo, remplissez le formulaire Fournisseur d'identité.",
    ),
    (
        "check-goto-save",
        "Vérifiez et enregistrez le formulaire dans GoTo.",
    ),
    ("choosing-mode", "Choix du mode de configuration…"),
    (
        "click-covered",
        "un élément de la page couvrait le bouton à l'endroit du clic",
    ),
    (
        "click-focus-moved",
        "la touche a atteint le bouton parce que la page y a déplacé le focus, pas vous",
    ),
    (
        "click-no-round",
        "cette étape ne suivait pas un clic de votre part sur le bouton",
    ),
    (
        "click-not-trusted",
        "le clic ne venait pas de vous mais d'un script",
    ),
    (
        "click-off-screen",
        "le bouton n'était pas entièrement dans la fenêtre",
    ),
    (
        "click-restyled",
        "la page avait déplacé ou restylé le bouton",
    ),
    (
        "click-too-soon",
        "le bouton de confirmation a été cliqué à l'instant où il est apparu, avant d'avoir pu être lu",
    ),
    (
        "click-transparent",
        "la page avait rendu le bouton transparent ou masqué",
    ),
    (
        "conflict",
        "Des valeurs différentes sont déjà saisies : {0}. Appuyez sur « Remplacer les valeurs différentes » pour les écraser.",
    ),
    ("drift-difference", "{0} : GoTo « {1} » ≠ Azure « {2} »"),
    ("drift-differs", "GoTo diffère d'Azure :"),
    (
        "drift-in-sync",
        "GoTo contient ce que contient Azure : synchronisé.",
    ),
    ("empty-input", "L'entrée est vide."),
    (
        "extDescription",
        "Copie les paramètres SAML d'une app Azure AD dans l'Organization Center de GoTo, et ceux de GoTo dans Azure. Rien ne sort du PC.",
    ),
    ("extName", "ssobridge : SAML Azure AD vers GoTo"),
    (
        "fetch-http-status",
        "Le serveur a répondu HTTP {0} au lieu des métadonnées.",
    ),
    (
        "fetch-network",
        "La requête a échoué (hors connexion, ou bloquée par le réseau ou une autre extension).",
    ),
    (
        "fetch-redirected",
        "Le serveur a redirigé vers une autre adresse, ce que ssobridge ne suit jamais.",
    ),
    (
        "fetch-timed-out",
        "Aucune réponse complète n'est arrivée en {0} secondes.",
    ),
    (
        "fetch-too-large",
        "La réponse dépasse {0} octets, bien plus que toutes métadonnées : la lecture a été arrêtée.",
    ),
    (
        "fetching-metadata",
        "Lecture des métadonnées de fédération de l'application…",
    ),
    ("field-certificate", "certificat de signature"),
    ("field-change", "{0} : « {1} » → « {2} »"),
    ("field-entity-id", "ID d'entité"),
    ("field-metadata-url", "URL des métadonnées"),
    ("field-metadata-xml", "fichier de métadonnées"),
    ("field-not-after", "Expiration"),
    ("field-sign-in-url", "URL de connexion"),
    ("field-sign-out-url", "URL de déconnexion"),
    ("field-tenant-id", "ID de locataire"),
    ("field-thumbprint-sha1", "Empreinte numérique (SHA-1)"),
    (
        "filled",
        "{0} champ(s) rempli(s) ; {1} déjà correct(s). Vérifiez le formulaire, puis appuyez sur Enregistrer.",
    ),
    ("form-certificate", "Certificat de vérification"),
    ("form-entity-id", "ID d'entité du fournisseur d'identité"),
    ("form-identifier", "Identificateur (ID d'entité)"),
    (
        "form-identity-provider-fields",
        "Champs du fournisseur d'identité",
    ),
    ("form-metadata-file", "Fichier de métadonnées"),
    ("form-metadata-url", "URL des métadonnées"),
    (
        "form-not-found",
        "Le formulaire est introuvable sur cette page : pas de {0}.",
    ),
    ("form-relay-state", "État de relais"),
    ("form-reply-url", "URL de réponse"),
    ("form-sign-in-binding", "Liaison de connexion"),
    ("form-sign-in-url", "URL de la page de connexion"),
    ("form-sign-out-binding", "Liaison de déconnexion"),
    ("form-sign-out-url", "URL de la page de déconnexion"),
    (
        "frame-ancestry-unknown",
        "le navigateur n'indique pas quel site encadre cette page",
    ),
    (
        "frame-foreign-ancestor",
        "cette page est encadrée par un autre site",
    ),
    ("frame-not-allowed", "ssobridge n'agit pas ici : {0}."),
    ("frame-sandboxed", "ce cadre est en bac à sable"),
    ("host-not-allowed", "ssobridge n'agit pas sur {0}."),
    (
        "input-too-large",
        "Le fichier fait {0} octets ; ssobridge lit au plus {1} octets (1 Mio). Les métadonnées et certificats d'Azure sont bien plus petits : ce n'est probablement pas le bon fichier.",
    ),
    (
        "invalid-base64",
        "Le texte Base64 ne se décode pas ({0}) ; il est peut-être tronqué ou endommagé. Copiez à nouveau le certificat entier.",
    ),
    (
        "invalid-pem",
        "Le texte PEM est endommagé ({0}). Il doit commencer par -----BEGIN CERTIFICATE----- et finir par -----END CERTIFICATE-----.",
    ),
    ("lang", "fr"),
    (
        "metadata-fetch-failed",
        "Les métadonnées de fédération de l'application n'ont pas pu être récupérées : {0} Ce que montre la page a été conservé ; ajoutez le certificat (Base64) ou le fichier XML des métadonnées de fédération dans la fenêtre de ssobridge.",
    ),
    (
        "metadata-unknown",
        "Ce que montre la page a été conservé, mais l'URL des métadonnées n'y figure pas, le certificat manque donc : ajoutez le certificat (Base64) ou le fichier XML des métadonnées de fédération dans la fenêtre de ssobridge.",
    ),
    (
        "metadata-unreadable",
        "Les métadonnées de fédération de l'application ont été récupérées mais ne sont pas utilisables : {0} Ce que montre la page a été conservé ; ajoutez le certificat (Base64) ou le fichier XML des métadonnées de fédération dans la fenêtre de ssobridge.",
    ),
    (
        "missing-value",
        "Valeur non capturée : {0}. Capturez-la sur la page Authentification unique SAML d'Azure, ou ajoutez le certificat ou le fichier de métadonnées dans la fenêtre de ssobridge.",
    ),
    ("mode-automatic", "Automatique (URL des métadonnées)"),
    ("mode-manual", "Manuel"),
    ("mode-metadata-file", "Charger le fichier de métadonnées"),
    (
        "mode-not-available",
        "La liste de configuration ne propose pas ou ne garde pas le mode {0}. Choisissez-le à la main, puis appuyez à nouveau sur le bouton.",
    ),
    (
        "no-sign-in-service",
        "Les métadonnées n'indiquent aucune URL de connexion (aucun SingleSignOnService avec la liaison HTTP-Redirect ou HTTP-POST) : GoTo ne pourrait pas envoyer les utilisateurs vers Azure.",
    ),
    (
        "no-signing-certificate",
        "Les métadonnées n'indiquent aucun certificat de signature (KeyDescriptor use=\"signing\").",
    ),
    (
        "not-a-certificate",
        "Les données ne sont pas un certificat X.509 ({0}).",
    ),
    (
        "not-metadata",
        "Ce XML n'est pas des métadonnées SAML : il n'a pas d'EntityDescriptor avec un IDPSSODescriptor.",
    ),
    (
        "not-saml-response",
        "Ce n'est pas une réponse SAML 2.0. Donnez la valeur SAMLResponse telle que postée (Base64), le corps du formulaire qui la contient, ou le XML samlp:Response décodé.",
    ),
    (
        "nothing-captured",
        "Rien n'a encore été capturé. Ouvrez d'abord la page Authentification unique SAML de l'application dans Azure et appuyez sur « Envoyer à GoTo ».",
    ),
    (
        "nothing-found",
        "Aucun paramètre SAML n'a été trouvé sur cette page. Attendez que la page soit chargée, ou ouvrez la page Authentification unique SAML de l'application.",
    ),
    ("outcome-already-correct", "déjà correct"),
    ("outcome-attached", "fichier joint"),
    ("outcome-conflict", "contient une autre valeur"),
    ("outcome-filled", "rempli"),
    (
        "outcome-refused",
        "refusé par la page : collez-le à la main",
    ),
    (
        "page-disagrees",
        "La page et les métadonnées de l'application ne concordent pas : rien n'a été capturé (les paramètres précédents restent) : {0}. Rechargez la page ; si cela persiste, vérifiez l'application dans Azure.",
    ),
    (
        "page-metadata-difference",
        "{0} : la page affiche {1}, les métadonnées indiquent {2}",
    ),
    (
        "page-report-unavailable",
        "ssobridge ne lit pas cet onglet : un rapport de page se fait sur le portail Azure ou dans l'Organization Center de GoTo.",
    ),
    (
        "policy-invalid-value",
        "La stratégie de votre organisation définit {0} sur {1}, que ssobridge ne comprend pas ; elle est ignorée.",
    ),
    (
        "policy-locked",
        "{0} est défini par votre organisation et ne peut pas être modifié ici.",
    ),
    (
        "policy-not-object",
        "La stratégie de votre organisation pour ssobridge n'est pas un ensemble de valeurs nommées ({0}) ; elle est ignorée.",
    ),
    (
        "policy-set-by-organisation",
        "Défini par votre organisation",
    ),
    (
        "policy-unknown-key",
        "La stratégie de votre organisation nomme {0}, qui n'est pas un paramètre de ssobridge ; il est ignoré.",
    ),
    (
        "policy-unreadable",
        "Le navigateur n'a pas pu lire la stratégie de votre organisation pour ssobridge ({0}) : la vérification de connexion est désactivée jusqu'à ce qu'il le puisse.",
    ),
    ("popup-add", "Ajouter un certificat ou des métadonnées"),
    ("popup-added", "Ajouté."),
    ("popup-checklist", "Liste de configuration"),
    ("popup-clear", "Effacer"),
    ("popup-cleared", "Effacé."),
    ("popup-copy", "Copier"),
    ("popup-download-pem", "Télécharger le PEM"),
    (
        "popup-drop",
        "Déposez ici Certificat (Base64), Certificat (brut) ou XML des métadonnées de fédération, ou choisissez un fichier",
    ),
    ("popup-fetch", "Lire"),
    ("popup-fill", "Comment remplir GoTo"),
    ("popup-last-fill", "Dernier remplissage"),
    (
        "popup-metadata-url",
        "URL des métadonnées de fédération d'application",
    ),
    ("popup-mode", "Mode"),
    (
        "popup-nothing",
        "Rien n'a encore été capturé. Ouvrez la page Authentification unique SAML de l'application dans Azure et appuyez sur « Envoyer à GoTo ».",
    ),
    ("popup-page-report", "Rapport de page"),
    (
        "popup-page-report-about",
        "Ce que ssobridge a vu de cette page, chaque valeur remplacée par sa forme (ni locataire, ni application, ni personne, ni certificat). Rien n'est envoyé : vous enregistrez le fichier, et pouvez le joindre à un ticket si ssobridge ne comprend pas la page.",
    ),
    (
        "popup-page-report-show",
        "Afficher ce que ssobridge voit sur cette page",
    ),
    ("popup-product", "Produit GoTo (État de relais)"),
    ("popup-settings", "Paramètres Azure AD capturés"),
    ("popup-signin", "Vérifier une connexion de test"),
    (
        "private-key",
        "Le fichier contient une clé privée. ssobridge ne lit jamais de clé privée ; GoTo n'a besoin que du certificat. Gardez ce fichier secret.",
    ),
    (
        "reason-matches-portal-thumbprint",
        "Son empreinte numérique est celle que le portail Azure indique comme active.",
    ),
    (
        "reason-newest-valid",
        "Il est valide maintenant et c'est le plus récemment émis des certificats valides.",
    ),
    (
        "reason-none-valid-latest-expiry",
        "Aucun certificat n'est valide maintenant ; celui-ci expire le dernier. Renouvelez le certificat dans Azure.",
    ),
    ("reason-only", "C'est le seul certificat de signature."),
    (
        "refused",
        "La page n'a pas gardé : {0}. Copiez la valeur depuis la fenêtre de ssobridge et collez-la à la main.",
    ),
    (
        "response-base64",
        "La valeur SAMLResponse ne se décode pas en Base64 ({0}) ; elle est peut-être tronquée. Copiez à nouveau la valeur entière.",
    ),
    (
        "several-idp-entities",
        "Les métadonnées décrivent plusieurs fournisseurs d'identité ({0}) et aucun n'est le locataire de cette application. Utilisez l'URL des métadonnées de fédération de l'application elle-même.",
    ),
    (
        "several-signing-certificates",
        "L'entrée liste {0} certificats de signature (un remplacement). Le certificat {1} a été choisi : {2}",
    ),
    (
        "signin-audience-differs",
        "L'Audience de l'assertion est {0}, mais GoTo n'accepte que {1} : dans la configuration SAML de base d'Azure, définissez Identificateur (ID d'entité) sur {1}.",
    ),
    (
        "signin-audience-missing",
        "L'assertion ne nomme aucune Audience, et GoTo attend {0} : dans la configuration SAML de base d'Azure, définissez Identificateur (ID d'entité) sur {0}.",
    ),
    (
        "signin-audience-ok",
        "L'assertion est destinée à {0}, l'ID d'entité de GoTo.",
    ),
    (
        "signin-certificate-differs",
        "Azure signe avec le certificat {0} ; GoTo contient {1} : capturez à nouveau dans Azure (Envoyer à GoTo) et remplissez GoTo à nouveau avec le certificat qu'Azure indique comme actif.",
    ),
    (
        "signin-certificate-expired",
        "Azure signe avec le certificat {0}, qui a expiré le {1} : dans les Certificats SAML d'Azure, créez un nouveau certificat et rendez-le actif, puis capturez et remplissez GoTo à nouveau.",
    ),
    (
        "signin-certificate-newer",
        "Azure signe avec le certificat plus récent {0} ; GoTo contient encore {1} : capturez à nouveau dans Azure (Envoyer à GoTo) et remplissez GoTo à nouveau, pour que GoTo reçoive {0}.",
    ),
    (
        "signin-certificate-not-named",
        "La signature n'inclut pas son certificat : ssobridge ne peut pas dire avec lequel Azure signe ; GoTo la vérifie avec le certificat qu'il contient.",
    ),
    (
        "signin-certificate-not-yet-valid",
        "Azure signe avec le certificat {0}, valide seulement à partir du {1} : vérifiez l'horloge de cet ordinateur, et dans les Certificats SAML d'Azure rendez actif un certificat valide actuellement.",
    ),
    (
        "signin-certificate-ok",
        "Azure signe avec le certificat {0} (valide jusqu'au {1}), celui que contient GoTo.",
    ),
    (
        "signin-certificate-older",
        "Azure signe encore avec l'ancien certificat {0} ; GoTo contient déjà {1} : dans les Certificats SAML d'Azure, rendez {1} actif (ou remplissez GoTo à nouveau avec {0}).",
    ),
    (
        "signin-certificate-unchecked",
        "Azure signe avec le certificat {0} (valide jusqu'au {1}). Rien de capturé pour comparer : le Certificat de vérification de GoTo doit avoir cette empreinte numérique.",
    ),
    (
        "signin-certificate-unreadable",
        "Le certificat de la signature est illisible : {0}",
    ),
    (
        "signin-certificate-unsigned",
        "La réponse ne porte aucune signature : il n'y a pas de certificat à comparer (voir la vérification de la signature).",
    ),
    (
        "signin-check-off",
        "Votre organisation a désactivé la vérification de connexion.",
    ),
    (
        "signin-code-authn-failed",
        "Azure n'a pas pu authentifier l'utilisateur.",
    ),
    (
        "signin-code-invalid-attr-name-or-value",
        "Azure n'a pas accepté un nom ou une valeur d'attribut de la requête.",
    ),
    (
        "signin-code-invalid-name-id-policy",
        "Azure ne peut pas émettre le format de NameID demandé par la requête : dans Attributs et revendications d'Azure, donnez à Identificateur d'utilisateur unique (ID de nom) le format Adresse e-mail.",
    ),
    (
        "signin-code-no-authn-context",
        "Azure ne peut pas connecter l'utilisateur de la façon demandée par la requête.",
    ),
    (
        "signin-code-no-available-idp",
        "Aucun fournisseur d'identité n'est disponible pour connecter l'utilisateur.",
    ),
    (
        "signin-code-no-passive",
        "L'utilisateur aurait dû se connecter de façon interactive, ce que la requête n'autorisait pas : connectez-vous d'abord à Azure, puis testez à nouveau.",
    ),
    (
        "signin-code-no-supported-idp",
        "Aucun des fournisseurs d'identité nommés par la requête n'est pris en charge.",
    ),
    (
        "signin-code-partial-logout",
        "La déconnexion n'a pas été complète.",
    ),
    (
        "signin-code-proxy-count-exceeded",
        "La requête est passée par plus de fournisseurs d'identité qu'elle n'en autorise.",
    ),
    (
        "signin-code-request-denied",
        "Azure a refusé de connecter cet utilisateur : dans Utilisateurs et groupes de l'application dans Azure, affectez l'utilisateur ou l'un de ses groupes.",
    ),
    (
        "signin-code-request-unsupported",
        "Azure ne prend pas en charge un élément de la requête.",
    ),
    (
        "signin-code-request-version-deprecated",
        "Azure n'accepte plus les requêtes de cette version de SAML.",
    ),
    (
        "signin-code-request-version-too-high",
        "La version SAML de la requête est plus récente que ce qu'Azure accepte.",
    ),
    (
        "signin-code-request-version-too-low",
        "La version SAML de la requête est plus ancienne que ce qu'Azure accepte.",
    ),
    (
        "signin-code-requester",
        "Azure a trouvé une erreur dans la requête : vérifiez Identificateur (ID d'entité) et URL de réponse dans la configuration SAML de base d'Azure.",
    ),
    (
        "signin-code-resource-not-recognized",
        "Azure ne reconnaît pas l'application visée par la requête : vérifiez Identificateur (ID d'entité) dans la configuration SAML de base d'Azure.",
    ),
    (
        "signin-code-responder",
        "Azure n'a pas pu terminer la connexion de son côté.",
    ),
    (
        "signin-code-too-many-responses",
        "La réponse contiendrait plus d'assertions que la requête n'en autorise.",
    ),
    (
        "signin-code-unknown",
        "ssobridge ne sait pas décrire ce code d'état ; consultez-le dans les journaux de connexion d'Azure.",
    ),
    (
        "signin-code-unknown-attr-profile",
        "Azure ne connaît pas le profil d'attributs demandé par la requête.",
    ),
    (
        "signin-code-unknown-principal",
        "Azure ne connaît pas cet utilisateur : vérifiez que l'utilisateur existe dans le locataire et qu'il est affecté à l'application.",
    ),
    (
        "signin-code-unsupported-binding",
        "Azure ne peut pas répondre avec la liaison demandée par la requête.",
    ),
    (
        "signin-code-version-mismatch",
        "Azure n'accepte pas la version SAML de la requête.",
    ),
    (
        "signin-destination-differs",
        "{0} vaut {1}, et non {2} de GoTo : dans la configuration SAML de base d'Azure, définissez URL de réponse (URL Assertion Consumer Service) sur {2}.",
    ),
    (
        "signin-destination-missing",
        "La réponse ne nomme ni Destination ni Recipient, et GoTo attend {0} : dans la configuration SAML de base d'Azure, définissez URL de réponse (URL Assertion Consumer Service) sur {0}.",
    ),
    (
        "signin-destination-ok",
        "La réponse est adressée à l'URL de réponse de GoTo {0}.",
    ),
    (
        "signin-encrypted",
        "L'assertion est chiffrée : ssobridge ne peut pas la lire, et la configuration SAML de GoTo attend une assertion non chiffrée : dans Azure, ouvrez la page Chiffrement de jeton de l'application et désactivez-y le certificat.",
    ),
    (
        "signin-issuer-differs",
        "La réponse est émise par {0}, mais GoTo contient l'ID d'entité {1} : si c'est la bonne application, capturez-la dans Azure et remplissez GoTo à nouveau (ID d'entité du fournisseur d'identité) ; sinon, testez avec l'application dont GoTo a été rempli.",
    ),
    (
        "signin-issuer-inconsistent",
        "La réponse est émise par {0} mais son assertion par {1} ; GoTo attend un seul fournisseur d'identité pour les deux.",
    ),
    (
        "signin-issuer-missing",
        "La réponse ne nomme aucun Issuer : GoTo ne peut pas savoir quel fournisseur d'identité l'a envoyée.",
    ),
    (
        "signin-issuer-ok",
        "La réponse est émise par {0}, l'ID d'entité que contient GoTo.",
    ),
    (
        "signin-issuer-unchecked",
        "La réponse est émise par {0}. Rien de capturé pour comparer : l'ID d'entité du fournisseur d'identité dans GoTo doit être exactement celui-ci, barre oblique finale comprise.",
    ),
    (
        "signin-nameid-missing",
        "L'assertion ne nomme pas l'utilisateur (pas de NameID), et GoTo trouve les utilisateurs par e-mail : dans Attributs et revendications d'Azure, définissez Identificateur d'utilisateur unique (ID de nom) sur user.mail ou user.userprincipalname au format Adresse e-mail.",
    ),
    (
        "signin-nameid-not-email",
        "L'utilisateur est identifié comme {0} (format {1}), qui n'est pas une adresse e-mail, et GoTo trouve les utilisateurs par e-mail : dans Attributs et revendications d'Azure, définissez Identificateur d'utilisateur unique (ID de nom) sur user.mail ou user.userprincipalname au format Adresse e-mail.",
    ),
    (
        "signin-nameid-ok",
        "L'utilisateur est identifié comme {0}, une adresse e-mail : GoTo trouve l'utilisateur grâce à elle.",
    ),
    (
        "signin-no-assertion",
        "La réponse ne porte aucune assertion : Azure n'a connecté personne (voir la vérification de l'état).",
    ),
    (
        "signin-permission-refused",
        "La vérification de connexion doit voir ce que le navigateur envoie à l'adresse de connexion de GoTo ; sans cette autorisation, elle ne peut pas s'exécuter.",
    ),
    (
        "signin-privacy",
        "La réponse SAML nomme une personne : ssobridge la lit dans votre navigateur, ne la stocke ni ne l'envoie jamais, et ne garde que ces résultats.",
    ),
    (
        "signin-signed-assertion",
        "L'assertion est signée (ssobridge ne vérifie pas la signature ; GoTo le fait, avec le certificat qu'il contient).",
    ),
    (
        "signin-signed-both",
        "La réponse et son assertion sont signées (ssobridge ne vérifie pas les signatures ; GoTo le fait, avec le certificat qu'il contient).",
    ),
    (
        "signin-signed-missing",
        "Ni la réponse ni son assertion ne sont signées, et GoTo refuse les connexions non signées : dans les Certificats SAML d'Azure, définissez Option de signature sur Signer l'assertion SAML.",
    ),
    (
        "signin-signed-response",
        "La réponse est signée (ssobridge ne vérifie pas la signature ; GoTo le fait, avec le certificat qu'il contient).",
    ),
    (
        "signin-status-missing",
        "La réponse n'a pas de code d'état : elle ne dit pas que l'utilisateur est connecté ; GoTo la refuse.",
    ),
    (
        "signin-status-ok",
        "Azure a répondu Success : l'utilisateur est connecté.",
    ),
    (
        "signin-status-problem",
        "Azure a répondu {0} au lieu de Success : {1}",
    ),
    (
        "signin-status-problem-message",
        "Azure a répondu {0} au lieu de Success : {1} Message d'Azure : {2}",
    ),
    (
        "signin-status-version",
        "La réponse est en SAML version {0} ; GoTo n'accepte que SAML 2.0. Dans Azure, configurez l'application pour l'authentification unique SAML.",
    ),
    (
        "signin-time-early",
        "{0} vaut {1} ; il est maintenant {2}, plus de 5 minutes (le décalage d'horloge que GoTo tolère) plus tôt : selon l'horloge de cet ordinateur, la réponse n'est pas encore valide. Une horloge est fausse : réglez l'horloge de cet ordinateur et testez à nouveau.",
    ),
    (
        "signin-time-expired",
        "{0} valait {1} ; il est maintenant {2}, plus de 5 minutes (le décalage d'horloge que GoTo tolère) plus tard : GoTo refuse la réponse comme expirée. Connectez-vous à nouveau pour en obtenir une récente ; si elle l'était, réglez l'horloge de cet ordinateur.",
    ),
    (
        "signin-time-none",
        "L'assertion ne fixe aucune période de validité (ni NotBefore ni NotOnOrAfter).",
    ),
    (
        "signin-time-ok",
        "L'assertion est valide du {0} au {1}, et il est maintenant {2} : dans la période, avec les 5 minutes de décalage d'horloge que GoTo tolère.",
    ),
    ("signin-time-open", "(non défini)"),
    (
        "signin-time-unreadable",
        "{0} contient « {1} », qui n'est pas une heure que ssobridge sait lire.",
    ),
    (
        "signin-timed-out",
        "Aucune connexion de test n'a atteint GoTo en 5 minutes. Appuyez à nouveau sur le bouton, puis connectez-vous.",
    ),
    (
        "signin-waiting",
        "En attente d'une connexion de test (jusqu'à 5 minutes) : dans Azure, appuyez sur Tester sur la page Authentification unique de l'application, ou connectez-vous à GoTo avec un utilisateur affecté.",
    ),
    (
        "source-failed",
        "les métadonnées n'ont pas pu être récupérées",
    ),
    (
        "source-fetched",
        "vérifié avec les métadonnées de l'application",
    ),
    ("source-file", "depuis un fichier"),
    ("source-not-attempted", "valeurs de la page seulement"),
    ("source-unreadable", "métadonnées inutilisables"),
    (
        "state-reset",
        "Certains paramètres enregistrés n'ont pas été compris et ont été réinitialisés.",
    ),
    (
        "tenant-independent-metadata",
        "Ce sont les métadonnées d'Azure indépendantes du locataire (common), pas celles de votre application. Utilisez l'URL des métadonnées de fédération d'application affichée sur la page Authentification unique SAML de l'application.",
    ),
    (
        "two-metadata-urls",
        "Cette page affiche deux URL des métadonnées de fédération d'application ({0} et {1}). Rien n'a été capturé : ouvrez la page Authentification unique SAML d'une seule application.",
    ),
    (
        "two-tenants",
        "Cette page affiche les paramètres du fournisseur d'identité de deux locataires ({0} et {1}). Rien n'a été capturé : ouvrez la page Authentification unique SAML d'une seule application et vérifiez quelles valeurs lui appartiennent.",
    ),
    (
        "unrecognised-input",
        "Ce n'est ni un certificat (PEM, Base64 ou DER) ni un XML de métadonnées SAML.",
    ),
    (
        "unsafe-click",
        "Rien n'a été fait : {0}. Si vous avez cliqué sur le bouton, assurez-vous qu'il est entièrement visible et que rien ne le couvre, puis cliquez à nouveau.",
    ),
    ("verifying", "Vérification de ce que la page a gardé…"),
    ("waiting-for-fields", "En attente des champs de ce mode…"),
    (
        "waiting-for-form",
        "En attente du formulaire Fournisseur d'identité…",
    ),
    (
        "waiting-for-sp-pane",
        "En attente du volet Configuration SAML de base…",
    ),
    (
        "waiting-for-values",
        "En attente de l'affichage des valeurs SAML…",
    ),
    ("working", "Traitement…"),
    ("www-drop", "Déposez ici un fichier .cer, .pem ou .xml, ou"),
    (
        "www-intro",
        "Déposez ou collez un certificat de signature Azure AD (Base64 ou brut) ou le XML des métadonnées de fédération de l'application, ou collez son URL des métadonnées de fédération d'application. Tout est lu ici, dans votre navigateur ; rien n'est envoyé nulle part, sauf la requête à l'URL de métadonnées que vous demandez.",
    ),
    (
        "www-paste",
        "…ou collez du PEM, du Base64, un XML de métadonnées ou une URL de métadonnées",
    ),
    (
        "www-read-certificate",
        "Certificat lu : {0} certificat(s) de signature.",
    ),
    (
        "www-read-metadata",
        "Métadonnées lues : {0} certificat(s) de signature.",
    ),
    ("www-signin", "Vérification de connexion"),
    (
        "www-signin-intro",
        "Pour vérifier une connexion de test, collez la réponse SAML (Base64 telle que postée, ou XML) : elle est vérifiée avec le certificat ou les métadonnées lus ici auparavant, et n'est jamais stockée ni envoyée.",
    ),
    ("www-status", "État"),
    (
        "www-title",
        "ssobridge : lire un certificat Azure AD ou des métadonnées SAML",
    ),
    ("www-values", "Valeurs pour GoTo"),
    (
        "xml-doctype-forbidden",
        "Le XML déclare un DOCTYPE ou des entités. Les métadonnées Azure ne le font jamais, et un tel XML peut cacher des attaques : il est refusé.",
    ),
    ("xml-malformed", "Le XML n'est pas bien formé : {0}"),
    (
        "xml-too-deep",
        "Le XML est imbriqué sur plus de {0} niveaux ; les métadonnées Azure ne le sont pas : il est refusé.",
    ),
    ("glance-empty", "Rien n'a encore été capturé."),
    (
        "glance-partial",
        "Capture partielle : ajoutez le certificat ou le fichier de métadonnées de fédération (Ajouter un certificat ou des métadonnées, ci-dessous).",
    ),
    (
        "glance-warnings",
        "Capturé, avec des avertissements à lire avant de remplir GoTo : {0}.",
    ),
    ("glance-ready", "Capturé et vérifié : prêt à remplir GoTo."),
    ("glance-next", "Étape suivante : {0}"),
    ("glance-all-done", "Toutes les étapes sont terminées."),
    ("popup-certificate-details", "Détails du certificat"),
    ("popup-copy-field", "Copier {0}"),
    (
        "signin-summary-ok",
        "Les {0} vérifications ont réussi : GoTo acceptera cette connexion.",
    ),
    (
        "signin-summary-problems",
        "{0} vérifications sur {1} ont trouvé un problème ; chacune indique quoi modifier.",
    ),
    ("signin-state-ok", "OK"),
    ("signin-state-problem", "Problème"),
    ("signin-name-status", "Statut"),
    ("signin-name-issuer", "Émetteur"),
    ("signin-name-destination", "Destination"),
    ("signin-name-audience", "Audience"),
    ("signin-name-certificate", "Certificat"),
    ("signin-name-signed", "Signature"),
    ("signin-name-time", "Heure"),
    ("signin-name-nameid", "NameID"),
];
