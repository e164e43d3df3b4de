// Context: Node. `make bench`: instruction counts of the native core on the bench inputs, under
// valgrind's callgrind: crate/examples/callgrind.rs runs `inspect` N times on one file; the count
// with N = 0 (start-up, reading the file) is subtracted and the rest divided by N. Instruction
// counts do not depend on the machine's load, so they compare across commits.
// SSOBRIDGE_BENCH_CALLGRIND=BINARY uses an already built example instead of building it.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { QUICK, ROOT, round, save } from './common.mjs';

const FIXTURES = [
  ['app metadata, rollover with 2 certificates (ggtristams, 14 KB)', 'metadata/ggtristams-samlsso_federationmetadata.xml'],
  ['app metadata, 1 certificate (coveooss)', 'metadata/coveooss-saml-client_azure.xml'],
  ['tenant metadata, 5 certificates (diegonorman)', 'metadata/diegonorman-sso-azure_tenant_azure_metadata.xml'],
  ['metadata as UTF-16 (coveooss)', 'metadata/derived/coveooss-saml-client_azure-utf-16.xml'],
  ['single certificate, PEM 76 columns CRLF (dooooling)', 'certs/dooooling-saml-azure_Saml.cer'],
  ['single certificate, DER (dooooling)', 'certs/derived/dooooling-saml-azure_Saml_as_RAW.der.cer'],
];
const RUNS = QUICK ? 3 : 10;

let binary = process.env.SSOBRIDGE_BENCH_CALLGRIND;
if (!binary) {
  execFileSync('cargo', ['build', '--quiet', '--release', '-p', 'ssobridge', '--example', 'callgrind'], { cwd: ROOT, stdio: 'inherit' });
  const targetDir = process.env.CARGO_TARGET_DIR ?? join(ROOT, 'target');
  binary = join(targetDir, 'release/examples/callgrind');
}
const work = mkdtempSync(join(tmpdir(), 'ssobridge-callgrind-'));

function collect(file, runs, out) {
  const run = spawnSync('valgrind', ['--tool=callgrind', `--callgrind-out-file=${out}`, binary, file, String(runs)], { encoding: 'utf8' });
  const match = /Collected : (\d+)/.exec(run.stderr);
  if (!match) throw new Error(`callgrind gave no count for ${file}: ${run.stderr.slice(-500)}`);
  return Number(match[1]);
}

/** The heaviest functions (inclusive instructions per run), named without their hashes. */
function hotspots(out, runs) {
  const text = execFileSync('callgrind_annotate', ['--inclusive=yes', '--threshold=100', out], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const rows = [];
  for (const line of text.split('\n')) {
    const m = /^\s*([\d,]+) \([\s\d.]+%\)\s+\S*?:(.+?) \[/.exec(line);
    if (!m) continue;
    const name = m[2].replace(/::h[0-9a-f]{16}$/, '');
    if (/^(main|callgrind::main|std::|<?core::ops|\(below main\)|0x)/.test(name) || name.includes('libc') || name.includes('__rust_begin_short_backtrace')) continue;
    rows.push({ name, instructions: Math.round(Number(m[1].replaceAll(',', '')) / runs) });
  }
  return rows.slice(0, 14);
}

const results = [];
for (const [label, file] of FIXTURES) {
  const path = join(ROOT, 'tests/fixtures', file);
  const out = join(work, 'callgrind.out');
  const base = collect(path, 0, out);
  const total = collect(path, RUNS, out);
  const perRun = Math.round((total - base) / RUNS);
  const entry = { label, file, instructions: perRun };
  if (file.includes('ggtristams') || file.endsWith('RAW.der.cer')) entry.hotspots = hotspots(out, RUNS);
  results.push(entry);
  console.log(`  ${label.padEnd(60)} ${String(perRun.toLocaleString('en-US')).padStart(12)} instructions/inspect`);
}
rmSync(work, { recursive: true, force: true });
save('callgrind', { valgrind: execFileSync('valgrind', ['--version'], { encoding: 'utf8' }).trim(), runs: RUNS, fixtures: results.map((r) => ({ ...r, megaInstructions: round(r.instructions / 1e6, 3) })) });
