// Context: Node. `make bench`: what a page that never stops changing costs the content scripts in
// Firefox (tests/bench/churn.mjs measures Chromium, through its DevTools trace; Firefox has none).
// The built, unmodified extension (dist/firefox) in headless Firefox ESR on the same replica
// (portal.azure.com/churn.html), before the page matters, for each change pattern at a tick every
// 100 ms and every animation frame, and once the button shows for all four at once.
//
// Measured with Firefox's own sampling profiler (the one about:profiling drives), started and
// read in the browser's chrome scope over the test session (harness-firefox.mjs chromeEvaluate):
// every 0.1 ms it samples the content process's main thread, with the CPU time the thread spent
// since the sample before; a sample whose JavaScript stack holds a frame of this extension's
// moz-extension:// scripts charges that CPU time to the content scripts. The profiler's own cost
// falls on the page and the browser, not on those frames.
import { ROLLOVER, SAML_PATH } from '../e2e/replica-values.mjs';
import { EXTENSION_UUID, chromeEvaluate, launch, openPage, startServer } from '../firefox/harness-firefox.mjs';
import { DIST, QUICK, median, round, save } from './common.mjs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const EXTENSION = join(DIST, 'firefox');
const PAGE = 'https://portal.azure.com/churn.html';
const RUNS = QUICK ? 1 : 2;
const SECONDS = QUICK ? 4 : 8;
const ORIGIN = `moz-extension://${EXTENSION_UUID}/`;
const BUTTON = 'body > [data-ssobridge-ui] > [data-ssobridge="capture"]';
// What the manifest injects into portal pages.
const CONTENT_SCRIPTS = JSON.parse(readFileSync(join(EXTENSION, 'manifest.json'), 'utf8')).content_scripts.flatMap((entry) => entry.js);

const server = await startServer({ metadata: { [ROLLOVER.appId]: ROLLOVER.fixture } });
const ff = await launch(server.port, { extensionPath: EXTENSION });
const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls a chrome-scope expression that leaves its answer in a global (evaluation does not await). */
async function chromeAwait(body) {
  await chromeEvaluate(ff, `globalThis.__ssobridgeBench = null; (async () => { ${body} })().then((v) => { globalThis.__ssobridgeBench = JSON.stringify({ v }); }, (e) => { globalThis.__ssobridgeBench = JSON.stringify({ e: String(e) }); }); return 0;`);
  for (let i = 0; i < 600; i++) {
    const answer = await chromeEvaluate(ff, 'return globalThis.__ssobridgeBench;');
    if (answer) {
      const { v, e } = JSON.parse(answer);
      if (e) throw new Error(e);
      return v;
    }
    await pause(100);
  }
  throw new Error('the profile never came');
}

/**
 * The content scripts' CPU over `seconds` of the page as it is: ms/s, and the share of the
 * content process's main thread they took.
 */
async function measure(seconds) {
  await chromeEvaluate(ff, `Services.profiler.StartProfiler(1 << 23, 0.1, ['js', 'cpu'], ['GeckoMain']); return 0;`);
  await pause(seconds * 1000);
  return chromeAwait(`
    const profile = await Services.profiler.getProfileDataAsync();
    Services.profiler.StopProfiler();
    const origin = ${JSON.stringify(ORIGIN)};
    const scripts = ${JSON.stringify(CONTENT_SCRIPTS)};
    let extensionUs = 0;
    let threadUs = 0;
    const functions = new Map();
    for (const process of [profile, ...(profile.processes ?? []).map((p) => (typeof p === 'string' ? JSON.parse(p) : p))]) {
      const perUs = process.meta?.sampleUnits?.threadCPUDelta === 'ns' ? 0.001 : 1;
      for (const thread of process.threads ?? []) {
        if (thread.name !== 'GeckoMain' || thread.processType !== 'tab') continue;
        const strings = thread.stringTable;
        const frame = thread.frameTable;
        const stack = thread.stackTable;
        const samples = thread.samples;
        const at = (schema, name) => schema[name];
        const sLoc = at(frame.schema, 'location');
        const sPrefix = at(stack.schema, 'prefix');
        const sFrame = at(stack.schema, 'frame');
        const sStack = at(samples.schema, 'stack');
        const sCpu = at(samples.schema, 'threadCPUDelta');
        const ours = new Map();
        const oursFrom = (index) => {
          if (index == null) return null;
          if (ours.has(index)) return ours.get(index);
          const location = strings[frame.data[stack.data[index][sFrame]][sLoc]] ?? '';
          // The content scripts' frames only (the background page's labels name its address too).
          const own = scripts.some((script) => location.includes(origin + script)) ? location.replace(origin, '') : null;
          const found = oursFrom(stack.data[index][sPrefix]) ?? own;
          ours.set(index, found);
          return found;
        };
        for (const sample of samples.data) {
          const cpu = sCpu == null ? 0 : (sample[sCpu] ?? 0) * perUs;
          threadUs += cpu;
          const outermost = oursFrom(sample[sStack]);
          if (outermost == null) continue;
          extensionUs += cpu;
          functions.set(outermost, (functions.get(outermost) ?? 0) + cpu);
        }
      }
    }
    const top = [...functions].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([name, us]) => ({ name, ms: Math.round(us) / 1000 }));
    return { cpuMsPerSecond: extensionUs / 1000 / ${seconds}, threadMsPerSecond: threadUs / 1000 / ${seconds}, functions: top };`);
}

const results = { extension: EXTENSION, seconds: SECONDS, runs: RUNS, cases: [] };
const NAMES = { text: 'text edits', replace: 'nodes replaced', attrs: 'attributes flickering', subtree: 'subtrees added and removed', all: 'all four at once' };
const CASES = [];
for (const rate of ['100', 'raf']) {
  for (const pattern of ['text', 'replace', 'attrs', 'subtree', 'all']) CASES.push({ pattern, rate, label: `${NAMES[pattern]}, ${rate === 'raf' ? 'every frame' : 'every 100 ms'}` });
}
console.log(`Firefox: content-script CPU on the changing page (${RUNS} run(s), ${SECONDS} s windows; the profiler's units: threadCPUDelta in µs):`);
for (const c of CASES) {
  const before = [];
  const after = [];
  for (let i = 0; i < RUNS; i++) {
    let page = await openPage(ff, `${PAGE}?churn=${c.pattern}&rate=${c.rate}`);
    await pause(3000);
    before.push(await measure(SECONDS));
    await page.close();
    if (c.pattern !== 'all') continue;
    page = await openPage(ff, `${PAGE}?churn=all&rate=${c.rate}&saml=1500${SAML_PATH(ROLLOVER.appId)}`);
    await page.waitForSelector(BUTTON, { timeout: 20_000 });
    await pause(1000);
    after.push(await measure(SECONDS));
    await page.close();
  }
  const entry = {
    ...c,
    before: { cpuMsPerSecond: round(median(before.map((r) => r.cpuMsPerSecond)), 2), threadMsPerSecond: round(median(before.map((r) => r.threadMsPerSecond)), 1), functions: before.at(-1).functions },
    after: after.length ? { cpuMsPerSecond: round(median(after.map((r) => r.cpuMsPerSecond)), 2), threadMsPerSecond: round(median(after.map((r) => r.threadMsPerSecond)), 1), functions: after.at(-1).functions } : null,
  };
  results.cases.push(entry);
  console.log(`  ${c.label.padEnd(36)} before ${entry.before.cpuMsPerSecond} ms/s (page's thread ${entry.before.threadMsPerSecond} ms/s)${entry.after ? ` | after the button ${entry.after.cpuMsPerSecond} ms/s` : ''}`);
}
save('churn-firefox', results);
await ff.close();
await server.close();
