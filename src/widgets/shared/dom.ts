/** `q(selector)` for a widget's own markup: the element, or an error naming the widget and the selector. */
export function requiredIn(root: HTMLElement, widget: string): <T extends HTMLElement>(selector: string) => T {
  return <T extends HTMLElement>(selector: string): T => {
    const element = root.querySelector<T>(selector);
    if (!element) throw new Error(`${widget} lacks ${selector}`);
    return element;
  };
}
