// Attacks on the built extension (SPEC 8), each with a real mouse or keyboard: a foreign site
// framing each side under a decoy, a page script that restyles the button over the page's own
// Save button or moves the focus to it while the admin types, a top-layer overlay that lets
// clicks through, metadata answers that redirect or never end, a page script reading the
// drift line, and pages that trap every write to their properties during a capture and a fill.
// Each was run against the build before the safety issue (see the closing note). Each was run against the build before the safety issue (see the closing note).
import assert from 'node:assert/strict';
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, afterEach, before, test } from 'node:test';
import { EXTENSION, assertNoErrors, captureOn, clearCapture, finalStatus, launch, openPopup, popupValue, startServer } from './harness.mjs';
import { ENTRA_SAML_URL, MISSING_APP, ROLLOVER, SAML_PATH } from './replica-values.mjs';

const metadata = { [ROLLOVER.appId]: ROLLOVER.fixture };
let server;
let browser;

before(async () => {
  server = await startServer({ metadata });
  browser = await launch(server.port);
  // Notes which frames asked the worker anything (a content script's first request is its
  // probe, then views), without touching the extension's own code.
  await browser.worker.evaluate(() => {
    globalThis.viewsFrom = [];
    chrome.runtime.onMessage.addListener((message, sender) => {
      if (message?.type === 'probe' || message?.type === 'view') globalThis.viewsFrom.push(sender.url);
    });
  });
});

afterEach(() => assertNoErrors(browser));

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Waits until a frame of `host` has asked the worker and the worker has answered. */
async function viewAnswered(host) {
  await browser.worker.evaluate(async (h) => {
    const deadline = Date.now() + 15_000;
    while (!globalThis.viewsFrom.some((url) => new URL(url).host === h)) {
      if (Date.now() > deadline) throw new Error(`no request from ${h}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }, host);
  // The worker answers requests in order: once a later request is answered, so was the view.
  const popup = await openPopup(browser);
  await popup.close();
}

for (const [side, url, host, kind] of [
  ['Azure', 'https://evil.example.com/entra.html', 'entra.microsoft.com', 'capture'],
  ['GoTo', 'https://evil.example.com/goto.html', 'organization.logmeininc.com', 'fill'],
]) {
  test(`a foreign site framing the ${side} page under a decoy gets no button, and a real click does nothing`, async () => {
    await clearCapture(browser);
    const page = await browser.context.newPage();
    await page.goto(url);
    const victim = page.frameLocator('iframe[title="victim"]');
    await victim.locator(side === 'Azure' ? 'text=Set up GoToMeeting' : 'text=Identity provider').first().waitFor();
    await viewAnswered(host);
    assert.equal(await victim.locator(`[data-ssobridge="${kind}"]`).count(), 0);
    const decoy = await page.locator('.decoy').boundingBox();
    await page.mouse.click(decoy.x + decoy.width / 2, decoy.y + decoy.height / 2);
    assert.equal(await victim.locator('[data-ssobridge="status"]').count(), 0, 'nothing started');
    await page.close();
  });
}

test('a button restyled by the page over its own Save button does nothing and says why', async () => {
  await clearCapture(browser);
  const azure = await browser.context.newPage();
  await azure.goto(ENTRA_SAML_URL);
  assert.equal((await captureOn(azure)).state, 'done');
  await azure.close();

  const page = await browser.context.newPage();
  await page.goto('https://organization.logmeininc.com/#/identity-provider');
  await page.waitForSelector('[data-ssobridge="fill"]');
  const save = await page.locator('#save').boundingBox();
  await page.evaluate(({ x, y, width, height }) => {
    const host = document.querySelector('[data-ssobridge="fill"]');
    host.setAttribute('style', `position:fixed;left:${x}px;top:${y}px;width:${width}px;height:${height}px;opacity:0.01;z-index:2147483647`);
  }, save);
  await page.mouse.click(save.x + save.width / 2, save.y + save.height / 2);
  const status = await finalStatus(page);
  assert.equal(status.state, 'error');
  assert.match(status.text, /Nothing was done: the page had moved or restyled the button/);
  assert.equal(await page.evaluate(() => window.replicaState.signInUrl ?? ''), '', 'nothing filled');
  await page.close();
});

test('a key press on a button the page focused while the admin typed does nothing', async () => {
  const page = await browser.context.newPage();
  await page.goto(ENTRA_SAML_URL);
  await page.waitForSelector('[data-ssobridge="capture"]');
  await page.evaluate(() => document.querySelector('[data-ssobridge="capture"]').focus());
  await page.keyboard.press(' ');
  const status = await finalStatus(page);
  assert.equal(status.state, 'error');
  assert.match(status.text, /the page moved the focus there, not you/);
  await page.close();
});

test('a top-layer overlay drawn over the button that lets clicks through is seen', async () => {
  const page = await browser.context.newPage();
  await page.goto(ENTRA_SAML_URL);
  const button = await page.waitForSelector('[data-ssobridge="capture"]');
  const box = await button.boundingBox();
  await page.evaluate(({ x, y, width, height }) => {
    const decoy = document.createElement('div');
    decoy.setAttribute('popover', 'manual');
    decoy.textContent = 'Claim your prize';
    decoy.style.cssText = `position:fixed;inset:auto;left:${x - 4}px;top:${y - 4}px;width:${width + 8}px;height:${height + 8}px;margin:0;pointer-events:none;background:gold`;
    document.body.append(decoy);
    decoy.showPopover();
  }, box);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  const status = await finalStatus(page);
  assert.equal(status.state, 'error');
  assert.match(status.text, /something on the page covered the button/);
  await page.close();
});

test('a metadata URL that redirects elsewhere is not followed', async () => {
  metadata[MISSING_APP] = { redirect: 'https://evil.example.com/federationmetadata.xml' };
  const page = await browser.context.newPage();
  await page.goto(`https://entra.microsoft.com/missing-metadata.html${SAML_PATH(MISSING_APP)}`);
  const status = await captureOn(page);
  assert.equal(status.state, 'error');
  assert.match(status.text, /redirected to another address, which ssobridge never follows/);
  assert.ok(!server.requests.some((r) => r.startsWith('evil.example.com/federationmetadata')), 'the redirect was not followed');
  await page.close();
});

test('a metadata answer that never ends stops at the timeout and the button works again', async () => {
  metadata[MISSING_APP] = 'endless';
  const page = await browser.context.newPage();
  await page.goto(`https://entra.microsoft.com/missing-metadata.html${SAML_PATH(MISSING_APP)}`);
  const status = await captureOn(page);
  assert.equal(status.state, 'error');
  assert.match(status.text, /No complete answer arrived within 10 seconds/);
  const popup = await openPopup(browser);
  assert.equal(await popupValue(popup, 'entityId'), ROLLOVER.entityId, 'the page values are kept');
  await popup.close();
  await page.close();
});

test("a page script reading the drift line finds field names, not Azure's values", async () => {
  const page = await browser.context.newPage();
  await page.goto(ENTRA_SAML_URL);
  assert.equal((await captureOn(page)).state, 'done');
  await page.goto('https://organization.logmeininc.com/?preset=drift#/identity-provider');
  await page.waitForSelector('[data-ssobridge="drift"][data-state="differs"]');
  const read = await page.evaluate(() => document.querySelector('[data-ssobridge="drift"]').textContent);
  assert.match(read, /Thumbprint \(SHA-1\)/);
  for (const secret of [ROLLOVER.activeThumbprint, ROLLOVER.tenant, ROLLOVER.activeNotAfter]) assert.ok(!read.includes(secret), secret);
  await page.close();
});

// Issue 19: ssobridge never writes to the page it reads (SPEC 3). The replica's own script,
// run in every frame before the page's scripts and in the page's world, records every write to
// the page's properties it can see. Its setters (Object.defineProperty) see writes made in the
// page's world. A content script runs in an isolated world with its own copy of every
// prototype, where no setter of the page is called, so its writes are seen by their effects:
// mutation records (setting a title or an attribute queues one even when the value is the
// same), hashchange and popstate, cookie changes, and a poll of window.name and history. What no
// page can see (a content script writing back the same window.name, cookie or history.state) is
// not tested; Chromium's console line for any write to document.domain is read as well.
function trapWrites() {
  const writes = [];
  Object.defineProperty(globalThis, '__pageWrites', { value: writes });
  const note = (what) => writes.push(`${location.host}${location.pathname}: ${what}`);
  const ours = (el) => el?.closest?.('[data-ssobridge-ui]') != null;
  const holderOf = (object, name) => {
    for (let o = object; o; o = Object.getPrototypeOf(o)) if (Object.getOwnPropertyDescriptor(o, name)) return o;
    return null;
  };
  const trapSetter = (object, name, label) => {
    const holder = holderOf(object, name);
    const own = Object.getOwnPropertyDescriptor(holder, name);
    Object.defineProperty(holder, name, {
      ...own,
      set(value) {
        note(`${label} = ${String(value).slice(0, 60)}`);
        own.set.call(this, value);
      },
    });
  };
  trapSetter(document, 'domain', 'document.domain');
  trapSetter(document, 'title', 'document.title');
  trapSetter(document, 'cookie', 'document.cookie');
  trapSetter(window, 'name', 'window.name');
  for (const method of ['pushState', 'replaceState']) {
    const original = History.prototype[method];
    Object.defineProperty(History.prototype, method, {
      ...Object.getOwnPropertyDescriptor(History.prototype, method),
      value(...args) {
        note(`history.${method}()`);
        return original.apply(this, args);
      },
    });
  }
  // Effects, whoever caused them. `value`, `checked` and `selected` are what a fill writes
  // (React mirrors a controlled input's value into its attribute).
  const FORM = 'input, textarea, select, option, button, form, label, fieldset';
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      const el = record.target.nodeType === Node.ELEMENT_NODE ? record.target : record.target.parentElement;
      if (!el || ours(el)) continue;
      if (record.type === 'attributes' && el.matches(FORM) && !['value', 'checked', 'selected'].includes(record.attributeName)) {
        note(`<${el.localName}> ${record.attributeName}: ${record.oldValue} → ${el.getAttribute(record.attributeName)}`);
      } else if (el.closest('title')) {
        note('document.title changed');
      }
    }
  });
  const observe = (root) => observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true, attributeOldValue: true });
  // From the parsed document on: the parser's own insertions are no one's writes.
  document.addEventListener('DOMContentLoaded', () => observe(document), { once: true });
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attachShadow.call(this, init);
    observe(root);
    return root;
  };
  addEventListener('hashchange', (event) => note(`location.hash → ${new URL(event.newURL).hash}`));
  addEventListener('popstate', () => note('popstate'));
  globalThis.cookieStore?.addEventListener('change', (event) => note(`cookie ${[...event.changed, ...event.deleted].map((c) => c.name)}`));
  let last = { name: window.name, length: history.length, state: JSON.stringify(history.state), cookie: document.cookie };
  setInterval(() => {
    const now = { name: window.name, length: history.length, state: JSON.stringify(history.state), cookie: document.cookie };
    for (const key of Object.keys(now)) if (now[key] !== last[key]) note(`${key}: ${last[key]} → ${now[key]}`);
    last = now;
  }, 50);
}

/** Opens a page whose frames trap writes; `seen()` gives every write seen so far, in every frame. */
async function trappedPage(context) {
  const page = await context.newPage();
  const said = [];
  page.on('console', (msg) => { if (/document\.domain/i.test(msg.text())) said.push(`${page.url()}: ${msg.text()}`); });
  await page.addInitScript(trapWrites);
  page.seen = async () => {
    await new Promise((r) => setTimeout(r, 200)); // the poll's last round
    const writes = [...said];
    for (const frame of page.frames()) writes.push(...await frame.evaluate(() => globalThis.__pageWrites ?? []).catch(() => []));
    return writes;
  };
  return page;
}

test('a whole capture and fill writes nothing to the page: no property, no attribute, no history', async () => {
  await clearCapture(browser);
  const azure = await trappedPage(browser.context);
  await azure.goto(ENTRA_SAML_URL);
  assert.equal((await captureOn(azure)).state, 'done');
  const seenOnAzure = await azure.seen();
  await azure.close();
  const goto = await trappedPage(browser.context);
  await goto.goto('https://organization.logmeininc.com/#/identity-provider');
  await goto.click('[data-ssobridge="fill"]');
  assert.equal((await finalStatus(goto)).state, 'done');
  const seenOnGoto = await goto.seen();
  await goto.close();
  assert.deepEqual([...seenOnAzure, ...seenOnGoto], []);
});

// The trap itself, against a deliberately bad build whose content script writes each thing the
// test above looks for, and a page-world write of each trapped setter: each must be seen.
test('the write trap sees every write a bad build makes', async () => {
  const copy = mkdtempSync(join(tmpdir(), 'ssobridge-bad-'));
  cpSync(EXTENSION, copy, { recursive: true });
  appendFileSync(join(copy, 'content.js'), `
;setTimeout(() => {
  document.domain = document.domain;
  document.title = document.title;
  document.cookie = 'bad=1';
  window.name = 'bad';
  location.hash = '#bad';
  history.pushState(null, '');
  history.replaceState({ bad: 1 }, '');
  const field = document.querySelector('input, textarea, select, button');
  field?.setAttribute('data-bad', '');
  field?.style.setProperty('outline', '1px solid red');
}, 500);
`);
  const bad = await launch(server.port, { extensionPath: copy });
  try {
    const page = await trappedPage(bad.context);
    await page.goto('https://organization.logmeininc.com/#/identity-provider');
    await page.waitForSelector('[data-ssobridge="fill"]');
    await page.waitForTimeout(1000);
    await page.evaluate(() => {
      document.title = document.title;
      document.cookie = 'page=1';
      window.name = 'page';
      history.replaceState(history.state, '');
    });
    const seen = (await page.seen()).join('\n');
    for (const expected of [/document\.domain/, /document\.title changed/, /cookie bad/, /name: .* → bad/, /state: .*bad/, /length: /, /location\.hash → #bad/,
      /data-bad: null → /, /style: .*outline/, /document\.title = /, /document\.cookie = page=1/, /window\.name = page/, /history\.replaceState\(\)/]) {
      assert.match(seen, expected);
    }
  } finally {
    await bad.close();
    rmSync(copy, { recursive: true, force: true });
  }
});
