/**
 * A 2-D canvas for a DOM without one (jsdom at build time and in the unit tests). The figures use a canvas only
 * as a PNG encoder (putImageData / fillRect, then toDataURL), so this context keeps the pixels in a plain RGBA
 * buffer and encodes them with fast-png: the first frame and the SVG snapshots hold the real image.
 */
import { encode } from 'fast-png';

class PixelData {
  readonly data: Uint8ClampedArray;
  readonly width: number;
  readonly height: number;
  constructor(dataOrWidth: Uint8ClampedArray | number, width: number, height?: number) {
    if (typeof dataOrWidth === 'number') {
      [this.width, this.height] = [dataOrWidth, width];
      this.data = new Uint8ClampedArray(dataOrWidth * width * 4);
    } else {
      [this.data, this.width] = [dataOrWidth, width];
      this.height = height ?? dataOrWidth.length / 4 / width;
    }
  }
}

/** "rgb(r, g, b)", "rgba(r, g, b, a)" or "#rrggbb" → RGBA bytes; anything else is an error, not a guess. */
function parseColour(colour: string): [number, number, number, number] {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour);
  if (hex) return [parseInt(hex[1], 16), parseInt(hex[2], 16), parseInt(hex[3], 16), 255];
  const rgb = /^rgba?\(\s*([\d.]+)\s*,\s*([\d.]+)\s*,\s*([\d.]+)\s*(?:,\s*([\d.]+)\s*)?\)$/.exec(colour);
  if (rgb) return [+rgb[1], +rgb[2], +rgb[3], Math.round(255 * (rgb[4] === undefined ? 1 : +rgb[4]))];
  throw new Error(`build canvas: cannot parse fillStyle ${JSON.stringify(colour)}`);
}

const pixelsOf = new WeakMap<HTMLCanvasElement, Uint8ClampedArray>();

function pixels(canvas: HTMLCanvasElement): Uint8ClampedArray {
  let buffer = pixelsOf.get(canvas);
  if (!buffer || buffer.length !== canvas.width * canvas.height * 4) {
    buffer = new Uint8ClampedArray(canvas.width * canvas.height * 4);
    pixelsOf.set(canvas, buffer);
  }
  return buffer;
}

/** The 2-D context calls the figures make, on a plain RGBA buffer. */
function context2d(canvas: HTMLCanvasElement) {
  let fill: [number, number, number, number] = [0, 0, 0, 255];
  return {
    canvas,
    set fillStyle(colour: string) {
      fill = parseColour(colour);
    },
    get fillStyle(): string {
      return `rgba(${fill.slice(0, 3).join(', ')}, ${fill[3] / 255})`;
    },
    fillRect(x: number, y: number, width: number, height: number): void {
      const buffer = pixels(canvas);
      for (let row = Math.max(0, y); row < Math.min(canvas.height, y + height); row++) {
        for (let col = Math.max(0, x); col < Math.min(canvas.width, x + width); col++) {
          buffer.set(fill, (row * canvas.width + col) * 4);
        }
      }
    },
    putImageData(image: PixelData, dx: number, dy: number): void {
      const buffer = pixels(canvas);
      for (let row = 0; row < image.height; row++) {
        const start = row * image.width * 4;
        buffer.set(image.data.subarray(start, start + image.width * 4), ((dy + row) * canvas.width + dx) * 4);
      }
    },
  };
}

/** Give the global window's canvases (jsdom's, in a unit test) this context and PNG encoder, and `ImageData`. */
export function installCanvas(): void {
  installCanvasOn(globalThis as Window & typeof globalThis);
}

/** Give `window`'s canvases this context and PNG encoder, and `ImageData`. */
export function installCanvasOn(window: Window & typeof globalThis): void {
  Object.assign(window, { ImageData: PixelData });
  Object.assign(globalThis, { ImageData: PixelData });
  window.HTMLCanvasElement.prototype.getContext = function getContext(this: HTMLCanvasElement, kind: string) {
    return kind === '2d' ? context2d(this) : null;
  } as unknown as HTMLCanvasElement['getContext'];
  window.HTMLCanvasElement.prototype.toDataURL = function toDataURL(this: HTMLCanvasElement, type?: string): string {
    if (type !== undefined && type !== 'image/png') throw new Error(`build canvas: only PNG, not ${type}`);
    const png = encode({ width: this.width, height: this.height, data: pixels(this), channels: 4, depth: 8 });
    return `data:image/png;base64,${Buffer.from(png).toString('base64')}`;
  };
}
