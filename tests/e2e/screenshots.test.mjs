// The README's pictures are of the current UI: docs/screenshots.stamp (written by `make
// screenshots` with the pictures) must hold the hash of the sources they show as they are now.
// No browser; compares hashes, not pixels (tests/e2e/screenshot-sources.mjs says why).
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { DOCS, hashes, PICTURES, readStamp } from './screenshot-sources.mjs';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

test('the pictures in docs/ are newer than the UI sources they show', () => {
  const stamp = readStamp();
  assert.ok(stamp, 'docs/screenshots.stamp is missing: run make screenshots');
  const now = hashes();
  if (stamp.total !== now.total) {
    const changed = now.files.filter(([path, hash]) => stamp.files.get(path) !== hash).map(([path]) => path);
    const gone = [...stamp.files.keys()].filter((path) => !now.files.some(([p]) => p === path));
    assert.fail(`the UI changed since the pictures were taken (${[...changed, ...gone.map((p) => `${p} (removed)`)].join(', ')}): run make screenshots`);
  }
});

test('every picture is a PNG and the README shows it', () => {
  const readme = readFileSync(join(DOCS, '..', 'README.md'), 'utf8');
  for (const name of PICTURES) {
    const path = join(DOCS, name);
    assert.ok(existsSync(path), `docs/${name} is missing: run make screenshots`);
    assert.deepEqual(readFileSync(path).subarray(0, 8), PNG, `docs/${name} is not a PNG`);
    assert.ok(readme.includes(`](docs/${name})`), `README.md does not show docs/${name}`);
  }
});
