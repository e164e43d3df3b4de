// Context: Node. `make demo`: the main job end to end, headless, on the bundled replicas:
// capture on the Entra SAML page, fill GoTo's Identity provider form, print both, and leave
// screenshots in dist/demo/. Exits non-zero when any step fails.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { finalStatus, launch, openPopup, popupValue, ROOT, startServer } from './harness.mjs';
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
  console.log(`\nscreenshots: ${out}/`);
} catch (err) {
  failed = true;
  console.error(err);
} finally {
  await browser.close();
  await server.close();
}
console.log(failed ? '\ndemo FAILED' : '\ndemo ok');
process.exit(failed ? 1 : 0);
