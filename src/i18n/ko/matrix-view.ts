/** Korean strings of the matrix-view widget (src/widgets/matrix-view/): the keys of ../en/matrix-view.ts. */
import type { matrixView as en } from '../en/matrix-view';

export const matrixView: Record<keyof typeof en, string> = {};
