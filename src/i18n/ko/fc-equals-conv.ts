/** Korean strings of the fc-equals-conv widget (src/widgets/fc-equals-conv/): the keys of ../en/fc-equals-conv.ts. */
import type { fcEqualsConv as en } from '../en/fc-equals-conv';

export const fcEqualsConv: Record<keyof typeof en, string> = {};
