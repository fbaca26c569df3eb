/**
 * A label map drawn over its image: each pixel of class c > 0 is tinted with c's colour at `opacity`;
 * background (class 0) pixels show the image untouched. Pure drawing: (data, options) → <svg role="img">.
 * The raster is one <image> at the map's real resolution, scaled up without smoothing so every predicted
 * pixel stays a sharp square.
 */
import type { ClassInfo } from '../lib/scene/dataset';

export interface OverlayData {
  height: number;
  width: number;
  /** The image, RGBA bytes [height, width, 4]. */
  rgba: Uint8ClampedArray;
  /** Class per pixel [height, width], or null to show the image alone. */
  labels: ArrayLike<number> | null;
  classes: readonly ClassInfo[];
}

export interface OverlayOptions {
  /** Tint strength in [0, 1]. */
  opacity: number;
  /** What the figure is, e.g. "FCN-8s prediction"; the class shares are appended for screen readers. */
  label: string;
  /** Displayed width in CSS px (height follows the aspect ratio). */
  displayWidth: number;
}

const SVG = 'http://www.w3.org/2000/svg';

/** "animal 12%, background 80%": the share of each class present, largest first. */
export function classShares(labels: ArrayLike<number>, classes: readonly ClassInfo[]): string {
  const counts = new Array<number>(classes.length).fill(0);
  for (let i = 0; i < labels.length; i++) if (labels[i] < counts.length) counts[labels[i]]++;
  return counts
    .map((count, id) => ({ count, name: classes[id]?.name ?? `class ${id}` }))
    .filter((c) => c.count > 0)
    .sort((a, b) => b.count - a.count)
    .map((c) => `${c.name} ${Math.round((100 * c.count) / Math.max(1, labels.length))}%`)
    .join(', ');
}

function tinted(data: OverlayData, opacity: number): ImageData {
  const out = new ImageData(data.width, data.height);
  const { rgba, labels, classes } = data;
  for (let i = 0; i < data.height * data.width; i++) {
    const c = labels ? labels[i] : 0;
    const colour = c > 0 ? classes[c]?.colour : undefined;
    for (let k = 0; k < 3; k++) {
      const v = rgba[i * 4 + k];
      out.data[i * 4 + k] = colour ? v + (colour[k] - v) * opacity : v;
    }
    out.data[i * 4 + 3] = 255;
  }
  return out;
}

export function segmentationOverlay(data: OverlayData, options: OverlayOptions): SVGSVGElement {
  const canvas = document.createElement('canvas');
  [canvas.width, canvas.height] = [data.width, data.height];
  canvas.getContext('2d')?.putImageData(tinted(data, options.opacity), 0, 0);
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${data.width} ${data.height}`);
  svg.setAttribute('width', String(options.displayWidth));
  svg.setAttribute('height', String(Math.round((options.displayWidth * data.height) / data.width)));
  svg.setAttribute('role', 'img');
  const shares = data.labels ? `: ${classShares(data.labels, data.classes)}` : '';
  svg.setAttribute('aria-label', `${options.label}, ${data.width} × ${data.height} px${shares}`);
  const image = document.createElementNS(SVG, 'image');
  image.setAttribute('href', canvas.toDataURL('image/png'));
  image.setAttribute('width', String(data.width));
  image.setAttribute('height', String(data.height));
  image.setAttribute('style', 'image-rendering: pixelated');
  image.setAttribute('preserveAspectRatio', 'none');
  svg.append(image);
  return svg;
}
