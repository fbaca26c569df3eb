/** Korean strings of the checkerboard widget (src/widgets/checkerboard/): the keys of ../en/checkerboard.ts. */
import type { checkerboard as en } from '../en/checkerboard';

export const checkerboard: Record<keyof typeof en, string> = {};
