/**
 * Finding a widget's own server-rendered parts, and asking the browser about the reader's settings. Every
 * widget looks its parts up with `required` / `finder`: a missing part is a bug in the widget's .astro file,
 * so it throws, naming the element and the selector.
 */

/** The element `selector` matches inside `root`, or an error naming `root`'s tag and the selector. */
export function required<T extends Element = HTMLElement>(root: Element, selector: string): T {
  const element = root.querySelector<T>(selector);
  if (!element) throw new Error(`<${root.localName}> lacks ${selector}`);
  return element;
}

/** `required` bound to one root: `const q = finder(host); q<HTMLSelectElement>('select[name="size"]')`. */
export function finder(root: Element): <T extends Element = HTMLElement>(selector: string) => T {
  return <T extends Element = HTMLElement>(selector: string): T => required<T>(root, selector);
}

export function prefersReducedMotion(): boolean {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Set an element's text only when it differs (a write of the same text still costs a layout). */
export function setText(element: Element, text: string): void {
  if (element.textContent !== text) element.textContent = text;
}
