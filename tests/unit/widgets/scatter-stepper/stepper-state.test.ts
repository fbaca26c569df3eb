import { describe, expect, it } from 'vitest';
import {
  SPEEDS,
  animationMs,
  clampStep,
  initialPlayer,
  lastStep,
  phaseAt,
  resizeTimeline,
  seek,
  speedOf,
  stampsDone,
  stepBack,
  stepForward,
  tick,
  togglePlay,
  type PlayerState,
} from '../../../../src/widgets/scatter-stepper/stepper-state';

const at = (step: number, last = 5, playing = false): PlayerState => ({ step, last, playing });

describe('lastStep(cells)', () => {
  it('is one position per input cell plus the crop', () => {
    expect(lastStep(4)).toBe(5);
    expect(lastStep(1)).toBe(2);
    expect(lastStep(25)).toBe(26);
  });
});

describe('clampStep(step, last)', () => {
  it('keeps whole steps inside 0 … last', () => {
    expect(clampStep(-3, 5)).toBe(0);
    expect(clampStep(9, 5)).toBe(5);
    expect(clampStep(2.6, 5)).toBe(3);
    expect(clampStep(Number.NaN, 5)).toBe(0);
  });
});

describe('phaseAt(step, [height, width])', () => {
  it('starts empty, stamps input cells row-major, ends with the crop', () => {
    expect(phaseAt(0, [2, 3])).toEqual({ kind: 'empty' });
    expect(phaseAt(1, [2, 3])).toEqual({ kind: 'stamp', index: 0, y: 0, x: 0 });
    expect(phaseAt(3, [2, 3])).toEqual({ kind: 'stamp', index: 2, y: 0, x: 2 });
    expect(phaseAt(4, [2, 3])).toEqual({ kind: 'stamp', index: 3, y: 1, x: 0 });
    expect(phaseAt(7, [2, 3])).toEqual({ kind: 'crop' });
    expect(phaseAt(99, [2, 3])).toEqual({ kind: 'crop' });
  });
});

describe('stampsDone(step, cells)', () => {
  it('counts stamped cells, all of them during the crop', () => {
    expect(stampsDone(0, 4)).toBe(0);
    expect(stampsDone(3, 4)).toBe(3);
    expect(stampsDone(5, 4)).toBe(4);
  });
});

describe('stepping', () => {
  it('stepForward / stepBack move one position and stop at the ends', () => {
    expect(stepForward(at(2)).step).toBe(3);
    expect(stepForward(at(5)).step).toBe(5);
    expect(stepBack(at(2)).step).toBe(1);
    expect(stepBack(at(0)).step).toBe(0);
  });

  it('a manual step or seek pauses playback', () => {
    expect(stepForward(at(2, 5, true)).playing).toBe(false);
    expect(seek(at(2, 5, true), 4)).toEqual(at(4, 5, false));
    expect(seek(at(2), 40).step).toBe(5);
  });

  it('initialPlayer clamps a step read from a link', () => {
    expect(initialPlayer(12, 4)).toEqual(at(5));
    expect(initialPlayer(-1, 4)).toEqual(at(0));
  });
});

describe('togglePlay(state) and tick(state)', () => {
  it('plays from the current step and pauses again', () => {
    const playing = togglePlay(at(2));
    expect(playing).toEqual(at(2, 5, true));
    expect(togglePlay(playing)).toEqual(at(2, 5, false));
  });

  it('restarts from 0 when play is pressed at the end', () => {
    expect(togglePlay(at(5))).toEqual(at(0, 5, true));
  });

  it('ticks forward while playing and stops on the last step', () => {
    expect(tick(at(3, 5, true))).toEqual(at(4, 5, true));
    expect(tick(at(4, 5, true))).toEqual(at(5, 5, false));
    expect(tick(at(3, 5, false))).toEqual(at(3, 5, false));
  });
});

describe('resizeTimeline(state, cells)', () => {
  it('keeps the step when it still exists and clamps it otherwise', () => {
    expect(resizeTimeline(at(3), 9)).toEqual(at(3, 10));
    expect(resizeTimeline(at(8, 10, true), 1)).toEqual(at(2, 2, false));
  });
});

describe('speeds', () => {
  it('are ordered slow to fast and unknown ids fall back to normal', () => {
    const intervals = SPEEDS.map((s) => s.intervalMs);
    expect([...intervals].sort((a, b) => b - a)).toEqual(intervals);
    expect(speedOf('warp').id).toBe('normal');
    expect(speedOf('fast').id).toBe('fast');
  });

  it('an animation always ends before the next step', () => {
    for (const speed of SPEEDS) expect(animationMs(speed)).toBeLessThan(speed.intervalMs);
  });
});
