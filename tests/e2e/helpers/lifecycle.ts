// What a widget leaves behind, counted in the page: an init script wraps addEventListener/removeEventListener
// (listeners removed by an AbortSignal or by `once` are dropped when that happens), IntersectionObserver,
// ResizeObserver and Worker, so a test can compare the live listeners, observers and workers before and after
// a widget is removed from the page and added again.
import type { Page } from 'playwright-core';

export interface Leftovers {
  /** Live listeners on each widget element or a node inside it, by tag. */
  inside: Record<string, number>;
  /** Live listeners on document and window. */
  global: number;
  /** Live listeners on anything else (AbortSignals, workers, …). */
  other: number;
  intersectionObservers: number;
  resizeObservers: number;
  workers: number;
}

/** Runs in the page before its own scripts (page.addInitScript). */
export function trackLeftovers(): void {
  type Entry = { target: EventTarget; type: string; listener: unknown; capture: boolean };
  const entries: Entry[] = [];
  const add = EventTarget.prototype.addEventListener;
  const remove = EventTarget.prototype.removeEventListener;
  const captureOf = (options: unknown): boolean =>
    typeof options === 'boolean' ? options : Boolean((options as { capture?: boolean } | undefined)?.capture);
  const find = (target: EventTarget, type: string, listener: unknown, capture: boolean): number =>
    entries.findIndex(
      (e) => e.target === target && e.type === type && e.listener === listener && e.capture === capture,
    );
  EventTarget.prototype.addEventListener = function track(
    this: EventTarget,
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: boolean | AddEventListenerOptions,
  ) {
    const capture = captureOf(options);
    const signal = typeof options === 'object' ? options.signal : undefined;
    if (listener && !signal?.aborted && find(this, type, listener, capture) < 0) {
      const entry: Entry = { target: this, type, listener, capture };
      entries.push(entry);
      const drop = (): void => {
        const i = entries.indexOf(entry);
        if (i >= 0) entries.splice(i, 1);
      };
      if (signal) add.call(signal, 'abort', drop, { once: true });
      if (typeof options === 'object' && options.once) add.call(this, type, drop, { once: true, capture });
    }
    return add.call(this, type, listener, options);
  };
  EventTarget.prototype.removeEventListener = function untrack(
    this: EventTarget,
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: boolean | EventListenerOptions,
  ) {
    const i = find(this, type, listener, captureOf(options));
    if (i >= 0) entries.splice(i, 1);
    return remove.call(this, type, listener, options);
  };

  const observing = { intersection: new Set<object>(), resize: new Set<object>(), workers: new Set<object>() };
  const Intersection = window.IntersectionObserver;
  window.IntersectionObserver = class extends Intersection {
    override observe(target: Element): void {
      observing.intersection.add(this);
      super.observe(target);
    }
    override disconnect(): void {
      observing.intersection.delete(this);
      super.disconnect();
    }
  };
  const Resize = window.ResizeObserver;
  window.ResizeObserver = class extends Resize {
    override observe(target: Element, options?: ResizeObserverOptions): void {
      observing.resize.add(this);
      super.observe(target, options);
    }
    override disconnect(): void {
      observing.resize.delete(this);
      super.disconnect();
    }
  };
  const PageWorker = window.Worker;
  window.Worker = class extends PageWorker {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      observing.workers.add(this);
    }
    override terminate(): void {
      observing.workers.delete(this);
      super.terminate();
    }
  };

  Object.assign(globalThis, {
    __leftovers(tags: string[]) {
      const inside: Record<string, number> = {};
      for (const tag of tags) {
        const host = document.querySelector(tag);
        inside[tag] = entries.filter((e) => e.target instanceof Node && host?.contains(e.target)).length;
      }
      const global = entries.filter((e) => e.target === document || e.target === window).length;
      const inWidgets = entries.filter(
        (e) => e.target instanceof Node && tags.some((t) => document.querySelector(t)?.contains(e.target as Node)),
      ).length;
      return {
        inside,
        global,
        other: entries.length - inWidgets - global,
        intersectionObservers: observing.intersection.size,
        resizeObservers: observing.resize.size,
        workers: observing.workers.size,
      };
    },
  });
}

export function leftovers(page: Page, tags: string[]): Promise<Leftovers> {
  return page.evaluate(
    (t) => (globalThis as unknown as { __leftovers(tags: string[]): Leftovers }).__leftovers(t),
    tags,
  );
}

/**
 * Remove the widget and add it back three times: at once (same task), after 300 ms away, and once more after
 * `clear` emptied what its settled state shows (so the test can wait for the last mount to redo its work).
 */
export async function remount(page: Page, tag: string, clear: string | null): Promise<void> {
  await page.evaluate(
    async ([selector, toClear]) => {
      const host = document.querySelector<HTMLElement>(selector as string);
      if (!host?.parentNode) throw new Error(`${selector} is not on the page`);
      const parent = host.parentNode;
      const next = host.nextSibling;
      host.remove();
      parent.insertBefore(host, next);
      host.remove();
      // Away for 300 ms on purpose (the scenario: a widget that comes back after its teardown ran), not a wait for state.
      // eslint-disable-next-line no-restricted-globals
      await new Promise((resolve) => setTimeout(resolve, 300));
      parent.insertBefore(host, next);
      host.remove();
      if (toClear) host.querySelector(toClear)!.textContent = '';
      parent.insertBefore(host, next);
    },
    [tag, clear] as const,
  );
}
