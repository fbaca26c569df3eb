// Runs in the page (page.evaluate): what sticks out beyond the right edge of a phone-wide window. Used by
// pages.test.ts's 375 px check.

/**
 * Runs in the page: every element box and text run whose visible right edge (after clipping by its ancestors) is
 * beyond the viewport, unless it sits in a horizontal scroller a reader can find and reach (one with an
 * aria-label or aria-labelledby, or a focusable code block). Closed <details> and hidden elements are skipped.
 */
export function beyondRightEdge(): string[] {
  const vw = innerWidth;
  const labelled = (el: Element) =>
    el.hasAttribute('aria-label') ||
    el.hasAttribute('aria-labelledby') ||
    (el instanceof HTMLPreElement && el.tabIndex >= 0);
  const describe = (el: Element) => {
    const cls =
      typeof el.className === 'string' && el.className.trim()
        ? `.${el.className.trim().split(/\s+/).slice(0, 2).join('.')}`
        : '';
    return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${cls}`;
  };
  const path = (el: Element) => {
    const parts: string[] = [];
    for (let a: Element | null = el; a && a !== document.body && parts.length < 4; a = a.parentElement)
      parts.unshift(describe(a));
    return parts.join(' > ');
  };
  const visibleRight = (from: Element | null, right: number): { right: number; why?: string } | null => {
    for (let a = from; a && a !== document.documentElement; a = a.parentElement) {
      const style = getComputedStyle(a);
      if (style.clip && style.clip !== 'auto') return { right: Math.min(right, a.getBoundingClientRect().right) };
      if (style.overflowX === 'visible') continue;
      if ((style.overflowX === 'auto' || style.overflowX === 'scroll') && a.scrollWidth > a.clientWidth + 1) {
        if (labelled(a)) return null;
        if (right > vw + 1) return { right, why: `in the unlabelled scroller ${path(a)}` };
      }
      right = Math.min(right, a.getBoundingClientRect().right);
    }
    return { right };
  };
  const out = new Set<string>();
  const check = (el: Element, from: Element | null, right: number, what: string) => {
    if (right <= vw + 1) return;
    const seen = visibleRight(from, right);
    if (seen && seen.right > vw + 1)
      out.add(`${what}${path(el)} ends at ${Math.round(seen.right)} px${seen.why ? ` (${seen.why})` : ''}`);
  };
  const shown = (el: Element) => el.checkVisibility({ contentVisibilityAuto: true, visibilityProperty: true });
  for (const el of document.body.querySelectorAll('*')) {
    if (!shown(el)) continue;
    const box = el.getBoundingClientRect();
    if (box.width > 0 && box.height > 0) check(el, el.parentElement, box.right, '');
  }
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!node.textContent?.trim() || !parent || !shown(parent)) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const box = range.getBoundingClientRect();
    if (box.width > 0) check(parent, parent, box.right, 'text in ');
  }
  return [...out].slice(0, 10);
}
