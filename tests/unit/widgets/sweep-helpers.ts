// Shared checks of the widget sweeps: every sentence is words (no "undefined", "NaN", unfilled {placeholder}
// or bare key), in both locales.
import { expect } from 'vitest';
import { messagesFor, type Messages } from '../../../src/i18n';
import { createRandom } from '../../../src/lib/random';

export const LOCALES: readonly Messages[] = [messagesFor('en'), messagesFor('ko')];

export function expectWords(text: string, what: string): void {
  expect(text, what).not.toBe('');
  expect(text, what).not.toMatch(/undefined|NaN|Infinity|\{\w+\}|\[object/);
  // A key the dictionary lacks comes back as the key itself ("widget.key").
  expect(text, what).not.toMatch(/^[a-z]+[A-Z]?\w*\.[a-zA-Z]+$/);
}

/** A seeded generator (mulberry32) for the randomised parts of the sweeps. */
export function seeded(seed: number): () => number {
  const random = createRandom(seed);
  return () => random.next();
}

export const between = (random: () => number, min: number, max: number): number =>
  min + Math.floor(random() * (max - min + 1));
