/** A tiny observable value: one per widget instance, never module-level, so a page can hold two copies. */
export interface Atom<T> {
  get(): T;
  set(next: T | ((previous: T) => T)): void;
  subscribe(listener: (value: T, previous: T) => void): () => void;
}

export function atom<T>(initial: T): Atom<T> {
  let value = initial;
  const listeners = new Set<(value: T, previous: T) => void>();
  return {
    get: () => value,
    set(next) {
      const previous = value;
      value = typeof next === 'function' ? (next as (p: T) => T)(previous) : next;
      if (Object.is(value, previous)) return;
      for (const listener of [...listeners]) listener(value, previous);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
