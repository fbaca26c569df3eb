/** Korean strings of the receptive-field widget (src/widgets/receptive-field/): the keys of ../en/receptive-field.ts. */
import type { receptiveField as en } from '../en/receptive-field';

export const receptiveField: Record<keyof typeof en, string> = {};
