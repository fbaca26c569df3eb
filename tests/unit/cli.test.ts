// The scripts' option checks (scripts/lib/cli.ts), on top of node:util's parseArgs.
import { parseArgs } from 'node:util';
import { describe, expect, it } from 'vitest';
import { choiceOption, wholeNumberOption } from '../../scripts/lib/cli';

describe('wholeNumberOption(text, name, fallback, min)', () => {
  it('reads "--steps 40" as 40 and an absent option as the fallback', () => {
    const { values } = parseArgs({
      args: ['--steps', '40'],
      options: { steps: { type: 'string' }, runs: { type: 'string' } },
    });
    expect(wholeNumberOption(values.steps, 'steps', 20)).toBe(40);
    expect(wholeNumberOption(values.runs, 'runs', 20)).toBe(20);
  });
  it('refuses 0, 2.5 and words with a sentence naming the flag', () => {
    expect(() => wholeNumberOption('0', 'size', 128)).toThrow('--size must be a whole number ≥ 1, got "0"');
    expect(() => wholeNumberOption('2.5', 'size', 128)).toThrow(/--size must be a whole number/);
    expect(() => wholeNumberOption('ten', 'size', 128)).toThrow(/--size must be a whole number/);
    expect(wholeNumberOption('0', 'first', 5, 0)).toBe(0);
  });
});

describe('choiceOption(text, name, allowed)', () => {
  it('passes an allowed value through and names the choices otherwise', () => {
    expect(choiceOption('val', 'split', ['test', 'val'])).toBe('val');
    expect(() => choiceOption('train', 'split', ['test', 'val'])).toThrow(
      '--split must be one of test, val, got "train"',
    );
  });
});
