// A Dutch admin: Chromium's UI in Dutch, the portal in Dutch. The in-page button comes from
// _locales and every status from the core's message table, arguments and warnings included.
import assert from 'node:assert/strict';
import { after, afterEach, before, test } from 'node:test';
import { assertNoErrors, captureOn, launch, openPopup, popupValue, startServer } from './harness.mjs';
import { COVEO, ROLLOVER, SAML_PATH } from './replica-values.mjs';

let server;
let browser;

before(async () => {
  server = await startServer({ metadata: { [COVEO.appId]: COVEO.fixture, [ROLLOVER.appId]: ROLLOVER.fixture } });
  browser = await launch(server.port, { lang: 'nl' });
});

afterEach(() => assertNoErrors(browser));

after(async () => {
  await browser?.close();
  await server?.close();
});

test('the button and the capture status speak Dutch', async () => {
  const page = await browser.context.newPage();
  await page.goto(`https://portal.azure.com/?l=nl&app=rollover${SAML_PATH(ROLLOVER.appId)}`);
  const button = page.locator('[data-ssobridge="capture"]');
  assert.equal(await button.getAttribute('aria-label'), 'Naar GoTo sturen');
  const status = await captureOn(page);
  assert.equal(status.state, 'done', status.text);
  assert.match(status.text, /^Vastgelegd en gecontroleerd met de metagegevens van de app \(certificaat 815D70419E644F95BE30F309616EBDA58C5B591B, geldig tot 2027-05-07T16:44:56Z\)/);
  await page.close();
});

// Fails on the code before the trust issue: the status was `done`, "geldig tot 2022-10-23…".
test('an expired certificate is an error, in Dutch, with its date and what to do; nothing is stored', async () => {
  const page = await browser.context.newPage();
  await page.goto(`https://portal.azure.com/?l=nl${SAML_PATH(COVEO.appId)}`);
  const status = await captureOn(page);
  assert.equal(status.state, 'error', status.text);
  assert.match(status.text, /Het handtekeningcertificaat 3059B1E91C186E4258CA2365D867BBD8ECB8C187 is verlopen op 2022-10-23T09:45:10Z/);
  assert.match(status.text, /Maak in Azure onder SAML-certificaten een nieuw certificaat/);
  const popup = await openPopup(browser);
  assert.equal(await popupValue(popup, 'thumbprintSha1'), ROLLOVER.activeThumbprint, 'the previous capture stays');
  await popup.close();
  await page.close();
});
