/**
 * Load heavy code (tfjs, a model) only when a widget comes near the screen. Nothing here imports tfjs: the
 * runtime module is reached by a dynamic import, so Vite puts it in its own chunk.
 */
export function whenNear(element: Element, rootMargin = '400px'): Promise<void> {
  return new Promise((resolve) => {
    if (!('IntersectionObserver' in window)) return resolve();
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        observer.disconnect();
        resolve();
      }
    }, { rootMargin });
    observer.observe(element);
  });
}

/** Start tfjs (best backend) and then load a module of `src/tf` that computes with it. */
export async function loadTfModule<M>(loader: () => Promise<M>): Promise<M> {
  const runtime = await import('../../tf/runtime');
  await runtime.ensureTf();
  return loader();
}

export function prefersReducedMotion(): boolean {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}
