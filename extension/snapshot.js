// Context: content script (loaded before content.js, sharing its isolated world); also run by
// tests/e2e/record-snapshots.mjs on the replica pages to record the snapshots the native tests
// use. Collects the page snapshot: the candidate elements with what a person reads as their
// label, their value and state. Generic: no host, label or SAML term lives here.
globalThis.ssobridgeSnapshot ??= (function ssobridgeSnapshotFactory() {
  'use strict';
  const UI_ATTR = 'data-ssobridge-ui';
  // The cut-offs decide what the core sees, so they are the core's (crate/src/page.rs, in the
  // probe loaded before this file); the fallback serves tests that run the collector alone,
  // and a native test keeps it equal to the core's.
  const FALLBACK_LIMITS = {"elements": 4000, "text": 2000, "labelElements": 100, "unmatchedSubtree": 200, "labelChars": 300, "regionNameChars": 120};
  const LIMITS = globalThis.ssobridgeProbe?.limits ?? FALLBACK_LIMITS;
  const MAX_ELEMENTS = LIMITS.elements;
  const MAX_TEXT = LIMITS.text;
  const MAX_LABEL_ELEMENTS = LIMITS.labelElements;
  const MAX_LABEL_CHARS = LIMITS.labelChars;
  const CONTROL_SELECTOR = 'input, textarea, select, button, [role], [contenteditable="true"]';

  // Elements whose text no one reads (a shadow root's styles sit beside its controls).
  const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
  const clean = (text) => (text ?? '').replace(/\s+/g, ' ').trim();
  const ownText = (el) =>
    clean([...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join(' '));
  const isOurs = (el) => el.closest?.(`[${UI_ATTR}]`) != null;

  // The shadow root of a host, open or closed: an extension may open a closed one (Firefox
  // gives content scripts `openOrClosedShadowRoot` on elements, Chromium `chrome.dom`). A
  // closed root is looked for on custom elements only, where design systems put them: asking
  // the browser for every element of a heavy portal would cost more than the walk itself.
  const dom = globalThis.chrome?.dom;
  /** @param {Element} el @returns {ShadowRoot | null} */
  function shadowRootOf(el) {
    const open = el.shadowRoot;
    if (open || !el.localName.includes('-')) return open ?? null;
    if ('openOrClosedShadowRoot' in el) return /** @type {any} */ (el).openOrClosedShadowRoot ?? null;
    return dom?.openOrClosedShadowRoot?.(/** @type {HTMLElement} */ (el)) ?? null;
  }

  /** The shadow root an element sits in, or null in the document. */
  function shadowRootAround(el) {
    const root = el.getRootNode();
    return root instanceof ShadowRoot ? root : null;
  }

  /** The parent a person sees: the element's own parent, or at the top of a shadow root its host. */
  function composedParent(el) {
    return el.parentElement ?? shadowRootAround(el)?.host ?? null;
  }

  /** `closest` across shadow boundaries: inside the element's own root first, then its hosts'. */
  function closestComposed(el, selector) {
    for (let node = el; node; node = shadowRootAround(node)?.host ?? null) {
      const found = node.closest(selector);
      if (found) return found;
    }
    return null;
  }

  /** Whether `ancestor` holds `el`, shadow roots between them included. */
  function holds(ancestor, el) {
    for (let node = el; node; node = shadowRootAround(node)?.host ?? null) if (ancestor.contains(node)) return true;
    return false;
  }

  // The text a subtree renders, slotted text and shadow roots included (innerText stops at a
  // slot in some browsers). For labels, which are short.
  function renderedText(node, out = []) {
    for (let child = node.firstChild; child && out.length < 200; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) out.push(child.nodeValue);
      else if (child.nodeType !== Node.ELEMENT_NODE || NOT_TEXT.has(/** @type {Element} */ (child).tagName)) continue;
      else if (/** @type {Element} */ (child).localName === 'slot') {
        const assigned = /** @type {HTMLSlotElement} */ (child).assignedNodes({ flatten: true });
        if (assigned.length === 0) renderedText(child, out);
        for (const part of assigned) {
          if (part.nodeType === Node.TEXT_NODE) out.push(part.nodeValue);
          else renderedText(part, out);
        }
      } else renderedText(shadowRootOf(/** @type {Element} */ (child)) ?? child, out);
    }
    return out;
  }

  function isVisible(el) {
    if (el.getClientRects().length === 0) return false;
    const style = getComputedStyle(el);
    return style.visibility !== 'hidden' && style.display !== 'none';
  }

  // The text a person reads in an element. `composed`: the element sits in a shadow root, where
  // a slot inside it shows text from elsewhere. (The flag comes from the walk, which knows, so
  // that a page without shadow roots pays nothing for them.)
  function textOf(el, composed = false) {
    if (!el) return '';
    const host = shadowRootOf(el);
    const flat = host !== null || (composed && el.querySelector('slot') !== null);
    return clean(flat ? renderedText(host ?? el).join(' ') : el.innerText ?? el.textContent).slice(0, MAX_LABEL_CHARS);
  }

  // ARIA ids name elements of the same root as the element naming them.
  function textOfIds(ids, el, composed = false) {
    if (!ids) return '';
    const scope = composed ? shadowRootAround(el) ?? document : document;
    return clean(ids.split(/\s+/).map((id) => (id ? textOf(scope.getElementById(id), composed) : '')).join(' '));
  }

  // The nearest text before an element, as a person scanning the page reads it. A big subtree
  // with text before it (another blade, a grid) is no label, and the search ends there: its
  // rendered text would cost a heavy portal several milliseconds per snapshot. One without text
  // (a placeholder shimmer, an SVG drawing) is passed over like any other empty sibling. At the
  // top of a shadow root the search goes on beside its host.
  function precedingText(el, composed = false) {
    let node = el;
    let inShadow = composed;
    for (let depth = 0; node && depth < 5; depth++) {
      for (let sibling = node.previousElementSibling; sibling; sibling = sibling.previousElementSibling) {
        if (isOurs(sibling) || NOT_TEXT.has(sibling.tagName)) continue;
        if (sibling.getElementsByTagName('*').length > MAX_LABEL_ELEMENTS) {
          if (/\S/.test(sibling.textContent ?? '')) return '';
          continue;
        }
        const text = textOf(sibling, inShadow);
        if (text) return text;
      }
      if (node.parentElement || !inShadow) {
        node = node.parentElement;
      } else {
        node = shadowRootAround(node)?.host ?? null;
        inShadow = node !== null && shadowRootAround(node) !== null;
      }
      if (node && ownText(node)) return ownText(node).slice(0, MAX_LABEL_CHARS);
    }
    return '';
  }

  // Each `<label for>` of the page by the id it names, gathered once per snapshot on first use:
  // an element's `labels` makes the browser search the whole document at every call (on a
  // heavy portal, 5 ms of a snapshot's 15).
  function labelIndex() {
    let byId = null;
    return (id) => {
      if (byId === null) {
        byId = new Map();
        for (const label of /** @type {NodeListOf<HTMLLabelElement>} */ (document.querySelectorAll('label[for]'))) {
          const named = byId.get(label.htmlFor);
          if (named) named.push(label); else byId.set(label.htmlFor, [label]);
        }
      }
      return byId.get(id) ?? [];
    };
  }

  // What `el.labels` holds: the labels naming it and the label around it, in document order.
  // Inside a shadow root the browser looks within that root, which is small.
  function labelsOf(el, labelsFor, composed) {
    if (!('labels' in el)) return [];
    if (composed) return [...(el.labels ?? [])];
    const found = el.id ? labelsFor(el.id).filter((label) => label.control === el) : [];
    const wrapping = el.closest('label');
    if (wrapping && !found.includes(wrapping) && wrapping.control === el) found.push(wrapping);
    return found.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  }

  // What a web component's host says its control is called: its `aria-labelledby` (in the
  // host's own root), `aria-label` or `label` attribute, from the innermost host out.
  function hostLabelOf(el) {
    for (let host = shadowRootAround(el)?.host; host; host = shadowRootAround(host)?.host) {
      const named = textOfIds(host.getAttribute('aria-labelledby'), host, true) || clean(host.getAttribute('aria-label')) || clean(host.getAttribute('label'));
      if (named) return named.slice(0, MAX_LABEL_CHARS);
    }
    return '';
  }

  function labelOf(el, labelsFor, composed) {
    const labelledBy = textOfIds(el.getAttribute('aria-labelledby'), el, composed);
    if (labelledBy) return labelledBy;
    const labels = labelsOf(el, labelsFor, composed).map((label) => textOf(label, composed)).filter(Boolean);
    if (labels.length) return labels.join(' ');
    const wrapping = el.closest('label');
    if (wrapping) return textOf(wrapping, composed);
    return (composed && hostLabelOf(el)) || precedingText(el, composed);
  }

  function groupLabelOf(el, composed) {
    const group = composed ? closestComposed(el, GROUP_SELECTOR) : el.closest(GROUP_SELECTOR);
    if (group) {
      const legend = group.querySelector('legend');
      const named = textOfIds(group.getAttribute('aria-labelledby'), group, composed) || clean(group.getAttribute('aria-label'));
      if (named || legend) return named || textOf(legend, composed);
    }
    if (el.type === 'radio' || el.getAttribute('role') === 'radio') {
      // The smallest container holding every radio of the group (radios group by name within
      // their own root), then what its host calls it or the text before it.
      const name = el.name;
      const scope = (composed && shadowRootAround(el)) || document;
      const siblings = name ? [.../** @type {NodeListOf<HTMLInputElement>} */ (scope.querySelectorAll('input[type="radio"]'))].filter((radio) => radio.name === name) : [el];
      let container = el.parentElement;
      while (container && !siblings.every((s) => container.contains(s))) container = container.parentElement;
      if (!container) return composed ? hostLabelOf(el) : '';
      return (composed && container.parentElement === null && hostLabelOf(el)) || precedingText(container, composed);
    }
    return '';
  }

  const GROUP_SELECTOR = 'fieldset, [role="radiogroup"], [role="group"]';

  // Regions a person sees as sections: their label, legend or first heading names them.
  const REGION_SELECTOR = 'section, article, aside, fieldset, dialog, form, [role="region"], [role="dialog"], [role="group"], [role="tabpanel"], [role="grid"], [role="table"], [aria-label], [aria-labelledby]';

  function regionName(region, names, composed) {
    if (names.has(region)) return names.get(region);
    const heading = region.querySelector('legend, h1, h2, h3, h4, h5, h6, [role="heading"]');
    const name = (textOfIds(region.getAttribute('aria-labelledby'), region, composed) || clean(region.getAttribute('aria-label')) || textOf(heading, composed)).slice(0, LIMITS.regionNameChars);
    names.set(region, name);
    return name;
  }

  // The names of the regions around an element, innermost first.
  function sectionsOf(el, names, composed) {
    const found = [];
    const above = composed
      ? (node) => {
        const parent = composedParent(node);
        return parent && closestComposed(parent, REGION_SELECTOR);
      }
      : (node) => node.parentElement?.closest(REGION_SELECTOR);
    for (let region = above(el); region && found.length < 3; region = above(region)) {
      const name = regionName(region, names, composed && shadowRootAround(region) !== null);
      if (name) found.push(name);
    }
    return found;
  }

  function rowOf(el, rows, composed) {
    const row = composed ? closestComposed(el, ROW_SELECTOR) : el.closest(ROW_SELECTOR);
    if (!row) return 0;
    if (!rows.has(row)) rows.set(row, rows.size + 1);
    return rows.get(row);
  }

  const ROW_SELECTOR = 'tr, [role="row"]';

  function valueOf(el, composed) {
    if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) {
      return el.type === 'file' || el.type === 'password' ? '' : el.value;
    }
    return (composed ? textOf(el, true) : clean(el.innerText ?? el.textContent)).slice(0, MAX_TEXT);
  }

  // Only what differs from the core's defaults is sent: most fields of most elements are empty,
  // and the message stays small on big pages.
  function compact(described) {
    for (const [name, value] of Object.entries(described)) {
      if (value === '' || value === false || value === null || value === 0 || (Array.isArray(value) && value.length === 0)) delete described[name];
    }
    return described;
  }

  function describe(el, key, names, rows, labelsFor, place) {
    const aria = (name) => el.getAttribute(name) ?? '';
    const composed = place.root !== 0;
    const expanded = el.getAttribute('aria-expanded');
    return compact({
      key,
      tag: el.tagName.toLowerCase(),
      inputType: el instanceof HTMLInputElement ? el.type : '',
      name: aria('name'),
      id: el.id ?? '',
      placeholder: aria('placeholder'),
      accept: aria('accept'),
      ariaLabel: aria('aria-label'),
      role: aria('role'),
      hasPopup: aria('aria-haspopup'),
      expanded: expanded == null ? null : expanded === 'true',
      label: labelOf(el, labelsFor, composed),
      groupLabel: groupLabelOf(el, composed),
      value: valueOf(el, composed),
      options: el instanceof HTMLSelectElement
        ? [...el.options].map((o) => ({ value: o.value, text: clean(o.text), selected: o.selected }))
        : [],
      checked: el.checked === true || aria('aria-checked') === 'true' || aria('aria-selected') === 'true',
      visible: isVisible(el),
      editable: !(el.disabled || el.readOnly || aria('aria-readonly') === 'true' || aria('aria-disabled') === 'true'),
      sections: sectionsOf(el, names, composed),
      row: rowOf(el, rows, composed),
      shadowRoot: place.root,
      host: place.host,
    });
  }

  // Our own panel's subtree is never walked (collect), so it needs no test here.
  function isCandidate(el) {
    if (el.matches(CONTROL_SELECTOR)) return !(el instanceof HTMLInputElement && ['hidden', 'password'].includes(el.type));
    if (NOT_TEXT.has(el.tagName)) return false;
    const text = ownText(el);
    return text.length > 0 && text.length <= MAX_TEXT;
  }

  // A sandbox without allow-same-origin makes the origin opaque. One that keeps its origin
  // cannot be seen from inside without writing to the page, so the frame that holds it says so
  // (the listener below, asked by the worker); nothing here writes to any page object.
  function isSandboxed() {
    return self.origin === 'null';
  }

  // This frame's place among its parent's frames: WindowProxy identity, readable across origins.
  function frameIndex() {
    if (window.parent === window) return null;
    for (let i = 0; i < window.parent.length; i++) if (window.parent.frames[i] === window) return i;
    return null;
  }

  // A focused snapshot leaves out a subtree that holds no match and more elements than
  // MAX_UNMATCHED_SUBTREE, branching off the way to the matches outside the sections that hold
  // them and more than one level above any match: a portal's grids, menus and lists next to the
  // SAML blade or the Basic SAML pane. Whatever shares a section with a match stays whatever
  // its size, such as a certificate grid under its section's heading.
  const MAX_UNMATCHED_SUBTREE = LIMITS.unmatchedSubtree;

  // Every shadow root under `node` (and `node`'s own), nested ones included, in document
  // order; with `known`, only those not in it, which are added to it. Visits every element:
  // for small pages, for what was just added to a page, and for the focus's last resort.
  function shadowRootsUnder(node, known = null, found = []) {
    const consider = (el) => {
      const root = shadowRootOf(el);
      if (!root) return;
      if (!known?.has(root)) {
        known?.add(root);
        found.push(root);
      }
      shadowRootsUnder(root, known, found);
    };
    if (node instanceof Element) consider(node);
    if (node instanceof Element || node instanceof DocumentFragment || node instanceof Document) {
      for (const el of node.querySelectorAll('*')) consider(el);
    }
    return found;
  }

  // Where to walk for `pattern`: the smallest element holding every text and field (of those
  // `fields` selects) that matches, widened by one level so a section's heading beside it comes
  // along (the body when nothing matches), and every element on the way from there to a match,
  // so that big unmatched subtrees can be left out (a blade and a pane far apart in a heavy
  // portal): for each, how many levels it lies above its nearest match, or 0 inside a section
  // holding a match. Text and fields inside shadow roots count as their hosts'.
  // With `anchors`, the smallest element holding the text matching `anchors` (the page's words,
  // not host names a log repeats anywhere) and the fields' matches decides where; other text
  // matches count inside it.
  function focusOf(pattern, fields, anchors = null) {
    const body = document.body ?? document.documentElement;
    let hits = [];
    /** The hits whose text or value also matches `anchors`. */
    const anchored = new Set();
    // The elements whose own text matches: only subtrees whose whole text matches are entered
    // (a text node's match is a match of every subtree holding it), so a heavy portal's blades
    // and grids without a marker cost one native `textContent` each, not a visit per node.
    const descend = (el) => {
      for (let child = el.firstChild; child; child = child.nextSibling) {
        if (child.nodeType === Node.TEXT_NODE) {
          if (hits.at(-1) !== el && pattern.test(child.nodeValue ?? '')) hits.push(el);
          if (anchors && hits.at(-1) === el && anchors.test(child.nodeValue ?? '')) anchored.add(el);
        } else if (child.nodeType === Node.ELEMENT_NODE && !(/** @type {Element} */ (child)).hasAttribute(UI_ATTR) && pattern.test(child.textContent ?? '')) {
          descend(/** @type {Element} */ (child));
        }
      }
    };
    const look = (scope) => {
      if (pattern.test(scope.textContent ?? '')) descend(scope);
      for (const selector of fields) {
        for (const field of scope.querySelectorAll(selector)) {
          if (!pattern.test(/** @type {HTMLInputElement} */ (field).value)) continue;
          // A copy field's value is one the core reads: a log shows its host names as text.
          hits.push(field);
          anchored.add(field);
        }
      }
    };
    look(body);
    // Shadow roots near what the light DOM shows are walked anyway (the walk enters every root
    // it meets); only a page whose every marker sits in shadow roots needs them all found.
    if (hits.length === 0) for (const root of shadowRootsUnder(body)) look(root);
    // A hit at the top of a shadow root stands for its host.
    for (let i = 0; i < hits.length; i++) {
      if (!(hits[i] instanceof ShadowRoot)) continue;
      if (anchored.has(hits[i])) anchored.add(hits[i].host);
      hits[i] = hits[i].host;
    }
    if (hits.length === 0) return { root: body, onPath: null };
    const centre = hits.filter((hit) => anchored.has(hit));
    let common = centre[0] ?? hits[0];
    for (const hit of centre.length ? centre : hits) while (common && !holds(common, hit)) common = composedParent(common);
    const root = (common && composedParent(common)) ?? body;
    if (centre.length) hits = hits.filter((hit) => holds(root, hit));
    /** @type {Map<Element, number>} */
    const onPath = new Map();
    for (const hit of hits) {
      const section = closestComposed(hit, REGION_SELECTOR);
      let inside = section !== null;
      for (let el = hit, height = 0; el; el = composedParent(el), height++) {
        const distance = inside ? 0 : height;
        if (onPath.get(el) <= distance) break;
        onPath.set(el, distance);
        if (el === section) inside = false;
      }
    }
    return { root, onPath };
  }

  // A focused snapshot's pruning: a subtree that branches off the way to the matches far from
  // them is skipped whole when it is big (see MAX_UNMATCHED_SUBTREE).
  function isFarAndBig(el, parent, onPath) {
    const parentHeight = onPath.get(parent);
    if (onPath.has(el) || parentHeight === undefined || parentHeight <= 1) return false;
    return el.getElementsByTagName('*').length >= MAX_UNMATCHED_SUBTREE;
  }

  /**
   * The page snapshot. With `focus`, only the part of the page around what matches it (a SAML
   * blade inside a portal full of grids), so nothing relevant falls past the candidate cap: in
   * text, and in the values of the form fields `fields` selects (the probe's; every field's
   * when not given). The walk follows what the page renders: into shadow roots, open and
   * closed, and through slots to what is assigned to them.
   * `anchors`: the matches of `focus` that say where (see focusOf).
   * @param {{ focus?: RegExp | null, anchors?: RegExp | null, fields?: string[] }} [options]
   */
  function collect({ focus = null, anchors = null, fields = ['input, textarea'] } = {}) {
    const elementsByKey = new Map();
    const elements = [];
    const names = new Map();
    const rows = new Map();
    const labelsFor = labelIndex();
    const { root, onPath } = focus ? focusOf(focus, fields, anchors) : { root: document.body ?? document.documentElement, onPath: null };
    // Each shadow root met is numbered in walk order; 0 is the document.
    const roots = new Map();
    const visit = (el, parent, place) => {
      if (elements.length >= MAX_ELEMENTS || el.hasAttribute(UI_ATTR)) return;
      if (onPath && parent && isFarAndBig(el, parent, onPath)) return;
      if (el instanceof HTMLElement && isCandidate(el)) {
        const key = elements.length + 1;
        elementsByKey.set(key, el);
        elements.push(describe(el, key, names, rows, labelsFor, place));
      }
      // A host's shadow root stands in for its children, and a slot shows what is assigned to
      // it (its own children only when nothing is); assigned elements keep the place of the
      // tree they came from.
      const shadow = shadowRootOf(el);
      if (shadow) {
        if (!roots.has(shadow)) roots.set(shadow, roots.size + 1);
        const inner = { root: roots.get(shadow), host: el.localName };
        for (let child = shadow.firstElementChild; child; child = child.nextElementSibling) visit(child, el, inner);
        return;
      }
      if (place.root !== 0 && el.localName === 'slot') {
        const assigned = /** @type {HTMLSlotElement} */ (el).assignedElements({ flatten: true });
        for (const child of assigned) visit(child, el, placeOf(child, roots));
        if (assigned.length) return;
      }
      for (let child = el.firstElementChild; child; child = child.nextElementSibling) visit(child, el, place);
    };
    visit(root, null, placeOf(root, roots));
    return {
      elements: elementsByKey,
      // What the snapshot covered: changes outside it cannot change what the core reads.
      root,
      // The shadow roots it walked, whose changes no observer of the document sees.
      shadowRoots: [...roots.keys()],
      snapshot: {
        url: location.href,
        lang: document.documentElement.lang || navigator.language || '',
        topFrame: window.top === window,
        // Who frames this document, where the browser says (Chromium); the core refuses a frame
        // whose ancestors are not hosts of the same side.
        ancestorOrigins: location.ancestorOrigins ? [...location.ancestorOrigins] : null,
        sandboxed: isSandboxed(),
        frameIndex: frameIndex(),
        elements,
      },
    };
  }

  // Which root an element sits in (numbered as the walk met them) and its host's tag.
  function placeOf(el, roots) {
    const around = shadowRootAround(el);
    if (!around) return { root: 0, host: '' };
    if (!roots.has(around)) roots.set(around, roots.size + 1);
    return { root: roots.get(around), host: around.host.localName };
  }

  return Object.freeze({ collect, isOurs, shadowRootOf, shadowRootsUnder, UI_ATTR });
})();
