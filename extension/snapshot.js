// Context: content script (loaded before content.js, sharing its isolated world); also run by
// tests/e2e/record-snapshots.mjs on the replica pages to record the snapshots the native tests
// use. Collects the page snapshot: the candidate elements with what a person reads as their
// label, their value and state. Generic: no host, label or SAML term lives here.
globalThis.ssobridgeSnapshot ??= (function ssobridgeSnapshotFactory() {
  'use strict';
  const UI_ATTR = 'data-ssobridge-ui';
  const MAX_ELEMENTS = 4000;
  const MAX_TEXT = 2000;
  const MAX_LABEL_ELEMENTS = 100;
  const CONTROL_SELECTOR = 'input, textarea, select, button, [role], [contenteditable="true"]';

  const clean = (text) => (text ?? '').replace(/\s+/g, ' ').trim();
  const ownText = (el) =>
    clean([...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join(' '));
  const isOurs = (el) => el.closest?.(`[${UI_ATTR}]`) != null;

  // The shadow root of a host, open or closed: an extension may open a closed one (Firefox
  // gives content scripts `openOrClosedShadowRoot` on elements, Chromium `chrome.dom`).
  const dom = globalThis.chrome?.dom;
  /** @param {Element} el @returns {ShadowRoot | null} */
  function shadowRootOf(el) {
    if ('openOrClosedShadowRoot' in el) return /** @type {any} */ (el).openOrClosedShadowRoot ?? null;
    return el.shadowRoot ?? dom?.openOrClosedShadowRoot?.(/** @type {HTMLElement} */ (el)) ?? null;
  }

  function isVisible(el) {
    if (el.getClientRects().length === 0) return false;
    const style = getComputedStyle(el);
    return style.visibility !== 'hidden' && style.display !== 'none';
  }

  function textOf(el) {
    if (!el) return '';
    return clean(el.innerText ?? el.textContent).slice(0, 300);
  }

  function textOfIds(ids) {
    return clean((ids ?? '').split(/\s+/).map((id) => textOf(document.getElementById(id))).join(' '));
  }

  // The nearest text before an element, as a person scanning the page reads it. A big subtree
  // with text before it (another blade, a grid) is no label, and the search ends there: its
  // rendered text would cost a heavy portal several milliseconds per snapshot. One without text
  // (a placeholder shimmer, an SVG drawing) is passed over like any other empty sibling.
  function precedingText(el) {
    let node = el;
    for (let depth = 0; node && depth < 5; depth++) {
      for (let sibling = node.previousElementSibling; sibling; sibling = sibling.previousElementSibling) {
        if (isOurs(sibling)) continue;
        if (sibling.getElementsByTagName('*').length > MAX_LABEL_ELEMENTS) {
          if (/\S/.test(sibling.textContent ?? '')) return '';
          continue;
        }
        const text = textOf(sibling);
        if (text) return text;
      }
      node = node.parentElement;
      if (node && ownText(node)) return ownText(node).slice(0, 300);
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
  function labelsOf(el, labelsFor) {
    if (!('labels' in el)) return [];
    if (el.getRootNode() !== document) return [...(el.labels ?? [])];
    const found = el.id ? labelsFor(el.id).filter((label) => label.control === el) : [];
    const wrapping = el.closest('label');
    if (wrapping && !found.includes(wrapping) && wrapping.control === el) found.push(wrapping);
    return found.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  }

  function labelOf(el, labelsFor) {
    const labelledBy = textOfIds(el.getAttribute('aria-labelledby'));
    if (labelledBy) return labelledBy;
    const labels = labelsOf(el, labelsFor).map(textOf).filter(Boolean);
    if (labels.length) return labels.join(' ');
    const wrapping = el.closest('label');
    if (wrapping) return textOf(wrapping);
    return precedingText(el);
  }

  function groupLabelOf(el) {
    const group = el.closest('fieldset, [role="radiogroup"], [role="group"]');
    if (group) {
      const legend = group.querySelector('legend');
      const named = textOfIds(group.getAttribute('aria-labelledby')) || clean(group.getAttribute('aria-label'));
      if (named || legend) return named || textOf(legend);
    }
    if (el.type === 'radio' || el.getAttribute('role') === 'radio') {
      // The smallest container holding every radio of the group, then the text before it.
      const name = el.name;
      const siblings = name ? document.getElementsByName(name) : [el];
      let container = el.parentElement;
      while (container && ![...siblings].every((s) => container.contains(s))) container = container.parentElement;
      return container ? precedingText(container) : '';
    }
    return '';
  }

  // Regions a person sees as sections: their label, legend or first heading names them.
  const REGION_SELECTOR = 'section, article, aside, fieldset, dialog, form, [role="region"], [role="dialog"], [role="group"], [role="tabpanel"], [role="grid"], [role="table"], [aria-label], [aria-labelledby]';

  function regionName(region, names) {
    if (names.has(region)) return names.get(region);
    const heading = region.querySelector('legend, h1, h2, h3, h4, h5, h6, [role="heading"]');
    const name = (textOfIds(region.getAttribute('aria-labelledby')) || clean(region.getAttribute('aria-label')) || textOf(heading)).slice(0, 120);
    names.set(region, name);
    return name;
  }

  // The names of the regions around an element, innermost first.
  function sectionsOf(el, names) {
    const found = [];
    for (let region = el.parentElement?.closest(REGION_SELECTOR); region && found.length < 3; region = region.parentElement?.closest(REGION_SELECTOR)) {
      const name = regionName(region, names);
      if (name) found.push(name);
    }
    return found;
  }

  function rowOf(el, rows) {
    const row = el.closest('tr, [role="row"]');
    if (!row) return 0;
    if (!rows.has(row)) rows.set(row, rows.size + 1);
    return rows.get(row);
  }

  function valueOf(el) {
    if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) {
      return el.type === 'file' || el.type === 'password' ? '' : el.value;
    }
    return clean(el.innerText ?? el.textContent).slice(0, MAX_TEXT);
  }

  // Only what differs from the core's defaults is sent: most fields of most elements are empty,
  // and the message stays small on big pages.
  function compact(described) {
    for (const [name, value] of Object.entries(described)) {
      if (value === '' || value === false || value === null || value === 0 || (Array.isArray(value) && value.length === 0)) delete described[name];
    }
    return described;
  }

  function describe(el, key, names, rows, labelsFor) {
    const aria = (name) => el.getAttribute(name) ?? '';
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
      label: labelOf(el, labelsFor),
      groupLabel: groupLabelOf(el),
      value: valueOf(el),
      options: el instanceof HTMLSelectElement
        ? [...el.options].map((o) => ({ value: o.value, text: clean(o.text), selected: o.selected }))
        : [],
      checked: el.checked === true || aria('aria-checked') === 'true' || aria('aria-selected') === 'true',
      visible: isVisible(el),
      editable: !(el.disabled || el.readOnly || aria('aria-readonly') === 'true' || aria('aria-disabled') === 'true'),
      sections: sectionsOf(el, names),
      row: rowOf(el, rows),
    });
  }

  function isCandidate(el) {
    if (isOurs(el)) return false;
    if (el.matches(CONTROL_SELECTOR)) return !(el instanceof HTMLInputElement && ['hidden', 'password'].includes(el.type));
    if (['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE'].includes(el.tagName)) return false;
    const text = ownText(el);
    return text.length > 0 && text.length <= MAX_TEXT;
  }

  // A sandboxed document may not set document.domain, whatever its sandbox flags (with
  // allow-same-origin its origin looks like any other); elsewhere the assignment changes nothing.
  function isSandboxed() {
    try {
      document.domain = document.domain;
      return false;
    } catch {
      return true;
    }
  }

  // A focused snapshot leaves out a subtree that holds no match and more elements than
  // MAX_UNMATCHED_SUBTREE, branching off the way to the matches outside the sections that hold
  // them and more than one level above any match: a portal's grids, menus and lists next to the
  // SAML blade or the Basic SAML pane. Whatever shares a section with a match stays whatever
  // its size, such as a certificate grid under its section's heading.
  const MAX_UNMATCHED_SUBTREE = 200;

  // Where to walk for `pattern`: the smallest element holding every text and field (of those
  // `fields` selects) that matches, widened by one level so a section's heading beside it comes
  // along (the body when nothing matches), and every element on the way from there to a match,
  // so that big unmatched subtrees can be left out (a blade and a pane far apart in a heavy
  // portal): for each, how many levels it lies above its nearest match, or 0 inside a section
  // holding a match.
  function focusOf(pattern, fields) {
    const body = document.body ?? document.documentElement;
    const hits = [];
    // The elements whose own text matches: only subtrees whose whole text matches are entered
    // (a text node's match is a match of every subtree holding it), so a heavy portal's blades
    // and grids without a marker cost one native `textContent` each, not a visit per node.
    const descend = (el) => {
      for (let child = el.firstChild; child; child = child.nextSibling) {
        if (child.nodeType === Node.TEXT_NODE) {
          if (hits.at(-1) !== el && pattern.test(child.nodeValue ?? '')) hits.push(el);
        } else if (child.nodeType === Node.ELEMENT_NODE && !(/** @type {Element} */ (child)).hasAttribute(UI_ATTR) && pattern.test(child.textContent ?? '')) {
          descend(/** @type {Element} */ (child));
        }
      }
    };
    if (pattern.test(body.textContent ?? '')) descend(body);
    for (const selector of fields) {
      for (const field of body.querySelectorAll(selector)) {
        if (pattern.test(/** @type {HTMLInputElement} */ (field).value)) hits.push(field);
      }
    }
    if (hits.length === 0) return { root: body, onPath: null };
    let common = hits[0];
    for (const hit of hits) while (common && !common.contains(hit)) common = common.parentElement;
    /** @type {Map<Element, number>} */
    const onPath = new Map();
    for (const hit of hits) {
      const section = hit.closest(REGION_SELECTOR);
      let inside = section !== null;
      for (let el = hit, height = 0; el; el = el.parentElement, height++) {
        const distance = inside ? 0 : height;
        if (onPath.get(el) <= distance) break;
        onPath.set(el, distance);
        if (el === section) inside = false;
      }
    }
    return { root: common?.parentElement ?? body, onPath };
  }

  // The walker's filter for a focused snapshot: a subtree that branches off the way to the
  // matches far from them is skipped whole when it is big (see MAX_UNMATCHED_SUBTREE).
  function pruning(onPath) {
    return {
      acceptNode(el) {
        const parentHeight = onPath.get(el.parentElement);
        if (onPath.has(el) || parentHeight === undefined || parentHeight <= 1) return NodeFilter.FILTER_ACCEPT;
        return el.getElementsByTagName('*').length < MAX_UNMATCHED_SUBTREE ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT;
      },
    };
  }

  /**
   * The page snapshot. With `focus`, only the part of the page around what matches it (a SAML
   * blade inside a portal full of grids), so nothing relevant falls past the candidate cap: in
   * text, and in the values of the form fields `fields` selects (the probe's; every field's
   * when not given).
   * @param {{ focus?: RegExp | null, fields?: string[] }} [options]
   */
  function collect({ focus = null, fields = ['input, textarea'] } = {}) {
    const elementsByKey = new Map();
    const elements = [];
    const names = new Map();
    const rows = new Map();
    const labelsFor = labelIndex();
    const { root, onPath } = focus ? focusOf(focus, fields) : { root: document.body ?? document.documentElement, onPath: null };
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT, onPath && pruning(onPath));
    for (let el = walker.currentNode; el && elements.length < MAX_ELEMENTS; el = walker.nextNode()) {
      if (!(el instanceof HTMLElement) || !isCandidate(el)) continue;
      const key = elements.length + 1;
      elementsByKey.set(key, el);
      elements.push(describe(el, key, names, rows, labelsFor));
    }
    return {
      elements: elementsByKey,
      // What the snapshot covered: changes outside it cannot change what the core reads.
      root,
      snapshot: {
        url: location.href,
        lang: document.documentElement.lang || navigator.language || '',
        topFrame: window.top === window,
        // Who frames this document, where the browser says (Chromium); the core refuses a frame
        // whose ancestors are not hosts of the same side.
        ancestorOrigins: location.ancestorOrigins ? [...location.ancestorOrigins] : null,
        sandboxed: isSandboxed(),
        elements,
      },
    };
  }

  return Object.freeze({ collect, isOurs, shadowRootOf, UI_ATTR });
})();
