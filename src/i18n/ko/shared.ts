/** Korean strings of the widgets' shared parts (src/widgets/shared/): the keys of ../en/shared.ts. */
import type { shared as en } from '../en/shared';

export const shared: Record<keyof typeof en, string> = {};
