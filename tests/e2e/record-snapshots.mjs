// Context: Node. Records the page snapshots the native recogniser tests use
// (tests/fixtures/snapshots/*.json), by running the extension's own extension/snapshot.js on each
// replica page in headless Chromium. Run after changing a replica or the collector:
//   node tests/e2e/record-snapshots.mjs [NAME]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, ROOT, startServer } from './harness.mjs';
import { BRENDAN, COVEO, ENTRA_SAML_URL, SAML_PATH } from './replica-values.mjs';

const collector = readFileSync(join(ROOT, 'extension/snapshot.js'), 'utf8');
const out = join(ROOT, 'tests/fixtures/snapshots');
mkdirSync(out, { recursive: true });

const PAGES = [
  ['azure-entra-en', ENTRA_SAML_URL],
  ['azure-entra-home', 'https://entra.microsoft.com/#home', 'text=Tenant: contoso.example'],
  ['azure-2019-nl', `https://portal.azure.com/?l=nl${SAML_PATH(COVEO.appId)}`],
  ['azure-2019-sv', `https://portal.azure.com/?l=sv${SAML_PATH(COVEO.appId)}`],
  // SYNTHETIC Polish labels (tests/replicas/_shared/azure.js says where they come from).
  ['azure-2019-pl', `https://portal.azure.com/?l=pl${SAML_PATH(COVEO.appId)}`],
  ['azure-2017-quickref', `https://portal.azure.com/2017.html${SAML_PATH(BRENDAN.appId).replace('/~/', '/')}`, 'text=Configure GoToMeeting', 'text=Configure GoToMeeting'],
  ['azure-2016-classic', 'https://manage.windowsazure.com/'],
  ['azure-2019-nl-basic-saml-pane', `https://portal.azure.com/?l=nl${SAML_PATH(COVEO.appId)}`, null, 'section:first-of-type >> text=Bewerken'],
  ['goto-react-en-automatic', 'https://organization.logmeininc.com/#/identity-provider'],
  ['goto-react-en-users-tab', 'https://organization.logmeininc.com/#/users', null, 'text=Users'],
  ['goto-react-de-drift', 'https://organization.logmeininc.com/?lang=de&preset=drift#/identity-provider'],
  ['goto-citrix-automatic', 'https://account.citrixonline.com/organization/administration/'],
  ['goto-citrix-listbox-open', 'https://account.citrixonline.com/organization/administration/', null, '[role=combobox]'],
  // Web components (open shadow roots: the page's own world cannot open closed ones).
  ['goto-components-automatic', 'https://organization.logmeininc.com/components.html#/identity-provider'],
  ['goto-components-listbox-open', 'https://organization.logmeininc.com/components.html#/identity-provider', null, '[role=combobox]'],
  ['goto-components-conflict-manual', 'https://organization.logmeininc.com/components.html?preset=conflict#/identity-provider'],
];

const server = await startServer();
const browser = await launch(server.port);
const page = await browser.context.newPage();
// `node tests/e2e/record-snapshots.mjs NAME` records that one page only.
const only = process.argv[2];
for (const [name, url, waitFor, click] of PAGES.filter(([name]) => !only || name === only)) {
  await page.goto('about:blank');
  await page.goto(url);
  await page.waitForTimeout(1200); // the replicas render their blades after the shell
  if (waitFor) await page.waitForSelector(waitFor);
  if (click) {
    const target = page.locator(click).first();
    // The Citrix-era listbox opens on mousedown; a web component's combobox on click.
    await (click.includes('combobox') && url.includes('citrix') ? target.dispatchEvent('mousedown') : target.click());
    await page.waitForTimeout(600);
  }
  // Evaluated like the content script: the same file, then its collector.
  const snapshot = await page.evaluate(`${collector}\n;globalThis.ssobridgeSnapshot.collect().snapshot`);
  writeFileSync(join(out, `${name}.json`), JSON.stringify(snapshot, null, 1) + '\n');
  console.log(`${name}: ${snapshot.elements.length} elements`);
}
await browser.close();
await server.close();
