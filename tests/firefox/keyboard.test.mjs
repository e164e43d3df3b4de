// The whole job by keyboard alone (SPEC 2.1, issue 21) in real Firefox with dist/firefox/
// installed unmodified: the capture, GoTo's fill with a conflict confirmed, Escape declining a
// confirm, the Basic SAML fill, every control of the popup. Mirrors tests/e2e/keyboard.test.mjs
// (Chromium). ssobridge's buttons are reached with Tab / Shift+Tab and pressed with Enter; the
// replicas' own controls are the portals', not ssobridge's: Azure's Edit and Save are focused
// directly, and GoTo's Identity provider tab is opened by its address.
//
// Focus visible, from outside the buttons' closed shadow roots. Firefox has no DevTools
// protocol to pierce them (Chromium's test reads the face's outline through it), and only the
// extension's own content script may open a closed root. What can be observed from the page:
// document.activeElement is the host (focus in a closed root is retargeted to it, and the face
// is not focusable anyway), and the host matches :focus-visible, the very test the content
// script makes before it draws the ring. What cannot: the face's style, hence the ring itself;
// nor the host's own outline, which says nothing (the host's styles are reset, `all: initial`,
// so the page cannot restyle it, and its outline is "none" focused or not). So the ring is
// checked where a person sees it, in pixels: a screenshot around the button before it has the
// focus and one after; the ring (3 px, 2 px outside the face) must appear on both sides of the
// button, in a colour of 3:1 or more against what was there (WCAG 1.4.11).
//
// Statuses announced: Firefox's own accessibility tree (harness-firefox.mjs, accessibleNodes)
// must show a polite live region holding the status text; the status line in the light DOM is
// role=status, which Firefox maps to "statusbar" with live "polite".
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { contrast } from '../e2e/axe.mjs';
import { POPUP_SIZE } from '../e2e/harness.mjs';
import { assertEscapeCloses, assertPopupWalk, tabThroughPopup } from '../e2e/keyboard.mjs';
import { COVEO, ENTRA_SAML_URL, GOTO_SP_WEBINAR, GOTO_URL, ROLLOVER, SAML_PATH, spValues } from '../e2e/replica-values.mjs';
import {
  accessibleNodes, choose, clearCapture, finalStatus, firefoxSession, openPage, openPopup, popupValue, screenshotPixels,
} from './harness-firefox.mjs';

const session = firefoxSession();

const focusedKind = (page) => page.evaluate(() => document.activeElement?.getAttribute('data-ssobridge') ?? null);

/** Presses `key`: 'Tab', 'Shift+Tab', 'Enter', 'Escape', ' '. */
async function key(page, name) {
  if (name !== 'Shift+Tab') return page.keyboard.press(name);
  await page.keyboard.down('Shift');
  await page.keyboard.press('Tab');
  await page.keyboard.up('Shift');
}

/** A screenshot of ssobridge's `kind` button and 8 px around it, with the button's box in it. */
async function around(page, kind) {
  const box = await page.$eval(`[data-ssobridge="${kind}"]`, (el) => {
    const r = el.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  });
  const margin = 8;
  const clip = { x: box.x - margin, y: box.y - margin, width: box.width + 2 * margin, height: box.height + 2 * margin };
  return { box, margin, pixels: await screenshotPixels(page, clip) };
}

/**
 * Whether a focus ring appeared around the button between `before` and `now` (around() of the
 * same button; it may have moved, as the panel's lines come and go): on its left and on its
 * right, the share of the button's height over which a column of the margin changed to a colour
 * of 3:1 or more against the one before (`left`, `right`), and the same for the margin's
 * outermost columns, beyond the ring, which must not change (`outside`): what was behind is the
 * same. Only the sides are read: the panel's buttons are stacked 6 px apart, so a neighbour's
 * ring may reach above or below.
 */
function ringAppeared(before, now) {
  assert.deepEqual([now.box.width, now.box.height], [before.box.width, before.box.height], 'the same button');
  const { margin, box } = now;
  const rows = [...Array(Math.floor(box.height)).keys()].map((y) => margin + y + 0.5);
  const changed = (x) => rows.filter((y) => {
    const [was, is] = [before.pixels.at(x, y), now.pixels.at(x, y)];
    return was !== is && contrast(was, is) >= 3;
  }).length / rows.length;
  const left = [...Array(margin).keys()].map((x) => x + 0.5);
  const right = left.map((x) => margin + box.width + x);
  return {
    left: Math.max(...left.map(changed)),
    right: Math.max(...right.map(changed)),
    outside: Math.max(changed(left[0]), changed(right.at(-1))),
  };
}

/**
 * Presses `keyName` (Tab or Shift+Tab) until ssobridge's `kind` button has the focus; then checks
 * that the focus is visible: the host matches :focus-visible, and a ring appeared around it.
 */
async function tabTo(page, kind, keyName = 'Shift+Tab', limit = 60) {
  await page.waitForSelector(`[data-ssobridge="${kind}"]`);
  assert.notEqual(await focusedKind(page), kind, `${kind} does not have the focus yet`);
  const unfocused = await around(page, kind);
  for (let i = 0; i < limit && await focusedKind(page) !== kind; i++) {
    await key(page, keyName);
    // Past the page's first or last control Firefox's Tab goes on into its toolbar; the driver's
    // keys still reach the page then, but not as a person's would: the direction is wrong.
    assert.ok(await page.evaluate(() => document.hasFocus()), `${keyName} left the page before reaching ${kind}`);
  }
  assert.equal(await focusedKind(page), kind, `${kind} reached by ${keyName}`);
  await assertFocusVisible(page, kind, unfocused);
}

/** The focus on `kind` is visible: :focus-visible on its host, and a ring drawn since `unfocused`. */
async function assertFocusVisible(page, kind, unfocused) {
  assert.equal(await page.$eval(`[data-ssobridge="${kind}"]`, (el) => el.matches(':focus-visible')), true, `${kind} matches :focus-visible`);
  const ring = ringAppeared(unfocused, await around(page, kind));
  assert.ok(ring.left >= 0.8 && ring.right >= 0.8 && ring.outside <= 0.1, `${kind} shows a focus ring: ${JSON.stringify(ring)}`);
}

/**
 * Waits until Firefox's accessibility tree has a polite live region holding `text` (white
 * space as a screen reader reads it), and fails naming the regions it has otherwise.
 */
async function assertAnnounced(page, text, what) {
  const words = (s) => s.replace(/\s+/g, ' ').trim();
  const deadline = Date.now() + 10_000;
  let regions = [];
  for (;;) {
    regions = await accessibleNodes(session.ff, page, ['statusbar']);
    if (regions.some((r) => r.live === 'polite' && words(r.text) === words(text))) return;
    if (Date.now() > deadline) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  assert.fail(`${what} is not announced: no polite live region holds "${text}" in ${JSON.stringify(regions)}`);
}

/** Presses `keyName` (Tab or Shift+Tab) until the focused element of `page` matches `selector`. */
async function tabToControl(page, selector, keyName = 'Tab', limit = 60) {
  const reached = () => page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);
  for (let i = 0; i < limit && !await reached(); i++) await key(page, keyName);
  assert.ok(await reached(), `${selector} reached by ${keyName}`);
}

test('capture, GoTo fill with the conflict confirmed, Escape declining a confirm, the Basic SAML fill: keyboard only, focus visible, each status announced', async () => {
  await clearCapture(session.ff);
  const azure = await openPage(session.ff, ENTRA_SAML_URL);
  await tabTo(azure, 'capture');
  await key(azure, 'Enter');
  const captured = await finalStatus(azure);
  assert.equal(captured.state, 'done', captured.text);
  await assertAnnounced(azure, captured.text, 'the capture');
  await azure.close();

  await choose(session.ff, 'mode', 'manual');
  // GoTo's tabs are GoTo's, not ssobridge's: the address opens the Identity provider tab.
  const goto = await openPage(session.ff, `${GOTO_URL}?preset=conflict#/identity-provider`);
  await tabTo(goto, 'fill');
  await key(goto, 'Enter');
  const conflict = await finalStatus(goto);
  assert.equal(conflict.state, 'conflict', conflict.text);
  await assertAnnounced(goto, conflict.text, 'the conflict');
  // Escape on the confirm declines it: the confirm goes, nothing is replaced, and the focus is
  // back on Fill, visibly.
  await tabTo(goto, 'confirm', 'Tab');
  const fillUnfocused = await around(goto, 'fill');
  // The admin reads the conflict before declining: the focus ssobridge then gives back to Fill
  // counts as the admin's, however long ago the last Tab was.
  await new Promise((resolve) => setTimeout(resolve, 1200));
  await key(goto, 'Escape');
  await goto.waitForSelector('[data-ssobridge="confirm"]', { hidden: true });
  assert.equal(await focusedKind(goto), 'fill');
  await assertFocusVisible(goto, 'fill', fillUnfocused);
  assert.equal((await goto.evaluate(() => window.replicaState)).signInUrl, 'https://idp.example.org/sso/saml', 'nothing replaced');
  // Fill again from where Escape left the focus, and this time confirm.
  await key(goto, 'Enter');
  const again = await finalStatus(goto, { after: '' });
  assert.equal(again.state, 'conflict', again.text);
  await tabTo(goto, 'confirm', 'Tab');
  // A person reads the conflict first (SPEC 8: a confirm shown less than 600 ms does not count).
  await new Promise((resolve) => setTimeout(resolve, 800));
  await key(goto, 'Enter');
  const filled = await finalStatus(goto, { after: again.text });
  assert.equal(filled.state, 'done', filled.text);
  await assertAnnounced(goto, filled.text, 'the fill');
  assert.equal((await goto.evaluate(() => window.replicaState)).signInUrl, ROLLOVER.signInUrl);
  // The fill focused and left each field it wrote; the admin's place is kept all the same.
  assert.equal(await focusedKind(goto), 'fill', 'the focus is back on Fill once filled');
  await goto.close();

  await choose(session.ff, 'product', 'gotowebinar');
  const pane = await openPage(session.ff, `https://portal.azure.com/?l=en${SAML_PATH(COVEO.appId)}`);
  const edit = await pane.waitForSelector('section button.edit'); // the first section's: Basic SAML Configuration
  await edit.focus();
  await edit.dispose();
  await key(pane, 'Enter');
  await tabTo(pane, 'fill-sp', 'Tab');
  await key(pane, 'Enter');
  const sp = await finalStatus(pane);
  assert.equal(sp.state, 'done', sp.text);
  await assertAnnounced(pane, sp.text, 'the Basic SAML fill');
  assert.equal(await focusedKind(pane), 'fill-sp', 'the focus is back on the Basic SAML fill button');
  await pane.focus('#pane-save');
  await key(pane, 'Enter');
  assert.deepEqual(spValues(await pane.evaluate(() => window.replicaPaneSaved)), GOTO_SP_WEBINAR);
  await choose(session.ff, 'product', 'gotomeeting');
  await pane.close();
});

test('every control of the popup is reached by Tab in reading order, shows its focus, works by Enter and Space, and Escape closes a disclosure', async () => {
  let popup = await openPopup(session.ff);
  await popup.setViewport(POPUP_SIZE);
  await popup.waitForFunction(() => document.querySelector('[data-field="thumbprintSha1"]').value !== '');
  assertPopupWalk(await tabThroughPopup(popup));
  // Firefox differs here: a Tab past the last control takes the focus out of the page into the
  // browser's toolbar, and the page then gets keys (the driver's, not a person's) without
  // their default actions (Space no longer opens a disclosure). So the rest is done in a
  // freshly opened popup, which has the focus, as the toolbar's popup does.
  await popup.close();
  popup = await openPopup(session.ff);
  await popup.setViewport(POPUP_SIZE);
  await tabToControl(popup, '#add-details summary');
  await key(popup, 'Enter');
  await popup.waitForFunction(() => document.querySelector('#add-details').open);
  await assertEscapeCloses(popup);

  // Space on Clear, the last control, empties the captured settings.
  await tabToControl(popup, '[data-ssobridge="clear"]');
  await key(popup, ' ');
  await popup.waitForFunction(() => document.querySelector('[data-field="entityId"]').value === '', { timeout: 10_000 });
  // Space works a disclosure as Enter does; Enter in the URL box reads the metadata there.
  await tabToControl(popup, '#add-details summary', 'Shift+Tab');
  await key(popup, ' ');
  await popup.waitForFunction(() => document.querySelector('#add-details').open);
  await tabToControl(popup, '#metadata-url');
  await popup.keyboard.type(ROLLOVER.metadataUrl);
  await key(popup, 'Enter');
  await popup.waitForFunction((thumbprint) => document.querySelector('[data-field="thumbprintSha1"]').value === thumbprint, { timeout: 10_000 }, ROLLOVER.activeThumbprint);
  assert.equal(await popupValue(popup, 'entityId'), ROLLOVER.entityId);
  await popup.close();
});
