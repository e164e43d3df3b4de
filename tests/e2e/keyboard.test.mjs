// The whole job by keyboard alone (SPEC 2.1, issue 21), through the built, unmodified extension
// in Chromium: the capture, GoTo's fill with a conflict confirmed, the Basic SAML fill, every
// control of the popup. ssobridge's buttons are reached with Tab / Shift+Tab and pressed with
// Enter; the focus ring is read on the face each button draws in its closed shadow root
// (DevTools protocol). The replicas' own controls are the portals', not ssobridge's: Azure's Edit
// and Save are focused directly, and GoTo's Identity provider tab is opened by its address.
// Statuses are announced: the accessibility tree shows a polite live region holding the status
// text.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { POPUP_SIZE, choose, clearCapture, extensionSession, finalStatus, openPopup } from './harness.mjs';
import { axNodes, buttonFaces } from './axe.mjs';
import { assertEscapeCloses, assertPopupWalk, tabThroughPopup } from './keyboard.mjs';
import { COVEO, ENTRA_SAML_URL, GOTO_SP_WEBINAR, ROLLOVER, SAML_PATH, spValues } from './replica-values.mjs';

const session = extensionSession();

const focusedKind = (page) => page.evaluate(() => document.activeElement?.getAttribute('data-ssobridge') ?? null);

/**
 * Presses `key` (Tab or Shift+Tab) until ssobridge's `kind` button has the focus; then checks
 * that its face shows the focus ring.
 */
async function tabTo(page, kind, key = 'Shift+Tab', limit = 60) {
  for (let i = 0; i < limit && await focusedKind(page) !== kind; i++) await page.keyboard.press(key);
  assert.equal(await focusedKind(page), kind, `${kind} reached by ${key}`);
  const face = (await buttonFaces(page)).find((f) => f.kind === kind);
  assert.ok(face && face.outline !== 'none', `${kind} shows its focus: ${JSON.stringify(face)}`);
}

/** Whether the page's accessibility tree has a polite live region holding `text`. */
async function announced(page, text) {
  return (await axNodes(page, 'status')).some((s) => s.live === 'polite' && s.text === text);
}

test('capture, GoTo fill with the conflict confirmed, Escape declining a confirm, the Basic SAML fill: keyboard only, each status announced', async () => {
  await clearCapture(session.browser);
  const azure = await session.browser.context.newPage();
  await azure.goto(ENTRA_SAML_URL);
  await azure.waitForSelector('[data-ssobridge="capture"]');
  await tabTo(azure, 'capture');
  await azure.keyboard.press('Enter');
  const captured = await finalStatus(azure);
  assert.equal(captured.state, 'done', captured.text);
  assert.ok(await announced(azure, captured.text), 'the capture is announced');
  await azure.close();

  await choose(session.browser, 'mode', 'manual');
  const goto = await session.browser.context.newPage();
  // GoTo's tabs are GoTo's, not ssobridge's, and whether they take the keyboard is not known (the
  // reference screenshots show link-coloured labels, not their markup): the address opens the tab.
  await goto.goto('https://organization.logmeininc.com/?preset=conflict#/identity-provider');
  await goto.waitForSelector('[data-ssobridge="fill"]');
  await tabTo(goto, 'fill');
  await goto.keyboard.press('Enter');
  const conflict = await finalStatus(goto);
  assert.equal(conflict.state, 'conflict', conflict.text);
  assert.ok(await announced(goto, conflict.text), 'the conflict is announced');
  // Escape on the confirm declines it: the confirm goes and the focus is back on Fill.
  await tabTo(goto, 'confirm', 'Tab');
  // The admin reads the conflict before declining: the focus ssobridge then gives back to Fill
  // counts as the admin's, however long ago the last Tab was.
  await goto.waitForTimeout(1200);
  await goto.keyboard.press('Escape');
  await goto.waitForSelector('[data-ssobridge="confirm"]', { state: 'detached' });
  assert.equal(await focusedKind(goto), 'fill');
  assert.equal((await goto.evaluate(() => window.replicaState)).signInUrl, 'https://idp.example.org/sso/saml', 'nothing replaced');
  // Fill again from where Escape left the focus, and this time confirm, after reading it (SPEC 8:
  // a confirm pressed at once does not count).
  await goto.keyboard.press('Enter');
  const again = await finalStatus(goto, { after: '' });
  assert.equal(again.state, 'conflict', again.text);
  await tabTo(goto, 'confirm', 'Tab');
  await goto.waitForTimeout(800);
  await goto.keyboard.press('Enter');
  const filled = await finalStatus(goto, { after: again.text });
  assert.equal(filled.state, 'done', filled.text);
  assert.ok(await announced(goto, filled.text), 'the fill is announced');
  assert.equal((await goto.evaluate(() => window.replicaState)).signInUrl, ROLLOVER.signInUrl);
  // The fill focused and left each field it wrote; the admin's place is kept all the same.
  assert.equal(await focusedKind(goto), 'fill', 'the focus is back on Fill once filled');
  await goto.close();

  await choose(session.browser, 'product', 'gotowebinar');
  const pane = await session.browser.context.newPage();
  await pane.goto(`https://portal.azure.com/?l=en${SAML_PATH(COVEO.appId)}`);
  await pane.locator('section:first-of-type >> text=Edit').focus();
  await pane.keyboard.press('Enter');
  await pane.waitForSelector('[data-ssobridge="fill-sp"]');
  await tabTo(pane, 'fill-sp');
  await pane.keyboard.press('Enter');
  const sp = await finalStatus(pane);
  assert.equal(sp.state, 'done', sp.text);
  assert.ok(await announced(pane, sp.text), 'the Basic SAML fill is announced');
  assert.equal(await focusedKind(pane), 'fill-sp', 'the focus is back on the Basic SAML fill button');
  await pane.locator('#pane-save >> text=Save').focus();
  await pane.keyboard.press('Enter');
  assert.deepEqual(spValues(await pane.evaluate(() => window.replicaPaneSaved)), GOTO_SP_WEBINAR);
  await choose(session.browser, 'product', 'gotomeeting');
  await pane.close();
});

test('every control of the popup is reached by Tab in reading order, shows its focus, and Escape closes a disclosure', async () => {
  const popup = await openPopup(session.browser, { size: POPUP_SIZE });
  await popup.waitForFunction(() => document.querySelector('[data-field="thumbprintSha1"]').value !== '');
  assertPopupWalk(await tabThroughPopup(popup));
  await assertEscapeCloses(popup);
  await popup.close();
});
