/**
 * Wait for a widget to come near the screen before doing anything heavy (tfjs, a model, KaTeX). Nothing here
 * imports tfjs: widgets reach src/tf through ./tf.ts, which waits here first.
 */
export interface NearOptions {
  rootMargin?: string;
  /** Stop watching when this aborts (the widget left the page); the promise then never settles. */
  signal?: AbortSignal;
}

export function whenNear(element: Element, { rootMargin = '400px', signal }: NearOptions = {}): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return;
    if (!('IntersectionObserver' in window)) return resolve();
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          observer.disconnect();
          resolve();
        }
      },
      { rootMargin },
    );
    observer.observe(element);
    signal?.addEventListener('abort', () => observer.disconnect(), { once: true });
  });
}
