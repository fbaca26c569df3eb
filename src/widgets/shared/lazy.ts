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

/**
 * Resolves when the browser is idle (requestIdleCallback, at most `timeout` ms later), or after a short delay
 * where there is no idle callback (Safari). Never settles once `signal` aborts. Heavy work that should not
 * compete with the page's first paint and first input (the home page's teaser) starts here.
 */
export function whenIdle(signal: AbortSignal, timeout = 2000): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return;
    const done = (): void => {
      if (!signal.aborted) resolve();
    };
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(done, { timeout });
      signal.addEventListener('abort', () => cancelIdleCallback(handle), { once: true });
    } else {
      const handle = setTimeout(done, 300);
      signal.addEventListener('abort', () => clearTimeout(handle), { once: true });
    }
  });
}
