// The scenes dataset generator: pure TypeScript, shared by Node training and the browser.
export { composeScene, OBJECT_SIZE_RANGE, MAX_ROTATION_DEGREES } from './compose';
export { drawSprite, placedHalfExtent, NO_JITTER, type Placement, type ColourJitter } from './transform';
export { paintBackground } from './background';
export * from './dataset';
export type * from './types';
