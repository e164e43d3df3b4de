// Accessibility (SPEC 2.1, issue 21) in real Firefox with dist/firefox/ installed unmodified:
// axe-core (WCAG 2.0/2.1/2.2 A and AA, best practices) finds nothing in the popup's states and in
// the in-page panel, in light and in dark. The scheme is Firefox's own preference
// (layout.css.prefers-color-scheme.content-override, one Firefox per scheme): WebDriver BiDi has
// no media emulation in this Firefox, and the test checks that the page sees the scheme.
//
// The panel in Firefox: axe audits its light DOM (the status lines, which are the live regions,
// and the button hosts, which carry role, name and tabindex). The faces the buttons draw in
// their closed shadow roots cannot be reached from here without a test-only build: BiDi has no
// accessibility tree, and only the extension's own content script may open a closed root. The
// faces' colours are the same inline styles in both browsers, and tests/e2e/a11y.test.mjs reads
// them through the DevTools protocol in Chromium.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { COVEO, ENTRA_SAML_URL, GOTO_URL, ROLLOVER } from '../e2e/replica-values.mjs';
import { AXE_SOURCE, AXE_TAGS } from '../e2e/axe.mjs';
import { ROOT, assertNoErrors, clearCapture, finalStatus, launch, openPage, openPopup, press, startServer } from './harness-firefox.mjs';

let server;

before(async () => {
  server = await startServer({ metadata: { [ROLLOVER.appId]: ROLLOVER.fixture, [COVEO.appId]: COVEO.fixture } });
});

after(async () => {
  await server?.close();
});

/** axe's violations in `page` (or in what `include` selects), one line each. */
async function violations(page, include = null) {
  if (!await page.evaluate(() => typeof globalThis.axe === 'object')) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (selector, tags) => {
    const context = selector ? { include: [[selector]] } : document;
    const result = await globalThis.axe.run(context, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')}: ${n.failureSummary.replace(/\s+/g, ' ')}`));
  }, include, AXE_TAGS);
}

for (const scheme of ['light', 'dark']) {
  describe(`${scheme} scheme`, () => {
    let ff;
    before(async () => {
      ff = await launch(server.port, { prefs: { 'layout.css.prefers-color-scheme.content-override': scheme === 'dark' ? 0 : 1 } });
    });
    after(async () => {
      await ff?.close();
    });

    async function audit(page, state, include = null) {
      assert.equal(await page.evaluate((s) => matchMedia(`(prefers-color-scheme: ${s})`).matches, scheme), true, `the page sees the ${scheme} scheme`);
      assert.deepEqual(await violations(page, include), [], `${state}, ${scheme}`);
      assertNoErrors(ff);
    }

    test('the popup, nothing captured', async () => {
      const popup = await openPopup(ff);
      await popup.waitForFunction(() => document.querySelector('#glance')?.dataset.state === 'empty');
      assert.equal(await popup.evaluate(() => document.documentElement.lang), 'en');
      await audit(popup, 'popup: nothing captured');
      await popup.close();
    });

    test('a capture, the panel after it, the popup with the values and the certificate details', async () => {
      const azure = await openPage(ff, ENTRA_SAML_URL);
      await press(azure, 'capture');
      const status = await finalStatus(azure);
      assert.equal(status.state, 'done', status.text);
      await audit(azure, 'panel: capture done', '[data-ssobridge-ui]');
      await azure.close();
      const popup = await openPopup(ff);
      await popup.waitForFunction(() => document.querySelector('[data-field="thumbprintSha1"]').value !== '', { timeout: 10_000 });
      await audit(popup, 'popup: captured');
      await popup.click('#certificate-details summary');
      await popup.waitForFunction(() => document.querySelector('#certificate-details').open);
      await audit(popup, 'popup: certificate details open');
      await popup.close();
    });

    test('GoTo\'s panel with the conflict and its confirm', async () => {
      const goto = await openPage(ff, `${GOTO_URL}?preset=conflict#/identity-provider`);
      await goto.waitForSelector('[data-ssobridge="fill"]', { timeout: 10_000 });
      await audit(goto, 'panel: Fill button', '[data-ssobridge-ui]');
      await press(goto, 'fill');
      const status = await finalStatus(goto);
      assert.equal(status.state, 'conflict', status.text);
      await goto.waitForSelector('[data-ssobridge="confirm"]');
      await audit(goto, 'panel: conflict with confirm', '[data-ssobridge-ui]');
      // A person reads the conflict first (SPEC 8: a confirm pressed at once does not count).
      await new Promise((resolve) => setTimeout(resolve, 800));
      await press(goto, 'confirm');
      const filled = await finalStatus(goto, { after: status.text });
      assert.equal(filled.state, 'done', filled.text);
      await audit(goto, 'panel: fill done', '[data-ssobridge-ui]');
      await goto.close();
    });

    test('a capture error, a refused file, a file added, a metadata URL read', async () => {
      await clearCapture(ff);
      const azure = await openPage(ff, 'https://manage.windowsazure.com/');
      await press(azure, 'capture');
      const status = await finalStatus(azure);
      assert.equal(status.state, 'error', status.text);
      await audit(azure, 'panel: capture error', '[data-ssobridge-ui]');
      await azure.close();
      const popup = await openPopup(ff);
      await popup.waitForFunction(() => document.querySelector('#glance').dataset.state === 'partial');
      await audit(popup, 'popup: capture error (captured in part)');
      await popup.click('#add-details summary');
      const input = await popup.$('[data-ssobridge="file"]');
      await input.uploadFile(join(ROOT, 'tests/fixtures/certs/dooooling-saml-azure_Saml.cer'));
      await popup.waitForFunction(() => document.querySelector('#message').dataset.state === 'error', { timeout: 10_000 });
      await audit(popup, 'popup: error message (an expired certificate refused)');
      await input.uploadFile(join(ROOT, 'tests/fixtures/certs/derived/ggtristams_active_signing_cert.cer'));
      await popup.waitForFunction(() => document.querySelector('[data-field="thumbprintSha1"]').value !== '', { timeout: 10_000 });
      await audit(popup, 'popup: a file added');
      await popup.close();
      await clearCapture(ff);
      const again = await openPopup(ff);
      await again.click('#add-details summary');
      await again.type('#metadata-url', ROLLOVER.metadataUrl);
      await again.click('#url-form button');
      await again.waitForFunction(() => document.querySelector('[data-field="thumbprintSha1"]').value !== '', { timeout: 10_000 });
      await audit(again, 'popup: a metadata URL read');
      await again.close();
    });

    test('the sign-in check waiting and with problems', async () => {
      const popup = await openPopup(ff);
      await popup.click('[data-ssobridge="signin-check"]');
      await popup.waitForSelector('[data-ssobridge="signin-result"][data-state="waiting"]', { timeout: 20_000 });
      await audit(popup, 'popup: sign-in check waiting');
      const login = await openPage(ff, 'https://login.microsoftonline.com/sso.html?case=wrong-audience');
      await login.waitForFunction(() => location.host === 'authentication.logmeininc.com', { timeout: 20_000 });
      await login.close();
      await popup.waitForSelector('[data-ssobridge="signin-result"][data-state="problems"]', { timeout: 20_000 });
      const states = await popup.$$eval('#signin-checks li', (items) => items.map((li) => li.dataset.state));
      assert.deepEqual(states, [...states].sort((a, b) => (a === 'problem' ? 0 : 1) - (b === 'problem' ? 0 : 1)), 'the problems first');
      assert.equal(states[0], 'problem');
      await audit(popup, 'popup: sign-in check problems');
      await popup.close();
    });
  });
}
