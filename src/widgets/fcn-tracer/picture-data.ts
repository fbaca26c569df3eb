/**
 * From a traced layout to the picture's data: conv1_1's padding, the last upsampled map and the final crop, the
 * coarse score map, and one sentence saying what the picture shows (for screen readers).
 */
import type { FcnLayout, LayerGeometry } from '../../lib/fcn/geometry';
import { FCN_INPUT, fcnLayerSpecs } from '../../lib/fcn/layers';
import type { PictureBlob, TracerPicture } from '../../figures/fcn-tracer';

const dims = (b: { height: number; width: number }): string => `${b.height}×${b.width}`;

function blob(layer: LayerGeometry | undefined): PictureBlob | undefined {
  if (!layer || layer.height <= 0 || layer.width <= 0) return undefined;
  return { name: layer.name, height: layer.height, width: layer.width, offset: layer.offset, scale: layer.scale };
}

export function pictureData(layout: FcnLayout): TracerPicture {
  const { design, variant, height, width } = layout.options;
  const specs = fcnLayerSpecs(design, variant);
  const first = specs[0];
  const padding = first.kind === 'conv' ? first.padding : 0;
  const input = { height, width };
  const find = (name: string) => layout.layers.find((l) => l.name === name);
  const finalCrop = layout.crops.find((c) => c.reference === FCN_INPUT);
  const upsampled = finalCrop ? blob(find(finalCrop.input)) : undefined;
  const grid = blob(find('score_fr'));
  const crop =
    finalCrop && upsampled
      ? { name: finalCrop.name, offset: finalCrop.offset, fits: finalCrop.fits, explicit: finalCrop.explicit }
      : undefined;

  const parts = [
    `The ${dims(input)} input`,
    `inside a ${height + 2 * padding}×${width + 2 * padding} canvas padded by ${padding}`,
  ];
  if (upsampled && crop) {
    const start = upsampled.offset;
    parts.push(`${upsampled.name} is ${dims(upsampled)} and its first pixel lies at input coordinate ${start}`);
    parts.push(
      crop.fits
        ? `the crop window at offset ${crop.offset} ${start + crop.offset === 0 ? 'covers the input exactly' : `starts at input coordinate ${start + crop.offset}`}`
        : `a ${dims(input)} window at offset ${crop.offset} runs past its end`,
    );
  } else {
    parts.push('nothing reaches the upsampling, so there is no output to place');
  }
  if (grid)
    parts.push(`${grid.name}'s ${dims(grid)} pixel centres are ${grid.scale} pixels apart starting at ${grid.offset}`);
  return { input, padding, upsampled, crop, grid, description: `${parts.join('; ')}.` };
}
