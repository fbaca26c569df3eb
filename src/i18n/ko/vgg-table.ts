/** Korean strings of the vgg-table widget (src/widgets/vgg-table/): the keys of ../en/vgg-table.ts. */
import type { vggTable as en } from '../en/vgg-table';

export const vggTable: Record<keyof typeof en, string> = {};
