// Context: Node (test runner). Drives Debian's firefox-esr through puppeteer-core over WebDriver
// BiDi with dist/firefox/ installed unmodified as a temporary add-on (TOOLCHAIN.md item 10).
// The replica server is the Chromium tests' own (tests/e2e/harness.mjs); every host name is sent
// to it by Firefox prefs, page loads and the background's metadata fetch alike.
// Tests talk to the extension only through the SPEC's data-ssobridge attributes and the popup's
// DOM, never through its storage or its background's internals.
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { inflateSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import puppeteer from 'puppeteer-core';
import assert from 'node:assert/strict';
import { after, afterEach, before } from 'node:test';
import { REPLICA_METADATA, ROOT, startServer } from '../e2e/harness.mjs';
import { ENTRA_SAML_URL, GOTO_URL } from '../e2e/replica-values.mjs';

export { ROOT, startServer };

/** The build under test: dist/firefox/, or a copy named by SSOBRIDGE_FIREFOX_EXTENSION. */
export const EXTENSION = process.env.SSOBRIDGE_FIREFOX_EXTENSION ?? join(ROOT, 'dist/firefox');
/** Fixed, so the popup's address is known before the add-on is installed. */
export const EXTENSION_UUID = '5f0c2a1e-7b3d-4c6e-9a8f-1d2e3f405162';

/**
 * Lines of Firefox's output that fail a test (pref devtools.console.stdout.content): uncaught
 * errors and unhandled rejections of the background, popup and content scripts
 * ("JavaScript error: moz-extension://<uuid>/worker.js, line 85: Error: …"), the same of the
 * replica pages, and any console.error (Firefox prints those without their source). Firefox's
 * own chrome:// and resource:// noise is not ours and passes, and so does the one console.error
 * of its own seen here: its experiment loader ("RSLoader") failing to reach Remote Settings, about
 * 30 s after start, without a network.
 */
const FATAL = [/^JavaScript error: (moz-extension|https?):\/\//, /^console\.error: (?!RSLoader: )/];

/**
 * A Firefox of the test's own whose enterprise policies are `policies` (the `policies` object of
 * a policies.json). Firefox reads policies.json only from its install folder's distribution/
 * (or /etc/firefox/policies/, which wins when present): both system-wide, and other engineers'
 * Firefox tests run on the same machine with the same gecko id. So the install folder is
 * mirrored in a temporary folder: a copy of the small launcher (Firefox finds its install folder
 * from /proc/self/exe, which resolves links) beside links to everything else, and a
 * distribution/ holding the policy. Returns { executablePath, remove }.
 */
function firefoxWithPolicies(policies) {
  const executable = realpathSync(process.env.FIREFOX ?? '/usr/bin/firefox-esr');
  const install = dirname(executable);
  const own = mkdtempSync(join(tmpdir(), 'ssobridge-firefox-'));
  for (const name of readdirSync(install)) {
    if (name === 'distribution') continue;
    if (join(install, name) === executable) {
      copyFileSync(executable, join(own, name));
      chmodSync(join(own, name), 0o755);
    } else {
      symlinkSync(join(install, name), join(own, name));
    }
  }
  const distribution = join(own, 'distribution');
  mkdirSync(distribution);
  const shipped = join(install, 'distribution');
  for (const name of existsSync(shipped) ? readdirSync(shipped) : []) {
    if (name !== 'policies.json') symlinkSync(join(shipped, name), join(distribution, name));
  }
  writeFileSync(join(distribution, 'policies.json'), JSON.stringify({ policies }, null, 2));
  return { executablePath: join(own, executable.split('/').pop()), remove: () => rmSync(own, { recursive: true, force: true }) };
}

/**
 * Launches headless Firefox with the extension installed and every host mapped to `port`;
 * with `policies`, a Firefox of its own under those enterprise policies (firefoxWithPolicies);
 * `prefs` are more Firefox prefs (a test's own, e.g. a short background idle timeout).
 * Returns { browser, extensionId, geckoId, popupUrl, errors, output, close }; `errors` collects the
 * fatal lines of Firefox's output as they come.
 */
export async function launch(port, { extensionPath = EXTENSION, policies = null, prefs = {} } = {}) {
  const manifestPath = join(extensionPath, 'manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`no Firefox build at ${extensionPath}: run make build`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const geckoId = manifest.browser_specific_settings?.gecko?.id;
  if (!geckoId) throw new Error(`${manifestPath} has no browser_specific_settings.gecko.id`);

  const managed = policies ? firefoxWithPolicies(policies) : null;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: managed?.executablePath ?? process.env.FIREFOX ?? '/usr/bin/firefox-esr',
    headless: true,
    acceptInsecureCerts: true, // the replica server's self-signed certificate, background fetch included
    args: ['--remote-allow-system-access'], // needed to drive moz-extension:// pages
    defaultViewport: { width: 1280, height: 900 },
    extraPrefsFirefox: {
      'network.dns.forceResolve': '127.0.0.1',
      'network.socket.forcePort': `443=${port}`,
      'network.dns.disableIPv6': true,
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: EXTENSION_UUID }),
      'devtools.console.stdout.content': true,
      // Firefox's own switch for automation: optional permissions (the sign-in check's) are
      // granted without the prompt a person would answer. Chromium has none (SECURITY.md).
      'extensions.webextOptionalPermissionPrompts': false,
      'intl.locale.requested': 'en-US',
      'intl.accept_languages': 'en-US, en',
      ...prefs,
    },
  }).catch((err) => {
    managed?.remove();
    throw err;
  });

  const output = [];
  const errors = [];
  const proc = browser.process();
  const ended = [proc.stdout, proc.stderr].map((stream) => new Promise((done) => {
    let rest = '';
    const take = (line) => {
      output.push(line);
      if (FATAL.some((re) => re.test(line))) errors.push(line);
    };
    stream.setEncoding('utf8');
    stream.on('data', (chunk) => {
      const lines = (rest + chunk).split('\n');
      rest = lines.pop();
      lines.forEach(take);
    });
    stream.on('close', () => {
      if (rest) take(rest);
      done();
    });
  }));

  let extensionId;
  try {
    extensionId = await browser.installExtension(extensionPath);
  } catch (err) {
    await browser.close();
    managed?.remove();
    throw err;
  }
  return {
    browser,
    extensionId,
    geckoId,
    popupUrl: `moz-extension://${EXTENSION_UUID}/popup.html`,
    errors,
    output,
    /** Closes Firefox and waits for the last of its output, so `errors` is complete. */
    async close() {
      await browser.close();
      await Promise.race([Promise.all(ended), new Promise((done) => setTimeout(done, 5_000))]);
      managed?.remove();
    },
  };
}

/**
 * A test file's replica server and Firefox, through node:test hooks: started before its tests
 * (the server serving `metadata`), each test answering for what Firefox printed while it ran,
 * and closed after them, what arrives only as Firefox exits failing the file. Returns an object
 * whose `server` and `ff` (launch's) are set once started.
 */
export function firefoxSession({ metadata = REPLICA_METADATA } = {}) {
  const session = { server: null, ff: null };
  before(async () => {
    session.server = await startServer({ metadata });
    session.ff = await launch(session.server.port);
  });
  afterEach(() => assertNoErrors(session.ff));
  after(async () => {
    await session.ff?.close();
    await session.server?.close();
    if (session.ff) assertNoErrors(session.ff);
  });
  return session;
}

/** A new tab showing `url`. */
export async function openPage(ff, url) {
  const page = await ff.browser.newPage();
  await page.goto(url, { waitUntil: 'load' });
  return page;
}

/**
 * Opens the popup in a tab, as the toolbar would, and waits until it has drawn the captured
 * settings (empty or not). BiDi never reports the navigation into the extension's process as
 * finished, so the goto is not awaited: the popup's own content is what proves it loaded.
 */
export async function openPopup(ff) {
  const popup = await ff.browser.newPage();
  popup.goto(ff.popupUrl).catch(() => {});
  // The wait can start in about:blank, whose realm the navigation destroys ("Waiting failed"
  // under load): wait again in the popup's own realm until the deadline.
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      await popup.waitForFunction(
        (url) => location.href === url && document.querySelector('[data-ssobridge="settings"] [data-field="entityId"]') !== null,
        { timeout: Math.max(1, deadline - Date.now()), polling: 100 }, ff.popupUrl);
      return popup;
    } catch (err) {
      if (Date.now() >= deadline || !/Waiting failed|destroyed|discarded/i.test(String(err?.message))) throw err;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/** The captured value of a field as the popup shows it. */
export async function popupValue(popup, field) {
  return popup.$eval(`[data-ssobridge="settings"] [data-field="${field}"]`, (el) => ('value' in el ? el.value : el.textContent));
}

/**
 * Waits for the in-page status line (light DOM or an open shadow root) to reach a final state and
 * returns { state, text }; with `after`, a final state whose text differs from that earlier one.
 */
export async function finalStatus(page, { after = null, timeout = 20_000 } = {}) {
  const handle = await page.waitForFunction((old) => {
    const find = (root) => {
      const hit = root.querySelector('[data-ssobridge="status"]');
      if (hit) return hit;
      for (const el of root.querySelectorAll('*')) {
        const inner = el.shadowRoot && find(el.shadowRoot);
        if (inner) return inner;
      }
      return null;
    };
    const el = find(document);
    const state = el?.getAttribute('data-state');
    return state && state !== 'working' && el.textContent !== old ? { state, text: el.textContent } : null;
  }, { timeout, polling: 100 }, after);
  return handle.jsonValue();
}

/** Presses an in-page button of the extension (a trusted click, as a person's) once it is there. */
export async function press(page, name) {
  const button = await page.waitForSelector(`[data-ssobridge="${name}"]`, { timeout: 10_000 });
  await button.click();
  await button.dispose();
}

/**
 * Chooses a popup option (`mode` or `product`), as the admin would, and waits until a freshly
 * opened popup shows it: the choice is then stored, not just shown.
 */
export async function choose(ff, kind, value) {
  const popup = await openPopup(ff);
  await popup.select(`[data-ssobridge="${kind}"]`, value);
  const check = await openPopup(ff);
  await check.waitForFunction((k, v) => document.querySelector(`[data-ssobridge="${k}"]`).value === v, { timeout: 5_000 }, kind, value);
  await check.close();
  await popup.close();
}

/**
 * The job's first half as the admin does it: captures the replica app on Entra's SAML page and
 * fills GoTo's Identity provider tab from it (the mode in force), each ending "done".
 */
export async function captureAndFill(ff) {
  const azure = await openPage(ff, ENTRA_SAML_URL);
  await press(azure, 'capture');
  const captured = await finalStatus(azure);
  assert.equal(captured.state, 'done', captured.text);
  await azure.close();
  const goto = await openPage(ff, GOTO_URL);
  await goto.click('::-p-text(Identity provider)');
  await press(goto, 'fill');
  const filled = await finalStatus(goto);
  assert.equal(filled.state, 'done', filled.text);
  await goto.close();
}

/** Empties the captured settings through the popup's Clear button. */
export async function clearCapture(ff) {
  const popup = await openPopup(ff);
  await popup.click('[data-ssobridge="clear"]');
  await popup.waitForFunction(() => document.querySelector('[data-ssobridge="settings"] [data-field="entityId"]').value === '');
  await popup.close();
}

/** Fails with Firefox's own lines when the extension or a page threw or logged an error. */
export function assertNoErrors(ff) {
  // Taken out as they are checked, so each test answers for the errors seen while it ran.
  const seen = ff.errors.splice(0);
  if (seen.length) throw new Error(`errors in Firefox's output:\n${seen.join('\n')}`);
}

/**
 * Runs `body` (a function body that returns a JSON-able value) in Firefox's browser window,
 * with its privileges, over the test's WebDriver BiDi session (`--remote-allow-system-access`
 * lets it in), and returns that value. For reading what Firefox itself knows, never for
 * changing what the extension or a page sees.
 */
export async function chromeEvaluate(ff, body) {
  const connection = ff.browser.connection;
  const { result } = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const context = result.contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml')?.context;
  if (!context) throw new Error('no chrome window to evaluate in');
  const { result: answer } = await connection.send('script.evaluate', { expression: `(() => { ${body} })()`, target: { context }, awaitPromise: false });
  if (answer.type !== 'success') throw new Error(`chrome evaluation failed: ${JSON.stringify(answer.exceptionDetails ?? answer)}`);
  return answer.result.value;
}

/**
 * What Firefox's accessibility tree (the one screen readers read) holds for the tab showing
 * `page`: its nodes whose role is one of `roles` (Firefox's role names: "statusbar" for
 * role=status, "pushbutton", …), in document order, each { role, name, live, text }: `live` is
 * the politeness Firefox gives assistive technology (aria-live, or the role's implicit one),
 * `text` the text of the node's subtree. WebDriver BiDi has no accessibility domain; the
 * browser window's nsIAccessibilityService reads the content process's tree (closed shadow
 * roots included). The service starts on the first call and builds the tree after it, so an
 * early call finds nothing: poll. Throws unless exactly one tab shows the page's address.
 */
export async function accessibleNodes(ff, page, roles) {
  const json = await chromeEvaluate(ff, `
    const service = Cc['@mozilla.org/accessibilityService;1'].getService(Ci.nsIAccessibilityService);
    const url = ${JSON.stringify(page.url())};
    const roles = ${JSON.stringify(roles)};
    const tabs = [...Services.wm.getEnumerator('navigator:browser')].flatMap((w) => w.gBrowser.tabs)
      .filter((tab) => tab.linkedBrowser.currentURI.spec === url);
    if (tabs.length !== 1) throw new Error(tabs.length + ' tabs show ' + url);
    const attribute = (node, key) => { try { return node.attributes.getStringProperty(key); } catch { return null; } };
    const text = (node) => (service.getStringRole(node.role) === 'text leaf' ? node.name ?? ''
      : [...Array(node.childCount).keys()].map((i) => text(node.getChildAt(i))).join(''));
    const found = [];
    const walk = (node) => {
      if (!node) return;
      const role = service.getStringRole(node.role);
      if (roles.includes(role)) found.push({ role, name: node.name, live: attribute(node, 'live'), text: text(node) });
      for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
    };
    walk(service.getAccessibleFor(tabs[0].linkedBrowser));
    return JSON.stringify(found);`);
  return JSON.parse(json);
}

/**
 * A screenshot of the `clip` rectangle of `page` (CSS pixels, as boundingBox gives), decoded:
 * { width, height, scale, at(x, y) → 'rgb(r, g, b)' } with x and y in CSS pixels from the
 * clip's corner. Firefox draws the top layer (ssobridge's panel) into it.
 */
export async function screenshotPixels(page, clip) {
  const png = await page.screenshot({ clip, captureBeyondViewport: false });
  const { width, height, rgba } = decodePng(Buffer.from(png));
  const scale = width / clip.width;
  return {
    width: clip.width,
    height: clip.height,
    scale,
    at(x, y) {
      const i = (Math.min(height - 1, Math.floor(y * scale)) * width + Math.min(width - 1, Math.floor(x * scale))) * 4;
      return `rgb(${rgba[i]}, ${rgba[i + 1]}, ${rgba[i + 2]})`;
    },
  };
}

/** The pixels of an 8-bit, non-interlaced RGB or RGBA PNG (what Firefox's screenshots are), as RGBA. */
function decodePng(png) {
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const [depth, type, , , interlace] = png.subarray(24, 29);
  const channels = { 2: 3, 6: 4 }[type];
  if (depth !== 8 || !channels || interlace !== 0) throw new Error(`unexpected PNG: depth ${depth}, colour type ${type}, interlace ${interlace}`);
  const chunks = [];
  for (let at = 8; at < png.length; at += 12 + png.readUInt32BE(at)) {
    if (png.toString('latin1', at + 4, at + 8) === 'IDAT') chunks.push(png.subarray(at + 8, at + 8 + png.readUInt32BE(at)));
  }
  const raw = inflateSync(Buffer.concat(chunks));
  const stride = width * channels;
  const rows = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x++) {
      const value = raw[y * (stride + 1) + 1 + x];
      const left = x >= channels ? rows[y * stride + x - channels] : 0;
      const up = y > 0 ? rows[(y - 1) * stride + x] : 0;
      const corner = x >= channels && y > 0 ? rows[(y - 1) * stride + x - channels] : 0;
      const paeth = () => {
        const p = left + up - corner;
        const [a, b, c] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - corner)];
        return a <= b && a <= c ? left : b <= c ? up : corner;
      };
      const predicted = [0, left, up, (left + up) >> 1, filter === 4 ? paeth() : 0][filter];
      rows[y * stride + x] = (value + predicted) & 0xff;
    }
  }
  const rgba = Buffer.alloc(width * height * 4, 0xff);
  for (let i = 0; i < width * height; i++) rows.copy(rgba, i * 4, i * channels, i * channels + 3);
  return { width, height, rgba };
}

/**
 * Firefox's own record of the extension's background (TOOLCHAIN.md item 13), read in the
 * browser's chrome window over the same WebDriver BiDi session (`--remote-allow-system-access`
 * lets it in). `state()` is "starting", "running", "suspending" or "stopped". `count()` says how
 * often, since `watch()`, Firefox started it, tried to suspend it (its idle timeout: the
 * extension's runtime.onSuspend runs then), saw that suspension cancelled, and stopped it.
 * `settled(past)` waits until Firefox has tried to suspend it more often than `past.suspending`
 * and that attempt has ended, stopped or cancelled; `stopped()` until it is stopped. Firefox's
 * internals are read, never changed: the extension sees nothing of this.
 */
export async function backgroundOf(ff) {
  const gecko = JSON.stringify(ff.geckoId);
  const evaluate = (body) => chromeEvaluate(ff, `const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
      const extension = ExtensionParent.GlobalManager.getExtension(${gecko}); ${body}`);
  const until = async (what, test, timeout) => {
    const deadline = Date.now() + timeout;
    for (;;) {
      const [state, count] = await Promise.all([background.state(), background.count()]);
      if (test(state, count)) return count;
      if (Date.now() > deadline) throw new Error(`${what}: the background is ${state} after ${timeout} ms (${JSON.stringify(count)})`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  const background = {
    state: () => evaluate('return extension.backgroundState;'),
    watch: () => evaluate(`const seen = globalThis.__ssobridgeBackground = { started: 0, suspending: 0, canceled: 0, stopped: 0 };
      extension.on('background-script-started', () => seen.started++);
      extension.on('background-script-suspend', () => seen.suspending++);
      extension.on('background-script-suspend-canceled', () => seen.canceled++);
      extension.on('shutdown-background-script', () => seen.stopped++);
      return true;`),
    count: async () => JSON.parse(await evaluate('return JSON.stringify(globalThis.__ssobridgeBackground);')),
    settled: (past, { timeout = 20_000 } = {}) => until('no suspension attempt ended',
      (state, count) => count.suspending > past.suspending && (state === 'stopped' || state === 'running'), timeout),
    stopped: ({ timeout = 20_000 } = {}) => until('not suspended', (state) => state === 'stopped', timeout),
  };
  return background;
}
