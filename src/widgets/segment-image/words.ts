/**
 * The segment-image widget's sentences about a reader's image, in the page's language: why it was refused
 * (an InputProblem's code and numbers) and what was done to it on the way in (its notes). Sizes are always
 * width × height.
 */
import type { Messages } from '../../i18n';
import type { InputFailure, InputNote } from '../shared/fcn-input';

/** Pixel counts as plain digits ("10000 × 8000", as image sizes are printed), not grouped like quantities. */
const px = (n: number): string => String(n);

/** "photo.heic is a HEIC image …" for the problem line. */
export function problemText(file: string, failure: InputFailure, m: Messages): string {
  const t = (key: Parameters<Messages['t']>[0], params: Record<string, string | number> = {}) =>
    m.t(key, { file, ...params });
  switch (failure.code) {
    case 'noPixels':
      return t('segmentImage.problem.noPixels', { width: px(failure.width), height: px(failure.height) });
    case 'tooSmall':
      return t('segmentImage.problem.tooSmall', {
        width: px(failure.width),
        height: px(failure.height),
        minSide: px(failure.minSide),
      });
    case 'tooThin':
      return t('segmentImage.problem.tooThin', {
        width: px(failure.width),
        height: px(failure.height),
        scaledWidth: px(failure.scaledWidth),
        scaledHeight: px(failure.scaledHeight),
        maxSide: px(failure.maxSide),
        minSide: px(failure.minSide),
      });
    case 'empty':
      return t('segmentImage.problem.empty');
    case 'notImage':
      return t('segmentImage.problem.notImage', { type: failure.type });
    case 'unknownFormat':
      return t('segmentImage.problem.unknownFormat');
    case 'heic':
      return t('segmentImage.problem.heic');
    case 'tooManyPixels':
      return t('segmentImage.problem.tooManyPixels', {
        width: px(failure.width),
        height: px(failure.height),
        megapixels: m.number((failure.width * failure.height) / 1e6, 0),
        maxMegapixels: m.number(failure.maxPixels / 1e6, 0),
      });
    case 'undecodable':
      return t('segmentImage.problem.undecodable');
    case 'svgWithoutSize':
      return t('segmentImage.problem.svgWithoutSize');
    case 'noCanvas':
      return t('segmentImage.problem.noCanvas');
    case 'fetchFailed':
      return t('segmentImage.problem.fetchFailed', { status: px(failure.status) });
  }
}

/** "Note: scaled down from 4000 × 3000 to 512 × 384 px …" for the notes line. */
export function noteText(note: InputNote, m: Messages): string {
  const words = (() => {
    switch (note.code) {
      case 'scaled':
        return m.t('segmentImage.note.scaled', {
          fromWidth: px(note.from.width),
          fromHeight: px(note.from.height),
          width: px(note.to.width),
          height: px(note.to.height),
          maxSide: px(note.maxSide),
        });
      case 'transparent':
        return m.t('segmentImage.note.transparent', { share: m.percent(note.share, 0) });
      case 'gifFirstFrame':
        return m.t('segmentImage.note.gifFirstFrame');
      case 'svgDrawn':
        return m.t('segmentImage.note.svgDrawn');
    }
  })();
  return m.t('segmentImage.note', { note: words });
}
