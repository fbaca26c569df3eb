/** Korean strings of the one-by-one widget (src/widgets/one-by-one/): the keys of ../en/one-by-one.ts. */
import type { oneByOne as en } from '../en/one-by-one';

export const oneByOne: Record<keyof typeof en, string> = {};
