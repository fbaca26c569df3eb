/** Korean strings of the stage-view widget (src/widgets/stage-view/): the keys of ../en/stage-view.ts. */
import type { stageView as en } from '../en/stage-view';

export const stageView: Record<keyof typeof en, string> = {};
