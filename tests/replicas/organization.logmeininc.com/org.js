// Replica of GoTo's Organization Center (Identity provider tab), React 18 with controlled
// inputs: the DOM value alone means nothing here, only React's state counts.
(() => {
  const { createElement: h, useState, useRef } = React;
  const MODES = [['automatic', 'Automatic'], ['upload', 'Upload SAML metadata file'], ['manual', 'Manual']];

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
      automatic: [h(Text, { key: 'u', label: 'Metadata url', value: s.metadataUrl, onChange: set('metadataUrl') })],
      upload: [h('div', { className: 'row', key: 'x' },
        h('label', { htmlFor: 'metadata-file' }, 'Metadata file'),
        h('textarea', { id: 'metadata-file', placeholder: 'Paste or upload metadata xml', value: s.metadataXml, onChange: (e) => set('metadataXml')(e.target.value) }),
        h(Upload, { label: 'Upload metadata file', accept: '.xml', onText: set('metadataXml') }))],
      manual: [
        h(Text, { key: 'a', label: 'Sign-in page url', value: s.signInUrl, onChange: set('signInUrl'), error: signInError }),
        h('div', { className: 'row', key: 'b' }, h('span', { className: 'caption' }, 'Sign-in binding'), h(Radios, { name: 'signInBinding', value: s.signInBinding, onChange: set('signInBinding') })),
        h(Text, { key: 'c', label: 'Sign-out page url (optional)', value: s.signOutUrl, onChange: set('signOutUrl') }),
        h('div', { className: 'row', key: 'd' }, h('span', { className: 'caption' }, 'Sign-out binding'), h(Radios, { name: 'signOutBinding', value: s.signOutBinding, onChange: set('signOutBinding') })),
        h(Text, { key: 'e', label: 'Identity Provider Entity ID', value: s.entityId, onChange: set('entityId') }),
        h('div', { className: 'row', key: 'f' },
          h('label', { htmlFor: 'verification-certificate' }, 'Verification certificate'),
          h('textarea', { id: 'verification-certificate', placeholder: 'Paste or upload certificate', value: s.certificate, onChange: (e) => set('certificate')(e.target.value) }),
          certError ? h('div', { className: 'error' }, certError) : null,
          h(Upload, { label: 'Upload certificate', accept: '.cer,.crt,.pem', onText: set('certificate') })),
      ],
    };
    return h('div', { className: 'card' },
      h('div', { className: 'row' },
        h('label', { htmlFor: 'idp-mode' }, 'How would you like to configure your SAML IDP?'),
        h('select', { id: 'idp-mode', value: s.mode, onChange: (e) => set('mode')(e.target.value) },
          MODES.map(([value, text]) => h('option', { key: value, value }, text)))),
      // The real page renders the chosen mode's fields a moment after the change.
      h(Delayed, { key: s.mode }, fields[s.mode]),
      h('div', { className: 'buttons' }, h('button', { type: 'button' }, 'Delete'), h('button', { type: 'button', onClick: save, id: 'save' }, 'Save')));
  }

  function Delayed({ children }) {
    const [shown, setShown] = useState(false);
    React.useEffect(() => { const timer = setTimeout(() => setShown(true), 250); return () => clearTimeout(timer); }, []);
    return shown ? h('div', {}, children) : h('div', { className: 'row' }, 'Loading…');
  }

  const blank = { mode: 'automatic', metadataUrl: '', metadataXml: '', signInUrl: '', signInBinding: '', signOutUrl: '', signOutBinding: '', entityId: '', certificate: '' };

  function App() {
    const [tab, setTab] = useState(location.hash === '#/identity-provider' ? 'idp' : 'domains');
    const go = (next, hash) => { history.pushState(null, '', hash); setTab(next); };
    return h('div', {},
      h('div', { className: 'header' }, 'Organization Center'),
      h('div', { className: 'tabs', role: 'tablist' },
        h('a', { role: 'tab', className: tab === 'domains' ? 'active' : '', onClick: () => go('domains', '#/email-domains') }, 'Email domains'),
        h('a', { role: 'tab', className: tab === 'idp' ? 'active' : '', onClick: () => go('idp', '#/identity-provider') }, 'Identity provider'),
        h('a', { role: 'tab', className: tab === 'users' ? 'active' : '', onClick: () => go('users', '#/users') }, 'Users')),
      tab === 'idp' ? h(IdentityProvider, { initial: { ...blank, ...(window.replicaInitial ?? {}) } })
        : h('div', { className: 'card' }, tab === 'domains' ? 'Verified domains: contoso.example' : 'Users: 12'));
  }

  ReactDOM.createRoot(document.getElementById('root')).render(h(App));
})();
