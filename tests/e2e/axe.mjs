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
