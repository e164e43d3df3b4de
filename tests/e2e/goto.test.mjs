// GoTo's Identity provider form through the built extension: every mode on every replica shape
// (React in English, German, French and Spanish, the Citrix-era plain-DOM page with an ARIA listbox), conflicts
// that wait for confirmation, and the drift check. Assertions read what the page's Save submits.
import assert from 'node:assert/strict';
import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, afterEach, before, describe, test } from 'node:test';
import { ROOT, assertNoErrors, captureOn, choose, finalStatus, launch, openPopup, startServer } from './harness.mjs';
import { ENTRA_SAML_URL, ROLLOVER } from './replica-values.mjs';

const METADATA_XML = readFileSync(join(ROOT, 'tests/fixtures', ROLLOVER.fixture), 'utf8').replace(/^\uFEFF/, '');
const REPLICAS = [
  { name: 'React, English', url: 'https://organization.logmeininc.com/', tab: 'Identity provider', modes: { manual: 'manual', automatic: 'automatic', 'metadata-file': 'upload' } },
  { name: 'React, German', url: 'https://organization.logmeininc.com/?lang=de', tab: 'Identitätsanbieter', modes: { manual: 'manual', automatic: 'automatic', 'metadata-file': 'upload' } },
  { name: 'React, French', url: 'https://organization.logmeininc.com/?lang=fr', tab: 'Fournisseur d’identité', modes: { manual: 'manual', automatic: 'automatic', 'metadata-file': 'upload' } },
  { name: 'React, Spanish', url: 'https://organization.logmeininc.com/?lang=es', tab: 'Proveedor de identidad', modes: { manual: 'manual', automatic: 'automatic', 'metadata-file': 'upload' } },
  { name: 'Citrix era, plain DOM, ARIA listbox', url: 'https://account.citrixonline.com/organization/administration/', modes: { manual: 'Manual', automatic: 'Automatic', 'metadata-file': 'Upload SAML metadata file' } },
];

let server;
let browser;

before(async () => {
  server = await startServer({ metadata: { [ROLLOVER.appId]: ROLLOVER.fixture } });
  browser = await launch(server.port);
  const azure = await browser.context.newPage();
  await azure.goto(ENTRA_SAML_URL);
  const status = await captureOn(azure);
  assert.equal(status.state, 'done', status.text);
  await azure.close();
});

afterEach(() => assertNoErrors(browser));

after(async () => {
  await browser?.close();
  await server?.close();
});

async function openForm(replica) {
  const page = await browser.context.newPage();
  await page.goto(replica.url);
  if (replica.tab) await page.click(`text=${replica.tab}`);
  await page.waitForSelector('[data-ssobridge="fill"]');
  return page;
}

async function submitted(page) {
  await page.click('text=/^(Save|Speichern|Enregistrer|Guardar)$/');
  return page.evaluate(() => window.replicaSubmitted);
}

function assertPem(pem) {
  assert.match(pem, /^-----BEGIN CERTIFICATE-----\n([A-Za-z0-9+/=]{1,64}\n)+-----END CERTIFICATE-----\n$/);
  assert.equal(new X509Certificate(pem).fingerprint.replaceAll(':', ''), ROLLOVER.activeThumbprint);
}

for (const replica of REPLICAS) {
  describe(replica.name, () => {
    test('Manual: switches the mode, waits for the fields, fills all six', async () => {
      await choose(browser, 'mode', 'manual');
      const page = await openForm(replica);
      await page.click('[data-ssobridge="fill"]');
      const status = await finalStatus(page);
      assert.equal(status.state, 'done', status.text);
      const sent = await submitted(page);
      assert.equal(sent.mode, replica.modes.manual);
      assert.equal(sent.signInUrl, ROLLOVER.signInUrl);
      assert.equal(sent.signInBinding, 'REDIRECT');
      assert.equal(sent.signOutUrl, ROLLOVER.signInUrl);
      assert.equal(sent.signOutBinding, 'REDIRECT');
      assert.equal(sent.entityId, ROLLOVER.entityId);
      assertPem(sent.certificate);
      await page.close();
    });

    test('Automatic: the metadata URL', async () => {
      await choose(browser, 'mode', 'automatic');
      const page = await openForm(replica);
      await page.click('[data-ssobridge="fill"]');
      const status = await finalStatus(page);
      assert.equal(status.state, 'done', status.text);
      assert.deepEqual(await submitted(page), { mode: replica.modes.automatic, metadataUrl: ROLLOVER.metadataUrl });
      await page.close();
    });

    test('Upload metadata file: the metadata XML without byte-order mark', async () => {
      await choose(browser, 'mode', 'metadata-file');
      const page = await openForm(replica);
      await page.click('[data-ssobridge="fill"]');
      const status = await finalStatus(page);
      assert.equal(status.state, 'done', status.text);
      const sent = await submitted(page);
      assert.equal(sent.mode, replica.modes['metadata-file']);
      assert.equal(sent.metadataXml.charCodeAt(0), '<'.charCodeAt(0));
      assert.equal(sent.metadataXml, METADATA_XML);
      await page.close();
    });
  });
}

describe('a form that already holds values', () => {
  test('different values are not overwritten until the admin confirms', async () => {
    await choose(browser, 'mode', 'manual');
    const page = await openForm({ ...REPLICAS[0], url: 'https://organization.logmeininc.com/?preset=conflict' });
    await page.click('[data-ssobridge="fill"]');
    const status = await finalStatus(page);
    assert.equal(status.state, 'conflict', status.text);
    for (const title of ['Sign-in page url', 'Identity Provider Entity ID', 'Verification certificate']) assert.match(status.text, new RegExp(title));
    const held = await page.evaluate(() => window.replicaState);
    assert.equal(held.signInUrl, 'https://idp.example.org/sso/saml', 'nothing overwritten before confirmation');
    assert.equal(held.entityId, 'https://idp.example.org/metadata');

    // A person reads the conflict first: a confirm clicked the instant it appears does not count.
    await page.waitForTimeout(800);
    await page.click('[data-ssobridge="confirm"]');
    const confirmed = await finalStatus(page, { after: status.text });
    assert.equal(confirmed.state, 'done', confirmed.text);
    const sent = await submitted(page);
    assert.equal(sent.signInUrl, ROLLOVER.signInUrl);
    assert.equal(sent.entityId, ROLLOVER.entityId);
    assert.equal(sent.signInBinding, 'REDIRECT');
    assertPem(sent.certificate);
    await page.close();
  });

  test('drift: GoTo still holds the certificate Azure rolled over from', async () => {
    const page = await browser.context.newPage();
    await page.goto('https://organization.logmeininc.com/?preset=drift#/identity-provider');
    const drift = await page.waitForSelector('[data-ssobridge="drift"][data-state="differs"]');
    const fields = await drift.$$eval('[data-field]', (rows) => rows.map((r) => r.getAttribute('data-field')).sort());
    assert.deepEqual(fields, ['notAfter', 'thumbprintSha1']);
    const said = await drift.textContent();
    assert.match(said, /Thumbprint \(SHA-1\)/);
    // Only field names reach the page's DOM, never Azure's values (SPEC 8).
    assert.doesNotMatch(said, new RegExp(ROLLOVER.activeThumbprint));
    assert.doesNotMatch(said, new RegExp(ROLLOVER.tenant));

    await page.click('[data-ssobridge="fill"]');
    const status = await finalStatus(page);
    assert.equal(status.state, 'conflict');
    assert.match(status.text, /Verification certificate/);
    // A person reads the conflict first: a confirm clicked the instant it appears does not count.
    await page.waitForTimeout(800);
    await page.click('[data-ssobridge="confirm"]');
    assert.equal((await finalStatus(page, { after: status.text })).state, 'done');
    // The form now holds unsaved values: no claim about what GoTo has saved.
    await page.waitForSelector('[data-ssobridge="drift"]', { state: 'detached' });
    await page.close();
  });
});

test('fill before any capture says what to do and changes nothing', async () => {
  const popup = await openPopup(browser);
  const saved = await popup.evaluate(async () => (await chrome.storage.session.get('state')).state);
  await popup.click('[data-ssobridge="clear"]');
  const page = await openForm(REPLICAS[0]);
  await page.click('[data-ssobridge="fill"]');
  const status = await finalStatus(page);
  assert.equal(status.state, 'error');
  assert.match(status.text, /Send to GoTo/);
  assert.equal((await page.evaluate(() => window.replicaState)).signInUrl, '');
  await popup.evaluate(async (state) => chrome.storage.session.set({ state }), saved);
  await popup.close();
  await page.close();
});


test('without text areas, the certificate and the metadata go in as files', async () => {
  const url = 'https://organization.logmeininc.com/?variant=upload-only';
  await choose(browser, 'mode', 'manual');
  let page = await openForm({ ...REPLICAS[0], url });
  await page.click('[data-ssobridge="fill"]');
  let status = await finalStatus(page);
  assert.equal(status.state, 'done', status.text);
  let sent = await submitted(page);
  assertPem(sent.certificate);
  assert.equal(sent.entityId, ROLLOVER.entityId);
  await page.close();

  await choose(browser, 'mode', 'metadata-file');
  page = await openForm({ ...REPLICAS[0], url });
  await page.click('[data-ssobridge="fill"]');
  status = await finalStatus(page);
  assert.equal(status.state, 'done', status.text);
  sent = await submitted(page);
  assert.equal(sent.metadataXml, METADATA_XML);
  await page.close();
});

for (const [preset, how] of [['locked', 'at once'], ['late', '40 ms after taking it']]) test(`a value the page reverts (${how}) is reported as refused, with a copy button for it`, async () => {
  await choose(browser, 'mode', 'manual');
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://organization.logmeininc.com' });
  const page = await openForm({ ...REPLICAS[0], url: `https://organization.logmeininc.com/?preset=${preset}` });
  await page.click('[data-ssobridge="fill"]');
  const status = await finalStatus(page);
  assert.equal(status.state, 'error');
  assert.match(status.text, /Identity Provider Entity ID/);
  const state = await page.evaluate(() => window.replicaState);
  assert.equal(state.entityId, '');
  assert.equal(state.signInUrl, ROLLOVER.signInUrl, 'the other fields are filled');
  await page.click('[data-ssobridge="copy"][data-field="entityId"]');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), ROLLOVER.entityId);
  const popup = await openPopup(browser);
  assert.equal(await popup.getAttribute('#last-fill [data-field="entityId"]', 'data-outcome'), 'refused');
  assert.equal(await popup.getAttribute('#last-fill [data-field="signInUrl"]', 'data-outcome'), 'filled');
  await popup.close();
  await page.close();
});

