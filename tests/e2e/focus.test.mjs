// The focused snapshot (extension/snapshot.js with the Azure probe, as the content script calls
// it) on a synthetic portal page: what sits close to the matches stays whatever its size (a
// certificate grid of 300 elements beside its section's heading), big subtrees far from them
// are left out (a 2,000-element resource grid of the portal shell), and a pane far from the
// blade still comes along with its fields.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright-core';
import { ROOT } from './harness.mjs';

const collector = readFileSync(join(ROOT, 'extension/snapshot.js'), 'utf8');
const probe = readFileSync(join(ROOT, 'extension/probe/azure.js'), 'utf8');
const THUMBPRINT = '815D70419E644F95BE30F309616EBDA58C5B591B';

// A portal shell: a big grid of resources, then the SAML blade (its certificate section's grid
// padded to 300 elements), then a pane appended to the body like the Basic SAML edit pane.
const PAGE = `<!doctype html><html lang="en"><body>
<nav id="shell"><div id="resources">${Array.from({ length: 500 }, (_, i) => `<div class="row"><span>app-${i}</span><span>Enterprise application</span><button>Open</button></div>`).join('')}</div></nav>
<main id="blade"><h1>SAML-based Sign-on</h1>
  <section><header><h2>SAML Certificates</h2></header>
    <div role="grid" id="certificates">${Array.from({ length: 98 }, (_, i) => `<div role="row"><span>Status</span><span>Inactive ${i}</span></div>`).join('')}
      <div role="row"><span>Thumbprint</span><span id="thumbprint">${THUMBPRINT}</span></div></div>
  </section>
</main>
<div class="pane" role="dialog" aria-label="Basic SAML Configuration"><label for="reply">Reply URL (Assertion Consumer Service URL)</label><input id="reply" value=""></div>
</body></html>`;

let browser;
let page;

before(async () => {
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  page = await browser.newPage();
  await page.setContent(PAGE);
});

after(async () => {
  await browser?.close();
});

test('a focused snapshot keeps what is close to the matches and leaves the portal\'s big grids out', async () => {
  const snapshot = await page.evaluate(`${probe}\n${collector}\n;globalThis.ssobridgeSnapshot.collect({ focus: new RegExp(globalThis.ssobridgeProbe.pattern, 'i'), fields: globalThis.ssobridgeProbe.fields }).snapshot`);
  const values = snapshot.elements.map((e) => e.value ?? '');
  assert.ok(values.includes(THUMBPRINT), 'the thumbprint in the 300-element certificate grid beside its heading');
  assert.ok(snapshot.elements.some((e) => e.tag === 'input' && /Reply URL/.test(e.label ?? '')), 'the pane\'s field, far from the blade');
  assert.ok(!values.some((v) => v.startsWith('app-')), 'no row of the 2,000-element resource grid');
  assert.ok(snapshot.elements.length < 400, `${snapshot.elements.length} elements`);
});

test('without focus the whole page is collected, up to the cap', async () => {
  const snapshot = await page.evaluate(`${collector}\n;globalThis.ssobridgeSnapshot.collect().snapshot`);
  assert.ok(snapshot.elements.some((e) => (e.value ?? '').startsWith('app-')));
});

// A label is the nearest text before a field; a big subtree in between is no label. With text
// (another blade, a grid) it ends the search, since its rendered text would cost a heavy portal
// milliseconds per snapshot; without text (a loading shimmer, an SVG drawing) it is passed over.
test('a big text-less subtree between a label and its value is passed over; a big one with text ends the search', async () => {
  const shimmer = `<div class="shimmer">${'<div></div>'.repeat(150)}</div>`;
  const grid = `<div class="grid">${Array.from({ length: 150 }, (_, i) => `<div>row ${i}</div>`).join('')}</div>`;
  await page.setContent(`<!doctype html><html lang="en"><body>
    <div><div>Thumbprint</div>${shimmer}<span id="passed">${THUMBPRINT}</span></div>
    <div><div>Thumbprint</div>${grid}<span id="ended">${THUMBPRINT}</span></div>
  </body></html>`);
  const elements = await page.evaluate(`${collector}\n;globalThis.ssobridgeSnapshot.collect().snapshot.elements`);
  const label = (id) => elements.find((e) => e.id === id)?.label ?? '';
  assert.equal(label('passed'), 'Thumbprint');
  assert.equal(label('ended'), '');
});
