// Context: Node (test runner). Firefox suspending the extension's background for real (SPEC 3,
// the background's lifecycle; TOOLCHAIN.md item 13): the pref extensions.background.idle.timeout
// is set low, and each wait past it is a condition on Firefox's own record of the background
// (its state, and its events: started, suspension attempted, cancelled, stopped). Through the
// built, unmodified add-on: a capture and a fill with the background suspended in between, a
// fill whose background is suspended between two of its rounds, and a sign-in check armed,
// Firefox's idle timeout passed, then the sign-in: the first check right after the permission
// grant (Firefox wakes a suspended background only for listeners it registered while starting,
// so ssobridge keeps that one up: Firefox's attempt to suspend it is cancelled) and a later one
// (the background suspended). What is asserted is what the admin sees. The tests run in order,
// in one Firefox: the checks compare the sign-in with the first test's capture.
import assert from 'node:assert/strict';
import { after, afterEach, before, test } from 'node:test';
import { ENTRA_SAML_URL, GOTO_URL, ROLLOVER } from '../e2e/replica-values.mjs';
import { assertNoErrors, backgroundOf, choose, finalStatus, launch, openPage, openPopup, popupValue, press, startServer } from './harness-firefox.mjs';

// Short enough that the tests wait little, long enough that a capture's metadata fetch and a
// fill's rounds on a quiet page are not cut by it.
const IDLE_MS = 1000;

let server;
let ff;
let background;

before(async () => {
  server = await startServer({ metadata: { [ROLLOVER.appId]: ROLLOVER.fixture } });
  ff = await launch(server.port, { prefs: { 'extensions.background.idle.timeout': IDLE_MS } });
  background = await backgroundOf(ff);
  await background.watch();
});

afterEach(() => assertNoErrors(ff));

after(async () => {
  await ff?.close();
  await server?.close();
  if (ff) assertNoErrors(ff);
});

/** GoTo's Identity provider tab (`query` picks a replica variant), its Fill button shown. */
async function gotoForm(query = '') {
  const page = await openPage(ff, `${GOTO_URL}${query}`);
  await page.click('::-p-text(Identity provider)');
  await page.waitForSelector('[data-ssobridge="fill"]');
  return page;
}

/** What GoTo's form would submit on Save, after a fill. */
async function submitted(page) {
  await page.click('::-p-text(Save)');
  return page.evaluate(() => window.replicaSubmitted);
}

function assertManualFill(sent) {
  assert.equal(sent.mode, 'manual');
  assert.equal(sent.signInUrl, ROLLOVER.signInUrl);
  assert.equal(sent.signOutUrl, ROLLOVER.signInUrl);
  assert.equal(sent.entityId, ROLLOVER.entityId);
  assert.match(sent.certificate, /^-----BEGIN CERTIFICATE-----\n/);
}

/** Waits until Firefox has suspended the background, and says how often it has so far. */
async function suspended() {
  return (await background.stopped()).stopped;
}

test('a capture, the background suspended, then a fill: GoTo gets every value and the popup still shows the capture', async () => {
  const azure = await openPage(ff, ENTRA_SAML_URL);
  await press(azure, 'capture');
  const captured = await finalStatus(azure);
  assert.equal(captured.state, 'done', captured.text);
  await azure.close();
  await choose(ff, 'mode', 'manual');
  const stops = await suspended();

  const goto = await gotoForm();
  await press(goto, 'fill');
  const filled = await finalStatus(goto);
  assert.equal(filled.state, 'done', filled.text);
  assertManualFill(await submitted(goto));
  await goto.close();

  assert.ok(await suspended() > stops);
  const popup = await openPopup(ff);
  assert.equal(await popupValue(popup, 'entityId'), ROLLOVER.entityId);
  await popup.close();
});

test('a fill whose background is suspended between two rounds (GoTo still rendering the mode\'s fields) finishes', async () => {
  await choose(ff, 'mode', 'manual');
  const goto = await gotoForm('?hold=fields');
  await press(goto, 'fill');
  // The mode is chosen; the content script waits for its fields, asking again every 1.5 s,
  // longer than the idle timeout: Firefox suspends the background in between.
  await goto.waitForSelector('::-p-text(Waiting for the fields of this mode)');
  const stops = (await background.count()).stopped;
  assert.ok((await background.stopped()).stopped > stops, 'suspended while the fill waited');
  await goto.evaluate(() => window.replicaRelease());
  const filled = await finalStatus(goto);
  assert.equal(filled.state, 'done', filled.text);
  assertManualFill(await submitted(goto));
  await goto.close();
});

/**
 * Arms a check in the popup (with `stop`, in a background started since the grant), waits until
 * Firefox's idle timeout has passed and Firefox has tried to suspend the background (and, with
 * `stop`, has suspended it), signs in with the replica's `kase`, and returns what a popup opened
 * afterwards shows (the findings, or the waiting line if the sign-in was never seen) and
 * Firefox's counts of the background's events before arming and once idle.
 */
async function checkAfterIdle(kase, { stop }) {
  // A later check starts in a background that started after the grant: the one that saw the
  // grant is suspended first (nothing holds it once its watch is over).
  if (stop) await background.stopped();
  const before = await background.count();
  const popup = await openPopup(ff);
  await popup.click('[data-ssobridge="signin-check"]');
  await popup.waitForSelector('[data-ssobridge="signin-result"][data-state="waiting"]', { timeout: 20_000 });
  await popup.close();

  const idle = await background.settled(before);
  if (stop) assert.ok((await background.stopped()).stopped > before.stopped, 'suspended after arming');

  const login = await openPage(ff, `https://login.microsoftonline.com/sso.html?case=${kase}`);
  await login.waitForFunction(() => location.host === 'authentication.logmeininc.com', { timeout: 20_000 });
  await login.close();

  const result = await openPopup(ff);
  const shown = await result.waitForSelector('[data-ssobridge="signin-result"]:is([data-state="ok"], [data-state="problems"])', { timeout: 15_000 })
    .then((el) => el.evaluate((node) => ({ state: node.dataset.state, checks: [...node.querySelectorAll('[data-check]')].map((c) => [c.dataset.check, c.dataset.state]) })))
    .catch(async () => ({ state: await result.$eval('[data-ssobridge="signin-result"]', (node) => `${node.dataset.state}: ${node.textContent.trim().slice(0, 120)}`) }));
  await result.close();
  return { ...shown, background: { before, idle } };
}

// Firefox does not know of an observer added after the background started: the background
// stays up while that watch lasts (extension/worker.js), so Firefox's attempt to suspend it at
// the idle timeout is cancelled. On the code before, it suspended, and the sign-in was lost.
test('the first sign-in check right after the permission grant sees a sign-in that comes after Firefox tried to suspend the background', async (t) => {
  const found = await checkAfterIdle('good', { stop: false });
  t.diagnostic(`Firefox's background events, before arming and once idle: ${JSON.stringify(found.background)}`);
  assert.equal(found.state, 'ok', JSON.stringify(found));
});

// The permissions are given back when a watch ends (SPEC 10.1), so a later check is a first
// check again: granted after the background started, kept up the same way.
test('a later check, the permissions asked for again, sees a sign-in that comes after Firefox tried to suspend the background', async (t) => {
  const found = await checkAfterIdle('wrong-audience', { stop: false });
  t.diagnostic(`Firefox's background events, before arming and once idle: ${JSON.stringify(found.background)}`);
  assert.equal(found.state, 'problems', JSON.stringify(found));
  assert.deepEqual(found.checks.find(([check]) => check === 'audience'), ['audience', 'problem']);
});
