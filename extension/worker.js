// Context: the extension's service worker (Chrome, Edge) or background script (Firefox).
// Plumbing only: every request goes to the Rust core's one entry point, `handle`, which admits
// it, decides, and returns an effect; this file performs the effect (store the state, reply)
// and, when the core asks, runs the core's own metadata fetch and hands the result back.
import init, * as core from './pkg/ssobridge.js';

const api = globalThis.browser ?? globalThis.chrome;

// No top-level await: a service worker that awaits at the top level dies silently.
const ready = init({ module_or_path: new URL('./pkg/ssobridge_bg.wasm', import.meta.url) });

// Session storage holds the capture in memory only; content scripts cannot read it.
api.storage.session.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' });

// Each load-decide-store runs alone, so two requests never write over each other's state.
let queue = Promise.resolve();
function exclusive(task) {
  const run = queue.then(task);
  queue = run.catch(() => {});
  return run;
}

/** @param {(stored: unknown) => import('./pkg/ssobridge.js').Effect} decide */
function step(decide) {
  return exclusive(async () => {
    const { state } = await api.storage.session.get('state');
    const effect = decide(state ?? null);
    if (effect.store) await api.storage.session.set({ state: effect.store });
    return effect;
  });
}

async function handle(message, sender) {
  await ready;
  const who = {
    id: sender.id ?? '',
    url: sender.url ?? '',
    origin: sender.origin ?? null,
    tabId: sender.tab?.id ?? null,
    frameId: sender.frameId ?? 0,
  };
  // The language of the _locales the browser chose, so that the core speaks like the labels.
  const lang = api.i18n.getMessage('lang') || api.i18n.getUILanguage();
  const context = [api.runtime.id, api.runtime.getURL(''), lang];
  let effect = await step((stored) => core.handle(message, who, stored, ...context));
  if (effect.fetch) {
    // The fetch runs outside the queue: the popup stays usable while it waits.
    const fetched = await core.fetchMetadata(effect.fetch.url);
    const { pending } = effect.fetch;
    effect = await step((stored) => core.resume(pending, fetched, stored, ...context));
  }
  return effect.reply;
}

function plainError(err) {
  return { error: { name: err?.name ?? 'Error', variant: err?.variant ?? 'internal', message: String(err?.message ?? err) } };
}

// Registered synchronously at start: an MV3 worker can be woken by any message.
api.runtime.onMessage.addListener((message, sender, sendResponse) => {
  handle(message, sender).then(sendResponse, (err) => sendResponse(plainError(err)));
  return true;
});
