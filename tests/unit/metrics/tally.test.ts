import { describe, expect, it } from 'vitest';
import { addConfusion, confusionMatrix, segmentationScores } from '../../../src/lib/metrics/scores';
import { addScene, emptyTally, tallyScores } from '../../../src/lib/metrics/tally';
import { createRandom } from '../../../src/lib/random';

describe('metrics tally', () => {
  it('addScene sums one confusion matrix over scenes: tallyScores equals segmentationScores of the summed matrix', () => {
    const random = createRandom(3);
    let tally = emptyTally(4);
    let summed = confusionMatrix([], [], 4);
    for (let scene = 0; scene < 5; scene++) {
      const truth = Array.from({ length: 64 }, () => random.int(0, 3));
      const prediction = truth.map((t) => (random.chance(0.3) ? random.int(0, 3) : t));
      tally = addScene(tally, truth, prediction, 8, 8);
      summed = addConfusion(summed, confusionMatrix(truth, prediction, 4));
    }
    const scores = tallyScores(tally);
    expect(scores).toMatchObject(segmentationScores(summed));
    expect(scores.pixels).toBe(5 * 64);
  });

  it('boundary accuracy counts only pixels within 3 px of a true edge', () => {
    // 1 × 10 strip: class 0 then class 1 from x = 5; the edge pixels are 4 and 5, the band is x = 1…8.
    const truth = [0, 0, 0, 0, 0, 1, 1, 1, 1, 1];
    const prediction = [1, 0, 0, 0, 0, 0, 1, 1, 1, 0]; // wrong at 0 (outside), 5 (inside), 9 (outside)
    const scores = tallyScores(addScene(emptyTally(2), truth, prediction, 1, 10));
    expect(scores.boundaryAccuracy).toBeCloseTo(7 / 8, 10);
  });
});
