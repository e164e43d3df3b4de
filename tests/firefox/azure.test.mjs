// Azure in real Firefox, the build installed unmodified: the Basic SAML Configuration fill with
// the product chosen in the popup, and the 2016 classic dialog, whose missing certificate comes
// through the popup's file input. Mirrors the same tests of tests/e2e/azure.test.mjs.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, afterEach, before, test } from 'node:test';
import { COVEO, GOTO_SP_WEBINAR, KATANA_TENANT, ROLLOVER, SAML_PATH, spValues } from '../e2e/replica-values.mjs';
import {
  assertNoErrors, choose, clearCapture, finalStatus, launch, openPage, openPopup, popupValue, press, ROOT, startServer,
} from './harness-firefox.mjs';

let server;
let ff;
let scratch;

before(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'ssobridge-ff-files-'));
  server = await startServer({ metadata: { [COVEO.appId]: COVEO.fixture } });
  ff = await launch(server.port);
});

// Each test answers for what Firefox printed while it ran; what arrives only as Firefox exits
// fails the file.
afterEach(() => assertNoErrors(ff));

after(async () => {
  await ff?.close();
  await server?.close();
  rmSync(scratch, { recursive: true, force: true });
  if (ff) assertNoErrors(ff);
});

test('Basic SAML Configuration: fills Identifier, Reply URL and the chosen product\'s Relay State', async () => {
  await choose(ff, 'product', 'gotowebinar');
  const page = await openPage(ff, `https://portal.azure.com/?l=en${SAML_PATH(COVEO.appId)}`);
  const edit = await page.waitForSelector('section button.edit'); // the first section's: Basic SAML Configuration
  await edit.click();
  await press(page, 'fill-sp');
  const status = await finalStatus(page);
  assert.equal(status.state, 'done', status.text);
  await page.click('#pane-save');
  const saved = await page.evaluate(() => window.replicaPaneSaved);
  assert.deepEqual(spValues(saved), GOTO_SP_WEBINAR);
  assert.equal(saved.signOnUrl, '', 'other fields untouched');
  await page.close();
});

test('2016 classic dialog: no metadata URL, so the page values are kept and the popup\'s file input completes them', async () => {
  await clearCapture(ff);
  const page = await openPage(ff, 'https://manage.windowsazure.com/');
  await press(page, 'capture');
  const status = await finalStatus(page);
  assert.equal(status.state, 'error');
  assert.match(status.text, /certificate/i);

  const popup = await openPopup(ff);
  assert.equal(await popupValue(popup, 'thumbprintSha1'), '');
  // The admin downloads the certificate and chooses it in the popup (BiDi input.setFiles).
  await popup.click('#add-details summary'); // the file input waits behind its disclosure
  const input = await popup.$('[data-ssobridge="file"]');
  await input.uploadFile(join(ROOT, 'tests/fixtures/certs/derived/ggtristams_active_signing_cert.cer'));
  await popup.waitForFunction(() => document.querySelector('[data-field="thumbprintSha1"]').value !== '', { timeout: 10_000 });
  assert.equal(await popupValue(popup, 'thumbprintSha1'), ROLLOVER.activeThumbprint);
  assert.equal(await popupValue(popup, 'entityId'), `https://sts.windows.net/${KATANA_TENANT}/`, 'page values kept');
  assert.equal(await popupValue(popup, 'signInUrl'), `https://login.windows.net/${KATANA_TENANT}/saml2`);
  assert.equal(await popupValue(popup, 'signOutUrl'), 'https://login.microsoftonline.com/common/wsfederation?wa=wsignout1.0');

  // A bad file changes nothing and says why.
  const notes = join(scratch, 'notes.txt');
  writeFileSync(notes, 'not a certificate');
  await input.uploadFile(notes);
  await popup.waitForFunction(() => document.querySelector('#message').dataset.state === 'error', { timeout: 10_000 });
  assert.equal(await popupValue(popup, 'thumbprintSha1'), ROLLOVER.activeThumbprint);
  await input.dispose();
  await popup.close();
  await page.close();
});
