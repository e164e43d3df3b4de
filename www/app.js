// Context: the standalone www page (works offline from any static server, no extension).
// Reads a dropped or pasted input with the Rust core and shows what it found.
import init, * as core from './pkg/ssobridge.js';

const $ = (selector) => document.querySelector(selector);
const LANG = navigator.language;
/** A sentence of the core's table in the reader's language. */
const t = (key, ...args) => core.render({ key, args: args.map((value) => ({ kind: 'text', value: String(value) })) }, LANG);
const FIELDS = ['signInUrl', 'signOutUrl', 'entityId', 'metadataUrl', 'thumbprintSha1', 'notAfter'];

function say(text, state = '') {
  $('#message').textContent = text;
  $('#message').dataset.state = state;
}

function show(result, metadataUrl = '') {
  const chosen = result.certificates[result.chosen];
  const values = { signInUrl: result.signInUrl, signOutUrl: result.signOutUrl, entityId: result.entityId, metadataUrl, thumbprintSha1: chosen.thumbprintSha1, notAfter: chosen.notAfter };
  for (const field of FIELDS) $(`[data-field="${field}"]`).textContent = values[field] ?? '';

  const table = document.createElement('table');
  const head = table.createTHead().insertRow();
  for (const title of ['#', t('cert-subject'), 'SHA-1', t('cert-valid'), t('www-status')]) head.append(Object.assign(document.createElement('th'), { textContent: title }));
  result.certificates.forEach((cert, index) => {
    const row = table.insertRow();
    row.classList.toggle('chosen', index === result.chosen);
    for (const text of [index === result.chosen ? `${index + 1} ✓` : String(index + 1), cert.subject, cert.thumbprintSha1, `${cert.notBefore} → ${cert.notAfter}`, cert.status]) {
      row.insertCell().textContent = text;
    }
  });
  const notes = [result.chosenExplanation, ...result.warnings.map((w) => core.render({ key: w.code, args: w.args }, LANG))];
  $('#certificates').replaceChildren(table, ...notes.map((text) => Object.assign(document.createElement('p'), { textContent: text })));

  const download = $('#download');
  URL.revokeObjectURL(download.href);
  download.href = URL.createObjectURL(new Blob([chosen.pem], { type: 'application/x-pem-file' }));
  download.hidden = false;
  say(t(result.kind === 'metadata' ? 'www-read-metadata' : 'www-read-certificate', result.certificates.length), 'done');
}

function clear() {
  for (const field of FIELDS) $(`[data-field="${field}"]`).textContent = '';
  $('#certificates').replaceChildren();
  $('#download').hidden = true;
}

// The certificate or metadata read last: a pasted SAML response is checked against it.
let reference = null;

/** @param {import('./pkg/ssobridge.js').SigninView} view */
function showSignin(view) {
  const section = $('[data-ssobridge="signin-result"]');
  section.hidden = false;
  section.dataset.state = view.state;
  $('#signin-summary').textContent = view.summary;
  // The problems first (the core's order), each state told by an icon and a word, not colour alone.
  $('#signin-checks').replaceChildren(...view.checks.map((finding) => {
    const li = document.createElement('li');
    li.dataset.check = finding.check;
    li.dataset.state = finding.state;
    const mark = Object.assign(document.createElement('span'), { className: 'mark', textContent: finding.state === 'problem' ? '✗' : '✓' });
    mark.setAttribute('aria-hidden', 'true');
    li.append(mark, Object.assign(document.createElement('strong'), { textContent: `${finding.stateText}: ${finding.name}` }), ` ${finding.text}`);
    return li;
  }));
  $('#signin-privacy').textContent = view.privacy;
}

function read(bytes, metadataUrl) {
  try {
    if (core.isSamlResponse(bytes)) {
      showSignin(core.checkSignin(bytes, reference, LANG));
      say('', '');
      return;
    }
    show(core.inspect(bytes, null, LANG), metadataUrl);
    reference = bytes;
  } catch (err) {
    clear();
    say(err.message, 'error');
  }
}

async function readPaste() {
  const text = $('#paste').value.trim();
  if (/^https:\/\//i.test(text)) {
    try {
      // The core's own fetch: it checks the URL's shape first, never follows a redirect, sends
      // no cookies, and stops at 1 MiB or 10 s.
      const fetched = await core.fetchMetadata(text);
      if (fetched.outcome === 'failed') throw new Error(core.render(fetched.problem, LANG));
      read(new Uint8Array(fetched.body), text);
    } catch (err) {
      clear();
      say(err.message, 'error');
    }
    return;
  }
  read(new TextEncoder().encode(text));
}

async function readFile(file) {
  if (file) read(new Uint8Array(await file.arrayBuffer()));
}

await init({ module_or_path: new URL('./pkg/ssobridge_bg.wasm', import.meta.url) });
// The module carries no sentences: English and the page's language come from the copy of the
// extension's _locales beside this page. Unreadable, the page falls back to English, and without
// English its results name each message and its details.
for (const file of core.languageFiles(LANG)) {
  try {
    core.useLanguage(await (await fetch(new URL(`./${file}`, import.meta.url))).text());
  } catch (err) {
    console.warn('ssobridge: language file unreadable', file, err);
  }
}
document.documentElement.lang = t('lang');
for (const node of document.querySelectorAll('[data-i18n]')) if (node instanceof HTMLElement) node.textContent = t(node.dataset.i18n);
$('[data-ssobridge="file"]').addEventListener('change', (event) => readFile(event.target.files[0]));
$('#read').addEventListener('click', readPaste);
const drop = $('#drop');
drop.addEventListener('dragover', (event) => { event.preventDefault(); drop.classList.add('over'); });
drop.addEventListener('dragleave', () => drop.classList.remove('over'));
drop.addEventListener('drop', (event) => { event.preventDefault(); drop.classList.remove('over'); readFile(event.dataTransfer.files[0]); });
