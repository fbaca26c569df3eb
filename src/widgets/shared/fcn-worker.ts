/**
 * The page's side of the one model worker (./fcn.worker.ts; messages in src/tf/fcn-worker-protocol.ts). The
 * worker is page-wide, like tfjs's engine: started by the first model widget that needs it, it outlives a
 * widget's remounts, and it is never terminated. What is per widget is a `WorkerCalls`, bound to the widget's
 * signal: its calls are dropped (never settle, and the worker is told to skip them) when the widget leaves, and a
 * newer call of the same method supersedes the older one still waiting. The reader's backend choice (read here,
 * on the page) is passed in; the worker's backend is announced with BACKEND_EVENT, so the header badge names it,
 * and the badge's BACKEND_REQUEST_EVENT reaches the worker.
 */
import {
  BACKEND_EVENT,
  BACKEND_PREFERENCE_KEY,
  BACKEND_REQUEST_EVENT,
  backendPreference,
  isBackendName,
  type BackendInfo,
} from '../../lib/backend-events';
import type { Args, FromFcnWorker, Method, Result, ToFcnWorker } from '../../tf/fcn-worker-protocol';

interface Pending {
  resolve(value: unknown): void;
  reject(error: Error): void;
  onProgress?: (done: number, total: number) => void;
}

export interface Downloads {
  loadedBytes: number;
  totalBytes: number;
}

/** The page-wide worker: its pending calls, its backend, its downloads. */
class PageWorker {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  /** Settles once the worker has started a backend (or could not). */
  readonly ready: Promise<BackendInfo>;
  /** Goes up with every backend the worker announces after the first. */
  generation = 0;
  readonly downloads = new Map<string, Downloads>();
  readonly downloadListeners = new Set<(modelsUrl: string, progress: Downloads) => void>();

  constructor() {
    this.worker = new Worker(new URL('./fcn.worker.ts', import.meta.url), { type: 'module', name: 'fcn-models' });
    let started: ((info: BackendInfo) => void) | undefined;
    let failed: ((error: Error) => void) | undefined;
    this.ready = new Promise((resolve, reject) => ([started, failed] = [resolve, reject]));
    this.ready.catch(() => undefined);
    let announced = 0;
    this.worker.addEventListener('message', (event: MessageEvent<FromFcnWorker>) => {
      const message = event.data;
      if (message.type === 'backend') {
        if (announced++ > 0) this.generation += 1;
        started?.(message.info);
        document.dispatchEvent(new CustomEvent<BackendInfo>(BACKEND_EVENT, { detail: message.info }));
      } else if (message.type === 'failed') failed?.(new Error(message.message));
      else if (message.type === 'download') {
        const progress = { loadedBytes: message.loadedBytes, totalBytes: message.totalBytes };
        this.downloads.set(message.modelsUrl, progress);
        for (const listener of this.downloadListeners) listener(message.modelsUrl, progress);
      } else if (message.type === 'progress') this.pending.get(message.id)?.onProgress?.(message.done, message.total);
      else {
        const pending = this.pending.get(message.id);
        this.pending.delete(message.id);
        if (message.type === 'result') pending?.resolve(message.value);
        else pending?.reject(new Error(message.message));
      }
    });
    this.worker.addEventListener('error', (event) => failed?.(new Error(`the model worker failed: ${event.message}`)));
    const stored = (): string | null => localStorage.getItem(BACKEND_PREFERENCE_KEY);
    this.send({ type: 'start', backend: backendPreference(location.search, stored) });
    document.addEventListener(BACKEND_REQUEST_EVENT, (event) => {
      const name = (event as CustomEvent<unknown>).detail;
      if (isBackendName(name)) this.send({ type: 'switch', backend: name });
    });
  }

  send(message: ToFcnWorker): void {
    this.worker.postMessage(message);
  }

  /** Posts a call; returns its id and its answer. */
  call<M extends Method>(
    method: M,
    args: Args<M>,
    onProgress?: (done: number, total: number) => void,
  ): { id: number; answer: Promise<Result<M>> } {
    const id = this.nextId++;
    const answer = new Promise<Result<M>>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject, onProgress });
    });
    this.send({ type: 'call', id, method, args } as ToFcnWorker);
    return { id, answer };
  }

  /** Forget calls (their promises never settle) and tell the worker to skip them. */
  drop(ids: number[]): void {
    if (ids.length === 0) return;
    for (const id of ids) this.pending.delete(id);
    this.send({ type: 'cancel', ids });
  }

  /** Ask the worker to stop a call early; it still answers (an evaluation with the scenes scored so far). */
  stop(id: number): void {
    this.send({ type: 'cancel', ids: [id] });
  }
}

/** The page's model worker (a page-wide handle, like the model store it replaces; not widget state). */
let page: PageWorker | undefined;

export function pageWorker(): PageWorker {
  if (!page) {
    page = new PageWorker();
    const worker = page;
    // Hooks for the end-to-end tests: the worker's tensor count (tests/e2e/helpers/browser.ts), a lost WebGL context.
    Object.assign(globalThis, {
      __fcnWorker: {
        numTensors: () => worker.call('numTensors', []).answer,
        loseWebglContext: () => worker.call('loseWebglContext', []).answer,
      },
    });
  }
  return page;
}

export interface CallOptions {
  onProgress?: (done: number, total: number) => void;
  /** Stops the call early (an evaluation's Stop button); the call still answers. */
  stop?: AbortSignal;
  /** Keep an older call of the same method running (default: a newer call supersedes it). */
  concurrent?: boolean;
}

export type WorkerCall = <M extends Method>(method: M, args: Args<M>, options?: CallOptions) => Promise<Result<M>>;

/**
 * Calls to the page's worker on behalf of one widget mount: when `signal` aborts, its calls are dropped; a
 * new call of a method drops this widget's older call of that method still waiting.
 */
export function workerCalls(signal: AbortSignal): WorkerCall {
  const worker = pageWorker();
  const latest = new Map<Method, number>();
  const mine = new Set<number>();
  let watching = false;
  return (method, args, options = {}) => {
    if (signal.aborted) return new Promise(() => undefined);
    // Listen for the widget leaving from its first call on (a widget that never calls adds no listener).
    if (!watching) signal.addEventListener('abort', () => worker.drop([...mine]), { once: true });
    watching = true;
    const previous = latest.get(method);
    if (previous !== undefined && !options.concurrent) {
      worker.drop([previous]);
      mine.delete(previous);
    }
    const { id, answer } = worker.call(method, args, options.onProgress);
    latest.set(method, id);
    mine.add(id);
    options.stop?.addEventListener('abort', () => worker.stop(id), { once: true, signal });
    const settled = () => {
      mine.delete(id);
      if (latest.get(method) === id) latest.delete(method);
    };
    answer.then(settled, settled);
    return answer;
  };
}
