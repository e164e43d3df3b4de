// Context: the extension's service worker (Chrome, Edge) or background script (Firefox).
// Owns the state in storage.session and runs the Rust core; it only moves data between the
// content scripts, the browser and the core, and fetches the metadata URL the core names.
import init, * as core from './pkg/ssobridge.js';

const api = globalThis.browser ?? globalThis.chrome;

// No top-level await: a service worker that awaits at the top level dies silently.
const ready = init({ module_or_path: new URL('./pkg/ssobridge_bg.wasm', import.meta.url) });

// Session storage holds the capture in memory only; content scripts cannot read it.
api.storage.session.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' });

async function loadState() {
  const { state } = await api.storage.session.get('state');
  return state ?? null;
}

async function saveState(state) {
  await api.storage.session.set({ state });
}

function senderInfo(sender) {
  return {
    id: sender.id ?? '',
    url: sender.url ?? '',
    origin: sender.origin ?? null,
    tabId: sender.tab?.id ?? null,
    frameId: sender.frameId ?? 0,
  };
}

async function fetchMetadata(url) {
  try {
    const response = await fetch(url, { credentials: 'omit', cache: 'no-store', redirect: 'error' });
    if (!response.ok) return { outcome: 'failed', detail: `HTTP ${response.status}` };
    return { outcome: 'ok', body: new Uint8Array(await response.arrayBuffer()) };
  } catch (err) {
    return { outcome: 'failed', detail: `network error: ${err.message}` };
  }
}

async function handle(message, sender) {
  await ready;
  core.admit(message, senderInfo(sender), api.runtime.id);
  const kind = core.requestKind(message);
  let state = await loadState();
  let reply;
  switch (kind) {
    case 'view':
      reply = core.pageView(message.snapshot, state, message.filledHere === true);
      break;
    case 'capture': {
      reply = core.captureStep(message.snapshot, message.progress ?? null);
      if (reply.finish) {
        const fetched = reply.fetch ? await fetchMetadata(reply.fetch) : null;
        const captured = core.captureFinish(reply.values, fetched);
        state = { ...(state ?? {}), settings: captured.settings };
        reply = { ...reply, status: captured.status };
      }
      break;
    }
    case 'fill':
      reply = core.fillStep(message.snapshot, state, message.progress ?? null, message.confirmed === true);
      break;
    case 'fill-sp':
      reply = core.fillSpStep(message.snapshot, state, message.progress ?? null, message.confirmed === true);
      break;
  }
  if (reply.then !== 'resnapshot') {
    const next = core.recordStep(state, kind, reply);
    if (JSON.stringify(next) !== JSON.stringify(state)) await saveState(next);
  }
  return reply;
}

function plainError(err) {
  return { error: { name: err?.name ?? 'Error', variant: err?.variant ?? 'internal', message: String(err?.message ?? err) } };
}

api.runtime.onMessage.addListener((message, sender, sendResponse) => {
  handle(message, sender).then(sendResponse, (err) => sendResponse(plainError(err)));
  return true;
});
