// Pages built from web components, in real Firefox with the build installed unmodified: the
// capture on Azure's copy fields in closed shadow roots, and GoTo's Identity provider tab in
// closed roots (opened through Firefox's content-script `openOrClosedShadowRoot`) and open
// ones, every mode. Mirrors tests/e2e/components.test.mjs.
import assert from 'node:assert/strict';
import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, afterEach, before, test } from 'node:test';
import { ENTRA_SAML_URL, ROLLOVER } from '../e2e/replica-values.mjs';
import { ROOT, assertNoErrors, choose, finalStatus, launch, openPage, press, startServer } from './harness-firefox.mjs';

const METADATA_XML = readFileSync(join(ROOT, 'tests/fixtures', ROLLOVER.fixture), 'utf8').replace(/^\uFEFF/, '');

let server;
let ff;

before(async () => {
  server = await startServer({ metadata: { [ROLLOVER.appId]: ROLLOVER.fixture } });
  ff = await launch(server.port);
  // Azure's copy fields as web components in closed roots: the capture every fill uses.
  const azure = await openPage(ff, ENTRA_SAML_URL.replace('/#', '/?components=closed#'));
  await press(azure, 'capture');
  const status = await finalStatus(azure);
  assert.equal(status.state, 'done', status.text);
  await azure.close();
});

afterEach(() => assertNoErrors(ff));

after(async () => {
  await ff?.close();
  await server?.close();
  if (ff) assertNoErrors(ff);
});

async function fill(query) {
  const page = await openPage(ff, `https://organization.logmeininc.com/components.html?${query}`);
  const tab = await page.waitForSelector('a[role="tab"]::-p-text(Identity provider)');
  await tab.click();
  await press(page, 'fill');
  const status = await finalStatus(page);
  const held = await page.evaluate(() => window.replicaState);
  await page.close();
  return { status, held };
}

for (const roots of ['closed', 'open']) {
  test(`${roots} shadow roots, Manual: the mode chosen in the component's listbox, all six values`, async () => {
    await choose(ff, 'mode', 'manual');
    const { status, held } = await fill(`roots=${roots}`);
    assert.equal(status.state, 'done', status.text);
    assert.equal(held.mode, 'manual');
    assert.equal(held.signInUrl, ROLLOVER.signInUrl);
    assert.equal(held.signInBinding, 'REDIRECT');
    assert.equal(held.signOutUrl, ROLLOVER.signInUrl);
    assert.equal(held.signOutBinding, 'REDIRECT');
    assert.equal(held.entityId, ROLLOVER.entityId);
    assert.equal(new X509Certificate(held.certificate).fingerprint.replaceAll(':', ''), ROLLOVER.activeThumbprint);
  });
}

test('closed shadow roots with a native select inside, Automatic then Upload metadata file', async () => {
  await choose(ff, 'mode', 'automatic');
  let { status, held } = await fill('roots=closed&select=native');
  assert.equal(status.state, 'done', status.text);
  assert.equal(held.metadataUrl, ROLLOVER.metadataUrl);
  await choose(ff, 'mode', 'metadata-file');
  ({ status, held } = await fill('roots=closed&select=native'));
  assert.equal(status.state, 'done', status.text);
  assert.equal(held.metadataXml, METADATA_XML);
});

// The saved configuration arriving late, as a component's properties (no attribute, no node of
// its own; only a spinner's removal shows): the drift line still comes. Mirrors the Chromium test.
test('closed roots whose saved configuration loads late, as properties: the drift line once it arrives', async () => {
  const page = await openPage(ff, 'https://organization.logmeininc.com/components.html?roots=closed&preset=late');
  try {
    const tab = await page.waitForSelector('a[role="tab"]::-p-text(Identity provider)');
    await tab.click();
    await page.waitForFunction(() => window.replicaState?.metadataUrl !== '', { timeout: 5_000, polling: 50 });
    const drift = await page.waitForSelector('[data-ssobridge="drift"][data-state="differs"]', { timeout: 5_000 });
    const fields = await drift.$$eval('[data-field]', (rows) => rows.map((row) => row.getAttribute('data-field')));
    assert.ok(fields.includes('metadataUrl'), `the differences name the metadata URL: ${fields}`);
  } finally {
    await page.close();
  }
});

// The Chromium suite's twin (tests/e2e/components.test.mjs says why): roots forgotten once their
// host left the page; the same form put back is watched again and fills.
test('closed roots: a form taken out while the admin goes back and forth between the tabs, then put back, still gets its button and fills', async () => {
  await choose(ff, 'mode', 'manual');
  const page = await openPage(ff, 'https://organization.logmeininc.com/components.html?roots=closed');
  try {
    const tab = (name) => page.waitForSelector(`a[role="tab"]::-p-text(${name})`).then((el) => el.click());
    const buttonGone = () => page.waitForFunction(() => document.querySelector('[data-ssobridge="fill"]') === null, { timeout: 10_000, polling: 50 });
    await tab('Identity provider');
    await page.waitForSelector('[data-ssobridge="fill"]', { timeout: 10_000 });
    await page.evaluate(() => {
      window.keptForm = document.querySelector('goto-identity-provider');
      window.keptForm.remove();
    });
    for (let i = 0; i < 8; i++) {
      await tab('Email domains');
      await buttonGone();
      await tab('Identity provider');
      await page.waitForSelector('[data-ssobridge="fill"]', { timeout: 10_000 });
    }
    await tab('Email domains');
    await buttonGone();
    await page.evaluate(() => document.querySelector('.card').replaceChildren(window.keptForm));
    await press(page, 'fill');
    const status = await finalStatus(page);
    assert.equal(status.state, 'done', status.text);
    const held = await page.evaluate(() => window.keptForm.model);
    assert.equal(held.signInUrl, ROLLOVER.signInUrl);
    assert.equal(held.entityId, ROLLOVER.entityId);
    assert.equal(new X509Certificate(held.certificate).fingerprint.replaceAll(':', ''), ROLLOVER.activeThumbprint);
  } finally {
    await page.close();
  }
});
