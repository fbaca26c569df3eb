// @vitest-environment jsdom
// #18 robustness: the tracer over its whole control range. Every network × design × rounding with every side
// 1…1024 (paired with 1025 − side, so both axes see every size) gives a sentence, both tables and a picture
// description in English and Korean with no placeholder left; the figure is drawn for every combination at the
// sizes where the network changes most (1…80, the powers of two and their neighbours) and at 200 random sizes,
// and is never blank. Out-of-range and junk control values are explained and never reach the maths.
import { describe, expect, it } from 'vitest';
import { drawFcnTracer } from '../../../../src/figures/fcn-tracer';
import { messagesFor } from '../../../../src/i18n';
import { fcnLayout, type FcnLayout } from '../../../../src/lib/fcn/geometry';
import { FCN_VARIANTS } from '../../../../src/lib/fcn/variants';
import { pictureData } from '../../../../src/widgets/fcn-tracer/picture-data';
import { DESIGNS, MAX_SIZE, ROUNDINGS, sanitize } from '../../../../src/widgets/fcn-tracer/state';
import { cropRows, layerRows } from '../../../../src/widgets/fcn-tracer/table-rows';
import { layoutSentence, problemText } from '../../../../src/widgets/fcn-tracer/words';
import { createRandom } from '../../../../src/lib/random';

const locales = [messagesFor('en'), messagesFor('ko')];
const combos = FCN_VARIANTS.flatMap((variant) =>
  DESIGNS.flatMap((design) => ROUNDINGS.map((poolRounding) => ({ variant, design, poolRounding }))),
);

const clean = (text: string): boolean => text.trim().length > 0 && !/[{}]|undefined|NaN/.test(text);

function expectWords(layout: FcnLayout): void {
  for (const m of locales) {
    const sentence = layoutSentence(layout, m);
    if (!clean(sentence)) throw new Error(`bad sentence for ${JSON.stringify(layout.options)}: ${sentence}`);
    const texts = [
      ...layerRows(layout, m).flatMap((r) => [r.operation, r.predicted, r.scale, r.offset]),
      ...cropRows(layout, m).flatMap((r) => [r.offset, r.fits, r.topLeft, r.centred, r.blobs]),
      pictureData(layout, m).description,
    ];
    const bad = texts.find((text) => !clean(text));
    if (bad !== undefined) throw new Error(`bad text for ${JSON.stringify(layout.options)}: "${bad}"`);
  }
}

function expectPicture(layout: FcnLayout, width: number): void {
  for (const m of locales) {
    const svg = drawFcnTracer(pictureData(layout, m), { width, m });
    const rects = [...svg.querySelectorAll('rect')];
    const size = [svg.getAttribute('width'), svg.getAttribute('height')].map(Number);
    const finite = [...svg.querySelectorAll('rect, circle')].every((el) =>
      ['x', 'y', 'width', 'height', 'cx', 'cy', 'r']
        .map((name) => el.getAttribute(name))
        .every((v) => v === null || Number.isFinite(Number(v))),
    );
    if (
      rects.length < 2 ||
      !size.every((v) => Number.isFinite(v) && v > 0) ||
      !finite ||
      !svg.getAttribute('aria-label')
    )
      throw new Error(`blank or broken picture for ${JSON.stringify(layout.options)} at width ${width}`);
  }
}

describe('the tracer over its whole range', () => {
  it(`every network, design and rounding, every side 1…${MAX_SIZE}: words in both languages, never a throw`, () => {
    let count = 0;
    for (const combo of combos) {
      for (let side = 1; side <= MAX_SIZE; side++) {
        expectWords(fcnLayout({ ...combo, height: side, width: MAX_SIZE + 1 - side }));
        count++;
      }
    }
    expect(count).toBe(18 * MAX_SIZE);
  });

  it('the picture is never blank: sides 1…80, around every power of two, and 200 random combinations and sizes', () => {
    const sides = [...Array.from({ length: 80 }, (_, i) => i + 1)];
    for (let p = 128; p <= MAX_SIZE; p *= 2) sides.push(p - 1, p, Math.min(MAX_SIZE, p + 1));
    const next = createRandom(18).next;
    for (const combo of combos) {
      for (const side of sides) expectPicture(fcnLayout({ ...combo, height: side, width: side }), 560);
    }
    for (let i = 0; i < 200; i++) {
      const combo = combos[Math.floor(next() * combos.length)];
      const height = 1 + Math.floor(next() * MAX_SIZE);
      const width = 1 + Math.floor(next() * MAX_SIZE);
      expectPicture(fcnLayout({ ...combo, height, width }), 240 + Math.floor(next() * 400));
    }
  }, 120_000);

  it('junk control values are explained and the state stays valid', () => {
    const junk = ['', ' ', '0', '-1', '1.5', '1025', '1e9', 'NaN', 'Infinity', 'abc', '500px', '0x10', '7', '1024'];
    for (const value of junk) {
      for (const field of ['height', 'width', 'variant', 'design', 'rounding'] as const) {
        const { state, problems } = sanitize({ [field]: value });
        expect(() => fcnLayout({ ...state, poolRounding: state.rounding })).not.toThrow();
        for (const m of locales) for (const p of problems) expect(problemText(m, p)).not.toMatch(/[{}]|undefined/);
        if (field === 'height' || field === 'width') {
          const accepted = /^\d+$/.test(value) && Number(value) >= 1 && Number(value) <= MAX_SIZE;
          expect(problems.length, `${field}=${value}`).toBe(accepted ? 0 : 1);
        }
      }
    }
  });
});
