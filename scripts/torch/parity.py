"""Writes tests/fixtures/torch-parity.json: an input and the logits PyTorch computes for it from each SHIPPED model.

  /usr/bin/python3 scripts/torch/parity.py

It decodes public/models/<variant>/model.json + weights.bin itself (uint8 codes: min + scale*q; float16), builds
the net of scripts/torch/fcn.py without batch norm, and loads the weights through the tfjs -> PyTorch layout
change. tests/unit/torch-parity.test.ts runs the tfjs model on the same input (no PyTorch needed) and must
reproduce these logits within 1e-3, which checks the layouts, the ceil pools, the transposed convolutions and
the offset-0 crops of both implementations. The fixture records the weights' SHA-256, so it must be rewritten
whenever the shipped weights change (the test says so).
"""
import base64
import hashlib
import json
import os

import numpy as np
import torch

from fcn import FCN
from train import arch_of, ROOT

HEIGHT, WIDTH = 40, 56  # not multiples of 32: the ceil pools and the crops are exercised


def decode(variant):
    folder = os.path.join(ROOT, 'public', 'models', variant)
    model = json.load(open(os.path.join(folder, 'model.json')))
    raw = open(os.path.join(folder, 'weights.bin'), 'rb').read()
    out, offset = {}, 0
    for entry in model['weightsManifest'][0]['weights']:
        count = int(np.prod(entry['shape']))
        q = entry.get('quantization')
        if q and q['dtype'] == 'uint8':
            values = q['min'] + q['scale'] * np.frombuffer(raw, np.uint8, count, offset).astype(np.float32)
            offset += count
        elif q and q['dtype'] == 'float16':
            values = np.frombuffer(raw, '<f2', count, offset).astype(np.float32)
            offset += 2 * count
        else:
            values = np.frombuffer(raw, '<f4', count, offset)
            offset += 4 * count
        out[entry['name']] = torch.from_numpy(np.array(values, dtype=np.float32).reshape(entry['shape']))
    assert offset == len(raw), (variant, offset, len(raw))
    return out, hashlib.sha256(raw).hexdigest()


def main():
    rng = np.random.default_rng(7)
    # A smooth image with edges (sums of blobs), not white noise, so activations look like real inputs.
    y, x = np.mgrid[0:HEIGHT, 0:WIDTH]
    image = np.zeros((HEIGHT, WIDTH, 3))
    for _ in range(6):
        cy, cx, r = rng.uniform(0, HEIGHT), rng.uniform(0, WIDTH), rng.uniform(5, 20)
        image += (np.hypot(y - cy, x - cx) < r)[..., None] * rng.uniform(-120, 120, 3)
    image = np.clip(image + 128 + rng.normal(0, 8, image.shape), 0, 255).astype(np.uint8)
    fixture = {'height': HEIGHT, 'width': WIDTH, 'image': base64.b64encode(image.tobytes()).decode(), 'models': {}}
    for variant in ['fcn32s', 'fcn16s', 'fcn8s']:
        weights, sha = decode(variant)
        net = FCN(arch_of(variant), bn=False)
        net.load_tfjs_weights(weights)
        net.eval()
        with torch.no_grad():
            logits = net(torch.from_numpy(image).permute(2, 0, 1)[None].float())[0].permute(1, 2, 0).numpy()
        fixture['models'][variant] = {
            'weightsSha256': sha,
            'logits': base64.b64encode(logits.astype('<f4').tobytes()).decode(),
            'framework': f'PyTorch {torch.__version__}',
        }
        print(variant, logits.shape, float(np.abs(logits).max()))
    path = os.path.join(ROOT, 'tests', 'fixtures', 'torch-parity.json')
    os.makedirs(os.path.dirname(path), exist_ok=True)
    json.dump(fixture, open(path, 'w'))
    print('wrote', path)


if __name__ == '__main__':
    main()
