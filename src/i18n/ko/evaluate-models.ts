/** Korean strings of the evaluate-models widget (src/widgets/evaluate-models/): the keys of ../en/evaluate-models.ts. */
import type { evaluateModels as en } from '../en/evaluate-models';

export const evaluateModels: Record<keyof typeof en, string> = {};
