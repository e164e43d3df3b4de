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

/**
 * Hands a posted body (or none, to learn whether a watch is in progress) to the core, and
 * keeps or drops the observer as the core says.
 * @returns {Promise<boolean>} whether the observer still watches
 */
function observeSignin(posted) {
  const lang = api.i18n.getMessage('lang') || api.i18n.getUILanguage();
  return ready
    .then(() => step((stored, managed) => core.observeSignin(posted, stored, managed, api.runtime.id, api.runtime.getURL(''), lang)))
    .then((effect) => listenForSignins(effect.watch), () => false);
}

/**
 * Registers the observer while a watch is in progress, and removes it after.
 * @returns {boolean} whether the observer is registered now
 */
function listenForSignins(watch) {
  const events = api.webRequest?.onBeforeRequest;
  if (!events) return false; // the optional permission is not granted
  if (watch && !events.hasListener(onSigninPosted)) events.addListener(/** @type {any} */ (onSigninPosted), ACS, ['requestBody']);
  if (!watch && events.hasListener(onSigninPosted)) events.removeListener(onSigninPosted);
  return events.hasListener(onSigninPosted);
}

// ---- The background's lifecycle (SPEC 3) ---------------------------------------------------
//
// Chromium stops the worker when idle and starts it again for any listener it ever had. Firefox
// suspends an idle event page and wakes it only for the listeners registered while it started:
// it records those ("persistent listeners", kept even if the listener is removed later, until a
// start that does not register it again) and, once the page is suspended, stands in for them
// ("primed" listeners) until it wakes. An observer added later, as on the first check after the
// admin grants the optional permissions (the grant comes after this start), is not recorded:
// suspended, the background would never see the sign-in. Every start after the grant registers
// the observer at once (below), so from then on it is recorded; until then, while its watch is
// in progress, this background does not let Firefox suspend it. Firefox cancels a suspension
// when an event reaches the background during runtime.onSuspend (runtime.onSuspendCanceled
// follows); an alarm due at once is that event. The watch lasts 5 minutes at most. (A restart
// instead, to make the observer a recorded one, would leave a moment in which a sign-in is
// lost: between the page's end and its next start nothing stands in for the observer.)

/** Whether an observer was registered while this background started (Firefox records those). */
let observerAtStart = false;
const STAY = 'ssobridge-stay';
/** @type {(() => void) | null} */
let stayed = null;

/** Whether the observer is registered. */
function observing() {
  return api.webRequest?.onBeforeRequest.hasListener(onSigninPosted) ?? false;
}

/**
 * Answers Firefox's "about to suspend": stays while an observer Firefox does not know of
 * watches (the core says whether the watch is still in progress, and drops the observer if not).
 */
async function beforeSuspend() {
  if (observerAtStart || !observing() || !(await observeSignin(new Uint8Array()))) return;
  const event = new Promise((resolve) => { stayed = () => resolve(undefined); });
  await api.alarms.create(STAY, { when: Date.now() });
  await event;
  stayed = null;
}

api.alarms?.onAlarm.addListener((alarm) => {
  if (alarm.name === STAY) stayed?.();
});
// Event pages only (a service worker has no document): Chromium keeps every listener anyway.
if (globalThis.document) api.runtime.onSuspend?.addListener(() => beforeSuspend());

function plainError(err) {
  return { error: { name: err?.name ?? 'Error', variant: err?.variant ?? 'internal', frameRefused: err?.frameRefused === true, message: String(err?.message ?? err) } };
}

// Registered synchronously at start: an MV3 worker can be woken by any message, and by the
// test sign-in it watches for after the browser stopped it; the observer whenever the permission
// is there, so that Firefox records it (above). Whether a watch is still in progress is known
// only once the state is read; the core then keeps or drops the observer.
api.runtime.onMessage.addListener((message, sender, sendResponse) => {
  handle(message, sender).then(sendResponse, (err) => sendResponse(plainError(err)));
  return true;
});
observerAtStart = listenForSignins(true);
observeSignin(new Uint8Array());
