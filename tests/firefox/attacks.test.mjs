// Attacks on the sign-in check (issue 19, SPEC 10.1) in real Firefox, which grants the optional
// permissions under automation (Chromium cannot, so these run here): a foreign page posting a
// crafted all-ok response while a check is armed, and a watch that expires before a sign-in.
// Verified to fail against the build before issue 19 (see the branch's note).
import assert from 'node:assert/strict';
import { after, afterEach, before, test } from 'node:test';
import { ROLLOVER } from '../e2e/replica-values.mjs';
import { assertNoErrors, captureAndFill, launch, openPage, openPopup, startServer } from './harness-firefox.mjs';

let server;
let ff;

before(async () => {
  server = await startServer({ metadata: { [ROLLOVER.appId]: ROLLOVER.fixture } });
  ff = await launch(server.port);
  await captureAndFill(ff);
});

afterEach(() => assertNoErrors(ff));

after(async () => {
  await ff?.close();
  await server?.close();
});

async function arm() {
  const popup = await openPopup(ff);
  await popup.click('[data-ssobridge="signin-check"]');
  await popup.waitForSelector('[data-ssobridge="signin-result"][data-state="waiting"]', { timeout: 20_000 });
  return popup;
}

/** Opens `url`, which posts to GoTo's ACS, and waits until the browser got there. */
async function postFrom(url) {
  const page = await openPage(ff, url);
  await page.waitForFunction(() => location.host === 'authentication.logmeininc.com', { timeout: 20_000 });
  await page.close();
}

const signinState = (popup) => popup.$eval('[data-ssobridge="signin-result"]', (el) => el.hidden ? 'hidden' : el.dataset.state);

test('a foreign page posting a crafted all-ok response is ignored; the real sign-in after it is checked', async () => {
  const popup = await arm();
  await postFrom('https://evil.example.com/forge.html');
  await new Promise((r) => setTimeout(r, 2000));
  assert.equal(await signinState(popup), 'waiting', 'the forged post neither counts nor uses up the watch');
  await postFrom('https://login.microsoftonline.com/sso.html?case=wrong-audience');
  const result = await popup.waitForSelector('[data-ssobridge="signin-result"]:is([data-state="ok"], [data-state="problems"])', { timeout: 20_000 });
  assert.equal(await result.evaluate((el) => el.dataset.state), 'problems', "the admin's own sign-in is the one reported");
  await popup.close();
});

test('a watch that expires gives the permissions back, and a sign-in after it is not read', async () => {
  const popup = await arm();
  // Bring the watch's end near, as 5 minutes passing would (the core's state, the worker's alarm).
  await popup.evaluate(async () => {
    const { state } = await browser.storage.session.get('state');
    state.signin.watchUntil = Math.floor(Date.now() / 1000) + 2;
    await browser.storage.session.set({ state });
    await browser.alarms?.create('ssobridge-signin-watch', { when: Date.now() + 2500 });
  });
  await new Promise((r) => setTimeout(r, 5000));
  const held = await popup.evaluate(() => browser.permissions.contains({ permissions: ['webRequest'], origins: ['https://authentication.logmeininc.com/*'] }));
  assert.equal(held, false, 'the optional permissions are given back when the watch ends');
  await postFrom('https://login.microsoftonline.com/sso.html?case=good');
  await new Promise((r) => setTimeout(r, 1500));
  const stored = await popup.evaluate(async () => (await browser.storage.session.get('state')).state.signin);
  assert.equal(stored.findings ?? null, null, 'nothing read after the watch');
  assert.equal(stored.watchUntil ?? null, null);
  await popup.close();
});
