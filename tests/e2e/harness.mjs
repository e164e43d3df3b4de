// Context: Node (test runner). Serves the replica pages under their real host names over https
// (a certificate made at test time) and drives Debian's Chromium with the built, unmodified
// extension loaded (TOOLCHAIN.md items 6-8).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { accessSync, constants, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { createServer } from 'node:https';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { after, afterEach, before } from 'node:test';
import { chromium } from 'playwright-core';
import { COVEO, ROLLOVER } from './replica-values.mjs';

export const ROOT = resolve(import.meta.dirname, '../..');
const REPLICAS = join(ROOT, 'tests/replicas');
const FIXTURES = join(ROOT, 'tests/fixtures');
/** The build under test: dist/extension/, or another build named by SSOBRIDGE_TEST_EXTENSION
 * (an older one, to show that a test fails there). */
export const EXTENSION = process.env.SSOBRIDGE_TEST_EXTENSION ?? join(ROOT, 'dist/extension');

export const HOSTS = [
  'entra.microsoft.com', 'portal.azure.com', 'manage.windowsazure.com', 'portal.azure.us',
  'sso.reactblade.portal.azure.net', 'login.microsoftonline.com', 'login.windows.net',
  'organization.logmeininc.com', 'account.citrixonline.com', 'authentication.logmeininc.com', 'evil.example.com',
];

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.xml': 'application/xml', '.json': 'application/json' };

function certificate() {
  const dir = join(ROOT, 'tests/.cache');
  // One certificate per host list: a new replica host gets a certificate that names it.
  const tag = createHash('sha256').update(HOSTS.join(',')).digest('hex').slice(0, 12);
  const key = join(dir, `server-${tag}.key`);
  const cert = join(dir, `server-${tag}.crt`);
  if (!existsSync(cert)) {
    mkdirSync(dir, { recursive: true });
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '30', '-subj', '/CN=ssobridge-test',
      '-keyout', key, '-out', cert, '-addext', `subjectAltName=${HOSTS.map((h) => `DNS:${h}`).join(',')}`], { stdio: 'ignore' });
  }
  return { key: readFileSync(key), cert: readFileSync(cert) };
}

/**
 * Starts the replica server. `metadata` maps an app id to a fixture file (relative to
 * tests/fixtures) or to an HTTP status, which the login host serves for
 * /<tenant>/federationmetadata/2007-06/federationmetadata.xml?appid=<id>.
 */
export async function startServer({ metadata = {} } = {}) {
  const requests = [];
  const server = createServer(certificate(), (req, res) => {
    const host = (req.headers.host ?? '').split(':')[0];
    const url = new URL(req.url, `https://${host}`);
    requests.push(`${host}${url.pathname}${url.search}`);
    if (url.pathname.toLowerCase().endsWith('/federationmetadata/2007-06/federationmetadata.xml')) {
      const entry = metadata[(url.searchParams.get('appid') ?? '').toLowerCase()];
      if (typeof entry === 'number' || entry === undefined) {
        res.writeHead(entry ?? 404).end('no such app');
      } else if (entry.redirect) {
        res.writeHead(302, { location: entry.redirect }).end();
      } else if (entry === 'endless') {
        // Headers, then a trickle that never ends (bounded: the server stops after a minute).
        res.writeHead(200, { 'content-type': 'application/xml' });
        res.write('<?xml version="1.0"?>');
        const drip = setInterval(() => res.write(' '), 200);
        const stop = () => { clearInterval(drip); res.end(); };
        const limit = setTimeout(stop, 60_000);
        // A closed answer leaves no timer behind to keep the test run alive for its minute.
        res.on('close', () => { clearInterval(drip); clearTimeout(limit); });
      } else {
        res.writeHead(200, { 'content-type': 'application/xml' }).end(readFileSync(join(FIXTURES, entry)));
      }
      return;
    }
    if (url.pathname === '/favicon.ico') return res.writeHead(204).end();
    if (url.pathname.startsWith('/vendor/')) {
      const vendor = { '/vendor/react.js': 'react/umd/react.production.min.js', '/vendor/react-dom.js': 'react-dom/umd/react-dom.production.min.js' }[url.pathname];
      if (!vendor) return res.writeHead(404).end();
      return res.writeHead(200, { 'content-type': TYPES['.js'] }).end(readFileSync(join(ROOT, 'node_modules', vendor)));
    }
    // Pages shared by several hosts (the Azure eras) live in _shared/.
    const base = url.pathname.startsWith('/_shared/') ? REPLICAS : join(REPLICAS, host);
    let file = normalize(join(base, decodeURIComponent(url.pathname)));
    if (!file.startsWith(base)) return res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return res.writeHead(404).end('not found');
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      // Strict like the real portals: a content script that compiled wasm here would fail.
      'content-security-policy': "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; frame-src https:",
    }).end(readFileSync(file));
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  // Closing ends the connections still open (kept alive, or an endless answer to a worker that
  // was stopped mid-fetch) rather than waiting for them.
  const close = () => new Promise((ok) => { server.close(ok); server.closeAllConnections(); });
  return { port: server.address().port, requests, close };
}

/**
 * Launches Chromium with the extension and the host mapping; fails on any page or worker error.
 * `alongside`: more unpacked extensions to load beside it (another extension of the admin's).
 */
export async function launch(port, { extensionPath = EXTENSION, lang = 'en-US', alongside = [] } = {}) {
  if (!existsSync(join(extensionPath, 'manifest.json'))) throw new Error(`no built extension at ${extensionPath}: run make build`);
  const extensions = [extensionPath, ...alongside].join(',');
  const profile = mkdtempSync(join(tmpdir(), 'ssobridge-profile-'));
  const rules = HOSTS.map((h) => `MAP ${h} 127.0.0.1:${port}`).join(', ');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    ignoreHTTPSErrors: true,
    viewport: { width: 1280, height: 900 },
    locale: lang,
    // Chromium on Linux takes its UI language (and so chrome.i18n's) from the environment.
    env: { ...process.env, LANGUAGE: lang.replace('-', '_'), LANG: `${lang.replace('-', '_')}.UTF-8` },
    args: [
      `--lang=${lang}`,
      `--disable-extensions-except=${extensions}`, `--load-extension=${extensions}`,
      `--host-resolver-rules=${rules}`, '--ignore-certificate-errors', '--no-sandbox', '--disable-gpu',
      '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
  let worker = context.serviceWorkers()[0] ?? await context.waitForEvent('serviceworker', { timeout: 10_000 });
  // The event also fires for a worker that then crashed: prove the wasm core answers.
  const version = await worker.evaluate(async () => (await chrome.runtime.getManifest()).version);
  const extensionId = new URL(worker.url()).host;
  const errors = [];
  context.on('page', (page) => watch(page, errors));
  for (const page of context.pages()) watch(page, errors);
  // The worker's own errors too, also of a worker the browser restarts.
  const watchWorker = (w) => w.on('console', (msg) => { if (msg.type() === 'error') errors.push(`worker console.error: ${msg.text()}`); });
  watchWorker(worker);
  context.on('serviceworker', watchWorker);
  return {
    context, worker, extensionId, version, errors,
    async close() { await context.close(); rmSync(profile, { recursive: true, force: true }); },
  };
}

/** The metadata most test files serve: the rollover app's, and Coveo's (an expired certificate). */
export const REPLICA_METADATA = { [ROLLOVER.appId]: ROLLOVER.fixture, [COVEO.appId]: COVEO.fixture };

/**
 * The replica server and one Chromium with the extension for the tests of a file: started before
 * them, closed after them, and each test fails on the errors seen while it ran. `server` and
 * `browser` of the returned object are set once the file's `before` hook has run.
 */
export function extensionSession({ metadata = REPLICA_METADATA } = {}) {
  const session = { server: null, browser: null };
  before(async () => {
    session.server = await startServer({ metadata });
    session.browser = await launch(session.server.port);
  });
  afterEach(() => assertNoErrors(session.browser));
  after(async () => {
    await session.browser?.close();
    await session.server?.close();
  });
  return session;
}

/** Where Debian's Chromium reads mandatory enterprise policies on Linux (system-wide). */
export const CHROMIUM_POLICY_DIR = '/etc/chromium/policies/managed';

/**
 * Prepares Chromium to run under an enterprise policy for ssobridge: `managed` becomes its
 * `storage.managed`. Chromium on Linux reads policies only from CHROMIUM_POLICY_DIR, for every
 * Chromium on the machine, and other tests run at the same time. So the extension is loaded from
 * a copy in a fresh temporary folder (an unpacked extension's id is derived from its path, so
 * the id is new) and the policy file names only that id: no other browser's extension sees it.
 * Returns { extensionPath, extensionId, remove } (pass extensionPath to `launch`; call remove()
 * when done: it deletes the file, the folders it made, and the copy), or null when the policy
 * folder cannot be written (not root), for the caller to skip.
 */
export function chromiumPolicy(managed, { extensionPath = EXTENSION } = {}) {
  const made = [];
  try {
    for (let dir = CHROMIUM_POLICY_DIR; !existsSync(dir); dir = join(dir, '..')) made.unshift(dir);
    for (const dir of made) mkdirSync(dir);
    accessSync(CHROMIUM_POLICY_DIR, constants.W_OK);
  } catch {
    for (const dir of made.reverse()) {
      try {
        rmdirSync(dir);
      } catch {
        // never made
      }
    }
    return null;
  }
  const copy = realpathSync(mkdtempSync(join(tmpdir(), 'ssobridge-managed-')));
  const path = join(copy, 'extension');
  cpSync(extensionPath, path, { recursive: true });
  // Chromium's id of an unpacked extension: SHA-256 of its absolute path, 32 hex digits, 0-f as a-p.
  const extensionId = [...createHash('sha256').update(path).digest('hex').slice(0, 32)]
    .map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
  const file = join(CHROMIUM_POLICY_DIR, `ssobridge-test-${extensionId}.json`);
  writeFileSync(file, JSON.stringify({ '3rdparty': { extensions: { [extensionId]: managed } } }, null, 2));
  const remove = () => {
    rmSync(file, { force: true });
    for (const dir of made.slice().reverse()) {
      try {
        rmdirSync(dir); // only when empty: another run's file stays
      } catch {
        break;
      }
    }
    rmSync(copy, { recursive: true, force: true });
    process.off('exit', remove);
  };
  // A run cut short still takes its system-wide file with it.
  process.on('exit', remove);
  return { extensionPath: path, extensionId, remove };
}

/**
 * Fails the current test on any page, popup, content-script or worker error since the last
 * check (call it from `afterEach`), so each error is charged to the test that caused it.
 */
export function assertNoErrors(browser) {
  const seen = browser.errors.splice(0);
  assert.deepEqual(seen, [], 'page, popup or worker errors');
}

function watch(page, errors) {
  page.on('pageerror', (err) => errors.push(`pageerror ${page.url()}: ${err.message}`));
  page.on('console', (msg) => { if (msg.type() === 'error') errors.push(`console.error ${page.url()}: ${msg.text()}`); });
}

/** The largest popup Chrome draws (400 × 600): what the admin sees without scrolling. */
export const POPUP_SIZE = { width: 400, height: 600 };

/** Opens the popup as a page, as the toolbar would; `size` (e.g. POPUP_SIZE) sets its viewport. */
export async function openPopup(browser, { size = null } = {}) {
  const popup = await browser.context.newPage();
  if (size) await popup.setViewportSize(size);
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await popup.waitForSelector('[data-ssobridge="settings"] [data-field="entityId"]');
  return popup;
}

/** Clears the capture through the popup, as the admin would. */
export async function clearCapture(browser) {
  const popup = await openPopup(browser);
  await popup.click('[data-ssobridge="clear"]');
  await popup.close();
}

/** The captured value of a field as the popup shows it. */
export async function popupValue(popup, field) {
  return popup.$eval(`[data-ssobridge="settings"] [data-field="${field}"]`, (el) => ('value' in el ? el.value : el.textContent));
}

/**
 * Waits for the in-page status line to reach a final state and returns it; with `after`, a
 * final state whose text differs from that earlier one (the next action's result).
 */
export async function finalStatus(page, { after = null, timeout = 20_000 } = {}) {
  const handle = await page.waitForFunction((old) => {
    const el = document.querySelector('[data-ssobridge="status"]');
    const state = el?.getAttribute('data-state');
    return state && state !== 'working' && el.textContent !== old ? { state, text: el.textContent } : null;
  }, after, { timeout });
  return handle.jsonValue();
}

/** A plain http server for static files; `resolve` maps a URL path to a file path or null. */
export async function serveFiles(resolve) {
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.wasm': 'application/wasm' };
  const server = createHttpServer((req, res) => {
    const file = resolve(decodeURIComponent(req.url.split('?')[0]));
    let body;
    try {
      body = file && readFileSync(file);
    } catch {
      body = null;
    }
    if (!body) return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(body);
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { base: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((ok) => server.close(ok)) };
}

/** Maps a URL path into `root`, refusing paths that climb out of it. */
export function within(root, path) {
  const file = normalize(join(root, path === '/' ? 'index.html' : path));
  return file.startsWith(root) ? file : null;
}

/** Chooses a popup option (`mode` or `product`), as the admin would. */
export async function choose(browser, kind, value) {
  const popup = await openPopup(browser);
  await popup.selectOption(`[data-ssobridge="${kind}"]`, value);
  await popup.waitForFunction(async ([k, v]) => (await chrome.storage.session.get('state')).state?.options?.[k] === v, [kind, value]);
  await popup.close();
}

/** Runs the capture on a page already showing the Azure SAML page; returns the final status. */
export async function captureOn(page) {
  await page.click('[data-ssobridge="capture"]');
  return finalStatus(page);
}

/** Opens the Azure SAML page at `url` in a new tab and captures there; returns { page, status }. */
export async function captureAt(browser, url) {
  const page = await browser.context.newPage();
  await page.goto(url);
  return { page, status: await captureOn(page) };
}

/**
 * The extension's service workers as Playwright lists them. Playwright keeps the object of a
 * worker Chromium stopped (an evaluation there waits until a new worker starts under the same
 * target, then runs in that one), so "listed" is not "running".
 */
export function workersOf(browser) {
  return browser.context.serviceWorkers().filter((w) => w.url().startsWith(`chrome-extension://${browser.extensionId}/`));
}

/** A worker evaluation that gives up: one on a stopped or dying worker waits (TOOLCHAIN.md 13). */
function evaluateIn(worker, fn, arg, ms = 2_000) {
  let timer;
  return Promise.race([
    worker.evaluate(fn, arg),
    new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`worker evaluation timed out after ${ms} ms`)), ms); }),
  ]).finally(() => clearTimeout(timer));
}

/**
 * Stops the extension's service worker the way Chromium stops an idle one (TOOLCHAIN.md item
 * 13): the DevTools protocol's Target.closeTarget on its target. Chromium answers success at
 * once and the next event may start a new worker under the same target id, so the stop is
 * proven otherwise: a mark set in the running worker before is in no worker after (a stopped
 * worker does not answer; one started since answers without it). Returns how many running
 * workers were stopped: 0 when none was running.
 */
export async function stopWorker(browser) {
  const mark = `stopped-${process.hrtime.bigint()}`;
  const setMark = (m) => { globalThis.ssobridgeTestMark = m; return true; };
  const marked = [];
  for (const worker of workersOf(browser)) {
    if (await evaluateIn(worker, setMark, mark, 1_000).catch(() => false)) marked.push(worker);
  }
  const page = browser.context.pages()[0] ?? await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  try {
    const { targetInfos } = await cdp.send('Target.getTargets');
    const targets = targetInfos.filter((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${browser.extensionId}/`));
    for (const { targetId } of targets) await cdp.send('Target.closeTarget', { targetId });
  } finally {
    await cdp.detach();
  }
  // Chromium stops the worker a moment after it answers: until then the mark is still there.
  const deadline = Date.now() + 10_000;
  for (const worker of workersOf(browser)) {
    while (await evaluateIn(worker, () => globalThis.ssobridgeTestMark, undefined, 500).catch(() => 'not running') === mark) {
      assert.ok(Date.now() < deadline, 'the worker still runs 10 s after Target.closeTarget');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  return marked.length;
}

/**
 * Allows the extension on `origin` through chrome://extensions (its site-access call,
 * developerPrivate.addHostPermission, run in that page). Chromium cannot answer the extension's
 * own permission prompt under automation; with the site already granted at runtime and
 * `webRequest` carrying no warning, the popup's permissions.request() then grants both without a
 * prompt, at the admin's click, as it would once the prompt is accepted.
 */
export async function allowSite(browser, origin) {
  const page = await browser.context.newPage();
  try {
    await page.goto(`chrome://extensions/?id=${browser.extensionId}`);
    const error = await page.evaluate(([id, host]) => new Promise((resolve) => {
      chrome.developerPrivate.addHostPermission(id, host, () => resolve(chrome.runtime.lastError?.message ?? null));
    }), [browser.extensionId, origin]);
    assert.equal(error, null, `chrome://extensions refused ${origin}`);
  } finally {
    await page.close();
  }
}
