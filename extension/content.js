// Context: content script, in every frame of the allowed Azure and GoTo hosts (manifest).
// Generic on purpose: it watches the page for what the core says may matter (the probe), then
// has the collector (snapshot.js) read it, asks the service worker what the page is and what
// to do, and hands the answer to the acting half (act.js), which applies plans and draws the
// panel. It knows no host name, label or SAML term; the Rust core does.
/** @typedef {import('./pkg/ssobridge.js').ViewReply} ViewReply */
(() => {
  'use strict';
  if (globalThis.__ssobridgeLoaded) return;
  globalThis.__ssobridgeLoaded = true;

  // The extension API is first touched once the page matters: that first touch builds its
  // bindings in this script's world, a millisecond of each load of every portal page.
  const api = () => globalThis.browser ?? globalThis.chrome;
  // Marks ssobridge's own panel; the collector skips it by the same name (crate/tests/probes.rs).
  const UI_ATTR = 'data-ssobridge-ui';
  let elementsByKey = new Map();
  const t = (key, fallback) => api().i18n.getMessage(key) || fallback;

  // What the core says to watch for on this side (extension/probe/, generated from the Rust
  // core and loaded before this script): until the page shows one of these words or values,
  // ssobridge takes no snapshot and sends nothing. Portal pages are heavy and stay open all day.
  // The markers are lower case: a field's short value is lowered and matched as it is; a page's
  // text is matched case-insensitively (`everyWord`), which costs what lowering it first did not.
  const probe = globalThis.ssobridgeProbe;
  const markers = new RegExp(probe.pattern);
  // In text, only the words among them (`everyWord`, below): host names fill a portal's sign-in
  // logs too.
  /** @type {RegExp | null} */
  let focus = null;
  /** @type {RegExp | null} */
  let anchors = null;
  let relevant = false;

  /** @type {ShadowRoot[]} the shadow roots the last snapshot walked */
  let shadowRoots = [];

  function snapshot() {
    if (probe.focus) {
      focus ??= new RegExp(probe.pattern, 'i');
      anchors ??= new RegExp(probe.anchors, 'i');
    }
    const taken = globalThis.ssobridgeSnapshot.collect({ focus, anchors, fields: probe.fields });
    elementsByKey = taken.elements;
    shadowRoots = taken.shadowRoots;
    snapshotRoot = taken.root;
    // The roots it walked are watched from now on: their changes reach no observer of the
    // document.
    for (const root of taken.shadowRoots) observe(root);
    return taken.snapshot;
  }

  // ---- Talking to the worker ---------------------------------------------------------------

  async function ask(message) {
    let reply;
    try {
      reply = await api().runtime.sendMessage(message);
    } catch {
      // The browser stopped or restarted ssobridge's background before it answered (a closed
      // message channel, no receiving end): nothing of the round was decided, so the admin is
      // told plainly to press the button again, not shown the browser's words.
      throw { variant: 'background-restarted', message: t('background_restarted', 'The browser interrupted ssobridge before it finished: press the button again.') };
    }
    if (reply?.error) throw reply.error;
    return reply;
  }

  // ---- Page report (SPEC 2.1): what the collector sees, redacted by the core ----------------

  /** The frame's page report, as the core redacted it. */
  async function pageReport() {
    await collector();
    const { kind, ...report } = await ask({ type: 'page-report', snapshot: snapshot(), userAgent: navigator.userAgent });
    return report;
  }

  // The popup asks the tab's top frame for its report, to show it before the admin saves it,
  // by running a function in this world (popup.js): the page's own scripts cannot reach it, and
  // no listener waits on every page for a request that rarely comes.
  if (window.top === window) globalThis.ssobridgePageReport = pageReport;

  // ---- The collector and the acting half: loaded when the page may matter -----------------

  // snapshot.js (the collector) and act.js (the plan applied, the panel) come with the page
  // where the probe needs the collector from the start (GoTo's side looks for shadow roots with
  // it); on the portal's heavy pages the worker brings both into this frame the first time a
  // snapshot is due. Each load of every portal page then compiles only the watcher
  // (tests/bench/idle.mjs).
  /** @type {ReturnType<typeof globalThis.ssobridgeActing> | null} */
  let acting = null;
  /** Whether both are here (the acting half then started). */
  function arrived() {
    if (!globalThis.ssobridgeSnapshot || !globalThis.ssobridgeActing) return false;
    acting ??= globalThis.ssobridgeActing({
      UI_ATTR, t, ask, snapshot, pageReport,
      refresh: () => refresh(),
      elements: () => elementsByKey,
      shadowRoots: () => shadowRoots,
    });
    return true;
  }
  /** @type {Promise<void> | null} */
  let collectorLoading = null;
  function collector() {
    if (arrived()) return Promise.resolve();
    collectorLoading ??= ask({ type: 'load-collector' })
      .then(() => {
        if (!arrived()) throw new Error('ssobridge: the collector did not load');
      })
      .finally(() => { collectorLoading = null; });
    return collectorLoading;
  }
  // The panel as the watcher sees it: none before the acting half draws one.
  const ui = {
    owns: (node) => acting?.ui.owns(node) ?? false,
    element: () => acting?.ui.element() ?? null,
    buttons: (views) => acting?.ui.buttons(views),
    drift: (drift) => acting?.ui.drift(drift),
  };
  const busy = () => acting?.busy() ?? false;

  // ---- Shadow roots: found where the probe says to look for them ---------------------------

  /** The shadow roots under `nodes` not watched yet. */
  function newRootsUnder(nodes) {
    const found = [];
    for (const node of nodes) {
      if (node.nodeType === Node.ELEMENT_NODE) globalThis.ssobridgeSnapshot.shadowRootsUnder(node, knownRoots, found);
    }
    return found;
  }
  const knownRoots = new Set();

  /** Watches new roots; whether their text shows a marker (their light DOM lacks it). */
  function rootsMention(roots) {
    for (const root of roots) observe(root);
    return roots.some((root) => mentions(root.textContent));
  }

  // A custom element the page has not defined yet gets its shadow root when the page defines
  // it, which no mutation shows (a lazily loaded bundle): such elements are looked at again
  // every half second while they wait, for half a minute at most.
  const undefinedHosts = new Set();
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
      if (rootsMention(roots) && !relevant) becomeRelevant();
      else if (relevant) scheduleRefresh();
      awaitUpgrades(roots);
    }
    if (undefinedHosts.size && ++upgradeChecks < 60) upgradeTimer ??= setTimeout(checkUpgrades, 500);
  }

  // On a side whose probe says so (GoTo's small pages), what a batch of changes adds is searched
  // for shadow roots: a web component brings its text in one.
  function addedRootsMention(batch) {
    const added = [];
    for (const records of batch.children) {
      for (let i = 0, n = records.length; i < n; i++) {
        const nodes = records[i].addedNodes;
        for (let j = 0, k = nodes.length; j < k; j++) if (nodes[j].nodeType === Node.ELEMENT_NODE && nodes[j].isConnected) added.push(nodes[j]);
      }
    }
    if (added.length === 0) return false;
    const roots = newRootsUnder(added);
    awaitUpgrades([...added, ...roots]);
    return rootsMention(roots);
  }

  // ---- Watching the page (single-page apps render and navigate without reloads) -----------
  //
  // Until the page shows one of the probe's markers, its changes are read a few times a second
  // for markers only. Once it does (`relevant`), a snapshot goes to the core, which says what to
  // draw. From then on another snapshot is taken only for a change inside what the last one
  // covered (the collector's root, watched by an observer of its own), on one of that
  // element's ancestors, or bringing markers elsewhere; and one the same as the last is not
  // sent. A portal that rewrites its grids and tiles all day, next to a SAML blade that stays as
  // it is, costs batch reads, not snapshots. An observer callback does constant work, a batch
  // at most MAX_RECORDS records' worth.

  /** The element the last snapshot covered (the collector's `root`; set by snapshot()). */
  let snapshotRoot = null;
  /** Where the markers were at the last view: watched for any change (null: none known). */
  let covered = null;
  let watching = true;
  let inFlight = false;
  let again = false; // a refresh was due while a view was on its way
  let againForced = false;
  let lastSent = null; // the last view request as sent
  /** @type {ViewReply | null} */
  let lastView = null; // and what the core answered
  // Views in a row in which the core drew the same. A page that keeps changing where its
  // markers are (a clock, a spinner) is then looked at less often, up to every
  // REFRESH_MS << MAX_CALM; new markers anywhere, typing and navigation are not slowed down.
  let calm = 0;
  const MAX_CALM = 2;
  const sameView = (a, b) => JSON.stringify([a.buttons, a.drift]) === JSON.stringify([b.buttons, b.drift]);

  // Draws what the core said, then forgets the records of that drawing: they are ssobridge's
  // own, and nothing of the page changes while this script runs.
  function draw(view) {
    ui.buttons(view.buttons);
    ui.drift(view.drift);
    takeRecords();
  }

  // After a view: with something drawn, the snapshot's root is watched for any change. With
  // nothing drawn (another blade of the portal, or this one before its values show), back to
  // reading changes for new markers, and the root is still watched if it holds markers: a
  // blade kept hidden until its values arrive is then shown by a change there.
  function settle(view, root, baseline, byKey, shapeAtSnapshot) {
    calm = lastView && sameView(lastView, view) ? Math.min(calm + 1, MAX_CALM) : 0;
    lastView = view;
    watchTexts(!shown());
    if (view.buttons.length > 0 || view.drift) {
      const named = view.witnesses.map((key) => byKey.get(key));
      // A witness the page took away already: the next snapshot sees how things are now.
      cover(root, named.every((el) => el?.isConnected) ? named : [], shapeAtSnapshot);
    } else {
      relevant = false;
      cover(mentions(root.textContent) || fieldsMention(root) ? root : null);
    }
    // On a page read whole (readWhole()), only a change in the markers outside counts.
    outsideAtView = baseline;
  }

  async function refresh(force = false) {
    // While an action runs, it refreshes when done (act.js).
    if (busy() || !relevant || !watching) return;
    if (inFlight) {
      again = true;
      againForced ||= force;
      return;
    }
    if (!arrived()) {
      inFlight = true;
      const loaded = await collector().then(() => true, () => false);
      inFlight = false;
      // Not loaded (the background restarting): asked again later, less often each time.
      if (!loaded) {
        collectorRetries = Math.min(collectorRetries + 1, 6);
        scheduleRefresh(force, REFRESH_MS << collectorRetries);
        return;
      }
      if (busy() || !relevant || !watching) return;
    }
    // What changed before this snapshot is in it.
    takeRecords();
    dropUnread();
    const message = { type: 'view', snapshot: snapshot(), filledHere: acting?.filledHere() ?? false };
    const root = snapshotRoot;
    const byKey = elementsByKey; // the reply's witnesses name this snapshot's elements
    const shapeAtSnapshot = root ? shapeOf(scopesOf(root)) : null;
    // On a page read whole, the markers outside are counted as the core sees the page, not as
    // it is once the core answers: what comes meanwhile must still count as a change.
    const baseline = performance.now() < hotUntil ? countedOutside(root) : null;
    const sent = JSON.stringify(message);
    // The page as the core reads it is the one it last answered for: the same answer (drawn
    // again only in case the page took the panel away; nothing changes when it is there).
    if (!force && sent === lastSent && lastView) {
      draw(lastView);
      settle(lastView, root, baseline, byKey, shapeAtSnapshot);
      return;
    }
    inFlight = true;
    try {
      /** @type {ViewReply} */
      const view = await ask(message);
      lastSent = sent;
      draw(view);
      settle(view, root, baseline, byKey, shapeAtSnapshot);
    } catch (err) {
      // A frame the core refuses (sandboxed, framed by another site) stays refused: stop
      // watching. The worker restarting: draw nothing this time, ask again on the next change.
      lastSent = null;
      if (err?.frameRefused) stopWatching();
      else cover(covered, witnesses);
    } finally {
      inFlight = false;
    }
    // What changed while the core was asked: read now (for markers, if nothing was drawn).
    if (again && relevant) scheduleRefresh(againForced);
    again = false;
    againForced = false;
    if (unreadCount > 0) readBatch();
  }

  // At most one snapshot a second, none while the tab is hidden. A refresh that is due is never
  // pushed back by more changes (only brought forward), and waits for idle time at most
  // IDLE_WAIT_MS: a page that animates every frame has none (Chromium ran it only at the
  // timeout, then 500 ms).
  const REFRESH_MS = 1000;
  const IDLE_WAIT_MS = 150;
  /** @type {{ at: number, soon: boolean, idle: boolean, timeout: any } | null} */
  let refreshTimer = null;
  let lastRefresh = 0;
  let collectorRetries = 0;
  let forced = false;
  const idle = globalThis.requestIdleCallback ?? ((task) => setTimeout(task, 0));
  /**
   * `force`: send even a snapshot the same as the last (what the core answers may have
   * changed). `interval`: since the last refresh, REFRESH_MS or longer for a calm page.
   */
  function scheduleRefresh(force = false, interval = REFRESH_MS) {
    forced ||= force;
    if (document.hidden || !relevant || !watching) return;
    const at = Math.max(Date.now() + 50, lastRefresh + interval);
    if (refreshTimer !== null && (refreshTimer.idle || refreshTimer.at <= at)) return;
    if (refreshTimer !== null) clearTimeout(refreshTimer.timeout);
    const pending = { at, soon: interval <= REFRESH_MS, idle: false, timeout: null };
    pending.timeout = setTimeout(() => {
      pending.idle = true;
      idle(() => {
        if (refreshTimer !== pending) return;
        refreshTimer = null;
        lastRefresh = Date.now();
        const force = forced;
        forced = false;
        refresh(force);
      }, { timeout: IDLE_WAIT_MS });
    }, at - Date.now());
    refreshTimer = pending;
  }
  // A refresh at once if the last was a second ago or more (readWhole()), else when due.
  function refreshNow() {
    if (Date.now() - lastRefresh < REFRESH_MS || inFlight || document.hidden) return scheduleRefresh();
    if (refreshTimer !== null) clearTimeout(refreshTimer.timeout);
    refreshTimer = null; // a pending idle callback sees it is no longer the one due
    lastRefresh = Date.now();
    const force = forced;
    forced = false;
    refresh(force);
  }
  // Settings captured in another tab change the drift check: the tab coming back asks again.
  const onVisible = () => scheduleRefresh(true);
  const onChange = () => scheduleRefresh();
  // One signal is enough until the next snapshot, which watches its own root again (cover()):
  // a clock ticking every frame there then costs one callback per snapshot, not one per frame.
  const onCoveredChange = () => {
    inner.disconnect();
    lineage.disconnect();
    around.disconnect();
    clearTimeout(restTimer);
    restTimer = null;
    if (relevant) scheduleRefresh(false, REFRESH_MS << calm);
    else becomeRelevant(REFRESH_MS << calm);
  };

  // The attributes that make a field one whose value the core reads (the probe's `locks`).
  const LOCKS = probe.locks;
  const VALUES = ['value', ...LOCKS];
  // What shows or hides a part of the page (a blade opening, a section expanding).
  const SHOWN = ['class', 'hidden', 'style', 'aria-expanded'];
  const mentions = (text) => {
    if (text == null || text === '') return false;
    everyWord.lastIndex = 0;
    return everyWord.test(text);
  };
  const valuesMention = (text) => text != null && text !== '' && markers.test(text.toLowerCase());
  // Form fields' values, read in one pass and matched once: a portal in a language ssobridge
  // has no words for still shows Azure's host names in them. Only the fields the probe names
  // (what the core reads values from, never what someone can type): the wrapper each field
  // needs in this script's world was most of what a first look at a heavy page cost.
  const anyField = probe.fields.join(', ');
  const holdsField = (node) => anyField !== '' && node instanceof Element && node.childElementCount > 0 && node.querySelector(anyField) !== null;
  const fieldsMention = (node) => {
    if (probe.fields.length === 0 || !(node instanceof Element)) return false;
    if (node instanceof HTMLInputElement || node instanceof HTMLTextAreaElement) return probe.fields.some((selector) => node.matches(selector)) && valuesMention(node.value);
    // Most subtrees a page adds hold no such field: one query that stops at the first says so.
    return holdsField(node) && fieldCount(node) > 0;
  };
  // The whole page read at once: the first look, and a page changing faster than its changes
  // can be read one by one. One expression for both, global to count: compiling a second one
  // cost a page's first look a millisecond. Case-insensitive on the text as it is: lowering a
  // portal's whole text first (two-byte once it holds a '…') cost 0.2 ms of a 2 ms whole read,
  // and the case-insensitive match costs what the plain one does (issue 18's measurements).
  // Fields by one query per selector, without holdsField's first query (on a whole page that
  // one costs as much as the answer).
  const everyWord = new RegExp(probe.anchors, 'gi');
  /** How many marker words `text` holds, case aside. */
  const wordCount = (text) => {
    if (!text) return 0;
    everyWord.lastIndex = 0;
    let n = 0;
    for (let m = everyWord.exec(text); m; m = everyWord.exec(text)) {
      n++;
      if (m[0] === '') everyWord.lastIndex++;
    }
    return n;
  };
  /** How many fields under `node` show a marker in their value. */
  const fieldCount = (node) => {
    let n = 0;
    for (const selector of probe.fields) {
      for (const field of node.querySelectorAll(selector)) if (valuesMention(/** @type {HTMLInputElement} */ (field).value)) n++;
    }
    return n;
  };
  // The fields only of a page whose text names what they would belong to (the probe's
  // `fieldsAfter`): on a heavy portal page the query visits every element.
  const fieldsAfter = probe.fieldsAfter ? new RegExp(probe.fieldsAfter, 'i') : null;
  const pageMentions = () => {
    const body = document.body ?? document.documentElement;
    const text = body.textContent;
    return wordCount(text) > 0 || ((fieldsAfter?.test(text) ?? true) && fieldCount(body) > 0);
  };

  // Changes are read in batches a few times a second rather than at every callback, and not
  // at all while a snapshot is due (it will see the page as it is then). While the core is
  // being asked they are kept for its answer: whether they matter depends on it.
  const BATCH_MS = 200;
  const MAX_RECORDS = 400;
  // Records by kind, each from an observer of its own, so that of a record only its target is
  // read: each read crosses from this script's world into the page's, and a page changing every
  // frame brings thousands of records a second.
  /** @typedef {{ texts: MutationRecord[][], children: MutationRecord[][], values: MutationRecord[][], locks: MutationRecord[][] }} Batch */
  /** @returns {Batch} */
  const emptyBatch = () => ({ texts: [], children: [], values: [], locks: [] });
  let unread = emptyBatch();
  let unreadCount = 0;
  let batchTimer = null;
  /** @param {keyof Batch} kind */
  const queue = (kind) => (records) => {
    delivered += records.length;
    callbacks++;
    if (refreshTimer?.soon && !inFlight && relevant) return;
    unreadCount += records.length;
    // Over budget when last charged: the clock is read once to see whether it still is (a page
    // quiet since is read change by change again).
    if (overBudget) {
      charge(0);
      overBudget = credit < 0;
    }
    if (learning === null && !paused && (unreadCount > MAX_RECORDS || overBudget)) startLearning();
    if (learning !== null) {
      noteSightings(records);
      if (learning.quick || performance.now() - learning.since >= LEARN_MS) return finishLearning();
      // Too many to read one by one: the whole read that ends the learning reads them.
      if (unreadCount > MAX_RECORDS) {
        clearTimeout(batchTimer);
        batchTimer = null;
        dropUnread();
        learning.dropped = true;
        return;
      }
    } else if (unreadCount > MAX_RECORDS || overBudget) {
      return readWholeLater();
    }
    unread[kind].push(records);
    batchTimer ??= setTimeout(readBatch, BATCH_MS);
  };
  function dropUnread() {
    unread = emptyBatch();
    unreadCount = 0;
  }
  function readBatch() {
    clearTimeout(batchTimer);
    batchTimer = null;
    if (inFlight || !watching) return; // refresh() reads them once answered
    const started = performance.now();
    chargeDelivery();
    const batch = unread;
    dropUnread();
    const inRoots = probe.deep && addedRootsMention(batch);
    if (!relevant) {
      if (inRoots || changesMention(batch)) becomeRelevant();
    } else if (!refreshTimer?.soon && (covered === null || !covered.isConnected || changesMention(batch))) {
      scheduleRefresh();
    }
    charge(performance.now() - started);
    overBudget = credit < 0;
  }

  // What watching may cost. A page that changes little is read change by change, which is
  // precise and cheap. One whose changes cost more to read than reading the whole page would
  // (a grid rewritten every frame brings thousands of records a second, each about a
  // microsecond to deliver and read) is read whole instead: the observers stop, so the records
  // stop too, and after each whole read they start again (a page gone quiet is read change by
  // change again). Whole reads come at most WHOLE_WAIT_MS apart, so a blade rendering into
  // such a page gets its button within a second; once the buttons show, a new blade elsewhere
  // can wait longer (the capture reads the page afresh anyway), and the one drawn for going
  // away is checked at every change. Spending is measured, except the records' delivery, which
  // is estimated: each callback into this script's world costs about 50 µs however few records
  // it brings (make bench: a page replacing tiles every frame cost 4 ms/s in callbacks alone),
  // each record about a microsecond more (0.4-1.1 µs measured; nodes added and removed cost
  // most). CREDIT_CAP_MS lets a quiet page's bursts (a blade rendering) through. Records are
  // worth their cost only while it is below that of a page read whole where it churns (about
  // half a millisecond a second): hence the attentive budget.
  //
  // A blade does not open by itself: the admin clicks, types or navigates, or the page has just
  // loaded. For ATTENTIVE_MS after any of these the watcher looks as closely as above; a tab
  // left open and untouched, as portal tabs are all day, is read more sparingly (a busy page
  // whole every WHOLE_WAIT_MS.dormant at most).
  const WATCH_MS_PER_S = { attentive: 0.5, dormant: 0.25 };
  const CREDIT_CAP_MS = 3;
  const CREDIT_START_MS = 1;
  const WHOLE_WAIT_MS = { attentive: 800, shown: 3000, dormant: 4000, churnKnown: 4000 };
  const ATTENTIVE_MS = 30_000;
  const CALLBACK_MS = 0.05;
  const RECORD_MS = 0.001;
  let attentiveUntil = performance.now() + ATTENTIVE_MS;
  let wholeCostMs = 1; // the last whole read's, measured (the first look's, to begin with)
  const attention = () => (performance.now() >= attentiveUntil ? 'dormant' : shown() ? 'shown' : 'attentive');
  // Per second: the budget, or what whole reads would cost if more (a page far heavier than a
  // portal's), read at the pace of a page whose churn is known.
  const budget = () => {
    const now = attention();
    return Math.max(WATCH_MS_PER_S[now === 'dormant' ? 'dormant' : 'attentive'], (wholeCostMs * 1000) / Math.max(WHOLE_WAIT_MS[now], WHOLE_WAIT_MS.churnKnown));
  };
  const wholeWaitMs = () => WHOLE_WAIT_MS[attention()];
  function attend() {
    const wasDormant = attention() === 'dormant';
    attentiveUntil = performance.now() + ATTENTIVE_MS;
    // A whole read put off for a dormant or hidden page comes as soon as an attentive one's would.
    if (paused && (wholeTimer === null || wasDormant)) {
      clearTimeout(wholeTimer);
      wholeTimer = null;
      readWholeLater();
    }
    // The admin at work: a read put off for a page whose churn is known comes as an attentive one's.
    if (paused && churn !== null) readSooner();
  }
  const onTabShown = () => { if (!document.hidden) attend(); };
  // A blade in a frame the portal drives (sso.reactblade.portal.azure.net) never sees the
  // admin's clicks, which land in the portal around it: its parent's messages are the sign of
  // them. At most once a second; what a message says is not read.
  // A message only keeps attention (a parent posting every second, whatever the admin does,
  // must not bring every whole read forward); it wakes a dormant watcher.
  let parentAttendedAt = -Infinity;
  const onParentMessage = (event) => {
    if (event.source !== parent || performance.now() - parentAttendedAt < 1000) return;
    parentAttendedAt = performance.now();
    if (attention() === 'dormant') attend();
    else attentiveUntil = performance.now() + ATTENTIVE_MS;
  };
  // Records delivered since last charged: an observer callback does no more than count (even
  // reading the clock there cost more than the rest of it).
  let delivered = 0;
  let callbacks = 0;
  function chargeDelivery() {
    charge(callbacks * CALLBACK_MS + delivered * RECORD_MS);
    delivered = 0;
    callbacks = 0;
  }
  let overBudget = false; // the next records go to a whole read
  // Less than the cap to begin with: a page churning from its load goes over budget within a
  // second or two, not four (make bench: the first seconds were most of what it cost).
  let credit = CREDIT_START_MS;
  let creditAt = performance.now();
  function charge(ms) {
    const now = performance.now();
    // A debt is not carried past a few whole reads' worth: one costly batch does not silence
    // the page for long.
    credit = Math.max(-CREDIT_CAP_MS, Math.min(CREDIT_CAP_MS, credit + ((now - creditAt) * budget()) / 1000) - ms);
    creditAt = now;
  }
  let paused = false;
  let wholeTimer = null;
  let hotUntil = 0; // until then each view's snapshot comes with the outside count (see refresh())

  /** @param {boolean} soon records were dropped unread: the page is read whole at once */
  function readWholeLater(soon = false) {
    if (!paused) {
      paused = true;
      for (const observer of Object.values(watchers)) observer.disconnect();
      armSentinel();
    }
    clearTimeout(batchTimer);
    batchTimer = null;
    dropUnread();
    hotUntil = performance.now() + 10_000;
    if (relevant && covered !== null && !covered.isConnected && !refreshTimer?.soon) scheduleRefresh();
    if (wholeTimer !== null) {
      if (soon) readSooner(BATCH_MS);
      return;
    }
    chargeDelivery();
    const byBudget = Math.min(wholeWaitMs(), Math.max(BATCH_MS, ((wholeCostMs - credit) * 1000) / budget()));
    // Where the page churns known and nothing changed beside it, the safety net's time.
    const wait = soon ? BATCH_MS : churn !== null && !sentinelFired && !freshChurn ? Math.max(WHOLE_WAIT_MS.churnKnown, byBudget) : byBudget;
    wholeTimer = setTimeout(readWhole, wait);
    wholeDueAt = performance.now() + wait;
  }

  // ---- Where a busy page churns ------------------------------------------------------------
  //
  // A portal that never stops changing changes in a few places (a grid, a tile board, a toast
  // stack), and a blade renders elsewhere. So when the records cost too much, the elements they
  // came from are lifted to at most MAX_CHURN containers (the deepest first); while paused, the
  // rest of the page is watched by `sentinel`: the containers' ancestors for children coming and
  // going, everything else beside them whole. Its first record brings the next whole read
  // forward (to an attentive read's time); without one, the page is read whole only every
  // WHOLE_WAIT_MS.churnKnown (a blade rendering inside a churning container is seen then). The
  // places are found again from the records every REDISCOVER_MS: churn moves, and stops.
  // Measured (issue 18): a whole read of the 21,000-node replica costs 1.8-2 ms, its text
  // alone 1.3-1.5 ms; reading it every 0.8 s is 2.5 ms/s, over the 1 ms/s a page that does not
  // matter may cost.
  const MAX_CHURN = 8;
  const MAX_QUIET = 400; // elements observed beside the churn; a page churning everywhere: none
  const REDISCOVER_MS = 20_000;
  /** @type {{ containers: Element[], onPath: Element[], quiet: Element[], at: number } | null} */
  let churn = null;
  /** @type {Element[]} */
  let churnBefore = [];
  let churnBeforeAt = -Infinity;
  let sentinelFired = false;
  let freshChurn = false; // learned since the last whole read: that read comes at the budget's time
  let wholeDueAt = 0;
  let lastWholeAt = 0;
  const sentinel = new MutationObserver(onOutsideChurn);

  // Nodes only added are no churn: that is how a blade renders (a page only ever adding would
  // grow without end).
  const changes = (records) => records.filter((record) => record.type !== 'childList' || record.removedNodes.length > 0);
  const isText = (node) => node.nodeType === Node.TEXT_NODE;
  /** A childList record that only swaps text: an element's text set anew. */
  const textsOnly = (record) => [...record.removedNodes].every(isText) && [...record.addedNodes].every(isText);

  // Where the page churns is learned over LEARN_MS once its records go over budget, read one by
  // one meanwhile (too many: dropped, and the page read whole as soon as the learning ends).
  // Texts changing count as churn at once (a grid's cells change a few at random, each seldom
  // twice, and their rows too: counted twice, the churn learned was partial, and the rest of it
  // kept the sentinel firing). Elsewhere a place counts where several of the page's callbacks
  // (its ticks) changed it: values and locks, where ATTRIBUTE_TIMES changed the elements of one
  // parent; elements replaced, where REPLACED_TIMES replaced them. A blade renders in steps too
  // (placeholder, spinner, skeleton, values, fields locked once loaded), each once, seldom three
  // within half a second, and a boot's burst is one callback: learned as churn, the blade's
  // values would wait for the slow whole read (4 s).
  const LEARN_MS = 450;
  const ATTRIBUTE_TIMES = 2;
  const REPLACED_TIMES = 3;
  const MAX_SIGHTED = 600;
  const MAX_NOTED = 3000; // records a learning reads, however fast the page changes
  /** @typedef {Map<Element, { times: number, records: MutationRecord[] | null }>} Sightings */
  /** @type {{ since: number, quick: boolean, dropped: boolean, noted: number, timer: any, attributes: Sightings, replaced: Sightings, seen: Set<Element>, churning: Set<Element> } | null} */
  let learning = null;
  // Until then a learning takes the records at hand, without the wait: the last found no
  // place to narrow the churn down to (it changes everywhere, or nowhere twice), and a wait's
  // records would cost again at every whole read.
  let quickLearningUntil = 0;
  function startLearning() {
    const now = performance.now();
    learning = { since: now, quick: now < quickLearningUntil, dropped: false, noted: 0, timer: null, attributes: new Map(), replaced: new Map(), seen: new Set(), churning: new Set() };
    // Records unread so far came in callbacks of their own: as many sightings.
    for (const lists of Object.values(unread)) for (const records of lists) noteSightings(records);
    // A burst and then quiet brings no callback to end the learning.
    if (!learning.quick) learning.timer = setTimeout(finishLearning, LEARN_MS);
  }
  /** Counts a sighting of `el` in one callback's `records`: whether it reached `times`. */
  const sighted = (sightings, el, records, times) => {
    const sighting = sightings.get(el) ?? { times: 0, records: null };
    sightings.set(el, sighting);
    if (sighting.records === records) return false;
    sighting.records = records;
    return ++sighting.times >= times;
  };
  /** Notes where one callback's `records` changed the page. */
  function noteSightings(records) {
    const learned = /** @type {NonNullable<typeof learning>} */ (learning);
    const { attributes, replaced, seen, churning } = learned;
    if (seen.size >= MAX_SIGHTED || learned.noted >= MAX_NOTED) return;
    const started = performance.now();
    learned.noted += records.length;
    for (const record of changes(records)) {
      const targets = new Set();
      addTargets([record], targets);
      const text = record.type === 'characterData' || (record.type === 'childList' && textsOnly(record));
      for (const el of targets) {
        if (!el) continue;
        seen.add(el);
        if (text) {
          churning.add(el);
          continue;
        }
        // Attributes one level up, as the sentinel's places (onOutsideChurn()).
        const place = record.type === 'attributes' && el.parentElement && !isTop(el.parentElement) ? el.parentElement : el;
        if (record.type === 'attributes' ? sighted(attributes, place, records, ATTRIBUTE_TIMES) : sighted(replaced, el, records, REPLACED_TIMES)) churning.add(place);
      }
      if (seen.size >= MAX_SIGHTED) break;
    }
    charge(performance.now() - started);
  }
  /** The churn is what was learned (none: read whole till the page is quiet again). */
  function finishLearning() {
    const learned = learning;
    learning = null;
    if (learned === null) return;
    clearTimeout(learned.timer);
    if (!watching) return;
    // A container found before still counts where these records show it churning again (it
    // was learned over several reads; a part that went quiet is forgotten).
    if (performance.now() - churnBeforeAt < 2 * REDISCOVER_MS) {
      for (const el of churnBefore) if (el.isConnected && [...learned.churning].some((place) => el.contains(place))) learned.churning.add(el);
    }
    churn = learned.churning.size > 0 ? churnAround(learned.churning) : null;
    if (learned.seen.size > 0) quickLearningUntil = churn === null ? performance.now() + REDISCOVER_MS : 0;
    freshChurn = true;
    // Paused meanwhile (a whole read due for the fields): the sentinel watches beside the churn now.
    if (paused) armSentinel();
    readWholeLater(learned.dropped);
  }

  /** Containers for `targets` with the page around them, lifted while that is too much to watch. */
  function churnAround(targets) {
    let containers = churnContainers(targets);
    for (let tries = 0; containers !== null && tries < 8; tries++) {
      const around = quietAround(containers);
      if (around !== null) return around;
      containers = churnContainers(new Set(containers.map((el) => (isTop(el.parentElement) ? el : el.parentElement))));
    }
    return null;
  }

  /**
   * The elements `records` came from (a text's parent; for children added to the body itself,
   * those children), a few hundred at most.
   */
  function addTargets(records, into) {
    for (let i = 0, n = records.length; i < n && into.size < 600; i++) {
      const record = records[i];
      const node = record.target;
      if (node.nodeType === Node.ELEMENT_NODE && isTop(/** @type {Element} */ (node)) && record.type === 'childList') {
        for (const child of record.addedNodes) if (child.nodeType === Node.ELEMENT_NODE) into.add(/** @type {Element} */ (child));
        continue;
      }
      into.add(node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement);
    }
  }

  const isTop = (el) => el === document.body || el === document.documentElement;
  /** At most MAX_CHURN elements holding every target, the deepest lifted first; null if only the page itself does. */
  function churnContainers(targets) {
    /** @type {Map<Element, number>} element → depth */
    let depths = new Map();
    for (const el of targets) {
      // Gone already (a text replaced since): nothing to watch there.
      if (!el?.isConnected) continue;
      // In a shadow root, or the body itself: the churn is not narrowed down.
      if (el.getRootNode() !== document || isTop(el)) return null;
      let depth = 0;
      for (let at = el; at; at = at.parentElement) depth++;
      depths.set(el, depth);
    }
    if (depths.size === 0) return null;
    while (depths.size > MAX_CHURN) {
      let deepest = 0;
      for (const [el, depth] of depths) if (!isTop(el.parentElement)) deepest = Math.max(deepest, depth);
      if (deepest === 0) return null; // as many as that just below the body: everywhere
      const lifted = new Map();
      for (const [el, depth] of depths) {
        const up = depth === deepest && !isTop(el.parentElement);
        const at = up ? el.parentElement : el;
        if (!at) return null;
        lifted.set(at, up ? depth - 1 : depth);
      }
      depths = lifted;
    }
    const found = [...depths.keys()];
    return found.filter((el) => !found.some((other) => other !== el && other.contains(el)));
  }

  /** The containers' ancestors, and the elements beside them (ssobridge's own panel aside). */
  function quietAround(containers) {
    const onPath = new Set();
    for (const el of containers) for (let at = el.parentElement; at; at = at.parentElement) onPath.add(at);
    const quiet = [];
    for (const parent of onPath) {
      for (let child = parent.firstElementChild; child; child = child.nextElementSibling) {
        if (onPath.has(child) || containers.includes(child) || child.hasAttribute(UI_ATTR)) continue;
        quiet.push(child);
        if (quiet.length > MAX_QUIET) return null;
      }
    }
    return { containers, onPath: [...onPath], quiet, at: performance.now() };
  }

  function armSentinel() {
    sentinel.disconnect();
    sentinelFired = false;
    if (churn === null) return;
    for (const el of churn.onPath) sentinel.observe(el, { childList: true });
    // Texts too once the buttons show (watchTexts()): the churn is where a page's logs and grids are.
    const whole = { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: VALUES };
    for (const el of churn.quiet) sentinel.observe(el, whole);
    for (const root of roots) if (root instanceof ShadowRoot && root.host.isConnected) sentinel.observe(root, whole);
  }

  // A change outside the churn: the next whole read comes as an attentive one would. A place
  // seen changing there a second time counts as churn from then on: a page's churn is found over
  // a few reads, not all from the first records, and a blade rendering (its placeholder
  // replaced, then its values) is no churn: learned as such, a change in it would wait for the
  // slow whole read.
  // Churn is seen again right after the sentinel is armed again; a blade's steps, and the next
  // blade an admin opens in the same place, come seconds apart.
  const SIGHTING_MS = 2000;
  /** @type {WeakMap<Element, number>} place → when nodes were last replaced there */
  let seenOutside = new WeakMap();
  function onOutsideChurn(records) {
    sentinel.disconnect();
    sentinelFired = true;
    // Nodes added beside the churn may hold the fields of a blade in a language without marker
    // words: the next read counts them.
    fieldsDue ||= anyField !== '' && records.some((record) => (record.type === 'attributes' ? record.target.matches?.(anyField) : [...record.addedNodes].some((node) => node instanceof Element && (node.matches(anyField) || holdsField(node)))));
    if (churn !== null) {
      // One level up: a page's churn comes in groups (the commands of a bar, the cells of a row).
      // Texts and attributes changing in place are churn at once (a cell's text set anew
      // replaces its text node: in place too; a grid's cells change a few at random, each seldom
      // twice); elements replaced, the second time.
      /** @type {Map<Element, boolean>} place → whether it changed in place */
      const found = new Map();
      for (const record of changes(records)) {
        const targets = new Set();
        addTargets([record], targets);
        for (const el of targets) {
          const place = el?.parentElement && !isTop(el.parentElement) ? el.parentElement : el;
          if (place) found.set(place, found.get(place) || record.type !== 'childList' || textsOnly(record));
        }
        if (found.size >= 600) break;
      }
      const again = [];
      const now = performance.now();
      for (const [place, inPlace] of found) {
        if (inPlace || now - (seenOutside.get(place) ?? -Infinity) < SIGHTING_MS) again.push(place);
        seenOutside.set(place, now);
      }
      // Children of the churn's ancestors came or went: what the sentinel watches beside the
      // churn is taken again (a blade's new host would otherwise go unwatched).
      const onPath = new Set(churn.onPath);
      const pathChanged = records.some((record) => record.type === 'childList' && onPath.has(record.target));
      if (again.length > 0 || pathChanged) {
        const around = churnAround(new Set([...churn.containers, ...again]));
        churn = around && { ...around, at: churn.at };
      }
    }
    readSooner();
  }

  /** A pending whole read brought forward to an attentive read's time, or `inMs` from now. */
  function readSooner(inMs = null) {
    if (!paused || wholeTimer === null) return;
    const at = inMs !== null ? performance.now() + inMs : Math.max(performance.now() + BATCH_MS, lastWholeAt + wholeWaitMs());
    if (at >= wholeDueAt) return;
    clearTimeout(wholeTimer);
    wholeTimer = setTimeout(readWhole, at - performance.now());
    wholeDueAt = at;
  }

  // Markers outside what the last view covered, across the document and the shadow roots
  // watched: marker words, and with `withFields` the fields whose values show a marker (which
  // cost a portal as much again as its text). Counts, not a yes or no: a portal's menus may
  // name SAML all day; what matters is a blade that comes or goes.
  /** @returns {{ words: number, fields: number }} */
  function outside(withFields, inside = covered) {
    const counts = { words: 0, fields: 0 };
    const add = (node, sign) => {
      counts.words += sign * wordCount(node.textContent);
      if (withFields) counts.fields += sign * fieldCount(node);
    };
    const within = inside?.isConnected ? inside : null;
    add(document.body ?? document.documentElement, 1);
    for (const root of roots) {
      if (root instanceof ShadowRoot && root.host.isConnected && !(within && isWithin(within, root.host))) add(root, 1);
    }
    if (within) add(within, -1);
    // ssobridge's own status lines name what the page names.
    const panel = ui.element();
    if (panel && !(within && within.contains(panel))) add(panel, -1);
    return counts;
  }
  /** outside(true, inside), its cost charged to the watching budget. */
  function countedOutside(inside) {
    const started = performance.now();
    const counts = outside(true, inside);
    charge(performance.now() - started);
    return counts;
  }
  // Whole reads count the fields only every FIELDS_EVERY-th time: words are what every portal
  // era and language ssobridge knows shows; values alone (a language it has no words for) are
  // then seen within a few seconds on a page this busy.
  const FIELDS_EVERY = 4;
  let wholeReads = 0;
  let fieldsDue = false;
  let fieldsTimer = null;
  /** @type {{ words: number, fields: number } | null} what outside() was at the last view, if counted */
  let outsideAtView = null;
  // Where the page churns known and the sentinel silent since, nothing outside the churn
  // changed, so a whole read need only read the churn: the count outside is the last full
  // read's, its churn part replaced by the churn's now. The churn is a few hundred nodes of a
  // portal's 20,000 (make bench: a full read 1.5-2 ms, often 4 with the fields, every 4 s:
  // most of what a churning page cost). Every FIELDS_EVERY-th read is full: field values set
  // as properties, and text edited in place directly in the churn's ancestors, reach no
  // observer.
  /** @type {{ words: number, fields: number, churnWords: number, churn: object, covered: Element | null, roots: number } | null} */
  let lastFull = null;
  const churnWords = (containers) => containers.reduce((n, el) => n + wordCount(el.textContent), 0);
  /** Whether the churn alone may be read: see lastFull. */
  function churnReadable(panel) {
    if (churn === null || lastFull === null || lastFull.churn !== churn || lastFull.covered !== covered || lastFull.roots !== rootsVersion || sentinelFired) return false;
    // The read that lets the churn expire is full (readWhole()).
    if (performance.now() - churn.at >= REDISCOVER_MS) return false;
    const overlaps = (el) => el !== null && churn.containers.some((c) => c.contains(el) || el.contains(c));
    return churn.containers.every((el) => el.isConnected) && !overlaps(covered?.isConnected ? covered : null) && !overlaps(panel);
  }

  function readWhole() {
    wholeTimer = null;
    // A hidden tab is not read at all: it is read when shown again (onTabShown()).
    if (!watching || document.hidden) return;
    if (inFlight || busy()) {
      wholeTimer = setTimeout(readWhole, BATCH_MS);
      return;
    }
    const started = performance.now();
    const gone = covered !== null && !covered.isConnected;
    // On a side whose pages are small (GoTo), the shadow roots attached while paused: no record
    // showed them. Those the snapshot walked are known already.
    const rootsAdded = probe.deep ? newRootsUnder([document.documentElement]).filter((root) => !roots.includes(root)) : [];
    if (rootsAdded.length) awaitUpgrades([document, ...rootsAdded]);
    const inNewRoots = rootsAdded.length > 0 && rootsMention(rootsAdded);
    const withFields = wholeReads++ % FIELDS_EVERY === 0 || fieldsDue;
    fieldsDue = false;
    /** @type {{ words: number, fields: number }} */
    let now;
    const readFully = () => {
      now = outside(withFields);
      lastFull = churn === null || !churn.containers.every((el) => el.isConnected) ? null : { ...now, churnWords: churnWords(churn.containers), churn, covered, roots: rootsVersion };
    };
    const partial = !withFields && rootsAdded.length === 0 && churnReadable(ui.element());
    if (partial) now = { words: lastFull.words - lastFull.churnWords + churnWords(churn.containers), fields: 0 };
    else readFully();
    const differs = () => (outsideAtView === null
      ? now.words + (withFields ? now.fields : 0) > 0
      : now.words !== outsideAtView.words || (withFields && now.fields !== outsideAtView.fields));
    // A change the churn alone shows is confirmed by the whole page (a word across a
    // container's edge counts there and not in the container) before a snapshot is asked.
    if (partial && differs()) readFully();
    const changed = gone || inNewRoots || differs();
    // At least a millisecond: a browser that coarsens its clock (Firefox's fingerprinting
    // protection) reads 0 for most reads.
    wholeCostMs = Math.max(1, performance.now() - started);
    charge(wholeCostMs);
    lastWholeAt = performance.now();
    freshChurn = false;
    // Still over: the first records that come start the wait for the next whole read.
    overBudget = credit < 0;
    const churnKnown = churn !== null && lastWholeAt - churn.at < REDISCOVER_MS && churn.onPath.every((el) => el.isConnected);
    if (churnKnown) {
      // Where the page churns is known: the rest stays watched by the sentinel, and the page
      // is read whole again later (readWholeLater(), below).
      armSentinel();
    } else {
      churnBefore = churn?.containers ?? [];
      churnBeforeAt = performance.now();
      churn = null;
      lastFull = null;
      seenOutside = new WeakMap();
      sentinel.disconnect();
      paused = false;
      for (const root of roots) watchRoot(root);
      // Values set without a record (a field's value property) are seen only by a whole read
      // that counts fields: one follows within FIELDS_EVERY reads' time even if the page goes quiet.
      clearTimeout(fieldsTimer);
      fieldsTimer = withFields ? null : setTimeout(() => {
        fieldsTimer = null;
        if (paused || !watching) return;
        wholeReads = 0;
        readWholeLater();
      }, FIELDS_EVERY * wholeWaitMs());
    }
    // What the read found is looked at in the same task, not after another wait for idle time:
    // on a page this busy there is none, and the read has already waited.
    if (!relevant && changed) becomeRelevant();
    if (relevant && (changed || covered === null)) refreshNow();
    if (churnKnown) readWholeLater();
  }

  // Containers whose text is too long to read whole at every batch (the body, an app's root):
  // the nodes added to them are read one by one instead.
  const MAX_CONTAINER_TEXT = 20_000;
  const crowded = new WeakSet();

  // Whether changes bring a marker. Each node is read once per batch, as it is at the end of
  // it, and not at all once it left the page (a page replacing its tiles every frame adds many
  // that are gone by then): the text edited and values set, matched at once; the fields locked
  // (a form that makes its fields read-only once loaded); each container that gained or lost
  // children, read whole (one read however many came and went). Only a container whose text
  // mentions a marker or that holds a field the probe names has the nodes added to it read one
  // by one, since its marker may have been there before. Of each record only its target is
  // read (see Batch).
  /** @param {Batch} batch */
  function changesMention(batch) {
    const body = document.body;
    const parents = new Set();
    const suspects = new Set();
    const texts = new Set();
    const values = new Set();
    const locks = new Set();
    const targets = (lists, into) => {
      for (const records of lists) for (let i = 0, n = records.length; i < n; i++) into.add(records[i].target);
    };
    targets(batch.children, parents);
    targets(batch.texts, texts);
    targets(batch.values, values);
    targets(batch.locks, locks);
    for (const target of [body, document.documentElement]) {
      if (parents.delete(target)) suspects.add(target);
    }
    for (const parent of parents) {
      if (crowded.has(parent)) {
        parents.delete(parent);
        suspects.add(parent);
      }
    }
    const read = [];
    // Text that left the page may be read too: at worst one snapshot more, for one read less.
    for (const node of texts) read.push(node.nodeValue);
    if (mentions(read.join('\n'))) return true;
    const set = [];
    for (const el of values) set.push(/** @type {Element} */ (el).getAttribute('value'));
    if (valuesMention(set.join('\n'))) return true;
    for (const el of locks) if (el.isConnected && fieldsMention(el)) return true;
    const containers = [];
    const contents = [];
    for (const parent of parents) {
      if (!parent.isConnected) continue;
      const text = parent.textContent;
      if (text.length > MAX_CONTAINER_TEXT) crowded.add(parent);
      if (holdsField(parent)) suspects.add(parent);
      containers.push(parent);
      contents.push(text);
    }
    // One match for all of them; which ones, only when it finds something.
    if (mentions(contents.join('\n'))) contents.forEach((text, i) => { if (mentions(text)) suspects.add(containers[i]); });
    return suspects.size > 0 && addedMention(batch, suspects);
  }

  // Whether the nodes added to `parents` that are still on the page mention a marker. Once the
  // buttons show, only elements count: text replaced elsewhere (a log's cells) is no new part of
  // the page, and what the snapshot covered is watched whole by its own observer.
  function addedMention(batch, parents) {
    const texts = [];
    const fields = [];
    const read = new Set();
    const elementsOnly = shown();
    for (const records of batch.children) {
      for (let i = 0, n = records.length; i < n; i++) {
        const m = records[i];
        if (!parents.has(m.target)) continue;
        const nodes = m.addedNodes;
        for (let j = 0, k = nodes.length; j < k; j++) {
          const node = nodes[j];
          if (read.has(node)) continue;
          read.add(node);
          if (!node.isConnected) continue;
          const element = node.nodeType === Node.ELEMENT_NODE;
          if (elementsOnly && !element) continue;
          texts.push(node.textContent);
          if (element) fields.push(node);
        }
      }
    }
    return mentions(texts.join('\n')) || fields.some(fieldsMention);
  }

  // The observers. `inner` watches what the last snapshot covered and `lineage` its ancestors'
  // visibility: any record of theirs asks for a snapshot, none is read. They are made first, so
  // they are told first, and the other observers' records then wait for the snapshot instead.
  const inner = new MutationObserver(onCoveredChange);
  const lineage = new MutationObserver(onCoveredChange);
  const around = new MutationObserver(onAroundChange);
  const watchers = {
    children: new MutationObserver(queue('children')),
    texts: new MutationObserver(queue('texts')),
    values: new MutationObserver(queue('values')),
    locks: new MutationObserver(queue('locks')),
  };
  const WATCHED = {
    children: { subtree: true, childList: true },
    texts: { subtree: true, characterData: true },
    values: { subtree: true, attributes: true, attributeFilter: ['value'] },
    locks: { subtree: true, attributes: true, attributeFilter: LOCKS },
  };
  const all = [inner, lineage, around, sentinel, ...Object.values(watchers)];
  // Once the buttons show, text edited elsewhere is not read (what the snapshot covered is
  // watched whole by `inner`): a portal's logs and grids then cost no records at all.
  const shown = () => lastView !== null && (lastView.buttons.length > 0 || lastView.drift != null);
  let textsWatched = true;
  function watchTexts(on) {
    if (on === textsWatched || !watching) return;
    textsWatched = on;
    if (!on) {
      watchers.texts.disconnect();
      return;
    }
    if (!paused) for (const root of roots) watchers.texts.observe(root, WATCHED.texts);
  }
  function takeRecords() {
    for (const observer of all) observer.takeRecords();
  }

  // Every root is watched the same way: the document, and each shadow root given to observe()
  // (a shadow tree's changes reach no observer of the document).
  /** @type {(Document | ShadowRoot)[]} */
  const roots = [];
  let rootsVersion = 0; // bumped as roots come and go: what lastFull was read with
  const hostOf = (node) => {
    const root = node.getRootNode();
    return root instanceof ShadowRoot ? root.host : null;
  };
  // Whether `node` lies inside `container`, also across shadow roots.
  function isWithin(container, node) {
    for (let at = node; at; at = hostOf(at)) if (container.contains(at)) return true;
    return false;
  }
  // Shadow roots whose host left the page are forgotten, now and then: a single-page app
  // renders new components all day. A host put back is found again with the nodes added (or by
  // the next snapshot), and observed again.
  let forgetAt = 64;
  function forgetDetachedRoots() {
    for (let i = roots.length - 1; i >= 0; i--) {
      const root = roots[i];
      if (root instanceof ShadowRoot && !root.host.isConnected) {
        roots.splice(i, 1);
        knownRoots.delete(root);
        rootsVersion++;
      }
    }
    forgetAt = Math.max(64, roots.length * 2);
  }
  function observe(root) {
    if (roots.includes(root) || !watching) return;
    if (roots.length >= forgetAt) forgetDetachedRoots();
    roots.push(root);
    rootsVersion++;
    if (!paused) watchRoot(root);
    if (covered && root instanceof ShadowRoot && isWithin(covered, root.host)) {
      if (witnesses.length === 0) inner.observe(root, INNER);
      else if (restTimer === null) around.observe(root, AROUND);
    }
  }

  // (Paused, the page is read whole instead: readWholeLater().)
  function watchRoot(root) {
    for (const [kind, observer] of Object.entries(watchers)) {
      if (kind !== 'texts' || textsWatched) observer.observe(root, WATCHED[kind]);
    }
  }

  const INNER = { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: [...VALUES, ...SHOWN] };
  // What names a control or says its state, besides its value and locks.
  const NAMING = ['aria-label', 'aria-labelledby', 'placeholder', 'name', 'id', 'for', 'type', 'role', 'checked', 'selected', 'aria-checked', 'aria-selected'];
  /** A witness is watched for everything the core reads of it. */
  const WITNESS = { ...INNER, attributeFilter: [...VALUES, ...SHOWN, ...NAMING] };

  // Once something is drawn, the core names the elements it stands on (ViewReply.witnesses):
  // any change to one of them (`inner`), or to what shows, hides or locks them or any other
  // control of the part (`lineage`), asks for a snapshot. The rest of the part is watched by
  // `around`: a node added that holds a control or a marker word asks for one at once; any
  // other change rests that watch for REST_MS, after which the part's shape (its marker words,
  // and each control's value, state and names: a form whose saved values arrive as properties
  // shows them no other way) is compared with what it was when the snapshot was taken. A clock
  // ticking every frame inside the blade then costs a callback a second and no snapshot.
  /** @type {Element[]} what the last view stands on; empty: the whole part is watched */
  let witnesses = [];
  let shapeAtView = '';
  let restTimer = null;
  const REST_MS = 1000;
  const AROUND = { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: [...LOCKS, ...NAMING] };
  const CONTROLS = 'input:not([type=hidden]), textarea, select, [role=textbox], [role=combobox], [role=listbox], [role=option], [role=radio], [role=checkbox]';
  const SHOWN_OR_LOCKED = { attributes: true, attributeFilter: [...SHOWN, ...LOCKS] };
  /** The shadow roots inside `root` that are watched, with `root` itself. */
  const scopesOf = (root) => [root, ...roots.filter((shadow) => shadow instanceof ShadowRoot && isWithin(root, shadow.host))];
  const parentOf = (el) => el.parentElement ?? hostOf(el);

  /**
   * @param {Element | null} root
   * @param {Element[]} witnessed
   * @param {string | null} shapeAtSnapshot the part's shape when the snapshot was taken (refresh())
   */
  function cover(root, witnessed = [], shapeAtSnapshot = null) {
    covered = root;
    witnesses = witnessed;
    inner.disconnect();
    lineage.disconnect();
    around.disconnect();
    clearTimeout(restTimer);
    restTimer = null;
    if (!root) return;
    const scopes = scopesOf(root);
    if (witnessed.length === 0) {
      for (const scope of scopes) inner.observe(scope, INNER);
    } else {
      for (const el of witnessed) inner.observe(el, WITNESS);
      const seen = new Set();
      const lineageUpTo = (el) => {
        for (let at = el; at && !seen.has(at); at = at === root ? null : parentOf(at)) {
          seen.add(at);
          lineage.observe(at, SHOWN_OR_LOCKED);
          // Slotted: shown where its slot is, inside the host's shadow tree.
          if (at.assignedSlot) lineageUpTo(at.assignedSlot);
        }
      };
      for (const el of witnessed) lineageUpTo(el);
      for (const scope of scopes) for (const control of scope.querySelectorAll(CONTROLS)) lineageUpTo(control);
      for (const scope of scopes) around.observe(scope, AROUND);
      shapeAtView = shapeOf(scopes);
      // Changed while the core was asked: what was drawn may already be out of date.
      if (shapeAtSnapshot !== null && shapeAtView !== shapeAtSnapshot) scheduleRefresh();
    }
    for (let el = parentOf(root); el; el = parentOf(el)) lineage.observe(el, { attributes: true, attributeFilter: SHOWN });
  }

  /**
   * The marker words in `scopes` (ssobridge's own panel aside) and each control's value, state
   * and names, as one comparable string.
   */
  function shapeOf(scopes) {
    let words = 0;
    const controls = [];
    const panel = ui.element();
    for (const scope of scopes) {
      words += wordCount(scope.textContent);
      if (panel && scope.contains(panel)) words -= wordCount(panel.textContent);
      for (const control of scope.querySelectorAll(CONTROLS)) {
        const el = /** @type {HTMLInputElement & HTMLSelectElement} */ (control);
        const labels = el.labels ? [...el.labels].map((label) => label.textContent).join(' ') : '';
        controls.push(`${el.value}\u0000${el.checked}\u0000${el.selectedIndex}\u0000${el.getAttribute('aria-label')}\u0000${el.getAttribute('placeholder')}\u0000${el.getAttribute('aria-checked')}\u0000${el.getAttribute('aria-selected')}\u0000${labels}`);
      }
    }
    return `${words}\u0001${controls.join('\u0001')}`;
  }

  // Whether a record of `around` may change what the core reads: a node added that holds a
  // control or a marker word (text replaced in a clock holds neither).
  function bringsReadable(records) {
    for (const record of records) {
      const nodes = record.addedNodes;
      for (let i = 0, n = nodes.length; i < n; i++) {
        const node = nodes[i];
        if (node.nodeType === Node.ELEMENT_NODE) {
          const el = /** @type {Element} */ (node);
          if (el.matches(CONTROLS) || el.querySelector(CONTROLS) !== null || mentions(el.textContent)) return true;
        } else if (mentions(node.nodeValue)) {
          return true;
        }
      }
    }
    return false;
  }

  function onAroundChange(records) {
    // ssobridge's own panel drawing (GoTo's part is the whole page) is none of the page's.
    if (records.every((record) => ui.owns(record.target))) return;
    if (witnesses.some((el) => !el.isConnected) || bringsReadable(records)) return onCoveredChange();
    around.disconnect();
    restTimer ??= setTimeout(afterRest, REST_MS);
  }

  function afterRest() {
    restTimer = null;
    if (covered === null || witnesses.length === 0 || !watching) return;
    const scopes = scopesOf(covered);
    if (!covered.isConnected || witnesses.some((el) => !el.isConnected) || shapeOf(scopes) !== shapeAtView) return onCoveredChange();
    for (const scope of scopes) around.observe(scope, AROUND);
  }

  // The first look at a page, in idle time: its text as one string (the browser joins it far
  // faster than a script walks the nodes, and a marker split across elements still reads as
  // one), then the values of the fields the probe names.
  function scan() {
    idle(() => {
      if (!watching || relevant) return;
      const started = performance.now();
      const found = pageMentions();
      wholeCostMs = Math.max(1, performance.now() - started);
      if (found) return becomeRelevant();
      if (!probe.deep) return;
      // The probe says this side's pages are small: every shadow root is searched too.
      const roots = newRootsUnder([document.documentElement]);
      awaitUpgrades([document, ...roots]);
      if (rootsMention(roots)) becomeRelevant();
    }, { timeout: 1000 });
  }

  // Typing and the tab becoming visible matter only once the page does (the same listener
  // added twice is added once).
  function becomeRelevant(interval = REFRESH_MS) {
    relevant = true;
    document.addEventListener('visibilitychange', onVisible);
    document.addEventListener('input', onChange, true);
    scheduleRefresh(false, interval);
  }

  // In-app navigation: look again (the observers alone see only what changes).
  const navigated = () => {
    attend();
    if (!relevant) scan();
    else scheduleRefresh();
  };
  addEventListener('hashchange', navigated);
  addEventListener('popstate', navigated);
  // The admin at work (see attend()): passive, and in the capture phase, before most pages' own handlers.
  for (const type of ['pointerdown', 'keydown']) addEventListener(type, attend, { capture: true, passive: true });
  if (window !== top) addEventListener('message', onParentMessage, { capture: true, passive: true });
  document.addEventListener('visibilitychange', onTabShown);

  function stopWatching() {
    watching = false;
    relevant = false;
    lastFull = null;
    for (const observer of all) observer.disconnect();
    clearTimeout(batchTimer);
    clearTimeout(wholeTimer);
    clearTimeout(fieldsTimer);
    clearTimeout(restTimer);
    clearTimeout(upgradeTimer);
    undefinedHosts.clear();
    clearTimeout(refreshTimer?.timeout);
    refreshTimer = null;
    dropUnread();
    clearTimeout(learning?.timer);
    learning = null;
    removeEventListener('hashchange', navigated);
    removeEventListener('popstate', navigated);
    for (const type of ['pointerdown', 'keydown']) removeEventListener(type, attend, { capture: true });
    removeEventListener('message', onParentMessage, { capture: true });
    document.removeEventListener('visibilitychange', onTabShown);
    document.removeEventListener('input', onChange, true);
    document.removeEventListener('visibilitychange', onVisible);
  }

  observe(document);
  scan();
})();
