/**
 * The one route from a widget to tfjs. A widget never imports `@tensorflow/*` or src/tf statically: it asks
 * `tfModule(host, signal, () => import('../../tf/<module>'))`, which waits until the widget is near the screen
 * (./lazy.ts), starts tfjs once per page with the best backend (src/tf/runtime.ts `ensureTf`), then loads the
 * module, in its own chunk. `linkTf` adds what most widgets want on top: call back once loaded and again after
 * every backend change. Both stop when `signal` aborts (the widget left the page): their promises never settle
 * and their callbacks never run again.
 */
import { BACKEND_EVENT, backendLabel, type BackendInfo } from '../../lib/backend-events';
import { whenNear } from './lazy';
import { unlessAborted } from './widget';

type Runtime = typeof import('../../tf/runtime');

/** The runtime module once loaded (a page-wide handle to tfjs, like tfjs's own global engine; not widget state). */
let runtime: Runtime | undefined;

async function startTf(): Promise<void> {
  const loaded = await import('../../tf/runtime');
  await loaded.ensureTf();
  runtime = loaded;
}

/** Once `host` is near the screen: start tfjs (best backend) and load `loader()`, a module of src/tf. */
export function tfModule<M>(host: Element, signal: AbortSignal, loader: () => Promise<M>): Promise<M> {
  return unlessAborted(signal, whenNear(host, { signal }).then(startTf).then(loader));
}

/** The backend computing now, as the badge names it ("WASM (CPU)"), or "tfjs" before it has started. */
export function activeBackend(): string {
  const info = runtime?.currentBackend();
  return info ? backendLabel(info) : 'tfjs';
}

/** Call `listener` after every change of the reader's tfjs backend, until `signal` aborts. */
export function onBackendChange(signal: AbortSignal, listener: (info: BackendInfo) => void): void {
  document.addEventListener(BACKEND_EVENT, (event) => listener((event as CustomEvent<BackendInfo>).detail), { signal });
}

export interface TfLink<M> {
  /** The module and the backend's label, once loaded (undefined before). */
  ready(): { module: M; backend: string } | undefined;
}

/**
 * `tfModule`, then `onReady(module, backend)` once loaded and again after every backend change; `onError`
 * when tfjs or the module could not load.
 */
export function linkTf<M>(
  host: Element,
  signal: AbortSignal,
  loader: () => Promise<M>,
  onReady: (module: M, backend: string) => void,
  onError: (error: unknown) => void,
): TfLink<M> {
  let module: M | undefined;
  onBackendChange(signal, () => {
    if (module) onReady(module, activeBackend());
  });
  tfModule(host, signal, loader).then((loaded) => {
    module = loaded;
    onReady(loaded, activeBackend());
  }, onError);
  return { ready: () => (module ? { module, backend: activeBackend() } : undefined) };
}
