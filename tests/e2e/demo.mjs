// Context: Node. `make demo`: the main job end to end, headless, on the bundled replicas:
// capture on the Entra SAML page, fill GoTo's Identity provider form, print both, and leave
// screenshots in dist/demo/. Exits non-zero when any step fails.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { finalStatus, launch, openPopup, popupValue, ROOT, startServer } from './harness.mjs';
import { finalStatus as ffStatus, launch as launchFirefox, openPage, openPopup as ffPopup, press } from '../firefox/harness-firefox.mjs';
import { ENTRA_SAML_URL, GOTO_URL, ROLLOVER } from './replica-values.mjs';

const out = join(ROOT, 'dist/demo');
mkdirSync(out, { recursive: true });
const server = await startServer({ metadata: { [ROLLOVER.appId]: ROLLOVER.fixture } });
const browser = await launch(server.port);
let failed = false;
const line = (label, value) => console.log(`  ${label.padEnd(22)}${value}`);

try {
  console.log(`ssobridge ${browser.version}, extension ${browser.extensionId} loaded in headless Chromium\n`);
  console.log(`1. Azure: ${ENTRA_SAML_URL.slice(0, 90)}…`);
  const azure = await browser.context.newPage();
  await azure.goto(ENTRA_SAML_URL);
  await azure.click('[data-ssobridge="capture"]');
  const captured = await finalStatus(azure);
  line('status', `${captured.state}: ${captured.text}`);
  await azure.screenshot({ path: join(out, '1-azure-capture.png') });
  failed ||= captured.state !== 'done';

  const popup = await openPopup(browser);
  console.log('\n   captured (popup):');
  for (const field of ['signInUrl', 'signOutUrl', 'entityId', 'metadataUrl', 'thumbprintSha1', 'notAfter']) {
    line(field, await popupValue(popup, field));
  }
  await popup.setViewportSize({ width: 420, height: 900 });
  await popup.screenshot({ path: join(out, '2-popup.png'), fullPage: true });

  console.log(`\n2. GoTo: ${GOTO_URL} → Identity provider`);
  const goto = await browser.context.newPage();
  await goto.goto(GOTO_URL);
  await goto.click('text=Identity provider');
  await goto.click('[data-ssobridge="fill"]');
  const filled = await finalStatus(goto);
  line('status', `${filled.state}: ${filled.text}`);
  failed ||= filled.state !== 'done';
  const state = await goto.evaluate(() => window.replicaState);
  console.log('\n   the form now holds (React state):');
  for (const [key, value] of Object.entries(state)) {
    if (value) line(key, key === 'certificate' ? `${value.split('\n')[0]} … (${value.length} chars)` : value);
  }
  await goto.screenshot({ path: join(out, '3-goto-filled.png'), fullPage: true });
  if (browser.errors.length) {
    failed = true;
    console.error('\nerrors:', browser.errors);
  }
  await browser.close();

  // The sign-in check asks for an optional permission; Chromium cannot answer that prompt under
  // automation, Firefox grants it there (tests/firefox/harness-firefox.mjs), so it runs there.
  console.log('\n3. Sign-in check, in Firefox ESR: capture, fill, press "Check a test sign-in", sign in once');
  failed ||= !(await signinCheck());
  console.log(`\nscreenshots: ${out}/`);
} catch (err) {
  failed = true;
  console.error(err);
} finally {
  await browser.close().catch(() => {});
  await server.close();
}

async function signinCheck() {
  const ff = await launchFirefox(server.port);
  try {
    const azure = await openPage(ff, ENTRA_SAML_URL);
    await press(azure, 'capture');
    await ffStatus(azure);
    await azure.close();
    const goto = await openPage(ff, GOTO_URL);
    await goto.click('::-p-text(Identity provider)');
    await press(goto, 'fill');
    await ffStatus(goto);
    await goto.close();
    const popup = await ffPopup(ff);
    await popup.click('[data-ssobridge="signin-check"]');
    await popup.waitForSelector('[data-ssobridge="signin-result"][data-state="waiting"]', { timeout: 20_000 });
    const login = await openPage(ff, 'https://login.microsoftonline.com/sso.html?case=good');
    await login.waitForFunction(() => location.host === 'authentication.logmeininc.com', { timeout: 20_000 });
    await login.close();
    const result = await popup.waitForSelector('[data-ssobridge="signin-result"]:is([data-state="ok"], [data-state="problems"])', { timeout: 20_000 });
    const findings = await result.evaluate((el) => ({ state: el.dataset.state, checks: [...el.querySelectorAll('[data-check]')].map((c) => [c.dataset.check, c.dataset.state, c.textContent]) }));
    line('result', findings.state);
    for (const [check, state, text] of findings.checks) line(`${check} (${state})`, text);
    await popup.setViewport({ width: 420, height: 1400 });
    await popup.screenshot({ path: join(out, '4-popup-signin-check.png'), fullPage: true });
    return findings.state === 'ok' && ff.errors.length === 0;
  } catch (err) {
    console.error(err);
    return false;
  } finally {
    await ff.close();
  }
}
console.log(failed ? '\ndemo FAILED' : '\ndemo ok');
process.exit(failed ? 1 : 0);
