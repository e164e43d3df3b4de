// Steps a portal takes while a blade renders, run in the page by both browsers' churn tests
// (tests/e2e/churn.test.mjs, tests/firefox/churn.test.mjs) through `page.evaluate`. Each returns
// false when the values rendered already (the step would come too late to mean anything).

/** A loading skeleton replaces the blade's spinner. */
export function showSkeleton() {
  if (window.heavyProbe.samlRenderedAt != null) return false;
  const bar = Object.assign(document.createElement('div'), { className: 'spinner', textContent: 'Loading… 2 of 3' });
  document.getElementById('blade').replaceChildren(bar);
  return true;
}

/**
 * A burst of a portal's boot, in one task: a menu built item by item (more records than the
 * watcher reads one by one), one tile replaced as the page's own ticks do, and the skeleton.
 */
export function bootBurst() {
  if (window.heavyProbe.samlRenderedAt != null) return false;
  const menu = document.createElement('nav');
  document.body.append(menu);
  for (let i = 0; i < 450; i++) menu.append(Object.assign(document.createElement('a'), { href: `#item${i}`, textContent: `Menu item ${i}` }));
  const tile = document.querySelector('.ch-tiles > .ch-tile');
  tile?.replaceWith(tile.cloneNode(true));
  const bar = Object.assign(document.createElement('div'), { className: 'spinner', textContent: 'Loading… 2 of 3' });
  document.getElementById('blade').replaceChildren(bar);
  return true;
}
