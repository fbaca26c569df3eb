/**
 * The glossary: the FCN terms the lessons teach, each with a one-line definition in every locale and the lesson
 * that teaches it. One typed module read by every locale's /glossary/ page (src/pages/[...locale]/glossary.astro)
 * and its unit test; no Astro imports. `id` is the term's anchor (`/glossary/#receptive-field`) in every locale.
 * `{ignoreLabel}` in a definition is filled from the metrics code (src/lib/metrics/scores.ts).
 * The entries live in ./glossary/, one file per topic (types.ts: their shape), joined here in the lessons' order.
 */
import type { Locale } from '../i18n/locales';
import { BACKBONE } from './glossary/backbone';
import { FULLY_CONVOLUTIONAL } from './glossary/fully-convolutional';
import { METRICS } from './glossary/metrics';
import { SEGMENTATION } from './glossary/segmentation';
import { SKIPS_AND_CROPS } from './glossary/skips-and-crops';
import type { GlossaryEntry } from './glossary/types';
import { UPSAMPLING } from './glossary/upsampling';

export type { GlossaryEntry, GlossaryText } from './glossary/types';

export const GLOSSARY: readonly GlossaryEntry[] = [
  ...SEGMENTATION,
  ...BACKBONE,
  ...FULLY_CONVOLUTIONAL,
  ...UPSAMPLING,
  ...SKIPS_AND_CROPS,
  ...METRICS,
];

/** A locale's entries in its alphabetical order (Hangul order for Korean). */
export function glossaryOf(locale: Locale): GlossaryEntry[] {
  const collator = new Intl.Collator(locale);
  return [...GLOSSARY].sort((a, b) => collator.compare(a.text[locale].term, b.text[locale].term));
}
