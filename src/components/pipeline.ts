/**
 * The FCN pipeline as the "you are here" strip draws it: its parts in the order data flows through them, and for
 * each part the lesson that explains it. The one place that maps lessons to parts (no Astro imports, so unit
 * tests can read it).
 */
import type { UiKey } from '../i18n/en';

export type PipelinePart = 'image' | 'backbone' | 'fcConv' | 'upsample' | 'skips' | 'crop' | 'labels' | 'metrics';

export interface PipelineStep {
  part: PipelinePart;
  /** Slug of the lesson that explains this part (`index` is the home page). */
  slug: string;
  /** UI string naming the part on the strip. */
  label: UiKey;
  /** A side branch rather than a step of the forward pass (metrics score the labels against the truth). */
  branch?: boolean;
}

export const PIPELINE: readonly PipelineStep[] = [
  { part: 'image', slug: 'index', label: 'pipelineImage' },
  { part: 'backbone', slug: 'vgg-backbone', label: 'pipelineBackbone' },
  { part: 'fcConv', slug: 'fc-to-conv', label: 'pipelineFcConv' },
  { part: 'upsample', slug: 'transposed-convolution', label: 'pipelineUpsample' },
  { part: 'skips', slug: 'skip-connections', label: 'pipelineSkips' },
  { part: 'crop', slug: 'pad-100-and-crop', label: 'pipelineCrop' },
  { part: 'labels', slug: 'index', label: 'pipelineLabels' },
  { part: 'metrics', slug: 'metrics', label: 'pipelineMetrics', branch: true },
];

/** The parts a lesson explains (lit on its strip); empty for a slug the pipeline does not name. */
export function partsOf(slug: string): PipelinePart[] {
  return PIPELINE.filter((step) => step.slug === slug).map((step) => step.part);
}
