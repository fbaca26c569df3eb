/** Korean strings of the training-curves widget (src/widgets/training-curves/): the keys of ../en/training-curves.ts. */
import type { trainingCurves as en } from '../en/training-curves';

export const trainingCurves: Record<keyof typeof en, string> = {};
