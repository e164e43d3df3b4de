// Context: Node. `make bench`, wasm half: the built module's size, its cold start, and the same
// inputs as the native bench, timed inside headless Chromium. Prints figures only.
import { readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { serveFiles, within } from '../e2e/harness.mjs';

const ROOT = join(import.meta.dirname, '../..');
const WWW = join(ROOT, 'dist/www');
const wasm = readFileSync(join(WWW, 'pkg/ssobridge_bg.wasm'));
const glue = statSync(join(WWW, 'pkg/ssobridge.js')).size;
console.log(`\nwasm module: ${(wasm.length / 1024).toFixed(0)} KiB, ${(gzipSync(wasm, { level: 9 }).length / 1024).toFixed(0)} KiB gzipped; JS glue ${(glue / 1024).toFixed(1)} KiB`);

const FIXTURES = {
  'app metadata, 1 certificate (coveooss)': 'metadata/coveooss-saml-client_azure.xml',
  'app metadata, rollover with 2 certificates (ggtristams)': 'metadata/ggtristams-samlsso_federationmetadata.xml',
  'tenant metadata, 5 certificates (diegonorman)': 'metadata/diegonorman-sso-azure_tenant_azure_metadata.xml',
  'certificate, PEM 76 columns CRLF (dooooling)': 'certs/dooooling-saml-azure_Saml.cer',
  'certificate, DER (dooooling)': 'certs/derived/dooooling-saml-azure_Saml_as_RAW.der.cer',
};
const server = await serveFiles((path) => (path.startsWith('/fixtures/') ? within(join(ROOT, 'tests'), path) : within(WWW, path)));
const base = server.base;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
await page.goto(`${base}/`);
const cold = await page.evaluate(async () => {
  const start = performance.now();
  const core = await import(`/pkg/ssobridge.js?cold=${Date.now()}`);
  await core.default({ module_or_path: `/pkg/ssobridge_bg.wasm?cold=${Date.now()}` });
  const bytes = new Uint8Array(await (await fetch('/fixtures/certs/dooooling-saml-azure_Saml.cer')).arrayBuffer());
  core.inspect(bytes);
  return performance.now() - start;
});
console.log(`cold start in Chromium (import, instantiate, first inspect): ${cold.toFixed(1)} ms\n\nwasm in headless Chromium:`);
for (const [label, file] of Object.entries(FIXTURES)) {
  const result = await page.evaluate(async (file) => {
    const core = await import('/pkg/ssobridge.js');
    await core.default({ module_or_path: '/pkg/ssobridge_bg.wasm' });
    const bytes = new Uint8Array(await (await fetch(`/fixtures/${file}`)).arrayBuffer());
    let runs = 0;
    const start = performance.now();
    while (performance.now() - start < 700) { core.inspect(bytes); runs++; }
    return { micros: ((performance.now() - start) * 1000) / runs, runs, size: bytes.length };
  }, file);
  console.log(`  ${label.padEnd(58)} ${String(result.size).padStart(6)} B  ${result.micros.toFixed(1).padStart(8)} µs/op  (${result.runs} runs)`);
}
await browser.close();
await server.close();
