// Generated from the Rust core (crate/src/page.rs) by `cargo run -p ssobridge --example probes`;
// a native test fails when it differs. What content.js watches for on this side's pages.
globalThis.ssobridgeProbe = {
  "pattern": "adres url odpowiedzi|antwoord url|antwoord-url|antwort-url|assertion consumer service|authentification unique avec saml|certificaat voor tokenondertekening|certificado de autenticação saml|certificado de firma de saml|certificado de firma saml|certificados saml|certificat de signature saml|certificati saml|certificato di firma del token|certificato di firma saml|certificats saml|certifikat för tokensignering|certyfikat podpisywania saml|certyfikat podpisywania tokenu|certyfikaty saml|configure sign-on|configure single sign-on at|consumidor de aserciones|eenmalige aanmelding instellen met saml|einmaliges anmelden mit saml|estado de la retransmisión|estado de retransmisión|estado de retransmissão|federationmetadata|inicio de sesión único con saml|konfigurera enkel inloggning med saml|kurzübersicht|login\\.chinacloudapi\\.cn|login\\.microsoftonline\\.com|login\\.microsoftonline\\.us|login\\.partner\\.microsoftonline\\.cn|login\\.windows\\.net|logon único com o saml|logon único com saml|logowania jednokrotnego przy użyciu protokołu saml|quick reference|referência rápida|relay state|relay-status|relaystate|relaystatus|relätillstånd|reply url|saml certificates|saml signing certificate|saml でシングル サインオンをセットアップ|saml によるシングル サインオンのセットアップ|saml 署名証明書|saml 証明書|saml-based sign-on|saml-certificaten|saml-certifikat|saml-handtekeningcertificaat|saml-signaturzertifikat|saml-signeringscertifikat|saml-zertifikate|set up single sign-on with saml|single sign-on con saml|snabbreferens|snelzoekgids|stan przekaźnika|stato dell'inoltro|stato dell‘inoltro|stato dell’inoltro|sts\\.chinacloudapi\\.cn|sts\\.windows\\.net|svar-url|svars-url|token signing certificate|tokensignaturzertifikat|url de resposta|url de respuesta|url de réponse|url di risposta|vidarebefordransstatus|weiterleitungsstatus|état de relais|トークン署名証明書|リレー状態|応答 url",
  "focus": true,
  "anchors": "adres url odpowiedzi|antwoord url|antwoord-url|antwort-url|assertion consumer service|authentification unique avec saml|certificaat voor tokenondertekening|certificado de autenticação saml|certificado de firma de saml|certificado de firma saml|certificados saml|certificat de signature saml|certificati saml|certificato di firma del token|certificato di firma saml|certificats saml|certifikat för tokensignering|certyfikat podpisywania saml|certyfikat podpisywania tokenu|certyfikaty saml|configure sign-on|configure single sign-on at|consumidor de aserciones|eenmalige aanmelding instellen met saml|einmaliges anmelden mit saml|estado de la retransmisión|estado de retransmisión|estado de retransmissão|inicio de sesión único con saml|konfigurera enkel inloggning med saml|kurzübersicht|logon único com o saml|logon único com saml|logowania jednokrotnego przy użyciu protokołu saml|quick reference|referência rápida|relay state|relay-status|relaystate|relaystatus|relätillstånd|reply url|saml certificates|saml signing certificate|saml でシングル サインオンをセットアップ|saml によるシングル サインオンのセットアップ|saml 署名証明書|saml 証明書|saml-based sign-on|saml-certificaten|saml-certifikat|saml-handtekeningcertificaat|saml-signaturzertifikat|saml-signeringscertifikat|saml-zertifikate|set up single sign-on with saml|single sign-on con saml|snabbreferens|snelzoekgids|stan przekaźnika|stato dell'inoltro|stato dell‘inoltro|stato dell’inoltro|svar-url|svars-url|token signing certificate|tokensignaturzertifikat|url de resposta|url de respuesta|url de réponse|url di risposta|vidarebefordransstatus|weiterleitungsstatus|état de relais|トークン署名証明書|リレー状態|応答 url",
  "fields": [
    "input:not([type=hidden], [type=password]):is([readonly], [disabled], [aria-readonly=true], [aria-disabled=true], [type=button], [type=submit], [type=reset])",
    "textarea:is([readonly], [disabled], [aria-readonly=true], [aria-disabled=true])"
  ],
  "fieldsAfter": "saml",
  "locks": [
    "readonly",
    "disabled",
    "aria-readonly",
    "aria-disabled"
  ],
  "deep": false,
  "limits": {
    "elements": 4000,
    "text": 2000,
    "labelElements": 100,
    "unmatchedSubtree": 200,
    "labelChars": 300,
    "regionNameChars": 120
  }
};
