/**
 * The scatter-add stepper's state: the grids and parameters, the player, the speed. Defaults come from the
 * element's data-* attributes (the Astro props); a URL query with the widget's prefix overrides them, and
 * every change is written back so a link reproduces what the reader sees.
 */
import { transposedProblem, type TransposedProblem } from '../../lib/conv/transposed-problem';
import { decodeGrid, encodeGrid, resizeGrid, shapeOf, smallInteger } from './grid-edit';
import { DEFAULT_SPEED, initialPlayer, speedOf, type PlayerState } from './stepper-state';
import { readQuery, writeQuery } from '../shared/url-state';

export interface StepperParams {
  input: number[][];
  kernel: number[][];
  stride: number;
  padding: number;
  outputPadding: number;
  dilation: number;
}

export interface StepperState extends StepperParams {
  player: PlayerState;
  speed: string;
}

/** Slider ranges: [min, max] of each parameter (and of the input/kernel sizes). */
export const RANGES = {
  inputSize: [1, 5],
  kernelSize: [1, 5],
  stride: [1, 4],
  padding: [0, 4],
  outputPadding: [0, 3],
  dilation: [1, 3],
} as const;

export type RangedKey = keyof typeof RANGES;

export const DEFAULT_INPUT = [
  [3, 7],
  [1, 2],
];
export const DEFAULT_KERNEL = [
  [1, 2, 1],
  [0, 1, 0],
  [2, 1, 3],
];
const MAX_SIZE = RANGES.inputSize[1];

export function clampTo(key: RangedKey, value: number): number {
  const [min, max] = RANGES[key];
  return Number.isFinite(value) ? Math.min(max, Math.max(min, Math.round(value))) : min;
}

/** A grid read from text (data-* or URL), or the fallback when the text is not a usable grid. */
function gridOr(text: string | undefined, fallback: number[][]): number[][] {
  return (text !== undefined && decodeGrid(text, MAX_SIZE)) || fallback;
}

export type Query = {
  input: string;
  kernel: string;
  stride: number;
  padding: number;
  outputPadding: number;
  dilation: number;
  step: number;
  speed: string;
};

/** The defaults of one instance, from its dataset (strings written by the Astro component). */
export function defaultsFrom(dataset: DOMStringMap): Query {
  const num = (text: string | undefined, fallback: number): number => {
    const n = Number(text);
    return text !== undefined && text !== '' && Number.isFinite(n) ? n : fallback;
  };
  return {
    input: encodeGrid(gridOr(dataset.input, DEFAULT_INPUT)),
    kernel: encodeGrid(gridOr(dataset.kernel, DEFAULT_KERNEL)),
    stride: clampTo('stride', num(dataset.stride, 2)),
    padding: clampTo('padding', num(dataset.padding, 1)),
    outputPadding: clampTo('outputPadding', num(dataset.outputPadding, 1)),
    dilation: clampTo('dilation', num(dataset.dilation, 1)),
    step: 0,
    speed: DEFAULT_SPEED,
  };
}

function toQuery(state: StepperState): Query {
  return {
    input: encodeGrid(state.input),
    kernel: encodeGrid(state.kernel),
    stride: state.stride,
    padding: state.padding,
    outputPadding: state.outputPadding,
    dilation: state.dilation,
    step: state.player.step,
    speed: state.speed,
  };
}

/** The starting state: defaults overridden by the URL query (prefix = the widget's id). */
export function readState(prefix: string, defaults: Query): StepperState {
  const q = readQuery(prefix, defaults);
  const input = gridOr(q.input, gridOr(defaults.input, DEFAULT_INPUT));
  return {
    input,
    kernel: gridOr(q.kernel, gridOr(defaults.kernel, DEFAULT_KERNEL)),
    stride: clampTo('stride', q.stride),
    padding: clampTo('padding', q.padding),
    outputPadding: clampTo('outputPadding', q.outputPadding),
    dilation: clampTo('dilation', q.dilation),
    player: initialPlayer(q.step, input.length * input[0].length),
    speed: speedOf(q.speed).id,
  };
}

export function writeState(prefix: string, state: StepperState, defaults: Query): void {
  writeQuery(prefix, toQuery(state), defaults);
}

/** A square size × size grid keeping the old values that still fit. */
export function resized(grid: number[][], size: number): number[][] {
  return resizeGrid(grid, size, size, smallInteger);
}

/** Side shown on a size slider: the larger side (a 1×2 strip reads as size 2). */
export function sizeOf(grid: number[][]): number {
  return Math.max(...shapeOf(grid));
}

/** Why these parameters give no output: the failing axis (both when they fail alike) and the coded reason. */
export interface StepperProblem {
  axis: 'both' | 'height' | 'width';
  problem: TransposedProblem;
}

/** Why these parameters give no output (first failing axis), or undefined when they work. */
export function problemOf(params: StepperParams): StepperProblem | undefined {
  const shapes = [shapeOf(params.input), shapeOf(params.kernel)];
  const problems = [0, 1].map((axis) =>
    transposedProblem({
      size: shapes[0][axis],
      kernelSize: shapes[1][axis],
      stride: params.stride,
      padding: params.padding,
      outputPadding: params.outputPadding,
      dilation: params.dilation,
    }),
  );
  const [height, width] = problems;
  if (height && width && JSON.stringify(height) === JSON.stringify(width)) return { axis: 'both', problem: height };
  if (height) return { axis: 'height', problem: height };
  if (width) return { axis: 'width', problem: width };
  return undefined;
}

/**
 * What to draw when the very first state already has no output (a link with impossible parameters): the
 * instance's own defaults when they work, else the built-in example. So the figure is never blank.
 */
export function fallbackParams(defaults: Query): StepperParams {
  const own: StepperParams = {
    input: gridOr(defaults.input, DEFAULT_INPUT),
    kernel: gridOr(defaults.kernel, DEFAULT_KERNEL),
    stride: defaults.stride,
    padding: defaults.padding,
    outputPadding: defaults.outputPadding,
    dilation: defaults.dilation,
  };
  if (problemOf(own) === undefined) return own;
  return { input: DEFAULT_INPUT, kernel: DEFAULT_KERNEL, stride: 2, padding: 1, outputPadding: 1, dilation: 1 };
}

/** True when two states draw the same figure apart from the player and the speed. */
export function sameParams(a: StepperParams, b: StepperParams): boolean {
  return (
    a.input === b.input &&
    a.kernel === b.kernel &&
    a.stride === b.stride &&
    a.padding === b.padding &&
    a.outputPadding === b.outputPadding &&
    a.dilation === b.dilation
  );
}
