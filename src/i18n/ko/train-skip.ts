/** Korean strings of the train-skip widget (src/widgets/train-skip/): the keys of ../en/train-skip.ts. */
import type { trainSkip as en } from '../en/train-skip';

export const trainSkip: Record<keyof typeof en, string> = {};
