// Attacks on the built extension (SPEC 8), each with a real mouse or keyboard: a foreign site
// framing each side under a decoy, a page script that restyles the button over the page's own
// Save button or moves the focus to it while the admin types, a top-layer overlay that lets
// clicks through, metadata answers that redirect or never end, and a page script reading the
// drift line. Each was run against the build before the safety issue (see the closing note).
import assert from 'node:assert/strict';
import { after, afterEach, before, test } from 'node:test';
import { assertNoErrors, captureOn, clearCapture, finalStatus, launch, openPopup, popupValue, startServer } from './harness.mjs';
import { ENTRA_SAML_URL, MISSING_APP, ROLLOVER, SAML_PATH } from './replica-values.mjs';

const metadata = { [ROLLOVER.appId]: ROLLOVER.fixture };
let server;
let browser;

before(async () => {
  server = await startServer({ metadata });
  browser = await launch(server.port);
  // Notes which frames asked the worker anything (a content script's first request is its
  // probe, then views), without touching the extension's own code.
  await browser.worker.evaluate(() => {
    globalThis.viewsFrom = [];
    chrome.runtime.onMessage.addListener((message, sender) => {
      if (message?.type === 'probe' || message?.type === 'view') globalThis.viewsFrom.push(sender.url);
    });
  });
});

afterEach(() => assertNoErrors(browser));

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Waits until a frame of `host` has asked the worker and the worker has answered. */
async function viewAnswered(host) {
  await browser.worker.evaluate(async (h) => {
    const deadline = Date.now() + 15_000;
    while (!globalThis.viewsFrom.some((url) => new URL(url).host === h)) {
      if (Date.now() > deadline) throw new Error(`no request from ${h}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }, host);
  // The worker answers requests in order: once a later request is answered, so was the view.
  const popup = await openPopup(browser);
  await popup.close();
}

for (const [side, url, host, kind] of [
  ['Azure', 'https://evil.example.com/entra.html', 'entra.microsoft.com', 'capture'],
  ['GoTo', 'https://evil.example.com/goto.html', 'organization.logmeininc.com', 'fill'],
]) {
  test(`a foreign site framing the ${side} page under a decoy gets no button, and a real click does nothing`, async () => {
    await clearCapture(browser);
    const page = await browser.context.newPage();
    await page.goto(url);
    const victim = page.frameLocator('iframe[title="victim"]');
    await victim.locator(side === 'Azure' ? 'text=Set up GoToMeeting' : 'text=Identity provider').first().waitFor();
    await viewAnswered(host);
    assert.equal(await victim.locator(`[data-ssobridge="${kind}"]`).count(), 0);
    const decoy = await page.locator('.decoy').boundingBox();
    await page.mouse.click(decoy.x + decoy.width / 2, decoy.y + decoy.height / 2);
    assert.equal(await victim.locator('[data-ssobridge="status"]').count(), 0, 'nothing started');
    await page.close();
  });
}

test('a button restyled by the page over its own Save button does nothing and says why', async () => {
  await clearCapture(browser);
  const azure = await browser.context.newPage();
  await azure.goto(ENTRA_SAML_URL);
  assert.equal((await captureOn(azure)).state, 'done');
  await azure.close();

  const page = await browser.context.newPage();
  await page.goto('https://organization.logmeininc.com/#/identity-provider');
  await page.waitForSelector('[data-ssobridge="fill"]');
  const save = await page.locator('#save').boundingBox();
  await page.evaluate(({ x, y, width, height }) => {
    const host = document.querySelector('[data-ssobridge="fill"]');
    host.setAttribute('style', `position:fixed;left:${x}px;top:${y}px;width:${width}px;height:${height}px;opacity:0.01;z-index:2147483647`);
  }, save);
  await page.mouse.click(save.x + save.width / 2, save.y + save.height / 2);
  const status = await finalStatus(page);
  assert.equal(status.state, 'error');
  assert.match(status.text, /Nothing was done: the page had moved or restyled the button/);
  assert.equal(await page.evaluate(() => window.replicaState.signInUrl ?? ''), '', 'nothing filled');
  await page.close();
});

test('a key press on a button the page focused while the admin typed does nothing', async () => {
  const page = await browser.context.newPage();
  await page.goto(ENTRA_SAML_URL);
  await page.waitForSelector('[data-ssobridge="capture"]');
  await page.evaluate(() => document.querySelector('[data-ssobridge="capture"]').focus());
  await page.keyboard.press(' ');
  const status = await finalStatus(page);
  assert.equal(status.state, 'error');
  assert.match(status.text, /the page moved the focus there, not you/);
  await page.close();
});

test('a top-layer overlay drawn over the button that lets clicks through is seen', async () => {
  const page = await browser.context.newPage();
  await page.goto(ENTRA_SAML_URL);
  const button = await page.waitForSelector('[data-ssobridge="capture"]');
  const box = await button.boundingBox();
  await page.evaluate(({ x, y, width, height }) => {
    const decoy = document.createElement('div');
    decoy.setAttribute('popover', 'manual');
    decoy.textContent = 'Claim your prize';
    decoy.style.cssText = `position:fixed;inset:auto;left:${x - 4}px;top:${y - 4}px;width:${width + 8}px;height:${height + 8}px;margin:0;pointer-events:none;background:gold`;
    document.body.append(decoy);
    decoy.showPopover();
  }, box);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  const status = await finalStatus(page);
  assert.equal(status.state, 'error');
  assert.match(status.text, /something on the page covered the button/);
  await page.close();
});

test('a metadata URL that redirects elsewhere is not followed', async () => {
  metadata[MISSING_APP] = { redirect: 'https://evil.example.com/federationmetadata.xml' };
  const page = await browser.context.newPage();
  await page.goto(`https://entra.microsoft.com/missing-metadata.html${SAML_PATH(MISSING_APP)}`);
  const status = await captureOn(page);
  assert.equal(status.state, 'error');
  assert.match(status.text, /redirected to another address, which ssobridge never follows/);
  assert.ok(!server.requests.some((r) => r.startsWith('evil.example.com/federationmetadata')), 'the redirect was not followed');
  await page.close();
});

test('a metadata answer that never ends stops at the timeout and the button works again', async () => {
  metadata[MISSING_APP] = 'endless';
  const page = await browser.context.newPage();
  await page.goto(`https://entra.microsoft.com/missing-metadata.html${SAML_PATH(MISSING_APP)}`);
  const status = await captureOn(page);
  assert.equal(status.state, 'error');
  assert.match(status.text, /No complete answer arrived within 10 seconds/);
  const popup = await openPopup(browser);
  assert.equal(await popupValue(popup, 'entityId'), ROLLOVER.entityId, 'the page values are kept');
  await popup.close();
  await page.close();
});

test("a page script reading the drift line finds field names, not Azure's values", async () => {
  const page = await browser.context.newPage();
  await page.goto(ENTRA_SAML_URL);
  assert.equal((await captureOn(page)).state, 'done');
  await page.goto('https://organization.logmeininc.com/?preset=drift#/identity-provider');
  await page.waitForSelector('[data-ssobridge="drift"][data-state="differs"]');
  const read = await page.evaluate(() => document.querySelector('[data-ssobridge="drift"]').textContent);
  assert.match(read, /Thumbprint \(SHA-1\)/);
  for (const secret of [ROLLOVER.activeThumbprint, ROLLOVER.tenant, ROLLOVER.activeNotAfter]) assert.ok(!read.includes(secret), secret);
  await page.close();
});

// Issue 19: ssobridge never writes to the page it reads. Chromium logs every write to
// document.domain in the page's console (and honours it under Origin-Agent-Cluster: ?0).
test('a whole capture and fill writes nothing to document.domain', async () => {
  const said = [];
  const listen = (page) => page.on('console', (msg) => { if (/document\.domain/i.test(msg.text())) said.push(`${page.url()}: ${msg.text()}`); });
  await clearCapture(browser);
  const azure = await browser.context.newPage();
  listen(azure);
  await azure.goto(ENTRA_SAML_URL);
  assert.equal((await captureOn(azure)).state, 'done');
  await azure.close();
  const goto = await browser.context.newPage();
  listen(goto);
  await goto.goto('https://organization.logmeininc.com/#/identity-provider');
  await goto.click('[data-ssobridge="fill"]');
  assert.equal((await finalStatus(goto)).state, 'done');
  await goto.close();
  assert.deepEqual(said, []);
});
