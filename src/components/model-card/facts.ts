/**
 * The model card's numbers, computed when the site is built and shared by every locale's model card
 * (content/pages/<locale>/model-card.mdx) and its tables: classes and sprite counts from public/data/dataset.json,
 * layer widths and parameter counts from the weight specs (src/lib/fcn/weight-specs.ts), stages from
 * public/models/training-log.json, scores from evaluation.json, file sizes and hashes from manifest.json.
 * Language-free: numbers and names only; the pages word them.
 */
import dataset from '../../../public/data/dataset.json';
import { backboneLayers, blockWidths, SHIPPED_CONFIG, UPSAMPLERS } from '../../lib/fcn/config';
import { FC6_KERNEL_SIZE } from '../../lib/fcn/head';
import { FCN_VARIANT_LABELS, FCN_VARIANTS, type FcnVariant } from '../../lib/fcn/variants';
import { VGG16_BLOCKS } from '../../lib/fcn/vgg16';
import { shippedTraining } from '../../lib/fcn/training-stages';
import { weightSpecs } from '../../lib/fcn/weight-specs';
import { MAX_ROTATION_DEGREES, OBJECT_SIZE_RANGE } from '../../lib/scene/compose';
import { evaluation, manifest, trainingLog } from '../shipped-models';

const VARIANT_LABEL: Record<string, string> = FCN_VARIANT_LABELS;

type Sprite = (typeof dataset.sprites)[number] & { origin?: string; concept?: string };
const sprites = dataset.sprites as Sprite[];
const originOf = (s: Sprite) => s.origin ?? 'clipart';
const spritesOf = (classId: number, split: string, origin: string) =>
  sprites.filter((s) => s.classId === classId && s.split === split && originOf(s) === origin);
const conceptCount = (list: Sprite[]) => new Set(list.map((s) => s.concept)).size;
const hex = (c: number[]) => `#${c.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
const size = (shape: number[]) => shape.reduce((a, b) => a * b, 1);

const config = SHIPPED_CONFIG;

export const data = {
  classCount: dataset.classes.length,
  /** Object sizes as percent of the scene's short side, [smallest, largest]. */
  objectSizePercent: OBJECT_SIZE_RANGE.map((f) => Math.round(f * 100)),
  maxRotationDegrees: MAX_ROTATION_DEGREES,
  clipartCount: sprites.filter((s) => originOf(s) === 'clipart').length,
  emojiCount: sprites.filter((s) => originOf(s) === 'emoji').length,
  emojiSets: [...new Set(sprites.filter((s) => originOf(s) === 'emoji').map((s) => s.source.split('/')[0]))],
  testEvery: dataset.testEvery,
  testSeedFrom: dataset.seedRanges.test.from,
  textures: dataset.textures.map((texture) => texture.source),
  classes: dataset.classes.map((c) => {
    const object = c.id !== 0;
    const emoji = (split: string) => spritesOf(c.id, split, 'emoji');
    return {
      id: c.id,
      name: c.name,
      colour: hex(c.colour),
      clipart: object
        ? { train: spritesOf(c.id, 'train', 'clipart').length, test: spritesOf(c.id, 'test', 'clipart').length }
        : null,
      emoji: object
        ? {
            train: emoji('train').length,
            trainConcepts: conceptCount(emoji('train')),
            test: emoji('test').length,
            testConcepts: conceptCount(emoji('test')),
          }
        : null,
    };
  }),
};

export const architecture = {
  convCount: backboneLayers(config).length,
  blockWidths: blockWidths(config),
  vggWidths: VGG16_BLOCKS.map(({ width }) => width),
  fc6Kernel: FC6_KERNEL_SIZE,
  fcWidth: config.fcWidth,
  numClasses: config.numClasses,
  upsamplers: Object.entries(UPSAMPLERS).map(([name, u]) => ({
    name,
    kernelSize: u.kernelSize,
    stride: u.stride,
    padding: u.padding,
    trainable: u.trainable,
  })),
  params: FCN_VARIANTS.map((variant) => {
    const specs = weightSpecs(config, variant);
    const total = specs.reduce((n, s) => n + size(s.shape), 0);
    const trainable = specs.filter((s) => s.trainable).reduce((n, s) => n + size(s.shape), 0);
    const bytes = manifest?.files[`${variant}/weights.bin`]?.bytes ?? null;
    return {
      variant,
      label: VARIANT_LABEL[variant],
      total,
      trainable,
      bytes,
      megabytes: bytes === null ? null : bytes / 1e6,
      bitsPerWeight: bytes === null ? null : (8 * bytes) / total,
      head: specs
        .filter((s) => /^(score_pool|upscore).*\/kernel$/.test(s.name))
        .map((s) => `${s.name.replace('/kernel', '')} ${s.shape.join('×')}`),
    };
  }),
};

type PlanStage = {
  name?: string;
  variant: FcnVariant;
  from: string | null;
  steps: number;
  lr: number;
  ablation?: string;
  augment?: string;
  batchNorm?: boolean;
  ships?: boolean;
};
type Plan = { stages: PlanStage[]; batchSize: number; size: number; weightDecay?: number };
const plan = trainingLog?.plan as Plan | undefined;

/** The stages behind a stage's weights, first stage first, following `from` by stage name. */
function chainOf(stages: readonly PlanStage[], stage: PlanStage): PlanStage[] {
  const parent = stage.from === null ? undefined : stages.find((s) => s.name === stage.from);
  if (stage.from !== null && !parent)
    throw new Error(`stage ${stage.name} starts from ${stage.from}, which the plan lacks`);
  return parent ? [...chainOf(stages, parent), stage] : [stage];
}
const finalVal = (name?: string) => trainingLog?.val.filter((v) => v.stage === name).at(-1);
const trained = trainingLog ? shippedTraining(trainingLog.plan.stages) : null;

export const training = plan
  ? {
      batchSize: plan.batchSize,
      size: plan.size,
      weightDecay: plan.weightDecay ?? null,
      /** Each shipped model with every stage behind its weights (first stage first): steps and minutes summed. */
      shipped: plan.stages
        .filter((s) => s.ships)
        .map((s) => {
          const parts = chainOf(plan.stages, s);
          const seconds = trainingLog?.stageSeconds;
          return {
            variant: s.variant,
            label: VARIANT_LABEL[s.variant],
            parts: parts.map((p) => ({ steps: p.steps, lr: p.lr })),
            steps: parts.reduce((sum, p) => sum + p.steps, 0),
            minutes: seconds ? parts.reduce((sum, p) => sum + (seconds[p.name ?? ''] ?? 0), 0) / 60 : null,
          };
        }),
      ablations: plan.stages
        .filter((s) => s.ablation)
        .map((s) => ({
          name: s.name ?? s.variant,
          question: s.ablation ?? '',
          batchNorm: Boolean(s.batchNorm),
          recolour: s.augment === 'recolour',
          label: VARIANT_LABEL[s.variant],
          steps: s.steps,
          lr: s.lr,
          finalMeanIoU: finalVal(s.name)?.scores.meanIoU ?? null,
        })),
      /** Steps behind each shipped model along its chain of stages; null when all have the same. */
      unequal:
        trained && new Set(Object.values(trained).map((t) => t.steps)).size > 1
          ? FCN_VARIANTS.filter((v) => trained[v]).map((v) => ({
              variant: v,
              label: VARIANT_LABEL[v],
              steps: trained[v].steps,
              chain: trained[v].chain,
            }))
          : null,
    }
  : null;

type ByObjects = Record<
  string,
  { testSprites: number; models: Record<string, { meanIoU: number; pixelAccuracy: number; boundaryAccuracy?: number }> }
>;
const byObjects = (evaluation as { byObjects?: ByObjects } | null)?.byObjects;

export const scores = {
  /** The same test seeds composed from one source's held-out objects: rows per variant, columns per source. */
  byObjects: byObjects
    ? {
        sources: Object.keys(byObjects),
        rows: FCN_VARIANTS.map((v) => ({
          variant: v,
          label: VARIANT_LABEL[v],
          cells: Object.values(byObjects).map((b) => ({
            meanIoU: b.models[v]?.meanIoU ?? null,
            boundaryAccuracy: b.models[v]?.boundaryAccuracy ?? null,
          })),
        })),
      }
    : null,
  perClass: FCN_VARIANTS.flatMap((v) => {
    const m = evaluation?.models[v];
    if (!m?.perClassIoU) return [];
    return [
      {
        variant: v,
        label: VARIANT_LABEL[v],
        iou: dataset.classes.map((c) => m.perClassIoU?.[c.name] ?? null),
        boundaryAccuracy: m.boundaryAccuracy ?? null,
      },
    ];
  }),
  classNames: dataset.classes.map((c) => c.name),
  /** Test-split mean IoU per variant (all held-out objects), null when not evaluated. */
  meanIoU: Object.fromEntries(FCN_VARIANTS.map((v) => [v, evaluation?.models[v]?.meanIoU ?? null])) as Record<
    FcnVariant,
    number | null
  >,
};

export const files = manifest
  ? Object.entries(manifest.files).map(([file, entry]) => ({ file, bytes: entry.bytes, sha256: entry.sha256 }))
  : null;
