// A Polish admin: Chromium's UI in Polish, the portal in Polish (the replica's Polish labels are
// SYNTHETIC, see tests/replicas/_shared/azure.js). The module carries no sentences: the worker
// reads the English and Polish ones from _locales at start. Fails before the ten languages: the button
// said "Send to GoTo" and the status was English.
import assert from 'node:assert/strict';
import { after, afterEach, before, test } from 'node:test';
import { assertNoErrors, captureOn, launch, openPopup, startServer } from './harness.mjs';
import { COVEO, ROLLOVER, SAML_PATH } from './replica-values.mjs';

let server;
let browser;

before(async () => {
  server = await startServer({ metadata: { [COVEO.appId]: COVEO.fixture, [ROLLOVER.appId]: ROLLOVER.fixture } });
  browser = await launch(server.port, { lang: 'pl' });
});

afterEach(() => assertNoErrors(browser));

after(async () => {
  await browser?.close();
  await server?.close();
});

test('the button, the capture status and the popup speak Polish', async () => {
  const page = await browser.context.newPage();
  await page.goto(`https://portal.azure.com/?l=pl&app=rollover${SAML_PATH(ROLLOVER.appId)}`);
  const button = page.locator('[data-ssobridge="capture"]');
  assert.equal(await button.getAttribute('aria-label'), 'Wyślij do GoTo');
  const status = await captureOn(page);
  assert.equal(status.state, 'done', status.text);
  assert.match(status.text, /^Przechwycono i sprawdzono z metadanymi aplikacji \(certyfikat 815D70419E644F95BE30F309616EBDA58C5B591B, ważny do 2027-05-07T16:44:56Z\)/);
  const popup = await openPopup(browser);
  assert.match(await popup.textContent('body'), /Przechwycone ustawienia Azure AD/);
  await popup.close();
  await page.close();
});

test('an expired certificate is an error in Polish, with its date and what to do', async () => {
  const page = await browser.context.newPage();
  await page.goto(`https://portal.azure.com/?l=pl${SAML_PATH(COVEO.appId)}`);
  const status = await captureOn(page);
  assert.equal(status.state, 'error', status.text);
  assert.match(status.text, /Certyfikat podpisywania 3059B1E91C186E4258CA2365D867BBD8ECB8C187 wygasł 2022-10-23T09:45:10Z/);
  assert.match(status.text, /W Azure, w sekcji Certyfikaty SAML, utwórz nowy certyfikat/);
  await page.close();
});
