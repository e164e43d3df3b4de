// What ssobridge captures is the app's own, and it never calls a dead certificate "done"
// (SPEC 4.2, 4.3, 4.6): another tenant's values typed into Basic SAML Configuration and a claim,
// a certificate list whose expired row comes first, an expired active certificate. Each test
// was run against the build before the trust issue and failed there (see the closing note).
import assert from 'node:assert/strict';
import { X509Certificate } from 'node:crypto';
import { test } from 'node:test';
import { captureAt, clearCapture, extensionSession, finalStatus, openPopup, popupValue } from './harness.mjs';
import { COVEO, ROLLOVER, SAML_PATH } from './replica-values.mjs';

const ENTRA = (query) => `https://entra.microsoft.com/?${query}${SAML_PATH(ROLLOVER.appId)}`;

// The other tenant's metadata is served too: a capture that followed the planted URL would get
// a well-formed answer, so only reading the right section keeps it out.
const session = extensionSession();

function assertActivePem(pem) {
  assert.match(pem, /^-----BEGIN CERTIFICATE-----\n([A-Za-z0-9+/=]{1,64}\n)+-----END CERTIFICATE-----\n$/);
  assert.equal(new X509Certificate(pem).fingerprint.replaceAll(':', ''), ROLLOVER.activeThumbprint);
}

test("another tenant's values typed into Basic SAML Configuration and a claim never reach GoTo", async () => {
  await clearCapture(session.browser);
  const { page: azure, status } = await captureAt(session.browser, ENTRA('plant=all'));
  assert.equal(status.state, 'done', status.text);
  await azure.close();

  const goto = await session.browser.context.newPage();
  await goto.goto('https://organization.logmeininc.com/');
  await goto.click('text=Identity provider');
  await goto.click('[data-ssobridge="fill"]');
  assert.equal((await finalStatus(goto)).state, 'done');
  await goto.click('#save');
  const sent = await goto.evaluate(() => window.replicaSubmitted);
  assert.equal(sent.signInUrl, ROLLOVER.signInUrl);
  assert.equal(sent.signOutUrl, ROLLOVER.signInUrl);
  assert.equal(sent.entityId, ROLLOVER.entityId);
  assertActivePem(sent.certificate);
  assert.ok(!session.server.requests.some((r) => r.includes(COVEO.tenant)), 'the planted metadata URL was never fetched');
  await goto.close();
});

test('a planted Relay State alone changes nothing: the capture is the app\'s own and done', async () => {
  await clearCapture(session.browser);
  const { page: azure, status } = await captureAt(session.browser, ENTRA('plant=relay'));
  assert.equal(status.state, 'done', status.text);
  const popup = await openPopup(session.browser);
  assert.equal(await popupValue(popup, 'metadataUrl'), ROLLOVER.metadataUrl);
  assert.equal(await popupValue(popup, 'entityId'), ROLLOVER.entityId);
  await popup.close();
  await azure.close();
});

test('after a rollover the Active row decides: the Citrix-era GoTo form gets the active certificate', async () => {
  await clearCapture(session.browser);
  const { page: azure, status } = await captureAt(session.browser, ENTRA('grid=1'));
  assert.equal(status.state, 'done', status.text);
  assert.match(status.text, new RegExp(ROLLOVER.activeThumbprint));
  await azure.close();

  const goto = await session.browser.context.newPage();
  await goto.goto('https://account.citrixonline.com/organization/administration/');
  await goto.click('[data-ssobridge="fill"]');
  const filled = await finalStatus(goto);
  assert.equal(filled.state, 'done', filled.text);
  await goto.click('text=/^Save$/');
  const sent = await goto.evaluate(() => window.replicaSubmitted);
  assert.equal(sent.entityId, ROLLOVER.entityId);
  assertActivePem(sent.certificate);
  await goto.close();
});

test('an expired active certificate is an error with its date and what to do, and nothing is stored', async () => {
  await clearCapture(session.browser);
  const { page: azure, status } = await captureAt(session.browser, `https://portal.azure.com/?l=en${SAML_PATH(COVEO.appId)}`);
  assert.equal(status.state, 'error', status.text);
  assert.match(status.text, /expired on 2022-10-23T09:45:10Z/);
  assert.match(status.text, /create a new certificate/);
  const popup = await openPopup(session.browser);
  assert.equal(await popupValue(popup, 'entityId'), '', 'nothing stored');
  await popup.close();

  const goto = await session.browser.context.newPage();
  await goto.goto('https://organization.logmeininc.com/');
  await goto.click('text=Identity provider');
  await goto.click('[data-ssobridge="fill"]');
  const refused = await finalStatus(goto);
  assert.equal(refused.state, 'error');
  assert.match(refused.text, /Nothing has been captured yet/);
  await goto.close();
  await azure.close();
});

