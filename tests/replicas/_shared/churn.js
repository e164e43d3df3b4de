// A heavy portal page that never stops changing (tests/e2e/churn.test.mjs,
// tests/firefox/churn.test.mjs, `make bench`: tests/bench/churn.mjs). Loaded after heavy.js by
// portal.azure.com/churn.html: the heavy shell (its own live updates off unless ?live= asks),
// plus a dashboard of tiles, a toast area and a scrolling list, and the page's own scripts
// changing them for the page's whole life. The SAML blade (?saml=MS, heavy.js) itself never
// changes; its values render late, while the rest of the page keeps changing.
//
// Query parameters:
//   ?churn=P[,P…]  what changes at each tick (default all):
//                    text     50 grid cells rewritten (half by replacing the text node, half by
//                             editing it in place)
//                    replace  20 dashboard tiles replaced by new nodes
//                    attrs    attributes flickering on about 60 elements (class, style, hidden
//                             on flyouts, aria-expanded, aria-busy, disabled and aria-disabled on
//                             command buttons, value on inputs)
//                    subtree  subtrees added and removed (toasts come and go, a list scrolls
//                             by 10 rows)
//                    all      all four above; none: no changes (the same page quiet)
//                    inside   a clock ticking inside the SAML blade once it rendered (its text
//                             replaced, its style flickering): the one pattern that changes
//                             the blade, not part of all
//   ?rate=MS       a tick every MS ms (default 100), or ?rate=raf: one every animation frame
//   ?reveal=MS     the SAML blade stays hidden (visibility) once rendered, and is shown MS ms
//                  later, as a portal keeps a blade under its loading state until the data
//                  arrives: its values are in the DOM first and on screen only then
//   ?urls=1        the text edits write a sign-in URL (login.microsoftonline.com, one of the
//                  probe's markers) into every tenth cell, as a sign-in or audit log shows them
//
// window.churnProbe: ticks (ticks run), patterns, rate, revealedAt (page clock, performance.now():
// when ?reveal= showed the blade).
(() => {
  const params = new URLSearchParams(location.search);
  const asked = (params.get('churn') ?? 'all').split(',').filter(Boolean);
  const ALL = ['text', 'replace', 'attrs', 'subtree'];
  const patterns = [...new Set(asked.flatMap((p) => (p === 'all' ? ALL : [p])))].filter((p) => [...ALL, 'inside'].includes(p));
  const rate = params.get('rate') ?? '100';
  const urls = params.get('urls') === '1';
  const probe = { ticks: 0, patterns, rate, revealedAt: null };
  window.churnProbe = probe;

  // Deterministic, like heavy.js: the same page and the same changes on every run.
  let seed = 7;
  const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const el = (tag, attrs = {}, ...children) => {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value);
    node.append(...children);
    return node;
  };
  const WORDS = ['Contoso', 'Fabrikam', 'Northwind', 'Tailspin', 'Woodgrove', 'Litware', 'Adatum', 'Proseware'];
  const METRICS = ['Requests', 'CPU', 'Memory', 'Errors', 'Sign-ins', 'Latency', 'Throughput', 'Queue length'];
  const number = () => String(Math.floor(rand() * 100000));

  // ---- What the page adds to the heavy shell ----------------------------------------------------
  // A dashboard of tiles (each a small subtree: title, metric, sparkline, menu button), first in
  // the journey, as the portal's home dashboard.
  let tileCount = 0;
  const tile = () => {
    tileCount++;
    const spark = el('div', { class: 'ch-spark', 'aria-hidden': 'true' }, ...Array.from({ length: 6 }, () => el('span', { style: `height: ${Math.round(rand() * 20)}px` })));
    return el('div', { role: 'listitem', class: 'ch-tile', 'data-tile': String(tileCount) },
      el('h4', {}, `${pick(WORDS)} ${pick(METRICS)}`), el('span', { class: 'ch-metric' }, number()), spark,
      el('button', { 'aria-label': 'More actions', class: 'ch-more' }, '…'));
  };
  const tiles = el('div', { role: 'list', class: 'ch-tiles' }, ...Array.from({ length: 40 }, tile));
  const dashboard = el('section', { class: 'hv-blade', 'aria-label': 'Dashboard' }, el('h2', {}, 'My Dashboard'), tiles);
  document.querySelector('.hv-journey')?.prepend(dashboard);

  // A toast area beside the workspace (the portal's notifications), and a list that scrolls by
  // (a virtualized grid: rows leave at the top, new ones come at the bottom).
  const toasts = el('div', { class: 'ch-toasts', 'aria-live': 'polite' });
  document.body.append(toasts);
  let toastCount = 0;
  const toast = () => {
    toastCount++;
    return el('div', { role: 'alert', class: 'ch-toast' },
      el('h3', {}, `${pick(['Deployment', 'Update', 'Restart', 'Export'])} ${pick(['succeeded', 'in progress', 'queued'])}`),
      el('p', {}, `${pick(WORDS)}-${number()} · ${toastCount}`),
      el('ul', {}, ...Array.from({ length: 4 }, () => el('li', {}, `${pick(METRICS)}: ${number()}`))),
      el('button', { class: 'ch-dismiss' }, 'Dismiss'));
  };
  let rowCount = 0;
  const row = () => {
    rowCount++;
    return el('div', { role: 'row', class: 'hv-row' }, ...[`Event ${rowCount}`, pick(WORDS), number(), pick(METRICS)].map((text) => el('div', { role: 'gridcell' }, el('span', {}, text))));
  };
  const list = el('div', { class: 'hv-rows' }, ...Array.from({ length: 60 }, row));
  dashboard.append(el('div', { role: 'grid', 'aria-label': 'Recent events', class: 'hv-grid' }, list));

  if (params.has('reveal')) {
    const blade = document.getElementById('blade');
    blade.classList.add('ch-loading');
    new MutationObserver((records, observer) => {
      if (!blade.querySelector('h2')) return; // still the spinner
      observer.disconnect();
      setTimeout(() => {
        blade.classList.remove('ch-loading');
        probe.revealedAt = performance.now();
      }, Number(params.get('reveal')));
    }).observe(blade, { childList: true });
  }

  // ---- The changes ------------------------------------------------------------------------------
  const cells = [...document.querySelectorAll('.hv-journey [role=gridcell] > span')].filter((span) => span.firstChild?.nodeType === Node.TEXT_NODE);
  const statusCells = [...document.querySelectorAll('.hv-status')];
  const flyouts = [...document.querySelectorAll('.hv-flyout')];
  const commands = [...document.querySelectorAll('.hv-journey .hv-cmd')];
  const rows = [...document.querySelectorAll('.hv-journey [role=grid] .hv-row')];
  const inputs = [...document.querySelectorAll('.hv-form input[type=text]')];
  const progress = document.querySelector('.hv-progress');
  let clock = null;

  const CHANGES = {
    text() {
      for (let i = 0; i < 50; i++) {
        const cell = pick(cells);
        const text = urls && i % 10 === 0 ? `https://login.microsoftonline.com/${number()}/oauth2` : `${pick(WORDS)} ${number()}`;
        if (i % 2) cell.textContent = text; // a new text node
        else if (cell.firstChild) cell.firstChild.data = text; // the same node, edited
      }
    },
    replace() {
      for (let i = 0; i < 20; i++) pick([...tiles.children]).replaceWith(tile());
    },
    attrs() {
      for (let i = 0; i < 20; i++) pick(statusCells).classList.toggle('hv-pulse');
      for (let i = 0; i < 8; i++) pick(flyouts).toggleAttribute('hidden');
      for (let i = 0; i < 8; i++) {
        const command = pick(commands);
        const off = !command.disabled;
        command.disabled = off;
        command.setAttribute('aria-disabled', String(off));
      }
      for (let i = 0; i < 8; i++) {
        const r = pick(rows);
        r.setAttribute('aria-expanded', String(r.getAttribute('aria-expanded') !== 'true'));
        r.setAttribute('aria-busy', String(rand() < 0.5));
      }
      for (let i = 0; i < 8; i++) pick(inputs).setAttribute('value', `${pick(WORDS)}-${number()}`);
      if (progress) progress.style.width = `${Math.round(rand() * 100)}%`;
    },
    inside() {
      if (!clock?.isConnected) {
        const heading = document.querySelector('#blade h2');
        if (!heading?.parentElement) return;
        clock = el('span', { class: 'ch-clock' });
        heading.parentElement.append(clock);
      }
      clock.textContent = `Updated ${new Date().toLocaleTimeString('en-US')}.${probe.ticks % 10}`;
      clock.style.opacity = String(0.5 + (probe.ticks % 2) / 2);
    },
    subtree() {
      for (let i = 0; i < 3; i++) toasts.append(toast());
      while (toasts.childElementCount > 6) toasts.firstElementChild.remove();
      for (let i = 0; i < 10; i++) {
        list.firstElementChild?.remove();
        list.append(row());
      }
    },
  };
  const changes = patterns.map((p) => CHANGES[p]);
  const tick = () => {
    for (const change of changes) change();
    probe.ticks++;
  };

  if (changes.length > 0) {
    if (rate === 'raf') {
      const frame = () => {
        tick();
        requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    } else {
      setInterval(tick, Number(rate) || 100);
    }
  }
})();
