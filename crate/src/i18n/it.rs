//! Italian: every key of [`super::table::TABLE`], in the words of the Italian Azure portal
//! ("Identificatore (ID entità)", "URL di risposta", "Stato dell'inoltro", "Certificati SAML";
//! the thumbprint is "Identificazione personale", as Microsoft's Italian SAML tutorials call it:
//! "copiare il valore di Identificazione personale") and of GoTo's Organization Center, which
//! GoTo's Italian help calls "Centro organizzativo".
//!
//! GoTo's form, as GoTo's own Italian help names it
//! (https://support.goto.com/it/openvoice/help/add-your-identity-providermanually): tab "Provider
//! di identità", "Manuale", "URL pagina di accesso", "Associazione di accesso" (Reindirizzamento
//! o POST), "URL pagina di disconnessione", "Associazione di disconnessione", "ID entità del
//! provider di identità", "Certificato di verifica", "Carica certificato", "Salva". The mode
//! "Automatico", "URL dei metadati" and "Carica file di metadati" are Microsoft's it-IT GoToMeeting
//! tutorial (January 2018, docs.microsoft.com/it-it/azure/active-directory/
//! active-directory-saas-gotomeeting-tutorial). "File di metadati" is unconfirmed.

/// Key → sentence, with the same `{n}` placeholders as English.
pub const TEXTS: &[(&str, &str)] = &[
    (
        "app-mismatch",
        "La pagina appartiene all'app {0}, ma il suo URL dei metadati indica l'app {1}. Non è stato acquisito nulla: riaprire la pagina Single Sign-On SAML dell'app.",
    ),
    (
        "background-restarted",
        "Il browser ha interrotto ssobridge prima che finisse: premere di nuovo il pulsante.",
    ),
    (
        "bad-entity-id",
        "«{0}» non è un ID entità di Azure AD (previsto https://sts.windows.net/<tenant-id>/).",
    ),
    (
        "bad-login-url",
        "«{0}» non è un URL di accesso Microsoft (previsto https://login.microsoftonline.com/<tenant-id>/saml2).",
    ),
    ("bad-message", "Messaggio interno rifiutato: {0}"),
    (
        "bad-metadata-url",
        "«{0}» non è un URL dei metadati di federazione di Azure (previsto https://login.microsoftonline.com/<tenant-id>/federationmetadata/2007-06/federationmetadata.xml?appid=<app-id>).",
    ),
    ("button-capture", "Invia a GoTo"),
    ("button-confirm", "Sostituisci i valori diversi"),
    ("button-copy", "Copia"),
    ("button-fill", "Compila da Azure AD"),
    ("button-fill-sp", "Compila i valori di GoTo"),
    ("button-page-report", "Salva un rapporto della pagina"),
    (
        "capture-incomplete",
        "L'ultima acquisizione non è terminata, quindi non c'è nulla di verificato da compilare. Aggiungere il certificato (Base64) o il file XML dei metadati di federazione nella finestra di ssobridge, oppure premere di nuovo «Invia a GoTo» in Azure.",
    ),
    (
        "captured",
        "Acquisito e verificato con i metadati dell'app (certificato {0}, valido fino al {1}). Ora aprire la scheda Provider di identità di GoTo e premere «Compila da Azure AD».",
    ),
    ("cert-choice", "Scelto"),
    ("cert-issuer", "Autorità emittente"),
    ("cert-key", "Chiave"),
    ("cert-other", "Anche elencato"),
    ("cert-serial", "Numero di serie"),
    ("cert-subject", "Soggetto"),
    ("cert-valid", "Validità"),
    (
        "certificate-expired",
        "Il certificato di firma {1} è scaduto il {0}; l'accesso non riesce con esso, quindi non è stato acquisito. In Azure, in Certificati SAML, creare un nuovo certificato (o attivarne uno più recente), salvare, quindi premere di nuovo «Invia a GoTo».",
    ),
    (
        "certificate-expiring",
        "Il certificato di firma scade il {0}, entro {1} giorni. Pianificare la sostituzione: in Azure creare un nuovo certificato, renderlo attivo e compilare di nuovo GoTo.",
    ),
    (
        "certificate-not-active",
        "Questo certificato ({0}) non è quello che Azure mostra come attivo ({1}); non è stato modificato nulla. Scaricare il certificato attivo dalla sezione Certificati SAML dell'app.",
    ),
    (
        "certificate-not-yet-valid",
        "Il certificato di firma {1} non è valido prima del {0}, quindi non è stato acquisito. In Azure, mantenere attivo il certificato attuale fino ad allora, oppure attendere e premere di nuovo «Invia a GoTo».",
    ),
    (
        "certificate-request",
        "Il file è una richiesta di certificato, non un certificato. Scaricare invece «Certificato (Base64)» da Azure.",
    ),
    (
        "check-add-app",
        "In Azure aggiungere l'app GoToMeeting dalla raccolta e scegliere Single Sign-On SAML.",
    ),
    (
        "check-assign-test",
        "Assegnare utenti all'app in Azure e testare l'accesso.",
    ),
    (
        "check-basic-saml",
        "Compilare la configurazione SAML di base (Identificatore, URL di risposta, Stato dell'inoltro) e salvarla.",
    ),
    (
        "check-capture",
        "Acquisire l'URL di accesso, l'ID entità e il certificato (Invia a GoTo).",
    ),
    (
        "check-goto-fill",
        "Nel Centro organizzativo di GoTo, compilare il modulo Provider di identità.",
    ),
    ("check-goto-save", "Verificare e salvare il modulo in GoTo."),
    ("choosing-mode", "Scelta della modalità di configurazione…"),
    (
        "click-covered",
        "qualcosa nella pagina copriva il pulsante nel punto del clic",
    ),
    (
        "click-focus-moved",
        "il tasto ha raggiunto il pulsante perché la pagina vi ha spostato lo stato attivo, non l'utente",
    ),
    (
        "click-no-round",
        "questo passaggio non seguiva un clic dell'utente sul pulsante",
    ),
    (
        "click-not-trusted",
        "il clic non veniva dall'utente ma da uno script",
    ),
    (
        "click-off-screen",
        "il pulsante non era interamente nella finestra",
    ),
    (
        "click-restyled",
        "la pagina aveva spostato o cambiato lo stile del pulsante",
    ),
    (
        "click-too-soon",
        "il pulsante di conferma è stato cliccato nel momento in cui è apparso, prima che potesse essere letto",
    ),
    (
        "click-transparent",
        "la pagina aveva reso il pulsante trasparente o nascosto",
    ),
    (
        "conflict",
        "Sono già presenti valori diversi: {0}. Premere «Sostituisci i valori diversi» per sovrascriverli.",
    ),
    ("drift-difference", "{0}: GoTo «{1}» ≠ Azure «{2}»"),
    ("drift-differs", "GoTo differisce da Azure:"),
    (
        "drift-in-sync",
        "GoTo contiene ciò che contiene Azure: sincronizzati.",
    ),
    ("empty-input", "L'input è vuoto."),
    (
        "extDescription",
        "Copia le impostazioni SAML di un'app di Azure AD nel Centro organizzativo di GoTo e quelle di GoTo in Azure. Nulla lascia il PC.",
    ),
    ("extName", "ssobridge: SAML di Azure AD verso GoTo"),
    (
        "fetch-http-status",
        "Il server ha risposto HTTP {0} invece dei metadati.",
    ),
    (
        "fetch-network",
        "La richiesta non è riuscita (offline, o bloccata dalla rete o da un'altra estensione).",
    ),
    (
        "fetch-redirected",
        "Il server ha reindirizzato a un altro indirizzo, che ssobridge non segue mai.",
    ),
    (
        "fetch-timed-out",
        "Nessuna risposta completa è arrivata entro {0} secondi.",
    ),
    (
        "fetch-too-large",
        "La risposta supera {0} byte, molto più di qualsiasi metadato, quindi la lettura si è interrotta.",
    ),
    (
        "fetching-metadata",
        "Lettura dei metadati di federazione dell'app…",
    ),
    ("field-certificate", "certificato di firma"),
    ("field-change", "{0}: «{1}» → «{2}»"),
    ("field-entity-id", "ID entità"),
    ("field-metadata-url", "URL dei metadati"),
    ("field-metadata-xml", "file di metadati"),
    ("field-not-after", "Scadenza"),
    ("field-sign-in-url", "URL di accesso"),
    ("field-sign-out-url", "URL di disconnessione"),
    ("field-tenant-id", "ID tenant"),
    ("field-thumbprint-sha1", "Identificazione personale (SHA-1)"),
    (
        "filled",
        "{0} campo/i compilato/i; {1} già corretto/i. Verificare il modulo, quindi premere Salva.",
    ),
    ("form-certificate", "Certificato di verifica"),
    ("form-entity-id", "ID entità del provider di identità"),
    ("form-identifier", "Identificatore (ID entità)"),
    (
        "form-identity-provider-fields",
        "Campi del provider di identità",
    ),
    ("form-metadata-file", "File di metadati"),
    ("form-metadata-url", "URL dei metadati"),
    (
        "form-not-found",
        "Il modulo non è stato trovato in questa pagina: manca {0}.",
    ),
    ("form-relay-state", "Stato dell'inoltro"),
    ("form-reply-url", "URL di risposta"),
    ("form-sign-in-binding", "Associazione di accesso"),
    ("form-sign-in-url", "URL pagina di accesso"),
    ("form-sign-out-binding", "Associazione di disconnessione"),
    ("form-sign-out-url", "URL pagina di disconnessione"),
    (
        "frame-ancestry-unknown",
        "il browser non indica quale sito incornicia questa pagina",
    ),
    (
        "frame-foreign-ancestor",
        "questa pagina è incorniciata da un altro sito",
    ),
    ("frame-not-allowed", "ssobridge non agisce qui: {0}."),
    ("frame-sandboxed", "questo frame è in una sandbox"),
    ("host-not-allowed", "ssobridge non agisce su {0}."),
    (
        "input-too-large",
        "Il file è di {0} byte; ssobridge legge al massimo {1} byte (1 MiB). I metadati e i certificati di Azure sono molto più piccoli, quindi probabilmente è il file sbagliato.",
    ),
    (
        "invalid-base64",
        "Il testo Base64 non si decodifica ({0}); potrebbe essere troncato o danneggiato. Copiare di nuovo l'intero certificato.",
    ),
    (
        "invalid-pem",
        "Il testo PEM è danneggiato ({0}). Deve iniziare con -----BEGIN CERTIFICATE----- e terminare con -----END CERTIFICATE-----.",
    ),
    ("lang", "it"),
    (
        "metadata-fetch-failed",
        "Impossibile recuperare i metadati di federazione dell'app: {0} È stato mantenuto ciò che mostra la pagina; aggiungere il certificato (Base64) o il file XML dei metadati di federazione nella finestra di ssobridge.",
    ),
    (
        "metadata-unknown",
        "È stato mantenuto ciò che mostra la pagina, ma l'URL dei metadati non è nella pagina, quindi manca il certificato: aggiungere il certificato (Base64) o il file XML dei metadati di federazione nella finestra di ssobridge.",
    ),
    (
        "metadata-unreadable",
        "I metadati di federazione dell'app sono stati recuperati ma non sono utilizzabili: {0} È stato mantenuto ciò che mostra la pagina; aggiungere il certificato (Base64) o il file XML dei metadati di federazione nella finestra di ssobridge.",
    ),
    (
        "missing-value",
        "Non acquisito: {0}. Acquisirlo nella pagina Single Sign-On SAML di Azure, oppure aggiungere il certificato o il file di metadati nella finestra di ssobridge.",
    ),
    ("mode-automatic", "Automatico (URL dei metadati)"),
    ("mode-manual", "Manuale"),
    ("mode-metadata-file", "Carica file di metadati"),
    (
        "mode-not-available",
        "L'elenco di configurazione non offre o non mantiene la modalità {0}. Sceglierla a mano, quindi premere di nuovo il pulsante.",
    ),
    (
        "no-sign-in-service",
        "I metadati non indicano alcun URL di accesso (nessun SingleSignOnService con binding HTTP-Redirect o HTTP-POST), quindi GoTo non potrebbe indirizzare gli utenti ad Azure.",
    ),
    (
        "no-signing-certificate",
        "I metadati non indicano alcun certificato di firma (KeyDescriptor use=\"signing\").",
    ),
    (
        "not-a-certificate",
        "I dati non sono un certificato X.509 ({0}).",
    ),
    (
        "not-metadata",
        "L'XML non è costituito da metadati SAML: non ha un EntityDescriptor con un IDPSSODescriptor.",
    ),
    (
        "not-saml-response",
        "Questa non è una risposta SAML 2.0. Fornire il valore SAMLResponse come inviato (Base64), il corpo del modulo che lo contiene o l'XML samlp:Response decodificato.",
    ),
    (
        "nothing-captured",
        "Non è ancora stato acquisito nulla. Aprire prima la pagina Single Sign-On SAML dell'app in Azure e premere «Invia a GoTo».",
    ),
    (
        "nothing-found",
        "In questa pagina non sono state trovate impostazioni SAML. Attendere il caricamento della pagina oppure aprire la pagina Single Sign-On SAML dell'app.",
    ),
    ("outcome-already-correct", "già corretto"),
    ("outcome-attached", "file allegato"),
    ("outcome-conflict", "contiene un valore diverso"),
    ("outcome-filled", "compilato"),
    (
        "outcome-refused",
        "rifiutato dalla pagina: incollarlo a mano",
    ),
    (
        "page-disagrees",
        "La pagina e i metadati dell'app non concordano, quindi non è stato acquisito nulla (restano le impostazioni precedenti): {0}. Ricaricare la pagina; se persiste, verificare l'app in Azure.",
    ),
    (
        "page-metadata-difference",
        "{0}: la pagina mostra {1}, i metadati indicano {2}",
    ),
    (
        "page-report-unavailable",
        "ssobridge non legge questa scheda: un rapporto della pagina si crea nel portale di Azure o nel Centro organizzativo di GoTo.",
    ),
    (
        "policy-invalid-value",
        "I criteri dell'organizzazione impostano {0} su {1}, che ssobridge non comprende; viene ignorato.",
    ),
    (
        "policy-locked",
        "{0} è impostato dall'organizzazione e non può essere modificato qui.",
    ),
    (
        "policy-not-object",
        "I criteri dell'organizzazione per ssobridge non sono un insieme di valori con nome ({0}); vengono ignorati.",
    ),
    (
        "policy-set-by-organisation",
        "Impostato dall'organizzazione",
    ),
    (
        "policy-unknown-key",
        "I criteri dell'organizzazione nominano {0}, che non è un'impostazione di ssobridge; viene ignorato.",
    ),
    (
        "policy-unreadable",
        "Il browser non ha potuto leggere i criteri dell'organizzazione per ssobridge ({0}), quindi la verifica dell'accesso è disattivata finché non potrà.",
    ),
    ("popup-add", "Aggiungi un certificato o metadati"),
    ("popup-added", "Aggiunto."),
    ("popup-checklist", "Elenco di configurazione"),
    ("popup-clear", "Cancella"),
    ("popup-cleared", "Cancellato."),
    ("popup-copy", "Copia"),
    ("popup-download-pem", "Scarica PEM"),
    (
        "popup-drop",
        "Trascinare qui Certificato (Base64), Certificato (non elaborato) o XML metadati federazione, oppure scegliere un file",
    ),
    ("popup-fetch", "Leggi"),
    ("popup-fill", "Come compilare GoTo"),
    ("popup-last-fill", "Ultima compilazione"),
    ("popup-metadata-url", "URL metadati federazione app"),
    ("popup-mode", "Modalità"),
    (
        "popup-nothing",
        "Non è ancora stato acquisito nulla. Aprire la pagina Single Sign-On SAML dell'app in Azure e premere «Invia a GoTo».",
    ),
    ("popup-page-report", "Rapporto della pagina"),
    (
        "popup-page-report-about",
        "Ciò che ssobridge ha visto di questa pagina, con ogni valore sostituito dalla sua forma (nessun tenant, app, persona o certificato). Non viene inviato nulla: si salva il file e lo si può allegare a una segnalazione se ssobridge non comprende la pagina.",
    ),
    (
        "popup-page-report-show",
        "Mostra ciò che ssobridge vede in questa pagina",
    ),
    ("popup-product", "Prodotto GoTo (Stato dell'inoltro)"),
    ("popup-settings", "Impostazioni di Azure AD acquisite"),
    ("popup-signin", "Verifica un accesso di prova"),
    (
        "private-key",
        "Il file contiene una chiave privata. ssobridge non legge mai chiavi private; a GoTo serve solo il certificato. Mantenere segreto questo file.",
    ),
    (
        "reason-matches-portal-thumbprint",
        "La sua identificazione personale è quella che il portale di Azure mostra come attiva.",
    ),
    (
        "reason-newest-valid",
        "È valido ora ed è il più recente dei certificati validi.",
    ),
    (
        "reason-none-valid-latest-expiry",
        "Nessun certificato è valido ora; questo scade per ultimo. Rinnovare il certificato in Azure.",
    ),
    ("reason-only", "È l'unico certificato di firma."),
    (
        "refused",
        "La pagina non ha mantenuto: {0}. Copiare il valore dalla finestra di ssobridge e incollarlo a mano.",
    ),
    (
        "response-base64",
        "Il valore SAMLResponse non si decodifica come Base64 ({0}); potrebbe essere troncato. Copiare di nuovo l'intero valore.",
    ),
    (
        "several-idp-entities",
        "I metadati descrivono più provider di identità ({0}) e nessuno è il tenant di questa app. Usare l'URL metadati federazione app dell'app stessa.",
    ),
    (
        "several-signing-certificates",
        "L'input elenca {0} certificati di firma (una sostituzione). È stato scelto il certificato {1}: {2}",
    ),
    (
        "signin-audience-differs",
        "L'Audience dell'asserzione è {0}, ma GoTo accetta solo {1}: nella configurazione SAML di base di Azure, impostare Identificatore (ID entità) su {1}.",
    ),
    (
        "signin-audience-missing",
        "L'asserzione non indica alcuna Audience e GoTo si aspetta {0}: nella configurazione SAML di base di Azure, impostare Identificatore (ID entità) su {0}.",
    ),
    (
        "signin-audience-ok",
        "L'asserzione è destinata a {0}, l'ID entità di GoTo.",
    ),
    (
        "signin-certificate-differs",
        "Azure firma con il certificato {0}; GoTo contiene {1}: acquisire di nuovo in Azure (Invia a GoTo) e compilare di nuovo GoTo con il certificato che Azure indica come attivo.",
    ),
    (
        "signin-certificate-expired",
        "Azure firma con il certificato {0}, scaduto il {1}: in Certificati SAML di Azure, creare un nuovo certificato e renderlo attivo, quindi acquisire e compilare di nuovo GoTo.",
    ),
    (
        "signin-certificate-newer",
        "Azure firma con il certificato più recente {0}; GoTo contiene ancora {1}: acquisire di nuovo in Azure (Invia a GoTo) e compilare di nuovo GoTo, in modo che GoTo riceva {0}.",
    ),
    (
        "signin-certificate-not-named",
        "La firma non include il proprio certificato, quindi ssobridge non può stabilire con quale firma Azure; GoTo la verifica con il certificato che contiene.",
    ),
    (
        "signin-certificate-not-yet-valid",
        "Azure firma con il certificato {0}, valido solo dal {1}: controllare l'orologio di questo computer e, in Certificati SAML di Azure, rendere attivo un certificato attualmente valido.",
    ),
    (
        "signin-certificate-ok",
        "Azure firma con il certificato {0} (valido fino al {1}), quello che contiene GoTo.",
    ),
    (
        "signin-certificate-older",
        "Azure firma ancora con il certificato precedente {0}; GoTo contiene già {1}: in Certificati SAML di Azure, rendere attivo {1} (o compilare di nuovo GoTo con {0}).",
    ),
    (
        "signin-certificate-unchecked",
        "Azure firma con il certificato {0} (valido fino al {1}). Nulla di acquisito con cui confrontarlo: il Certificato di verifica di GoTo deve avere questa identificazione personale.",
    ),
    (
        "signin-certificate-unreadable",
        "Il certificato nella firma non è leggibile: {0}",
    ),
    (
        "signin-certificate-unsigned",
        "La risposta non ha firma, quindi non c'è un certificato da confrontare (vedere la verifica della firma).",
    ),
    (
        "signin-check-off",
        "L'organizzazione ha disattivato la verifica dell'accesso.",
    ),
    (
        "signin-code-authn-failed",
        "Azure non è riuscito ad autenticare l'utente.",
    ),
    (
        "signin-code-invalid-attr-name-or-value",
        "Azure non ha accettato un nome o un valore di attributo nella richiesta.",
    ),
    (
        "signin-code-invalid-name-id-policy",
        "Azure non può emettere il formato NameID richiesto: in Attributi e attestazioni di Azure, assegnare a Identificatore utente univoco (ID nome) il formato Indirizzo di posta elettronica.",
    ),
    (
        "signin-code-no-authn-context",
        "Azure non può far accedere l'utente nel modo richiesto.",
    ),
    (
        "signin-code-no-available-idp",
        "Nessun provider di identità è disponibile per far accedere l'utente.",
    ),
    (
        "signin-code-no-passive",
        "L'utente avrebbe dovuto accedere in modo interattivo, cosa che la richiesta non consentiva: accedere prima ad Azure, quindi ripetere il test.",
    ),
    (
        "signin-code-no-supported-idp",
        "Nessuno dei provider di identità indicati dalla richiesta è supportato.",
    ),
    (
        "signin-code-partial-logout",
        "La disconnessione non è stata completa.",
    ),
    (
        "signin-code-proxy-count-exceeded",
        "La richiesta è passata per più provider di identità di quanti ne consenta.",
    ),
    (
        "signin-code-request-denied",
        "Azure ha rifiutato l'accesso a questo utente: in Utenti e gruppi dell'app in Azure, assegnare l'utente o uno dei suoi gruppi.",
    ),
    (
        "signin-code-request-unsupported",
        "Azure non supporta qualcosa nella richiesta.",
    ),
    (
        "signin-code-request-version-deprecated",
        "Azure non accetta più richieste di questa versione di SAML.",
    ),
    (
        "signin-code-request-version-too-high",
        "La versione SAML della richiesta è più recente di quella accettata da Azure.",
    ),
    (
        "signin-code-request-version-too-low",
        "La versione SAML della richiesta è più vecchia di quella accettata da Azure.",
    ),
    (
        "signin-code-requester",
        "Azure ha trovato un errore nella richiesta: verificare Identificatore (ID entità) e URL di risposta nella configurazione SAML di base di Azure.",
    ),
    (
        "signin-code-resource-not-recognized",
        "Azure non riconosce l'app a cui è destinata la richiesta: verificare Identificatore (ID entità) nella configurazione SAML di base di Azure.",
    ),
    (
        "signin-code-responder",
        "Azure non è riuscito a completare l'accesso dalla sua parte.",
    ),
    (
        "signin-code-too-many-responses",
        "La risposta conterrebbe più asserzioni di quante la richiesta ne consenta.",
    ),
    (
        "signin-code-unknown",
        "ssobridge non sa descrivere questo codice di stato; cercarlo nei log di accesso di Azure.",
    ),
    (
        "signin-code-unknown-attr-profile",
        "Azure non conosce il profilo di attributi richiesto.",
    ),
    (
        "signin-code-unknown-principal",
        "Azure non conosce questo utente: verificare che l'utente esista nel tenant e sia assegnato all'app.",
    ),
    (
        "signin-code-unsupported-binding",
        "Azure non può rispondere con il binding richiesto.",
    ),
    (
        "signin-code-version-mismatch",
        "Azure non accetta la versione SAML della richiesta.",
    ),
    (
        "signin-destination-differs",
        "{0} è {1}, non {2} di GoTo: nella configurazione SAML di base di Azure, impostare URL di risposta (URL del servizio consumer di asserzione) su {2}.",
    ),
    (
        "signin-destination-missing",
        "La risposta non indica né Destination né Recipient e GoTo si aspetta {0}: nella configurazione SAML di base di Azure, impostare URL di risposta (URL del servizio consumer di asserzione) su {0}.",
    ),
    (
        "signin-destination-ok",
        "La risposta è indirizzata all'URL di risposta di GoTo {0}.",
    ),
    (
        "signin-encrypted",
        "L'asserzione è crittografata, quindi ssobridge non può leggerla, e la configurazione SAML di GoTo si aspetta un'asserzione non crittografata: in Azure aprire la pagina Crittografia token dell'app e disattivare lì il certificato.",
    ),
    (
        "signin-issuer-differs",
        "La risposta è emessa da {0}, ma GoTo contiene l'ID entità {1}: se è l'app giusta, acquisirla in Azure e compilare di nuovo GoTo (ID entità del provider di identità); altrimenti testare con l'app da cui è stato compilato GoTo.",
    ),
    (
        "signin-issuer-inconsistent",
        "La risposta è emessa da {0} ma la sua asserzione da {1}; GoTo si aspetta un unico provider di identità per entrambe.",
    ),
    (
        "signin-issuer-missing",
        "La risposta non indica alcun Issuer, quindi GoTo non può sapere quale provider di identità l'ha inviata.",
    ),
    (
        "signin-issuer-ok",
        "La risposta è emessa da {0}, l'ID entità che contiene GoTo.",
    ),
    (
        "signin-issuer-unchecked",
        "La risposta è emessa da {0}. Nulla di acquisito con cui confrontarla: l'ID entità del provider di identità in GoTo deve essere esattamente questo, barra finale inclusa.",
    ),
    (
        "signin-nameid-missing",
        "L'asserzione non indica l'utente (nessun NameID) e GoTo trova gli utenti per indirizzo di posta elettronica: in Attributi e attestazioni di Azure, impostare Identificatore utente univoco (ID nome) su user.mail o user.userprincipalname con il formato Indirizzo di posta elettronica.",
    ),
    (
        "signin-nameid-not-email",
        "L'utente è identificato come {0} (formato {1}), che non è un indirizzo di posta elettronica, e GoTo trova gli utenti per indirizzo di posta elettronica: in Attributi e attestazioni di Azure, impostare Identificatore utente univoco (ID nome) su user.mail o user.userprincipalname con il formato Indirizzo di posta elettronica.",
    ),
    (
        "signin-nameid-ok",
        "L'utente è identificato come {0}, un indirizzo di posta elettronica: GoTo trova l'utente in base a esso.",
    ),
    (
        "signin-no-assertion",
        "La risposta non contiene alcuna asserzione: Azure non ha fatto accedere nessuno (vedere la verifica dello stato).",
    ),
    (
        "signin-permission-refused",
        "La verifica dell'accesso deve vedere ciò che il browser invia all'indirizzo di accesso di GoTo; senza questa autorizzazione non può essere eseguita.",
    ),
    (
        "signin-privacy",
        "La risposta SAML nomina una persona: ssobridge la legge nel browser, non la archivia né la invia mai e conserva solo questi risultati.",
    ),
    (
        "signin-signed-assertion",
        "L'asserzione è firmata (ssobridge non verifica la firma; GoTo sì, con il certificato che contiene).",
    ),
    (
        "signin-signed-both",
        "La risposta e la sua asserzione sono firmate (ssobridge non verifica le firme; GoTo sì, con il certificato che contiene).",
    ),
    (
        "signin-signed-missing",
        "Né la risposta né la sua asserzione sono firmate, e GoTo rifiuta gli accessi non firmati: in Certificati SAML di Azure, impostare Opzione di firma su Firma asserzione SAML.",
    ),
    (
        "signin-signed-response",
        "La risposta è firmata (ssobridge non verifica la firma; GoTo sì, con il certificato che contiene).",
    ),
    (
        "signin-status-missing",
        "La risposta non ha un codice di stato, quindi non dice che l'utente ha eseguito l'accesso; GoTo la rifiuta.",
    ),
    (
        "signin-status-ok",
        "Azure ha risposto Success: l'utente ha eseguito l'accesso.",
    ),
    (
        "signin-status-problem",
        "Azure ha risposto {0} invece di Success: {1}",
    ),
    (
        "signin-status-problem-message",
        "Azure ha risposto {0} invece di Success: {1} Messaggio di Azure: {2}",
    ),
    (
        "signin-status-version",
        "La risposta è SAML versione {0}; GoTo accetta solo SAML 2.0. In Azure configurare l'app per il Single Sign-On SAML.",
    ),
    (
        "signin-time-early",
        "{0} è {1}; ora sono le {2}, più di 5 minuti (lo sfasamento di orologio che GoTo tollera) prima, quindi secondo l'orologio di questo computer la risposta non è ancora valida. Un orologio è sbagliato: regolare l'orologio di questo computer e ripetere il test.",
    ),
    (
        "signin-time-expired",
        "{0} era {1}; ora sono le {2}, più di 5 minuti (lo sfasamento di orologio che GoTo tollera) dopo, quindi GoTo rifiuta la risposta come scaduta. Accedere di nuovo per ottenerne una nuova; se era nuova, regolare l'orologio di questo computer.",
    ),
    (
        "signin-time-none",
        "L'asserzione non stabilisce alcun periodo di validità (né NotBefore né NotOnOrAfter).",
    ),
    (
        "signin-time-ok",
        "L'asserzione è valida dal {0} al {1}, e ora sono le {2}: all'interno, con i 5 minuti di sfasamento di orologio che GoTo tollera.",
    ),
    ("signin-time-open", "(non impostato)"),
    (
        "signin-time-unreadable",
        "{0} contiene «{1}», che non è un orario che ssobridge sappia leggere.",
    ),
    (
        "signin-timed-out",
        "Nessun accesso di prova ha raggiunto GoTo entro 5 minuti. Premere di nuovo il pulsante, quindi accedere.",
    ),
    (
        "signin-waiting",
        "In attesa di un accesso di prova (fino a 5 minuti): in Azure premere Test nella pagina Single Sign-On dell'app, oppure accedere a GoTo con un utente assegnato.",
    ),
    ("source-failed", "impossibile recuperare i metadati"),
    ("source-fetched", "verificato con i metadati dell'app"),
    ("source-file", "da un file"),
    ("source-not-attempted", "solo valori della pagina"),
    ("source-unreadable", "metadati non utilizzabili"),
    (
        "state-reset",
        "Alcune impostazioni salvate non sono state comprese e sono state reimpostate.",
    ),
    (
        "tenant-independent-metadata",
        "Questi sono i metadati di Azure indipendenti dal tenant (common), non quelli della propria app. Usare l'URL metadati federazione app mostrato nella pagina Single Sign-On SAML dell'app.",
    ),
    (
        "two-metadata-urls",
        "Questa pagina mostra due URL metadati federazione app ({0} e {1}). Non è stato acquisito nulla: aprire la pagina Single Sign-On SAML di una sola app.",
    ),
    (
        "two-tenants",
        "Questa pagina mostra le impostazioni del provider di identità di due tenant ({0} e {1}). Non è stato acquisito nulla: aprire la pagina Single Sign-On SAML di una sola app e verificare quali valori le appartengono.",
    ),
    (
        "unrecognised-input",
        "Non è né un certificato (PEM, Base64 o DER) né un XML di metadati SAML.",
    ),
    (
        "unsafe-click",
        "Non è stato fatto nulla: {0}. Se si è cliccato il pulsante, assicurarsi che sia completamente visibile e che nulla lo copra, quindi cliccarlo di nuovo.",
    ),
    ("verifying", "Verifica di ciò che la pagina ha mantenuto…"),
    (
        "waiting-for-fields",
        "In attesa dei campi di questa modalità…",
    ),
    (
        "waiting-for-form",
        "In attesa del modulo Provider di identità…",
    ),
    (
        "waiting-for-sp-pane",
        "In attesa del riquadro Configurazione SAML di base…",
    ),
    (
        "waiting-for-values",
        "In attesa che compaiano i valori SAML…",
    ),
    ("working", "Elaborazione…"),
    (
        "www-drop",
        "Trascinare qui un file .cer, .pem o .xml, oppure",
    ),
    (
        "www-intro",
        "Trascinare o incollare un certificato di firma di Azure AD (Base64 o non elaborato) o il file XML dei metadati di federazione dell'app, oppure incollare il suo URL metadati federazione app. Tutto viene letto qui, nel browser; non viene inviato nulla, tranne la richiesta all'URL dei metadati indicato.",
    ),
    (
        "www-paste",
        "…oppure incollare PEM, Base64, XML di metadati o un URL dei metadati",
    ),
    (
        "www-read-certificate",
        "Certificato letto: {0} certificato/i di firma.",
    ),
    (
        "www-read-metadata",
        "Metadati letti: {0} certificato/i di firma.",
    ),
    ("www-signin", "Verifica dell'accesso"),
    (
        "www-signin-intro",
        "Per verificare un accesso di prova, incollare la risposta SAML (Base64 come inviata, o XML): viene verificata con il certificato o i metadati letti qui prima, e non viene mai archiviata né inviata.",
    ),
    ("www-status", "Stato"),
    (
        "www-title",
        "ssobridge: leggere un certificato di Azure AD o metadati SAML",
    ),
    ("www-values", "Valori per GoTo"),
    (
        "xml-doctype-forbidden",
        "L'XML dichiara un DOCTYPE o entità. I metadati di Azure non lo fanno mai, e un XML del genere può nascondere attacchi, quindi viene rifiutato.",
    ),
    ("xml-malformed", "L'XML non è ben formato: {0}"),
    (
        "xml-too-deep",
        "L'XML è annidato su più di {0} livelli; i metadati di Azure non lo sono, quindi viene rifiutato.",
    ),
    ("glance-empty", "Non è stato ancora acquisito nulla."),
    (
        "glance-partial",
        "Acquisito in parte: aggiungere il certificato o il file di metadati di federazione (Aggiungi un certificato o metadati, qui sotto).",
    ),
    (
        "glance-warnings",
        "Acquisito, con avvisi da leggere prima di compilare GoTo: {0}.",
    ),
    (
        "glance-ready",
        "Acquisito e verificato: pronto per compilare GoTo.",
    ),
    ("glance-next", "Passaggio successivo: {0}"),
    ("glance-all-done", "Tutti i passaggi sono completati."),
    ("popup-certificate-details", "Dettagli del certificato"),
    ("popup-copy-field", "Copia {0}"),
    (
        "signin-summary-ok",
        "Tutti i {0} controlli superati: GoTo accetterà questo accesso.",
    ),
    (
        "signin-summary-problems",
        "{0} controlli su {1} hanno trovato un problema; ognuno indica cosa modificare.",
    ),
    ("signin-state-ok", "OK"),
    ("signin-state-problem", "Problema"),
    ("signin-name-status", "Stato"),
    ("signin-name-issuer", "Autorità emittente"),
    ("signin-name-destination", "Destinazione"),
    ("signin-name-audience", "Destinatari"),
    ("signin-name-certificate", "Certificato"),
    ("signin-name-signed", "Firma"),
    ("signin-name-time", "Ora"),
    ("signin-name-nameid", "NameID"),
];
