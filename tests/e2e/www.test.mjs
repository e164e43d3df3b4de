// The standalone www page, served from dist/www by a plain static server: a dropped file, a
// pasted PEM, and bad input that leaves a clear error and no stale values.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright-core';
import { ROOT, serveFiles, within } from './harness.mjs';

const WWW = join(ROOT, 'dist/www');
let server;
let browser;
let base;

before(async () => {
  server = await serveFiles((path) => within(WWW, path));
  base = `${server.base}/`;
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function openPage() {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (err) => errors.push(err.message));
  await page.goto(base);
  await page.waitForFunction(() => document.querySelector('[data-ssobridge="file"]'));
  return { page, errors };
}

const field = (page, name) => page.textContent(`[data-ssobridge="settings"] [data-field="${name}"]`);

test('a metadata file chosen in the file input shows the values and the active certificate', async () => {
  const { page, errors } = await openPage();
  await page.setInputFiles('[data-ssobridge="file"]', join(ROOT, 'tests/fixtures/metadata/ggtristams-samlsso_federationmetadata.xml'));
  await page.waitForFunction(() => document.querySelector('#message').dataset.state === 'done');
  assert.equal(await field(page, 'entityId'), 'https://sts.windows.net/81c1df79-e153-4f9d-a101-8dcf04af6c2c/');
  assert.equal(await field(page, 'signInUrl'), 'https://login.microsoftonline.com/81c1df79-e153-4f9d-a101-8dcf04af6c2c/saml2');
  assert.equal(await field(page, 'thumbprintSha1'), '815D70419E644F95BE30F309616EBDA58C5B591B');
  assert.equal(await field(page, 'notAfter'), '2027-05-07T16:44:56Z');
  assert.equal(await page.isVisible('#download'), true);
  assert.deepEqual(errors, []);
});

test('a pasted PEM certificate shows its thumbprint and no metadata values', async () => {
  const { page } = await openPage();
  await page.fill('#paste', readFileSync(join(ROOT, 'tests/fixtures/certs/dooooling-saml-azure_Saml.cer'), 'utf8'));
  await page.click('#read');
  await page.waitForFunction(() => document.querySelector('#message').dataset.state === 'done');
  assert.equal(await field(page, 'thumbprintSha1'), '883149A916D7AAB89549065669645E1E052589A8');
  assert.equal(await field(page, 'entityId'), '');
});

test('bad input shows a clear error and clears the previous values', async () => {
  const { page } = await openPage();
  await page.setInputFiles('[data-ssobridge="file"]', join(ROOT, 'tests/fixtures/certs/derived/dooooling-saml-azure_Saml_as_RAW.der.cer'));
  await page.waitForFunction(() => document.querySelector('#message').dataset.state === 'done');
  await page.fill('#paste', '<!DOCTYPE x [<!ENTITY e "e">]><x>&e;</x>');
  await page.click('#read');
  await page.waitForFunction(() => document.querySelector('#message').dataset.state === 'error');
  assert.match(await page.textContent('#message'), /DOCTYPE/);
  assert.equal(await field(page, 'thumbprintSha1'), '');
});

test('a pasted SAML response is checked against the metadata read before, and the rollover is named', async () => {
  const { azureResponse, certificatesOf } = await import('../replicas/_shared/saml-response.js');
  const { page, errors } = await openPage();
  const metadata = join(ROOT, 'tests/fixtures/metadata/ggtristams-samlsso_federationmetadata.xml');
  await page.setInputFiles('[data-ssobridge="file"]', metadata);
  await page.waitForFunction(() => document.querySelector('#message').dataset.state === 'done');
  const [old] = certificatesOf(readFileSync(metadata, 'utf8'));
  const now = Date.now();
  const response = azureResponse({ tenant: '81c1df79-e153-4f9d-a101-8dcf04af6c2c', certificate: old, now, notBefore: now - 300_000, notAfter: now + 3_600_000 });
  await page.fill('#paste', Buffer.from(response).toString('base64'));
  await page.click('#read');
  const result = await page.waitForSelector('[data-ssobridge="signin-result"][data-state="problems"]');
  const checks = await result.$$eval('[data-check]', (items) => Object.fromEntries(items.map((li) => [li.dataset.check, li.dataset.state])));
  assert.deepEqual(checks, { status: 'ok', issuer: 'ok', destination: 'ok', audience: 'ok', certificate: 'problem', signed: 'ok', time: 'ok', nameid: 'ok' });
  assert.match(await result.textContent(), /9B6A4331329E0D853B20BD364CD7131D3652942F/);
  assert.equal(await field(page, 'entityId'), 'https://sts.windows.net/81c1df79-e153-4f9d-a101-8dcf04af6c2c/', 'the metadata values stay');
  assert.deepEqual(errors, []);
});

// The module carries no sentences: the page reads a Japanese reader's sentences from its copy of
// _locales. Fails before the ten languages: the page stayed English.
test('a Japanese reader gets the page, its labels and its errors in Japanese', async () => {
  const context = await browser.newContext({ locale: 'ja-JP' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (err) => errors.push(err.message));
  await page.goto(base);
  await page.waitForFunction(() => document.documentElement.lang === 'ja');
  assert.equal(await page.title(), 'ssobridge: Azure AD の証明書または SAML メタデータを読み取る');
  assert.equal(await page.textContent('[data-i18n="field-thumbprint-sha1"]'), '拇印 (SHA-1)');
  await page.setInputFiles('[data-ssobridge="file"]', join(ROOT, 'tests/fixtures/metadata/ggtristams-samlsso_federationmetadata.xml'));
  await page.waitForFunction(() => document.querySelector('#message').dataset.state === 'done');
  assert.match(await page.textContent('#message'), /^メタデータを読み取りました: 署名証明書 2 個。$/);
  assert.match(await page.textContent('#certificates'), /サブジェクト[\s\S]*有効期間[\s\S]*状態/);
  assert.doesNotMatch(await page.textContent('#certificates'), /It is|Its thumbprint|No certificate/, 'the choice is explained in Japanese');
  await page.fill('#paste', '<!DOCTYPE x [<!ENTITY e "e">]><x>&e;</x>');
  await page.click('#read');
  await page.waitForFunction(() => document.querySelector('#message').dataset.state === 'error');
  assert.match(await page.textContent('#message'), /DOCTYPE またはエンティティを宣言しています/);
  assert.deepEqual(errors, []);
  await context.close();
});
