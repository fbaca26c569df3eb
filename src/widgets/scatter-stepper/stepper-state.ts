/**
 * The scatter-add stepper's timeline and player, with no DOM and no timers: every function takes a
 * player state and returns the next one, so the element only has to call them and redraw.
 * Timeline positions: 0 is the empty canvas, 1 … cells are the stamps of the input cells in row-major
 * order (position n has stamped n cells), and cells + 1 is the crop that gives the output.
 */

import type { Phase } from '../../figures/scatter-panels';

/** What the figure shows at one timeline position (declared with the figure that draws it). */
export type { Phase };

export interface PlayerState {
  /** Current timeline position, 0 … last. */
  step: number;
  /** Last position (cells + 1: the crop). */
  last: number;
  playing: boolean;
}

/** Last timeline position for an input with `cells` cells (one stamp each, then the crop). */
export function lastStep(cells: number): number {
  return Math.max(0, Math.floor(cells)) + 1;
}

/** A whole step inside 0 … last (non-numbers go to 0). */
export function clampStep(step: number, last: number): number {
  if (!Number.isFinite(step)) return 0;
  return Math.min(Math.max(0, Math.round(step)), Math.max(0, last));
}

/** The phase at `step` for an input of shape [height, width]. */
export function phaseAt(step: number, [height, width]: readonly [number, number]): Phase {
  const cells = height * width;
  const s = clampStep(step, lastStep(cells));
  if (s === 0) return { kind: 'empty' };
  if (s > cells) return { kind: 'crop' };
  const index = s - 1;
  return { kind: 'stamp', index, y: Math.floor(index / width), x: index % width };
}

/** Number of input cells already stamped at `step` (the crop keeps all of them). */
export function stampsDone(step: number, cells: number): number {
  return Math.min(clampStep(step, lastStep(cells)), cells);
}

export function initialPlayer(step: number, cells: number): PlayerState {
  const last = lastStep(cells);
  return { step: clampStep(step, last), last, playing: false };
}

/** Go to a position chosen by the reader (scrub slider); a manual move pauses playback. */
export function seek(state: PlayerState, step: number): PlayerState {
  return { ...state, step: clampStep(step, state.last), playing: false };
}

export function stepForward(state: PlayerState): PlayerState {
  return seek(state, state.step + 1);
}

export function stepBack(state: PlayerState): PlayerState {
  return seek(state, state.step - 1);
}

/** Play from here, or from the start when already at the end; pause when playing. */
export function togglePlay(state: PlayerState): PlayerState {
  if (state.playing) return { ...state, playing: false };
  return { ...state, step: state.step >= state.last ? 0 : state.step, playing: true };
}

/** One timer tick while playing: advance, and stop on the last position. */
export function tick(state: PlayerState): PlayerState {
  if (!state.playing) return state;
  const step = clampStep(state.step + 1, state.last);
  return { ...state, step, playing: step < state.last };
}

/** The input changed size: keep the position when it still exists, else clamp it. */
export function resizeTimeline(state: PlayerState, cells: number): PlayerState {
  const last = lastStep(cells);
  const step = clampStep(state.step, last);
  return { step, last, playing: state.playing && step < last };
}

export interface Speed {
  id: 'slow' | 'normal' | 'fast';
  intervalMs: number;
}

/** Playback speeds, slowest first; `intervalMs` is the time between steps. */
export const SPEEDS: readonly Speed[] = [
  { id: 'slow', intervalMs: 1800 },
  { id: 'normal', intervalMs: 1000 },
  { id: 'fast', intervalMs: 450 },
];

export const DEFAULT_SPEED = 'normal';

/** The speed with this id, or the default one. */
export function speedOf(id: string): Speed {
  return SPEEDS.find((speed) => speed.id === id) ?? SPEEDS.find((speed) => speed.id === DEFAULT_SPEED) ?? SPEEDS[0];
}

/** How long one stamp's animation lasts at a speed: a little less than a step, so it always finishes. */
export function animationMs(speed: Speed): number {
  return Math.round(speed.intervalMs * 0.6);
}
