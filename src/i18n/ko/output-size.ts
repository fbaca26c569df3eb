/** Korean strings of the output-size widget (src/widgets/output-size/): the keys of ../en/output-size.ts. */
import type { outputSize as en } from '../en/output-size';

export const outputSize: Record<keyof typeof en, string> = {};
