// Replica of GoTo's Organization Center (Identity provider tab), React 18 with controlled
// inputs: the DOM value alone means nothing here, only React's state counts.
(() => {
  const { createElement: h, useState, useRef } = React;
  const params = new URLSearchParams(location.search);
  // Label texts per language; German, French and Spanish after GoTo's localised admin pages
  // (wording guessed; typographic apostrophes as GoTo's French pages use them).
  const TEXT = {
    en: { question: 'How would you like to configure your SAML IDP?', modes: ['Automatic', 'Upload SAML metadata file', 'Manual'],
      metadataUrl: 'Metadata url', metadataFile: 'Metadata file', metadataPlaceholder: 'Paste or upload metadata xml', uploadMetadata: 'Upload metadata file',
      signIn: 'Sign-in page url', signInBinding: 'Sign-in binding', signOut: 'Sign-out page url (optional)', signOutBinding: 'Sign-out binding',
      entityId: 'Identity Provider Entity ID', certificate: 'Verification certificate', certificatePlaceholder: 'Paste or upload certificate', uploadCertificate: 'Upload certificate',
      tabs: ['Email domains', 'Identity provider', 'Users'], save: 'Save', delete: 'Delete' },
    de: { question: 'Wie möchten Sie Ihren SAML-IdP konfigurieren?', modes: ['Automatisch', 'SAML-Metadatendatei hochladen', 'Manuell'],
      metadataUrl: 'Metadaten-URL', metadataFile: 'Metadatendatei', metadataPlaceholder: 'Metadaten-XML einfügen oder hochladen', uploadMetadata: 'Metadatendatei hochladen',
      signIn: 'Anmeldeseiten-URL', signInBinding: 'Anmeldebindung', signOut: 'Abmeldeseiten-URL (optional)', signOutBinding: 'Abmeldebindung',
      entityId: 'Entitäts-ID des Identitätsanbieters', certificate: 'Verifizierungszertifikat', certificatePlaceholder: 'Zertifikat einfügen oder hochladen', uploadCertificate: 'Zertifikat hochladen',
      tabs: ['E-Mail-Domänen', 'Identitätsanbieter', 'Benutzer'], save: 'Speichern', delete: 'Löschen' },
    fr: { question: 'Comment souhaitez-vous configurer votre fournisseur d’identité SAML ?', modes: ['Automatique', 'Charger le fichier de métadonnées SAML', 'Manuel'],
      metadataUrl: 'URL des métadonnées', metadataFile: 'Fichier de métadonnées', metadataPlaceholder: 'Coller ou charger le XML des métadonnées', uploadMetadata: 'Charger le fichier de métadonnées',
      signIn: 'URL de la page de connexion', signInBinding: 'Liaison de connexion', signOut: 'URL de la page de déconnexion (facultatif)', signOutBinding: 'Liaison de déconnexion',
      entityId: 'ID d’entité du fournisseur d’identité', certificate: 'Certificat de vérification', certificatePlaceholder: 'Coller ou charger le certificat', uploadCertificate: 'Charger le certificat',
      tabs: ['Domaines de messagerie', 'Fournisseur d’identité', 'Utilisateurs'], save: 'Enregistrer', delete: 'Supprimer' },
    es: { question: '¿Cómo desea configurar su IdP de SAML?', modes: ['Automático', 'Cargar archivo de metadatos SAML', 'Manual'],
      metadataUrl: 'URL de metadatos', metadataFile: 'Archivo de metadatos', metadataPlaceholder: 'Pegar o cargar XML de metadatos', uploadMetadata: 'Cargar archivo de metadatos',
      signIn: 'URL de la página de inicio de sesión', signInBinding: 'Enlace de inicio de sesión', signOut: 'URL de la página de cierre de sesión (opcional)', signOutBinding: 'Enlace de cierre de sesión',
      entityId: 'ID de entidad del proveedor de identidad', certificate: 'Certificado de verificación', certificatePlaceholder: 'Pegar o cargar certificado', uploadCertificate: 'Cargar certificado',
      tabs: ['Dominios de correo electrónico', 'Proveedor de identidad', 'Usuarios'], save: 'Guardar', delete: 'Eliminar' },
  };
  const T = TEXT[params.get('lang')] ?? TEXT.en;
  const uploadOnly = params.get('variant') === 'upload-only';
  document.documentElement.lang = params.get('lang') ?? 'en';
  const MODES = [['automatic', T.modes[0]], ['upload', T.modes[1]], ['manual', T.modes[2]]];

  function Radios({ name, value, onChange }) {
    return h('div', { className: 'radios' }, ['REDIRECT', 'POST'].map((choice) =>
      h('label', { key: choice }, h('input', { type: 'radio', name, value: choice, checked: value === choice, onChange: () => onChange(choice) }), ' ', choice)));
  }

  function Text({ label, value, onChange, error }) {
    const id = useRef(`f${Math.random().toString(36).slice(2)}`).current;
    return h('div', { className: 'row' },
      h('label', { htmlFor: id }, label),
      h('input', { id, type: 'text', value, onChange: (e) => onChange(e.target.value) }),
      error ? h('div', { className: 'error' }, error) : null);
  }

  function Upload({ label, accept, onText }) {
    const input = useRef(null);
    return h('span', {},
      h('button', { type: 'button', onClick: () => input.current.click() }, label),
      h('input', { ref: input, className: 'file', type: 'file', accept, onChange: async (e) => { const file = e.target.files[0]; if (file) onText(await file.text()); } }));
  }

  function IdentityProvider({ initial }) {
    const [s, setS] = useState(initial);
    const set = (key) => (value) => setS((old) => ({ ...old, [key]: value }));
    window.replicaState = s;
    const save = () => {
      const payload = s.mode === 'manual'
        ? { mode: 'manual', signInUrl: s.signInUrl, signInBinding: s.signInBinding, signOutUrl: s.signOutUrl, signOutBinding: s.signOutBinding, entityId: s.entityId, certificate: s.certificate }
        : s.mode === 'automatic' ? { mode: 'automatic', metadataUrl: s.metadataUrl } : { mode: 'upload', metadataXml: s.metadataXml };
      window.replicaSubmitted = payload;
    };
    const signInError = s.signInUrl && !s.signInUrl.startsWith('https://') ? 'The URL must begin with https://' : null;
    const certError = s.certificate && !(s.certificate.trim().startsWith('-----BEGIN CERTIFICATE-----') && s.certificate.trim().endsWith('-----END CERTIFICATE-----'))
      ? 'The certificate must start with -----BEGIN CERTIFICATE----- and end with -----END CERTIFICATE-----' : null;
    const fields = {
      automatic: [h(Text, { key: 'u', label: T.metadataUrl, value: s.metadataUrl, onChange: set('metadataUrl') })],
      upload: [h('div', { className: 'row', key: 'x' },
        h('label', { htmlFor: 'metadata-file' }, T.metadataFile),
        // Variant "upload-only": files only, no text areas (as some GoTo admin pages have).
        uploadOnly ? h('div', { className: 'caption' }, s.metadataXml ? `${s.metadataXml.length} bytes loaded` : '')
          : h('textarea', { id: 'metadata-file', placeholder: T.metadataPlaceholder, value: s.metadataXml, onChange: (e) => set('metadataXml')(e.target.value) }),
        h(Upload, { label: T.uploadMetadata, accept: '.xml', onText: set('metadataXml') }))],
      manual: [
        h(Text, { key: 'a', label: T.signIn, value: s.signInUrl, onChange: set('signInUrl'), error: signInError }),
        h('div', { className: 'row', key: 'b' }, h('span', { className: 'caption' }, T.signInBinding), h(Radios, { name: 'signInBinding', value: s.signInBinding, onChange: set('signInBinding') })),
        h(Text, { key: 'c', label: T.signOut, value: s.signOutUrl, onChange: set('signOutUrl') }),
        h('div', { className: 'row', key: 'd' }, h('span', { className: 'caption' }, T.signOutBinding), h(Radios, { name: 'signOutBinding', value: s.signOutBinding, onChange: set('signOutBinding') })),
        // Preset "locked": the box reverts every change, as a framework with its own state can;
        // "late": it takes the change, then reverts it 40 ms later (a check that runs a tick after).
        h(Text, { key: 'e', label: T.entityId, value: s.entityId, onChange: entityIdChange(set('entityId')) }),
        h('div', { className: 'row', key: 'f' },
          h('label', { htmlFor: 'verification-certificate' }, T.certificate),
          uploadOnly ? h('div', { className: 'caption' }, s.certificate ? s.certificate.split('\n')[0] : '')
            : h('textarea', { id: 'verification-certificate', placeholder: T.certificatePlaceholder, value: s.certificate, onChange: (e) => set('certificate')(e.target.value) }),
          certError ? h('div', { className: 'error' }, certError) : null,
          h(Upload, { label: T.uploadCertificate, accept: '.cer,.crt,.pem', onText: set('certificate') })),
      ],
    };
    return h('div', { className: 'card' },
      h('div', { className: 'row' },
        h('label', { htmlFor: 'idp-mode' }, T.question),
        h('select', { id: 'idp-mode', value: s.mode, onChange: (e) => set('mode')(e.target.value) },
          MODES.map(([value, text]) => h('option', { key: value, value }, text)))),
      // The real page renders the chosen mode's fields a moment after the change.
      h(Delayed, { key: s.mode }, fields[s.mode]),
      h('div', { className: 'buttons' }, h('button', { type: 'button' }, T.delete), h('button', { type: 'button', onClick: save, id: 'save' }, T.save)));
  }

  function entityIdChange(setEntityId) {
    if (params.get('preset') === 'locked') return () => {};
    if (params.get('preset') === 'late') return (value) => { setEntityId(value); setTimeout(() => setEntityId(''), 40); };
    return setEntityId;
  }

  // ?hold=fields: a mode's fields appear only when the page's own script calls
  // window.replicaRelease(), as late as a test needs (one that stops the extension's background
  // while ssobridge waits for them).
  const held = params.get('hold') === 'fields';
  function Delayed({ children }) {
    const [shown, setShown] = useState(false);
    React.useEffect(() => {
      if (held) {
        window.replicaRelease = () => setShown(true);
        return undefined;
      }
      const timer = setTimeout(() => setShown(true), 250);
      return () => clearTimeout(timer);
    }, []);
    return shown ? h('div', {}, children) : h('div', { className: 'row' }, 'Loading…');
  }

  // A tenant that already holds a configuration: another IdP's values (conflict), or this app's
  // values with the certificate Azure has since rolled over (drift). The certificate below is
  // the older one of the rollover fixture (SHA-1 9B6A4331…, notAfter 2025-09-28).
  const TENANT = '81c1df79-e153-4f9d-a101-8dcf04af6c2c';
  const OLD_CERTIFICATE = document.getElementById('old-certificate')?.textContent.trim() ?? '';
  const PRESETS = {
    conflict: { mode: 'manual', signInUrl: 'https://idp.example.org/sso/saml', signInBinding: 'POST', signOutUrl: '', signOutBinding: 'POST',
      entityId: 'https://idp.example.org/metadata', certificate: OLD_CERTIFICATE },
    drift: { mode: 'manual', signInUrl: `https://login.microsoftonline.com/${TENANT}/saml2`, signInBinding: 'REDIRECT',
      signOutUrl: `https://login.microsoftonline.com/${TENANT}/saml2`, signOutBinding: 'REDIRECT', entityId: `https://sts.windows.net/${TENANT}/`, certificate: OLD_CERTIFICATE },
  };
  const blank = { mode: 'automatic', metadataUrl: '', metadataXml: '', signInUrl: '', signInBinding: '', signOutUrl: '', signOutBinding: '', entityId: '', certificate: '' };

  function App() {
    const [tab, setTab] = useState(location.hash === '#/identity-provider' ? 'idp' : 'domains');
    const go = (next, hash) => { history.pushState(null, '', hash); setTab(next); };
    return h('div', {},
      h('div', { className: 'header' }, 'Organization Center'),
      h('div', { className: 'tabs', role: 'tablist' },
        h('a', { role: 'tab', className: tab === 'domains' ? 'active' : '', onClick: () => go('domains', '#/email-domains') }, T.tabs[0]),
        h('a', { role: 'tab', className: tab === 'idp' ? 'active' : '', onClick: () => go('idp', '#/identity-provider') }, T.tabs[1]),
        h('a', { role: 'tab', className: tab === 'users' ? 'active' : '', onClick: () => go('users', '#/users') }, T.tabs[2])),
      tab === 'idp' ? h(IdentityProvider, { initial: { ...blank, ...(PRESETS[params.get('preset')] ?? {}) } })
        : h('div', { className: 'card' }, tab === 'domains' ? 'Verified domains: contoso.example' : 'Users: 12'));
  }

  ReactDOM.createRoot(document.getElementById('root')).render(h(App));
})();
