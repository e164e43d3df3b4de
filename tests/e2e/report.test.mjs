// The page report (SPEC 2.1) through the built extension: a page ssobridge does not understand
// offers it in the in-page status and the popup shows it before it is saved; the saved file
// holds the page's structure and the core's conclusions with every value redacted; and the
// replica tool turns a report into a page on which the core decides as on the original.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, afterEach, before, test } from 'node:test';
import { ROOT, assertNoErrors, captureOn, launch, startServer } from './harness.mjs';
import { ENTRA_SAML_URL, ROLLOVER } from './replica-values.mjs';

/** What no report may hold: the replicas' tenant, app and object ids, thumbprints, the admin's address. */
const SECRETS = [ROLLOVER.tenant, ROLLOVER.appId, '7d0c4e61-3f2a-4c5b-8e9d-1a2b3c4d5e6f', ROLLOVER.activeThumbprint, '9B6A4331329E0D853B20BD364CD7131D3652942F', 'admin@contoso.example', 'idp.example.org'];

let server;
let browser;
const made = [];

before(async () => {
  server = await startServer({ metadata: { [ROLLOVER.appId]: ROLLOVER.fixture } });
  browser = await launch(server.port);
});

afterEach(() => assertNoErrors(browser));

after(async () => {
  await browser?.close();
  await server?.close();
  for (const file of made) rmSync(file, { force: true });
});

function assertRedacted(text) {
  for (const secret of SECRETS) {
    assert.ok(!text.toLowerCase().includes(secret.toLowerCase()), `${secret} is in the report`);
  }
}

/** The popup's preview of the report of the page the admin last looked at, as the admin sees it. */
async function popupReport() {
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await popup.click('#report-section summary'); // the report waits behind its disclosure
  await popup.click('#report-show');
  const preview = await popup.waitForSelector('#report-shown:not([hidden]) #report-preview', { timeout: 10_000 });
  const text = await preview.textContent();
  return { popup, text, report: JSON.parse(text) };
}

test('an Azure page whose values cannot be read offers the report in its status; the saved file is redacted', async () => {
  const page = await browser.context.newPage();
  await page.goto(ENTRA_SAML_URL.replace('/#', '/?values=drawn#'));
  const status = await captureOn(page);
  assert.equal(status.state, 'error', status.text);
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-ssobridge="page-report"]')]);
  assert.match(download.suggestedFilename(), /^ssobridge-page-report-entra\.microsoft\.com\.json$/);
  const text = readFileSync(await download.path(), 'utf8');
  assertRedacted(text);
  const report = JSON.parse(text);
  assert.equal(report.site, 'azure');
  assert.match(report.browser, /^Chromium \d+$/);
  assert.deepEqual(report.conclusions.buttons, ['capture']);
  for (const field of ['field-sign-in-url', 'field-entity-id', 'field-metadata-url']) assert.ok(report.conclusions.missing.includes(field), field);
  assert.ok(report.conclusions.sections.includes('Set up GoToMeeting'), 'the portal\'s words stay');
  assert.match(report.url, /\/appId\/<app-1>\//, 'the deep link with the app aliased');
  await page.close();
});

test('the popup shows the report of a GoTo page without the form before it is saved', async () => {
  const page = await browser.context.newPage();
  await page.goto('https://organization.logmeininc.com/#/email-domains');
  await page.waitForSelector('text=Verified domains');
  const { popup, text, report } = await popupReport();
  assert.equal(report.site, 'goto');
  assert.deepEqual(report.conclusions.buttons, []);
  assert.ok(report.conclusions.missing.includes('form-mode'));
  const [download] = await Promise.all([popup.waitForEvent('download'), popup.click('[data-ssobridge="page-report"]')]);
  assert.equal(readFileSync(await download.path(), 'utf8'), text, 'the file is what the popup showed');
  await popup.close();
  await page.close();
});

// A portal page that never showed a marker never loaded the collector (the worker brings it
// into a frame once it may matter): the report asked for in the popup loads it then.
test('the popup shows the report of a portal page that never loaded the collector', async () => {
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  /** @type {Map<string, number>} ssobridge's world of each frame, by frame id */
  const worlds = new Map();
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    if (context.auxData?.type === 'isolated' && context.origin.startsWith(`chrome-extension://${browser.extensionId}`)) worlds.set(context.auxData.frameId, context.id);
  });
  await cdp.send('Runtime.enable');
  await page.goto('https://portal.azure.com/heavy.html?live=0');
  await page.waitForSelector('text=Log Analytics workspace');
  const collectorIn = async () => {
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const contextId = worlds.get(frameTree.frame.id);
    const { result } = await cdp.send('Runtime.evaluate', { contextId, expression: 'typeof globalThis.ssobridgeSnapshot + "/" + typeof globalThis.ssobridgeActing + "/" + typeof globalThis.ssobridgeProbe' });
    return result.value;
  };
  // The content script is in (its world exists), and its first look, an idle task queued when
  // it started, has run before two more idle tasks queued after it.
  const { frameTree: { frame: top } } = await cdp.send('Page.getFrameTree');
  while (!worlds.has(top.id)) await new Promise((resolve) => cdp.once('Runtime.executionContextCreated', resolve));
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => requestIdleCallback(resolve))));
  assert.equal(await collectorIn(), 'undefined/undefined/object', 'only the probe and the watcher load with the page');
  const { popup, report } = await popupReport();
  assert.equal(report.site, 'azure');
  assert.deepEqual(report.conclusions.buttons, []);
  assert.equal(await collectorIn(), 'object/function/object', 'loaded for the report');
  assert.equal(await page.locator('[data-ssobridge-ui]').count(), 0, 'no panel drawn');
  await popup.close();
  await cdp.detach();
  await page.close();
});

/** The core's decisions a replica must reproduce (which markers the text showed is not one). */
const decisions = ({ conclusions: { markers, ...rest } }) => rest;

for (const [name, url] of [
  ['entra', ENTRA_SAML_URL],
  ['goto-components-conflict', 'https://organization.logmeininc.com/components.html?preset=conflict#/identity-provider'],
  ['citrix', 'https://account.citrixonline.com/organization/administration/'],
]) {
  test(`a replica made from the report of the ${name} page brings the core to the same decisions`, async () => {
    const page = await browser.context.newPage();
    await page.goto(url);
    await page.waitForSelector('[data-ssobridge="capture"], [data-ssobridge="fill"]', { timeout: 10_000 });
    const original = await popupReport();
    await original.popup.close();
    assertRedacted(original.text);
    const file = join(mkdtempSync(join(tmpdir(), 'ssobridge-report-')), `${name}.json`);
    writeFileSync(file, original.text);
    const [pagePath, snapshotPath, address] = execFileSync('cargo', ['run', '--quiet', '-p', 'ssobridge', '--example', 'replica', '--', file, `e2e-${name}`], { cwd: ROOT, encoding: 'utf8' }).trim().split('\n');
    made.push(pagePath, snapshotPath, file);
    assertRedacted(readFileSync(pagePath, 'utf8'));

    const replica = await browser.context.newPage();
    await replica.goto(address);
    const { popup, report } = await popupReport();
    assert.deepEqual(decisions(report), decisions(original.report));
    await popup.close();
    await replica.close();
    await page.close();
  });
}
