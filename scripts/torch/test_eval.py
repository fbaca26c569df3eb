"""Quick mean IoU of trained stages on the test split (unseen objects), in PyTorch, for comparing ablations.

  /usr/bin/python3 scripts/torch/test_eval.py STAGE [STAGE ...] [--scenes 300] [--objects all|clipart|emoji]

Scores each stage's float32 weights (checkpoints/torch/<stage>/final.pt, else its latest checkpoint.pt) on the same
test scenes `npm run evaluate` uses (the first --scenes seeds of the test split). The shipped numbers come from
`npm run evaluate` on the 8-bit weights in tfjs; this is the fast side-by-side check that decides a recipe.
"""
import argparse
import os

import numpy as np
import torch

from fcn import FCN
from train import ROOT, SceneStream, arch_of, confusion, mean_iou

TEST_FIRST = 2_000_000_000  # SEED_RANGES.test.from in src/lib/scene/dataset.ts


def load(stage):
    folder = os.path.join(ROOT, 'checkpoints', 'torch', stage)
    final = os.path.join(folder, 'final.pt')
    if os.path.exists(final):
        saved = torch.load(final)
        return saved['variant'], saved['bn'], saved['model'], 'final'
    ck = torch.load(os.path.join(folder, 'checkpoint.pt'))
    variant = next(v for v in ('fcn8s', 'fcn16s', 'fcn32s') if v in stage)
    return variant, True, ck['model'], f"step {ck['step']}"


def main():
    p = argparse.ArgumentParser()
    p.add_argument('stages', nargs='+')
    p.add_argument('--scenes', type=int, default=300)
    p.add_argument('--objects', default='all')
    p.add_argument('--size', type=int, default=128)
    args = p.parse_args()
    torch.set_num_threads(1)
    stream = SceneStream('test', TEST_FIRST, args.size, count=args.scenes, objects=args.objects)
    images, labels = stream.batch(args.scenes)
    stream.close()
    for stage in args.stages:
        variant, bn, state, which = load(stage)
        arch = arch_of(variant)
        n = arch['config']['numClasses']
        model = FCN(arch, bn=bn)
        model.load_state_dict(state)
        model.eval()
        hist = np.zeros((n, n), dtype=np.int64)
        with torch.no_grad():
            for i in range(0, args.scenes, 20):
                pred = model(images[i:i + 20]).argmax(1).numpy().ravel()
                hist += confusion(pred, labels[i:i + 20].numpy().ravel(), n)
        print(f'{stage} ({variant}, {which}): test mean IoU {mean_iou(hist):.4f} on {args.scenes} scenes ({args.objects})', flush=True)


if __name__ == '__main__':
    main()
