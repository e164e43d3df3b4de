// Context: Node. `make bench`: what a page that never stops changing costs the content scripts,
// and how soon the capture button comes there. The built, unmodified extension in headless
// Chromium on tests/replicas/portal.azure.com/churn.html (_shared/churn.js on the heavy shell:
// about 21,000 nodes), for each change pattern at a tick every 100 ms and every animation frame:
//   before   the page not yet the SAML page: content-script CPU per second, observer callbacks,
//            messages to the worker (there should be none)
//   button   the SAML blade rendering late into the changing page: time from its values being
//            in the DOM to the capture button
//   after    the same page from a second after the button: CPU per second, snapshots (view
//            messages) per second and their size
//   urls     text edits that write sign-in URLs (a marker) into cells away from the blade
//   fresh    a fresh browser whose first page is the changing SAML page: the button, and when
//            the worker's first read of the managed policy (storage.managed) returns
// The browser of the main runs is first given a quiet page: Chromium answers storage.managed,
// which every worker request reads, only once it considers its own start-up complete, and a
// page that keeps changing holds that back (the fresh row).
import { launch, startServer } from '../e2e/harness.mjs';
import { ROLLOVER, SAML_PATH } from '../e2e/replica-values.mjs';
import { DIST, QUICK, contentScriptShare, drainWorker, hookWorker, median, round, save, startTrace } from './common.mjs';
import { join } from 'node:path';

const EXTENSION = join(DIST, 'extension');
const PAGE = 'https://portal.azure.com/churn.html';
const SAML_HASH = SAML_PATH(ROLLOVER.appId);
const RUNS = QUICK ? 1 : 2;
const SECONDS = QUICK ? 4 : 8;
const BUTTON_WAIT_MS = 10_000;
// For trying a change to the watcher: BENCH_CHURN_ONLY=text:100,all:raf runs only those cases
// (pattern:rate; urls for the sign-in URL case; untouched for the tab left alone), without the
// fresh-browser row.
const ONLY = process.env.BENCH_CHURN_ONLY?.split(',') ?? null;

const server = await startServer({ metadata: { [ROLLOVER.appId]: ROLLOVER.fixture } });
const results = { extension: EXTENSION, seconds: SECONDS, runs: RUNS };

const sizes = (messages) => ({ count: messages.length, maxBytes: messages.length ? Math.max(...messages.map((m) => m.bytes)) : 0, medianBytes: median(messages.map((m) => m.bytes)) });

/** Waits for the SAML values, then for the button or BUTTON_WAIT_MS; ms from values to button, or null. */
async function buttonTime(page, renderWithinMs = 30_000) {
  await page.waitForFunction(() => window.heavyProbe?.samlRenderedAt != null, null, { timeout: renderWithinMs });
  const probe = await page.waitForFunction((limit) => (window.heavyProbe.buttonAt != null || performance.now() - window.heavyProbe.samlRenderedAt > limit ? window.heavyProbe : null), BUTTON_WAIT_MS, { timeout: BUTTON_WAIT_MS + 20_000, polling: 50 }).then((h) => h.jsonValue());
  return probe.buttonAt == null ? null : probe.buttonAt - probe.samlRenderedAt;
}

/** Content-script CPU, callbacks and messages over SECONDS of the page as it is. */
async function measure(browser, page, origin) {
  const cdp = await browser.context.newCDPSession(page);
  await drainWorker(browser.worker);
  const ticks = await page.evaluate(() => window.churnProbe.ticks);
  const trace = await startTrace(cdp);
  await page.waitForTimeout(SECONDS * 1000);
  const events = await trace.stop();
  await cdp.detach();
  const share = contentScriptShare(events, origin);
  const { messages } = await drainWorker(browser.worker);
  const views = messages.filter((m) => m.type === 'view');
  return {
    cpuMsPerSecond: share.cpuMs / SECONDS, maxTaskMs: share.maxTaskMs, callbacksPerSecond: share.callbacks / SECONDS,
    messagesPerSecond: messages.length / SECONDS, snapshotsPerSecond: views.length / SECONDS, messages: sizes(messages),
    ticksPerSecond: ((await page.evaluate(() => window.churnProbe.ticks)) - ticks) / SECONDS, functions: share.functions.slice(0, 8),
  };
}

async function oneCase(browser, origin, { label, query }) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    // Before the page matters: the changing page without the SAML blade.
    let page = await browser.context.newPage();
    await page.goto(`${PAGE}?${query}`);
    await page.waitForTimeout(3000);
    const before = await measure(browser, page, origin);
    await page.close();
    // The blade rendering late into the changing page, then the page as the admin keeps it.
    page = await browser.context.newPage();
    await page.goto(`${PAGE}?${query}&saml=1500${SAML_HASH}`);
    const button = await buttonTime(page);
    await page.waitForTimeout(1000);
    const after = await measure(browser, page, origin);
    await page.close();
    runs.push({ before, button, after });
  }
  const med = (pick, digits = 2) => round(median(runs.map(pick)), digits);
  const appeared = runs.filter((r) => r.button != null);
  const entry = {
    label, query, runs: runs.length,
    appeared: appeared.length, buttonMs: round(median(appeared.map((r) => r.button)), 0), buttonAll: runs.map((r) => round(r.button, 0)),
    before: { cpuMsPerSecond: med((r) => r.before.cpuMsPerSecond), maxTaskMs: med((r) => r.before.maxTaskMs), callbacksPerSecond: med((r) => r.before.callbacksPerSecond, 1), messagesPerSecond: med((r) => r.before.messagesPerSecond), ticksPerSecond: med((r) => r.before.ticksPerSecond, 1), functions: runs.at(-1).before.functions },
    after: { cpuMsPerSecond: med((r) => r.after.cpuMsPerSecond), maxTaskMs: med((r) => r.after.maxTaskMs), callbacksPerSecond: med((r) => r.after.callbacksPerSecond, 1), snapshotsPerSecond: med((r) => r.after.snapshotsPerSecond), largestBytes: Math.max(...runs.map((r) => r.after.messages.maxBytes)), ticksPerSecond: med((r) => r.after.ticksPerSecond, 1), functions: runs.at(-1).after.functions },
  };
  console.log(`  ${label.padEnd(44)} button ${entry.appeared}/${entry.runs}${entry.appeared ? ` ${entry.buttonMs} ms` : ' never'} | before ${entry.before.cpuMsPerSecond} ms/s, ${entry.before.callbacksPerSecond} callbacks/s, ${entry.before.messagesPerSecond} msg/s | after ${entry.after.cpuMsPerSecond} ms/s, ${entry.after.snapshotsPerSecond} snapshots/s (largest ${entry.after.largestBytes} B) | page ${entry.before.ticksPerSecond} ticks/s`);
  return entry;
}

// ---- A fresh browser whose first page keeps changing -------------------------------------------
if (!ONLY) {
console.log('fresh browser, first page the changing SAML page (100 ms, every pattern):');
{
  const browser = await launch(server.port, { extensionPath: EXTENSION });
  const launched = Date.now();
  let managedMs = null;
  browser.worker.evaluate(() => chrome.storage.managed.get().catch(() => null)).then(() => { managedMs = Date.now() - launched; }, () => {});
  const page = await browser.context.newPage();
  await page.goto(`${PAGE}?churn=all&rate=100&saml=1500${SAML_HASH}`);
  const button = await buttonTime(page);
  results.fresh = { buttonMs: round(button, 0), managedMs, afterMs: Date.now() - launched };
  console.log(`  button ${button == null ? `never (${BUTTON_WAIT_MS / 1000} s)` : `${round(button, 0)} ms`}; storage.managed answered ${managedMs == null ? `not within ${round((Date.now() - launched) / 1000, 0)} s of the launch` : `${managedMs} ms after the launch`}`);
  await browser.close();
}
}

// ---- Each pattern and rate ----------------------------------------------------------------------
const browser = await launch(server.port, { extensionPath: EXTENSION });
const origin = `chrome-extension://${browser.extensionId}/`;
{
  // Start-up completes on a quiet page (see the head comment); then the worker answers.
  const quiet = await browser.context.newPage();
  await quiet.goto(`${PAGE}?churn=none`);
  await browser.worker.evaluate(() => chrome.storage.managed.get().catch(() => null));
  await quiet.close();
}
await hookWorker(browser.worker);
const CASES = [{ label: 'quiet (no changes)', query: 'churn=none' }];
const NAMES = { text: 'text edits', replace: 'nodes replaced', attrs: 'attributes flickering', subtree: 'subtrees added and removed', all: 'all four at once' };
for (const rate of ['100', 'raf']) {
  for (const pattern of ['text', 'replace', 'attrs', 'subtree', 'all']) {
    CASES.push({ label: `${NAMES[pattern]}, ${rate === 'raf' ? 'every frame' : 'every 100 ms'}`, query: `churn=${pattern}&rate=${rate}`, pattern, rate });
  }
}
CASES.push({ label: 'a clock inside the SAML blade, every frame', query: 'churn=inside&rate=raf', pattern: 'inside', rate: 'raf' });
CASES.push({ label: 'text edits writing sign-in URLs, every 100 ms', query: 'churn=text&rate=100&urls=1', pattern: 'urls', rate: '100', urls: true });
const chosen = ONLY ? CASES.filter((c) => ONLY.includes(`${c.pattern ?? 'none'}:${c.rate ?? '100'}`)) : CASES;
console.log(`each pattern (${RUNS} run(s), ${SECONDS} s windows):`);
results.cases = [];
for (const c of chosen) results.cases.push({ ...c, ...(await oneCase(browser, origin, c)) });
// ---- A tab left untouched ----------------------------------------------------------------------
// Past content.js's ATTENTIVE_MS (30 s) with no input or navigation, a busy page is read more
// sparingly: its cost then, and how soon a blade rendering into it gets its button.
const UNTOUCHED_MS = 31_000;
if (!ONLY || ONLY.includes('untouched')) {
  console.log(`left untouched for ${UNTOUCHED_MS / 1000} s (1 run each, two blades for the button):`);
  results.untouched = [];
  for (const rate of ['100', 'raf']) {
    const query = `churn=all&rate=${rate}`;
    let page = await browser.context.newPage();
    await page.goto(`${PAGE}?${query}`);
    await page.waitForTimeout(UNTOUCHED_MS);
    const before = await measure(browser, page, origin);
    await page.close();
    // The button waits for the next sparse whole read, so how long depends on where the values
    // fall between two: two blades, 2 s apart in that cycle, show the range (one alone once
    // made a change of phase look like a regression).
    const buttons = [];
    for (const offset of [1000, 3000]) {
      page = await browser.context.newPage();
      await page.goto(`${PAGE}?${query}&saml=${UNTOUCHED_MS + offset}${SAML_HASH}`);
      buttons.push(await buttonTime(page, UNTOUCHED_MS + 30_000));
      await page.close();
    }
    const label = `all four at once, ${rate === 'raf' ? 'every frame' : 'every 100 ms'}, untouched`;
    const button = buttons.includes(null) ? null : Math.max(...buttons);
    results.untouched.push({ label, query, button: round(button, 0), buttons: buttons.map((b) => round(b, 0)), before: { cpuMsPerSecond: round(before.cpuMsPerSecond, 2), callbacksPerSecond: round(before.callbacksPerSecond, 1), messagesPerSecond: round(before.messagesPerSecond, 2), functions: before.functions } });
    console.log(`  ${label.padEnd(44)} button ${buttons.map((b) => (b == null ? 'never' : `${round(b, 0)} ms`)).join(', ')} | ${round(before.cpuMsPerSecond, 2)} ms/s, ${round(before.callbacksPerSecond, 1)} callbacks/s, ${round(before.messagesPerSecond, 2)} msg/s`);
  }
}

results.stats = await (async () => {
  const page = await browser.context.newPage();
  await page.goto(`${PAGE}?churn=none`);
  await page.waitForFunction(() => window.churnProbe != null);
  const stats = await page.evaluate(() => {
    const walker = document.createTreeWalker(document, NodeFilter.SHOW_ALL);
    let nodes = 0;
    for (let n = walker.currentNode; n; n = walker.nextNode()) nodes++;
    return { nodes, elements: document.getElementsByTagName('*').length };
  });
  await page.close();
  return stats;
})();
save(ONLY ? 'churn-only' : 'churn', results);
await browser.close();
await server.close();
