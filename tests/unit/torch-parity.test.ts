// The models are trained in PyTorch (scripts/torch/) and run in tfjs. tests/fixtures/torch-parity.json holds an
// input and the logits PyTorch computed for it from each shipped model's exported weights
// (scripts/torch/parity.py); the tfjs model must reproduce them. No PyTorch is needed to run this test.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FCN_VARIANTS } from '../../src/lib/fcn/variants';
import { loadFcn } from '../../src/tf/fcn/load';
import { forwardFcn, disposeWeights } from '../../src/tf/fcn/model';
import { cpuTf } from './helpers/tf-cpu';

const dir = path.resolve('public/models');
const fixture = JSON.parse(readFileSync(path.resolve('tests/fixtures/torch-parity.json'), 'utf8')) as {
  height: number;
  width: number;
  image: string;
  models: Record<string, { weightsSha256: string; logits: string }>;
};
const bytes = (b64: string) => new Uint8Array(Buffer.from(b64, 'base64'));

describe('tfjs forwardFcn(shipped weights) reproduces the logits PyTorch computed (tests/fixtures/torch-parity.json)', () => {
  for (const variant of FCN_VARIANTS) {
    it(`${variant}: same weights, |tfjs − PyTorch| ≤ 1e-3 at ${fixture.height}×${fixture.width}`, async () => {
      const tf = await cpuTf();
      const entry = fixture.models[variant];
      const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as {
        files: Record<string, { sha256: string }>;
      };
      expect(entry.weightsSha256, 'the shipped weights changed: rerun /usr/bin/python3 scripts/torch/parity.py').toBe(
        manifest.files[`${variant}/weights.bin`].sha256,
      );
      const { weights } = await loadFcn(async (f) => new Uint8Array(readFileSync(path.join(dir, f))), variant);
      const image = tf.tensor3d(Float32Array.from(bytes(fixture.image)), [fixture.height, fixture.width, 3]);
      const { logits } = forwardFcn(weights, image, variant);
      const ours = (await logits.data()) as Float32Array;
      const raw = bytes(entry.logits);
      const theirs = new Float32Array(raw.buffer, raw.byteOffset, raw.byteLength / 4);
      expect(logits.shape).toEqual([fixture.height, fixture.width, 6]);
      let worst = 0;
      let scale = 0;
      for (let i = 0; i < ours.length; i++) {
        worst = Math.max(worst, Math.abs(ours[i] - theirs[i]));
        scale = Math.max(scale, Math.abs(theirs[i]));
      }
      expect(scale).toBeGreaterThan(0.1);
      expect(worst).toBeLessThanOrEqual(1e-3);
      tf.dispose([image, logits]);
      disposeWeights(weights);
    });
  }
});
