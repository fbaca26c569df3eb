/**
 * The one lifecycle of every widget: `defineWidget(tag, mount)` registers a custom element whose
 * connectedCallback makes a fresh AbortController and calls `mount(host, { signal })`, and whose
 * disconnectedCallback aborts that signal and runs the teardown `mount` returned. So a widget puts every
 * listener on `signal` (`addEventListener(type, fn, { signal })`), stops its timers, observers, animation
 * frames and workers in the teardown (or on the signal's "abort" event), and awaits through
 * `unlessAborted(signal, …)` so async work ends with the mount. Removing the element and adding it again
 * mounts it once more, from the server-rendered markup and the URL query, with nothing of the previous mount
 * still listening.
 */
export interface MountContext {
  /** Aborted when the element leaves the document. */
  signal: AbortSignal;
}

/** Undoes what `signal` cannot: timers, observers, animation frames, workers, atom subscriptions. */
export type Teardown = () => void;

export type Mount = (host: HTMLElement, context: MountContext) => Teardown | void;

/** Register `tag` (once per page) as an element mounted by `mount` while it is in the document. */
export function defineWidget(tag: string, mount: Mount): void {
  if (customElements.get(tag)) return;
  customElements.define(
    tag,
    class extends HTMLElement {
      #mounted: { abort: AbortController; teardown: Teardown | void } | undefined;

      connectedCallback(): void {
        if (this.#mounted) return;
        const abort = new AbortController();
        this.#mounted = { abort, teardown: undefined };
        try {
          this.#mounted.teardown = mount(this, { signal: abort.signal });
        } catch (error) {
          this.#mounted = undefined;
          abort.abort();
          throw error;
        }
      }

      disconnectedCallback(): void {
        const mounted = this.#mounted;
        this.#mounted = undefined;
        mounted?.abort.abort();
        mounted?.teardown?.();
      }
    },
  );
}

/** A promise that never settles once `signal` has aborted: what an unmounted widget was waiting for never arrives. */
export function unlessAborted<T>(signal: AbortSignal, promise: Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    promise.then(
      (value) => {
        if (!signal.aborted) resolve(value);
      },
      (error: unknown) => {
        if (!signal.aborted) reject(error);
      },
    );
  });
}

/** `schedule()` asks for one call of `draw` in the next animation frame, however often it is called before; the
 * frame still pending when `signal` aborts is cancelled. */
export function perFrame(signal: AbortSignal, draw: () => void): () => void {
  let frame = 0;
  signal.addEventListener('abort', () => cancelAnimationFrame(frame), { once: true });
  return () => {
    if (frame || signal.aborted) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      draw();
    });
  };
}
