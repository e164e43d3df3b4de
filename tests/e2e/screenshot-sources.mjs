// Context: Node. Which sources the pictures in docs/ show, and their stamp: `make screenshots`
// writes docs/screenshots.stamp with the pictures, and tests/e2e/screenshots.test.mjs fails
// when the sources no longer match it (the pictures are older than the UI they show). Hashes,
// not pixels: a picture differs from run to run (the capture time is in it), the sources do not.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
export const DOCS = join(ROOT, 'docs');
export const STAMP = join(DOCS, 'screenshots.stamp');

/** The pictures, in the order the README shows them. */
export const PICTURES = ['azure-capture.png', 'popup.png', 'popup-dark.png', 'goto-filled.png', 'drift.png'];

/**
 * What the pictures show: the extension's pages, scripts, styles and sentences; the replica
 * pages they are taken on; and the script that takes them (viewport and crop).
 */
const SOURCES = [
  { dir: 'extension', match: /^[^/]+\.(js|html|css)$/ },
  { dir: 'extension/_locales', match: /./ },
  { dir: 'tests/replicas/entra.microsoft.com', match: /^index\.html$/ },
  { dir: 'tests/replicas/_shared', match: /^(portal\.css|azure\.js)$/ },
  { dir: 'tests/replicas/organization.logmeininc.com', match: /./ },
  { dir: 'tests/e2e', match: /^screenshots\.mjs$/ },
];

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** The sources, as sorted paths relative to the repository. */
export function sources() {
  return SOURCES.flatMap(({ dir, match }) => walk(join(ROOT, dir))
    .map((path) => relative(join(ROOT, dir), path).split('\\').join('/'))
    .filter((name) => match.test(name))
    .map((name) => `${dir}/${name}`))
    .sort();
}

const sha256 = (data) => createHash('sha256').update(data).digest('hex');

/** Each source's hash, and one over all of them (over path and hash, so a rename counts). */
export function hashes() {
  const files = sources().map((path) => [path, sha256(readFileSync(join(ROOT, path)))]);
  return { total: sha256(files.map(([path, hash]) => `${hash}  ${path}\n`).join('')), files };
}

/** The stamp's text: the total on its first line after the comment, then one line per file. */
export function stampText() {
  const { total, files } = hashes();
  return [
    '# SHA-256 of the sources the pictures in docs/ show (tests/e2e/screenshot-sources.mjs).',
    '# Written by `make screenshots`; tests/e2e/screenshots.test.mjs fails when they change.',
    total,
    ...files.map(([path, hash]) => `${hash}  ${path}`),
    '',
  ].join('\n');
}

/** The stamp as written: { total, files: Map(path → hash) }, or null when there is none. */
export function readStamp() {
  if (!existsSync(STAMP)) return null;
  const lines = readFileSync(STAMP, 'utf8').split('\n').filter((line) => line && !line.startsWith('#'));
  const files = new Map(lines.slice(1).map((line) => line.split('  ').reverse()));
  return { total: lines[0], files };
}
