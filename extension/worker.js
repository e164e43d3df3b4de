// Context: the extension's service worker (Chrome, Edge) or background script (Firefox).
// A pump: every event (a message, a finished fetch, an observed post, the watch's alarm, the
// start) goes to the Rust core's one entry point, `step`, which admits it, decides, and returns
// an effect; this file performs the effect (store the state, reply, keep or drop the sign-in
// observer and its permissions) and, when the core asks, runs the core's metadata fetch.
import init, * as core from './pkg/ssobridge.js';

const api = globalThis.browser ?? globalThis.chrome;

// No top-level await: a service worker that awaits at the top level dies silently.
const ready = init({ module_or_path: new URL('./pkg/ssobridge_bg.wasm', import.meta.url) }).then(useLanguage);

/**
 * The module carries no sentences: it reads English and the language the browser chose from
 * _locales. Unreadable, the core still starts: it falls back to English, and without English
 * names each message and its details.
 */
async function useLanguage() {
  for (const file of core.languageFiles(api.i18n.getMessage('lang') || api.i18n.getUILanguage())) {
    try {
      core.useLanguage(await (await fetch(api.runtime.getURL(file))).text());
    } catch (err) {
      console.warn('ssobridge: language file unreadable', file, err);
    }
  }
}

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
 * Where the worker runs, for the core: ids, language, and a fresh random token the core issues
 * when a judged click starts an action.
 * @returns {core.WorkerEnv}
 */
function env() {
  return {
    extensionId: api.runtime.id,
    extensionBase: api.runtime.getURL(''),
    // The language of the _locales the browser chose, so that the core speaks like the labels.
    lang: api.i18n.getMessage('lang') || api.i18n.getUILanguage(),
    token: crypto.randomUUID(),
  };
}

/**
 * The organisation's policy (Chrome, Edge: `3rdparty.extensions.<id>`; Firefox: policies.json
 * `3rdparty.Extensions.<gecko id>`), read afresh whenever the core asks for it (an IT
 * department may change it at any time). A rejected read is passed on as such: the core
 * decides what it means (fail-closed). Chromium answers only once its start-up completes, which
 * a busy first page delays by tens of seconds: the core asks only where the policy decides
 * something, and the read waits outside the queue.
 * @returns {Promise<NonNullable<core.WorkerEnv['policy']>>}
 */
async function readPolicy() {
  try {
    return { managed: (await api.storage.managed.get()) ?? null };
  } catch (err) {
    return { managed: null, error: String(err?.message ?? err) };
  }
}

/**
 * The pump: hands one event to the core with the stored state, stores what it says to store,
 * and brings the sign-in observer in line. Each load-decide-store runs alone. Where the answer
 * depends on the organisation's policy, the core says so, and the event goes in again with it.
 * @param {core.WorkerEvent} event
 * @returns {Promise<core.Effect>}
 */
async function pump(event) {
  const effect = await decide(event, null);
  if (!effect.needsPolicy) return effect;
  return decide(event, await readPolicy());
}

/**
 * @param {core.WorkerEvent} event
 * @param {core.WorkerEnv['policy']} policy
 * @returns {Promise<core.Effect>}
 */
function decide(event, policy) {
  return exclusive(async () => {
    await ready;
    /** @type {{ state?: core.WorkerState }} */
    const { state } = await api.storage.session.get('state');
    const effect = core.step(event, state ?? null, { ...env(), policy });
    if (effect.needsPolicy) return effect;
    if (effect.store) await api.storage.session.set({ state: effect.store });
    await followWatch(effect);
    return effect;
  });
}

/**
 * A frame cannot tell that its parent sandboxed it when the sandbox keeps its origin: ask the
 * tab's frames whether one of them holds this frame in a sandboxed element. The question runs
 * in ssobridge's own world of each frame it may read (its hosts), and reads attributes only.
 */
async function sandboxedByParent(message, sender) {
  const snapshot = message?.snapshot;
  if (!sender.tab?.id || !sender.frameId || !snapshot) return false;
  const parentOrigin = snapshot.ancestorOrigins?.[0];
  // Without the parent's origin (Firefox) the core acts in top frames only anyway.
  if (!parentOrigin) return false;
  try {
    const answers = await api.scripting.executeScript({
      target: { tabId: sender.tab.id, allFrames: true },
      func: holdsSandboxed,
      args: [parentOrigin, snapshot.frameIndex ?? null],
    });
    return answers.some((answer) => answer.result === true);
  } catch {
    return false; // no frame of ssobridge's hosts to ask: none holds it sandboxed
  }
}

/**
 * Runs in a frame: whether it is the parent (by origin) holding its child frame number `index`
 * in an element with a `sandbox` attribute.
 * @param {string} parentOrigin
 * @param {number | null} index
 */
function holdsSandboxed(parentOrigin, index) {
  if (self.origin !== parentOrigin || index == null) return false;
  const child = window.frames[index];
  return child !== undefined && [...document.querySelectorAll('iframe[sandbox], frame[sandbox]')]
    .some((el) => /** @type {HTMLIFrameElement} */ (el).contentWindow === child);
}

/**
 * Brings the collector (snapshot.js) and the acting half (act.js) into the frame whose content
 * script asks: the portal's pages load without them (content.js, `collector`). Only
 * ssobridge's content scripts can send this (pages cannot message the worker, extension pages
 * have no tab), and the scripts go into the very document that asked, which runs ssobridge
 * already.
 * @param {chrome.runtime.MessageSender} sender
 */
async function loadCollector(sender) {
  const tabId = sender.tab?.id;
  if (sender.id !== api.runtime.id || tabId == null || sender.frameId == null) {
    return plainError({ name: 'RequestError', variant: 'not-admitted', message: 'ssobridge: only a content script loads the collector' });
  }
  // By frame (Firefox knows no document ids): had the frame moved on meanwhile, its next
  // document, which runs content.js too, would find them already there. At once: the frame is
  // past its load (content.js runs at document_idle), and Firefox would otherwise wait for an
  // idle moment, which a page changing every frame seldom has.
  await api.scripting.executeScript({ target: { tabId, frameIds: [sender.frameId] }, files: ['snapshot.js', 'act.js'], injectImmediately: true });
  return { loaded: true };
}

/**
 * @param {core.Request} message
 * @param {chrome.runtime.MessageSender} sender
 * @returns {Promise<core.Reply | undefined>}
 */
async function handle(message, sender) {
  /** @type {core.Sender} */
  const who = {
    id: sender.id ?? '',
    url: sender.url ?? '',
    origin: sender.origin ?? null,
    tabId: sender.tab?.id ?? null,
    frameId: sender.frameId ?? 0,
    sandboxed: await sandboxedByParent(message, sender),
  };
  let effect = await pump({ kind: 'request', message, sender: who });
  if (effect.fetch) {
    // The fetch runs outside the queue: the popup stays usable while it waits.
    const fetched = await core.fetchMetadata(effect.fetch.url);
    effect = await pump({ kind: 'fetched', pending: effect.fetch.pending, fetched });
  }
  return effect.reply;
}

// ---- The sign-in check (SPEC 10): observe one SAML response posted to GoTo, never block it --

const ACS = { urls: ['https://authentication.logmeininc.com/saml/acs*'], types: /** @type {chrome.webRequest.ResourceType[]} */ (['main_frame']) };
const WATCH_ALARM = 'ssobridge-signin-watch';
// What a watch gives back when it ends. GoTo's sign-in host always: without it nothing posted
// there can be seen. Chromium's build holds `webRequest` from install (tools/assemble.py says
// why), which reaches no host by itself. Firefox's event page gives both back.
/** @type {chrome.permissions.Permissions} */
const GIVEN_BACK = globalThis.document
  ? { permissions: ['webRequest'], origins: ['https://authentication.logmeininc.com/*'] }
  : { origins: ['https://authentication.logmeininc.com/*'] };

/**
 * The posted form body as bytes, cut at the core's limit before anything is joined or
 * encoded: a larger body is not copied at all.
 * @returns {{ body: Uint8Array, oversize: boolean }}
 */
function postedBody(details) {
  const limit = core.limits().inputBytes;
  const body = details.requestBody;
  const value = body?.formData?.SAMLResponse?.[0];
  // A UTF-16 length over the limit is at least as many UTF-8 bytes.
  if (value != null) return value.length > limit ? { body: new Uint8Array(), oversize: true } : { body: new TextEncoder().encode(value), oversize: false };
  const parts = (body?.raw ?? []).filter((part) => part.bytes);
  const size = parts.reduce((n, part) => n + part.bytes.byteLength, 0);
  if (size > limit) return { body: new Uint8Array(), oversize: true };
  const all = new Uint8Array(size);
  parts.reduce((offset, part) => (all.set(new Uint8Array(part.bytes), offset), offset + part.bytes.byteLength), 0);
  return { body: all, oversize: false };
}

/**
 * Observes only: returns nothing, so the request goes on unchanged. The request's details go
 * to the core, which decides whether it is the admin's test sign-in.
 * @type {(details: chrome.webRequest.OnBeforeRequestDetails) => undefined}
 */
function onSigninPosted(details) {
  // A stopped background is started for this very event, and the core is still loading then:
  // nothing may call it before it is ready (an exception here loses the sign-in).
  ready.then(() => {
    const { body, oversize } = postedBody(details);
    const any = /** @type {any} */ (details);
    /** @type {core.Posted} */
    const posted = {
      method: details.method, type: details.type, url: details.url,
      initiator: details.initiator ?? null, originUrl: any.originUrl ?? null,
      tabId: details.tabId, frameId: details.frameId, oversize,
    };
    return pump({ kind: 'posted', posted, body });
  }).catch(() => {});
  return undefined;
}

/**
 * The observer exists only while a watch is in progress; when the watch ends (its response,
 * its deadline, Clear) it goes, and the optional permissions are given back.
 * @param {core.Effect} effect
 */
async function followWatch(effect) {
  const events = api.webRequest?.onBeforeRequest;
  if (effect.watch) {
    if (events && !events.hasListener(onSigninPosted)) events.addListener(/** @type {any} */ (onSigninPosted), ACS, ['requestBody']);
    if (effect.deadlineMs) await api.alarms.create(WATCH_ALARM, { when: effect.deadlineMs });
    return;
  }
  if (events?.hasListener(onSigninPosted)) events.removeListener(onSigninPosted);
  if (effect.release) {
    await api.alarms.clear(WATCH_ALARM);
    await api.permissions.remove(GIVEN_BACK).catch(() => false);
  }
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
  if (observerAtStart || !observing()) return;
  // The core ends a watch whose time is up (and the observer goes with it).
  const effect = await pump({ kind: 'started' }).catch(() => null);
  if (!effect?.watch) return;
  const event = new Promise((resolve) => { stayed = () => resolve(undefined); });
  await api.alarms.create(STAY, { when: Date.now() });
  await event;
  stayed = null;
}

// Event pages only (a service worker has no document): Chromium keeps every listener anyway.
if (globalThis.document) api.runtime.onSuspend?.addListener(() => beforeSuspend());

function plainError(err) {
  return { error: { name: err?.name ?? 'Error', variant: err?.variant ?? 'internal', frameRefused: err?.frameRefused === true, message: String(err?.message ?? err) } };
}

// Registered synchronously at start: an MV3 worker can be woken by any message, by the watch's
// alarm, and by the test sign-in it watches for after the browser stopped it. The observer is
// registered whenever the optional permission is held (only while a watch is in progress), so
// that Firefox records it (above); the core then confirms the watch from the stored state, or
// ends it.
api.runtime.onMessage.addListener((message, sender, sendResponse) => {
  const work = message?.type === 'load-collector' ? loadCollector(sender) : handle(message, sender);
  work.then(sendResponse, (err) => sendResponse(plainError(err)));
  return true;
});
api.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name === WATCH_ALARM) pump({ kind: 'deadline' }).catch(() => {});
  if (alarm.name === STAY) stayed?.();
});
api.webRequest?.onBeforeRequest.addListener(/** @type {any} */ (onSigninPosted), ACS, ['requestBody']);
observerAtStart = observing();
pump({ kind: 'started' }).catch(() => {});
