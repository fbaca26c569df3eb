// @vitest-environment jsdom
// Sweep of the score heat map's pure part (src/widgets/score-heatmap/overlay.ts) and its figure over every class
// (and ids the dataset lacks), coarse maps 1…8 × 1…8 cells over images of every fitting size (whole, cut and
// odd), random probabilities (0, 1 and in between), labelled or not, in both locales: a drawn figure with one
// rect per visible coarse cell, and words everywhere.
import { describe, expect, it } from 'vitest';
import { drawScoreOverlay } from '../../../../src/figures/score-overlay';
import { CLASSES } from '../../../../src/lib/scene/dataset';
import type { ProbabilityMap } from '../../../../src/tf/score-map';
import {
  classChannel,
  classWords,
  dominantClass,
  HEAT,
  overlayStatus,
  overlayText,
  shareAbove,
  truthShare,
  type OverlayRun,
} from '../../../../src/widgets/score-heatmap/overlay';
import { between, expectWords, LOCALES, seeded } from '../sweep-helpers';

const random = seeded(18);

function probabilities(height: number, width: number, classes: number): ProbabilityMap {
  const values = new Float32Array(height * width * classes);
  for (let i = 0; i < height * width; i++) {
    const raw = Array.from({ length: classes }, () => (random() < 0.1 ? 0 : random() ** 3));
    if (random() < 0.1) raw.fill(0)[between(random, 0, classes - 1)] = 1;
    const sum = raw.reduce((a, b) => a + b, 0) || 1;
    raw.forEach((v, c) => (values[i * classes + c] = v / sum));
  }
  return { height, width, classes, values };
}

/** A full-size map without the cost of random softmaxes: a pattern whose share above one half varies by class. */
function cheapMap(height: number, width: number, classes: number): ProbabilityMap {
  const values = new Float32Array(height * width * classes);
  for (let i = 0; i < values.length; i++) values[i] = ((i * 7919) % 101) / 100;
  return { height, width, classes, values };
}

describe('score heat map: channel, words and figure over every class and map size', () => {
  it('classChannel reads one class, zeros for an id the map lacks; dominantClass is an object class', () => {
    const map = probabilities(3, 4, CLASSES.length);
    for (let c = 0; c < CLASSES.length; c++)
      classChannel(map, c).forEach((p, i) => expect(p).toBe(map.values[i * CLASSES.length + c]));
    for (const c of [-1, CLASSES.length, 99]) expect([...classChannel(map, c)].every((p) => p === 0)).toBe(true);
    expect(dominantClass(null)).toBe(1);
    expect(dominantClass(new Uint8Array(10))).toBe(1);
    expect(dominantClass(Uint8Array.from([0, 3, 3, 2, 250]))).toBe(3);
    expect(shareAbove(new Float32Array(0))).toBe(0);
    expect(truthShare(new Uint8Array(0), 1)).toBeNull();
  });

  it('every class × coarse 1…8 × 1…8 × image sizes: rects for the visible cells, words in both locales', () => {
    let drawn = 0;
    for (let ch = 1; ch <= 8; ch++)
      for (let cw = 1; cw <= 8; cw++) {
        // Whole cells, the last row and column cut, and a size the stride does not divide.
        const sizes: [number, number][] = [
          [ch * 32, cw * 32],
          [ch * 32 - 16, cw * 32 - 1],
          [Math.max(1, ch * 32 - between(random, 1, 31)), Math.max(1, cw * 32 - between(random, 1, 31))],
        ];
        for (const [height, width] of sizes) {
          const classes = CLASSES.length;
          const run: OverlayRun = {
            label: 'FCN-8s',
            note: drawn % 3 ? '' : ' (FCN-32s)',
            milliseconds: random() * 500,
            coarse: probabilities(ch, cw, classes),
            full: cheapMap(height, width, classes),
            truth: drawn % 2 ? null : Uint8Array.from({ length: height * width }, () => between(random, 0, classes)),
          };
          for (const classId of [...CLASSES.keys(), classes]) {
            const m = LOCALES[(classId + drawn) % 2];
            const full = classChannel(run.full, classId);
            const text = overlayText(run, classId, m);
            expectWords(text.label, 'label');
            expectWords(overlayStatus(run, classId, full, m), 'status');
            expectWords(classWords(classId, m), 'class');
            if ((classId + ch + cw) % 4 !== 0) continue; // jsdom is slow: draw one class in four
            const svg = drawScoreOverlay(
              {
                imageUrl: 'data:,',
                height,
                width,
                coarse: { height: ch, width: cw, values: classChannel(run.coarse, classId) },
                fullUrl: 'data:,',
                className: classWords(classId, m),
                colour: HEAT,
                stride: 32,
                truthUrl: run.truth ? 'data:,' : null,
              },
              { width: [260, 375, 600, 900][drawn % 4], text },
            );
            const visible = Math.min(ch, Math.ceil(height / 32)) * Math.min(cw, Math.ceil(width / 32));
            expect(svg.querySelectorAll('.coarse rect')).toHaveLength(visible);
            expect(svg.querySelectorAll('image.full')).toHaveLength(1);
            expect(svg.querySelectorAll('image.truth')).toHaveLength(run.truth ? 1 : 0);
            expect(Number(svg.getAttribute('width'))).toBeGreaterThan(0);
            expect(svg.outerHTML).not.toMatch(/NaN|undefined|Infinity/);
            for (const title of svg.querySelectorAll('title')) expectWords(title.textContent ?? '', 'title');
            drawn++;
          }
        }
      }
    expect(drawn).toBeGreaterThan(200);
  }, 180_000);
});
