/** Korean strings of the segment-image widget (src/widgets/segment-image/): the keys of ../en/segment-image.ts. */
import type { segmentImage as en } from '../en/segment-image';

export const segmentImage: Record<keyof typeof en, string> = {};
