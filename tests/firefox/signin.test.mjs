// The sign-in check (SPEC 10) in real Firefox: capture, fill GoTo, press "Check a test sign-in"
// (the optional permissions are asked for then), and a replica of Azure's last sign-in step
// posts a SAML response to GoTo's ACS; the popup says, check by check, whether GoTo will accept
// it. Firefox grants the optional permissions without a prompt under automation
// (extensions.webextOptionalPermissionPrompts); Chromium offers no such switch, so this runs here.
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

/** Starts a check in the popup, signs in with the replica's `kase`, returns the findings. */
async function signIn(kase) {
  const popup = await openPopup(ff);
  await popup.click('[data-ssobridge="signin-check"]');
  await popup.waitForSelector('[data-ssobridge="signin-result"][data-state="waiting"]', { timeout: 20_000 });
  const login = await openPage(ff, `https://login.microsoftonline.com/sso.html?case=${kase}`);
  await login.waitForFunction(() => location.host === 'authentication.logmeininc.com', { timeout: 20_000 });
  await login.close();
  const result = await popup.waitForSelector('[data-ssobridge="signin-result"]:is([data-state="ok"], [data-state="problems"])', { timeout: 20_000 });
  const findings = await result.evaluate((el) => ({
    state: el.dataset.state,
    checks: Object.fromEntries([...el.querySelectorAll('[data-check]')].map((c) => [c.dataset.check, { state: c.dataset.state, text: c.textContent }])),
  }));
  const privacy = await popup.$eval('#signin-privacy', (el) => el.textContent);
  await popup.close();
  return { ...findings, privacy };
}

test('a good test sign-in: every check is ok, and the popup says nothing of the response is kept', async () => {
  const found = await signIn('good');
  assert.equal(found.state, 'ok', JSON.stringify(found.checks, null, 1));
  assert.deepEqual(Object.keys(found.checks), ['status', 'issuer', 'destination', 'audience', 'certificate', 'signed', 'time', 'nameid']);
  assert.match(found.privacy, /never stores or sends it/);
});

test('the wrong Audience names the field to change in Azure', async () => {
  const found = await signIn('wrong-audience');
  assert.equal(found.state, 'problems');
  assert.equal(found.checks.audience.state, 'problem');
  assert.match(found.checks.audience.text, /https:\/\/authentication\.logmeininc\.com\/saml\/sp/);
  assert.equal(found.checks.certificate.state, 'ok');
});

test('signed with the old certificate after a rollover: the finding says which side to update', async () => {
  const found = await signIn('old-certificate');
  assert.equal(found.checks.certificate.state, 'problem');
  assert.match(found.checks.certificate.text, /9B6A4331329E0D853B20BD364CD7131D3652942F/);
  assert.match(found.checks.certificate.text, new RegExp(ROLLOVER.activeThumbprint));
});

test('a NameID that is not an email address says what to set in Attributes & Claims', async () => {
  const found = await signIn('not-email');
  assert.equal(found.checks.nameid.state, 'problem');
  assert.match(found.checks.nameid.text, /Unique User Identifier/);
});

test('expired conditions are reported with the times', async () => {
  const found = await signIn('expired');
  assert.equal(found.checks.time.state, 'problem');
  assert.equal(found.checks.audience.state, 'ok');
});
