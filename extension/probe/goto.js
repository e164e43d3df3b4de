// Generated from the Rust core (crate/src/page.rs) by `cargo run -p ssobridge --example probes`;
// a native test fails when it differs. What content.js watches for on this side's pages.
globalThis.ssobridgeProbe = {
  "pattern": "aanmeldings-url|aanmeldingspagina|aanmeldpagina|adres url metadanych|anmelde-url|anmeldeseite|anmeldungs-url|archivo de metadatos|configurar|configurare|configure your saml|configurer|configureren|entiteit-id|entiteits-id|entitets-id|entity id|entityid|entitäts id|entitäts-id|fichier de métadonnées|file di metadati|fournisseur d'identité saml|fournisseur d‘identité saml|fournisseur d’identité saml|how would you like|id d'entité|id de entidad|id d‘entité|id d’entité|id entita|id entità|identifiant d'entité|identifiant d‘entité|identifiant d’entité|identificador de entidad|identyfikator jednostki|inloggnings-url|inloggningssida|issuer|konfigurera|konfigurieren|login url|logowania strony|metadata file|metadata url|metadata xml|metadata-url|metadatabestand|metadatafil|metadaten-url|metadatendatei|page de connexion|pagina de inicio de sesion|pagina di accesso|plik metadanych|pliku metadanych|página de inicio de sesión|saml idp|saml-idp|sign in page|sign-in page|sign-in url|signin url|single sign-on service url|single sign-on url|skonfigurować|sso url|strony logowania|url de connexion|url de inicio de sesión|url de metadatos|url dei metadati|url des métadonnées|url för metadata",
  "focus": false,
  "anchors": "aanmeldings-url|aanmeldingspagina|aanmeldpagina|adres url metadanych|anmelde-url|anmeldeseite|anmeldungs-url|archivo de metadatos|configurar|configurare|configure your saml|configurer|configureren|entiteit-id|entiteits-id|entitets-id|entity id|entityid|entitäts id|entitäts-id|fichier de métadonnées|file di metadati|fournisseur d'identité saml|fournisseur d‘identité saml|fournisseur d’identité saml|how would you like|id d'entité|id de entidad|id d‘entité|id d’entité|id entita|id entità|identifiant d'entité|identifiant d‘entité|identifiant d’entité|identificador de entidad|identyfikator jednostki|inloggnings-url|inloggningssida|issuer|konfigurera|konfigurieren|login url|logowania strony|metadata file|metadata url|metadata xml|metadata-url|metadatabestand|metadatafil|metadaten-url|metadatendatei|page de connexion|pagina de inicio de sesion|pagina di accesso|plik metadanych|pliku metadanych|página de inicio de sesión|saml idp|saml-idp|sign in page|sign-in page|sign-in url|signin url|single sign-on service url|single sign-on url|skonfigurować|sso url|strony logowania|url de connexion|url de inicio de sesión|url de metadatos|url dei metadati|url des métadonnées|url för metadata",
  "fields": [],
  "fieldsAfter": "",
  "locks": [],
  "deep": true,
  "limits": {
    "elements": 4000,
    "text": 2000,
    "labelElements": 100,
    "unmatchedSubtree": 200,
    "labelChars": 300,
    "regionNameChars": 120
  }
};
