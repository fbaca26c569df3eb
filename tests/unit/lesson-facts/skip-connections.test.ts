// The skip-connections lesson's facts, checked by other routes: sizes from the tracer (fcn/geometry.ts) instead of
// fcn/stages.ts, the upsamplers against the tfjs model's own config, our scores recomputed from evaluation.json's
// confusion matrices, the training steps by walking the plan by hand, and the published settings against each other
// (the reference's learning rates fall by the paper's factor of 100 per stage).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fcnLayout } from '../../../src/lib/fcn/geometry';
import { facts, momentumWindow } from '../../../src/lib/lesson-facts/skip-connections';
import { UPSAMPLERS } from '../../../src/lib/fcn/config';

const json = (path: string) =>
  JSON.parse(readFileSync(new URL(`../../../public/models/${path}`, import.meta.url), 'utf8'));
const evaluation = json('evaluation.json');
const log = json('training-log.json');
const VARIANTS = ['fcn32s', 'fcn16s', 'fcn8s'] as const;

/** Mean IoU of a confusion matrix by counting rows and columns in loops (classes never present are skipped). */
function meanIoU(confusion: number[][]): number {
  const ious: number[] = [];
  for (let c = 0; c < confusion.length; c++) {
    let row = 0;
    let column = 0;
    for (let j = 0; j < confusion.length; j++) {
      row += confusion[c][j];
      column += confusion[j][c];
    }
    const union = row + column - confusion[c][c];
    if (union > 0) ious.push(confusion[c][c] / union);
  }
  return ious.reduce((a, b) => a + b, 0) / ious.length;
}

describe('skip-connections lesson facts', () => {
  it("a test scene's score_fr grid and the crop at 136 × 136 agree with the shape tracer", () => {
    const side = evaluation.sceneSize[0];
    const layout = fcnLayout({ variant: 'fcn32s', design: 'ours', height: side, width: side });
    expect(facts.scoreGrid).toBe(layout.layers.find((l) => l.name === 'score_fr')?.height);
    expect(facts.scoreGrid * facts.cellPixels).toBeGreaterThanOrEqual(side);
    const at136 = fcnLayout({ variant: 'fcn16s', design: 'ours', height: 136, width: 136 });
    const size = (name: string) => at136.layers.find((l) => l.name === name)?.height;
    expect(facts.crop).toMatchObject({
      side: 136,
      pool5: size('pool5'),
      upscore2: size('upscore2'),
      kept: size('score_pool4'),
      pool4: size('pool4'),
    });
    expect(facts.crop.droppedRows).toBe((size('upscore2') ?? 0) - (size('score_pool4') ?? 0));
  });

  it('the stage view offers the sizes the lesson names, and the crops it hatches match the tracer', () => {
    const astro = readFileSync(new URL('../../../src/widgets/stage-view/StageView.astro', import.meta.url), 'utf8');
    const offered = [...astro.matchAll(/\[(\d+), 'stageView\.size\w+'\]/g)].map((m) => Number(m[1]));
    expect(offered).toEqual(Object.values(facts.stageView));
    for (const [key, side] of Object.entries(facts.stageView)) {
      const layout = fcnLayout({ variant: 'fcn8s', design: 'ours', height: side, width: side });
      const trims = layout.crops
        .filter((c) => !c.exact)
        .map((c) => layout.layers.find((l) => l.name === c.input)?.height);
      expect(
        facts.trimmed[key as keyof typeof facts.trimmed].map((m) => m.size),
        String(side),
      ).toEqual(trims);
    }
  });

  it('the upsamplers are the ones the tfjs model is built with', () => {
    for (const [name, spec] of Object.entries(facts.upsamplers)) {
      const model = UPSAMPLERS[name as keyof typeof UPSAMPLERS];
      expect([spec.kernelSize, spec.stride, spec.padding], name).toEqual([
        model.kernelSize,
        model.stride,
        model.padding,
      ]);
    }
    expect(facts.interpolated).toEqual({ fcn32s: 31, fcn8s: 7 });
    // The reference prototxts: conv1_1 pad 100, score_pool4c offset 5, score_pool3c offset 9.
    expect(facts.caffe).toEqual({ border: 100, pool4Offset: 5, pool3Offset: 9 });
  });

  it("the paper's Table 2 as printed: mean IU 59.4, 62.4, 62.7, so the skips gained 3.0 and 0.3 points", () => {
    expect(facts.paper.meanIoU).toEqual({ fcn32s: 59.4, fcn16s: 62.4, fcn8s: 62.7 });
    expect(facts.paper.gains).toEqual({ to16s: 3.0, to8s: 0.3 });
  });

  it('our scores and gains recomputed from the confusion matrices in evaluation.json', () => {
    const ours = facts.ours;
    expect(ours).not.toBeNull();
    if (!ours) return;
    for (const v of VARIANTS) {
      expect(ours.models[v].meanIoU).toBeCloseTo(meanIoU(evaluation.models[v].confusion), 3);
      const c: number[][] = evaluation.models[v].confusion;
      const objects = c
        .slice(1)
        .flat()
        .reduce((a, b) => a + b, 0);
      const missed = c.slice(1).reduce((s, row) => s + row[0], 0);
      expect(ours.models[v].fates?.missed).toBeCloseTo(missed / objects, 3);
    }
    const points = (a: number, b: number) => Number((100 * (b - a)).toFixed(1));
    expect(ours.gains.meanIoU.to16s).toBeCloseTo(
      points(evaluation.models.fcn32s.meanIoU, evaluation.models.fcn16s.meanIoU),
      5,
    );
    expect(ours.gains.boundary).toBeCloseTo(
      points(evaluation.models.fcn32s.boundaryAccuracy, evaluation.models.fcn8s.boundaryAccuracy),
      5,
    );
    expect(ours.scenes).toBe(evaluation.seeds.to - evaluation.seeds.from);
  });

  it('training steps per shipped model, by following each model\'s "from" chain in the plan', () => {
    const stages: { name?: string; variant: string; from: string | null; steps: number; ships?: boolean }[] =
      log.plan.stages;
    const label = (s: (typeof stages)[number]) => s.name ?? s.variant;
    /** The stage a stage starts from: the latest earlier one with that name, else the latest of that variant. */
    const parent = (index: number): number => {
      const from = stages[index].from;
      const earlier = stages.slice(0, index);
      const byName = earlier.map(label).lastIndexOf(from ?? '');
      return byName >= 0 ? byName : earlier.map((s) => s.variant).lastIndexOf(from ?? '');
    };
    const stepsOf = (index: number): number =>
      stages[index].steps + (stages[index].from === null ? 0 : stepsOf(parent(index)));
    for (const v of VARIANTS) {
      // The stage marked `ships` (an ablation may come after it), else the variant's last stage.
      const marked = stages.findIndex((s) => s.variant === v && s.ships);
      const last = marked >= 0 ? marked : stages.map((s) => s.variant).lastIndexOf(v);
      expect(facts.training?.steps[v], v).toBe(stepsOf(last));
    }
  });

  it('published settings: the reference lowers its rate 100× per stage as the paper says; momentum windows 10 and 100', () => {
    const { learningRate } = facts.reference;
    expect(learningRate.fcn16s / learningRate.fcn8s).toBeCloseTo(facts.paperTraining.skipStageLearningRateDivisor, 6);
    expect(facts.referenceStageDivisor).toBe(facts.paperTraining.skipStageLearningRateDivisor);
    const weights = (mu: number) => Array.from({ length: 20_000 }, (_, k) => mu ** k).reduce((a, b) => a + b, 0);
    expect(weights(0.9)).toBeCloseTo(facts.momentumWindow.paper, 6);
    expect(weights(0.99)).toBeCloseTo(facts.momentumWindow.reference, 6);
    expect(momentumWindow(0.5)).toBe(2);
    expect(facts.atOnceDifference).toBe(-0.1);
    expect(facts.paperTraining.trainImages.sbd).toBeGreaterThan(7 * facts.paperTraining.trainImages.voc2011);
  });
});
