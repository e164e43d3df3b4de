// Context: Node. `make bench`: what the content scripts cost a page that is not the SAML page, and
// how fast the button comes on the one that is. The built, unmodified extension in headless
// Chromium (tests/e2e/harness.mjs), on the heavy portal replica (tests/replicas/_shared/heavy.js):
//   load     main-thread CPU of the content scripts per page load (no live updates), and their
//            longest task; the same on the small Entra home replica for scale
//   live     the same page updating every 500 ms and 100 ms: CPU per second, long tasks,
//            MutationObserver callbacks, messages to the worker and their JSON size
//   button   the SAML blade rendering inside the heavy shell: time from its values being in the
//            DOM to the capture button, busy and quiet, and with the journey shrunk (?scale=0.1)
//   collect  extension/snapshot.js's collector run in the page's main world on the heavy SAML
//            page: candidates, the MAX_ELEMENTS cap, where the SAML values are, JSON size, and
//            its time with parts stubbed out (what each part costs)
// CPU comes from Chromium traces (common.mjs contentScriptShare); message sizes from a listener
// added in the worker.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, startServer } from '../e2e/harness.mjs';
import { ROLLOVER, SAML_PATH } from '../e2e/replica-values.mjs';
import { DIST, QUICK, ROOT, contentScriptShare, drainWorker, hookWorker, median, round, save, startTrace } from './common.mjs';

const EXTENSION = join(DIST, 'extension');
const HEAVY = 'https://portal.azure.com/heavy.html';
const SAML_HASH = SAML_PATH(ROLLOVER.appId);
const LOADS = QUICK ? 2 : 5;
const LIVE_RUNS = QUICK ? 1 : 3;
const LIVE_SECONDS = QUICK ? 5 : 10;
const BUTTON_RUNS = QUICK ? 1 : 3;

const server = await startServer({ metadata: { [ROLLOVER.appId]: ROLLOVER.fixture } });
const browser = await launch(server.port, { extensionPath: EXTENSION });
const origin = `chrome-extension://${browser.extensionId}/`;
await hookWorker(browser.worker);
const results = { extension: EXTENSION };
// BENCH_IDLE_ONLY=collect runs the collector part alone (quick, for trying snapshot.js changes);
// BENCH_IDLE_ONLY=load the per-load and live parts alone (for trying content.js changes; nothing
// saved).
const ONLY = process.env.BENCH_IDLE_ONLY ?? null;

async function pageStats(page) {
  return page.evaluate(() => {
    const walker = document.createTreeWalker(document, NodeFilter.SHOW_ALL);
    let nodes = 0;
    for (let n = walker.currentNode; n; n = walker.nextNode()) nodes++;
    return { nodes, elements: document.getElementsByTagName('*').length, inputs: document.querySelectorAll('input, select, textarea').length };
  });
}

const sizes = (messages) => ({ count: messages.length, maxBytes: messages.length ? Math.max(...messages.map((m) => m.bytes)) : 0, medianBytes: median(messages.map((m) => m.bytes)), maxElements: messages.length ? Math.max(...messages.map((m) => m.elements ?? 0)) : 0, types: [...new Set(messages.map((m) => m.type))] });

// ---- Per load -------------------------------------------------------------------------------------
async function perLoad(url, settleMs) {
  const runs = [];
  for (let i = 0; i < LOADS; i++) {
    const page = await browser.context.newPage();
    const cdp = await browser.context.newCDPSession(page);
    await drainWorker(browser.worker);
    const trace = await startTrace(cdp);
    await page.goto(url);
    await page.waitForTimeout(settleMs);
    const events = await trace.stop();
    const share = contentScriptShare(events, origin);
    const { messages } = await drainWorker(browser.worker);
    runs.push({ cpuMs: share.cpuMs, maxTaskMs: share.maxTaskMs, evaluateMs: share.evaluateMs, longTasks: share.longTasks.length, messages: sizes(messages), functions: share.functions, stats: i === 0 ? await pageStats(page) : undefined });
    await cdp.detach();
    await page.close();
  }
  return {
    url, runs: runs.length, stats: runs[0].stats,
    cpuMs: round(median(runs.map((r) => r.cpuMs)), 2), maxTaskMs: round(median(runs.map((r) => r.maxTaskMs)), 2),
    evaluateMs: round(median(runs.map((r) => r.evaluateMs)), 2),
    messages: runs.at(-1).messages, functions: runs.at(-1).functions, all: runs.map((r) => ({ cpuMs: r.cpuMs, maxTaskMs: r.maxTaskMs })),
  };
}
if (!ONLY || ONLY === 'load') {
console.log('per load (content scripts, main-thread CPU):');
results.loadHeavy = await perLoad(`${HEAVY}?live=0`, 3000);
console.log(`  heavy portal page, quiet: ${results.loadHeavy.cpuMs} ms CPU, longest extension task ${results.loadHeavy.maxTaskMs} ms, ${results.loadHeavy.messages.count} message(s), largest ${results.loadHeavy.messages.maxBytes} B (${JSON.stringify(results.loadHeavy.stats)})`);
results.loadSmall = await perLoad('https://entra.microsoft.com/#home', 2500);
console.log(`  small Entra home replica: ${results.loadSmall.cpuMs} ms CPU, longest extension task ${results.loadSmall.maxTaskMs} ms, ${results.loadSmall.messages.count} message(s), largest ${results.loadSmall.messages.maxBytes} B`);
// ---- While the page updates -------------------------------------------------------------------------
console.log(`live updates every 500 and 100 ms, ${LIVE_SECONDS} s windows:`);
const liveRuns = [];
for (let i = 0; i < LIVE_RUNS; i++) {
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  await page.goto(`${HEAVY}?live=500,100`);
  await page.waitForTimeout(3000);
  await drainWorker(browser.worker);
  const before = await page.evaluate(() => window.heavyProbe.updates);
  const trace = await startTrace(cdp);
  await page.waitForTimeout(LIVE_SECONDS * 1000);
  const events = await trace.stop();
  const updates = (await page.evaluate(() => window.heavyProbe.updates)) - before;
  const share = contentScriptShare(events, origin);
  const { messages } = await drainWorker(browser.worker);
  liveRuns.push({ cpuMsPerSecond: share.cpuMs / LIVE_SECONDS, maxTaskMs: share.maxTaskMs, longTasks: share.longTasks.length, callbacksPerSecond: share.callbacks / LIVE_SECONDS, messagesPerSecond: messages.length / LIVE_SECONDS, messages: sizes(messages), updates, functions: share.functions });
  await cdp.detach();
  await page.close();
}
results.live = {
  runs: liveRuns.length, seconds: LIVE_SECONDS,
  cpuMsPerSecond: round(median(liveRuns.map((r) => r.cpuMsPerSecond)), 2),
  maxTaskMs: round(median(liveRuns.map((r) => r.maxTaskMs)), 2),
  longTasks: median(liveRuns.map((r) => r.longTasks)),
  callbacksPerSecond: round(median(liveRuns.map((r) => r.callbacksPerSecond)), 1),
  messagesPerSecond: round(median(liveRuns.map((r) => r.messagesPerSecond)), 2),
  pageUpdates: median(liveRuns.map((r) => r.updates)),
  messages: liveRuns.at(-1).messages, functions: liveRuns.at(-1).functions,
};
console.log(`  ${results.live.cpuMsPerSecond} ms CPU per second, longest extension task ${results.live.maxTaskMs} ms, ${results.live.callbacksPerSecond} observer callbacks/s, ${results.live.messagesPerSecond} messages/s (largest ${results.live.messages.maxBytes} B)`);

if (ONLY === 'load') {
  await browser.close();
  await server.close();
  process.exit(0);
}

// ---- Time to button ---------------------------------------------------------------------------------
console.log('time from the SAML values rendering to the capture button:');
results.button = [];
for (const [label, query] of [
  ['heavy shell, live updates 500/100 ms', 'live=500,100'],
  ['heavy shell, quiet', 'live=0'],
  ['journey shrunk to 10% (?scale=0.1), live updates', 'live=500,100&scale=0.1'],
  ['journey shrunk to 10% (?scale=0.1), quiet', 'live=0&scale=0.1'],
]) {
  const times = [];
  for (let i = 0; i < BUTTON_RUNS; i++) {
    const page = await browser.context.newPage();
    await page.goto(`${HEAVY}?${query}&saml=1500${SAML_HASH}`);
    await page.waitForFunction(() => window.heavyProbe?.samlRenderedAt != null, null, { timeout: 20_000 });
    const probe = await page.waitForFunction(() => window.heavyProbe.buttonAt != null || performance.now() - window.heavyProbe.samlRenderedAt > 10_000 ? window.heavyProbe : null, null, { timeout: 20_000, polling: 100 }).then((h) => h.jsonValue());
    times.push(probe.buttonAt == null ? null : probe.buttonAt - probe.samlRenderedAt);
    await page.close();
  }
  const appeared = times.filter((t) => t != null);
  const entry = { label, query, runs: times.length, appeared: appeared.length, medianMs: round(median(appeared), 0), all: times.map((t) => round(t, 0)) };
  results.button.push(entry);
  console.log(`  ${label.padEnd(52)} ${entry.appeared}/${entry.runs} appeared${entry.appeared ? `, median ${entry.medianMs} ms` : ' within 10 s'}`);
}

}

// ---- The collector on the heavy SAML page -------------------------------------------------------------
// The sources as written: the build reprints the shipped copy without comments
// (tools/strip-comments.mjs), and the variants below name pieces of the source.
const source = readFileSync(join(ROOT, 'extension', 'snapshot.js'), 'utf8');
// A variant replaces one piece of snapshot.js (and optionally more [from, to] pairs); null when
// snapshot.js no longer has the piece.
const variant = (name, from, to, ...more) => {
  let code = source.includes(from) ? source.replace(from, to) : null;
  for (const [a, b] of more) code = code?.includes(a) ? code.replace(a, b) : null;
  return { name, source: code };
};
const NO_CAP = ['const MAX_ELEMENTS = LIMITS.elements;', 'const MAX_ELEMENTS = 1e9;'];
const SKIP_HIDDEN = ['if (elements.length >= MAX_ELEMENTS || el.hasAttribute(UI_ATTR)) return;', "if (elements.length >= MAX_ELEMENTS || el.hasAttribute(UI_ATTR) || el.hidden || el.getAttribute('aria-hidden') === 'true') return;"];
const INTERACTIVE = ["const CONTROL_SELECTOR = 'input, textarea, select, button, [role], [contenteditable=\"true\"]';", "const CONTROL_SELECTOR = 'input, textarea, select, button, [role=button], [role=link], [role=checkbox], [role=radio], [role=combobox], [role=listbox], [role=option], [role=menuitem], [role=tab], [role=textbox], [role=switch], [contenteditable=\"true\"]';"];
const SHAPED = ['return text.length > 0 && text.length <= MAX_TEXT;', 'return text.length > 0 && text.length <= MAX_TEXT && /https?:\\/\\/|[0-9a-f]{8}-[0-9a-f]{4}-|[0-9a-f]{40}|[0-9]{1,4}[-/.][0-9]{1,2}[-/.][0-9]{2,4}/i.test(text);'];
// What the extension sends on Azure: the collector focused on the Azure probe's markers
// (extension/probe/azure.js, generated from the core); the other rows collect the whole page.
const AZURE_PROBE = JSON.parse(readFileSync(join(ROOT, 'extension', 'probe/azure.js'), 'utf8').split('globalThis.ssobridgeProbe = ')[1].replace(/;\s*$/, ''));
const VARIANTS = [
  { ...variant('as shipped, focused on the Azure markers (what the extension sends)', '', ''), focus: AZURE_PROBE.pattern, fields: AZURE_PROBE.fields },
  variant('as shipped, whole page (cap 4000)', '', ''),
  variant('no cap', ...NO_CAP),
  variant('isVisible stubbed (no getClientRects/getComputedStyle)', 'function isVisible(el) {', 'function isVisible(el) { return true;'),
  variant('labelOf + groupLabelOf stubbed', 'function labelOf(el, labelsFor, composed) {', "function groupLabelOf() { return ''; } function labelOf(el, labelsFor, composed) { return '';"),
  variant('sectionsOf stubbed', 'function sectionsOf(el, names, composed) {', 'function sectionsOf(el, names, composed) { return [];'),
  variant('valueOf without innerText', 'function valueOf(el, composed) {', "function valueOf(el, composed) { return el.value ?? '';"),
  variant('walk + isCandidate only (no describe)', 'elements.push(describe(el, key, names, rows, labelsFor, place));', 'elements.push({ key });'),
  // Prototypes of changes to snapshot.js (not shipped), uncapped, to see what they would cost.
  variant('prototype: no cap, hidden subtrees skipped', ...NO_CAP, SKIP_HIDDEN),
  variant('prototype: no cap, interactive roles only', ...NO_CAP, INTERACTIVE),
  variant('prototype: no cap, hidden skipped, interactive roles, value-shaped text only', ...NO_CAP, SKIP_HIDDEN, INTERACTIVE, SHAPED),
  variant('prototype: the same, isVisible stubbed', ...NO_CAP, SKIP_HIDDEN, INTERACTIVE, SHAPED, ['function isVisible(el) {', 'function isVisible(el) { return true;']),
];
const page = await browser.context.newPage();
await page.goto(`${HEAVY}?live=0&saml=500${SAML_HASH}`);
await page.waitForFunction(() => window.heavyProbe?.samlRenderedAt != null, null, { timeout: 20_000 });
await page.waitForTimeout(500);
results.collect = { stats: await pageStats(page), variants: [] };
for (const { name, source: code, focus = null, fields } of VARIANTS) {
  if (!code) {
    results.collect.variants.push({ name, skipped: 'snapshot.js changed: stub point not found' });
    continue;
  }
  const out = await page.evaluate(async ({ code, runs, focus, fields }) => {
    delete globalThis.ssobridgeSnapshot;
    (0, eval)(code);
    const collector = globalThis.ssobridgeSnapshot;
    delete globalThis.ssobridgeSnapshot;
    const times = [];
    let taken;
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      taken = collector.collect({ focus: focus && new RegExp(focus, 'i'), fields });
      times.push(performance.now() - start);
      await new Promise((ok) => setTimeout(ok, 50));
    }
    const start = performance.now();
    const json = JSON.stringify(taken.snapshot);
    const stringifyMs = performance.now() - start;
    const elements = taken.snapshot.elements;
    const samlIndex = elements.findIndex((e) => typeof e.value === 'string' && (e.value.includes('815D70419E644F95BE30F309616EBDA58C5B591B') || e.value.includes('federationmetadata')));
    times.sort((a, b) => a - b);
    // The same snapshot with empty and default fields left out (what a terser format would send).
    const compact = JSON.stringify({ ...taken.snapshot, elements: elements.map((e) => Object.fromEntries(Object.entries(e).filter(([, v]) => v !== '' && v !== null && v !== false && !(Array.isArray(v) && v.length === 0)))) });
    return { ms: times[times.length >> 1], elements: elements.length, bytes: new TextEncoder().encode(json).length, compactBytes: new TextEncoder().encode(compact).length, stringifyMs, samlIndex, visible: elements.filter((e) => e.visible === true).length };
  }, { code, runs: QUICK ? 3 : 5, focus, fields });
  results.collect.variants.push({ name, ...out, ms: round(out.ms, 1), stringifyMs: round(out.stringifyMs, 1) });
  console.log(`  collector, ${name.padEnd(56)} ${String(round(out.ms, 1)).padStart(7)} ms, ${out.elements} elements, ${Math.round(out.bytes / 1024)} KiB JSON${out.samlIndex >= 0 ? `, first SAML value at #${out.samlIndex + 1}` : ', SAML values NOT collected'}`);
}
await page.close();

save(ONLY ? 'idle-collect' : 'idle', results);
await browser.close();
await server.close();
