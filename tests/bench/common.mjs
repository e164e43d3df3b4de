// Context: Node. What the `make bench` scripts share: where the build and the results are, medians,
// and Chromium traces with the extension's content-script time separated from the page's.
//
// SSOBRIDGE_BENCH_DIST=DIR measures another build (default dist/); results go to
// SSOBRIDGE_BENCH_OUT (default dist/bench/), one JSON file per script, which
// tests/bench/report.mjs turns into BENCHMARKS.md.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const DIST = resolve(process.env.SSOBRIDGE_BENCH_DIST ?? join(ROOT, 'dist'));
export const OUT = resolve(process.env.SSOBRIDGE_BENCH_OUT ?? join(ROOT, 'dist/bench'));
/** BENCH_QUICK=1: fewer repetitions (a smoke run of the scripts). */
export const QUICK = process.env.BENCH_QUICK === '1';

export function median(values) {
  const sorted = values.filter((v) => v != null && !Number.isNaN(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export const round = (value, digits = 1) => (value == null ? null : Number(value.toFixed(digits)));

export function save(name, data) {
  mkdirSync(OUT, { recursive: true });
  writeFileSync(join(OUT, `${name}.json`), `${JSON.stringify({ measuredAt: new Date().toISOString(), dist: DIST, ...data }, null, 1)}\n`);
}

export function shuffle(list) {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

// ---- Tracing -------------------------------------------------------------------------------------

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'disabled-by-default-v8.cpu_profiler', 'v8.execute', 'v8', 'toplevel'];

/** Starts a Chromium trace through a page's CDP session; `stop()` resolves to its events. */
export async function startTrace(cdp) {
  await cdp.send('Tracing.start', { transferMode: 'ReturnAsStream', traceConfig: { includedCategories: CATEGORIES, recordMode: 'recordContinuously' } });
  return {
    async stop() {
      const complete = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
      await cdp.send('Tracing.end');
      const { stream } = await complete;
      const chunks = [];
      for (;;) {
        const part = await cdp.send('IO.read', { handle: stream, size: 1 << 22 });
        chunks.push(part.base64Encoded ? Buffer.from(part.data, 'base64').toString() : part.data);
        if (part.eof) break;
      }
      await cdp.send('IO.close', { handle: stream });
      const parsed = JSON.parse(chunks.join(''));
      return Array.isArray(parsed) ? parsed : parsed.traceEvents;
    },
  };
}

/**
 * The content scripts' share of the page's main thread in a trace. The renderer's V8 sampling
 * profiler (about 200 µs) says which samples run the extension's code, with everything it calls
 * (getComputedStyle, forced layout, innerText, JSON); each main-thread task's CPU time (`tdur`,
 * thread time, so another process on the shared cores does not count) is split by that share.
 * Tasks too short to hold a sample are charged by their timeline events instead (EvaluateScript,
 * FunctionCall of a script of `origin`: timers, listeners, MutationObserver callbacks).
 *
 * Returns totals (ms of CPU), per-task figures, the tasks with more than 16 ms of extension
 * wall time, and the extension's functions by inclusive sampled time.
 */
export function contentScriptShare(events, origin, { from = -Infinity, to = Infinity } = {}) {
  // Samples, per profile (one per renderer isolate).
  const profiles = new Map();
  const mainThreads = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  for (const e of events) {
    if (e.name === 'Profile' && mainThreads.has(`${e.pid}:${e.tid}`)) profiles.set(`${e.pid}:${e.id}`, { pid: e.pid, tid: e.tid, start: e.args.data.startTime, nodes: new Map(), samples: [], last: e.args.data.startTime });
  }
  for (const e of events) {
    if (e.name !== 'ProfileChunk') continue;
    const profile = profiles.get(`${e.pid}:${e.id}`);
    if (!profile) continue;
    const data = e.args.data;
    for (const node of data.cpuProfile?.nodes ?? []) profile.nodes.set(node.id, { frame: node.callFrame, parent: node.parent ?? null });
    const ids = data.cpuProfile?.samples ?? [];
    const deltas = data.timeDeltas ?? [];
    for (let i = 0; i < ids.length; i++) {
      profile.last += deltas[i] ?? 0;
      profile.samples.push({ ts: profile.last, node: ids[i] });
    }
  }
  const isExt = new Map();
  const extOf = (profile, id) => {
    const key = `${profile.pid}:${id}`;
    if (isExt.has(key)) return isExt.get(key);
    const node = profile.nodes.get(id);
    const value = !node ? false : (node.frame.url ?? '').startsWith(origin) || (node.parent != null && extOf(profile, node.parent));
    isExt.set(key, value);
    return value;
  };
  const stackOf = (profile, id) => {
    const names = [];
    for (let node = profile.nodes.get(id); node; node = profile.nodes.get(node.parent)) {
      const url = node.frame.url ?? '';
      names.push(url.startsWith(origin) ? `${node.frame.functionName || '(top level)'} (${url.slice(origin.length)}:${node.frame.lineNumber + 1})` : url ? `${node.frame.functionName || '(anonymous)'} [page]` : node.frame.functionName);
    }
    return names;
  };

  const result = { cpuMs: 0, wallMs: 0, tasks: [], longTasks: [], functions: [], evaluateMs: 0, callbacks: 0 };
  const functionTime = new Map();
  for (const profile of profiles.values()) {
    const samples = profile.samples;
    // Each sample stands for the time until the next one (capped: gaps are idle or unsampled).
    const weight = (i) => Math.min(i + 1 < samples.length ? samples[i + 1].ts - samples[i].ts : 200, 1000);
    const tasks = events
      .filter((e) => e.pid === profile.pid && e.tid === profile.tid && e.ph === 'X' && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') && e.ts >= from && e.ts <= to)
      .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
    // Top-level tasks only.
    const top = [];
    for (const task of tasks) if (!top.length || task.ts >= top.at(-1).ts + top.at(-1).dur) top.push(task);
    const marks = events.filter((e) => e.pid === profile.pid && e.tid === profile.tid && e.ph === 'X' && (e.name === 'EvaluateScript' || e.name === 'FunctionCall') && (e.args?.data?.url ?? '').startsWith(origin));
    let s = 0;
    let m = 0;
    for (const task of top) {
      const end = task.ts + task.dur;
      while (s < samples.length && samples[s].ts < task.ts) s++;
      let extWall = 0;
      let busyWall = 0;
      for (let i = s; i < samples.length && samples[i].ts < end; i++) {
        const node = profile.nodes.get(samples[i].node);
        const name = node?.frame.functionName;
        if (name === '(idle)') continue;
        const w = weight(i);
        busyWall += w;
        if (extOf(profile, samples[i].node)) {
          extWall += w;
          for (const fn of new Set(stackOf(profile, samples[i].node))) functionTime.set(fn, (functionTime.get(fn) ?? 0) + w);
        }
      }
      while (m < marks.length && marks[m].ts < task.ts) m++;
      let markedCpu = 0;
      let markedWall = 0;
      let markEnd = -Infinity;
      for (let i = m; i < marks.length && marks[i].ts < end; i++) {
        if (marks[i].ts < markEnd) continue; // nested in the previous mark
        markedCpu += marks[i].tdur ?? marks[i].dur;
        markedWall += marks[i].dur;
        markEnd = marks[i].ts + marks[i].dur;
        if (marks[i].name === 'EvaluateScript') result.evaluateMs += (marks[i].tdur ?? marks[i].dur) / 1000;
        else result.callbacks++;
      }
      const cpu = task.tdur ?? task.dur;
      const share = busyWall > 0 ? Math.min(1, extWall / busyWall) : 0;
      const extCpu = Math.max(share * cpu, Math.min(markedCpu, cpu));
      const extWallTask = Math.max(share * task.dur, Math.min(markedWall, task.dur));
      if (extCpu <= 0) continue;
      result.cpuMs += extCpu / 1000;
      result.wallMs += extWallTask / 1000;
      const entry = { ts: task.ts, durMs: round(task.dur / 1000, 2), cpuMs: round(cpu / 1000, 2), extCpuMs: round(extCpu / 1000, 2), extWallMs: round(extWallTask / 1000, 2) };
      result.tasks.push(entry);
      if (extWallTask > 16_000) result.longTasks.push(entry);
    }
  }
  result.functions = [...functionTime].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([name, us]) => ({ name, ms: round(us / 1000, 2) }));
  result.cpuMs = round(result.cpuMs, 2);
  result.wallMs = round(result.wallMs, 2);
  result.evaluateMs = round(result.evaluateMs, 2);
  result.maxTaskMs = result.tasks.length ? Math.max(...result.tasks.map((t) => t.extWallMs)) : 0;
  result.maxTaskCpuMs = result.tasks.length ? Math.max(...result.tasks.map((t) => t.extCpuMs)) : 0;
  return result;
}

/** Installs the message log in the extension's worker: each message's type and JSON size. */
export async function hookWorker(worker) {
  await worker.evaluate(() => {
    if (globalThis.__bench) return;
    globalThis.__bench = { messages: [], stored: [] };
    chrome.runtime.onMessage.addListener((message, sender) => {
      globalThis.__bench.messages.push({ at: performance.timeOrigin + performance.now(), type: message?.type ?? null, bytes: new TextEncoder().encode(JSON.stringify(message)).length, elements: message?.snapshot?.elements?.length ?? null, url: sender.url ?? '' });
    });
    chrome.storage.onChanged.addListener((changes, area) => {
      if (area === 'session' && changes.state) globalThis.__bench.stored.push(performance.timeOrigin + performance.now());
    });
  });
}

/** Takes (and clears) the worker's message log. */
export async function drainWorker(worker) {
  return worker.evaluate(() => {
    const taken = globalThis.__bench ?? { messages: [], stored: [] };
    globalThis.__bench = { messages: [], stored: [] };
    // Keep the listeners (installed once): they push into whatever __bench is now.
    return taken;
  });
}

/** A plain http server for static files (as harness.mjs's serveFiles, with ES modules as .mjs). */
export async function serveStatic(resolvePath) {
  const { createServer } = await import('node:http');
  const { readFileSync } = await import('node:fs');
  const { extname } = await import('node:path');
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.wasm': 'application/wasm' };
  const server = createServer((req, res) => {
    const file = resolvePath(decodeURIComponent(req.url.split('?')[0]));
    let body = null;
    try { body = file && readFileSync(file); } catch { body = null; }
    if (!body) return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(body);
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { base: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((ok) => server.close(ok)) };
}
