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
/** @type {Promise<unknown>} */
let queue = Promise.resolve();
/**
 * @template T
 * @param {() => Promise<T>} task
 * @returns {Promise<T>}
 */
function exclusive(task) {
  const run = queue.then(task);
  queue = run.catch(() => {});
  return run;
}

/**
 * The organisation's policy for ssobridge (Chrome, Edge: `3rdparty.extensions.<id>`; Firefox:
 * policies.json `3rdparty.Extensions.<gecko id>`), as the browser gives it; the core reads and
 * checks it. Read for every request, since an IT department may change it at any time.
 * @returns {Promise<Record<string, unknown> | null>}
 */
async function managedPolicy() {
  try {
    return (await api.storage.managed.get()) ?? null;
  } catch {
    return null; // Firefox rejects when no policy names ssobridge: nothing is managed
  }
}

/**
 * Loads the state and the policy, lets the core decide, stores what the core says to store.
 * @param {(stored: core.WorkerState | null, managed: Record<string, unknown> | null) => core.Effect} decide
 * @returns {Promise<core.Effect>}
 */
function step(decide) {
  return exclusive(async () => {
    /** @type {[{ state?: core.WorkerState }, Record<string, unknown> | null]} */
    const [{ state }, managed] = await Promise.all([api.storage.session.get('state'), managedPolicy()]);
    const effect = decide(state ?? null, managed);
    if (effect.store) await api.storage.session.set({ state: effect.store });
    return effect;
  });
}

/**
 * @param {core.Request} message
 * @param {chrome.runtime.MessageSender} sender
 * @returns {Promise<core.Reply | undefined>}
 */
async function handle(message, sender) {
  await ready;
  /** @type {core.Sender} */
  const who = {
    id: sender.id ?? '',
    url: sender.url ?? '',
    origin: sender.origin ?? null,
    tabId: sender.tab?.id ?? null,
    frameId: sender.frameId ?? 0,
  };
  // The language of the _locales the browser chose, so that the core speaks like the labels.
  const lang = api.i18n.getMessage('lang') || api.i18n.getUILanguage();
  const id = api.runtime.id;
  const base = api.runtime.getURL('');
  let effect = await step((stored, managed) => core.handle(message, who, stored, managed, id, base, lang));
  if (effect.fetch) {
    // The fetch runs outside the queue: the popup stays usable while it waits.
    const fetched = await core.fetchMetadata(effect.fetch.url);
    const { pending } = effect.fetch;
    effect = await step((stored, managed) => core.resume(pending, fetched, stored, managed, id, base, lang));
  }
  listenForSignins(effect.watch);
  return effect.reply;
}

// ---- The sign-in check (SPEC 10): observe one SAML response posted to GoTo, never block it --

const ACS = { urls: ['https://authentication.logmeininc.com/saml/acs*'] };

/** The posted form body, as bytes, whichever way the browser hands it over. */
function postedBody(details) {
  const body = details.requestBody;
  const value = body?.formData?.SAMLResponse?.[0];
  if (value != null) return new TextEncoder().encode(value);
  const parts = (body?.raw ?? []).filter((part) => part.bytes).map((part) => new Uint8Array(part.bytes));
  const all = new Uint8Array(parts.reduce((n, part) => n + part.length, 0));
  parts.reduce((offset, part) => (all.set(part, offset), offset + part.length), 0);
  return all;
}

/**
 * Observes only: returns nothing, so the request goes on unchanged.
 * @type {(details: chrome.webRequest.OnBeforeRequestDetails) => undefined}
 */
function onSigninPosted(details) {
  observeSignin(postedBody(details));
  return undefined;
}

/** Hands a posted body (or none, to learn whether a watch is in progress) to the core. */
function observeSignin(posted) {
  const lang = api.i18n.getMessage('lang') || api.i18n.getUILanguage();
  ready
    .then(() => step((stored, managed) => core.observeSignin(posted, stored, managed, api.runtime.id, api.runtime.getURL(''), lang)))
    .then((effect) => listenForSignins(effect.watch), () => {});
}

/** Registers the observer while a watch is in progress, and removes it after. */
function listenForSignins(watch) {
  const events = api.webRequest?.onBeforeRequest;
  if (!events) return; // the optional permission is not granted
  if (watch && !events.hasListener(onSigninPosted)) events.addListener(/** @type {any} */ (onSigninPosted), ACS, ['requestBody']);
  if (!watch && events.hasListener(onSigninPosted)) events.removeListener(onSigninPosted);
}

function plainError(err) {
  return { error: { name: err?.name ?? 'Error', variant: err?.variant ?? 'internal', frameRefused: err?.frameRefused === true, message: String(err?.message ?? err) } };
}

// Registered synchronously at start: an MV3 worker can be woken by any message, and by the
// test sign-in it watches for after the browser stopped it. Whether a watch is still in
// progress is known only once the state is read; the core then keeps or drops the observer.
api.runtime.onMessage.addListener((message, sender, sendResponse) => {
  handle(message, sender).then(sendResponse, (err) => sendResponse(plainError(err)));
  return true;
});
listenForSignins(true);
observeSignin(new Uint8Array());
