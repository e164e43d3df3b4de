// Accessibility (SPEC 2.1, issue 21) in real Firefox with dist/firefox/ installed unmodified:
// axe-core (WCAG 2.0/2.1/2.2 A and AA, best practices) finds nothing in the popup's states, in
// the in-page panel and on the www page, in light and in dark: the same states as
// tests/e2e/a11y.test.mjs in Chromium. The scheme is Firefox's own preference
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
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, afterEach, before, describe, test } from 'node:test';
import { COVEO, ENTRA_SAML_URL, GOTO_URL, MISSING_APP, ROLLOVER, SAML_PATH } from '../e2e/replica-values.mjs';
import { AXE_SOURCE, AXE_TAGS, SCHEMES } from '../e2e/axe.mjs';
import { serveFiles, within } from '../e2e/harness.mjs';
import { ROOT, assertNoErrors, clearCapture, finalStatus, launch, openPage, openPopup, press, startServer } from './harness-firefox.mjs';

const GECKO_ID = 'ssobridge@ssobridge.dev';
const METADATA = join(ROOT, 'tests/fixtures/metadata/ggtristams-samlsso_federationmetadata.xml');

let server;
/** state → scheme → violations, written to dist/a11y/firefox.json beside Chromium's for the README. */
const results = {};

before(async () => {
  server = await startServer({ metadata: { [ROLLOVER.appId]: ROLLOVER.fixture, [COVEO.appId]: COVEO.fixture } });
});

after(async () => {
  await server?.close();
  mkdirSync(join(ROOT, 'dist/a11y'), { recursive: true });
  writeFileSync(join(ROOT, 'dist/a11y/firefox.json'), `${JSON.stringify(results, null, 2)}\n`);
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

/** Puts `text` in a text box at once, as a paste does (typing a long SAML response key by key takes minutes). */
const paste = (page, selector, text) => page.$eval(selector, (el, value) => {
  el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
}, text);

for (const scheme of SCHEMES) {
  describe(`${scheme} scheme`, () => {
    const prefs = { 'layout.css.prefers-color-scheme.content-override': scheme === 'dark' ? 0 : 1 };
    let ff;
    before(async () => {
      ff = await launch(server.port, { prefs });
    });
    afterEach(() => assertNoErrors(ff));
    after(async () => {
      await ff?.close();
    });

    async function audit(page, state, include = null, browser = ff) {
      assert.equal(await page.evaluate((s) => matchMedia(`(prefers-color-scheme: ${s})`).matches, scheme), true, `the page sees the ${scheme} scheme`);
      const found = await violations(page, include);
      (results[state] ??= {})[scheme] = found.length;
      assert.deepEqual(found, [], `${state}, ${scheme}`);
      assertNoErrors(browser);
    }

    /** Captures on the Azure page at `url`, audits the panel's final status as `state`, and returns it. */
    async function captureAt(url, state) {
      const azure = await openPage(ff, url);
      await press(azure, 'capture');
      const status = await finalStatus(azure);
      await audit(azure, state, '[data-ssobridge-ui]');
      await azure.close();
      return status;
    }

    test('the popup, nothing captured', async () => {
      await clearCapture(ff);
      const popup = await openPopup(ff);
      await popup.waitForFunction(() => document.querySelector('#glance')?.dataset.state === 'empty');
      assert.equal(await popup.evaluate(() => document.documentElement.lang), 'en');
      await audit(popup, 'popup: nothing captured');
      await popup.close();
    });

    test('a capture, the panel after it, the popup with the values, the rollover\'s warning and the certificate details', async () => {
      await clearCapture(ff);
      const status = await captureAt(ENTRA_SAML_URL, 'panel: capture done');
      assert.equal(status.state, 'done', status.text);
      const popup = await openPopup(ff);
      await popup.waitForFunction(() => document.querySelector('[data-field="thumbprintSha1"]').value !== '', { timeout: 10_000 });
      // The replica app has rolled its certificate over: two signing certificates, a warning.
      assert.equal(await popup.$eval('#glance', (g) => g.dataset.state), 'warnings');
      assert.match(await popup.$eval('#warnings', (w) => w.textContent), /signing certificates/);
      await audit(popup, 'popup: captured');
      await popup.click('#certificate-details summary');
      await popup.waitForFunction(() => document.querySelector('#certificate-details').open);
      await audit(popup, 'popup: captured, certificate details open');
      await popup.close();
    });

    test('GoTo\'s panel: the Fill button, the conflict and its confirm, then done', async () => {
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
      const status = await captureAt('https://manage.windowsazure.com/', 'panel: capture error');
      assert.equal(status.state, 'error', status.text);
      const popup = await openPopup(ff);
      await popup.waitForFunction(() => document.querySelector('#glance').dataset.state === 'partial');
      await audit(popup, 'popup: capture error (captured in part)');
      await popup.click('#add-details summary');
      const input = await popup.$('[data-ssobridge="file"]');
      await input.uploadFile(join(ROOT, 'tests/fixtures/certs/dooooling-saml-azure_Saml.cer'));
      await popup.waitForFunction(() => document.querySelector('#message').dataset.state === 'error', { timeout: 10_000 });
      assert.match(await popup.$eval('#message', (m) => m.textContent), /expired/);
      await audit(popup, 'popup: error message');
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

    test('warnings: the app\'s metadata could not be fetched', async () => {
      await clearCapture(ff);
      const status = await captureAt(`https://entra.microsoft.com/missing-metadata.html${SAML_PATH(MISSING_APP)}`, 'panel: capture error (metadata unavailable)');
      assert.match(status.text, /could not be fetched/);
      const popup = await openPopup(ff);
      await popup.waitForFunction(() => document.querySelector('[data-field="entityId"]').value !== '', { timeout: 10_000 });
      assert.match(await popup.$eval('#source', (s) => s.textContent), /metadata could not be fetched/);
      await audit(popup, 'popup: warnings (metadata unavailable)');
      await popup.close();
    });

    test('the sign-in check waiting, with problems and ok', async () => {
      await clearCapture(ff);
      assert.equal((await captureAt(ENTRA_SAML_URL, 'panel: capture done')).state, 'done');
      for (const [kase, expected] of [['wrong-audience', 'problems'], ['good', 'ok']]) {
        const popup = await openPopup(ff);
        await popup.click('[data-ssobridge="signin-check"]');
        await popup.waitForSelector('[data-ssobridge="signin-result"][data-state="waiting"]', { timeout: 20_000 });
        await audit(popup, 'popup: sign-in check waiting');
        const login = await openPage(ff, `https://login.microsoftonline.com/sso.html?case=${kase}`);
        await login.waitForFunction(() => location.host === 'authentication.logmeininc.com', { timeout: 20_000 });
        await login.close();
        await popup.waitForSelector('[data-ssobridge="signin-result"]:is([data-state="ok"], [data-state="problems"])', { timeout: 20_000 });
        const checks = await popup.$$eval('#signin-checks li', (items) => items.map((li) => [li.dataset.state, li.querySelector('strong').textContent]));
        assert.equal(await popup.$eval('[data-ssobridge="signin-result"]', (r) => r.dataset.state), expected, JSON.stringify(checks));
        assert.equal(checks.length, 8);
        if (expected === 'problems') assert.deepEqual(checks[0], ['problem', 'Problem: Audience'], 'the problem first, in a word');
        else assert.ok(checks.every(([state, word]) => state === 'ok' && word.startsWith('OK: ')), JSON.stringify(checks));
        await audit(popup, `popup: sign-in check ${expected}`);
        await popup.close();
      }
    });

    test('choices locked by the organisation\'s policy', async () => {
      const policies = { '3rdparty': { Extensions: { [GECKO_ID]: { mode: 'automatic', product: 'gotowebinar', signinCheck: false } } } };
      const managed = await launch(server.port, { policies, prefs });
      try {
        const popup = await openPopup(managed);
        await popup.waitForFunction(() => document.querySelector('[data-ssobridge="mode"]').disabled, { timeout: 5_000 });
        assert.equal(await popup.$eval('[data-policy="mode"]', (note) => note.hidden), false, 'the lock is said, not only shown');
        await audit(popup, 'popup: policy-locked choices', null, managed);
      } finally {
        await managed.close();
      }
      assertNoErrors(managed);
    });

    test('the www page: empty, a metadata file read, a sign-in check with problems, an error', async () => {
      const files = await serveFiles((path) => within(join(ROOT, 'dist/www'), path));
      try {
        const page = await openPage(ff, `${files.base}/`);
        await page.waitForSelector('[data-ssobridge="file"]');
        await audit(page, 'www: empty');
        const input = await page.$('[data-ssobridge="file"]');
        await input.uploadFile(METADATA);
        await page.waitForFunction(() => document.querySelector('#message').dataset.state === 'done', { timeout: 10_000 });
        await audit(page, 'www: metadata read');
        const { azureResponse, certificatesOf } = await import('../replicas/_shared/saml-response.js');
        const [old] = certificatesOf(readFileSync(METADATA, 'utf8'));
        const now = Date.now();
        await paste(page, '#paste', Buffer.from(azureResponse({ tenant: ROLLOVER.tenant, certificate: old, now, notBefore: now - 300_000, notAfter: now + 3_600_000 })).toString('base64'));
        await page.click('#read');
        await page.waitForSelector('[data-ssobridge="signin-result"][data-state="problems"]', { timeout: 10_000 });
        assert.deepEqual(await page.$eval('#signin-checks li', (li) => [li.dataset.check, li.querySelector('strong').textContent]), ['certificate', 'Problem: Certificate'], 'the problem first');
        await audit(page, 'www: sign-in check with problems');
        await paste(page, '#paste', '<!DOCTYPE x [<!ENTITY e "e">]><x>&e;</x>');
        await page.click('#read');
        await page.waitForFunction(() => document.querySelector('#message').dataset.state === 'error', { timeout: 10_000 });
        await audit(page, 'www: error');
        await page.close();
      } finally {
        await files.close();
      }
    });
  });
}
