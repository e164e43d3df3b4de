// Replica of the Citrix-era Organization Administration page (2016 tutorials): plain DOM, no
// ids, no names; the mode is a custom ARIA combobox with a listbox; bindings are ARIA radios.
// Its state is the DOM itself; Save puts what it would submit in window.replicaSubmitted.
(() => {
  const panel = document.querySelector('[data-view="idp"]');
  const MODES = ['Automatic', 'Upload SAML metadata file', 'Manual'];
  let mode = 'Automatic';
  const el = (tag, cls, text) => { const n = document.createElement(tag); if (cls) n.className = cls; if (text) n.textContent = text; return n; };
  const controls = {};

  function radios(key) {
    const group = el('div', 'radios');
    group.setAttribute('role', 'radiogroup');
    for (const choice of ['REDIRECT', 'POST']) {
      const radio = el('span', 'radio', choice);
      radio.setAttribute('role', 'radio');
      radio.setAttribute('aria-checked', 'false');
      radio.tabIndex = 0;
      radio.addEventListener('click', () => {
        for (const other of group.children) other.setAttribute('aria-checked', String(other === radio));
      });
      group.append(radio);
    }
    controls[key] = () => [...group.children].find((r) => r.getAttribute('aria-checked') === 'true')?.textContent ?? '';
    return group;
  }

  function text(key, label) {
    const input = el('input', 'box');
    input.type = 'text';
    controls[key] = () => input.value;
    return [el('div', 'lbl', label), input];
  }

  function area(key, label, placeholder) {
    const textarea = el('textarea', 'area');
    textarea.placeholder = placeholder;
    controls[key] = () => textarea.value;
    return [el('div', 'lbl', label), textarea];
  }

  function combo() {
    const wrap = el('div');
    const button = el('div', 'combo', mode);
    button.setAttribute('role', 'combobox');
    button.setAttribute('aria-haspopup', 'listbox');
    button.setAttribute('aria-expanded', 'false');
    button.tabIndex = 0;
    const list = el('ul', 'list');
    list.setAttribute('role', 'listbox');
    list.hidden = true;
    for (const name of MODES) {
      const option = el('li', '', name);
      option.setAttribute('role', 'option');
      option.addEventListener('click', () => {
        list.hidden = true;
        button.setAttribute('aria-expanded', 'false');
        if (name !== mode) { mode = name; render(); }
      });
      list.append(option);
    }
    // Opens on mousedown like many widget libraries, not on click.
    button.addEventListener('mousedown', () => {
      list.hidden = !list.hidden;
      button.setAttribute('aria-expanded', String(!list.hidden));
    });
    wrap.append(el('div', 'q', 'How would you like to configure your SAML IDP?'), button, list);
    return wrap;
  }

  function render() {
    for (const key of Object.keys(controls)) delete controls[key];
    panel.replaceChildren(combo());
    const fields = el('div');
    panel.append(fields);
    // The fields arrive from the server a moment after the mode changes.
    setTimeout(() => {
      if (mode === 'Automatic') fields.append(...text('metadataUrl', 'Metadata url'));
      if (mode === 'Upload SAML metadata file') fields.append(...area('metadataXml', 'Metadata file', 'Paste or upload metadata xml'));
      if (mode === 'Manual') {
        fields.append(...text('signInUrl', 'Sign-in page url'), el('div', 'lbl', 'Sign-in binding'), radios('signInBinding'),
          ...text('signOutUrl', 'Sign-out page url (optional)'), el('div', 'lbl', 'Sign-out binding'), radios('signOutBinding'),
          ...text('entityId', 'Identity Provider Entity ID'), ...area('certificate', 'Verification certificate', 'Paste or upload certificate'));
      }
      const actions = el('div', 'actions');
      const save = el('button', '', 'Save');
      save.type = 'button';
      save.addEventListener('click', () => {
        window.replicaSubmitted = Object.fromEntries([['mode', mode], ...Object.entries(controls).map(([k, read]) => [k, read()])]);
      });
      actions.append(el('button', '', 'Delete'), save);
      fields.append(actions);
    }, 300);
  }
  render();
})();
