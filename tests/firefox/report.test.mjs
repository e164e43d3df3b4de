// The page report in real Firefox, the build installed unmodified: offered in the status of a
// page whose values cannot be read, and shown in the popup before it is saved, redacted.
// Mirrors tests/e2e/report.test.mjs (where the downloads themselves are checked).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, afterEach, before, test } from 'node:test';
import { ENTRA_SAML_URL, ROLLOVER } from '../e2e/replica-values.mjs';
import { ROOT, assertNoErrors, finalStatus, launch, openPage, openPopup, press, startServer } from './harness-firefox.mjs';

let server;
let ff;
const made = [];

before(async () => {
  server = await startServer({ metadata: { [ROLLOVER.appId]: ROLLOVER.fixture } });
  ff = await launch(server.port);
});

afterEach(() => assertNoErrors(ff));

after(async () => {
  await ff?.close();
  await server?.close();
  for (const file of made) rmSync(file, { force: true });
  if (ff) assertNoErrors(ff);
});

/** The popup's report of the page the admin last looked at. */
async function popupReport() {
  const popup = await openPopup(ff);
  await popup.click('#report-section summary'); // the report waits behind its disclosure
  await popup.click('#report-show');
  const preview = await popup.waitForSelector('#report-shown:not([hidden]) #report-preview', { timeout: 10_000 });
  const text = await preview.evaluate((el) => el.textContent);
  await popup.close();
  return { text, report: JSON.parse(text) };
}

test('a page ssobridge cannot read offers the report; the popup shows it redacted', async () => {
  const page = await openPage(ff, ENTRA_SAML_URL.replace('/#', '/?values=drawn#'));
  await press(page, 'capture');
  const status = await finalStatus(page);
  assert.equal(status.state, 'error', status.text);
  await page.waitForSelector('[data-ssobridge="page-report"]', { timeout: 5_000 });

  const { text } = await popupReport();
  for (const secret of [ROLLOVER.tenant, ROLLOVER.appId, ROLLOVER.activeThumbprint]) assert.ok(!text.includes(secret), `${secret} in the report`);
  const report = JSON.parse(text);
  assert.equal(report.site, 'azure');
  assert.match(report.browser, /^Firefox \d+$/);
  assert.deepEqual(report.conclusions.buttons, ['capture']);
  assert.ok(report.conclusions.missing.includes('field-sign-in-url'));
  await page.close();
});

test('a replica made from the report of the Entra page brings the core to the same decisions', async () => {
  const page = await openPage(ff, ENTRA_SAML_URL);
  await page.waitForSelector('[data-ssobridge="capture"]', { timeout: 10_000 });
  const original = await popupReport();
  const file = join(mkdtempSync(join(tmpdir(), 'ssobridge-report-')), 'entra.json');
  writeFileSync(file, original.text);
  const [pagePath, snapshotPath, address] = execFileSync('cargo', ['run', '--quiet', '-p', 'ssobridge', '--example', 'replica', '--', file, 'firefox-entra'], { cwd: ROOT, encoding: 'utf8' }).trim().split('\n');
  made.push(pagePath, snapshotPath, file);
  assert.ok(!readFileSync(pagePath, 'utf8').includes(ROLLOVER.tenant));
  const replica = await openPage(ff, address);
  await replica.waitForSelector('[data-ssobridge="capture"]', { timeout: 10_000 });
  const { report } = await popupReport();
  const decisions = ({ conclusions: { markers, ...rest } }) => rest;
  assert.deepEqual(decisions(report), decisions(original.report));
  await replica.close();
  await page.close();
});
