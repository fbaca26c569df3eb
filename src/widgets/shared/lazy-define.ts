/**
 * Keep a lesson page light: the `<script>` of a widget's .astro file calls `defineWhenNear(tag, loader)`
 * instead of importing the element. The element's module (with d3, Plot, katex…) is fetched only when an
 * instance comes near the screen or the reader touches or focuses it; its `customElements.define` then
 * upgrades every instance on the page, which are marked `data-defined` (tests and styles can wait for it).
 */
import { whenNear } from './lazy';

export function defineWhenNear(tag: string, load: () => Promise<unknown>, rootMargin = '600px'): void {
  let loading: Promise<unknown> | undefined;
  const start = (): void => {
    loading ??= load();
  };
  const elements = Array.from(document.querySelectorAll<HTMLElement>(tag));
  for (const element of elements) {
    void whenNear(element, { rootMargin }).then(start);
    element.addEventListener('pointerdown', start, { once: true, capture: true });
    element.addEventListener('focusin', start, { once: true });
  }
  void customElements.whenDefined(tag).then(() => {
    for (const element of elements) element.dataset.defined = 'true';
  });
}
