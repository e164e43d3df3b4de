// Context: content script, in every frame of the allowed Azure and GoTo hosts (manifest).
// Generic on purpose: it collects a page snapshot, asks the service worker what the page is
// and what to do, applies the returned plan the way a person would, and draws the in-page
// buttons and status. It knows no host name, label or SAML term; the Rust core does.
/** @typedef {import('./pkg/ssobridge.js').StepReply} StepReply */
/** @typedef {import('./pkg/ssobridge.js').ViewReply} ViewReply */
/** @typedef {import('./pkg/ssobridge.js').Op} Op */
/** @typedef {import('./pkg/ssobridge.js').FieldView} FieldView */
(() => {
  'use strict';
  if (globalThis.__ssobridgeLoaded) return;
  globalThis.__ssobridgeLoaded = true;

  const api = globalThis.browser ?? globalThis.chrome;
  const { UI_ATTR } = globalThis.ssobridgeSnapshot;
  const MAX_ROUNDS = 10;

  let elementsByKey = new Map();
  let busy = false;
  let filledHere = false;
  let lastAction = null; // what a "confirm" repeats
  const t = (key, fallback) => api.i18n.getMessage(key) || fallback;

  // What the core says to watch for on this side (extension/probe/, generated from the Rust
  // core and loaded before this script): until the page shows one of these words or values,
  // ssobridge takes no snapshot and sends nothing. Portal pages are heavy and stay open all day.
  // The markers are lower case: text is lowered once and matched case-sensitively, which costs
  // a page far less than a case-insensitive match over all of its text.
  const probe = globalThis.ssobridgeProbe;
  const markers = new RegExp(probe.pattern);
  /** @type {RegExp | null} */
  let focus = null;
  let relevant = false;

  /** @type {ShadowRoot[]} the shadow roots the last snapshot walked */
  let shadowRoots = [];

  function snapshot() {
    if (probe.focus) focus ??= new RegExp(probe.pattern, 'i');
    const taken = globalThis.ssobridgeSnapshot.collect({ focus, fields: probe.fields });
    elementsByKey = taken.elements;
    shadowRoots = taken.shadowRoots;
    return taken.snapshot;
  }

  // ---- Applying a plan, the way a person's input arrives ----------------------------------

  function setNativeValue(el, value) {
    const proto = Object.getPrototypeOf(el);
    const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
    if (setter) setter.call(el, value); else el.value = value;
  }

  function fire(el, type, init = {}) {
    el.dispatchEvent(new Event(type, { bubbles: true, cancelable: true, composed: true, ...init }));
  }

  function clickLikeAPerson(el) {
    el.scrollIntoView?.({ block: 'nearest' });
    const opts = { bubbles: true, cancelable: true, composed: true, view: window, button: 0 };
    el.dispatchEvent(new PointerEvent('pointerdown', opts));
    el.dispatchEvent(new MouseEvent('mousedown', opts));
    el.focus?.();
    el.dispatchEvent(new PointerEvent('pointerup', opts));
    el.dispatchEvent(new MouseEvent('mouseup', opts));
    el.dispatchEvent(new MouseEvent('click', opts));
  }

  const operations = {
    'set-text': (el, op) => {
      el.focus();
      setNativeValue(el, op.value);
      el.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertReplacementText', data: op.value }));
      fire(el, 'change');
      el.blur();
    },
    'select-option': (el, op) => {
      el.focus();
      setNativeValue(el, op.value);
      fire(el, 'input');
      fire(el, 'change');
      el.blur();
    },
    click: (el) => clickLikeAPerson(el),
    'attach-file': (el, op) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([op.content], op.name, { type: op.mime }));
      el.files = transfer.files;
      fire(el, 'input');
      fire(el, 'change');
    },
  };

  /** @param {Op[]} ops */
  function apply(ops) {
    for (const op of ops ?? []) {
      const el = elementsByKey.get(op.key);
      if (el?.isConnected) operations[op.op]?.(el, op);
    }
  }

  // Applies the ops, then resolves when the page may be read again. When the core expects a
  // change (a mode's fields, a blade), once the page has changed (the ops' own changes count)
  // and settled: no change for `settleMs`, at most `waitMs` in all. After plain writes, after
  // `waitMs` whatever the page does (a revert changes a property no observer sees).
  function applyAndSettle(ops, { waitMs, expectChange, settleMs }) {
    if (!expectChange) {
      apply(ops);
      return new Promise((resolve) => setTimeout(resolve, waitMs));
    }
    return new Promise((resolve) => {
      let settle;
      const done = () => { observer.disconnect(); clearTimeout(settle); clearTimeout(limit); resolve(); };
      const quiet = () => { clearTimeout(settle); settle = setTimeout(done, settleMs); };
      const observer = new MutationObserver((mutations) => {
        if (!mutations.every((m) => ui.owns(m.target))) quiet();
      });
      // A web component renders inside its shadow root, which an observer of the document
      // does not see into.
      for (const target of [document.documentElement, ...shadowRoots]) {
        observer.observe(target, { subtree: true, childList: true, attributes: true, characterData: true });
      }
      const limit = setTimeout(done, waitMs);
      apply(ops);
    });
  }

  // ---- Talking to the worker ---------------------------------------------------------------

  async function ask(message) {
    let reply;
    try {
      reply = await api.runtime.sendMessage(message);
    } catch {
      // The browser stopped or restarted ssobridge's background before it answered (a closed
      // message channel, no receiving end): nothing of the round was decided, so the admin is
      // told plainly to press the button again, not shown the browser's words.
      throw { variant: 'background-restarted', message: t('background_restarted', 'The browser interrupted ssobridge before it finished: press the button again.') };
    }
    if (reply?.error) throw reply.error;
    return reply;
  }

  async function run(type, confirmed, click, first) {
    let progress = null;
    // The worker issues a round token for the judged click; every later round carries it.
    let token = null;
    // A guard only: the core bounds its own rounds (capture 6, fills 8).
    for (let round = 0; round < MAX_ROUNDS; round++) {
      // The click's facts go with the first round: the core decides whether it was the admin's.
      /** @type {StepReply} */
      const step = await ask({ type, snapshot: round === 0 ? first : snapshot(), progress, confirmed, click: round === 0 ? click : null, token });
      ui.status(step.status.state, step.status.text, step.fields, step.status.report);
      if (step.ops?.length) filledHere = true;
      progress = step.progress;
      token = step.token ?? token;
      if (step.then !== 'resnapshot') { apply(step.ops); return step; }
      await applyAndSettle(step.ops, step);
    }
    return null;
  }

  async function act(type, click, confirmed = false) {
    if (busy) return;
    busy = true;
    lastAction = type;
    try {
      // The page is read and the request sent before the status line is drawn: drawing first
      // would make the browser lay the whole page out again for the snapshot, and delay the send.
      const running = run(type, confirmed, click, snapshot());
      ui.status('working', t('working', '…'));
      await running;
    } catch (err) {
      // The worker renders its errors in the admin's language too.
      ui.status('error', err.message ?? String(err));
    } finally {
      busy = false;
      refresh();
    }
  }

  // ---- Page report (SPEC 2.1): what the collector sees, redacted by the core ----------------

  /** The frame's page report, as the core redacted it. */
  async function pageReport() {
    const { kind, ...report } = await ask({ type: 'page-report', snapshot: snapshot(), userAgent: navigator.userAgent });
    return report;
  }

  // The popup asks the tab's top frame for its report, to show it before the admin saves it.
  api.runtime.onMessage.addListener((message, sender, sendResponse) => {
    const fromOurPage = sender.id === api.runtime.id && (sender.url ?? '').startsWith(api.runtime.getURL(''));
    if (message?.type !== 'page-report' || !fromOurPage || window.top !== window) return false;
    pageReport().then((report) => sendResponse({ report }), (err) => sendResponse({ error: String(err?.message ?? err) }));
    return true;
  });

  // ---- In-page UI --------------------------------------------------------------------------

  const ui = (() => {
    let root = null;
    const important = (style) => style.replace(/;/g, ' !important;');

    const ROOT_STYLE = important('all: initial; position: fixed; inset: auto 16px 16px auto; z-index: 2147483647; display: flex; flex-direction: column; align-items: flex-end; gap: 6px; max-width: 420px; font: 13px/1.4 system-ui, sans-serif;');
    const HOST_STYLE = important('all: initial; display: inline-block; cursor: pointer;');

    function ensureRoot() {
      if (root?.isConnected) return root;
      root = document.createElement('div');
      root.setAttribute(UI_ATTR, '');
      // The top layer: no z-index or later element of the page can cover the panel there.
      root.setAttribute('popover', 'manual');
      root.setAttribute('style', ROOT_STYLE);
      (document.body ?? document.documentElement).append(root);
      root.showPopover?.();
      addEventListener('keydown', noteTab, true);
      return root;
    }

    // A keyboard activation counts only when the admin put the focus there: by Tab, or by
    // pressing on the button. A page that moves the focus by script gives no such event. Keys
    // are watched once there is a panel (ensureRoot): a page without one pays nothing per key.
    let tabbedAt = 0;
    const noteTab = (event) => { if (event.isTrusted && event.key === 'Tab') tabbedAt = performance.now(); };

    // What the core needs to decide that a click on `host` was the admin's: where it landed,
    // what covers, dims or moved the button, how the focus arrived (SPEC 8, clickjacking).
    // Raw measures only: the core holds the thresholds (size, timing) that decide.
    function clickFacts(event, host, focusGiven, focusAfterTabMs, drawnAt) {
      const rect = host.getBoundingClientRect();
      const keyboard = event.type === 'keydown';
      const x = keyboard ? rect.left + rect.width / 2 : event.clientX;
      const y = keyboard ? rect.top + rect.height / 2 : event.clientY;
      let opacity = 1;
      let effects = false;
      let hidden = false;
      for (let el = host; el; el = el.parentElement) {
        const style = getComputedStyle(el);
        opacity *= Number(style.opacity);
        effects ||= style.filter !== 'none' || style.clipPath !== 'none' || (style.maskImage ?? 'none') !== 'none' || style.transform !== 'none' || style.mixBlendMode !== 'normal';
        hidden ||= style.visibility !== 'visible' || style.display === 'none';
      }
      return {
        trusted: event.isTrusted,
        keyboard,
        focusGiven,
        focusAfterTabMs,
        onButton: event.target === host && document.elementFromPoint(x, y) === host,
        inViewport: rect.left >= 0 && rect.top >= 0 && rect.right <= innerWidth && rect.bottom <= innerHeight,
        widthPx: Math.floor(rect.width),
        heightPx: Math.floor(rect.height),
        visibleMs: Math.floor(performance.now() - drawnAt),
        opacityPercent: Math.round(opacity * 100),
        effects,
        hidden,
        styleIntact: host.getAttribute('style') === HOST_STYLE && root?.getAttribute('style') === ROOT_STYLE && host.parentElement === root,
        topLayer: root?.matches(':popover-open') ?? false,
        // Only another top-layer element can be drawn over the panel, and one with
        // pointer-events: none escapes the hit test: look for any that overlaps the button.
        overlaid: [...document.querySelectorAll(':popover-open, dialog:modal, :fullscreen')]
          .filter((el) => el !== root && !root?.contains(el))
          .some((el) => {
            const other = el.getBoundingClientRect();
            return other.left < rect.right && other.right > rect.left && other.top < rect.bottom && other.bottom > rect.top;
          }),
      };
    }

    // A light-DOM element that acts on a trusted click on itself and draws itself in its own
    // shadow root, so the page's styles cannot restyle or hide it.
    function button(kind, label, onClick) {
      const host = document.createElement('div');
      host.setAttribute('data-ssobridge', kind);
      host.setAttribute('role', 'button');
      host.setAttribute('tabindex', '0');
      host.setAttribute('aria-label', label);
      host.setAttribute('style', HOST_STYLE);
      const shadow = host.attachShadow({ mode: 'closed' });
      const face = document.createElement('span');
      face.textContent = label;
      face.setAttribute('style', 'display:inline-block;padding:8px 14px;border-radius:6px;background:#0f6cbd;color:#fff;font:600 13px/1.2 system-ui,sans-serif;box-shadow:0 2px 6px rgba(0,0,0,.25);');
      shadow.append(face);
      let focusGiven = false;
      let focusAfterTabMs = null;
      const drawnAt = performance.now();
      host.addEventListener('pointerdown', (event) => { if (event.isTrusted) focusGiven = true; });
      host.addEventListener('focus', () => { focusAfterTabMs = tabbedAt ? Math.floor(performance.now() - tabbedAt) : null; });
      host.addEventListener('blur', () => { focusGiven = false; focusAfterTabMs = null; });
      const trusted = (event) => {
        if (!event.isTrusted) return;
        event.preventDefault();
        event.stopPropagation();
        onClick(clickFacts(event, host, focusGiven, focusAfterTabMs, drawnAt));
      };
      host.addEventListener('click', trusted);
      host.addEventListener('keydown', (event) => {
        if (event.isTrusted && (event.key === 'Enter' || event.key === ' ')) trusted(event);
      });
      return host;
    }

    function line(kind) {
      let el = ensureRoot().querySelector(`:scope > [data-ssobridge="${kind}"]`);
      if (!el) {
        el = document.createElement('div');
        el.setAttribute('data-ssobridge', kind);
        el.setAttribute('role', kind === 'status' ? 'status' : 'note');
        el.setAttribute('style', important('all: initial; display: block; max-width: 420px; padding: 6px 10px; border-radius: 6px; background: #fff; color: #242424; font: 13px/1.4 system-ui, sans-serif; box-shadow: 0 1px 4px rgba(0,0,0,.3); white-space: pre-wrap;'));
        ensureRoot().append(el);
      }
      return el;
    }

    // Saved as a download the admin starts: a link inside ssobridge's own panel, never the page's.
    async function saveReport() {
      const report = await pageReport();
      const file = new Blob([`${JSON.stringify(report, null, 2)}\n`], { type: 'application/json' });
      const link = document.createElement('a');
      link.href = URL.createObjectURL(file);
      link.download = `ssobridge-page-report-${location.hostname}.json`;
      ensureRoot().append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
    }

    return {
      /** Whether a node is part of ssobridge's own panel (whose changes are not the page's). */
      owns(node) {
        return root !== null && root.contains(node);
      },
      buttons(views) {
        // No panel to make and remove on pages without buttons: the page's observers (and
        // ours) would see it come and go.
        if (views.length === 0 && !root?.isConnected) return;
        const panel = ensureRoot();
        const kinds = views.map((view) => view.kind);
        // Only the page's action buttons come and go with the view; confirm and copy buttons
        // belong to the status line.
        for (const el of panel.querySelectorAll(':scope > [data-ssobridge="capture"], :scope > [data-ssobridge="fill"], :scope > [data-ssobridge="fill-sp"]')) {
          if (!kinds.includes(el.getAttribute('data-ssobridge'))) el.remove();
        }
        for (const view of views) {
          if (!panel.querySelector(`:scope > [data-ssobridge="${view.kind}"]`)) {
            panel.prepend(button(view.kind, view.label, (click) => act(view.kind, click)));
          }
        }
        if (kinds.length === 0 && !busy) panel.remove();
      },
      status(state, text, fields, report = false) {
        const el = line('status');
        el.setAttribute('data-state', state);
        el.textContent = text;
        for (const old of ensureRoot().querySelectorAll(':scope > [data-ssobridge="copy"]')) old.remove();
        for (const field of (fields ?? []).filter((f) => f.copyable)) {
          const copy = button('copy', `${t('button_copy', 'Copy')}: ${field.label}`, () => navigator.clipboard.writeText(field.wanted));
          copy.setAttribute('data-field', field.field);
          el.after(copy);
        }
        const confirm = ensureRoot().querySelector(':scope > [data-ssobridge="confirm"]');
        if (state === 'conflict' && !confirm) {
          const action = lastAction;
          el.after(button('confirm', t('button_confirm', 'Replace the different values'), (click) => {
            ensureRoot().querySelector(':scope > [data-ssobridge="confirm"]')?.remove();
            act(action, click, true);
          }));
        } else if (state !== 'conflict') {
          confirm?.remove();
        }
        // Not understood: the admin may save what ssobridge saw, to hand it over.
        ensureRoot().querySelector(':scope > [data-ssobridge="page-report"]')?.remove();
        if (report) el.after(button('page-report', t('button_page_report', 'Save a page report'), () => saveReport()));
      },
      drift(drift) {
        // Removing must not re-create the panel a page without buttons just lost.
        if (!drift) { root?.querySelector(':scope > [data-ssobridge="drift"]')?.remove(); return; }
        const el = line('drift');
        el.setAttribute('data-state', drift.state);
        el.replaceChildren();
        const head = document.createElement('div');
        head.textContent = drift.text;
        el.append(head);
        for (const difference of drift.differences) {
          const row = document.createElement('div');
          row.setAttribute('data-field', difference.field);
          row.textContent = difference.text;
          el.append(row);
        }
      },
    };
  })();

  // ---- Shadow roots: an observer of the document sees nothing inside them ----------------

  /** The shadow roots being watched (their hosts still in the page). */
  const knownRoots = new Set();

  /** The shadow roots under `nodes` not watched yet, now known. */
  function newRootsUnder(nodes) {
    const found = [];
    for (const node of nodes) {
      if (node.nodeType === Node.ELEMENT_NODE) globalThis.ssobridgeSnapshot.shadowRootsUnder(node, knownRoots, found);
    }
    return found;
  }

  /** The roots the last snapshot walked that are not watched yet, now known. */
  function newRootsWalked() {
    const found = shadowRoots.filter((root) => !knownRoots.has(root));
    for (const root of found) knownRoots.add(root);
    return found;
  }

  // A custom element the page has not defined yet gets its shadow root when the page defines
  // it, which no mutation shows (a lazily loaded bundle): such elements are looked at again
  // every half second while they wait, for half a minute at most.
  let undefinedHosts = new Set();
  let upgradeTimer = null;
  let upgradeChecks = 0;
  function awaitUpgrades(scopes) {
    for (const scope of scopes) {
      if (scope instanceof Element && scope.matches(':not(:defined)')) undefinedHosts.add(scope);
      for (const el of scope.querySelectorAll(':not(:defined)')) undefinedHosts.add(el);
    }
    upgradeChecks = 0;
    if (undefinedHosts.size) upgradeTimer ??= setTimeout(checkUpgrades, 500);
  }
  function checkUpgrades() {
    upgradeTimer = null;
    const upgraded = [];
    for (const el of undefinedHosts) {
      if (el.matches(':defined')) upgraded.push(el);
      if (!el.isConnected || el.matches(':defined')) undefinedHosts.delete(el);
    }
    if (upgraded.length) {
      const roots = newRootsUnder(upgraded);
      observeRoots(roots);
      if (relevant) scheduleRefresh();
      else if (roots.some((root) => mentions(root.textContent))) becomeRelevant();
      awaitUpgrades(roots);
    }
    if (undefinedHosts.size && ++upgradeChecks < 60) upgradeTimer ??= setTimeout(checkUpgrades, 500);
  }

  function liveRoots() {
    for (const root of knownRoots) if (!root.host.isConnected) knownRoots.delete(root);
    return [...knownRoots];
  }

  // ---- Watching the page (single-page apps render and navigate without reloads) -----------

  async function refresh() {
    if (busy || !relevant) return;
    try {
      /** @type {ViewReply} */
      const view = await ask({ type: 'view', snapshot: snapshot(), filledHere });
      observeRoots(newRootsWalked());
      ui.buttons(view.buttons);
      ui.drift(view.drift);
      // Nothing here after all (another blade of the portal): back to watching for the
      // markers, which only new content can bring.
      if (view.buttons.length === 0 && !view.drift) {
        relevant = false;
        watch();
      }
    } catch (err) {
      // A frame the core refuses (sandboxed, framed by another site) stays refused: stop
      // watching. The worker restarting: draw nothing this time.
      if (err?.frameRefused) stopWatching();
    }
  }

  // At most one snapshot a second, in idle time, none while the tab is hidden. A refresh that
  // is due is never pushed back by more changes: on a page that updates every 100 ms the
  // button still appears within a second.
  let refreshTimer = null;
  let lastRefresh = 0;
  const idle = globalThis.requestIdleCallback ?? ((task) => setTimeout(task, 0));
  function scheduleRefresh() {
    if (refreshTimer !== null || document.hidden || !relevant) return;
    const wait = Math.max(150, lastRefresh + 1000 - Date.now());
    refreshTimer = setTimeout(() => idle(() => {
      refreshTimer = null;
      lastRefresh = Date.now();
      refresh();
    }, { timeout: 500 }), wait);
  }

  // The attributes that make a field one whose value the core reads (the probe's `locks`).
  const LOCKS = probe.locks;
  const mentions = (text) => text != null && text !== '' && markers.test(text.toLowerCase());
  // Form fields' values, read in one pass and matched once: a portal in a language ssobridge
  // has no words for still shows Azure's host names in them. Only the fields the probe names
  // (what the core reads values from, never what someone can type): the wrapper each field
  // needs in this script's world was most of what a first look at a heavy page cost.
  const fieldsMention = (node) => {
    if (probe.fields.length === 0 || !(node instanceof Element)) return false;
    if (node instanceof HTMLInputElement || node instanceof HTMLTextAreaElement) return probe.fields.some((selector) => node.matches(selector)) && mentions(node.value);
    if (node.childElementCount === 0) return false;
    const values = [];
    for (const selector of probe.fields) {
      for (const field of node.querySelectorAll(selector)) {
        const { value } = /** @type {HTMLInputElement} */ (field);
        if (value) values.push(value);
      }
    }
    return mentions(values.join('\n'));
  };

  // Whether a batch of changes brings a marker: only the changed nodes are read, their text
  // joined and matched once, then the values of the fields added or locked (a form that makes
  // its fields read-only once loaded).
  function changesMention(mutations) {
    const texts = [];
    const added = [];
    // Indexed loops and no record read twice: a busy page brings dozens of records a second,
    // and each property read crosses from this script's world into the page's.
    for (let i = 0; i < mutations.length; i++) {
      const m = mutations[i];
      const { type, target } = m;
      if (ui.owns(target)) continue;
      if (type === 'characterData') texts.push(target.nodeValue);
      else if (type === 'attributes') {
        const name = m.attributeName ?? '';
        if (LOCKS.includes(name)) added.push(target);
        else texts.push(/** @type {Element} */ (target).getAttribute(name));
      } else {
        const nodes = m.addedNodes;
        for (let j = 0, n = nodes.length; j < n; j++) {
          const node = nodes[j];
          texts.push(node.textContent);
          if (node.nodeType === Node.ELEMENT_NODE) added.push(node);
        }
      }
    }
    // Web components added bring their shadow roots, whose text their light DOM lacks.
    if (probe.deep && added.length) {
      const roots = newRootsUnder(added);
      observeRoots(roots);
      awaitUpgrades([...added, ...roots]);
      for (const root of roots) texts.push(root.textContent);
    }
    return mentions(texts.join('\n')) || added.some(fieldsMention);
  }

  // The first look at a page, in idle time: its text as one string (the browser joins it far
  // faster than a script walks the nodes, and a marker split across elements still reads as
  // one), then the values of the fields the probe names.
  function scan() {
    idle(() => {
      const body = document.body ?? document.documentElement;
      if (mentions(body.textContent) || fieldsMention(body)) return becomeRelevant();
      if (!probe.deep) return;
      const roots = newRootsUnder([document.documentElement]);
      observeRoots(roots);
      awaitUpgrades([document, ...roots]);
      if (roots.some((root) => mentions(root.textContent))) becomeRelevant();
    }, { timeout: 1000 });
  }

  // Typing and the tab becoming visible matter only once the page does (the same listener
  // added twice is added once).
  function becomeRelevant() {
    relevant = true;
    document.addEventListener('visibilitychange', scheduleRefresh);
    document.addEventListener('input', scheduleRefresh, true);
    watch();
    scheduleRefresh();
  }

  // Until the page mentions a marker, changes are read in batches a few times a second
  // rather than at every callback: a portal page updating ten times a second costs little.
  const BATCH_MS = 200;
  let unread = [];
  let batchTimer = null;
  function readBatch() {
    batchTimer = null;
    const batch = unread;
    unread = [];
    if (!relevant && changesMention(batch)) becomeRelevant();
  }
  const watcher = new MutationObserver((mutations) => {
    if (relevant) {
      if (!mutations.every((m) => ui.owns(m.target))) scheduleRefresh();
      return;
    }
    for (const m of mutations) unread.push(m);
    batchTimer ??= setTimeout(readBatch, BATCH_MS);
  });
  // Until the page mentions a marker only new text, values and fields becoming read-only
  // matter; once it does, also what shows or hides parts of it (a blade opening, a section
  // expanding).
  function watchOptions() {
    const shown = relevant ? ['class', 'hidden', 'style', 'aria-expanded'] : [];
    return { subtree: true, childList: true, attributes: true, attributeFilter: ['value', ...LOCKS, ...shown], characterData: true };
  }
  function watch() {
    watcher.disconnect();
    const options = watchOptions();
    for (const target of [document.documentElement, ...liveRoots()]) watcher.observe(target, options);
  }
  function observeRoots(roots) {
    if (roots.length === 0) return;
    const options = watchOptions();
    for (const root of roots) watcher.observe(root, options);
  }
  watch();
  // In-app navigation: look again (the observer alone sees only what changes).
  const navigated = () => { if (!relevant) scan(); else scheduleRefresh(); };
  addEventListener('hashchange', navigated);
  addEventListener('popstate', navigated);

  function stopWatching() {
    relevant = false;
    watcher.disconnect();
    clearTimeout(batchTimer);
    unread = [];
    removeEventListener('hashchange', navigated);
    removeEventListener('popstate', navigated);
    document.removeEventListener('input', scheduleRefresh, true);
    document.removeEventListener('visibilitychange', scheduleRefresh);
  }

  scan();
})();
