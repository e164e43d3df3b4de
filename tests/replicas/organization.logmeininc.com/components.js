// Replica of GoTo's Organization Center Identity provider tab built from web components, as
// GoTo's own design system (npm scope @getgo, "chameleon") renders it with Lit: every label and
// native control lives in its component's shadow root, the form itself is a component whose
// shadow root holds the others (roots nested two deep), and the page's model follows only the
// events that cross the shadow boundary (composed `input`, and the `change` each component
// re-dispatches from its host, since a native `change` stays inside its root).
//   ?roots=closed   every shadow root closed (the default is open)
//   ?select=native  the mode choice is a native <select> inside the component (the default is a
//                   combobox button with an ARIA listbox of slotted options)
//   ?preset=conflict  another IdP's values already saved
//   ?preset=late    the saved configuration (another IdP's metadata URL, Automatic) arrives 1.5 s
//                  after the form is drawn, as a Lit component's properties do: the field's
//                  value set as a property (no attribute, no new node), the spinner removed
//   ?define=late    the components' definitions arrive 1.5 s after the page is drawn (a lazily
//                   loaded bundle): the elements upgrade, and render into new shadow roots,
//                   with no change to the light DOM
// `window.replicaState` mirrors the model; Save puts what it would submit in `window.replicaSubmitted`.
(() => {
  const params = new URLSearchParams(location.search);
  const MODE = params.get('roots') === 'closed' ? 'closed' : 'open';
  const nativeSelect = params.get('select') === 'native';
  const roots = new WeakMap(); // host → its shadow root, whichever its mode (as Lit keeps renderRoot)
  const definitions = [];
  const define = (name, component) => definitions.push([name, component]);

  const el = (tag, attrs = {}, ...children) => {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs)) if (value !== null && value !== false) node.setAttribute(key, value === true ? '' : value);
    node.append(...children);
    return node;
  };
  const STYLE = `
    :host { display: block; margin-bottom: 16px; font: 14px system-ui, sans-serif; color: #25282d; }
    label, legend, .label { display: block; font-weight: 600; margin-bottom: 4px; }
    input[type=text], textarea, select, [role=combobox] { width: 100%; box-sizing: border-box; padding: 6px 8px; border: 1px solid #c5ccd6; border-radius: 3px; font: inherit; text-align: left; background: #fff; }
    textarea { height: 140px; font-family: monospace; font-size: 12px; }
    fieldset { border: 0; padding: 0; margin: 0; }
    fieldset label { display: inline; font-weight: 400; margin-right: 16px; }
    [role=listbox] { border: 1px solid #c5ccd6; background: #fff; }
    [hidden] { display: none !important; }
    .helper { color: #5c6670; font-size: 12px; }
    .error { color: #d0021b; font-size: 12px; }`;

  /** The base every component shares: a shadow root in the page's mode, and a change event that crosses it. */
  class Base extends HTMLElement {
    get root() {
      if (!roots.has(this)) {
        const root = this.attachShadow({ mode: MODE });
        root.append(el('style', {}, STYLE));
        roots.set(this, root);
      }
      return roots.get(this);
    }
    announce() {
      this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    }
  }

  define('chameleon-text-field', class extends Base {
    connectedCallback() {
      if (this.input) return;
      this.input = el('input', { id: 'control', type: 'text', part: 'input' });
      this.input.value = this.getAttribute('value') ?? '';
      this.input.addEventListener('change', () => this.announce());
      this.root.append(el('label', { for: 'control', part: 'label' }, this.getAttribute('label') ?? ''), this.input);
      const helper = this.getAttribute('helper-text');
      if (helper) this.root.append(el('div', { class: 'helper' }, helper));
    }
    get value() { return this.input?.value ?? ''; }
    set value(text) { this.input.value = text; }
  });

  define('chameleon-textarea', class extends Base {
    connectedCallback() {
      if (this.input) return;
      this.input = el('textarea', { id: 'control', placeholder: this.getAttribute('placeholder') });
      this.input.value = this.getAttribute('value') ?? '';
      this.input.addEventListener('change', () => this.announce());
      this.root.append(el('label', { for: 'control' }, this.getAttribute('label') ?? ''), this.input);
    }
    get value() { return this.input?.value ?? ''; }
    set value(text) { this.input.value = text; }
  });

  // REDIRECT / POST. Every group names its radios "choice": names are unique only in a root.
  define('chameleon-radio-group', class extends Base {
    connectedCallback() {
      if (this.radios) return;
      const value = this.getAttribute('value') ?? '';
      this.radios = ['REDIRECT', 'POST'].map((choice) => el('input', { type: 'radio', name: 'choice', value: choice, checked: choice === value }));
      for (const radio of this.radios) radio.addEventListener('change', () => this.announce());
      this.root.append(el('fieldset', {}, el('legend', {}, this.getAttribute('label') ?? ''),
        ...this.radios.map((radio) => el('label', {}, radio, ` ${radio.value}`))));
    }
    get value() { return this.radios?.find((radio) => radio.checked)?.value ?? ''; }
  });

  define('chameleon-option', class extends Base {
    connectedCallback() {
      if (this.face) return;
      this.face = el('div', { role: 'option', 'aria-selected': 'false', part: 'option' }, el('slot'));
      this.face.addEventListener('click', () => this.dispatchEvent(new CustomEvent('option-chosen', { bubbles: true, composed: true, detail: this.getAttribute('value') })));
      this.root.append(this.face);
    }
  });

  // The mode choice: a combobox with a listbox of slotted <chameleon-option>s, or (?select=native)
  // a native <select> the component fills from the same options.
  define('chameleon-select', class extends Base {
    connectedCallback() {
      if (this.built) return;
      this.built = true;
      this.current = this.getAttribute('value') ?? '';
      const options = [...this.querySelectorAll('chameleon-option')].map((o) => [o.getAttribute('value'), o.textContent.trim()]);
      if (nativeSelect) {
        this.select = el('select', { id: 'control' }, ...options.map(([value, text]) => el('option', { value, selected: value === this.current }, text)));
        this.select.addEventListener('change', () => { this.current = this.select.value; this.announce(); });
        this.root.append(el('label', { for: 'control' }, this.getAttribute('label') ?? ''), this.select);
        return;
      }
      const textOf = (value) => options.find(([v]) => v === value)?.[1] ?? '';
      this.shown = el('span', { id: 'shown' }, textOf(this.current));
      const trigger = el('button', { type: 'button', role: 'combobox', 'aria-haspopup': 'listbox', 'aria-expanded': 'false', 'aria-labelledby': 'label shown' }, this.shown);
      const list = el('div', { role: 'listbox', hidden: true, 'aria-labelledby': 'label' }, el('slot'));
      trigger.addEventListener('click', () => {
        list.hidden = !list.hidden;
        trigger.setAttribute('aria-expanded', String(!list.hidden));
      });
      this.addEventListener('option-chosen', (event) => {
        event.stopPropagation();
        list.hidden = true;
        trigger.setAttribute('aria-expanded', 'false');
        this.current = event.detail;
        this.shown.textContent = textOf(this.current);
        this.announce();
      });
      this.root.append(el('div', { class: 'label', id: 'label' }, this.getAttribute('label') ?? ''), trigger, list);
    }
    get value() { return this.current; }
  });

  define('chameleon-button', class extends Base {
    connectedCallback() {
      if (this.face) return;
      this.face = el('button', { type: 'button', part: 'base' }, el('slot'));
      this.root.append(this.face);
      this.style.display = 'inline-block';
    }
  });

  const TENANT_OLD = {
    mode: 'manual', signInUrl: 'https://idp.example.org/sso/saml', signInBinding: 'POST', signOutUrl: '', signOutBinding: 'POST',
    entityId: 'https://idp.example.org/metadata', certificate: '',
  };
  const SAVED_METADATA_URL = 'https://idp.example.org/federationmetadata/2007-06/federationmetadata.xml';
  const blank = { mode: 'automatic', metadataUrl: '', metadataXml: '', signInUrl: '', signInBinding: '', signOutUrl: '', signOutBinding: '', entityId: '', certificate: '' };

  // The form: its own shadow root holds the components; a mode's fields render a moment after
  // the mode changes, as on the real page.
  define('goto-identity-provider', class extends Base {
    connectedCallback() {
      if (this.model) return;
      this.model = { ...blank, ...(params.get('preset') === 'conflict' ? TENANT_OLD : {}) };
      window.replicaState = this.model;
      const select = el('chameleon-select', { label: 'How would you like to configure your SAML IDP?', value: this.model.mode },
        el('chameleon-option', { value: 'automatic' }, 'Automatic'),
        el('chameleon-option', { value: 'upload' }, 'Upload SAML metadata file'),
        el('chameleon-option', { value: 'manual' }, 'Manual'));
      select.addEventListener('change', () => {
        this.set('mode', select.value);
        this.fields.replaceChildren(el('div', {}, 'Loading…'));
        clearTimeout(this.later);
        this.later = setTimeout(() => this.renderFields(), 250);
      });
      this.fields = el('div', {});
      const save = el('chameleon-button', { variant: 'primary' }, 'Save');
      save.addEventListener('click', () => { window.replicaSubmitted = this.payload(); });
      this.root.append(el('h2', {}, 'Identity provider'), select, this.fields, el('div', {}, el('chameleon-button', { variant: 'secondary' }, 'Delete'), ' ', save));
      this.renderFields();
      if (params.get('preset') === 'late') {
        const loading = el('div', { class: 'helper', role: 'status' }, 'Loading your saved configuration…');
        this.root.append(loading);
        setTimeout(() => {
          this.set('metadataUrl', SAVED_METADATA_URL);
          const field = this.fields.querySelector('chameleon-text-field');
          if (field) field.value = SAVED_METADATA_URL;
          loading.remove();
        }, 1500);
      }
    }
    set(key, value) {
      this.model = { ...this.model, [key]: value };
      window.replicaState = this.model;
    }
    // The model hears a component only through the events that leave its root.
    bind(component, key) {
      component.addEventListener('input', () => this.set(key, component.value));
      component.addEventListener('change', () => this.set(key, component.value));
      return component;
    }
    text(label, key, extra = {}) {
      return this.bind(el('chameleon-text-field', { label, value: this.model[key], ...extra }), key);
    }
    radios(label, key) {
      return this.bind(el('chameleon-radio-group', { label, value: this.model[key] }), key);
    }
    upload(label, accept, key, area) {
      const file = el('input', { type: 'file', accept, hidden: true });
      file.addEventListener('change', async () => {
        const chosen = file.files[0];
        if (!chosen) return;
        const content = await chosen.text();
        if (area) area.value = content;
        this.set(key, content);
      });
      const button = el('chameleon-button', { variant: 'secondary' }, label);
      button.addEventListener('click', () => file.click());
      return el('div', {}, button, file);
    }
    renderFields() {
      const m = this.model.mode;
      if (m === 'automatic') return this.fields.replaceChildren(this.text('Metadata url', 'metadataUrl'));
      if (m === 'upload') {
        const area = this.bind(el('chameleon-textarea', { label: 'Metadata file', placeholder: 'Paste or upload metadata xml', value: this.model.metadataXml }), 'metadataXml');
        return this.fields.replaceChildren(area, this.upload('Upload metadata file', '.xml', 'metadataXml', area));
      }
      const certificate = this.bind(el('chameleon-textarea', { label: 'Verification certificate', placeholder: 'Paste or upload certificate', value: this.model.certificate }), 'certificate');
      this.fields.replaceChildren(
        this.text('Sign-in page url', 'signInUrl', { 'helper-text': 'Must begin with https://' }),
        this.radios('Sign-in binding', 'signInBinding'),
        this.text('Sign-out page url (optional)', 'signOutUrl'),
        this.radios('Sign-out binding', 'signOutBinding'),
        this.text('Identity Provider Entity ID', 'entityId'),
        certificate,
        this.upload('Upload certificate', '.cer,.crt,.pem', 'certificate', certificate));
    }
    payload() {
      const s = this.model;
      if (s.mode === 'manual') return { mode: 'manual', signInUrl: s.signInUrl, signInBinding: s.signInBinding, signOutUrl: s.signOutUrl, signOutBinding: s.signOutBinding, entityId: s.entityId, certificate: s.certificate };
      return s.mode === 'automatic' ? { mode: 'automatic', metadataUrl: s.metadataUrl } : { mode: 'upload', metadataXml: s.metadataXml };
    }
  });

  // The page: tabs in the light DOM; the Identity provider tab mounts the form component.
  const card = el('div', { class: 'card' });
  const show = () => {
    const idp = location.hash === '#/identity-provider';
    card.replaceChildren(idp ? el('goto-identity-provider') : el('div', {}, 'Verified domains: contoso.example'));
  };
  const tab = (text, hash) => {
    const link = el('a', { role: 'tab' }, text);
    link.addEventListener('click', () => { history.pushState(null, '', hash); show(); });
    return link;
  };
  document.getElementById('root').append(el('div', { class: 'header' }, 'Organization Center'),
    el('div', { class: 'tabs', role: 'tablist' }, tab('Email domains', '#/email-domains'), tab('Identity provider', '#/identity-provider'), tab('Users', '#/users')), card);
  show();
  const defineAll = () => definitions.forEach(([name, component]) => customElements.define(name, component));
  if (params.get('define') === 'late') setTimeout(defineAll, 1500); else defineAll();
})();
