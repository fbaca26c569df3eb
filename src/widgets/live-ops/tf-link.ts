/**
 * A widget's link to a module of src/tf: loaded (with tfjs) only once the widget is near the screen, run again
 * whenever the reader's tfjs backend changes (BACKEND_EVENT), and the backend named as the badge names it.
 */
import { BACKEND_EVENT, backendLabel, type BackendInfo } from '../../lib/backend-events';
import { loadTfModule, whenNear } from '../shared/lazy';

export interface TfLink<M> {
  /** The module and the backend's label, once loaded. */
  ready(): { module: M; backend: string } | undefined;
  disconnect(): void;
}

export function linkTf<M>(
  host: HTMLElement,
  loader: () => Promise<M>,
  onReady: (module: M, backend: string) => void,
  onError: (message: string) => void,
): TfLink<M> {
  let module: M | undefined;
  let backend = 'tfjs';
  let disconnected = false;
  const onBackend = (event: Event): void => {
    const info = (event as CustomEvent<BackendInfo>).detail;
    backend = backendLabel(info);
    if (module && !disconnected) onReady(module, backend);
  };
  document.addEventListener(BACKEND_EVENT, onBackend);
  void whenNear(host)
    .then(() => loadTfModule(async () => {
      const [loaded, runtime] = await Promise.all([loader(), import('../../tf/runtime')]);
      const info = runtime.currentBackend();
      if (info) backend = backendLabel(info);
      return loaded;
    }))
    .then((loaded) => {
      module = loaded;
      if (!disconnected) onReady(loaded, backend);
    })
    .catch((error: unknown) => onError(`tfjs could not load: ${String(error)}`));
  return {
    ready: () => (module ? { module, backend } : undefined),
    disconnect() {
      disconnected = true;
      document.removeEventListener(BACKEND_EVENT, onBackend);
    },
  };
}

/** 1.2e-7 style for differences; "0" for exact zero. */
export function formatDifference(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  return value === 0 ? '0' : value.toExponential(1);
}

/** Fixed 3 decimals with a real minus sign, for values in small tables. */
export function formatValue(value: number): string {
  const text = Math.abs(value).toFixed(3);
  return value < 0 && Number(text) !== 0 ? `−${text}` : text;
}
