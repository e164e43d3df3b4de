// The organisation's policy in real Firefox: a policies.json with `3rdparty.Extensions.<gecko
// id>`, read by a Firefox of the test's own (its install folder mirrored with a distribution/
// of its own, harness-firefox.mjs firefoxWithPolicies), so no other Firefox on the machine sees
// it. Firefox does not check managed values against schema.json as Chromium does: here the core's
// own validation shows (a misspelt product is ignored and named; the admin keeps that choice).
import assert from 'node:assert/strict';
import { after, afterEach, before, test } from 'node:test';
import { ENTRA_SAML_URL, GOTO_URL, ROLLOVER } from '../e2e/replica-values.mjs';
import { assertNoErrors, choose, finalStatus, launch, openPage, openPopup, press, startServer } from './harness-firefox.mjs';

const GECKO_ID = 'ssobridge@ssobridge.dev';
const MANAGED = { mode: 'metadata-file', product: 'gotomeating', signinCheck: false };

let server;
let ff;

before(async () => {
  server = await startServer({ metadata: { [ROLLOVER.appId]: ROLLOVER.fixture } });
  ff = await launch(server.port, { policies: { '3rdparty': { Extensions: { [GECKO_ID]: MANAGED } } } });
});

afterEach(() => assertNoErrors(ff));

after(async () => {
  await ff?.close();
  await server?.close();
  if (ff) assertNoErrors(ff);
});

test('the popup shows the managed mode locked, names the value it ignored, and has no sign-in check', async () => {
  const popup = await openPopup(ff);
  await popup.waitForFunction(() => document.querySelector('[data-ssobridge="mode"]').disabled, { timeout: 5_000 });
  const shown = await popup.evaluate(() => {
    const select = (kind) => document.querySelector(`[data-ssobridge="${kind}"]`);
    const note = (kind) => document.querySelector(`[data-policy="${kind}"]`);
    const check = document.querySelector('[data-ssobridge="signin-check"]');
    return {
      mode: [select('mode').value, select('mode').disabled, note('mode').hidden, note('mode').textContent],
      product: [select('product').value, select('product').disabled, note('product').hidden],
      ignored: [...document.querySelectorAll('#policy-ignored li')].map((li) => li.textContent),
      check: [check.hidden, check.disabled],
      off: document.querySelector('#signin-off').textContent,
    };
  });
  assert.deepEqual(shown.mode, ['metadata-file', true, false, 'Set by your organisation']);
  assert.deepEqual(shown.product, ['gotomeeting', false, true], 'an invalid managed product locks nothing');
  assert.deepEqual(shown.ignored, ['Your organisation\'s policy sets product to "gotomeating", which ssobridge does not understand; it is ignored.']);
  assert.deepEqual(shown.check, [true, true]);
  assert.equal(shown.off, 'Your organisation has turned off the sign-in check.');
  await popup.close();
});

test('the admin still chooses what the policy does not set; locked requests are refused', async () => {
  await choose(ff, 'product', 'gototraining');
  const popup = await openPopup(ff);
  const replies = await popup.evaluate(async () => ({
    mode: await browser.runtime.sendMessage({ type: 'set-mode', mode: 'manual' }),
    check: await browser.runtime.sendMessage({ type: 'start-signin-check' }),
  }));
  assert.equal(replies.mode.notice.code, 'policy-locked');
  assert.equal(replies.mode.mode, 'metadata-file');
  assert.equal(replies.mode.product, 'gototraining');
  assert.equal(replies.check.notice.code, 'signin-check-off');
  assert.equal(replies.check.signin.state, 'idle');
  await popup.close();
});

test('Fill from Azure AD uses the managed mode (Upload metadata file)', async () => {
  const azure = await openPage(ff, ENTRA_SAML_URL);
  await press(azure, 'capture');
  assert.equal((await finalStatus(azure)).state, 'done');
  await azure.close();
  const page = await openPage(ff, GOTO_URL);
  const tab = await page.waitForSelector('a[role="tab"]::-p-text(Identity provider)');
  await tab.click();
  await press(page, 'fill');
  const status = await finalStatus(page);
  assert.equal(status.state, 'done', status.text);
  await page.click('#save');
  const sent = await page.evaluate(() => window.replicaSubmitted);
  assert.equal(sent.mode, 'upload');
  assert.match(sent.metadataXml, /^<\?xml|^<md:EntityDescriptor|^<EntityDescriptor/);
  await page.close();
});
