/**
 * Widget state in the URL query, so a link reproduces what the reader sees. Each widget instance has a
 * prefix (its `data-id`), and writes `prefix.key=value` with `history.replaceState` (no history spam).
 */
export type Scalar = number | string | boolean;

let pending: number | undefined;
/** Writes waiting for the next replaceState (null: remove the key). */
const queued = new Map<string, string | null>();

/** The query value of `key`, counting writes not yet flushed (a widget mounted again right after a change). */
function current(params: URLSearchParams, key: string): string | null {
  return queued.has(key) ? (queued.get(key) ?? null) : params.get(key);
}

/** True when the query (with the writes not yet flushed) sets `prefix.key`. */
export function hasQuery(prefix: string, key: string): boolean {
  return current(new URLSearchParams(location.search), `${prefix}.${key}`) !== null;
}

export function readQuery<T extends Record<string, Scalar>>(prefix: string, defaults: T): T {
  const params = new URLSearchParams(location.search);
  const out: Record<string, Scalar> = { ...defaults };
  for (const [key, fallback] of Object.entries(defaults)) {
    const raw = current(params, `${prefix}.${key}`);
    if (raw === null) continue;
    if (typeof fallback === 'number') {
      const n = Number(raw);
      if (Number.isFinite(n)) out[key] = n;
    } else if (typeof fallback === 'boolean') {
      out[key] = raw === '1' || raw === 'true';
    } else {
      out[key] = raw;
    }
  }
  return out as T;
}

/** Write the non-default values of a widget's state; defaults are removed to keep links short. */
export function writeQuery<T extends Record<string, Scalar>>(prefix: string, state: T, defaults: T): void {
  for (const [key, value] of Object.entries(state)) {
    const isDefault = value === defaults[key];
    queued.set(`${prefix}.${key}`, isDefault ? null : typeof value === 'boolean' ? (value ? '1' : '0') : String(value));
  }
  if (pending !== undefined) return;
  pending = window.setTimeout(() => {
    pending = undefined;
    const url = new URL(location.href);
    for (const [key, value] of queued) {
      if (value === null) url.searchParams.delete(key);
      else url.searchParams.set(key, value);
    }
    queued.clear();
    history.replaceState(history.state, '', url);
  }, 150);
}
