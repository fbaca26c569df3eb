/**
 * How long one slider event costs a widget (#18 "Interaction"): the JavaScript of the event (input → DOM
 * updated) and the time until the next painted frame. In the page: set the slider's value, dispatch `input`,
 * and time it with performance.now() until the widget's DOM has changed (a MutationObserver on the widget's
 * figure; synchronous updates count when `dispatchEvent` returns), then until the frame after it has been
 * painted (requestAnimationFrame, then a message posted from it, which runs after that frame's paint).
 * Medians over `samples` events, cycling through `values` (consecutive values should differ).
 *
 * The browser paints on the display's tick (every 16.7 ms), so "event → frame" also holds the wait for the next
 * tick, which depends on when in the tick the event came. Events are spaced 30 ms plus a pseudo-random part of
 * a tick, so the waits spread over the tick as a reader's do (a fixed spacing locks onto one phase and reports
 * a wait that is always short or always long). `renderMedianMs` is the frame's own work, from its
 * requestAnimationFrame to after its paint (style, layout, paint, commit), without the wait.
 */
import type { Page } from 'playwright-core';

export interface SliderTimings {
  /** Median milliseconds from dispatching `input` to the DOM having changed. */
  jsMedianMs: number;
  /** Median milliseconds from dispatching `input` to the next painted frame. */
  frameMedianMs: number;
  /** Median milliseconds from the frame's requestAnimationFrame to after its paint: the rendering work alone. */
  renderMedianMs: number;
  /** The fastest event's JavaScript: on a shared, loaded machine the median also counts time the page waited
   * for a core, the minimum is closest to the work itself. */
  jsMinMs: number;
}

export async function measureSliderEvents(
  page: Page,
  selector: string,
  values: readonly (number | string)[],
  samples = 50,
): Promise<SliderTimings> {
  // tsx / esbuild name functions with a `__name` helper that the page does not have.
  await page.evaluate('globalThis.__name ??= (fn) => fn');
  const raw = await page.evaluate(
    async ({ selector, values, samples }) => {
      const input = document.querySelector<HTMLInputElement>(selector);
      if (!input) throw new Error(`no element matches ${selector}`);
      const root = input.closest('figure') ?? input.closest('[data-id]') ?? document.body;
      const afterPaint = (): Promise<[number, number]> =>
        new Promise((resolve) => {
          requestAnimationFrame(() => {
            const tick = performance.now();
            const channel = new MessageChannel();
            channel.port1.onmessage = () => resolve([tick, performance.now()]);
            channel.port2.postMessage(null);
          });
        });
      const js: number[] = [];
      const frame: number[] = [];
      const render: number[] = [];
      // A fixed sequence of spacings (the golden-ratio walk covers the tick evenly), the same on every run.
      let phase = 0;
      const spacing = (): number => {
        phase = (phase + 0.618034) % 1;
        return 30 + phase * 16.7;
      };
      // Warm up once (the first event may compile code paths), then settle.
      for (let i = 0; i < samples + 2; i += 1) {
        const value = String(values[i % values.length]);
        if (input.value === value) continue;
        let changedAt: number | undefined;
        const changed = new Promise<void>((resolve) => {
          const observer = new MutationObserver(() => {
            changedAt ??= performance.now();
            observer.disconnect();
            resolve();
          });
          observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
          setTimeout(() => {
            observer.disconnect();
            resolve();
          }, 1000);
        });
        input.value = value;
        const start = performance.now();
        input.dispatchEvent(new Event('input', { bubbles: true }));
        const returned = performance.now();
        const painted = afterPaint();
        await changed;
        const [tickAt, paintedAt] = await painted;
        // Mutation records are delivered as a microtask after the handler returns: a synchronous update
        // ends when dispatchEvent returns.
        const domAt = changedAt !== undefined && changedAt > returned ? Math.min(changedAt, paintedAt) : returned;
        if (i >= 2) {
          js.push(domAt - start);
          frame.push(paintedAt - start);
          render.push(paintedAt - tickAt);
        }
        await new Promise((resolve) => setTimeout(resolve, spacing()));
      }
      return { js, frame, render };
    },
    { selector, values: [...values], samples },
  );
  const median = (list: number[]): number => {
    const sorted = [...list].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  };
  return {
    jsMedianMs: median(raw.js),
    frameMedianMs: median(raw.frame),
    renderMedianMs: median(raw.render),
    jsMinMs: Math.min(...raw.js),
  };
}
