// Context: Node (tests). The popup's keyboard walk, shared by tests/e2e/keyboard.test.mjs
// (Chromium, Playwright) and tests/firefox/keyboard.test.mjs (Firefox, puppeteer-core): both
// drivers' pages have the same keyboard.press, evaluate and $eval, and the walk uses no more.
import assert from 'node:assert/strict';

/** The popup's controls a keyboard must reach: ids, data-ssobridge names, labels. */
export const POPUP_CONTROLS = ['signInUrl', 'Copy Entity ID', 'certificate-details', 'mode', 'product', 'signin-check', 'add-details', 'file', 'metadata-url', 'checklist-details', 'report-section', 'report-show', 'clear'];

/**
 * Presses Tab through the popup until the focus leaves it or comes back to an element already
 * focused, opening each closed disclosure it reaches with Enter (so that the controls inside are
 * reached too); returns what had the focus, in order: { id, tag, visible, top }. `visible`: the
 * control matches :focus-visible and draws an outline of 2 px or more.
 */
export async function tabThroughPopup(popup, limit = 80) {
  const seen = [];
  for (let i = 0; i < limit; i++) {
    await popup.keyboard.press('Tab');
    const focus = await popup.evaluate(() => {
      const el = document.activeElement;
      // Seen before: the walk has come round (told by the element itself: several "Copy" buttons
      // share a name).
      const seenBefore = globalThis.tabWalkSeen ??= new WeakSet();
      if (!el || el === document.body || seenBefore.has(el)) return null;
      seenBefore.add(el);
      const style = getComputedStyle(el);
      return {
        id: (el.tagName === 'SUMMARY' ? el.parentElement.id : el.id) || el.getAttribute('data-ssobridge') || el.getAttribute('data-field') || el.getAttribute('aria-label') || el.textContent.trim().slice(0, 30),
        tag: el.tagName,
        visible: el.matches(':focus-visible') && style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
        top: el.getBoundingClientRect().top + scrollY,
        closed: el.tagName === 'SUMMARY' && !el.parentElement.open,
      };
    });
    if (!focus) break;
    seen.push(focus);
    if (focus.closed) await popup.keyboard.press('Enter');
  }
  return seen;
}

/** Every control of POPUP_CONTROLS reached, each showing its focus, in reading order. */
export function assertPopupWalk(seen) {
  for (const focus of seen) assert.ok(focus.visible, `focus visible on ${focus.tag} ${focus.id}`);
  const ids = seen.map((s) => s.id);
  for (const control of POPUP_CONTROLS) assert.ok(ids.includes(control), `${control} reached: ${ids.join(', ')}`);
  // Reading order: each control below or beside the one before it (the page's flow).
  for (let i = 1; i < seen.length; i++) assert.ok(seen[i].top >= seen[i - 1].top - 30, `${seen[i].id} after ${seen[i - 1].id}`);
}

/** Escape inside an open disclosure closes it and leaves the focus on its summary. */
export async function assertEscapeCloses(popup) {
  await popup.focus('#metadata-url');
  await popup.keyboard.press('Escape');
  assert.equal(await popup.$eval('#add-details', (d) => d.open), false);
  assert.equal(await popup.evaluate(() => document.activeElement?.closest('summary') !== null), true);
}
