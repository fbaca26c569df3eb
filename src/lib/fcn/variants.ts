/**
 * The three FCNs of the paper, by the reference's names, and how the site writes them. FCN-32s upsamples
 * score_fr ×32 in one step; FCN-16s first fuses pool4's scores (×2, then ×16); FCN-8s also fuses pool3's
 * (×2, ×2, then ×8). Every list of variants, every "FCN-8s" label and every variant check imports this file.
 */
export type FcnVariant = 'fcn32s' | 'fcn16s' | 'fcn8s';

/** Coarsest first: the order the paper trains them in (32s → 16s → 8s). */
export const FCN_VARIANTS: readonly FcnVariant[] = ['fcn32s', 'fcn16s', 'fcn8s'];

/** The variants with a skip (what the in-page training trains on top of a frozen FCN-32s). */
export type SkipVariant = Exclude<FcnVariant, 'fcn32s'>;

/** Display names, as the paper writes them. */
export const FCN_VARIANT_LABELS = {
  fcn32s: 'FCN-32s',
  fcn16s: 'FCN-16s',
  fcn8s: 'FCN-8s',
} as const satisfies Record<FcnVariant, string>;

export type FcnVariantLabel = (typeof FCN_VARIANT_LABELS)[FcnVariant];

export function isFcnVariant(value: unknown): value is FcnVariant {
  return typeof value === 'string' && (FCN_VARIANTS as readonly string[]).includes(value);
}
