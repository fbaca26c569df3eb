/**
 * A reader's image (a file from the picker, a drop or a paste) or a photo shipped with the site, made into an
 * FcnInput in the tab — never uploaded. Refused with an InputProblem (a code the widget words) when it is
 * empty, not an image, HEIC, too large to decode, undecodable or too small; an SVG is rasterised as a picture
 * (its scripts never run); a large image is scaled while it is decoded.
 */
import {
  compositeOverBackground,
  fileProblem,
  fitSize,
  headerProblem,
  MAX_SIDE,
  rgbToRgba,
} from '../../lib/image/image-input';
import { sniffImage } from '../../lib/image/sniff';
import { InputProblem, type FcnInput, type InputNote } from '../shared/fcn-input';

/** A decoded picture and its own size (an ImageBitmap, or an <img> holding a rasterised SVG). */
interface Picture {
  source: CanvasImageSource;
  height: number;
  width: number;
}

/**
 * Draws `picture` at the size `fitSize` allows for its original size (`original`, when the decoder already
 * scaled it) and composites transparency over grey.
 */
function fromPicture(picture: Picture, name: string, notes: InputNote[], original = picture): FcnInput {
  const fit = fitSize(original.height, original.width);
  if (!fit.ok) throw new InputProblem(name, fit.problem);
  const canvas = document.createElement('canvas');
  [canvas.width, canvas.height] = [fit.width, fit.height];
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) throw new InputProblem(name, { code: 'noCanvas' });
  context.imageSmoothingQuality = 'high';
  context.drawImage(picture.source, 0, 0, fit.width, fit.height);
  const pixels = context.getImageData(0, 0, fit.width, fit.height).data;
  const image = compositeOverBackground(pixels, fit.height, fit.width);
  const allNotes = [...notes];
  if (fit.scale < 1)
    allNotes.push({
      code: 'scaled',
      from: fit.original,
      to: { width: fit.width, height: fit.height },
      maxSide: MAX_SIDE,
    });
  if (image.transparentPixels > 0)
    allNotes.push({ code: 'transparent', share: image.transparentPixels / (fit.height * fit.width) });
  return {
    height: fit.height,
    width: fit.width,
    rgba: rgbToRgba(image),
    image,
    truth: null,
    description: `${name}, ${fit.width} × ${fit.height} px`,
    notes: allNotes,
    origin: { kind: 'image', name },
  };
}

/**
 * An SVG, rasterised by the browser in an <img> from a blob URL: an SVG shown as an image runs no script and
 * loads nothing from elsewhere, so a hostile file can do no more than draw.
 */
async function svgInput(file: File): Promise<FcnInput> {
  const url = URL.createObjectURL(file);
  try {
    const img = new Image();
    img.src = url;
    await img.decode().catch(() => {
      throw new InputProblem(file.name, { code: 'undecodable' });
    });
    const [width, height] = [img.naturalWidth, img.naturalHeight];
    if (!width || !height) throw new InputProblem(file.name, { code: 'svgWithoutSize' });
    return fromPicture({ source: img, width, height }, file.name, [{ code: 'svgDrawn' }]);
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** A reader's file, checked from its name, type and first bytes before the browser decodes it. */
export async function fileInput(file: File): Promise<FcnInput> {
  const problem = fileProblem(file);
  if (problem) throw new InputProblem(file.name, problem);
  const sniffed = sniffImage(new Uint8Array(await file.slice(0, 65536).arrayBuffer()));
  const refused = headerProblem(sniffed);
  if (refused) throw new InputProblem(file.name, refused);
  if (sniffed.format === 'svg') return svgInput(file);
  // Scale while decoding when the header gives the size (the decoder then never hands over the full image).
  const fit = sniffed.width && sniffed.height ? fitSize(sniffed.height, sniffed.width) : undefined;
  const resize =
    fit?.ok && fit.scale < 1
      ? { resizeWidth: fit.width, resizeHeight: fit.height, resizeQuality: 'high' as const }
      : {};
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file, resize);
  } catch {
    throw new InputProblem(file.name, { code: 'undecodable' });
  }
  try {
    const notes: InputNote[] = sniffed.format === 'gif' ? [{ code: 'gifFirstFrame' }] : [];
    const picture = { source: bitmap, height: bitmap.height, width: bitmap.width };
    return fromPicture(picture, file.name, notes, fit?.ok ? { ...picture, ...fit.original } : picture);
  } finally {
    bitmap.close();
  }
}

/** An image shipped with the site (a photo without ground truth). */
export async function urlInput(url: string, name: string): Promise<FcnInput> {
  const response = await fetch(url);
  if (!response.ok) throw new InputProblem(name, { code: 'fetchFailed', status: response.status });
  const bitmap = await createImageBitmap(await response.blob());
  try {
    return fromPicture({ source: bitmap, height: bitmap.height, width: bitmap.width }, name, []);
  } finally {
    bitmap.close();
  }
}
