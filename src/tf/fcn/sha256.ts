// SHA-256 checks for shipped model files, with SubtleCrypto (browsers and Node ≥ 20: globalThis.crypto.subtle).

/** The shape of public/models/manifest.json: file path (relative to public/models/) → SHA-256 hex. */
export interface ModelManifest {
  algorithm: 'SHA-256';
  files: Record<string, { sha256: string; bytes: number }>;
}

export async function sha256Hex(bytes: ArrayBuffer | Uint8Array): Promise<string> {
  const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  const digest = await globalThis.crypto.subtle.digest('SHA-256', data as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export class IntegrityError extends Error {
  constructor(file: string, expected: string, actual: string) {
    super(
      `SHA-256 mismatch for ${file}: the manifest says ${expected} but the file hashes to ${actual}; refusing to use it`,
    );
    this.name = 'IntegrityError';
  }
}

/** Throws IntegrityError unless `bytes` hash to the manifest's entry for `file`. */
export async function verifyFile(
  manifest: ModelManifest,
  file: string,
  bytes: ArrayBuffer | Uint8Array,
): Promise<void> {
  const entry = manifest.files[file];
  if (!entry) throw new Error(`${file} is not listed in the model manifest`);
  const actual = await sha256Hex(bytes);
  if (actual !== entry.sha256) throw new IntegrityError(file, entry.sha256, actual);
}
