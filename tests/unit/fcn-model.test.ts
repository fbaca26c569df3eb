// The FCN model on the cpu backend at a tiny width: output sizes for any input, the three heads and their
// crops, bilinear upsamplers, no leaked tensors, float16 IO, the SHA-256 check, and the shipped weights.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bilinearWeights } from '../../src/lib/conv/bilinear';
import { SHIPPED_CONFIG, type FcnConfig } from '../../src/lib/fcn/config';
import { FCN_VARIANTS } from '../../src/lib/fcn/variants';
import { poolSizes } from '../../src/lib/fcn/stages';
import { decodeFcnModel, encodeFcnModel } from '../../src/tf/fcn/io';
import { loadFcn, type ModelFileReader } from '../../src/tf/fcn/load';
import { softmaxCrossEntropyIgnore } from '../../src/tf/fcn/loss';
import { createFcnWeights, extendFcnWeights, forwardFcn, inferConfig, type FcnWeights } from '../../src/tf/fcn/model';
import { IntegrityError, sha256Hex, type ModelManifest } from '../../src/tf/fcn/sha256';
import { cpuTf } from './helpers/tf-cpu';

type Tf = Awaited<ReturnType<typeof cpuTf>>;
const tiny: FcnConfig = { widthDivisor: 32, fcWidth: 8, numClasses: 3 };
let tf: Tf;
let weights: FcnWeights;

beforeAll(async () => {
  tf = await cpuTf();
  // One map holding every head's layers, so the same weights can run all three variants.
  weights = {
    ...createFcnWeights(tiny, 7, 'fcn32s'),
    ...createFcnWeights(tiny, 7, 'fcn16s'),
    ...createFcnWeights(tiny, 7, 'fcn8s'),
  };
});

/** Random weights everywhere (fresh score layers are zero, which would hide the skips). */
function randomised(w: FcnWeights): FcnWeights {
  return Object.fromEntries(
    Object.entries(w).map(([k, t], i) => [
      k,
      k.includes('upscore') ? t : tf.randomNormal(t.shape, 0, 0.3, 'float32', i),
    ]),
  );
}

describe('forwardFcn(weights, image, variant)', () => {
  it('returns logits [H, W, classes] for multiples of 32 (64×32) and odd sizes (97×131, 33×1, 5×7), for every variant', () => {
    for (const [h, w] of [
      [64, 32],
      [97, 131],
      [33, 1],
      [5, 7],
    ]) {
      const image = tf.randomUniform([h, w, 3], 0, 255);
      for (const variant of FCN_VARIANTS) {
        const { logits } = forwardFcn(weights, image, variant);
        expect(logits.shape, `${variant} ${h}×${w}`).toEqual([h, w, 3]);
        logits.dispose();
      }
      image.dispose();
    }
  });

  it('takes a batch [N, H, W, 3] and gives [N, H, W, classes]', () => {
    const { logits } = forwardFcn(weights, tf.zeros([2, 40, 24, 3]), 'fcn16s');
    expect(logits.shape).toEqual([2, 40, 24, 3]);
  });

  it('exposes the stages; for 97×131 the ×2 maps are cropped (offset 0) to pool4 / pool3, for 96×128 no crop is needed', () => {
    const run = (h: number, w: number) =>
      forwardFcn(weights, tf.zeros([h, w, 3]), 'fcn8s', { returnStages: true }).stages!;
    const odd = run(97, 131);
    const pools = poolSizes(97, 131);
    expect(pools).toEqual([
      [49, 66],
      [25, 33],
      [13, 17],
      [7, 9],
      [4, 5],
    ]);
    expect(odd.score_fr.shape).toEqual([4, 5, 3]);
    expect(odd.upscore2.shape).toEqual([8, 10, 3]);
    expect(odd.upscore2c.shape).toEqual([7, 9, 3]);
    expect(odd.score_pool4.shape).toEqual([7, 9, 3]);
    expect(odd.upscore_pool4.shape).toEqual([14, 18, 3]);
    expect(odd.upscore_pool4c.shape).toEqual([13, 17, 3]);
    expect(odd.upscore8.shape).toEqual([104, 136, 3]);
    expect(odd.score.shape).toEqual([97, 131, 3]);
    const even = run(96, 128);
    expect(even.upscore2.shape).toEqual(even.score_pool4.shape);
    expect(even.upscore8.shape).toEqual([96, 128, 3]);
    tf.dispose([...Object.values(odd), ...Object.values(even)]);
  });

  it('FCN-16s / 8s grown from FCN-32s / 16s start with silent skips (score_pool4 = score_pool3 = 0, so fuse = upsampled scores)', () => {
    const w32 = randomised(createFcnWeights(tiny, 3, 'fcn32s'));
    const w16 = extendFcnWeights(w32, tiny, 4, 'fcn16s');
    const w8 = extendFcnWeights(w16, tiny, 5, 'fcn8s');
    const image = tf.randomUniform([70, 90, 3], 0, 255, 'float32', 9);
    const s16 = forwardFcn(w16, image, 'fcn16s', { returnStages: true }).stages!;
    const s8 = forwardFcn(w8, image, 'fcn8s', { returnStages: true }).stages!;
    const same = (a: string, b: string, st: typeof s16) => tf.max(tf.abs(tf.sub(st[a], st[b]))).dataSync()[0];
    expect(tf.max(tf.abs(s16.score_fr)).dataSync()[0]).toBeGreaterThan(0);
    expect(same('fuse_pool4', 'upscore2c', s16)).toBe(0);
    expect(same('fuse_pool3', 'upscore_pool4c', s8)).toBe(0);
    expect(Array.from(s8.score_fr.dataSync())).toEqual(Array.from(s16.score_fr.dataSync()));
    tf.dispose([...Object.values(s16), ...Object.values(s8)]);
  });

  it('does not leak tensors: the count is equal before and after 20 inferences', () => {
    const w = randomised(weights);
    const image = tf.randomUniform([37, 45, 3], 0, 255);
    forwardFcn(w, image, 'fcn8s').logits.dispose();
    const before = tf.memory().numTensors;
    for (let i = 0; i < 20; i++) forwardFcn(w, image, FCN_VARIANTS[i % 3]).logits.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });
});

describe('createFcnWeights(config, seed, variant)', () => {
  it('initialises every transposed conv bilinear (class to itself) and is reproducible by seed', () => {
    for (const [name, size] of [
      ['upscore2', 4],
      ['upscore_pool4', 4],
      ['upscore8', 16],
    ] as const) {
      expect(Array.from(weights[`${name}/kernel`].dataSync())).toEqual(Array.from(bilinearWeights(size, 3)));
    }
    const w32 = createFcnWeights(tiny, 7, 'fcn32s');
    expect(Array.from(w32['upscore/kernel'].dataSync())).toEqual(Array.from(bilinearWeights(64, 3)));
    expect(Array.from(w32['conv1_1/kernel'].dataSync())).toEqual(
      Array.from(createFcnWeights(tiny, 7, 'fcn32s')['conv1_1/kernel'].dataSync()),
    );
    expect(inferConfig(w32)).toEqual(tiny);
  });

  it('upsamples a constant score map to a constant (away from the border): bilinear interpolation', () => {
    const w = createFcnWeights(tiny, 1, 'fcn32s');
    w['score_fr/bias'] = tf.tensor1d([1, 2, 3]);
    const { logits } = forwardFcn(w, tf.zeros([128, 128, 3]), 'fcn32s');
    const inner = tf.slice(logits, [32, 32, 0], [64, 64, 3]);
    const values = inner.dataSync();
    for (let i = 0; i < values.length; i++) expect(values[i]).toBeCloseTo((i % 3) + 1, 4);
  });
});

describe('softmaxCrossEntropyIgnore(logits, labels)', () => {
  it('averages −log p(label) over counted pixels and skips label 255', () => {
    const logits = tf.tensor2d([
      [2, 0, 0],
      [0, 3, 0],
      [9, 9, -9],
    ]);
    const labels = tf.tensor1d([0, 1, 255], 'int32');
    const p = (row: number[], k: number) => Math.exp(row[k]) / row.reduce((s, v) => s + Math.exp(v), 0);
    const expected = -(Math.log(p([2, 0, 0], 0)) + Math.log(p([0, 3, 0], 1))) / 2;
    expect(softmaxCrossEntropyIgnore(logits, labels).dataSync()[0]).toBeCloseTo(expected, 5);
  });
});

describe('float16 weights and the SHA-256 manifest', () => {
  async function packed(): Promise<{
    read: ModelFileReader;
    files: Map<string, Uint8Array>;
    manifest: ModelManifest;
    original: FcnWeights;
    decoded: FcnWeights;
  }> {
    const w = randomised(createFcnWeights(tiny, 2, 'fcn16s'));
    const { modelJson, bin } = await encodeFcnModel(w, 'fcn16s', tiny, 'float16');
    const files = new Map<string, Uint8Array>([
      ['fcn16s/model.json', new TextEncoder().encode(JSON.stringify(modelJson))],
      ['fcn16s/weights.bin', bin],
    ]);
    const manifest: ModelManifest = { algorithm: 'SHA-256', files: {} };
    for (const [file, bytes] of files) manifest.files[file] = { sha256: await sha256Hex(bytes), bytes: bytes.length };
    files.set('manifest.json', new TextEncoder().encode(JSON.stringify(manifest)));
    return {
      read: async (f) => files.get(f)!.slice(),
      files,
      manifest,
      original: w,
      decoded: decodeFcnModel(modelJson, bin),
    };
  }

  it('round-trips through float16 within half precision and loads when the hashes match', async () => {
    const { read, original, decoded } = await packed();
    let worst = 0;
    for (const [name, t] of Object.entries(original)) {
      const [a, b] = [t.dataSync(), decoded[name].dataSync()];
      for (let i = 0; i < a.length; i++) worst = Math.max(worst, Math.abs(a[i] - b[i]) / (Math.abs(a[i]) + 1e-4));
    }
    expect(worst).toBeLessThan(1e-3);
    const loaded = await loadFcn(read, 'fcn16s');
    expect(loaded.weights['score_pool4/kernel'].shape).toEqual([1, 1, 16, 3]);
  });

  it('rejects a weights file with one changed byte', async () => {
    const { files } = await packed();
    const bin = files.get('fcn16s/weights.bin')!;
    bin[bin.length >> 1] ^= 1;
    await expect(loadFcn(async (f) => files.get(f)!, 'fcn16s')).rejects.toThrow(IntegrityError);
  });
});

describe('the shipped weights (public/models)', () => {
  const dir = path.resolve('public/models');
  const read: ModelFileReader = async (f) => new Uint8Array(readFileSync(path.join(dir, f)));

  it('all three ship, load with a verified SHA-256 and segment a 97×131 image; a tampered byte is refused', async () => {
    expect(existsSync(path.join(dir, 'manifest.json'))).toBe(true);
    const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as ModelManifest;
    for (const variant of FCN_VARIANTS) {
      expect(manifest.files[`${variant}/model.json`], `${variant} is in the manifest`).toBeTruthy();
      const { weights: w } = await loadFcn(read, variant, manifest);
      const { logits } = forwardFcn(w, tf.zeros([97, 131, 3]), variant);
      expect(logits.shape).toEqual([97, 131, 6]);
      const tampered: ModelFileReader = async (f) => {
        const bytes = await read(f);
        if (f.endsWith('.bin')) bytes[17] ^= 0x40;
        return bytes;
      };
      await expect(loadFcn(tampered, variant, manifest)).rejects.toThrow(/SHA-256 mismatch/);
    }
  });

  it('are the configuration the site describes (SHIPPED_CONFIG) and weigh at most 8 MB together', async () => {
    const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as ModelManifest;
    for (const variant of FCN_VARIANTS) {
      const { weights: w } = await loadFcn(read, variant, manifest);
      expect(inferConfig(w), variant).toEqual(SHIPPED_CONFIG);
    }
    const total = Object.values(manifest.files).reduce((n, f) => n + f.bytes, 0);
    expect(total).toBeLessThanOrEqual(8_000_000);
  });
});
