/**
 * Run the latest of a burst of calls once they have settled for `ms`: for work a slider event need not wait for
 * (the URL's `history.replaceState` costs more than a redraw of the pure-maths widgets, and Chrome throttles it).
 * Pending work is dropped when `signal` aborts (the widget left the page).
 */
export function settled(ms: number, signal: AbortSignal): (run: () => void) => void {
  let timer: number | undefined;
  signal.addEventListener('abort', () => window.clearTimeout(timer), { once: true });
  return (run) => {
    window.clearTimeout(timer);
    if (!signal.aborted) timer = window.setTimeout(run, ms);
  };
}
