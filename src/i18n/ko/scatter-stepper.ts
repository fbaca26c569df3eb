/** Korean strings of the scatter-stepper widget (src/widgets/scatter-stepper/): the keys of ../en/scatter-stepper.ts. */
import type { scatterStepper as en } from '../en/scatter-stepper';

export const scatterStepper: Record<keyof typeof en, string> = {};
