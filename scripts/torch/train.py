"""Trains one stage of an FCN in PyTorch (Debian's python3-torch) on scenes streamed by scripts/scene-stream.ts.

Run through `npm run train` (scripts/train.ts), which reads the plan and calls this once per stage:

  /usr/bin/python3 scripts/torch/train.py --stage NAME --variant fcn8s --steps 6000 [--from DIR] [--resume] ...

Checkpoints (model, optimiser, step, log) go to --out every 100 steps or 2 minutes; --resume continues from
them. At the end the net is saved (final.pt) and its batch-norm-folded weights exported in tfjs layouts
(export.json + export.bin, float32) for scripts/import-torch.ts.
"""
import argparse
import json
import math
import os
import queue
import subprocess
import threading
import time

import numpy as np
import torch
import torch.nn.functional as F

from fcn import FCN, extend_from
from recolour import recolour

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..'))


def arch_of(variant):
    out = subprocess.run(['npx', 'tsx', 'scripts/fcn-arch.ts', '--variant', variant], cwd=ROOT, check=True, capture_output=True)
    return json.loads(out.stdout)


class SceneStream:
    """Scenes from the Node generator, read by a thread so composing overlaps training."""

    def __init__(self, split, first, size, count=None, objects='all'):
        cmd = ['npx', 'tsx', 'scripts/scene-stream.ts', '--split', split, '--first', str(first), '--size', str(size), '--objects', objects]
        if count is not None:
            cmd += ['--count', str(count)]
        self.size = size
        self.proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE)
        self.queue = queue.Queue(maxsize=64)
        self.thread = threading.Thread(target=self._read, daemon=True)
        self.thread.start()

    def _read(self):
        n = self.size * self.size
        while True:
            buf = self.proc.stdout.read(n * 4)
            if len(buf) < n * 4:
                self.queue.put(None)
                return
            arr = np.frombuffer(buf, dtype=np.uint8)
            self.queue.put((arr[: n * 3].reshape(self.size, self.size, 3), arr[n * 3:].reshape(self.size, self.size)))

    def batch(self, k):
        items = [self.queue.get() for _ in range(k)]
        if any(i is None for i in items):
            raise RuntimeError('scene stream ended early')
        images = torch.from_numpy(np.stack([i[0] for i in items])).permute(0, 3, 1, 2).float()
        labels = torch.from_numpy(np.stack([i[1] for i in items]).astype(np.int64))
        return images, labels

    def close(self):
        self.proc.kill()


def confusion(pred, truth, n):
    keep = truth < n
    return np.bincount(n * truth[keep] + pred[keep], minlength=n * n).reshape(n, n)


def mean_iou(hist):
    with np.errstate(divide='ignore', invalid='ignore'):
        iou = np.diag(hist) / (hist.sum(0) + hist.sum(1) - np.diag(hist))
    return float(np.nanmean(iou))


def evaluate(model, images, labels, n):
    model.eval()
    hist = np.zeros((n, n), dtype=np.int64)
    with torch.no_grad():
        for i in range(0, len(images), 16):
            pred = model(images[i:i + 16]).argmax(1).numpy().ravel()
            hist += confusion(pred, labels[i:i + 16].numpy().ravel(), n)
    model.train()
    return mean_iou(hist), float(np.diag(hist).sum() / max(1, hist.sum()))


def lr_at(step, args):
    if step < args.warmup:
        return args.lr * (step + 1) / args.warmup
    t = (step - args.warmup) / max(1, args.schedule - args.warmup)
    return args.lr * (0.05 + 0.95 * 0.5 * (1 + math.cos(math.pi * min(1.0, t))))


def save_atomic(obj, path):
    torch.save(obj, path + '.tmp')
    os.replace(path + '.tmp', path)


def main():
    p = argparse.ArgumentParser()
    p.add_argument('--stage', required=True)
    p.add_argument('--variant', required=True, choices=['fcn32s', 'fcn16s', 'fcn8s'])
    p.add_argument('--steps', type=int, required=True)
    p.add_argument('--schedule', type=int, help='cosine length (default: --steps)')
    p.add_argument('--lr', type=float, default=2e-3)
    p.add_argument('--warmup', type=int, default=300)
    p.add_argument('--weight-decay', type=float, default=1e-4)
    p.add_argument('--batch', type=int, default=8)
    p.add_argument('--size', type=int, default=128)
    p.add_argument('--seed-base', type=int, required=True, help='first training seed of this stage')
    p.add_argument('--no-bn', action='store_true')
    p.add_argument('--dropout', type=float, default=0.0)
    p.add_argument('--augment', choices=['none', 'recolour'], default='none', help='recolour: scripts/torch/recolour.py')
    p.add_argument('--from', dest='init_from', help='folder of a finished stage to start from')
    p.add_argument('--out', required=True)
    p.add_argument('--threads', type=int, default=2)
    p.add_argument('--val-every', type=int, default=250)
    p.add_argument('--resume', action='store_true')
    p.add_argument('--torch-seed', type=int, default=1)
    args = p.parse_args()
    args.schedule = args.schedule or args.steps
    torch.set_num_threads(args.threads)
    torch.manual_seed(args.torch_seed)
    os.makedirs(args.out, exist_ok=True)

    arch = arch_of(args.variant)
    n = arch['config']['numClasses']
    model = FCN(arch, bn=not args.no_bn, dropout=args.dropout)
    if args.init_from:
        old = torch.load(os.path.join(args.init_from, 'final.pt'))
        parent = FCN(arch_of(old['variant']), bn=old['bn'])
        parent.load_state_dict(old['model'])
        extend_from(model, parent)
    params = [q for q in model.parameters() if q.requires_grad]
    opt = torch.optim.AdamW(params, lr=args.lr, weight_decay=args.weight_decay)
    step, log, seconds = 0, [], 0.0
    ckpt_path = os.path.join(args.out, 'checkpoint.pt')
    if args.resume and os.path.exists(ckpt_path):
        ck = torch.load(ckpt_path)
        model.load_state_dict(ck['model'])
        opt.load_state_dict(ck['opt'])
        step, log, seconds = ck['step'], ck['log'], ck['seconds']
        print(f'{args.stage}: resumed at step {step}', flush=True)

    val = SceneStream('val', 1_000_000_000, args.size, count=64)
    val_images, val_labels = val.batch(64)
    val.close()
    stream = SceneStream('train', args.seed_base + step * args.batch, args.size)
    last_save = time.time()
    model.train()
    while step < args.steps:
        t0 = time.time()
        images, labels = stream.batch(args.batch)
        if args.augment == 'recolour':
            # Seeded by step, so a resumed run recolours exactly as an uninterrupted one.
            images = recolour(images, labels, torch.Generator().manual_seed(args.seed_base + step), ignore=arch['ignoreLabel'])
        for g in opt.param_groups:
            g['lr'] = lr_at(step, args)
        logits = model(images)
        loss = F.cross_entropy(logits, labels, ignore_index=arch['ignoreLabel'])
        opt.zero_grad(set_to_none=True)
        loss.backward()
        opt.step()
        step += 1
        seconds += time.time() - t0
        entry = {'step': step, 'loss': round(loss.item(), 5), 'lr': lr_at(step - 1, args), 'seconds': round(seconds, 2)}
        if step % args.val_every == 0 or step == args.steps:
            miou, accuracy = evaluate(model, val_images, val_labels, n)
            entry['valMeanIoU'], entry['valPixelAccuracy'] = round(miou, 4), round(accuracy, 4)
            print(f"{args.stage} step {step}: loss {entry['loss']:.4f} val mIoU {entry['valMeanIoU']:.4f} "
                  f'({step / seconds:.2f} steps/s)', flush=True)
        log.append(entry)
        if step % 50 == 0 and 'valMeanIoU' not in entry:
            print(f"{args.stage} step {step}: loss {entry['loss']:.4f} ({step / seconds:.2f} steps/s)", flush=True)
        if step % 100 == 0 and (time.time() - last_save > 120 or step == args.steps):
            save_atomic({'model': model.state_dict(), 'opt': opt.state_dict(), 'step': step, 'log': log, 'seconds': seconds}, ckpt_path)
            last_save = time.time()
    stream.close()
    save_atomic({'model': model.state_dict(), 'opt': opt.state_dict(), 'step': step, 'log': log, 'seconds': seconds}, ckpt_path)
    model.eval()
    torch.save({'model': model.state_dict(), 'variant': args.variant, 'bn': not args.no_bn}, os.path.join(args.out, 'final.pt'))
    export(model, arch, args, log, seconds)
    print(f'{args.stage}: done, {step} steps in {seconds:.0f} s', flush=True)


def check_folding(model, arch, weights):
    """The folded net (no batch norm) must compute what the trained net computes in eval mode."""
    plain = FCN(arch, bn=False)
    plain.load_tfjs_weights(weights)
    plain.eval()
    x = torch.rand(2, 3, 72, 88) * 255
    with torch.no_grad():
        diff = (model(x) - plain(x)).abs().max().item()
    assert diff < 1e-3, f'batch-norm folding changed the logits by {diff}'
    return diff


def export(model, arch, args, log, seconds):
    weights = model.folded_weights()
    folding_error = check_folding(model, arch, weights)
    names, chunks = [], []
    for spec in arch['weights']:
        t = weights[spec['name']]
        assert list(t.shape) == spec['shape'], (spec['name'], list(t.shape), spec['shape'])
        names.append({'name': spec['name'], 'shape': spec['shape']})
        chunks.append(t.numpy().astype('<f4').tobytes())
    with open(os.path.join(args.out, 'export.bin'), 'wb') as f:
        f.write(b''.join(chunks))
    info = {'stage': args.stage, 'variant': args.variant, 'steps': len(log), 'seconds': round(seconds),
            'batch': args.batch, 'size': args.size, 'lr': args.lr, 'batchNormFolded': not args.no_bn,
            'initialisedFrom': args.init_from and os.path.basename(os.path.normpath(args.init_from)),
            'framework': f'PyTorch {torch.__version__}', 'foldingMaxError': folding_error,
            'augment': args.augment}
    with open(os.path.join(args.out, 'export.json'), 'w') as f:
        json.dump({'weights': names, 'trainingInfo': info}, f)
    with open(os.path.join(args.out, 'log.json'), 'w') as f:
        json.dump(log, f)


if __name__ == '__main__':
    main()
