// Context: Node (tests). axe-core, from node_modules, run in a page (Playwright's evaluate is not
// subject to the page's CSP), with every WCAG 2.0/2.1/2.2 A and AA rule and axe's best practices.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './harness.mjs';

export const AXE_SOURCE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];
export const SCHEMES = ['light', 'dark'];

/**
 * The violations axe finds in `page` (or in what `include` selects), one line each:
 * `rule (impact): target: why`, so a failure names what to fix.
 */
export async function violations(page, { include = null } = {}) {
  if (!await page.evaluate(() => typeof globalThis.axe === 'object')) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async ([selector, tags]) => {
    const context = selector ? { include: [[selector]] } : document;
    const result = await globalThis.axe.run(context, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')}: ${n.failureSummary.replace(/\s+/g, ' ')}`));
  }, [include, AXE_TAGS]);
}

/**
 * The nodes of the page's accessibility tree (closed shadow roots included) with `role`: name,
 * focusable, `live` (aria-live as the tree reports it) and the text of their subtree.
 */
export async function axNodes(page, role) {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    const byId = new Map(nodes.map((n) => [n.nodeId, n]));
    const text = (n) => (n.role?.value === 'StaticText' ? n.name?.value ?? '' : (n.childIds ?? []).map((id) => byId.get(id)).filter(Boolean).map(text).join(''));
    const prop = (n, name) => (n.properties ?? []).find((p) => p.name === name)?.value.value;
    return nodes.filter((n) => !n.ignored && n.role?.value === role)
      .map((n) => ({ name: n.name?.value ?? '', focusable: prop(n, 'focusable') === true, live: prop(n, 'live') ?? null, text: text(n) }));
  } finally {
    await cdp.detach();
  }
}

/** WCAG's contrast ratio of two `rgb(…)` colours. */
export function contrast(a, b) {
  const lum = (rgb) => {
    const [r, g, bl] = rgb.match(/[\d.]+/g).slice(0, 3).map(Number).map((c) => c / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * The faces the panel's buttons draw in their closed shadow roots, read through the DevTools
 * protocol (DOM.getDocument pierces closed roots): text, colour and background of each.
 */
export async function buttonFaces(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    const faces = [];
    const walk = (node, inButton) => {
      const attrs = node.attributes ?? [];
      const kind = attrs[attrs.indexOf('data-ssobridge') + 1];
      const isButton = attrs.includes('role') && attrs[attrs.indexOf('role') + 1] === 'button' && attrs.includes('data-ssobridge');
      if (inButton && node.nodeName === 'SPAN') faces.push({ kind: inButton, nodeId: node.nodeId });
      for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) walk(child, isButton ? kind : inButton);
    };
    walk(root, null);
    for (const face of faces) {
      const { computedStyle } = await cdp.send('CSS.getComputedStyleForNode', { nodeId: face.nodeId });
      const style = Object.fromEntries(computedStyle.map((p) => [p.name, p.value]));
      face.ratio = contrast(style.color, style['background-color']);
      face.outline = style['outline-style'];
    }
    return faces;
  } finally {
    await cdp.detach();
  }
}

