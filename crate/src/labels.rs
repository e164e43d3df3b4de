//! Label vocabularies: what Azure and GoTo call each value, in the languages admins use.
//! Labels are the second key (value shape is the first), so an entry here only needs to be a
//! distinctive fragment of the label, lower-case. Where a term comes from is noted; "tutorial"
//! means Microsoft's published GoToMeeting tutorial of that year and language.
//!
//! GoTo's form in other languages: "GoTo's own help" is
//! https://support.goto.com/it/openvoice/help/add-your-identity-providermanually (Italian, the
//! Manual fields and the Reindirizzamento/POST binding); "it-IT/es-ES/pl-PL tutorial" is Microsoft's
//! GoToMeeting tutorial of January 2018 (pl-PL: October 2017, machine-translated), published at
//! docs.microsoft.com/<lang>/azure/active-directory/active-directory-saas-gotomeeting-tutorial,
//! which names the Automatic / Upload SAML metadata file / Manual form field by field.
//!
//! Portuguese (Brazil), Italian and Japanese portal words: "pt-BR/it-IT/ja-JP tutorial" is
//! Microsoft's localized GoToMeeting tutorial, articles/active-directory/saas-apps/
//! citrix-gotomeeting-tutorial.md of the azure-docs.<lang> repositories (pt-BR 2021, it-IT 2020,
//! ja-JP 2019); "certificates article" is manage-certificates-for-federated-single-sign-on.md
//! beside it (pt-BR 2021 and it-IT 2019 machine-translated, ja-JP 2020), and "ja-JP 2026" its
//! successor learn.microsoft.com/ja-jp/entra/identity/enterprise-apps/
//! tutorial-manage-certificates-for-federated-single-sign-on (Entra admin center).

/// A field's vocabulary, matched as lower-case substrings: its terms in one text, each followed by
/// a line break (written with `vocabulary!`). One `&str` per vocabulary instead of a slice of
/// them: a slice costs the module a pointer and a length per term besides the text (issue 22).
#[derive(Clone, Copy)]
pub struct Vocabulary(&'static str);

impl Vocabulary {
    /// The terms, in the order written.
    pub fn terms(self) -> impl Iterator<Item = &'static str> {
        self.0.split_terminator(TERM_END)
    }
}

/// What ends each term in a `Vocabulary`'s text; no term contains it.
const TERM_END: char = '\n';

/// A `Vocabulary` of the given terms (string literals, none containing a line break).
macro_rules! vocabulary {
    ($($term:literal),* $(,)?) => {
        Vocabulary(concat!($($term, "\n"),*))
    };
}

/// True when `text` (lower-case) contains any term. A typographic apostrophe (French pages
/// write "d’entité") reads as the plain one the terms use.
pub fn matches(text: &str, vocabulary: Vocabulary) -> bool {
    if text.is_empty() {
        return false;
    }
    let text = plain_apostrophes(text);
    vocabulary.terms().any(|term| text.contains(term))
}

/// `text` with typographic apostrophes (’ ‘) as `'`.
fn plain_apostrophes(text: &str) -> std::borrow::Cow<'_, str> {
    if text.contains(TYPOGRAPHIC_APOSTROPHES) {
        std::borrow::Cow::Owned(text.replace(TYPOGRAPHIC_APOSTROPHES, "'"))
    } else {
        std::borrow::Cow::Borrowed(text)
    }
}

/// The apostrophes a page may print where the terms have `'`.
pub const TYPOGRAPHIC_APOSTROPHES: [char; 2] = ['\u{2019}', '\u{2018}'];

/// Azure: the sign-out URL (to tell it from the sign-in URL, which has the same value since 2019).
pub const AZURE_SIGN_OUT: Vocabulary = vocabulary![
    "sign-out",
    "sign out",
    "signout",
    "logout",
    "log out", // en: 2016 "Sign-Out Page URL", 2017 "Sign-Out URL", 2019 "Logout URL"
    "afmeld",
    "uitlog", // nl: "Afmeldings-URL"
    "utloggning",
    "logga ut",
    "utloggnings", // sv: "Utloggnings-URL"
    "abmelde",     // de
    "déconnexion",
    "deconnexion",       // fr
    "cierre de sesión",  // es
    "logoff",            // pt: "URL de logoff", pt-BR tutorial (never "logon", the sign-in word)
    "url de saída",      // pt: "URL de saída", pt-BR Zendesk tutorial's 2017 Quick Reference
    "chiusura sessione", // it: "URL di chiusura sessione", it-IT tutorial
    "disconnessione",    // it: "URL di disconnessione", it-IT Degreed and GitHub tutorials
    "ログアウト",        // ja: "ログアウト URL", ja-JP tutorial (sign-in: "ログイン URL")
    "wylogowania",       // pl: "Adres URL wylogowania" (never "logowania": it is inside this word)
];

/// Azure: the thumbprint of the active signing certificate.
pub const AZURE_THUMBPRINT: Vocabulary = vocabulary![
    "thumbprint",                // en: 2017-2023 "Thumbprint"
    "vingerafdruk",              // nl
    "tumavtryck",                // sv
    "fingerabdruck",             // de
    "empreinte",                 // fr
    "huella digital",            // es
    "impressão digital",         // pt: "Valor da Impressão Digital", pt-BR tutorials
    "identificazione personale", // it: "Valore di identificazione personale", it-IT tutorials
    "拇印",                      // ja: ja-JP Tinfoil Security tutorial, certificates article
    "odcisk palca",              // pl: "Odcisk palca"
];

/// Azure: the expiry of the active signing certificate.
pub const AZURE_EXPIRY: Vocabulary = vocabulary![
    "expiration",
    "expires",
    "expiry", // en: "Expiration"
    "vervaldatum",
    "verloopt", // nl
    "förfallodatum",
    "upphör", // sv
    "ablauf",
    "läuft ab", // de: "Ablauf" (Entra admin center), "Ablaufdatum"
    "expiración",
    "caducidad", // es
    "expiração",
    "vencimento", // pt: "data de expiração", "data de vencimento", pt-BR certificates article
    "scadenza",   // it: "data di scadenza", it-IT certificates article
    "有効期限",   // ja: certificates article and ja-JP 2026 (the certificate list's column)
    "wygaśnięci",
    "wygasa", // pl: "Wygaśnięcie", "Data wygaśnięcia"
];

/// Azure: headings of the SAML single sign-on page, to recognise it before its values render.
pub const AZURE_SAML_PAGE: Vocabulary = vocabulary![
    "set up single sign-on with saml",         // en, 2019-2023
    "saml signing certificate",                // en, 2019-2023 section 3
    "saml certificates",                       // en, Entra admin center
    "token signing certificate",               // en, Entra admin center
    "saml-based sign-on",                      // en, 2017-2018 "SAML-based Sign-on" mode
    "eenmalige aanmelding instellen met saml", // nl
    "saml-handtekeningcertificaat",            // nl
    "saml-certificaten",                       // nl
    "konfigurera enkel inloggning med saml",   // sv
    "saml-signeringscertifikat",               // sv
    "saml-certifikat",                         // sv
    "einmaliges anmelden mit saml",            // de
    // fr: "Configurer l’authentification unique avec SAML", "Certificat de signature SAML",
    // fr-FR tutorial.
    "authentification unique avec saml",
    "certificat de signature saml",
    // es: "Configurar el inicio de sesión único con SAML", "Certificado de firma de SAML", es-ES
    // tutorial.
    "inicio de sesión único con saml",
    "certificado de firma de saml",
    // pt: "Configurar (Definir) logon único com SAML", "Configurar o logon único com o SAML",
    // "Certificado de Autenticação SAML", pt-BR tutorials; "seção Certificados SAML" (Entra
    // admin center), senhasegura's Portuguese guide to importing an Azure SAML certificate.
    "logon único com saml",
    "logon único com o saml",
    "certificado de autenticação saml",
    "certificados saml",
    // it: "Configura l'accesso Single Sign-On con SAML", "Certificato di firma SAML", it-IT
    // tutorial; "Certificati SAML" (Entra admin center) only in OneUptime's Italian Entra guide,
    // a third party's.
    "single sign-on con saml",
    "certificato di firma saml",
    "certificati saml",
    // ja: "SAML によるシングル サインオンのセットアップ" (certificates article, ja-JP 2026),
    // "SAML でシングル サインオンをセットアップします" and "SAML 署名証明書" (ja-JP tutorial),
    // the "SAML 証明書" and "トークン署名証明書" headings (ja-JP 2026).
    "saml によるシングル サインオンのセットアップ",
    "saml でシングル サインオンをセットアップ",
    "saml 署名証明書",
    "saml 証明書",
    "トークン署名証明書",
    "logowania jednokrotnego przy użyciu protokołu saml", // pl: "Konfigurowanie logowania…"
    "certyfikat podpisywania saml",                       // pl
    "certyfikaty saml",                                   // pl
];

/// Azure Basic SAML Configuration: Identifier (Entity ID).
pub const AZURE_SP_IDENTIFIER: Vocabulary = vocabulary![
    "identifier",
    "entity id", // en: "Identifier (Entity ID)"
    "id (entiteits-id)",
    "entiteits-id",
    "id-code", // nl
    "identifierare",
    "entitets-id", // sv
    "bezeichner",
    "entitäts-id", // de
    "identificateur",
    "id d'entité", // fr: "Identificateur (ID d'entité)", tutorial
    "identificador",
    "id. de entidad", // es: "Identificador (id. de entidad)", tutorial; pt: "Identificador (ID da Entidade)"
    "identificatore", // it: "Identificatore (ID entità)", portal wording
    "識別子",         // ja: "識別子 (エンティティ ID)", portal wording
    "identyfikator (identyfikator jednostki)",
    "identyfikator jednostki", // pl: "Identyfikator (identyfikator jednostki)"
];

/// Azure Basic SAML Configuration: Reply URL (Assertion Consumer Service URL).
pub const AZURE_SP_REPLY_URL: Vocabulary = vocabulary![
    "reply url",
    "assertion consumer service", // en
    "antwoord-url",
    "antwoord url", // nl
    "svars-url",
    "svar-url",       // sv
    "antwort-url",    // de
    "url de réponse", // fr: "URL de réponse (URL Assertion Consumer Service)", tutorial
    "url de respuesta",
    "consumidor de aserciones", // es: "URL de respuesta", tutorial
    "url de resposta",          // pt: "URL de Resposta", portal wording
    "url di risposta",          // it: "URL di risposta", portal wording
    "応答 url",                 // ja: "応答 URL (Assertion Consumer Service URL)", portal wording
    "adres url odpowiedzi",     // pl: "Adres URL odpowiedzi (adres URL usługi Assertion…)"
];

/// Azure Basic SAML Configuration: Relay State.
pub const AZURE_SP_RELAY_STATE: Vocabulary = vocabulary![
    "relay state",
    "relaystate", // en: "Relay State (Optional)"
    "relaystatus",
    "relay-status", // nl
    "vidarebefordransstatus",
    "relätillstånd",        // sv
    "weiterleitungsstatus", // de
    "état de relais",       // fr, tutorial
    "estado de la retransmisión",
    "estado de retransmisión", // es, tutorial
    "estado de retransmissão", // pt, portal wording
    "stato dell'inoltro",      // it, portal wording
    "リレー状態",              // ja, portal wording
    "stan przekaźnika",        // pl: "Stan przekaźnika (opcjonalnie)"
];

/// GoTo: the mode dropdown "How would you like to configure your SAML IDP?".
pub const GOTO_MODE: Vocabulary = vocabulary![
    "configure your saml",
    "saml idp",
    "how would you like", // en, 2017 screenshots
    "saml-idp",
    "konfigurieren", // de
    "configurer",
    "fournisseur d'identité saml", // fr
    "configurar",                  // es
    "configureren",                // nl
    "konfigurera",                 // sv
    "configurare", // it: "Come si vuole configurare l'IDP SAML?", Microsoft's it-IT tutorial
    "skonfigurować", // pl: "Jak chcesz skonfigurować Twoje IDP SAML?", pl-PL tutorial
];

/// GoTo mode option: Automatic.
pub const GOTO_MODE_AUTOMATIC: Vocabulary = vocabulary![
    "automatic",
    "automatisch",
    "automatique",
    "automático",
    "automatico",
    "automatiskt",
    "automatisk",
    "automática",  // es: "Automática", Microsoft's es-ES tutorial
    "automatyczn", // pl: "automatyczne", pl-PL tutorial
];
/// GoTo mode option: Upload SAML metadata file.
pub const GOTO_MODE_METADATA_FILE: Vocabulary = vocabulary![
    "upload",
    "hochladen",
    "télécharger",
    "charger",
    "importer",
    "cargar",
    "subir",
    "uploaden",
    "ladda upp",
    "metadata file",
    "metadatendatei",
    "fichier de métadonnées",
    "archivo de metadatos",
    "metadatabestand",
    "metadatafil",
    "carica",           // it: "Carica file di metadati SAML", it-IT tutorial
    "file di metadati", // it
    "przekaż",
    "przekazać",       // pl: "SAML przekazać plik metadanych", pl-PL tutorial
    "plik metadanych", // pl
];
/// GoTo mode option: Manual.
pub const GOTO_MODE_MANUAL: Vocabulary = vocabulary![
    "manual",
    "manuell",
    "manuel",
    "handmatig",
    "manuellt",
    "handmatige",
    "ręczn", // pl: "Ręczne", pl-PL tutorial ("manual" already covers it: "Manuale")
];

/// GoTo Manual: Sign-in page url.
pub const GOTO_SIGN_IN_URL: Vocabulary = vocabulary![
    "sign-in page",
    "sign in page",
    "sign-in url",
    "signin url",
    "login url",
    "sso url", // en
    "single sign-on url",
    "single sign-on service url", // en, wording of other admin pages
    "anmeldeseite",
    "anmelde-url",
    "anmeldungs-url", // de
    "page de connexion",
    "url de connexion", // fr
    "página de inicio de sesión",
    "pagina de inicio de sesion",
    "url de inicio de sesión", // es
    "aanmeldingspagina",
    "aanmeldpagina",
    "aanmeldings-url", // nl
    "inloggningssida",
    "inloggnings-url",   // sv
    "pagina di accesso", // it: GoTo's own help, "URL pagina di accesso"
    "strony logowania",
    "logowania strony", // pl: pl-PL tutorial ("adres URL logowania strony")
];
/// GoTo Manual: Sign-out page url (optional).
pub const GOTO_SIGN_OUT_URL: Vocabulary = vocabulary![
    "sign-out page",
    "sign out page",
    "sign-out url",
    "signout url",
    "logout url", // en
    "abmeldeseite",
    "abmelde-url", // de
    "page de déconnexion",
    "url de déconnexion", // fr
    "página de cierre de sesión",
    "pagina de cierre de sesion",
    "cierre de sesión", // es
    "afmeldingspagina",
    "afmeldpagina",
    "afmeldings-url", // nl
    "utloggningssida",
    "utloggnings-url", // sv
    "pagina di disconnessione",
    "disconnessione", // it: GoTo's own help, "URL pagina di disconnessione"
    "wylogowania",    // pl: "Adres URL strony wylogowania"; checked before the sign-in words
];
/// GoTo Manual: a binding radio group (REDIRECT / POST).
pub const GOTO_BINDING: Vocabulary = vocabulary![
    "binding",
    "bindung",
    "liaison",
    "enlace",
    "vinculación",
    "bindning",
    "associazione", // it: GoTo's own help, "Associazione di accesso"
];
/// A binding choice's REDIRECT option: GoTo's Italian help calls it "Reindirizzamento".
pub const GOTO_REDIRECT: Vocabulary = vocabulary!["redirect", "reindirizzamento"];
/// Words that make a binding group the sign-out one.
pub const GOTO_SIGN_OUT_WORDS: Vocabulary = vocabulary![
    "sign-out",
    "sign out",
    "signout",
    "logout",
    "abmelde",
    "déconnexion",
    "cierre",
    "afmeld",
    "utloggning",
    "disconnessione", // it
    "wylogowania",    // pl
];
/// GoTo Manual: Identity Provider Entity ID.
pub const GOTO_ENTITY_ID: Vocabulary = vocabulary![
    "entity id",
    "entityid",
    "issuer", // en
    "entitäts-id",
    "entitäts id", // de
    "id d'entité",
    "identifiant d'entité", // fr
    "id de entidad",
    "identificador de entidad", // es
    "entiteits-id",
    "entiteit-id", // nl
    "entitets-id", // sv
    "id entità",
    "id entita", // it: GoTo's own help, "ID entità del provider di identità"
    "identyfikator jednostki", // pl: pl-PL tutorial
];
/// GoTo Manual: Verification certificate.
pub const GOTO_CERTIFICATE: Vocabulary = vocabulary![
    "certificate",
    "zertifikat",
    "certificat",
    "certificado",
    "certificaat",
    "certifikat",
    "certyfikat", // pl ("certificat" covers the Italian "certificato")
];
/// GoTo Automatic: Metadata url.
pub const GOTO_METADATA_URL: Vocabulary = vocabulary![
    "metadata url",
    "metadata-url",
    "metadaten-url",
    "url des métadonnées",
    "url de metadatos",
    "url för metadata",
    "metadata-url",
    "url dei metadati",     // it: it-IT tutorial
    "adres url metadanych", // pl: pl-PL tutorial
];
/// GoTo Upload: Metadata file.
pub const GOTO_METADATA_FILE: Vocabulary = vocabulary![
    "metadata file",
    "metadata xml",
    "metadatendatei",
    "fichier de métadonnées",
    "archivo de metadatos",
    "metadatabestand",
    "metadatafil",
    "file di metadati", // it: it-IT tutorial
    "plik metadanych",
    "pliku metadanych", // pl: pl-PL tutorial
];

/// Azure: sections where the portal shows the identity provider's own settings (SPEC 4.2). Only
/// values in these count when the page has them.
pub const AZURE_IDP_SECTIONS: Vocabulary = vocabulary![
    "saml certificates",                   // en: Entra admin center, section 3
    "saml signing certificate",            // en: 2017-2023, section 3
    "token signing certificate",           // en: Entra admin center, inside section 3
    "quick reference",                     // en: 2017-2018 "Configure sign-on" blade
    "configure sign-on",                   // en: 2017-2018
    "configure single sign-on at",         // en: 2016 classic dialog
    "saml-certificaten",                   // nl
    "saml-handtekeningcertificaat",        // nl
    "certificaat voor tokenondertekening", // nl
    "snelzoekgids",                        // nl: Quick Reference
    "saml-certifikat",                     // sv
    "saml-signeringscertifikat",           // sv
    "certifikat för tokensignering",       // sv
    "snabbreferens",                       // sv
    "saml-zertifikate",                    // de
    "saml-signaturzertifikat",             // de
    "tokensignaturzertifikat",             // de
    "kurzübersicht",                       // de
    "certificats saml",                    // fr
    "certificat de signature saml",        // fr
    "certificados saml",                   // es; pt: senhasegura's pt guide (Entra)
    "certificado de firma saml",           // es
    "certificado de firma de saml",        // es: es-ES tutorial
    "certificado de autenticação saml",    // pt: pt-BR tutorials
    "referência rápida",                   // pt: Quick Reference, pt-BR Zendesk tutorial
    "certificato di firma saml",           // it: it-IT tutorial
    "certificati saml",                    // it: OneUptime's Italian Entra guide (third party)
    "certificato di firma del token",      // it: it-IT docs' term (enterprise apps FAQ)
    "saml 署名証明書",                     // ja: ja-JP tutorial
    "saml 証明書",                         // ja: ja-JP 2026
    "トークン署名証明書",                  // ja: ja-JP 2026
    "certyfikaty saml",                    // pl: Entra admin center
    "certyfikat podpisywania saml",        // pl: 2019-2023
    "certyfikat podpisywania tokenu",      // pl
];

/// Azure: the "Set up <app>" section (2019+) starts with these words; the page's own title
/// ("Set up Single Sign-On with SAML") does too, and is told apart by naming SAML.
pub const AZURE_SET_UP_APP_PREFIXES: Vocabulary = vocabulary![
    "set up ",         // en: "Set up GoToMeeting"
    "configurar ",     // es; pt: "Configurar o GoToMeeting", pt-BR tutorial
    "configurer ",     // fr
    "configura ",      // it: "Configura GoToMeeting", it-IT tutorial
    "konfigurera ",    // sv: "Konfigurera GoToMeeting"
    "konfigurowanie ", // pl: "Konfigurowanie aplikacji GoToMeeting"
];
/// … and these end it (nl "GoToMeeting instellen", de "GoToMeeting einrichten", ja
/// "GoToMeeting のセットアップ" in the ja-JP tutorial).
pub const AZURE_SET_UP_APP_SUFFIXES: Vocabulary =
    vocabulary![" instellen", " einrichten", " のセットアップ"];

/// Azure: sections holding text an app owner types (SPEC 4.2): never read for IdP values.
pub const AZURE_APP_OWNER_SECTIONS: Vocabulary = vocabulary![
    "basic saml configuration", // en: 2019+, section 1
    "domain and urls",          // en: 2017-2018 "GoToMeeting Domain and URLs"
    "attributes & claims",      // en: 2019+, section 2
    "attributes and claims",
    "user attributes",                        // en: 2017-2018 "User Attributes"
    "configure app settings",                 // en: 2016 classic wizard, step 1
    "notes",                                  // en: Properties blade
    "saml-basisconfiguratie",                 // nl
    "domein en url",                          // nl
    "kenmerken en claims",                    // nl
    "gebruikerskenmerken",                    // nl
    "notities",                               // nl
    "grundläggande saml-konfiguration",       // sv
    "domän och url",                          // sv
    "attribut och anspråk",                   // sv
    "användarattribut",                       // sv
    "anteckningar",                           // sv
    "grundlegende saml-konfiguration",        // de
    "saml-basiskonfiguration",                // de
    "domäne und urls",                        // de
    "attribute & ansprüche",                  // de
    "attribute und ansprüche",                // de
    "benutzerattribute",                      // de
    "notizen",                                // de
    "configuration saml de base",             // fr
    "attributs et revendications",            // fr
    "configuración básica de saml",           // es
    "atributos y notificaciones",             // es
    "configuração básica do saml",            // pt: pt-BR tutorial
    "configuração básica de saml",            // pt: pt-BR tutorials
    "atributos e declarações",                // pt: "… do Usuário", pt-BR tutorials
    "configurazione saml di base",            // it: it-IT tutorial
    "attributi e attestazioni",               // it: "… utente", it-IT tutorials
    "基本的な saml 構成",                     // ja: ja-JP tutorial
    "属性とクレーム",                         // ja: "ユーザー属性とクレーム", ja-JP tutorials
    "podstawowa konfiguracja protokołu saml", // pl
    "atrybuty i oświadczenia",                // pl
    "atrybuty użytkownika",                   // pl
    "notatki",                                // pl
];

/// Azure: a certificate row's status "Active", whole cell text (nl, sv, de, fr, es as the
/// portal's certificate grid words them; pl from Microsoft's Polish terminology; pt and ja from
/// the certificates article: "status (ativo ou inativo)", "状態 (アクティブ または 非アクティブ)").
pub const AZURE_STATUS_ACTIVE: Vocabulary = vocabulary![
    "active",
    "actief",
    "aktiv",
    "actif",
    "activo",
    "attivo",
    "aktywny",    // pl
    "ativo",      // pt
    "アクティブ", // ja
];
/// Azure: a certificate row's status "Inactive" (and "Expired", which some grids show).
pub const AZURE_STATUS_INACTIVE: Vocabulary = vocabulary![
    "inactive",
    "inactief",
    "inaktiv",
    "inactif",
    "inactivo",
    "non attivo",
    "inattivo",     // it: "un certificato attivo o inattivo", it-IT certificates article
    "inativo",      // pt
    "非アクティブ", // ja
    "expired",
    "verlopen",
    "har upphört",
    "abgelaufen",
    "expiré",
    "caducado",
    "nieaktywny", // pl
    "wygasły",    // pl
];

/// True when `text` (lower-case) is exactly one of the words.
pub fn is_one_of(text: &str, words: Vocabulary) -> bool {
    let text = text.trim();
    words.terms().any(|word| word == text)
}
