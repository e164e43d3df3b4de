// A Portuguese (Brazil) and an Italian portal, captured through the built extension: the words
// ssobridge reads there come from Microsoft's pt-BR and it-IT tutorials and certificate articles
// (crate/src/labels.rs names each; the replica marks the labels it had to assume). Every value is
// checked as an admin would check it in the popup: sign-in and sign-out URL, identifier, metadata
// URL, thumbprint and expiry.
//
// Verified to fail correctly against the build before the Portuguese and Italian words
// (SSOBRIDGE_TEST_EXTENSION=DIR, the same replicas): the Italian planted page was refused as two
// tenants (its app owner's sections and "Configura GoToMeeting" were not known), and in both
// languages the Logout URL listed first was taken for the sign-in URL. The other pages passed
// there too: their values' shapes and the metadata suffice (the replica's older certificate has
// expired, so the metadata alone picks the active one; the native recogniser tests show the
// status words deciding).
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, test } from 'node:test';
import { assertNoErrors, captureOn, clearCapture, launch, openPopup, popupValue, startServer } from './harness.mjs';
import { COVEO, MISSING_APP, ROLLOVER, SAML_PATH } from './replica-values.mjs';

let server;
let browser;

before(async () => {
  // The other tenant's metadata is served too: a capture that followed a planted URL would get a
  // well-formed answer, so only reading the right sections keeps it out.
  server = await startServer({ metadata: { [ROLLOVER.appId]: ROLLOVER.fixture, [COVEO.appId]: COVEO.fixture } });
  browser = await launch(server.port);
});

afterEach(() => assertNoErrors(browser));

after(async () => {
  await browser?.close();
  await server?.close();
});

async function captured() {
  const popup = await openPopup(browser);
  const values = {};
  for (const field of ['signInUrl', 'signOutUrl', 'entityId', 'metadataUrl', 'thumbprintSha1', 'notAfter']) {
    values[field] = await popupValue(popup, field);
  }
  await popup.close();
  return values;
}

const ROLLOVER_CAPTURED = {
  signInUrl: ROLLOVER.signInUrl,
  signOutUrl: ROLLOVER.signInUrl,
  entityId: ROLLOVER.entityId,
  metadataUrl: ROLLOVER.metadataUrl,
  thumbprintSha1: ROLLOVER.activeThumbprint,
  notAfter: ROLLOVER.activeNotAfter,
};

for (const [language, l] of [['Portuguese (Brazil)', 'pt'], ['Italian', 'it']]) {
  describe(language, () => {
    for (const [era, url] of [
      ['2019-2023 page', `https://portal.azure.com/?l=${l}&app=rollover${SAML_PATH(ROLLOVER.appId)}`],
      ['Entra admin center', `https://entra.microsoft.com/?l=${l}${SAML_PATH(ROLLOVER.appId)}`],
      ['Entra admin center after a rollover (the Inactive row first)', `https://entra.microsoft.com/?l=${l}&grid=1${SAML_PATH(ROLLOVER.appId)}`],
      ['Entra admin center with another tenant\'s values typed into Basic SAML Configuration and a claim', `https://entra.microsoft.com/?l=${l}&plant=all${SAML_PATH(ROLLOVER.appId)}`],
    ]) {
      test(`${era} in ${language}: the app's own values, the active certificate, checked against the metadata`, async () => {
        await clearCapture(browser);
        const page = await browser.context.newPage();
        await page.goto(url);
        const status = await captureOn(page);
        assert.equal(status.state, 'done', status.text);
        assert.deepEqual(await captured(), ROLLOVER_CAPTURED);
        assert.ok(!server.requests.some((r) => r.includes(COVEO.tenant)), 'the planted metadata URL was never fetched');
        await page.close();
      });
    }

    // The portal lists the Login URL first and both URLs are the same, so order alone would do;
    // here (a CONSTRUCTED replica variant, see ?order= in tests/replicas/_shared/azure.js) the
    // Logout URL comes first on another host. No metadata can be fetched for this app, so the
    // popup shows what the page said (SPEC 4.4), and only the labels can have said it right.
    test(`${language}: the Logout URL listed first is told from the Login URL by its label alone`, async () => {
      await clearCapture(browser);
      const page = await browser.context.newPage();
      await page.goto(`https://portal.azure.com/?l=${l}&app=missing&order=logout-first${SAML_PATH(MISSING_APP)}`);
      const status = await captureOn(page);
      assert.equal(status.state, 'error');
      assert.match(status.text, /could not be fetched: The server answered HTTP 404/);
      const values = await captured();
      assert.equal(values.signInUrl, `https://login.microsoftonline.com/${ROLLOVER.tenant}/saml2`);
      assert.equal(values.signOutUrl, `https://login.windows.net/${ROLLOVER.tenant}/saml2`);
      assert.equal(values.entityId, ROLLOVER.entityId);
      assert.equal(values.thumbprintSha1, ROLLOVER.activeThumbprint);
      await page.close();
    });
  });
}
