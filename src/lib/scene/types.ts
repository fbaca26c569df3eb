// Shapes of the scene generator's inputs and outputs. Images are row-major [height, width, channels].

/** A decoded sprite: RGBA pixels, straight (not premultiplied) alpha, [height, width, 4]. */
export interface Sprite {
  name: string;
  classId: number;
  height: number;
  width: number;
  rgba: Uint8Array | Uint8ClampedArray;
}

/** A decoded greyscale texture, [height, width] (one byte per pixel). */
export interface Texture {
  name: string;
  height: number;
  width: number;
  gray: Uint8Array | Uint8ClampedArray;
}

export interface SceneObject {
  sprite: string;
  classId: number;
  /** Centre of the placed object in scene pixels. */
  centreY: number;
  centreX: number;
  /** Sprite pixels → scene pixels. */
  scale: number;
  /** Rotation in degrees, counter-clockwise. */
  rotation: number;
  flipped: boolean;
  /** Pixels labelled with this object after later objects were drawn over it. */
  visiblePixels: number;
}

export interface Scene {
  seed: number;
  height: number;
  width: number;
  /** RGBA, alpha always 255, [height, width, 4]. */
  image: Uint8ClampedArray;
  /** Class id per pixel (0 = background), [height, width]. */
  labels: Uint8Array;
  /** In drawing order: later objects are on top. */
  objects: SceneObject[];
  /** How the background was made, e.g. 'texture:grass' or 'noise'. */
  background: string;
}

export interface ComposeOptions {
  height: number;
  width: number;
  /** Sprites to draw from (pass one split's sprites). Must be non-empty. */
  sprites: readonly Sprite[];
  /** Greyscale textures for backgrounds; may be empty (then only procedural backgrounds). */
  textures: readonly Texture[];
  minObjects?: number;
  maxObjects?: number;
  /**
   * Only choose the objects (no drawing): the returned scene's `objects` name the sprites a full composition of
   * the same seed will draw, so a browser can fetch just those. Sprites' pixels may be empty then.
   */
  planOnly?: boolean;
}
