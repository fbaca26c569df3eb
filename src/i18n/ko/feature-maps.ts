/** Korean strings of the feature-maps widget (src/widgets/feature-maps/): the keys of ../en/feature-maps.ts. */
import type { featureMaps as en } from '../en/feature-maps';

export const featureMaps: Record<keyof typeof en, string> = {};
