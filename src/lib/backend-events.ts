/**
 * The contract between the tfjs runtime (src/tf/runtime.ts) and the page (badge, widgets): the runtime
 * announces every backend change with a `CustomEvent<BackendInfo>` of this name on `document`, so code that
 * must not load tfjs (the badge, a widget still off-screen) can listen without importing it.
 */
export const BACKEND_EVENT = 'fcn:backend';
/** Fired by the badge when the reader picks a backend; the runtime (if loaded) switches. */
export const BACKEND_REQUEST_EVENT = 'fcn:backend-request';
/** localStorage key of the reader's chosen backend. */
export const BACKEND_PREFERENCE_KEY = 'fcn-backend';

export type BackendName = 'webgl' | 'wasm' | 'cpu';
export const BACKEND_NAMES: readonly BackendName[] = ['webgl', 'wasm', 'cpu'];

export interface BackendInfo {
  /** The backend now computing. */
  name: BackendName;
  /** True when WebGL runs on a hardware GPU (not SwiftShader, llvmpipe, …). */
  gpu: boolean;
  /** The WebGL renderer string, when WebGL2 exists at all. */
  renderer: string | null;
  /** Why this backend was chosen, in words (e.g. "WebGL is software-rendered (SwiftShader)"). */
  reason: string;
}

/** A renderer name that means WebGL runs on the CPU, so WASM is usually faster. */
export function isSoftwareRenderer(renderer: string): boolean {
  return /swiftshader|llvmpipe|softpipe|software|basic render/i.test(renderer);
}

export function isBackendName(value: unknown): value is BackendName {
  return value === 'webgl' || value === 'wasm' || value === 'cpu';
}

/**
 * The reader's backend choice: `?backend=` in the page's query, else the stored choice (`readStored` reads
 * BACKEND_PREFERENCE_KEY; storage that throws, e.g. when blocked, counts as none), else null.
 */
export function backendPreference(search: string, readStored: () => string | null): BackendName | null {
  const fromQuery = new URLSearchParams(search).get('backend');
  if (isBackendName(fromQuery)) return fromQuery;
  try {
    const stored = readStored();
    return isBackendName(stored) ? stored : null;
  } catch {
    return null;
  }
}

/** Human label of a backend, as the badge shows it. */
export function backendLabel(info: Pick<BackendInfo, 'name' | 'gpu'>): string {
  if (info.name === 'webgl') return info.gpu ? 'WebGL (GPU)' : 'WebGL (software)';
  return info.name === 'wasm' ? 'WASM (CPU)' : 'CPU (plain JS)';
}
