// Replica of the Entra admin center's SAML-based Sign-on blade (single-page app).
// The blade renders after the shell, from the hash deep link, like the real portal.
(() => {
  const TENANT = '81c1df79-e153-4f9d-a101-8dcf04af6c2c';
  const APP_ID = '2f6c1a3e-8d4b-4b7e-9a51-6c0d3e7b9f21';
  const values = {
    loginUrl: `https://login.microsoftonline.com/${TENANT}/saml2`,
    identifier: `https://sts.windows.net/${TENANT}/`,
    logoutUrl: `https://login.microsoftonline.com/${TENANT}/saml2`,
    metadataUrl: `https://login.microsoftonline.com/${TENANT}/federationmetadata/2007-06/federationmetadata.xml?appid=${APP_ID}`,
    thumbprint: '815D70419E644F95BE30F309616EBDA58C5B591B',
    expiration: '5/7/2027, 4:44:56 PM',
  };

  const el = (tag, attrs = {}, ...children) => {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value);
    node.append(...children);
    return node;
  };
  let ids = 0;
  const readonlyField = (label, value) => {
    const id = `TextField${++ids}`;
    return [
      el('label', { class: 'ms-Label', for: id }, label),
      el('div', { class: 'field' }, el('input', { id, type: 'text', readonly: '', value }), el('button', { 'aria-label': 'Copy to clipboard', title: 'Copy to clipboard' }, '⧉')),
    ];
  };
  const pair = (label, value) => [el('div', { class: 'ms-Label' }, label), el('div', {}, value)];
  const section = (step, title, ...rows) => el('section', { class: 'ms-Section', 'aria-label': title },
    el('span', { class: 'step' }, String(step)), el('h3', {}, title), el('button', { class: 'edit' }, '✎ Edit'), el('div', { class: 'kv' }, ...rows.flat()));

  function samlBlade() {
    return el('div', {},
      el('h2', {}, 'GoToMeeting | SAML-based Sign-on'),
      el('p', {}, 'Set up Single Sign-On with SAML'),
      section(1, 'Basic SAML Configuration',
        pair('Identifier (Entity ID)', 'https://authentication.logmeininc.com/saml/sp'),
        pair('Reply URL (Assertion Consumer Service URL)', 'https://authentication.logmeininc.com/saml/acs'),
        pair('Sign on URL', 'Optional'),
        pair('Relay State (Optional)', 'https://global.gotomeeting.com'),
        pair('Logout Url (Optional)', 'Optional')),
      section(2, 'Attributes & Claims',
        pair('givenname', 'user.givenname'), pair('surname', 'user.surname'),
        pair('emailaddress', 'user.mail'), pair('Unique User Identifier', 'user.userprincipalname')),
      section(3, 'SAML Certificates',
        [el('h4', {}, 'Token signing certificate'), el('span')],
        pair('Status', 'Active'),
        pair('Thumbprint', values.thumbprint),
        pair('Expiration', values.expiration),
        pair('Notification Email', 'admin@contoso.example'),
        readonlyField('App Federation Metadata Url', values.metadataUrl),
        pair('Certificate (Base64)', 'Download'), pair('Certificate (Raw)', 'Download'), pair('Federation Metadata XML', 'Download'),
        [el('h4', {}, 'Verification certificates (optional)'), el('span')], pair('Required', 'No'), pair('Active', '0'), pair('Expired', '0')),
      section(4, 'Set up GoToMeeting',
        [el('p', {}, "You'll need to configure the application to link with Microsoft Entra ID."), el('span')],
        readonlyField('Login URL', values.loginUrl),
        readonlyField('Microsoft Entra Identifier', values.identifier),
        readonlyField('Logout URL', values.logoutUrl)),
      section(5, 'Test single sign-on with GoToMeeting', [el('p', {}, 'Test to see if single sign-on is working.'), el('button', {}, 'Test')]));
  }

  function route() {
    const blade = document.getElementById('blade');
    blade.replaceChildren(el('div', { class: 'spinner' }, 'Loading…'));
    const hash = location.hash;
    // The real portal fetches the blade's data first; the values arrive after the shell.
    setTimeout(() => {
      if (/ManagedAppMenuBlade\/~\/SignOn\//i.test(hash)) blade.replaceChildren(samlBlade());
      else blade.replaceChildren(el('h2', {}, 'Home'), el('p', {}, 'Welcome to the Microsoft Entra admin center.'));
    }, 700);
  }
  addEventListener('hashchange', route);
  route();
})();
