// Context: Node. `make screenshots` (and `make demo`): the pictures the README shows, taken from
// the replicas through the built extension in headless Chromium, written to docs/ with
// docs/screenshots.stamp (the hash of the sources they show; tests/e2e/screenshots.test.mjs
// fails when the sources move on without new pictures). Each picture is cropped to what an
// admin looks at: the Azure page's certificate section with ssobridge's button and status, the
// popup's top (what the toolbar popup shows first), GoTo's form after the fill with the status,
// and GoTo's certificate field with the drift line. The popup is taken in the light and the dark
// scheme. SSOBRIDGE_SCREENSHOTS_DIR writes them elsewhere (make demo: dist/demo/docs/, so that a
// newcomer's first command leaves the tree clean). Exits non-zero when a step fails.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { finalStatus, launch, openPopup, startServer } from './harness.mjs';
import { ENTRA_SAML_URL, GOTO_URL, ROLLOVER } from './replica-values.mjs';
import { DOCS, PICTURES, STAMP, stampText } from './screenshot-sources.mjs';

const OUT = process.env.SSOBRIDGE_SCREENSHOTS_DIR ?? DOCS;
const [AZURE, POPUP, POPUP_DARK, GOTO, DRIFT] = PICTURES.map((name) => join(OUT, name));
// One margin around every crop, so nothing sits on the edge of a picture.
const MARGIN = 12;

mkdirSync(OUT, { recursive: true });
const server = await startServer({ metadata: { [ROLLOVER.appId]: ROLLOVER.fixture } });
const browser = await launch(server.port);
let failed = false;

/** The smallest rectangle around the given boxes, with MARGIN, inside the viewport. */
function around(page, boxes) {
  const { width, height } = page.viewportSize();
  const x = Math.max(0, Math.min(...boxes.map((b) => b.x)) - MARGIN);
  const y = Math.max(0, Math.min(...boxes.map((b) => b.y)) - MARGIN);
  const right = Math.min(width, Math.max(...boxes.map((b) => b.x + b.width)) + MARGIN);
  const bottom = Math.min(height, Math.max(...boxes.map((b) => b.y + b.height)) + MARGIN);
  return { x, y, width: right - x, height: bottom - y };
}

const box = async (page, selector) => {
  const found = await page.locator(selector).first().boundingBox();
  if (!found) throw new Error(`${selector} is not on ${page.url()}`);
  return found;
};

try {
  // 1. Azure: capture, then the certificate section with the button and its status line.
  const azure = await browser.context.newPage();
  await azure.setViewportSize({ width: 1280, height: 860 });
  await azure.goto(ENTRA_SAML_URL);
  await azure.click('[data-ssobridge="capture"]');
  const captured = await finalStatus(azure);
  if (captured.state !== 'done') throw new Error(`capture: ${captured.state}: ${captured.text}`);
  await azure.screenshot({
    path: AZURE,
    clip: around(azure, [
      await box(azure, 'section[aria-label="SAML Certificates"]'),
      await box(azure, 'section[aria-label="SAML Certificates"] .step'),
      await box(azure, '[data-ssobridge="capture"]'),
      await box(azure, '[data-ssobridge="status"]'),
    ]),
  });

  // 2. The popup after the capture at the size of the toolbar's (400 × 600), its first screen:
  // what was captured, whether it is good, the next step; light, then dark.
  const popup = await openPopup(browser);
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.waitForFunction(() => document.querySelector('[data-field="thumbprintSha1"]').value !== '');
  for (const [path, colorScheme] of [[POPUP, 'light'], [POPUP_DARK, 'dark']]) {
    await popup.emulateMedia({ colorScheme });
    await popup.screenshot({ path, clip: { x: 0, y: 0, width: 400, height: 600 } });
  }
  await popup.close();

  // 3. GoTo: the Identity provider form after "Fill from Azure AD", with the status.
  const goto = await browser.context.newPage();
  await goto.setViewportSize({ width: 1280, height: 860 });
  await goto.goto(GOTO_URL);
  await goto.click('text=Identity provider');
  await goto.click('[data-ssobridge="fill"]');
  const filled = await finalStatus(goto);
  if (filled.state !== 'done') throw new Error(`fill: ${filled.state}: ${filled.text}`);
  await goto.screenshot({ path: GOTO, clip: around(goto, [await box(goto, '.header'), await box(goto, '.card'), await box(goto, '[data-ssobridge="status"]')]) });

  // 4. The drift line: GoTo still holds the certificate Azure rolled over from.
  const drift = await browser.context.newPage();
  await drift.setViewportSize({ width: 1280, height: 860 });
  await drift.goto('https://organization.logmeininc.com/?preset=drift#/identity-provider');
  await drift.waitForSelector('[data-ssobridge="drift"][data-state="differs"]');
  await drift.screenshot({
    path: DRIFT,
    clip: around(drift, [
      await box(drift, '.row:has(textarea)'),
      await box(drift, '[data-ssobridge="fill"]'),
      await box(drift, '[data-ssobridge="drift"]'),
    ]),
  });

  if (browser.errors.length) throw new Error(`errors: ${browser.errors.join('\n')}`);
  writeFileSync(join(OUT, STAMP.split('/').pop()), stampText());
  console.log(`pictures and stamp written to ${OUT}/: ${PICTURES.join(', ')}`);
} catch (err) {
  failed = true;
  console.error(err);
} finally {
  await browser.close();
  await server.close();
}
process.exit(failed ? 1 : 0);
