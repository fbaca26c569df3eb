// Prints the FCN architecture as JSON for the PyTorch trainer (scripts/torch/fcn.py): the TypeScript config
// is the one source of truth for layer names, widths, kernel sizes and upsampler geometry.
//
//   npx tsx scripts/fcn-arch.ts [--variant fcn8s]
import { parseArgs } from 'node:util';
import { backboneLayers, SHIPPED_CONFIG, UPSAMPLERS } from '../src/lib/fcn/config';
import { FC6_KERNEL_SIZE } from '../src/lib/fcn/head';
import { FCN_VARIANTS, type FcnVariant } from '../src/lib/fcn/variants';
import { weightSpecs } from '../src/lib/fcn/weight-specs';
import { IGNORE_LABEL } from '../src/lib/scene/dataset';
import { choiceOption } from './lib/cli';

const { values } = parseArgs({ options: { variant: { type: 'string', default: 'fcn8s' } } });
const variant = choiceOption<FcnVariant>(values.variant, 'variant', FCN_VARIANTS);
const config = SHIPPED_CONFIG;
console.log(
  JSON.stringify({
    variant,
    config,
    backbone: backboneLayers(config),
    fc6KernelSize: FC6_KERNEL_SIZE,
    upsamplers: UPSAMPLERS,
    ignoreLabel: IGNORE_LABEL,
    weights: weightSpecs(config, variant),
  }),
);
