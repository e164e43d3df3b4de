// Replicas of the Azure portal's SAML single sign-on page in each era, shared by the Azure hosts'
// index pages (`<script src="/_shared/azure.js" data-era=… data-app=…>`). The language comes
// from `?l=` (en, nl, sv, de, fr, es, pt, it, ja, pl; ko SYNTHETIC). Like the real portal, a page is a single-page app: the shell loads,
// then the blade renders from the hash deep link after its data "arrives".
// Values are those of real metadata fixtures (tests/fixtures/metadata), one per app.
(() => {
  const script = document.currentScript;
  const era = script.dataset.era;
  const params = new URLSearchParams(location.search);
  const lang = params.get('l') ?? 'en';
  // ?plant=all|relay: another tenant's values typed where an app owner can type them (Basic
  // SAML Configuration's Sign on URL, Relay State, Logout Url; a constant claim), as a
  // careless or hostile app owner leaves them. ?grid=1: the certificate list after a rollover,
  // the expired certificate's Inactive row above the Active one.
  const plant = params.get('plant');
  const grid = params.get('grid') === '1';
  // ?order=logout-first: the "Set up <app>" section lists its Logout URL first, on the older
  // login.windows.net host. CONSTRUCTED, not seen on a live portal (since 2019 both URLs are the
  // same and the Login URL comes first): with the two told apart by value and order reversed,
  // only the labels can say which is which.
  const logoutFirst = params.get('order') === 'logout-first';
  // ?loading=MS: how long the blade shows its spinner before its data "arrives" (default 700).
  const loadingMs = Number(params.get('loading') ?? 700);
  document.documentElement.lang = lang;

  const APPS = {
    // pt and it dates as those locales print them (ASSUMED: no portal screenshot seen).
    rollover: { tenant: '81c1df79-e153-4f9d-a101-8dcf04af6c2c', appId: '2f6c1a3e-8d4b-4b7e-9a51-6c0d3e7b9f21', thumbprint: '815D70419E644F95BE30F309616EBDA58C5B591B', expires: { en: '5/7/2027, 4:44:56 PM', nl: '7-5-2027 16:44:56', sv: '2027-05-07 16:44:56', de: '7.5.2027, 16:44:56', fr: '07/05/2027 16:44:56', es: '7/5/2027, 16:44:56', pt: '07/05/2027, 16:44:56', it: '7/5/2027, 16:44:56', ja: '2027/05/07 16:44:56', pl: '7.05.2027, 16:44:56' } },
    coveo: { tenant: '70186da4-868e-4177-9155-949d9fd1af15', appId: '5b8f2d14-6c3a-4e9b-8f7d-2a1c0e9b3d47', thumbprint: '3059B1E91C186E4258CA2365D867BBD8ECB8C187', expires: { en: '10/23/2022, 9:45:10 AM', nl: '23-10-2022 09:45:10', sv: '2022-10-23 09:45:10', pl: '23.10.2022, 09:45:10' } },
    brendan: { tenant: 'cedda796-3a82-499e-a9ea-c8f5030750bf', appId: '9c4e7a21-3b5d-4f86-a1e2-7d9c0b6f5a38', thumbprint: '6EA78197045DCD02FC5C9E37FF1AA5CA3A3F568F', expires: { en: '5/4/2025, 7:11:04 PM' } },
    katana: { tenant: '4afbc689-805b-48cf-a24c-d4aa3248a248', loginHost: 'login.windows.net' },
    missing: { tenant: '81c1df79-e153-4f9d-a101-8dcf04af6c2c', appId: '00000000-1111-4222-8333-444444444444', thumbprint: '815D70419E644F95BE30F309616EBDA58C5B591B', expires: { en: '5/7/2027, 4:44:56 PM' } },
  };
  const app = APPS[params.get('app') ?? script.dataset.app ?? 'rollover'];
  const host = app.loginHost ?? 'login.microsoftonline.com';
  const v = {
    loginUrl: `https://${host}/${app.tenant}/saml2`,
    logoutUrl: logoutFirst ? `https://login.windows.net/${app.tenant}/saml2` : `https://${host}/${app.tenant}/saml2`,
    identifier: `https://sts.windows.net/${app.tenant}/`,
    metadataUrl: `https://${host}/${app.tenant}/federationmetadata/2007-06/federationmetadata.xml?appid=${app.appId}`,
    thumbprint: app.thumbprint,
    expires: app.expires?.[lang] ?? app.expires?.en,
  };

  // Labels as the portal shows them per language (nl and sv after Microsoft's localised
  // tutorials; exact wording may differ, which is why ssobridge reads values by shape first).
  const LABELS = {
    en: { title: 'SAML-based Sign-on', setup: 'Set up Single Sign-On with SAML', basic: 'Basic SAML Configuration', claims: 'Attributes & Claims',
      certificates: era === 'entra' ? 'SAML Certificates' : 'SAML Signing Certificate', token: 'Token signing certificate', status: 'Status', active: 'Active',
      thumbprint: 'Thumbprint', expiration: 'Expiration', email: 'Notification Email', metadataUrl: 'App Federation Metadata Url',
      base64: 'Certificate (Base64)', raw: 'Certificate (Raw)', xml: 'Federation Metadata XML', download: 'Download',
      setupApp: 'Set up GoToMeeting', loginUrl: 'Login URL', identifier: era === 'entra' ? 'Microsoft Entra Identifier' : 'Azure AD Identifier', logoutUrl: 'Logout URL',
      spId: 'Identifier (Entity ID)', reply: 'Reply URL (Assertion Consumer Service URL)', signOn: 'Sign on URL', relay: 'Relay State (Optional)', spLogout: 'Logout Url (Optional)',
      edit: 'Edit', save: 'Save', required: 'Required', optional: 'Optional', home: 'Home', open: 'GoToMeeting: Single sign-on' },
    nl: { title: 'Eenmalige aanmelding op basis van SAML', setup: 'Eenmalige aanmelding instellen met SAML', basic: 'SAML-basisconfiguratie', claims: 'Kenmerken en claims',
      certificates: 'SAML-handtekeningcertificaat', token: 'Certificaat voor tokenondertekening', status: 'Status', active: 'Actief',
      thumbprint: 'Vingerafdruk', expiration: 'Vervaldatum', email: 'E-mailadres voor meldingen', metadataUrl: 'URL voor federatieve metagegevens van app',
      base64: 'Certificaat (Base64)', raw: 'Certificaat (onbewerkt)', xml: 'Federatieve metagegevens-XML', download: 'Downloaden',
      setupApp: 'GoToMeeting instellen', loginUrl: 'Aanmeldings-URL', identifier: 'Azure AD-id', logoutUrl: 'Afmeldings-URL',
      spId: 'Id (entiteits-id)', reply: 'Antwoord-URL (URL voor Assertion Consumer Service)', signOn: 'Aanmeldings-URL', relay: 'Relaystatus (optioneel)', spLogout: 'Afmeldings-URL (optioneel)',
      edit: 'Bewerken', save: 'Opslaan', required: 'Vereist', optional: 'Optioneel', home: 'Start', open: 'GoToMeeting: Eenmalige aanmelding' },
    sv: { title: 'SAML-baserad inloggning', setup: 'Konfigurera enkel inloggning med SAML', basic: 'Grundläggande SAML-konfiguration', claims: 'Attribut och anspråk',
      certificates: 'SAML-signeringscertifikat', token: 'Certifikat för tokensignering', status: 'Status', active: 'Aktiv',
      thumbprint: 'Tumavtryck', expiration: 'Förfallodatum', email: 'E-postadress för meddelanden', metadataUrl: 'URL för appfederationsmetadata',
      base64: 'Certifikat (Base64)', raw: 'Certifikat (rådata)', xml: 'XML för federationsmetadata', download: 'Ladda ned',
      setupApp: 'Konfigurera GoToMeeting', loginUrl: 'Inloggnings-URL', identifier: 'Azure AD-identifierare', logoutUrl: 'Utloggnings-URL',
      spId: 'Identifierare (entitets-ID)', reply: 'Svars-URL (URL för konsumenttjänst för försäkran)', signOn: 'Inloggnings-URL', relay: 'Vidarebefordransstatus (valfritt)', spLogout: 'Utloggnings-URL (valfritt)',
      edit: 'Redigera', save: 'Spara', required: 'Krävs', optional: 'Valfritt', home: 'Start', open: 'GoToMeeting: Enkel inloggning' },
  };
  // German, French and Spanish, as the portal words them (ssobridge's word lists have these
  // languages from Microsoft's documentation; these pages check them on a whole blade).
  LABELS.de = { title: 'SAML-basiertes einmaliges Anmelden', setup: 'Einmaliges Anmelden mit SAML einrichten', basic: 'SAML-Basiskonfiguration', claims: 'Attribute & Ansprüche',
    certificates: era === 'entra' ? 'SAML-Zertifikate' : 'SAML-Signaturzertifikat', token: 'Tokensignaturzertifikat', status: 'Status', active: 'Aktiv',
    thumbprint: 'Fingerabdruck', expiration: 'Ablauf', email: 'Benachrichtigungs-E-Mail', metadataUrl: 'App-Verbundmetadaten-URL',
    base64: 'Zertifikat (Base64)', raw: 'Zertifikat (Rohdaten)', xml: 'Verbundmetadaten-XML', download: 'Herunterladen',
    setupApp: 'GoToMeeting einrichten', loginUrl: 'Anmelde-URL', identifier: era === 'entra' ? 'Microsoft Entra-Bezeichner' : 'Azure AD-Bezeichner', logoutUrl: 'Abmelde-URL',
    spId: 'Bezeichner (Entitäts-ID)', reply: 'Antwort-URL (Assertionsverbraucherdienst-URL)', signOn: 'Anmelde-URL', relay: 'Weiterleitungsstatus (optional)', spLogout: 'Abmelde-URL (optional)',
    edit: 'Bearbeiten', save: 'Speichern', required: 'Erforderlich', optional: 'Optional', home: 'Startseite', open: 'GoToMeeting: Einmaliges Anmelden' };
  LABELS.fr = { title: 'Authentification unique basée sur SAML', setup: 'Configurer l’authentification unique avec SAML', basic: 'Configuration SAML de base', claims: 'Attributs et revendications',
    certificates: era === 'entra' ? 'Certificats SAML' : 'Certificat de signature SAML', token: 'Certificat de signature de jeton', status: 'État', active: 'Actif',
    thumbprint: 'Empreinte numérique', expiration: 'Expiration', email: 'E-mail de notification', metadataUrl: 'URL des métadonnées de fédération d’application',
    base64: 'Certificat (Base64)', raw: 'Certificat (brut)', xml: 'XML de métadonnées de fédération', download: 'Télécharger',
    setupApp: 'Configurer GoToMeeting', loginUrl: 'URL de connexion', identifier: era === 'entra' ? 'Identificateur Microsoft Entra' : 'Identificateur Azure AD', logoutUrl: 'URL de déconnexion',
    spId: 'Identificateur (ID d’entité)', reply: 'URL de réponse (URL Assertion Consumer Service)', signOn: 'URL d’authentification', relay: 'État de relais (facultatif)', spLogout: 'URL de déconnexion (facultatif)',
    edit: 'Modifier', save: 'Enregistrer', required: 'Obligatoire', optional: 'Facultatif', home: 'Accueil', open: 'GoToMeeting : Authentification unique' };
  LABELS.es = { title: 'Inicio de sesión basado en SAML', setup: 'Configurar el inicio de sesión único con SAML', basic: 'Configuración básica de SAML', claims: 'Atributos y notificaciones',
    certificates: era === 'entra' ? 'Certificados SAML' : 'Certificado de firma SAML', token: 'Certificado de firma de token', status: 'Estado', active: 'Activo',
    thumbprint: 'Huella digital', expiration: 'Expiración', email: 'Correo electrónico de notificación', metadataUrl: 'Dirección URL de metadatos de federación de aplicación',
    base64: 'Certificado (Base64)', raw: 'Certificado (sin procesar)', xml: 'XML de metadatos de federación', download: 'Descargar',
    setupApp: 'Configurar GoToMeeting', loginUrl: 'Dirección URL de inicio de sesión', identifier: era === 'entra' ? 'Identificador de Microsoft Entra' : 'Identificador de Azure AD', logoutUrl: 'Dirección URL de cierre de sesión',
    spId: 'Identificador (id. de entidad)', reply: 'Dirección URL de respuesta (URL del Servicio de consumidor de aserciones)', signOn: 'Dirección URL de inicio de sesión', relay: 'Estado de la retransmisión (opcional)', spLogout: 'Dirección URL de cierre de sesión (opcional)',
    edit: 'Editar', save: 'Guardar', required: 'Obligatorio', optional: 'Opcional', home: 'Inicio', open: 'GoToMeeting: Inicio de sesión único' };
  // Portuguese (Brazil) and Italian. Sourced where Microsoft's localized tutorials and
  // certificate articles name the label (crate/src/labels.rs cites them); every label marked
  // ASSUMED below was not found in any source and is written the way the sourced ones are.
  // pt: title from the 2018 pt-BR tutorial ("Logon baseado em SAML"); ASSUMED: token, raw,
  // the Entra-era identifier, spId, reply, relay, spLogout, required, optional, home, open.
  LABELS.pt = { title: 'Logon baseado em SAML', setup: 'Configurar logon único com SAML', basic: 'Configuração Básica do SAML', claims: 'Atributos e Declarações do Usuário',
    certificates: era === 'entra' ? 'Certificados SAML' : 'Certificado de Autenticação SAML', token: 'Certificado de autenticação de token', status: 'Status', active: 'Ativo',
    thumbprint: 'Impressão Digital', expiration: 'Data de Expiração', email: 'Endereços de email de notificação', metadataUrl: 'URL de Metadados de Federação do Aplicativo',
    base64: 'Certificado (Base64)', raw: 'Certificado (Bruto)', xml: 'XML de Metadados de Federação', download: 'Fazer o download',
    setupApp: 'Configurar o GoToMeeting', loginUrl: 'URL de logon', identifier: era === 'entra' ? 'Identificador do Microsoft Entra' : 'Identificador do Azure AD', logoutUrl: 'URL de logoff',
    spId: 'Identificador (ID da Entidade)', reply: 'URL de Resposta (URL do Serviço do Consumidor de Declaração)', signOn: 'URL de Entrada', relay: 'Estado de Retransmissão (Opcional)', spLogout: 'URL de logoff (Opcional)',
    edit: 'Editar', save: 'Salvar', required: 'Obrigatório', optional: 'Opcional', home: 'Página Inicial', open: 'GoToMeeting: Logon único' };
  // it: the Logout URL as the 2020 GoToMeeting tutorial words it on the 2019 page, as later
  // it-IT tutorials (Degreed, GitHub) word it on the Entra one. ASSUMED: title, token (the it-IT
  // docs' term, not seen as a heading), status, raw, the Entra-era identifier, spId, reply, relay,
  // spLogout, required, optional, home, open.
  LABELS.it = { title: 'Accesso basato su SAML', setup: 'Configura l\'accesso Single Sign-On con SAML', basic: 'Configurazione SAML di base', claims: 'Attributi e attestazioni utente',
    certificates: era === 'entra' ? 'Certificati SAML' : 'Certificato di firma SAML', token: 'Certificato di firma del token', status: 'Stato', active: 'Attivo',
    thumbprint: 'Identificazione personale', expiration: 'Data di scadenza', email: 'Indirizzi di posta elettronica di notifica', metadataUrl: 'URL dei metadati di federazione dell\'app',
    base64: 'Certificato (Base64)', raw: 'Certificato (non elaborato)', xml: 'XML dei metadati di federazione', download: 'Scarica',
    setupApp: 'Configura GoToMeeting', loginUrl: 'URL di accesso', identifier: era === 'entra' ? 'Identificatore di Microsoft Entra' : 'Identificatore di Azure AD', logoutUrl: era === 'entra' ? 'URL di disconnessione' : 'URL di chiusura sessione',
    spId: 'Identificatore (ID entità)', reply: 'URL di risposta (URL del servizio consumer di asserzione)', signOn: 'URL di accesso', relay: 'Stato dell’inoltro (facoltativo)', spLogout: 'URL di disconnessione (facoltativo)',
    edit: 'Modifica', save: 'Salva', required: 'Obbligatorio', optional: 'Facoltativo', home: 'Home', open: 'GoToMeeting: Single Sign-On' };
  // Japanese. ssobridge reads its sign-out, thumbprint, expiry, status and section words (the
  // ja-JP tutorial and certificate articles: crate/src/labels.rs); the title, the Entra-era
  // identifier and the Basic SAML pane's words here are not from a source.
  LABELS.ja = { title: 'SAML ベースのサインオン', setup: 'SAML によるシングル サインオンのセットアップ', basic: '基本的な SAML 構成', claims: '属性とクレーム',
    certificates: era === 'entra' ? 'SAML 証明書' : 'SAML 署名証明書', token: 'トークン署名証明書', status: '状態', active: 'アクティブ',
    thumbprint: '拇印', expiration: '有効期限', email: '通知用メール アドレス', metadataUrl: 'アプリのフェデレーション メタデータ URL',
    base64: '証明書 (Base64)', raw: '証明書 (未加工)', xml: 'フェデレーション メタデータ XML', download: 'ダウンロード',
    setupApp: 'GoToMeeting の設定', loginUrl: 'ログイン URL', identifier: 'Microsoft Entra 識別子', logoutUrl: 'ログアウト URL',
    spId: '識別子 (エンティティ ID)', reply: '応答 URL (アサーション コンシューマー サービス URL)', signOn: 'サインオン URL', relay: 'リレー状態 (省略可能)', spLogout: 'ログアウト URL (省略可能)',
    edit: '編集', save: '保存', required: '必須', optional: '省略可能', home: 'ホーム', open: 'GoToMeeting: シングル サインオン' };
  // Korean, SYNTHETIC and from no source: a language ssobridge has no words for (none of these is
  // in crate/src/labels.rs), so only the values' shapes say what the page is.
  LABELS.ko = { title: 'SAML 기반 로그온', setup: 'SAML로 Single Sign-On 설정', basic: '기본 SAML 구성', claims: '특성 및 클레임',
    certificates: era === 'entra' ? 'SAML 인증서' : 'SAML 서명 인증서', token: '토큰 서명 인증서', status: '상태', active: '활성',
    thumbprint: '지문', expiration: '만료', email: '알림 메일', metadataUrl: '앱 페더레이션 메타데이터 URL',
    base64: '인증서(Base64)', raw: '인증서(원시)', xml: '페더레이션 메타데이터 XML', download: '다운로드',
    setupApp: 'GoToMeeting 설정', loginUrl: '로그인 URL', identifier: 'Microsoft Entra 식별자', logoutUrl: '로그아웃 URL',
    spId: '식별자(엔터티 ID)', reply: '회신 URL(어설션 소비자 서비스 URL)', signOn: '로그온 URL', relay: '릴레이 상태(선택 사항)', spLogout: '로그아웃 URL(선택 사항)',
    edit: '편집', save: '저장', required: '필수', optional: '선택 사항', home: '홈', open: 'GoToMeeting: Single Sign-On' };
  // Polish, SYNTHETIC: written from Microsoft's Polish terminology (Microsoft Learn's pl-pl
  // tutorials and the Microsoft language portal's terms), not recorded from a live portal.
  LABELS.pl = { title: 'Logowanie jednokrotne oparte na protokole SAML', setup: 'Konfigurowanie logowania jednokrotnego przy użyciu protokołu SAML', basic: 'Podstawowa konfiguracja protokołu SAML', claims: 'Atrybuty i oświadczenia',
    certificates: era === 'entra' ? 'Certyfikaty SAML' : 'Certyfikat podpisywania SAML', token: 'Certyfikat podpisywania tokenu', status: 'Stan', active: 'Aktywny',
    thumbprint: 'Odcisk palca', expiration: 'Wygaśnięcie', email: 'Adres e-mail do powiadomień', metadataUrl: 'Adres URL metadanych federacji aplikacji',
    base64: 'Certyfikat (Base64)', raw: 'Certyfikat (nieprzetworzony)', xml: 'Plik XML metadanych federacji', download: 'Pobierz',
    setupApp: 'Konfigurowanie aplikacji GoToMeeting', loginUrl: 'Adres URL logowania', identifier: era === 'entra' ? 'Identyfikator Microsoft Entra' : 'Identyfikator usługi Azure AD', logoutUrl: 'Adres URL wylogowania',
    spId: 'Identyfikator (identyfikator jednostki)', reply: 'Adres URL odpowiedzi (adres URL usługi Assertion Consumer Service)', signOn: 'Adres URL logowania', relay: 'Stan przekaźnika (opcjonalnie)', spLogout: 'Adres URL wylogowania (opcjonalnie)',
    edit: 'Edytuj', save: 'Zapisz', required: 'Wymagane', optional: 'Opcjonalne', home: 'Strona główna', open: 'GoToMeeting: Logowanie jednokrotne' };
  const L = LABELS[lang] ?? LABELS.en;
  // ?fields=aria: the copy fields marked read-only for assistive technology only
  // (`aria-readonly`), as another portal version's controls might render them. ?fields=late:
  // rendered editable, made read-only 600 ms later (a form that locks itself once loaded).
  const ariaFields = params.get('fields') === 'aria';
  const lateFields = params.get('fields') === 'late';

  const el = (tag, attrs = {}, ...children) => {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value);
    node.append(...children);
    return node;
  };
  // ?components=open|closed: the copy fields as Fluent UI's web components render them (as the
  // portal's newer views may): <fluent-text-field readonly> whose label is the host's slotted
  // text and whose input sits in the component's shadow root, in open or closed roots.
  const components = params.get('components');
  if (components && !customElements.get('fluent-text-field')) {
    const roots = new WeakMap();
    customElements.define('fluent-text-field', class extends HTMLElement {
      connectedCallback() {
        if (roots.has(this)) return;
        const root = this.attachShadow({ mode: components === 'closed' ? 'closed' : 'open' });
        roots.set(this, root);
        const input = document.createElement('input');
        input.id = 'control';
        input.className = 'control';
        input.readOnly = this.hasAttribute('readonly');
        input.value = this.getAttribute('value') ?? '';
        const label = el('label', { part: 'label', for: 'control' }, el('slot'));
        const style = el('style', {}, ':host{display:block} label{display:block;font-weight:600} input{width:100%;box-sizing:border-box;padding:4px 6px;border:1px solid #8a8886;background:#f3f2f1}');
        // The value arrives a frame after the element, as Lit renders.
        root.append(style, label, el('div', { class: 'root', part: 'root' }));
        requestAnimationFrame(() => root.querySelector('.root').append(input));
      }
    });
  }
  const lockLater = (input) => {
    if (lateFields) setTimeout(() => input.setAttribute('readonly', ''), 600);
    return input;
  };
  let ids = 0;
  // ?values=drawn: every value drawn on a canvas (a portal version ssobridge cannot read, for
  // the page report): the sections and labels are there, no value is text.
  const drawn = params.get('values') === 'drawn';
  const readonlyField = (label, value) => {
    if (drawn) return [el('div', { class: 'ms-Label' }, label), el('canvas', { width: '320', height: '18', 'aria-label': '' })];
    if (components) return [el('fluent-text-field', { readonly: '', value }, label), el('button', { 'aria-label': 'Copy to clipboard' }, '⧉')];
    const id = `TextField${++ids}`;
    return [el('label', { class: 'ms-Label', for: id }, label),
      el('div', { class: 'field' }, lockLater(el('input', { id, type: 'text', ...(ariaFields ? { 'aria-readonly': 'true' } : lateFields ? {} : { readonly: '' }), value })), el('button', { 'aria-label': 'Copy to clipboard' }, '⧉'))];
  };
  const pair = (label, value, isValue = false) => [el('div', { class: 'ms-Label' }, label), drawn && isValue ? el('canvas', { width: '320', height: '18' }) : el('div', {}, value)];
  const section = (step, title, rows, editable = false) => {
    const edit = el('button', { class: 'edit' }, `✎ ${L.edit}`);
    if (editable) edit.addEventListener('click', openBasicPane);
    return el('section', { class: 'ms-Section', 'aria-label': title }, el('span', { class: 'step' }, String(step)), el('h3', {}, title), edit, el('div', { class: 'kv' }, ...rows.flat()));
  };

  // Another tenant's values (the coveo fixture's tenant and app), for ?plant=.
  const OTHER = APPS.coveo;
  const other = {
    loginUrl: `https://login.microsoftonline.com/${OTHER.tenant}/saml2`,
    identifier: `https://sts.windows.net/${OTHER.tenant}/`,
    metadataUrl: `https://login.microsoftonline.com/${OTHER.tenant}/federationmetadata/2007-06/federationmetadata.xml?appid=${OTHER.appId}`,
  };
  const typed = (value, fallback) => (plant === 'all' ? value : fallback);

  // The certificate list as the portal's grid shows it during a rollover (?grid=1).
  function certificateGrid() {
    const inactive = { en: 'Inactive', nl: 'Inactief', sv: 'Inaktiv', de: 'Inaktiv', fr: 'Inactif', es: 'Inactivo', pt: 'Inativo', it: 'Inattivo', ja: '非アクティブ', pl: 'Nieaktywny' }[lang] ?? 'Inactive';
    const row = (cells) => el('div', { role: 'row' }, ...cells.map((text) => el('div', { role: 'gridcell' }, text)));
    return [[el('div', { role: 'grid', 'aria-label': L.token },
      el('div', { role: 'row' }, ...[L.thumbprint, L.status, L.expiration].map((text) => el('div', { role: 'columnheader' }, text))),
      row(['9B6A4331329E0D853B20BD364CD7131D3652942F', inactive, { en: '9/28/2025, 9:17:32 AM', nl: '28-9-2025 09:17:32', sv: '2025-09-28 09:17:32', de: '28.9.2025, 09:17:32', fr: '28/09/2025 09:17:32', es: '28/9/2025, 9:17:32', pt: '28/09/2025, 09:17:32', it: '28/9/2025, 09:17:32', ja: '2025/09/28 9:17:32', pl: '28.09.2025, 09:17:32' }[lang] ?? '9/28/2025, 9:17:32 AM']),
      row([v.thumbprint, L.active, v.expires])), el('span')]];
  }

  // 2019 onwards: "Set up Single Sign-On with SAML", five numbered sections.
  function modernBlade() {
    return el('div', {},
      el('h2', {}, `GoToMeeting | ${L.title}`), el('p', {}, L.setup),
      section(1, L.basic, [pair(L.spId, L.required), pair(L.reply, L.required), pair(L.signOn, typed(other.loginUrl, L.optional)),
        pair(L.relay, plant ? other.metadataUrl : L.optional), pair(L.spLogout, typed(other.loginUrl, L.optional))], true),
      section(2, L.claims, [pair('givenname', 'user.givenname'), pair('emailaddress', 'user.mail'), pair('Unique User Identifier', 'user.userprincipalname'),
        ...(plant === 'all' ? [pair('issuer', `"${other.identifier}"`)] : [])]),
      section(3, L.certificates, [
        ...(era === 'entra' ? [[el('h4', {}, L.token), el('span')]] : []),
        ...(grid ? certificateGrid() : [pair(L.status, L.active), pair(L.thumbprint, v.thumbprint, true), pair(L.expiration, v.expires, true)]),
        pair(L.email, 'admin@contoso.example'),
        readonlyField(L.metadataUrl, v.metadataUrl), pair(L.base64, L.download), pair(L.raw, L.download), pair(L.xml, L.download)]),
      section(4, L.setupApp, logoutFirst
        ? [readonlyField(L.logoutUrl, v.logoutUrl), readonlyField(L.identifier, v.identifier), readonlyField(L.loginUrl, v.loginUrl)]
        : [readonlyField(L.loginUrl, v.loginUrl), readonlyField(L.identifier, v.identifier), readonlyField(L.logoutUrl, v.logoutUrl)]),
      section(5, 'Test', [[el('p', {}, 'Test single sign-on with GoToMeeting'), el('button', {}, 'Test')]]));
  }

  // 2017-2018: the "SAML-based Sign-on" blade; values appear as plain text in the
  // "Configure GoToMeeting" Quick Reference window. No metadata URL on the page.
  function quickReferenceBlade() {
    const quickRef = el('div', { class: 'quickref', hidden: '' },
      el('h3', {}, 'Configure sign-on'), el('p', {}, 'Quick Reference'),
      el('table', {},
        el('tr', {}, el('td', {}, 'SAML Entity ID'), el('td', {}, v.identifier)),
        el('tr', {}, el('td', {}, 'SAML Single Sign-On Service URL'), el('td', {}, v.loginUrl)),
        el('tr', {}, el('td', {}, 'Sign-Out URL'), el('td', {}, v.loginUrl)),
        el('tr', {}, el('td', {}, 'Certificate (Base64)'), el('td', {}, 'Download'))));
    const open = el('a', { href: '#', class: 'configure' }, 'Configure GoToMeeting');
    open.addEventListener('click', (event) => { event.preventDefault(); quickRef.hidden = false; });
    return el('div', {},
      el('h2', {}, 'GoToMeeting - Single sign-on'), el('p', {}, 'Single Sign-on Mode: SAML-based Sign-on'),
      el('h3', {}, 'GoToMeeting Domain and URLs'), el('p', {}, 'Identifier: https://authentication.logmeininc.com/saml/sp'),
      el('h3', {}, 'SAML Signing Certificate'),
      el('table', {}, el('tr', {}, el('th', {}, 'Expiration'), el('th', {}, 'Status'), el('th', {}, 'Download')),
        el('tr', {}, el('td', {}, v.expires ?? ''), el('td', {}, 'Active'), el('td', {}, 'Certificate (Base64)'))),
      el('h3', {}, 'GoToMeeting Configuration'), open, quickRef);
  }

  // 2016: the classic portal's "Configure single sign-on at GoToMeeting" dialog.
  function classicDialog() {
    const field = (label, value) => el('div', { class: 'row' }, el('span', { class: 'lbl' }, label), el('input', { type: 'text', readonly: '', value, class: 'copyable' }));
    return el('div', { class: 'dialog', role: 'dialog', 'aria-label': 'Configure single sign-on at GoToMeeting' },
      el('h2', {}, 'CONFIGURE SINGLE SIGN-ON AT GOTOMEETING'),
      el('p', {}, '1. Download certificate'), el('a', { href: '#' }, 'Download certificate'),
      el('p', {}, '2. Configure certificate and values in GoToMeeting'),
      field('Sign-In Page URL', v.loginUrl),
      field('Sign-Out Page URL', 'https://login.microsoftonline.com/common/wsfederation?wa=wsignout1.0'),
      field('Entity ID', v.identifier),
      el('label', {}, el('input', { type: 'checkbox' }), ' Confirm that you have configured single sign-on as described above.'));
  }

  // The Basic SAML Configuration edit pane: React, controlled inputs, like the portal's Fluent UI.
  function openBasicPane() {
    const { createElement: h, useState } = React;
    const host = el('aside', { class: 'pane', 'aria-label': L.basic });
    document.body.append(host);
    function Row({ label, value, onChange, placeholder }) {
      const [id] = useState(() => `pane${++ids}`);
      return h('div', { className: 'row' }, h('label', { htmlFor: id }, label), h('input', { id, type: 'text', value, placeholder, onChange: (e) => onChange(e.target.value) }));
    }
    function Pane() {
      const [s, setS] = useState({ identifier: '', replyUrl: '', signOnUrl: '', relayState: '', logoutUrl: '' });
      const set = (key) => (value) => setS((old) => ({ ...old, [key]: value }));
      window.replicaPane = s;
      return h('div', {}, h('h2', {}, L.basic),
        h(Row, { label: L.spId, value: s.identifier, onChange: set('identifier'), placeholder: 'https://…' }),
        h(Row, { label: L.reply, value: s.replyUrl, onChange: set('replyUrl') }),
        h(Row, { label: L.signOn, value: s.signOnUrl, onChange: set('signOnUrl') }),
        h(Row, { label: L.relay, value: s.relayState, onChange: set('relayState') }),
        h(Row, { label: L.spLogout, value: s.logoutUrl, onChange: set('logoutUrl') }),
        h('button', { id: 'pane-save', onClick: () => { window.replicaPaneSaved = s; } }, L.save));
    }
    ReactDOM.createRoot(host).render(h(Pane));
  }

  function home() {
    const link = el('a', { href: `#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/SignOn/objectId/7d0c4e61-3f2a-4c5b-8e9d-1a2b3c4d5e6f/appId/${app.appId}/preferredSingleSignOnMode/saml` }, L.open);
    return el('div', {}, el('h2', {}, L.home), el('p', {}, 'Tenant: contoso.example'), link);
  }

  function route() {
    const blade = document.getElementById('blade');
    document.querySelector('.pane')?.remove();
    blade.replaceChildren(el('div', { class: 'spinner' }, 'Loading…'));
    const onSamlPage = /ManagedAppMenuBlade\/(~\/)?SignOn\//i.test(location.hash) || era === '2016';
    setTimeout(() => {
      if (!onSamlPage) return blade.replaceChildren(home());
      blade.replaceChildren({ entra: modernBlade, 2019: modernBlade, 2017: quickReferenceBlade, 2016: classicDialog }[era]());
    }, loadingMs);
  }
  addEventListener('hashchange', route);
  route();
})();
