// Context: Node. `make bench`: what the user downloads. The module after wasm-opt, gzipped; the JS
// shell (every .js file the extension ships, the wasm-bindgen glue included), gzipped; and each
// dependency's share of the module, from twiggy on the same build with its names kept:
// cargo's output → wasm-bindgen --keep-debug → wasm-opt -Oz -ocimfs 0 --low-memory-unused -g (as
// tools/build.sh, names kept).
// Functions are charged to the crate their name starts with (for `<A as B>::f`, A's crate unless A
// is a primitive or generic; inlined code stays with its caller). "gz" is the gzipped bytes the
// crate's functions add: the module gzipped whole, minus gzipped with their bodies zeroed.
// twiggy is built once from crates.io into ~/.cache/ssobridge/twiggy-VERSION/ (like the
// wasm-bindgen CLI). SSOBRIDGE_BENCH_WASM=FILE names cargo's output for another build.
// SSOBRIDGE_SIZE_BASELINE="label" also writes these shares to tests/bench/size-baseline.json, the
// "before" of BENCHMARKS.md's weight-by-part table (report.mjs); commit it when a new before is chosen.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST, ROOT, round, save } from './common.mjs';

const TWIGGY_VERSION = '0.8.0';
const gz = (bytes) => gzipSync(bytes, { level: 9 }).length;
const kib = (n) => round(n / 1024, 1);

// ---- The shipped module and JS shell -------------------------------------------------------------
const module = readFileSync(join(DIST, 'extension/pkg/ssobridge_bg.wasm'));
const shellFiles = [];
(function walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (name.endsWith('.js') || name.endsWith('.mjs')) shellFiles.push(path);
  }
})(join(DIST, 'extension'));
const shell = shellFiles.map((path) => {
  const bytes = readFileSync(path);
  return { file: relative(join(DIST, 'extension'), path), bytes: bytes.length, gz: gz(bytes) };
}).sort((a, b) => b.gz - a.gz);
const shellTotal = { bytes: shell.reduce((s, f) => s + f.bytes, 0), gzEach: shell.reduce((s, f) => s + f.gz, 0), gzTogether: gz(Buffer.concat(shellFiles.map((p) => readFileSync(p)))) };
const result = {
  module: { bytes: module.length, gz: gz(module), kib: kib(module.length), gzKib: kib(gz(module)) },
  shell: { files: shell, ...shellTotal, gzEachKib: kib(shellTotal.gzEach) },
};
console.log(`  wasm module after wasm-opt: ${result.module.kib} KiB, ${result.module.gzKib} KiB gzipped`);
console.log(`  JS shell (${shell.length} files): ${kib(shellTotal.bytes)} KiB, ${kib(shellTotal.gzEach)} KiB gzipped file by file (${kib(shellTotal.gzTogether)} KiB as one stream)`);

// ---- Per-dependency shares, twiggy on the same build with names ----------------------------------------
const twiggy = join(process.env.SSOBRIDGE_TOOLS ?? join(homedir(), '.cache/ssobridge'), `twiggy-${TWIGGY_VERSION}`, 'bin/twiggy');
if (!existsSync(twiggy)) {
  console.log(`  building twiggy ${TWIGGY_VERSION} into ${twiggy} (once, a few minutes)`);
  execFileSync('cargo', ['install', '--locked', '--quiet', 'twiggy', '--version', TWIGGY_VERSION, '--root', join(twiggy, '../..')], { stdio: 'inherit' });
}
const raw = process.env.SSOBRIDGE_BENCH_WASM ?? join(process.env.CARGO_TARGET_DIR ?? join(ROOT, 'target'), 'wasm32-unknown-unknown/wasm/ssobridge.wasm');
const toolsBin = execFileSync(join(ROOT, 'tools/setup.sh'), ['build'], { encoding: 'utf8' }).trim().split('\n').at(-1);
const work = mkdtempSync(join(tmpdir(), 'ssobridge-size-'));
execFileSync(join(toolsBin, 'wasm-bindgen'), ['--target', 'web', '--no-typescript', '--keep-debug', '--out-dir', work, raw]);
const FEATURES = ['--enable-bulk-memory', '--enable-bulk-memory-opt', '--enable-nontrapping-float-to-int', '--enable-sign-ext', '--enable-mutable-globals', '--enable-multivalue', '--enable-reference-types'];
const named = join(work, 'named.wasm');
const stripped = join(work, 'stripped.wasm');
execFileSync(join(ROOT, 'node_modules/.bin/wasm-opt'), ['-Oz', '-ocimfs', '0', '--low-memory-unused', '-g', '--strip-producers', ...FEATURES, join(work, 'ssobridge_bg.wasm'), '-o', named]);
execFileSync(join(ROOT, 'node_modules/.bin/wasm-opt'), ['--strip-debug', ...FEATURES, named, '-o', stripped]);
const strippedBytes = readFileSync(stripped);
result.named = { bytes: statSync(named).size, strippedBytes: strippedBytes.length, matchesShipped: Math.abs(strippedBytes.length - module.length) < module.length * 0.005 };
if (!result.named.matchesShipped) console.log(`  NOTE: the named build strips to ${strippedBytes.length} B, the shipped module is ${module.length} B: ${raw} is not the build in ${DIST}`);

const items = JSON.parse(execFileSync(twiggy, ['top', '-n', '1000000', '--format', 'json', named], { encoding: 'utf8', maxBuffer: 1 << 28 }));

const PRIMITIVE = /^(\[|str\b|u8|u16|u32|u64|u128|usize|i8|i16|i32|i64|i128|isize|f32|f64|bool|char|T\b|\(|dyn |impl |fn\()/;
const STD = new Set(['core', 'alloc', 'std', 'dlmalloc', 'compiler_builtins', '__rustc', 'hashbrown']);
function crateOf(name) {
  let s = name.replace(/\[[0-9a-f]{16}\]/g, '');
  if (/ (externref|multivalue) shim/.test(s) || /^__wbg|^__wbindgen|^__externref/.test(s)) return 'wasm-bindgen exports/imports (wasm.rs inlined)';
  for (let guard = 0; guard < 8; guard++) {
    const m = /^<(.*)>::/.exec(s);
    if (!m) break;
    const inner = m[1];
    let depth = 0;
    let as = -1;
    for (let i = 0; i < inner.length; i++) {
      if (inner[i] === '<') depth++;
      else if (inner[i] === '>') depth--;
      else if (depth === 0 && inner.startsWith(' as ', i)) { as = i; break; }
    }
    if (as < 0) { s = inner.replace(/^[&*]+(mut |const )?/, ''); continue; }
    const self = inner.slice(0, as).replace(/^[&*]+(mut |const )?/, '');
    s = PRIMITIVE.test(self) ? inner.slice(as + 4) : self;
  }
  s = s.replace(/^[&*]+(mut |const )?/, '');
  const m = /^([A-Za-z_][A-Za-z0-9_]*)::/.exec(s);
  if (!m) return /^<?(str|char|u\d+|i\d+|f\d+|\[)/.test(s) ? 'std/core/alloc' : '(unnamed)';
  const crate = m[1];
  if (STD.has(crate)) return 'std/core/alloc';
  if (crate === 'serde' || crate === 'serde_core') return 'serde (generic parts)';
  return crate;
}

const byCrate = new Map();
const dataSegments = [];
for (const item of items) {
  const name = item.name;
  if (name.startsWith('Σ') || name.startsWith('...')) continue;
  let crate;
  if (name.startsWith('data segment') || name.startsWith('data[')) { crate = '(data: strings, tables)'; dataSegments.push(item); }
  else if (name.startsWith('"') || name.startsWith('custom section') || name.startsWith('elem[') || name.startsWith('table[') || name.startsWith('type[') || name.startsWith('import ') || name.startsWith('export ') || name.startsWith('global')) crate = '(names, types, imports, exports)';
  else crate = crateOf(name);
  const entry = byCrate.get(crate) ?? { crate, bytes: 0, functions: 0, names: [] };
  entry.bytes += item.shallow_size;
  entry.functions++;
  entry.names.push(name);
  byCrate.set(crate, entry);
}

// Gzipped shares: zero each crate's function bodies (found through the name section) in the
// stripped-of-nothing named module and see what gzip saves.
function leb(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const b = bytes[at++];
    value += (b & 0x7f) * 2 ** shift;
    shift += 7;
    if (b < 0x80) return [value, at];
  }
}
const wasm = readFileSync(named);
const sections = [];
for (let at = 8; at < wasm.length;) {
  const id = wasm[at];
  const [size, body] = leb(wasm, at + 1);
  sections.push({ id, start: body, end: body + size });
  at = body + size;
}
let imported = 0;
const importSection = sections.find((s) => s.id === 2);
if (importSection) {
  let [count, at] = leb(wasm, importSection.start);
  for (let i = 0; i < count; i++) {
    let len;
    [len, at] = leb(wasm, at); at += len;
    [len, at] = leb(wasm, at); at += len;
    const kind = wasm[at++];
    if (kind === 0) { imported++; [, at] = leb(wasm, at); }
    else if (kind === 1) { at++; const [flags, a] = leb(wasm, at); at = a; [, at] = leb(wasm, at); if (flags & 1) [, at] = leb(wasm, at); }
    else if (kind === 2) { const [flags, a] = leb(wasm, at); at = a; [, at] = leb(wasm, at); if (flags & 1) [, at] = leb(wasm, at); }
    else if (kind === 3) { at += 2; }
    else if (kind === 4) { at++; [, at] = leb(wasm, at); }
  }
}
const bodies = [];
const code = sections.find((s) => s.id === 10);
{
  let [count, at] = leb(wasm, code.start);
  for (let i = 0; i < count; i++) {
    const [size, body] = leb(wasm, at);
    bodies.push({ index: imported + i, start: body, end: body + size });
    at = body + size;
  }
}
const functionNames = new Map();
for (const s of sections.filter((x) => x.id === 0)) {
  const [len, at] = leb(wasm, s.start);
  if (wasm.subarray(at, at + len).toString() !== 'name') continue;
  for (let p = at + len; p < s.end;) {
    const sub = wasm[p];
    const [size, body] = leb(wasm, p + 1);
    if (sub === 1) {
      let [count, q] = leb(wasm, body);
      for (let i = 0; i < count; i++) {
        let index;
        let n;
        [index, q] = leb(wasm, q);
        [n, q] = leb(wasm, q);
        functionNames.set(index, wasm.subarray(q, q + n).toString());
        q += n;
      }
    }
    p = body + size;
  }
}
const whole = gz(wasm);
for (const entry of byCrate.values()) {
  const mine = new Set(entry.names);
  const zeroed = Buffer.from(wasm);
  let touched = false;
  for (const b of bodies) {
    if (mine.has(functionNames.get(b.index))) { zeroed.fill(0, b.start, b.end); touched = true; }
  }
  entry.gz = touched ? whole - gz(zeroed) : null;
}
{
  // The data section as a whole, the same way.
  const data = sections.find((s) => s.id === 11);
  const zeroed = Buffer.from(wasm);
  zeroed.fill(0, data.start, data.end);
  byCrate.get('(data: strings, tables)').gz = whole - gz(zeroed);
}
const crates = [...byCrate.values()].sort((a, b) => b.bytes - a.bytes).map(({ names, ...rest }) => ({ ...rest, top: names.slice(0, 3) }));
const namesBytes = crates.find((c) => c.crate === '(names, types, imports, exports)')?.bytes ?? 0;
result.crates = crates;
result.namedTotal = result.named.bytes;
result.dataSegments = dataSegments.sort((a, b) => b.shallow_size - a.shallow_size).slice(0, 6).map((d) => ({ name: d.name, bytes: d.shallow_size }));
// What the biggest data segments hold, read from the module.
{
  const data = sections.find((s) => s.id === 11);
  let [count, at] = leb(wasm, data.start);
  const segs = [];
  for (let i = 0; i < count; i++) {
    const flags = wasm[at++];
    if (flags === 2) [, at] = leb(wasm, at);
    if (flags !== 1) { while (wasm[at] !== 0x0b) at++; at++; }
    const [size, body] = leb(wasm, at);
    const bytes = wasm.subarray(body, body + size);
    segs.push({ index: i, bytes: size, preview: bytes.subarray(0, 400).toString('latin1').replace(/[^\x20-\x7e]+/g, '·').slice(0, 120) });
    at = body + size;
  }
  result.dataSegments = segs.sort((a, b) => b.bytes - a.bytes).slice(0, 6);
}
console.log(`  module with names ${kib(result.named.bytes)} KiB (names ${kib(namesBytes)} KiB); by crate (bytes in the module after wasm-opt, gzip share):`);
for (const c of crates.slice(0, 18)) console.log(`    ${c.crate.padEnd(46)} ${String(c.bytes).padStart(8)} B  ${c.gz == null ? '' : `${String(c.gz).padStart(7)} B gz`}  (${c.functions} items)`);
rmSync(work, { recursive: true, force: true });
if (process.env.SSOBRIDGE_SIZE_BASELINE) {
  const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
  const baseline = { label: process.env.SSOBRIDGE_SIZE_BASELINE, commit, module: { bytes: result.module.bytes, gz: result.module.gz }, crates: crates.map(({ crate, bytes, gz }) => ({ crate, bytes, gz })) };
  writeFileSync(join(ROOT, 'tests/bench/size-baseline.json'), `${JSON.stringify(baseline, null, 1)}\n`);
  console.log(`  wrote tests/bench/size-baseline.json (${baseline.label})`);
}
save('size', result);
