// @vitest-environment jsdom
// A randomised sweep over what the reader can paint: 300 random truth/prediction grids (some with every truth
// pixel ignored, some one-class, some with few ignored), in English and Korean, through the same code the element
// runs — scores, their words, the TeX, the two figures, the dataset table and the URL codec. Never a throw, a NaN,
// an "undefined" in the text, or a figure without marks; an all-ignored grid reads "n/a", never "0.0%".
import { describe, expect, it } from 'vitest';
import { messagesFor, type Locale } from '../../../../src/i18n';
import { createRandom } from '../../../../src/lib/random';
import { confusionMatrix, segmentationScores } from '../../../../src/lib/metrics/scores';
import {
  GRID_SIZE,
  IGNORE_LABEL,
  PLAYGROUND_CLASS_COUNT,
  PRESETS,
  companionImages,
  presetPair,
} from '../../../../src/lib/metrics/presets';
import { compareProtocols } from '../../../../src/lib/metrics/protocols';
import { SCORE_NAMES } from '../../../../src/widgets/metrics-playground/score-tex';
import { scoreTex } from '../../../../src/widgets/metrics-playground/score-panel';
import { barsFigure, matrixFigure } from '../../../../src/widgets/metrics-playground/figures';
import { decodeLabels, encodeLabels } from '../../../../src/widgets/metrics-playground/label-codec';
import {
  averagedRowLabel,
  countedLine,
  leftOutNote,
  presetText,
  protocolVerdict,
  scoreText,
} from '../../../../src/widgets/metrics-playground/words';

const PIXELS = GRID_SIZE * GRID_SIZE;
/** Words that must never show: a broken number, a missing value, an unfilled {placeholder}. */
const BAD = /NaN|Infinity|\{[a-z]\w*\}/;
/** "undefined" is a word the reader may see only when no pixel is counted (it is the explanation then). */
const UNDEFINED = /\bundefined\b/;

function randomPair(seed: number): { truth: number[]; prediction: number[] } {
  const random = createRandom(seed);
  const kind = seed % 5;
  const ignoreShare = kind === 0 ? 1 : kind === 1 ? 0 : random.next() * 0.5;
  const classes = kind === 2 ? 1 : PLAYGROUND_CLASS_COUNT;
  const truth = Array.from({ length: PIXELS }, () =>
    random.chance(ignoreShare) ? IGNORE_LABEL : random.int(0, classes - 1),
  );
  const prediction = Array.from({ length: PIXELS }, () => random.int(0, classes - 1));
  return { truth, prediction };
}

describe.each<Locale>(['en', 'ko'])('metrics playground sweep (%s)', (locale) => {
  const m = messagesFor(locale);
  const notAvailable = m.t('metricsPlayground.notAvailable');

  it('300 random paintings: words, TeX, figures and the dataset table are whole', () => {
    const companions = companionImages().map((c) => c.pair);
    for (let seed = 0; seed < 300; seed++) {
      const pair = randomPair(seed);
      const confusion = confusionMatrix(pair.truth, pair.prediction, PLAYGROUND_CLASS_COUNT);
      const scores = segmentationScores(confusion);
      const texts = [countedLine(m, scores.counted, PIXELS)];
      for (const name of SCORE_NAMES) {
        const value = scoreText(m, scores[name], scores);
        if (scores.counted === 0) expect(value).toBe(notAvailable);
        else expect(value).toMatch(/\d/);
        texts.push(value, leftOutNote(m, name, confusion));
        expect(scoreTex(name, confusion)).not.toMatch(/NaN|Infinity|undefined/);
      }
      const comparison = compareProtocols([pair, ...companions], PLAYGROUND_CLASS_COUNT);
      texts.push(protocolVerdict(m, comparison), averagedRowLabel(m, comparison));
      for (const svg of [matrixFigure(m, confusion, 280 + (seed % 5) * 60), barsFigure(m, confusion, 360)]) {
        expect(svg.getAttribute('aria-label')?.length, `seed ${seed}`).toBeGreaterThan(20);
        expect(svg.querySelectorAll('rect, text').length, `seed ${seed}`).toBeGreaterThan(4);
        texts.push(
          svg.getAttribute('aria-label') ?? '',
          ...[...svg.querySelectorAll('text')].map((t) => t.textContent ?? ''),
        );
      }
      for (const text of texts) {
        expect(text, `seed ${seed}: ${text}`).not.toMatch(BAD);
        if (scores.counted > 0) expect(text, `seed ${seed}: ${text}`).not.toMatch(UNDEFINED);
      }
      expect(decodeLabels(encodeLabels(pair.truth), PIXELS, PLAYGROUND_CLASS_COUNT)).toEqual(pair.truth);
    }
  });

  it('every preset has a label and a hint with its numbers filled in', () => {
    for (const name of PRESETS) {
      const { label, hint } = presetText(m, name);
      expect(label.length).toBeGreaterThanOrEqual(2);
      expect(`${label} ${hint}`).not.toMatch(BAD);
      expect(presetPair(name).truth).toHaveLength(PIXELS);
    }
  });

  it('every truth pixel ignored: every score n/a, the reason given, and the dataset average skips the image', () => {
    const truth = new Array<number>(PIXELS).fill(IGNORE_LABEL);
    const pair = { truth, prediction: new Array<number>(PIXELS).fill(0) };
    const confusion = confusionMatrix(pair.truth, pair.prediction, PLAYGROUND_CLASS_COUNT);
    const scores = segmentationScores(confusion);
    for (const name of SCORE_NAMES) expect(scoreText(m, scores[name], scores)).toBe(notAvailable);
    expect(countedLine(m, 0, PIXELS)).toContain('255');
    const companions = companionImages().map((c) => c.pair);
    const comparison = compareProtocols([pair, ...companions], PLAYGROUND_CLASS_COUNT);
    const withoutPainting = compareProtocols(companions, PLAYGROUND_CLASS_COUNT);
    expect(comparison.averaged.meanIoU).toBeCloseTo(withoutPainting.averaged.meanIoU, 12);
    expect(averagedRowLabel(m, comparison)).toContain('2');
    expect(barsFigure(m, confusion, 400).getAttribute('aria-label')).toContain(notAvailable);
  });
});
