// A Dutch admin: Chromium's UI in Dutch, the portal in Dutch. The in-page button and the status
// come from _locales, with the core's values filled into the translation.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { captureOn, launch, startServer } from './harness.mjs';
import { COVEO, SAML_PATH } from './replica-values.mjs';

let server;
let browser;

before(async () => {
  server = await startServer({ metadata: { [COVEO.appId]: COVEO.fixture } });
  browser = await launch(server.port, { lang: 'nl' });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('the button and the capture status speak Dutch', async () => {
  const page = await browser.context.newPage();
  await page.goto(`https://portal.azure.com/?l=nl${SAML_PATH(COVEO.appId)}`);
  const button = page.locator('[data-ssobridge="capture"]');
  assert.equal(await button.getAttribute('aria-label'), 'Naar GoTo sturen');
  const status = await captureOn(page);
  assert.equal(status.state, 'done', status.text);
  assert.match(status.text, /^Vastgelegd en gecontroleerd met de metagegevens van de app \(certificaat 3059B1E91C186E4258CA2365D867BBD8ECB8C187, geldig tot 2022-10-23T09:45:10Z\)/);
  assert.deepEqual(browser.errors, []);
});
