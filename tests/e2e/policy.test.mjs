// The organisation's policy in real Chromium: a managed policy file in Chromium's own policy
// folder (/etc/chromium/policies/managed/, read at start) sets the fill mode and the GoTo product
// and turns the sign-in check off for ssobridge; the extension reads it through
// storage.managed, unstubbed. The file names only a copy of the build with an id of its own and
// is removed afterwards (tests/e2e/harness.mjs chromiumPolicy), so the other tests, here and in
// other runs on the machine, never see it. Skipped where the policy folder cannot be written.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, afterEach, before, test } from 'node:test';
import { assertNoErrors, captureOn, CHROMIUM_POLICY_DIR, chromiumPolicy, finalStatus, launch, openPopup, startServer } from './harness.mjs';
import { COVEO, ENTRA_SAML_URL, GOTO_URL, ROLLOVER, SAML_PATH } from './replica-values.mjs';

const MANAGED = { mode: 'automatic', product: 'gotowebinar', signinCheck: false };
const policy = chromiumPolicy(MANAGED);
const skip = policy ? false : 'the Chromium policy folder cannot be written here (needs root)';

let server;
let browser;

before(async () => {
  if (!policy) return;
  server = await startServer({ metadata: { [ROLLOVER.appId]: ROLLOVER.fixture } });
  browser = await launch(server.port, { extensionPath: policy.extensionPath });
  assert.equal(browser.extensionId, policy.extensionId, 'the policy names the extension Chromium loaded');
});

afterEach(() => browser && assertNoErrors(browser));

after(async () => {
  await browser?.close();
  await server?.close();
  policy?.remove();
});

test('the popup shows the managed choices locked, says who set them, and has no sign-in check', { skip }, async () => {
  const popup = await openPopup(browser);
  const shown = await popup.evaluate(() => {
    const select = (kind) => document.querySelector(`[data-ssobridge="${kind}"]`);
    const note = (kind) => document.querySelector(`[data-policy="${kind}"]`);
    const check = document.querySelector('[data-ssobridge="signin-check"]');
    return {
      mode: [select('mode').value, select('mode').disabled, note('mode').hidden, note('mode').textContent],
      product: [select('product').value, select('product').disabled, note('product').hidden],
      check: [check.hidden, check.disabled, check.checkVisibility()],
      off: document.querySelector('#signin-off').textContent,
    };
  });
  assert.deepEqual(shown.mode, ['automatic', true, false, 'Set by your organisation']);
  assert.deepEqual(shown.product, ['gotowebinar', true, false]);
  assert.deepEqual(shown.check, [true, true, false]);
  assert.equal(shown.off, 'Your organisation has turned off the sign-in check.');
  await popup.close();
});

test('a popup that asks anyway is refused with a sentence, and nothing is stored', { skip }, async () => {
  const popup = await openPopup(browser);
  const replies = await popup.evaluate(async () => {
    const ask = (message) => chrome.runtime.sendMessage(message);
    return {
      mode: await ask({ type: 'set-mode', mode: 'manual' }),
      product: await ask({ type: 'set-product', product: 'gotoassist' }),
      check: await ask({ type: 'start-signin-check' }),
      state: (await chrome.storage.session.get('state')).state ?? null,
    };
  });
  assert.equal(replies.mode.notice.code, 'policy-locked');
  assert.equal(replies.mode.notice.text, 'Mode is set by your organisation and cannot be changed here.');
  assert.equal(replies.mode.mode, 'automatic');
  assert.equal(replies.product.notice.code, 'policy-locked');
  assert.equal(replies.check.notice.code, 'signin-check-off');
  assert.equal(replies.check.signin.state, 'idle');
  assert.notEqual(replies.state?.options?.mode, 'manual');
  assert.notEqual(replies.state?.options?.product, 'gotoassist');
  assert.equal(replies.state?.signin?.watchUntil ?? null, null);
  await popup.close();
});

test('Fill from Azure AD uses the managed mode (Automatic: the metadata URL)', { skip }, async () => {
  const azure = await browser.context.newPage();
  await azure.goto(ENTRA_SAML_URL);
  assert.equal((await captureOn(azure)).state, 'done');
  await azure.close();
  const page = await browser.context.newPage();
  await page.goto(GOTO_URL);
  await page.click('text=Identity provider');
  await page.click('[data-ssobridge="fill"]');
  const status = await finalStatus(page);
  assert.equal(status.state, 'done', status.text);
  await page.click('text=/^Save$/');
  assert.deepEqual(await page.evaluate(() => window.replicaSubmitted), { mode: 'automatic', metadataUrl: ROLLOVER.metadataUrl });
  await page.close();
});

test('Fill GoTo values types the managed product\'s Relay State', { skip }, async () => {
  const page = await browser.context.newPage();
  await page.goto(`https://portal.azure.com/?l=en${SAML_PATH(COVEO.appId)}`);
  await page.click('section:first-of-type >> text=Edit');
  await page.click('[data-ssobridge="fill-sp"]');
  const status = await finalStatus(page);
  assert.equal(status.state, 'done', status.text);
  await page.click('#pane-save >> text=Save');
  const saved = await page.evaluate(() => window.replicaPaneSaved);
  assert.equal(saved.relayState, 'https://global.gotowebinar.com');
  await page.close();
});

test('the policy file is gone once the browser is done with it', { skip }, async () => {
  await browser.close();
  policy.remove();
  browser = null;
  assert.equal(existsSync(`${CHROMIUM_POLICY_DIR}/ssobridge-test-${policy.extensionId}.json`), false);
});
