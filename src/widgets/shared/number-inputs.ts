/**
 * Number controls (`<input type="range|number" name="key">`, each in a `<label>` with an `<output>`) bound to
 * one key of a widget's state atom: input → state (clamped to the control's min/max, whole numbers), and
 * `showValues` writes the state back into the controls and their outputs.
 */
import type { Atom } from './atom';

export type NumberState = Record<string, number | string>;

function clamp(input: HTMLInputElement, value: number): number {
  const min = input.min === '' ? -Infinity : Number(input.min);
  const max = input.max === '' ? Infinity : Number(input.max);
  const rounded = Math.round(value);
  return Number.isFinite(rounded) ? Math.min(max, Math.max(min, rounded)) : min;
}

/** The named number controls inside `root`. */
export function numberInputs(root: HTMLElement, keys: readonly string[]): Map<string, HTMLInputElement> {
  const inputs = new Map<string, HTMLInputElement>();
  for (const key of keys) {
    const input = root.querySelector<HTMLInputElement>(`input[name="${key}"]`);
    if (input) inputs.set(key, input);
  }
  return inputs;
}

/** Input → state for every control, until `signal` aborts. */
export function bindNumbers<S extends NumberState>(
  inputs: Map<string, HTMLInputElement>,
  state: Atom<S>,
  signal: AbortSignal,
): void {
  for (const [key, input] of inputs) {
    input.addEventListener(
      'input',
      () => {
        if (input.value === '') return;
        const value = clamp(input, Number(input.value));
        state.set((previous) => (previous[key] === value ? previous : { ...previous, [key]: value }));
      },
      { signal },
    );
  }
}

/** Clamp every bound key of `state` into its control's range (for values read from a URL). */
export function clampToInputs<S extends NumberState>(inputs: Map<string, HTMLInputElement>, state: S): S {
  const out: NumberState = { ...state };
  for (const [key, input] of inputs) out[key] = clamp(input, Number(state[key]));
  return out as S;
}

export function showValues(inputs: Map<string, HTMLInputElement>, state: NumberState): void {
  for (const [key, input] of inputs) {
    const text = String(state[key]);
    if (input.value !== text && document.activeElement !== input) input.value = text;
    if (input.type === 'range' && input.value !== text) input.value = text;
    const output = input.closest('label')?.querySelector('output');
    if (output) output.textContent = text;
  }
}
