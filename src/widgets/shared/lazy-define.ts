/**
 * Keep a lesson page light: the `<script>` of a widget's .astro file calls `defineWhenNear(tag, loader)`
 * instead of importing the element. The element's module (with d3, Plot, katex…) is fetched only when an
 * instance comes near the screen; its `customElements.define` then upgrades every instance on the page.
 */
import { whenNear } from './lazy';

export function defineWhenNear(tag: string, load: () => Promise<unknown>, rootMargin = '600px'): void {
  let loading: Promise<unknown> | undefined;
  const start = (): void => { loading ??= load(); };
  for (const element of document.querySelectorAll(tag)) void whenNear(element, rootMargin).then(start);
}
