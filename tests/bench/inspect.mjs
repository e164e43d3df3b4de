// Context: Node. `make bench`: the wasm `inspect` against the best plain-JavaScript implementation
// of the same job (tests/bench/js-inspect.mjs), in the same headless Chromium page, on the same
// bytes. Outputs are checked equal first; then the implementations alternate in shuffled rounds,
// each round timing a batch of one implementation; medians of the per-round µs/op, and ratios.
// Also the module's cold start (import, instantiate, read the English sentences, first inspect).
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { within } from '../e2e/harness.mjs';
import { DIST, QUICK, ROOT, median, round, save, serveStatic } from './common.mjs';

const FIXTURES = [
  ['app metadata, rollover with 2 certificates (ggtristams, 14 KB)', 'metadata/ggtristams-samlsso_federationmetadata.xml', 'metadata'],
  ['app metadata, 1 certificate (coveooss)', 'metadata/coveooss-saml-client_azure.xml', 'metadata'],
  ['tenant metadata, 5 certificates (diegonorman)', 'metadata/diegonorman-sso-azure_tenant_azure_metadata.xml', 'metadata'],
  ['single certificate, PEM 76 columns CRLF (dooooling)', 'certs/dooooling-saml-azure_Saml.cer', 'certificate'],
  ['single certificate, DER (dooooling)', 'certs/derived/dooooling-saml-azure_Saml_as_RAW.der.cer', 'certificate'],
];
const ROUNDS = QUICK ? 5 : 21;
const BATCH_MS = 25;

const server = await serveStatic((path) => {
  if (path === '/') return join(ROOT, 'tests/bench/inspect.html');
  if (path.startsWith('/bench/')) return within(join(ROOT, 'tests/bench'), path.slice('/bench'.length));
  if (path.startsWith('/node_modules/')) return within(join(ROOT, 'node_modules'), path.slice('/node_modules'.length));
  if (path.startsWith('/fixtures/')) return within(join(ROOT, 'tests/fixtures'), path.slice('/fixtures'.length));
  if (path.startsWith('/pkg/')) return within(join(DIST, 'www/pkg'), path.slice('/pkg'.length));
  if (path.startsWith('/_locales/')) return within(join(DIST, 'www/_locales'), path.slice('/_locales'.length));
  return null;
});
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
page.on('pageerror', (err) => { throw err; });
await page.goto(`${server.base}/`);

const cold = [];
for (let i = 0; i < (QUICK ? 3 : 7); i++) {
  const fresh = await browser.newPage();
  await fresh.goto(`${server.base}/`);
  cold.push(await fresh.evaluate(async () => {
    const bytes = new Uint8Array(await (await fetch('/fixtures/certs/dooooling-saml-azure_Saml.cer')).arrayBuffer());
    const start = performance.now();
    const core = await import('/pkg/ssobridge.js');
    await core.default({ module_or_path: '/pkg/ssobridge_bg.wasm' });
    // The module carries no sentences: a page reads English before it shows any (www/app.js).
    for (const file of core.languageFiles('en')) core.useLanguage(await (await fetch(`/${file}`)).text());
    core.inspect(bytes);
    return performance.now() - start;
  }));
  await fresh.close();
}

const results = [];
for (const [label, file, kind] of FIXTURES) {
  const result = await page.evaluate(async ({ file, rounds, batchMs }) => {
    const core = await import('/pkg/ssobridge.js');
    await core.default({ module_or_path: '/pkg/ssobridge_bg.wasm' });
    for (const file of core.languageFiles('en')) core.useLanguage(await (await fetch(`/${file}`)).text());
    const js = await import('/bench/js-inspect.mjs');
    const bytes = new Uint8Array(await (await fetch(`/fixtures/${file}`)).arrayBuffer());
    const impls = { wasm: (b) => core.inspect(b), ...js.variants };
    // Same outputs first.
    const expected = JSON.stringify(js.comparable(core.inspect(bytes)));
    const checks = {};
    for (const [name, run] of Object.entries(js.variants)) {
      const got = JSON.stringify(await run(bytes));
      checks[name] = got === expected ? 'equal' : `DIFFERENT: ${got.slice(0, 400)} vs ${expected.slice(0, 400)}`;
    }
    // Calibrate a batch size per implementation (≈ batchMs), with warm-up.
    const batch = {};
    for (const [name, run] of Object.entries(impls)) {
      let n = 0;
      const start = performance.now();
      while (performance.now() - start < batchMs) { await run(bytes); n++; }
      batch[name] = Math.max(3, n);
    }
    const perRound = Object.fromEntries(Object.keys(impls).map((k) => [k, []]));
    for (let r = 0; r < rounds; r++) {
      const order = Object.keys(impls).sort(() => Math.random() - 0.5);
      for (const name of order) {
        const run = impls[name];
        const n = batch[name];
        const start = performance.now();
        if (name === 'library') for (let i = 0; i < n; i++) await run(bytes);
        else for (let i = 0; i < n; i++) run(bytes);
        perRound[name].push(((performance.now() - start) * 1000) / n);
      }
    }
    return { size: bytes.length, checks, perRound, batch };
  }, { file, rounds: ROUNDS, batchMs: BATCH_MS });
  const medians = Object.fromEntries(Object.entries(result.perRound).map(([k, v]) => [k, round(median(v), 1)]));
  const valid = Object.entries(medians).filter(([k]) => k !== 'wasm' && result.checks[k] === 'equal');
  const [bestName, bestMicros] = valid.sort((a, b) => a[1] - b[1])[0] ?? [null, null];
  const bestLibrary = valid.filter(([k]) => k !== 'lean').sort((a, b) => a[1] - b[1])[0] ?? [null, null];
  const entry = {
    label, file, kind, size: result.size, checks: result.checks, medianMicros: medians, rounds: ROUNDS,
    bestJs: bestName, bestJsMicros: bestMicros, ratioBest: bestMicros && round(bestMicros / medians.wasm, 2),
    bestLibraryJs: bestLibrary[0], ratioBestLibrary: bestLibrary[1] && round(bestLibrary[1] / medians.wasm, 2),
  };
  results.push(entry);
  console.log(`  ${label.padEnd(60)} ${String(result.size).padStart(6)} B  wasm ${String(medians.wasm).padStart(7)} µs  ${Object.entries(medians).filter(([k]) => k !== 'wasm').map(([k, v]) => `${k} ${v} µs${result.checks[k] === 'equal' ? '' : ' (NOT EQUAL)'}`).join(', ')}  → best JS (${bestName}) / wasm = ${entry.ratioBest}x`);
  for (const [k, v] of Object.entries(result.checks)) if (v !== 'equal') console.log(`    ${k}: ${v}`);
}
const coldMs = round(median(cold), 1);
console.log(`  cold start (import, instantiate, first inspect), median of ${cold.length}: ${coldMs} ms`);
save('inspect', { chromium: browser.version(), coldStartMs: coldMs, coldStartRuns: cold.map((c) => round(c, 1)), fixtures: results });
await browser.close();
await server.close();
