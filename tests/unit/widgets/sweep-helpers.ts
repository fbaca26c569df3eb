// Shared checks of the widget sweeps: every sentence is words (no "undefined", "NaN", unfilled {placeholder}
// or bare key), in both locales.
import { expect } from 'vitest';
import { messagesFor, type Messages } from '../../../src/i18n';

export const LOCALES: readonly Messages[] = [messagesFor('en'), messagesFor('ko')];

export function expectWords(text: string, what: string): void {
  expect(text, what).not.toBe('');
  expect(text, what).not.toMatch(/undefined|NaN|Infinity|\{\w+\}|\[object/);
  // A key the dictionary lacks comes back as the key itself ("widget.key").
  expect(text, what).not.toMatch(/^[a-z]+[A-Z]?\w*\.[a-zA-Z]+$/);
}

/** A seeded generator (mulberry32) for the randomised parts of the sweeps. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const between = (random: () => number, min: number, max: number): number =>
  min + Math.floor(random() * (max - min + 1));
