// The main job end to end through the built, unmodified extension: capture on today's Entra
// SAML page, fill GoTo's Manual form (React, controlled inputs). Verified to fail when one field
// mapping is broken (see the foundation issue's closing note).
import assert from 'node:assert/strict';
import { X509Certificate } from 'node:crypto';
import { after, afterEach, before, test } from 'node:test';
import { assertNoErrors, finalStatus, launch, openPopup, popupValue, startServer } from './harness.mjs';
import { ENTRA_SAML_URL, GOTO_URL, ROLLOVER } from './replica-values.mjs';

let server;
let browser;

before(async () => {
  server = await startServer({ metadata: { [ROLLOVER.appId]: ROLLOVER.fixture } });
  browser = await launch(server.port);
});

afterEach(() => assertNoErrors(browser));

after(async () => {
  await browser?.close();
  await server?.close();
});

test('capture on the Entra SAML page stores the metadata-checked settings', async () => {
  const page = await browser.context.newPage();
  await page.goto(ENTRA_SAML_URL);
  await page.click('[data-ssobridge="capture"]');
  const status = await finalStatus(page);
  assert.equal(status.state, 'done', status.text);
  assert.match(status.text, /815D70419E644F95BE30F309616EBDA58C5B591B/);
  assert.ok(server.requests.some((r) => r.startsWith(`login.microsoftonline.com/${ROLLOVER.tenant}/federationmetadata`)), 'the worker fetched the metadata URL');

  const popup = await openPopup(browser);
  assert.equal(await popupValue(popup, 'signInUrl'), ROLLOVER.signInUrl);
  assert.equal(await popupValue(popup, 'signOutUrl'), ROLLOVER.signInUrl);
  assert.equal(await popupValue(popup, 'entityId'), ROLLOVER.entityId);
  assert.equal(await popupValue(popup, 'metadataUrl'), ROLLOVER.metadataUrl);
  assert.equal(await popupValue(popup, 'thumbprintSha1'), ROLLOVER.activeThumbprint);
  assert.equal(await popupValue(popup, 'notAfter'), ROLLOVER.activeNotAfter);
  await popup.close();
  await page.close();
});

test('fill on GoTo puts every Manual value into the React state, and Save submits them', async () => {
  const page = await browser.context.newPage();
  await page.goto(GOTO_URL);
  await page.click('text=Identity provider'); // single-page navigation to the tab
  await page.click('[data-ssobridge="fill"]');
  const status = await finalStatus(page);
  assert.equal(status.state, 'done', status.text);
  assert.match(status.text, /Filled 6 field\(s\); 0 already correct/);

  const state = await page.evaluate(() => window.replicaState);
  assert.equal(state.mode, 'manual');
  assert.equal(state.signInUrl, ROLLOVER.signInUrl);
  assert.equal(state.signInBinding, 'REDIRECT');
  assert.equal(state.signOutUrl, ROLLOVER.signInUrl);
  assert.equal(state.signOutBinding, 'REDIRECT');
  assert.equal(state.entityId, ROLLOVER.entityId);
  // The certificate is checked with Node's own X.509 parser, not ssobridge's.
  const pem = state.certificate;
  assert.match(pem, /^-----BEGIN CERTIFICATE-----\n([A-Za-z0-9+/=]{1,64}\n)+-----END CERTIFICATE-----\n$/);
  const cert = new X509Certificate(pem);
  assert.equal(cert.fingerprint.replaceAll(':', ''), ROLLOVER.activeThumbprint);
  assert.equal(new Date(cert.validTo).toISOString().replace('.000', ''), ROLLOVER.activeNotAfter);
  assert.equal(await page.locator('.error').count(), 0, 'the page shows no validation error');

  await page.click('#save');
  const submitted = await page.evaluate(() => window.replicaSubmitted);
  assert.deepEqual(submitted, {
    mode: 'manual', signInUrl: ROLLOVER.signInUrl, signInBinding: 'REDIRECT', signOutUrl: ROLLOVER.signInUrl,
    signOutBinding: 'REDIRECT', entityId: ROLLOVER.entityId, certificate: pem,
  });
  await page.close();
});

