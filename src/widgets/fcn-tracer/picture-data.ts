/**
 * From a traced layout to the picture's data: conv1_1's padding, the last upsampled map and the final crop, the
 * coarse score map, and one sentence saying what the picture shows (for screen readers), in the reader's words.
 */
import type { Messages } from '../../i18n/client';
import type { FcnLayout, LayerGeometry } from '../../lib/fcn/geometry';
import { FCN_INPUT, fcnLayerSpecs } from '../../lib/fcn/layers';
import type { PictureBlob, TracerPicture } from '../../figures/fcn-tracer';
import { dims, num } from './words';

function blob(layer: LayerGeometry | undefined): PictureBlob | undefined {
  if (!layer || layer.height <= 0 || layer.width <= 0) return undefined;
  return { name: layer.name, height: layer.height, width: layer.width, offset: layer.offset, scale: layer.scale };
}

export function pictureData(layout: FcnLayout, m: Messages): TracerPicture {
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
    m.t('fcnTracer.picture.input', { size: dims(input) }),
    m.t('fcnTracer.picture.padded', {
      padded: dims({ height: height + 2 * padding, width: width + 2 * padding }),
      padding: String(padding),
    }),
  ];
  if (upsampled && crop) {
    const start = upsampled.offset;
    parts.push(m.t('fcnTracer.picture.upsampled', { layer: upsampled.name, size: dims(upsampled), start: num(start) }));
    const offset = num(crop.offset);
    parts.push(
      !crop.fits
        ? m.t('fcnTracer.picture.runsPast', { size: dims(input), offset })
        : start + crop.offset === 0
          ? m.t('fcnTracer.picture.covers', { offset })
          : m.t('fcnTracer.picture.starts', { offset, start: num(start + crop.offset) }),
    );
  } else {
    parts.push(m.t('fcnTracer.picture.noOutput'));
  }
  if (grid) {
    parts.push(
      m.t('fcnTracer.picture.grid', {
        layer: grid.name,
        size: dims(grid),
        scale: String(grid.scale),
        offset: num(grid.offset),
      }),
    );
  }
  const description = `${parts.join(m.t('fcnTracer.picture.join'))}${m.t('fcnTracer.picture.end')}`;
  return { input, padding, upsampled, crop, grid, description };
}
