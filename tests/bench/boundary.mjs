// Context: Node. `make bench`: how values cross the wasm boundary, on the worker's real messages.
// The product passes JSON text (JSON.stringify / serde_json / JSON.parse, crate/src/wasm.rs); the
// design card names serde-wasm-bindgen (field by field through the boundary). This builds the
// crate a second time with `--features serde-wasm-bindgen` (same profile, wasm-bindgen, wasm-opt
// -Oz as tools/build.sh) and times `step` on both: a page snapshot in (the Entra SAML page's
// view), a fill plan out (GoTo's form after a capture), and the popup's view. Outputs are checked
// equal first; medians of 15 shuffled rounds, each a batch of one variant.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { DIST, ROOT, round, save } from './common.mjs';

const ROUNDS = process.env.BENCH_QUICK ? 5 : 15;
const gz = (bytes) => gzipSync(bytes, { level: 9 }).length;
const FEATURES = ['--enable-bulk-memory', '--enable-bulk-memory-opt', '--enable-nontrapping-float-to-int', '--enable-sign-ext', '--enable-mutable-globals', '--enable-multivalue', '--enable-reference-types'];

// ---- The serde-wasm-bindgen build, in its own target directory (the product's stays as is) ----
const work = mkdtempSync(join(tmpdir(), 'ssobridge-boundary-'));
const target = process.env.SSOBRIDGE_BOUNDARY_TARGET ?? join(ROOT, 'target/boundary');
const toolsBin = execFileSync(join(ROOT, 'tools/setup.sh'), ['build'], { encoding: 'utf8' }).trim().split('\n').at(-1);
execFileSync('cargo', ['build', '--quiet', '--lib', '--profile', 'wasm', '--target', 'wasm32-unknown-unknown', '-p', 'ssobridge', '--features', 'serde-wasm-bindgen'], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, CARGO_TARGET_DIR: target } });
execFileSync(join(toolsBin, 'wasm-bindgen'), ['--target', 'web', '--no-typescript', '--out-dir', work, join(target, 'wasm32-unknown-unknown/wasm/ssobridge.wasm')]);
execFileSync(join(ROOT, 'node_modules/.bin/wasm-opt'), ['-Oz', '-ocimfs', '0', '--low-memory-unused', '--strip-debug', '--strip-producers', ...FEATURES, join(work, 'ssobridge_bg.wasm'), '-o', join(work, 'ssobridge_bg.wasm')]);

async function load(dir) {
  const core = await import(pathToFileURL(join(dir, 'ssobridge.js')).href);
  const bytes = readFileSync(join(dir, 'ssobridge_bg.wasm'));
  await core.default({ module_or_path: bytes });
  // The module carries no sentences: English from the extension's _locales, as worker.js reads it.
  for (const file of core.languageFiles('en')) core.useLanguage(readFileSync(join(DIST, 'extension', file), 'utf8'));
  return { core, bytes: bytes.length, gz: gz(bytes) };
}
const variants = {
  'JSON text (product)': await load(join(DIST, 'extension/pkg')),
  'serde-wasm-bindgen': await load(work),
};

// ---- The messages -------------------------------------------------------------------------------
const fixture = (path) => JSON.parse(readFileSync(join(ROOT, 'tests/fixtures', path), 'utf8'));
const ID = 'abcdefghijklmnopabcdefghijklmnop';
const env = { extensionId: ID, extensionBase: `chrome-extension://${ID}/`, lang: 'en', policy: { managed: null }, token: '0123456789abcdef0123456789abcdef' };
const senderFor = (url) => ({ id: ID, url, origin: new URL(url).origin, tabId: 1, frameId: 0 });
const POPUP = { id: ID, url: `chrome-extension://${ID}/popup.html`, origin: `chrome-extension://${ID}` };
const CLICK = { trusted: true, onButton: true, inViewport: true, widthPx: 120, heightPx: 32, visibleMs: 2000, opacityPercent: 100, styleIntact: true, topLayer: true };
const azure = fixture('snapshots/azure-entra-en.json');
const goto = fixture('snapshots/goto-react-en-automatic.json');
const request = (message, sender) => ({ kind: 'request', message, sender });

// A capture (request, then the fetched metadata) gives the stored state the fill and popup read.
function captured(core) {
  const asked = core.step(request({ type: 'capture', click: CLICK, snapshot: azure }, senderFor(azure.url)), null, env);
  const body = new Uint8Array(readFileSync(join(ROOT, 'tests/fixtures/metadata/ggtristams-samlsso_federationmetadata.xml')));
  const done = core.step({ kind: 'fetched', pending: asked.fetch.pending, fetched: { outcome: 'ok', body } }, null, env);
  if (!done.store?.settings) throw new Error(`capture did not store: ${JSON.stringify(done.reply)}`);
  return done.store;
}
const CASES = [
  { label: 'snapshot in: the Entra SAML page (view)', call: (core) => core.step(request({ type: 'view', snapshot: azure }, senderFor(azure.url)), null, env) },
  { label: 'plan out: fill GoTo after a capture', stored: true, call: (core, stored) => core.step(request({ type: 'fill', click: CLICK, snapshot: goto }, senderFor(goto.url)), stored, env) },
  { label: "the popup's view", stored: true, call: (core, stored) => core.step(request({ type: 'popup-open' }, POPUP), stored, env) },
];

const names = Object.keys(variants);
const stored = Object.fromEntries(names.map((name) => [name, captured(variants[name].core)]));
const rows = [];
for (const c of CASES) {
  const outputs = names.map((name) => JSON.stringify(c.call(variants[name].core, stored[name])));
  if (outputs[0] !== outputs[1]) throw new Error(`${c.label}: the two builds answer differently\n${outputs[0].slice(0, 400)}\n${outputs[1].slice(0, 400)}`);
  const inBytes = JSON.stringify(c.label.startsWith('snapshot') ? azure : c.label.startsWith('plan') ? goto : {}).length;
  const outBytes = outputs[0].length;
  let batch = 1;
  while (true) {
    const start = performance.now();
    for (let i = 0; i < batch; i += 1) c.call(variants[names[0]].core, stored[names[0]]);
    if (performance.now() - start > 20) break;
    batch *= 2;
  }
  const times = Object.fromEntries(names.map((name) => [name, []]));
  for (let r = 0; r < ROUNDS; r += 1) {
    for (const name of (r % 2 ? [...names].reverse() : names)) {
      const { core } = variants[name];
      const start = performance.now();
      for (let i = 0; i < batch; i += 1) c.call(core, stored[name]);
      times[name].push(((performance.now() - start) * 1000) / batch);
    }
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const micros = Object.fromEntries(names.map((name) => [name, round(median(times[name]), 1)]));
  rows.push({ label: c.label, inBytes, outBytes, micros });
  console.log(`  ${c.label.padEnd(44)} in ${String(inBytes).padStart(6)} B, out ${String(outBytes).padStart(6)} B: ${names.map((n) => `${n} ${micros[n]} µs`).join(', ')}`);
}
const modules = Object.fromEntries(names.map((name) => [name, { bytes: variants[name].bytes, gz: variants[name].gz }]));
for (const name of names) console.log(`  module, ${name}: ${variants[name].bytes} B, ${variants[name].gz} B gzipped`);
save('boundary', { rounds: ROUNDS, rows, modules });
