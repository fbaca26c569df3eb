// npm run train [-- --stage NAME …] [-- --fresh]
// Runs the stages of scripts/lib/torch-plan.ts in PyTorch (scripts/torch/train.py, Debian's python3-torch), each
// from its checkpoint when one exists (checkpoints/torch/<stage>/, written every 100 steps or 2 minutes), and
// ships the stages marked `ships`: their batch-norm-folded weights are encoded 8-bit into public/models/<variant>/
// (scripts/lib/import-torch.ts), manifest.json is refreshed and the stage logs are merged into
// public/models/training-log.json. A finished stage (final.pt present) is skipped; --fresh starts stages over.
// Two stages can run side by side: `npm run train -- --stage a` and `npm run train -- --stage b` in two shells.
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { TORCH_DIR, TORCH_PLAN, type TorchStage } from './lib/torch-plan';
import { importTorchStage, writeTrainingLog } from './lib/import-torch';

export const PYTHON = process.env.FCN_PYTHON ?? '/usr/bin/python3';

function requireTorch(): void {
  const probe = spawnSync(PYTHON, ['-c', 'import torch, numpy; print(torch.__version__)'], { encoding: 'utf8' });
  if (probe.status === 0) return;
  console.error(
    `npm run train needs PyTorch for ${PYTHON}, which is missing.\n` +
      "On Debian or Ubuntu: sudo apt-get install -y python3-torch   (Debian's package: no pip, no download at run time)\n" +
      'Another Python with torch and numpy: FCN_PYTHON=/path/to/python npm run train',
  );
  process.exit(1);
}

function runStage(stage: TorchStage, index: number): void {
  const out = path.join(TORCH_DIR, stage.name);
  const args = [
    'scripts/torch/train.py',
    '--stage',
    stage.name,
    '--variant',
    stage.variant,
    '--steps',
    String(stage.steps),
    '--lr',
    String(stage.lr),
    '--warmup',
    String(stage.warmup),
    '--batch',
    String(TORCH_PLAN.batchSize),
    '--size',
    String(TORCH_PLAN.size),
    '--weight-decay',
    String(TORCH_PLAN.weightDecay),
    '--seed-base',
    String(stage.seedBase ?? index * TORCH_PLAN.seedsPerStage),
    '--threads',
    String(stage.threads ?? 2),
    '--out',
    out,
    '--resume',
  ];
  if (stage.schedule) args.push('--schedule', String(stage.schedule));
  if (!stage.batchNorm) args.push('--no-bn');
  if (stage.augment) args.push('--augment', stage.augment);
  if (stage.from) args.push('--from', path.join(TORCH_DIR, stage.from));
  console.log(`stage ${stage.name}: ${PYTHON} ${args.join(' ')}`);
  const run = spawnSync(PYTHON, args, { stdio: 'inherit' });
  if (run.status !== 0)
    throw new Error(`stage ${stage.name} failed (exit ${run.status}); rerun to resume from its checkpoint`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { stage: { type: 'string', multiple: true }, fresh: { type: 'boolean', default: false } },
  });
  requireTorch();
  const names = values.stage ?? TORCH_PLAN.stages.map((s) => s.name);
  for (const name of names) {
    const index = TORCH_PLAN.stages.findIndex((s) => s.name === name);
    if (index < 0)
      throw new Error(
        `no stage ${name} in scripts/lib/torch-plan.ts (${TORCH_PLAN.stages.map((s) => s.name).join(', ')})`,
      );
    const stage = TORCH_PLAN.stages[index];
    const dir = path.join(TORCH_DIR, stage.name);
    if (values.fresh) rmSync(dir, { recursive: true, force: true });
    if (stage.from && !existsSync(path.join(TORCH_DIR, stage.from, 'final.pt'))) {
      throw new Error(
        `stage ${stage.name} starts from ${stage.from}, which has not finished: npm run train -- --stage ${stage.from}`,
      );
    }
    if (!existsSync(path.join(dir, 'final.pt'))) runStage(stage, index);
    else console.log(`stage ${stage.name}: finished earlier (${dir}/final.pt)`);
    if (stage.ships) await importTorchStage(stage);
  }
  writeTrainingLog();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
