// Generated from the Rust core (crate/src/page.rs) by `cargo run -p ssobridge --example probes`;
// a native test fails when it differs. What content.js watches for on this side's pages.
globalThis.ssobridgeProbe = {
  "pattern": "adres url odpowiedzi|antwoord url|antwoord-url|antwort-url|assertion consumer service|certificaat voor tokenondertekening|certificado de firma saml|certificados saml|certificat de signature saml|certificats saml|certifikat för tokensignering|certyfikat podpisywania saml|certyfikat podpisywania tokenu|certyfikaty saml|configure sign-on|configure single sign-on at|consumidor de aserciones|eenmalige aanmelding instellen met saml|einmaliges anmelden mit saml|estado de la retransmisión|estado de retransmisión|estado de retransmissão|federationmetadata|konfigurera enkel inloggning med saml|kurzübersicht|login\\.chinacloudapi\\.cn|login\\.microsoftonline\\.com|login\\.microsoftonline\\.us|login\\.partner\\.microsoftonline\\.cn|login\\.windows\\.net|logowania jednokrotnego przy użyciu protokołu saml|quick reference|relay state|relay-status|relaystate|relaystatus|relätillstånd|reply url|saml certificates|saml signing certificate|saml-based sign-on|saml-certificaten|saml-certifikat|saml-handtekeningcertificaat|saml-signaturzertifikat|saml-signeringscertifikat|saml-zertifikate|set up single sign-on with saml|snabbreferens|snelzoekgids|stan przekaźnika|stato dell'inoltro|stato dell‘inoltro|stato dell’inoltro|sts\\.chinacloudapi\\.cn|sts\\.windows\\.net|svar-url|svars-url|token signing certificate|tokensignaturzertifikat|url de resposta|url de respuesta|url de réponse|url di risposta|vidarebefordransstatus|weiterleitungsstatus|état de relais|リレー状態|応答 url",
  "focus": true,
  "anchors": "adres url odpowiedzi|antwoord url|antwoord-url|antwort-url|assertion consumer service|certificaat voor tokenondertekening|certificado de firma saml|certificados saml|certificat de signature saml|certificats saml|certifikat för tokensignering|certyfikat podpisywania saml|certyfikat podpisywania tokenu|certyfikaty saml|configure sign-on|configure single sign-on at|consumidor de aserciones|eenmalige aanmelding instellen met saml|einmaliges anmelden mit saml|estado de la retransmisión|estado de retransmisión|estado de retransmissão|konfigurera enkel inloggning med saml|kurzübersicht|logowania jednokrotnego przy użyciu protokołu saml|quick reference|relay state|relay-status|relaystate|relaystatus|relätillstånd|reply url|saml certificates|saml signing certificate|saml-based sign-on|saml-certificaten|saml-certifikat|saml-handtekeningcertificaat|saml-signaturzertifikat|saml-signeringscertifikat|saml-zertifikate|set up single sign-on with saml|snabbreferens|snelzoekgids|stan przekaźnika|stato dell'inoltro|stato dell‘inoltro|stato dell’inoltro|svar-url|svars-url|token signing certificate|tokensignaturzertifikat|url de resposta|url de respuesta|url de réponse|url di risposta|vidarebefordransstatus|weiterleitungsstatus|état de relais|リレー状態|応答 url",
  "fields": [
    "input:not([type=hidden], [type=password]):is([readonly], [disabled], [aria-readonly=true], [aria-disabled=true], [type=button], [type=submit], [type=reset])",
    "textarea:is([readonly], [disabled], [aria-readonly=true], [aria-disabled=true])"
  ],
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
