// The main job in real Firefox, the build installed unmodified (dist/firefox/, or the copy named
// by SSOBRIDGE_FIREFOX_EXTENSION): capture on today's Entra SAML page, see the values in the
// popup, fill GoTo's Manual form (React, controlled inputs). Mirrors tests/e2e/slice.test.mjs.
import assert from 'node:assert/strict';
import { X509Certificate } from 'node:crypto';
import { after, afterEach, before, test } from 'node:test';
import { ENTRA_SAML_URL, GOTO_URL, ROLLOVER } from '../e2e/replica-values.mjs';
import { assertNoErrors, finalStatus, launch, openPage, openPopup, popupValue, press, startServer } from './harness-firefox.mjs';

let server;
let ff;

before(async () => {
  server = await startServer({ metadata: { [ROLLOVER.appId]: ROLLOVER.fixture } });
  ff = await launch(server.port);
});

// Each test answers for what Firefox printed while it ran; what arrives only as Firefox exits
// fails the file.
afterEach(() => assertNoErrors(ff));

after(async () => {
  await ff?.close();
  await server?.close();
  if (ff) assertNoErrors(ff);
});

test('capture on the Entra SAML page: the popup shows the metadata-checked settings', async () => {
  const page = await openPage(ff, ENTRA_SAML_URL);
  await press(page, 'capture');
  const status = await finalStatus(page);
  assert.equal(status.state, 'done', status.text);
  assert.match(status.text, /815D70419E644F95BE30F309616EBDA58C5B591B/);
  assert.ok(server.requests.some((r) => r.startsWith(`login.microsoftonline.com/${ROLLOVER.tenant}/federationmetadata`)), 'the background fetched the metadata URL');

  const popup = await openPopup(ff);
  assert.equal(await popupValue(popup, 'entityId'), ROLLOVER.entityId, 'the popup shows the captured entity ID');
  assert.equal(await popupValue(popup, 'signInUrl'), ROLLOVER.signInUrl);
  assert.equal(await popupValue(popup, 'signOutUrl'), ROLLOVER.signInUrl);
  assert.equal(await popupValue(popup, 'metadataUrl'), ROLLOVER.metadataUrl);
  assert.equal(await popupValue(popup, 'thumbprintSha1'), ROLLOVER.activeThumbprint);
  assert.equal(await popupValue(popup, 'notAfter'), ROLLOVER.activeNotAfter);
  await popup.close();
  await page.close();
});

test('fill on GoTo puts every Manual value into the React state, and Save submits them', async () => {
  const page = await openPage(ff, GOTO_URL);
  const tab = await page.waitForSelector('a[role="tab"]::-p-text(Identity provider)');
  await tab.click(); // single-page navigation to the tab
  await press(page, 'fill');
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
  assert.equal(await page.$$eval('.error', (els) => els.length), 0, 'the page shows no validation error');

  await page.click('#save');
  const submitted = await page.evaluate(() => window.replicaSubmitted);
  assert.deepEqual(submitted, {
    mode: 'manual', signInUrl: ROLLOVER.signInUrl, signInBinding: 'REDIRECT', signOutUrl: ROLLOVER.signInUrl,
    signOutBinding: 'REDIRECT', entityId: ROLLOVER.entityId, certificate: pem,
  });
  await page.close();
});
