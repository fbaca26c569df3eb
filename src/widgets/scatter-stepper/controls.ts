/**
 * The stepper's form controls: sliders with their <output>s, the editable input and kernel grids, the player
 * buttons, the scrub slider and the speed select. `readControls` finds them once; `syncControls` writes a
 * state into them; `renderGrid` (re)builds a grid of number inputs when its shape changes.
 */
import type { Messages } from '../../i18n/client';
import { finder } from '../shared/dom';
import { RANGES, sizeOf, type RangedKey, type StepperState } from './state';

export interface Controls {
  sliders: Map<RangedKey, HTMLInputElement>;
  outputs: Map<string, HTMLOutputElement>;
  grids: { input: HTMLElement; kernel: HTMLElement };
  play: HTMLButtonElement;
  back: HTMLButtonElement;
  forward: HTMLButtonElement;
  scrub: HTMLInputElement;
  speed: HTMLSelectElement;
  drawing: HTMLElement;
  caption: HTMLElement;
  problem: HTMLElement;
  status: HTMLElement;
}

export function readControls(root: Element): Controls {
  const q = finder(root);
  const sliders = new Map<RangedKey, HTMLInputElement>();
  for (const key of Object.keys(RANGES) as RangedKey[]) {
    sliders.set(key, q<HTMLInputElement>(`input[type="range"][name="${key}"]`));
  }
  const outputs = new Map<string, HTMLOutputElement>();
  for (const output of root.querySelectorAll<HTMLOutputElement>('output[data-for]')) {
    outputs.set(output.dataset.for ?? '', output);
  }
  return {
    sliders,
    outputs,
    grids: { input: q<HTMLElement>('[data-grid="input"]'), kernel: q<HTMLElement>('[data-grid="kernel"]') },
    play: q<HTMLButtonElement>('button[data-action="play"]'),
    back: q<HTMLButtonElement>('button[data-action="back"]'),
    forward: q<HTMLButtonElement>('button[data-action="forward"]'),
    scrub: q<HTMLInputElement>('input[type="range"][name="step"]'),
    speed: q<HTMLSelectElement>('select[name="speed"]'),
    drawing: q<HTMLElement>('.drawing'),
    caption: q<HTMLElement>('.step-caption'),
    problem: q<HTMLElement>('.problem'),
    status: q<HTMLElement>('.status'),
  };
}

function sliderValue(state: StepperState, key: RangedKey): number {
  if (key === 'inputSize') return sizeOf(state.input);
  if (key === 'kernelSize') return sizeOf(state.kernel);
  return state[key];
}

/** Rebuild a grid of number inputs when its shape changed; otherwise refresh values not being edited. */
export function renderGrid(
  container: HTMLElement,
  grid: number[][],
  label: (row: number, col: number) => string,
): void {
  const [rows, cols] = [grid.length, grid[0].length];
  const inputs = container.querySelectorAll<HTMLInputElement>('input');
  const sameShape = inputs.length === rows * cols && container.dataset.cols === String(cols);
  if (sameShape) {
    inputs.forEach((input) => {
      const value = grid[Number(input.dataset.row)][Number(input.dataset.col)];
      if (document.activeElement !== input && Number(input.value) !== value) input.value = String(value);
    });
    return;
  }
  container.dataset.cols = String(cols);
  container.style.gridTemplateColumns = `repeat(${cols}, auto)`;
  const fresh = grid.flatMap((row, r) =>
    row.map((value, c) => {
      const input = document.createElement('input');
      Object.assign(input, { type: 'number', step: '1', value: String(value) });
      input.inputMode = 'numeric';
      input.dataset.row = String(r);
      input.dataset.col = String(c);
      input.setAttribute('aria-label', label(r, c));
      return input;
    }),
  );
  container.replaceChildren(...fresh);
}

/** Write the state into every control; `valid` false disables the player while the figure is stale. */
export function syncControls(controls: Controls, state: StepperState, valid: boolean, m: Messages): void {
  for (const [key, slider] of controls.sliders) {
    const value = String(sliderValue(state, key));
    if (slider.value !== value) slider.value = value;
    const output = controls.outputs.get(key);
    if (output && output.textContent !== value) output.textContent = value;
  }
  const { step, last, playing } = state.player;
  controls.scrub.max = String(last);
  if (controls.scrub.value !== String(step)) controls.scrub.value = String(step);
  const stepOutput = controls.outputs.get('step');
  if (stepOutput) stepOutput.textContent = `${step} / ${last}`;
  controls.scrub.setAttribute('aria-valuetext', m.t('scatterStepper.stepOf', { step, last }));
  const play = m.t(playing && valid ? 'scatterStepper.pause' : 'scatterStepper.play');
  if (controls.play.textContent !== play) controls.play.textContent = play;
  controls.play.disabled = !valid;
  // Not disabled at the ends: a disabled button would drop the keyboard focus of a reader stepping with it.
  controls.back.disabled = !valid;
  controls.forward.disabled = !valid;
  controls.scrub.disabled = !valid;
  if (controls.speed.value !== state.speed) controls.speed.value = state.speed;
  renderGrid(controls.grids.input, state.input, (row, col) => m.t('scatterStepper.cell.input', { row, col }));
  renderGrid(controls.grids.kernel, state.kernel, (row, col) => m.t('scatterStepper.cell.kernel', { row, col }));
}
