/** Korean strings of the score-heatmap widget (src/widgets/score-heatmap/): the keys of ../en/score-heatmap.ts. */
import type { scoreHeatmap as en } from '../en/score-heatmap';

export const scoreHeatmap: Record<keyof typeof en, string> = {};
