// A heavy Azure portal shell, for `make bench` (tests/bench/idle.mjs, tests/bench/wait.mjs): the
// DOM size and the constant re-rendering of the real portal, without its pixels. About 19,600
// nodes and 14,000 elements: the left menu, the "journey" of earlier blades the portal keeps in
// the DOM (the Enterprise applications grid, an overview with charts, a settings form with a
// thousand inputs, a live activity log, hidden flyouts), then the current blade in #blade.
//
// Query parameters:
//   ?live=500,100  the two live-update intervals in ms (the activity log and grid statuses; the
//                  progress bar, notification counter and clock); ?live=0 stops both.
//   ?saml=MS       MS ms after the shell rendered, load _shared/azure.js (era `entra`, app
//                  `rollover`), which renders the SAML-based Sign-on blade into #blade after its
//                  own 700 ms "data fetch", with the live updates still running. Needs the SAML
//                  deep link in the hash (tests/e2e/replica-values.mjs SAML_PATH).
//   ?saml=parent   the same, once the parent window posts { replica: 'open-blade' }: a blade
//                  frame the portal drives by messages (portal.azure.com/framed-churn.html).
//   ?scale=N       multiplies the journey's row and field counts (default 1).
//
// window.heavyProbe (page clock, performance.now()): shellAt, samlRenderedAt (the blade's values
// are in the DOM), buttonAt (ssobridge's capture button appeared), updates (live updates run).
(() => {
  const params = new URLSearchParams(location.search);
  // A page that includes the shell for other changes (churn.html) turns these off by default.
  const live = (params.get('live') ?? document.currentScript?.dataset.live ?? '500,100').split(',').map(Number);
  const [slowMs, fastMs] = [live[0] ?? 0, live[1] ?? live[0] ?? 0];
  const samlAsked = params.get('saml');
  const samlOnMessage = samlAsked === 'parent';
  const samlDelay = samlAsked != null && !samlOnMessage ? Number(samlAsked) : null;
  const scale = Number(params.get('scale') ?? 1);
  const probe = { shellAt: null, samlRenderedAt: null, buttonAt: null, updates: 0 };
  window.heavyProbe = probe;

  // Deterministic content: the same page on every run.
  let seed = 42;
  const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const hex = (n) => Array.from({ length: n }, () => '0123456789abcdef'[Math.floor(rand() * 16)]).join('');
  const guid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-8${hex(3)}-${hex(12)}`;
  const el = (tag, attrs = {}, ...children) => {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value);
    node.append(...children);
    return node;
  };
  const SVG = 'http://www.w3.org/2000/svg';
  const svg = (tag, attrs = {}) => {
    const node = document.createElementNS(SVG, tag);
    for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value);
    return node;
  };
  const WORDS = ['Contoso', 'Fabrikam', 'Northwind', 'Tailspin', 'Woodgrove', 'Litware', 'Adatum', 'Proseware', 'Fourth Coffee', 'Wingtip'];
  const KINDS = ['Web app', 'Enterprise application', 'Storage account', 'Key vault', 'Function app', 'Virtual machine', 'App Service plan', 'Log Analytics workspace'];
  const STATES = ['Running', 'Succeeded', 'Updating', 'Stopped', 'Failed'];
  const REGIONS = ['West Europe', 'North Europe', 'East US', 'East US 2', 'Sweden Central', 'Germany West Central'];
  const date = () => `${1 + Math.floor(rand() * 12)}/${1 + Math.floor(rand() * 28)}/2026, ${1 + Math.floor(rand() * 12)}:${String(Math.floor(rand() * 60)).padStart(2, '0')} PM`;

  // ---- The shell -------------------------------------------------------------------------------
  const counter = el('span', { class: 'hv-count', 'aria-label': 'Notifications' }, '0');
  const clock = el('span', { class: 'hv-clock' }, '00:00:00');
  const topbar = el('header', { class: 'topbar hv-topbar' },
    el('span', { class: 'brand' }, 'Microsoft Azure'),
    el('input', { type: 'search', placeholder: 'Search resources, services, and docs (G+/)', 'aria-label': 'Search' }),
    ...['Copilot', 'Cloud Shell', 'Directories + subscriptions', 'Settings', 'Help + support', 'Feedback'].map((label) => el('button', { 'aria-label': label, class: 'hv-icon' }, el('span', { class: 'hv-glyph' }))),
    el('button', { 'aria-label': 'Notifications', class: 'hv-icon' }, counter), clock,
    el('button', { class: 'hv-account', 'aria-haspopup': 'true' }, el('span', {}, 'admin@contoso.example'), el('span', { class: 'hv-small' }, 'CONTOSO (CONTOSO.EXAMPLE)')));

  function leftMenu() {
    const items = [];
    for (let i = 0; i < 200; i++) {
      items.push(el('li', {}, el('a', { role: 'menuitem', href: `#menu/${i}` }, el('span', { class: 'hv-glyph', 'aria-hidden': 'true' }), el('span', {}, `${pick(WORDS)} ${pick(KINDS)}`))));
    }
    return el('nav', { class: 'leftnav hv-nav', 'aria-label': 'Navigation' }, el('ul', { role: 'menu' }, ...items));
  }

  // A Fluent-style grid: role=grid, rows of gridcells (the portal's "ReactView" data grids).
  function grid(label, columns, rows, cell) {
    const header = el('div', { role: 'row', class: 'hv-row hv-head' }, ...columns.map((c) => el('div', { role: 'columnheader' }, el('span', {}, c))));
    const body = el('div', { class: 'hv-rows' });
    for (let r = 0; r < rows; r++) body.append(el('div', { role: 'row', class: 'hv-row', 'aria-rowindex': String(r + 2) }, ...columns.map((c, i) => el('div', { role: 'gridcell' }, cell(r, i)))));
    return { node: el('div', { role: 'grid', 'aria-label': label, class: 'hv-grid' }, header, body), body };
  }

  function bladeHeader(title, commands) {
    return el('div', { class: 'hv-bladehead' }, el('h2', {}, title),
      el('div', { role: 'toolbar', 'aria-label': 'Commands' }, ...commands.map((c) => el('button', { class: 'hv-cmd' }, el('span', { class: 'hv-glyph' }), c))));
  }

  function applicationsBlade() {
    const filters = el('div', { class: 'hv-filters' },
      el('input', { type: 'search', placeholder: 'Search by application name or object ID', 'aria-label': 'Search' }),
      ...['Application type == Enterprise Applications', 'Application ID starts with', 'Created on'].map((f) => el('button', { class: 'hv-pill' }, el('span', {}, f), el('span', { class: 'hv-x', 'aria-hidden': 'true' }, '×'))));
    const apps = grid('Applications', ['', 'Name', 'Object ID', 'Application ID', 'Homepage URL', 'Created on', 'Certificate Expiry Status'], Math.round(360 * scale), (r, i) => {
      if (i === 0) return el('input', { type: 'checkbox', 'aria-label': `Select row ${r + 1}` });
      if (i === 1) return el('a', { href: `#app/${r}` }, el('span', { class: 'hv-logo', 'aria-hidden': 'true' }), `${pick(WORDS)} ${pick(['HR', 'CRM', 'Wiki', 'Payroll', 'Mail', 'Intranet'])} ${r}`);
      if (i === 2 || i === 3) return el('span', {}, guid());
      if (i === 4) return el('span', {}, `https://${pick(WORDS).toLowerCase().replace(' ', '')}.example/${hex(4)}`);
      if (i === 5) return el('span', {}, date());
      return el('span', { class: 'hv-status' }, pick(['Current', 'Expiring soon', 'Expired', '-']));
    });
    return el('section', { class: 'hv-blade', 'aria-label': 'Enterprise applications | All applications' },
      bladeHeader('Enterprise applications | All applications', ['New application', 'Refresh', 'Download (Export)', 'Preview info', 'Columns', 'Preview features', 'Got feedback?']),
      filters, apps.node);
  }

  function overviewBlade() {
    const essentials = el('div', { class: 'hv-kv' });
    for (let i = 0; i < 80; i++) essentials.append(el('div', { class: 'ms-Label' }, pick(['Resource group', 'Location', 'Subscription', 'Subscription ID', 'Tags', 'Status', 'Plan', 'Default domain'])), el('div', {}, `${pick(WORDS)}-${hex(6)}`));
    const charts = [];
    for (let c = 0; c < 6; c++) {
      const chart = svg('svg', { viewBox: '0 0 480 120', width: '480', height: '120', role: 'img', 'aria-label': pick(['Requests', 'CPU', 'Memory', 'Errors']) });
      for (let i = 0; i < 120; i++) chart.append(svg('rect', { x: String(i * 4), y: String(120 - rand() * 100), width: '3', height: '100', fill: '#0f6cbd' }));
      chart.append(svg('path', { d: 'M0 60 L480 60', stroke: '#ccc' }));
      charts.push(el('figure', { class: 'hv-chart' }, el('figcaption', {}, `Chart ${c + 1}`), chart));
    }
    return el('section', { class: 'hv-blade', 'aria-label': 'Overview' }, bladeHeader('contoso-web | Overview', ['Browse', 'Stop', 'Swap', 'Restart', 'Delete', 'Refresh']), el('h3', {}, 'Essentials'), essentials, ...charts);
  }

  // Settings with a thousand-odd inputs, labelled like Fluent UI's TextField (label for=id).
  let fieldIds = 0;
  function settingsBlade() {
    const form = el('form', { class: 'hv-form', 'aria-label': 'Configuration' });
    const fields = Math.round(760 * scale);
    for (let i = 0; i < fields; i++) {
      const id = `hvField${++fieldIds}`;
      const label = `${pick(['APPSETTING', 'WEBSITE', 'FUNCTIONS', 'AzureWebJobs', 'DOTNET', 'CUSTOMCONNSTR'])}_${hex(4).toUpperCase()}`;
      let input;
      const kind = i % 10;
      if (kind === 7) input = el('select', { id }, ...['Enabled', 'Disabled', 'Inherit'].map((o) => el('option', { value: o.toLowerCase() }, o)));
      else if (kind === 8) input = el('input', { id, type: 'checkbox' });
      else input = el('input', { id, type: 'text', value: `${pick(WORDS)}-${hex(8)}` });
      form.append(el('div', { class: 'hv-field' }, el('label', { for: id }, label), input));
    }
    return el('section', { class: 'hv-blade', 'aria-label': 'Configuration' }, bladeHeader('contoso-web | Configuration', ['Refresh', 'Save', 'Discard', 'Leave feedback']), form);
  }

  let logBody = null;
  let logRows = 0;
  const logRow = () => {
    logRows++;
    return el('div', { role: 'row', class: 'hv-row' },
      ...[pick(['Update website', 'List Web Apps Publishing Credentials', 'Write Diagnostic Settings', 'Restart Web App', 'Validate Deployment']), pick(STATES), date(), pick(REGIONS), `${pick(WORDS)} Subscription`, `admin${logRows}@contoso.example`]
        .map((text) => el('div', { role: 'gridcell' }, el('span', {}, text))));
  };
  function activityBlade() {
    const log = grid('Activity log', ['Operation name', 'Status', 'Time stamp', 'Region', 'Subscription', 'Event initiated by'], 0, () => '');
    logBody = log.body;
    for (let i = 0; i < Math.round(190 * scale); i++) logBody.append(logRow());
    return el('section', { class: 'hv-blade', 'aria-label': 'Activity log' }, bladeHeader('Activity log', ['Edit columns', 'Refresh', 'Export Activity Logs', 'Download as CSV', 'Insights']), log.node);
  }

  // Flyouts, context menus and tooltips the portal keeps rendered but hidden.
  function hiddenFlyouts() {
    const root = el('div', { class: 'hv-flyouts' });
    for (let f = 0; f < 90; f++) {
      const menu = el('div', { role: 'menu', hidden: '', class: 'hv-flyout' });
      for (let i = 0; i < 8; i++) menu.append(el('button', { role: 'menuitem' }, el('span', { class: 'hv-glyph' }), pick(['Open', 'Pin to dashboard', 'Delete', 'Properties', 'Copy link', 'Export', 'Assign users', 'Tags'])));
      root.append(menu);
    }
    return root;
  }

  const progress = el('div', { class: 'hv-progress', role: 'progressbar', 'aria-label': 'Loading', style: 'width: 0%' });
  const refreshed = el('span', { class: 'hv-refreshed' }, 'Refreshed just now');
  const footer = el('footer', { class: 'hv-footer' }, progress, refreshed);

  const blade = document.getElementById('blade');
  if (samlAsked == null) {
    blade.replaceChildren(el('div', {}, el('h2', {}, 'Home'), el('p', {}, 'Tenant: contoso.example'), el('a', { href: '#apps' }, 'Enterprise applications')));
  }
  const journey = el('div', { class: 'hv-journey' }, applicationsBlade(), overviewBlade(), settingsBlade(), activityBlade(), hiddenFlyouts());
  document.body.classList.add('hv');
  document.body.prepend(topbar);
  document.querySelector('header.topbar:not(.hv-topbar)')?.remove();
  document.querySelector('nav.leftnav')?.replaceWith(leftMenu());
  blade.before(journey);
  document.body.append(footer);
  probe.shellAt = performance.now();

  // ---- Live updates, like the portal's polling and animations ----------------------------------
  const statusCells = [...document.querySelectorAll('.hv-status')];
  if (slowMs > 0) {
    setInterval(() => {
      // The activity log gains a row and drops its oldest; some grid statuses change.
      logBody.prepend(logRow());
      logBody.lastElementChild?.remove();
      for (let i = 0; i < 8; i++) pick(statusCells).textContent = pick(['Current', 'Expiring soon', 'Expired', '-']);
      refreshed.textContent = `Refreshed ${new Date().toLocaleTimeString('en-US')}`;
      probe.updates++;
    }, slowMs);
  }
  if (fastMs > 0) {
    let tick = 0;
    setInterval(() => {
      tick++;
      progress.style.width = `${(tick * 7) % 100}%`;
      progress.classList.toggle('hv-pulse', tick % 2 === 0);
      counter.textContent = String(tick % 10);
      clock.textContent = new Date().toLocaleTimeString('en-GB');
      probe.updates++;
    }, fastMs);
  }

  // ---- The probe: when the SAML values render, when ssobridge's button appears ------------------
  const THUMBPRINT = '815D70419E644F95BE30F309616EBDA58C5B591B';
  new MutationObserver(() => {
    if (probe.samlRenderedAt == null && blade.textContent.includes(THUMBPRINT)) probe.samlRenderedAt = performance.now();
  }).observe(blade, { childList: true });
  let watchedRoot = null;
  const checkButton = () => {
    if (probe.buttonAt == null && document.querySelector('body > [data-ssobridge-ui] > [data-ssobridge="capture"]')) probe.buttonAt = performance.now();
  };
  new MutationObserver(() => {
    const root = document.querySelector('body > [data-ssobridge-ui]');
    if (root && root !== watchedRoot) {
      watchedRoot = root;
      new MutationObserver(checkButton).observe(root, { childList: true });
    }
    checkButton();
  }).observe(document.body, { childList: true });

  const loadSaml = () => {
    const script = document.createElement('script');
    script.src = '/_shared/azure.js';
    script.dataset.era = 'entra';
    script.dataset.app = 'rollover';
    document.head.append(script);
  };
  if (samlDelay != null) setTimeout(loadSaml, samlDelay);
  if (samlOnMessage) {
    addEventListener('message', function opened(event) {
      if (event.source !== parent || event.data?.replica !== 'open-blade') return;
      removeEventListener('message', opened);
      loadSaml();
    });
  }
})();
