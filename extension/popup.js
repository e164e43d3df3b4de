// Context: the extension popup (an extension page: the extension's CSP, wasm allowed).
// Shows what the service worker stored, and lets the admin add a file or a metadata URL, choose
// the fill mode and product, and clear. Files and URLs are read by the Rust core.
import init, * as core from './pkg/ssobridge.js';

const api = globalThis.browser ?? globalThis.chrome;
const $ = (selector) => document.querySelector(selector);
const t = (key, fallback, args) => api.i18n.getMessage(key, args) || fallback;

const FIELDS = [
  ['signInUrl', 'field_sign_in_url', 'Sign-in URL'],
  ['signOutUrl', 'field_sign_out_url', 'Sign-out URL'],
  ['entityId', 'field_entity_id', 'Entity ID'],
  ['metadataUrl', 'field_metadata_url', 'Metadata URL'],
  ['thumbprintSha1', 'field_thumbprint', 'Thumbprint (SHA-1)'],
  ['notAfter', 'field_not_after', 'Expires'],
];

async function loadState() {
  return (await api.storage.session.get('state')).state ?? {};
}

async function saveState(state) {
  await api.storage.session.set({ state });
  render(state);
}

function say(text, state = '') {
  const el = $('#message');
  el.textContent = text;
  el.dataset.state = state;
}

function sayError(err) {
  say(t(`error_${String(err.variant ?? '').replace(/-/g, '_')}`, err.message ?? String(err)), 'error');
}

function render(state) {
  const settings = state.settings ?? {};
  const values = $('#values');
  values.replaceChildren();
  for (const [field, key, fallback] of FIELDS) {
    const dt = document.createElement('dt');
    dt.textContent = t(key, fallback);
    const dd = document.createElement('dd');
    const input = document.createElement('input');
    input.readOnly = true;
    input.dataset.field = field;
    input.value = settings[field] ?? '';
    dd.append(input);
    const copy = document.createElement('button');
    copy.type = 'button';
    copy.className = 'secondary';
    copy.textContent = t('popup_copy', 'Copy');
    copy.disabled = !input.value;
    copy.addEventListener('click', () => navigator.clipboard.writeText(input.value));
    values.append(dt, dd, copy);
  }

  const source = $('#source');
  source.textContent = settings.capturedAt
    ? `${settings.pageUrl ? new URL(settings.pageUrl).host + ' · ' : ''}${settings.capturedAt} · ${t(`metadata_${(settings.metadataState ?? 'not-attempted').replace(/-/g, '_')}`, settings.metadataState ?? '')}${settings.metadataDetail ? ` (${settings.metadataDetail})` : ''}`
    : t('popup_nothing', 'Nothing captured yet. Open the app\'s SAML single sign-on page in Azure and press "Send to GoTo".');

  const cert = settings.certificate;
  const certificate = $('#certificate');
  certificate.replaceChildren();
  if (cert) {
    const table = document.createElement('table');
    for (const [label, value] of [
      [t('cert_subject', 'Subject'), cert.subject],
      [t('cert_issuer', 'Issuer'), cert.issuer],
      [t('cert_serial', 'Serial'), cert.serial],
      [t('cert_valid', 'Valid'), `${cert.notBefore} → ${cert.notAfter} (${cert.status})`],
      ['SHA-256', cert.thumbprintSha256],
      [t('cert_key', 'Key'), `${cert.keyAlgorithm} ${cert.keyBits ?? ''}`],
      [t('cert_choice', 'Chosen'), settings.chosenExplanation ?? ''],
    ]) {
      const row = table.insertRow();
      row.insertCell().textContent = label;
      row.insertCell().textContent = value;
    }
    certificate.append(table);
    const download = document.createElement('a');
    download.href = URL.createObjectURL(new Blob([cert.pem], { type: 'application/x-pem-file' }));
    download.download = 'azure-ad-signing.pem';
    download.textContent = t('popup_download_pem', 'Download PEM');
    certificate.append(download);
  }

  const warnings = $('#warnings');
  warnings.replaceChildren();
  for (const text of [
    ...(settings.warnings ?? []).map((w) => w.message),
    ...(settings.differences ?? []).map((d) => `${d.field}: ${d.here} ≠ ${d.there}`),
    ...(settings.otherCertificates ?? []).map((c) => `${t('cert_other', 'Also listed')}: ${c.thumbprintSha1} (${c.notAfter}, ${c.status})`),
  ]) {
    const li = document.createElement('li');
    li.textContent = text;
    warnings.append(li);
  }

  $('[data-ssobridge="mode"]').value = state.options?.mode ?? 'manual';
  $('[data-ssobridge="product"]').value = state.options?.product ?? 'gotomeeting';

  const lastFill = $('#last-fill');
  lastFill.replaceChildren();
  for (const report of state.lastFill ?? []) {
    const li = document.createElement('li');
    li.dataset.field = report.field;
    li.dataset.outcome = report.outcome;
    li.textContent = `${report.field}: ${t(`outcome_${report.outcome.replace(/-/g, '_')}`, report.outcome)}`;
    if (report.outcome === 'refused' || report.outcome === 'conflict') {
      const copy = document.createElement('button');
      copy.type = 'button';
      copy.className = 'secondary';
      copy.textContent = t('popup_copy', 'Copy');
      copy.addEventListener('click', () => navigator.clipboard.writeText(report.wanted));
      li.append(' ', copy);
    }
    lastFill.append(li);
  }
  $('#last-fill-section').hidden = !(state.lastFill ?? []).length;

  const checklist = $('#checklist');
  checklist.replaceChildren();
  for (const step of core.checklist(state)) {
    const li = document.createElement('li');
    li.textContent = t(`check_${step.id.replace(/-/g, '_')}`, step.text);
    li.classList.toggle('done', step.done);
    checklist.append(li);
  }
}

async function addBytes(bytes) {
  const state = await loadState();
  try {
    const settings = core.addFile(state.settings ?? null, bytes);
    await saveState({ ...state, settings });
    say(t('popup_added', 'Added.'), 'done');
  } catch (err) {
    sayError(err); // the stored settings are untouched
  }
}

async function addFile(file) {
  if (file) await addBytes(new Uint8Array(await file.arrayBuffer()));
}

async function main() {
  await init({ module_or_path: new URL('./pkg/ssobridge_bg.wasm', import.meta.url) });
  for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n, el.textContent);
  render(await loadState());

  for (const kind of ['mode', 'product']) {
    $(`[data-ssobridge="${kind}"]`).addEventListener('change', async (event) => {
      const state = await loadState();
      await saveState({ ...state, options: { ...(state.options ?? {}), [kind]: event.target.value } });
    });
  }
  $('[data-ssobridge="file"]').addEventListener('change', (event) => addFile(event.target.files[0]));
  const drop = $('#drop');
  drop.addEventListener('dragover', (event) => { event.preventDefault(); drop.classList.add('over'); });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (event) => { event.preventDefault(); drop.classList.remove('over'); addFile(event.dataTransfer.files[0]); });
  $('#url-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const state = await loadState();
    try {
      const withUrl = core.settingsForMetadataUrl(state.settings ?? null, $('#metadata-url').value);
      const response = await fetch(withUrl.metadataUrl, { credentials: 'omit', cache: 'no-store' });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const settings = core.addFile(withUrl, new Uint8Array(await response.arrayBuffer()));
      await saveState({ ...state, settings });
      say(t('popup_added', 'Added.'), 'done');
    } catch (err) {
      sayError(err);
    }
  });
  $('[data-ssobridge="clear"]').addEventListener('click', async () => {
    await api.storage.session.remove('state');
    render({});
    say(t('popup_cleared', 'Cleared.'));
  });
  api.storage.session.onChanged?.addListener(async () => render(await loadState()));
}

main().catch(sayError);
