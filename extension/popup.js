// Context: the extension popup (an extension page). Plumbing only: it asks the service worker
// (which owns the state and the Rust core) and draws the view the core rendered, in the
// admin's language; the admin's actions go back as messages. It writes no storage.

/** @typedef {import('./pkg/ssobridge.js').PopupView} PopupView */
/** @typedef {import('./pkg/ssobridge.js').NoticeView} NoticeView */
/** @typedef {import('./pkg/ssobridge.js').PolicyView} PolicyView */
/** @typedef {import('./pkg/ssobridge.js').Request} CoreRequest */

const api = globalThis.browser ?? globalThis.chrome;
const $ = (selector) => document.querySelector(selector);
const el = (tag, props = {}, ...children) => {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
};

/**
 * @param {CoreRequest} message
 * @returns {Promise<PopupView>}
 */
async function ask(message) {
  const reply = await api.runtime.sendMessage(message);
  if (reply?.error) throw reply.error;
  return reply;
}

/** A copy button; `name` tells it apart from the others for a screen reader. */
function copyButton(value, name = '') {
  const button = el('button', { type: 'button', className: 'secondary', textContent: api.i18n.getMessage('popup_copy') || 'Copy', disabled: !value });
  if (name) button.setAttribute('aria-label', name);
  button.addEventListener('click', () => navigator.clipboard.writeText(value));
  return button;
}

// A state told by more than colour: an icon beside the word (the word is the core's).
const ICONS = { ok: '✓', problem: '✗' };

/** @param {NoticeView | null} notice */
function say(notice) {
  const message = $('#message');
  message.textContent = notice?.text ?? '';
  message.dataset.state = notice?.state ?? '';
  message.dataset.code = notice?.code ?? '';
}

/**
 * Draws the core's popup view; `notice: undefined` keeps the current message.
 * @param {PopupView} view
 */
function render(view) {
  inputLimit = view.inputLimit;
  document.documentElement.lang = view.lang;
  const glance = $('#glance');
  glance.dataset.state = view.glance.state;
  $('#glance-text').textContent = view.glance.text;
  $('#glance-next').textContent = view.glance.next;
  // A group per value (a dl may hold div groups): the label names the read-only input.
  $('#values').replaceChildren(...view.fields.map((field) => {
    const id = `value-${field.field}`;
    const input = el('input', { readOnly: true, value: field.value });
    input.dataset.field = field.field;
    input.setAttribute('aria-labelledby', id);
    return el('div', {}, el('dt', { id, textContent: field.label }), el('dd', {}, input, copyButton(field.value, field.copyLabel)));
  }));
  $('#source').textContent = view.source;

  const certificate = $('#certificate');
  certificate.replaceChildren();
  if (view.certificate.length) {
    const table = el('table');
    for (const row of view.certificate) {
      const tr = table.insertRow();
      tr.insertCell().textContent = row.label;
      tr.insertCell().textContent = row.value;
    }
    const download = el('a', { href: URL.createObjectURL(new Blob([view.pem], { type: 'application/x-pem-file' })), download: 'azure-ad-signing.pem', textContent: api.i18n.getMessage('popup_download_pem') || 'Download PEM' });
    certificate.append(table, download);
  }
  $('#other-certificates').replaceChildren(...view.otherCertificates.map((text) => el('li', { textContent: text })));
  $('#certificate-details').hidden = view.certificate.length === 0 && view.otherCertificates.length === 0;
  $('#warnings').replaceChildren(...view.warnings.map((text) => el('li', { textContent: text })));

  $('[data-ssobridge="mode"]').value = view.mode;
  $('[data-ssobridge="product"]').value = view.product;
  drawPolicy(view.policy);

  $('#last-fill').replaceChildren(...view.lastFill.map((line) => {
    const li = el('li', { textContent: line.text });
    li.dataset.field = line.field;
    li.dataset.outcome = line.outcome;
    if (line.copyable) li.append(' ', copyButton(line.wanted));
    return li;
  }));
  $('#last-fill-section').hidden = view.lastFill.length === 0;

  $('#checklist').replaceChildren(...view.checklist.map((item) => {
    const li = el('li', { textContent: item.text });
    li.dataset.step = item.id;
    li.classList.toggle('done', item.done);
    return li;
  }));
  const signin = $('[data-ssobridge="signin-result"]');
  signin.hidden = view.signin.state === 'idle';
  if (signin.hidden) signin.removeAttribute('data-state'); else signin.dataset.state = view.signin.state;
  $('#signin-text').textContent = view.signin.text;
  $('#signin-summary').textContent = view.signin.summary;
  $('#signin-checks').replaceChildren(...view.signin.checks.map((finding) => {
    const li = el('li', {},
      el('span', { className: 'mark', textContent: ICONS[finding.state] ?? '' }),
      el('strong', { textContent: `${finding.stateText}: ${finding.name}` }),
      el('span', { textContent: ` ${finding.text}` }));
    li.querySelector('.mark').setAttribute('aria-hidden', 'true');
    li.dataset.check = finding.check;
    li.dataset.state = finding.state;
    return li;
  }));
  $('#signin-privacy').textContent = view.signin.privacy;
  if (view.notice !== undefined) say(view.notice);
}

/**
 * What the organisation's policy sets: a locked choice is shown but not offered, and the
 * sign-in check has no button when the policy turned it off. The core decides; this only draws.
 * @param {PolicyView} policy
 */
function drawPolicy(policy) {
  for (const [kind, locked] of [['mode', policy.modeLocked], ['product', policy.productLocked]]) {
    $(`[data-ssobridge="${kind}"]`).disabled = locked;
    const note = $(`[data-policy="${kind}"]`);
    note.hidden = !locked;
    note.textContent = locked ? policy.lockedText : '';
  }
  const check = $('[data-ssobridge="signin-check"]');
  check.hidden = policy.signinCheckOff;
  check.disabled = policy.signinCheckOff;
  $('#signin-off').hidden = !policy.signinCheckOff;
  $('#signin-off').textContent = policy.signinCheckText;
  $('#policy-ignored').replaceChildren(...policy.ignored.map((text) => el('li', { textContent: text })));
}

/** @param {CoreRequest} message */
async function act(message) {
  try {
    render(await ask(message));
  } catch (err) {
    say({ state: 'error', code: err.variant ?? 'internal', text: err.message ?? String(err) });
  }
}

function fileToBase64(file) {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

// The core's limit, from the last view: a larger file is refused before it is read or copied.
let inputLimit = Infinity;

async function addFile(file) {
  if (!file) return;
  if (file.size > inputLimit) await act({ type: 'add-file', base64: '', size: file.size });
  else await act({ type: 'add-file', base64: await fileToBase64(file), size: file.size });
}

// ---- Page report (SPEC 2.1): the tab's page as ssobridge saw it, shown before it is saved ----

/**
 * The tab the popup reports on: the active one, or (when the popup is itself open in a tab)
 * the one the admin used last before it.
 */
async function reportedTab() {
  const [active] = await api.tabs.query({ active: true, currentWindow: true });
  if (active && !(active.url ?? '').startsWith(api.runtime.getURL(''))) return active;
  const others = (await api.tabs.query({ currentWindow: true })).filter((tab) => !(tab.url ?? '').startsWith(api.runtime.getURL('')));
  return others.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0] ?? null;
}

/**
 * Runs in the tab's top frame, in ssobridge's content-script world: content.js's report.
 * @returns {Promise<{ report?: unknown, error?: string }> | null}
 */
function askPageReport() {
  const report = /** @type {any} */ (globalThis).ssobridgePageReport;
  if (typeof report !== 'function') return null;
  return report().then((r) => ({ report: r }), (err) => ({ error: String(err?.message ?? err) }));
}

/**
 * Shows the report of the tab's page, where ssobridge's content script runs (its hosts only),
 * on the admin's request: the page is read then, not each time the popup opens.
 */
async function showReport() {
  const tab = await reportedTab();
  let answer = null;
  try {
    if (tab?.id != null) {
      const [injection] = await api.scripting.executeScript({ target: { tabId: tab.id, frameIds: [0] }, func: askPageReport });
      answer = injection?.result ?? null;
    }
  } catch {
    answer = null; // not one of ssobridge's hosts: no content script to ask
  }
  if (!answer?.report) {
    say({ state: 'error', code: 'page-report-unavailable', text: api.i18n.getMessage('page_report_unavailable') });
    return;
  }
  const text = `${JSON.stringify(answer.report, null, 2)}\n`;
  $('#report-preview').textContent = text;
  $('#report-shown').hidden = false;
  const host = (() => {
    try {
      return new URL(tab.url ?? '').hostname || 'page';
    } catch {
      return 'page';
    }
  })();
  $('[data-ssobridge="page-report"]').onclick = () => {
    const link = el('a', { href: URL.createObjectURL(new Blob([text], { type: 'application/json' })), download: `ssobridge-page-report-${host}.json` });
    document.body.append(link);
    link.click();
    link.remove();
  };
}

function main() {
  for (const node of document.querySelectorAll('[data-i18n]')) if (node instanceof HTMLElement) node.textContent = api.i18n.getMessage(node.dataset.i18n) || node.textContent;
  $('[data-ssobridge="mode"]').addEventListener('change', (event) => act({ type: 'set-mode', mode: event.target.value }));
  $('[data-ssobridge="product"]').addEventListener('change', (event) => act({ type: 'set-product', product: event.target.value }));
  $('[data-ssobridge="file"]').addEventListener('change', (event) => addFile(event.target.files[0]));
  const drop = $('#drop');
  drop.addEventListener('dragover', (event) => { event.preventDefault(); drop.classList.add('over'); });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (event) => { event.preventDefault(); drop.classList.remove('over'); addFile(event.dataTransfer.files[0]); });
  $('#url-form').addEventListener('submit', (event) => {
    event.preventDefault();
    act({ type: 'read-metadata-url', url: $('#metadata-url').value });
  });
  $('[data-ssobridge="clear"]').addEventListener('click', () => act({ type: 'clear' }));
  // The optional permissions are asked for here, on the admin's click (a request needs the
  // gesture), so installing ssobridge asks for nothing more.
  $('[data-ssobridge="signin-check"]').addEventListener('click', () => {
    api.permissions.request({ permissions: ['webRequest'], origins: ['https://authentication.logmeininc.com/*'] })
      .then((granted) => (granted
        ? act({ type: 'start-signin-check' })
        : say({ state: 'error', code: 'signin-permission-refused', text: api.i18n.getMessage('signin_permission_refused') })));
  });
  // What another context changed (a capture in a tab), or a policy the IT department pushed,
  // shows up while the popup is open.
  const refresh = () => ask({ type: 'popup-open' }).then((view) => render({ ...view, notice: undefined }), () => {});
  api.storage.session.onChanged?.addListener(refresh);
  api.storage.managed?.onChanged?.addListener(refresh);
  $('#report-show').addEventListener('click', () => showReport());
  // Escape closes the disclosure the focus is in and puts the focus back on its summary (an
  // Escape elsewhere is the browser's: it closes the popup).
  document.addEventListener('keydown', (event) => {
    const open = event.key === 'Escape' && event.target instanceof Element ? event.target.closest('details[open]') : null;
    if (!(open instanceof HTMLDetailsElement)) return;
    event.preventDefault();
    open.open = false;
    open.querySelector('summary')?.focus();
  });
  act({ type: 'popup-open' });
}

main();
