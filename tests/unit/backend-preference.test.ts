import { describe, expect, it } from 'vitest';
import { backendPreference } from '../../src/lib/backend-events';

describe('backendPreference(search, readStored)', () => {
  it('prefers ?backend= in the query over the stored choice', () => {
    expect(backendPreference('?backend=cpu', () => 'webgl')).toBe('cpu');
  });
  it('falls back to the stored choice when the query names none or an unknown backend', () => {
    expect(backendPreference('', () => 'wasm')).toBe('wasm');
    expect(backendPreference('?backend=webgpu', () => 'webgl')).toBe('webgl');
  });
  it('is null for an unknown stored value and for storage that throws', () => {
    expect(backendPreference('', () => 'tpu')).toBeNull();
    expect(
      backendPreference('', () => {
        throw new Error('storage blocked');
      }),
    ).toBeNull();
  });
});
