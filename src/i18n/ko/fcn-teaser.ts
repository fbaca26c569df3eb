/** Korean strings of the fcn-teaser widget (src/widgets/fcn-teaser/): the keys of ../en/fcn-teaser.ts. */
import type { fcnTeaser as en } from '../en/fcn-teaser';

export const fcnTeaser: Record<keyof typeof en, string> = {};
