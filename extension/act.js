// Context: content script, in the same world as content.js: loaded with GoTo's pages, and into
// a portal frame with the collector once that frame may matter (content.js, `collector`). The
// acting half: applies the core's plan the way a person's input arrives, and draws the in-page
// buttons and status. Like content.js it knows no host name, label or SAML term.
/** @typedef {import('./pkg/ssobridge.js').StepReply} StepReply */
/** @typedef {import('./pkg/ssobridge.js').Op} Op */
/** @typedef {import('./pkg/ssobridge.js').FieldView} FieldView */
// What it uses of content.js: `page` (tools/types/globals.d.ts names each part).
globalThis.ssobridgeActing ??= function ssobridgeActingFactory(page) {
  'use strict';
  const { UI_ATTR, t, ask, snapshot, refresh, pageReport } = page;
  const MAX_ROUNDS = 10;
  let busy = false;
  let filledHere = false;
  let lastAction = null; // what a "confirm" repeats

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
      const el = page.elements().get(op.key);
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
      for (const target of [document.documentElement, ...page.shadowRoots()]) {
        observer.observe(target, { subtree: true, childList: true, attributes: true, characterData: true });
      }
      const limit = setTimeout(done, waitMs);
      apply(ops);
    });
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
    // The button pressed from the keyboard keeps the focus: a fill focuses and leaves each field
    // it writes, which would otherwise leave the focus on the page's body, and the admin's next
    // Tab at the top of the page.
    // (A confirm has gone before the action starts: then the action's own button.)
    const pressed = document.activeElement?.getAttribute('data-ssobridge') ?? (confirmed ? type : null);
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
      if (pressed && (document.activeElement === document.body || document.activeElement === null)) ui.refocus(pressed) || ui.refocus(type);
      refresh();
    }
  }

  // ---- In-page UI --------------------------------------------------------------------------

  const ui = (() => {
    let root = null;
    const important = (style) => style.replace(/;/g, ' !important;');

    // What `all: initial` would reset, property by property, without letter and word spacing:
    // Firefox expands `all` into every longhand, which would lock the spacing against the
    // reader's own styles (WCAG 1.4.12; axe's avoid-inline-spacing).
    const RESET = 'box-sizing: content-box; float: none; margin: 0; border: 0; padding: 0; outline: 0; overflow: visible; max-height: none; max-width: none; width: auto; min-width: 0; height: auto; min-height: 0; text-align: left; text-transform: none; text-indent: 0; text-decoration: none; font-style: normal; font-weight: 400; visibility: visible; opacity: 1; transform: none; filter: none; clip-path: none; mask: none; mix-blend-mode: normal; pointer-events: auto; background: none; color: inherit;';
    const ROOT_STYLE = important(`${RESET} position: fixed; inset: auto 16px 16px auto; z-index: 2147483647; display: flex; flex-direction: column; align-items: flex-end; gap: 6px; max-width: 420px; font: 13px/1.5 system-ui, sans-serif;`);
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

    /** @type {WeakMap<HTMLElement, () => void>} each button's way to take the focus back */
    const givers = new WeakMap();
    const giveFocus = (el) => { if (el) givers.get(el)?.(); };

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
      // Light or dark after the browser's preference (light-dark()), AA in both; the focus ring
      // is drawn on the face, since the host's own outline is reset with the page's styles.
      const FACE = 'color-scheme:light dark;display:inline-block;padding:8px 14px;border-radius:6px;background:light-dark(#0f6cbd,#8cc4ff);color:light-dark(#fff,#0b1a2a);font:600 13px/1.5 system-ui,sans-serif;box-shadow:0 2px 6px rgba(0,0,0,.25);';
      const RING = 'outline:3px solid light-dark(#242424,#fff);outline-offset:2px;';
      face.setAttribute('style', FACE);
      shadow.append(face);
      host.addEventListener('focus', () => { if (host.matches(':focus-visible')) face.setAttribute('style', FACE + RING); });
      host.addEventListener('blur', () => face.setAttribute('style', FACE));
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
      // The focus ssobridge gives back after the admin's own Escape or action counts as the
      // admin's (the page cannot call this from its world).
      givers.set(host, () => {
        host.focus({ preventScroll: true });
        focusGiven = true;
      });
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
        el.setAttribute('style', important(`${RESET} position: static; color-scheme: light dark; display: block; max-width: 420px; padding: 6px 10px; border-radius: 6px; background: light-dark(#fff, #1f1f1f); color: light-dark(#242424, #ececec); font: 13px/1.5 system-ui, sans-serif; box-shadow: 0 1px 4px rgba(0,0,0,.3); white-space: pre-wrap; max-height: 50vh; overflow: auto; overflow-wrap: anywhere;`));
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
      /** The panel's element, if drawn. */
      element() {
        return root?.isConnected ? root : null;
      },
      /** Gives the focus back to the panel's `kind` button; false if it is not drawn. */
      refocus(kind) {
        const el = /** @type {HTMLElement | null | undefined} */ (root?.querySelector(`[data-ssobridge="${kind}"]`));
        giveFocus(el);
        return el != null;
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
        // A long status (a conflict shows both certificates) scrolls within half the window, so
        // the buttons stay inside it; a keyboard reaches the scroll there.
        if (el.scrollHeight > el.clientHeight) el.setAttribute('tabindex', '0'); else el.removeAttribute('tabindex');
        for (const old of ensureRoot().querySelectorAll(':scope > [data-ssobridge="copy"]')) old.remove();
        for (const field of (fields ?? []).filter((f) => f.copyable)) {
          const copy = button('copy', `${t('button_copy', 'Copy')}: ${field.label}`, () => navigator.clipboard.writeText(field.wanted));
          copy.setAttribute('data-field', field.field);
          el.after(copy);
        }
        const confirm = ensureRoot().querySelector(':scope > [data-ssobridge="confirm"]');
        if (state === 'conflict' && !confirm) {
          const action = lastAction;
          const confirmButton = button('confirm', t('button_confirm', 'Replace the different values'), (click) => {
            ensureRoot().querySelector(':scope > [data-ssobridge="confirm"]')?.remove();
            act(action, click, true);
          });
          // Escape declines: the confirm goes, nothing is replaced, and the focus returns to the
          // button that started the fill.
          confirmButton.addEventListener('keydown', (event) => {
            if (!event.isTrusted || event.key !== 'Escape') return;
            event.preventDefault();
            event.stopPropagation();
            confirmButton.remove();
            giveFocus(/** @type {HTMLElement | null} */ (ensureRoot().querySelector(`:scope > [data-ssobridge="${action}"]`)));
          });
          el.after(confirmButton);
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

  return {
    ui,
    /** Whether an action runs (it refreshes when done). */
    busy: () => busy,
    /** Whether a plan wrote into this frame (the drift check asks). */
    filledHere: () => filledHere,
  };
};
// The worker loads this file last (scripting.executeScript), and gets the script's last value
// back: Firefox refuses one it cannot copy, such as the function above.
undefined;
