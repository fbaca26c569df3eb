// Every refusal and note of the segment-image widget worded in both locales: no key left as the key, no
// placeholder left unfilled, sizes width × height.
import { describe, expect, it } from 'vitest';
import { messagesFor } from '../../../../src/i18n';
import type { InputFailure, InputNote } from '../../../../src/widgets/shared/fcn-input';
import { noteText, problemText } from '../../../../src/widgets/segment-image/words';

const failures: InputFailure[] = [
  { code: 'noPixels', width: 0, height: 10 },
  { code: 'tooSmall', width: 200, height: 10, minSide: 16 },
  { code: 'tooThin', width: 5000, height: 20, scaledWidth: 512, scaledHeight: 2, maxSide: 512, minSide: 16 },
  { code: 'empty' },
  { code: 'notImage', type: 'text/plain' },
  { code: 'unknownFormat' },
  { code: 'heic' },
  { code: 'tooManyPixels', width: 10000, height: 8000, maxPixels: 40_000_000 },
  { code: 'undecodable' },
  { code: 'svgWithoutSize' },
  { code: 'noCanvas' },
  { code: 'fetchFailed', status: 404 },
];
const notes: InputNote[] = [
  { code: 'scaled', from: { width: 4000, height: 3000 }, to: { width: 512, height: 384 }, maxSide: 512 },
  { code: 'transparent', share: 0.25 },
  { code: 'gifFirstFrame' },
  { code: 'svgDrawn' },
];

describe.each(['en', 'ko'] as const)('segment-image words (%s)', (locale) => {
  const m = messagesFor(locale);
  it('words every refusal with the file named and no placeholder left', () => {
    for (const failure of failures) {
      const text = problemText('photo.png', failure, m);
      expect(text).toContain('photo.png');
      expect(text).not.toMatch(/segmentImage\.|\{\w+\}/);
    }
  });
  it('words every note, no placeholder left', () => {
    for (const note of notes) expect(noteText(note, m)).not.toMatch(/segmentImage\.|\{\w+\}/);
  });
  it('puts sizes width × height', () => {
    expect(problemText('a.png', failures[1], m)).toContain('200 × 10');
    expect(problemText('a.png', failures[7], m)).toContain('10000 × 8000');
    expect(noteText(notes[0], m)).toMatch(/4000 × 3000.*512 × 384/);
  });
});

describe('segment-image words in English', () => {
  const m = messagesFor('en');
  it('reads as the e2e tests and the reader expect', () => {
    expect(problemText('huge.png', failures[7], m)).toMatch(
      /huge\.png is 10000 × 8000 px \(80 megapixels\); images over 40 megapixels are refused before decoding/,
    );
    expect(problemText('p.heic', failures[6], m)).toMatch(/HEIC.*save it as JPEG or PNG/);
    expect(noteText(notes[1], m)).toBe(
      'Note: 25% of the pixels are (partly) transparent; they were put on a neutral grey background.',
    );
  });
});
