// The page report in real Firefox, the build installed unmodified: offered in the status of a
// page whose values cannot be read, and shown in the popup before it is saved, redacted.
// Mirrors tests/e2e/report.test.mjs (where the downloads themselves are checked).
import assert from 'node:assert/strict';
import { after, afterEach, before, test } from 'node:test';
import { ENTRA_SAML_URL, ROLLOVER } from '../e2e/replica-values.mjs';
import { assertNoErrors, finalStatus, launch, openPage, openPopup, press, startServer } from './harness-firefox.mjs';

let server;
let ff;

before(async () => {
  server = await startServer({ metadata: { [ROLLOVER.appId]: ROLLOVER.fixture } });
  ff = await launch(server.port);
});

afterEach(() => assertNoErrors(ff));

after(async () => {
  await ff?.close();
  await server?.close();
  if (ff) assertNoErrors(ff);
});

test('a page ssobridge cannot read offers the report; the popup shows it redacted', async () => {
  const page = await openPage(ff, ENTRA_SAML_URL.replace('/#', '/?values=drawn#'));
  await press(page, 'capture');
  const status = await finalStatus(page);
  assert.equal(status.state, 'error', status.text);
  await page.waitForSelector('[data-ssobridge="page-report"]', { timeout: 5_000 });

  const popup = await openPopup(ff);
  await popup.click('#report-show');
  const preview = await popup.waitForSelector('#report-shown:not([hidden]) #report-preview', { timeout: 10_000 });
  const text = await preview.evaluate((el) => el.textContent);
  for (const secret of [ROLLOVER.tenant, ROLLOVER.appId, ROLLOVER.activeThumbprint]) assert.ok(!text.includes(secret), `${secret} in the report`);
  const report = JSON.parse(text);
  assert.equal(report.site, 'azure');
  assert.match(report.browser, /^Firefox \d+$/);
  assert.deepEqual(report.conclusions.buttons, ['capture']);
  assert.ok(report.conclusions.missing.includes('field-sign-in-url'));
  await popup.close();
  await page.close();
});
