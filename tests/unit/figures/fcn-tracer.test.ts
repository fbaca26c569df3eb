// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { drawFcnTracer, type TracerPicture } from '../../../src/figures/fcn-tracer';
import { messagesFor } from '../../../src/i18n';
import { expectSvgSnapshot } from './helpers/svg-snapshot';

const m = messagesFor('en');

// The reference FCN-32s on a 500 × 500 input (pad 100): with ceil pools upscore is 544² and the crop at 19
// lands on the input; with floor pools it is 512² and a 500² window at 19 runs past its end (README facts).
const grid = { name: 'score_fr', offset: 12.5, scale: 32 };
const ceil: TracerPicture = {
  input: { height: 500, width: 500 },
  padding: 100,
  upsampled: { name: 'upscore', height: 544, width: 544, offset: -19, scale: 1 },
  crop: { name: 'score', offset: 19, fits: true, explicit: true },
  grid: { ...grid, height: 16, width: 16 },
  description: 'FCN-32s, ceil pools',
};
const floor: TracerPicture = {
  ...ceil,
  upsampled: { name: 'upscore', height: 512, width: 512, offset: -19, scale: 1 },
  crop: { name: 'score', offset: 19, fits: false, explicit: true },
  grid: { ...grid, height: 15, width: 15 },
  description: 'FCN-32s, floor pools',
};

describe('drawFcnTracer(picture, options)', () => {
  it('draws the padded canvas, the input, upscore and the crop window aligned with the input', async () => {
    const svg = drawFcnTracer(ceil, { width: 560, m });
    expect([...svg.querySelectorAll('text')].map((t) => t.textContent)).toContain('crop window at 19: aligned');
    expect(svg.querySelectorAll('circle')).toHaveLength(16 * 16 + 1);
    await expectSvgSnapshot(svg, 'fcn-tracer/ceil-pools');
  });

  it('marks where a crop that does not fit runs past its map', async () => {
    const svg = drawFcnTracer(floor, { width: 320, maxHeight: 300, m });
    expect([...svg.querySelectorAll('text')].map((t) => t.textContent)).toContain('crop window at 19: does not fit');
    await expectSvgSnapshot(svg, 'fcn-tracer/floor-pools');
  });

  it('says so when the net stops before any upsampling', async () => {
    const svg = drawFcnTracer({ input: { height: 64, width: 96 }, padding: 1, description: 'VGG only' }, { m });
    expect(svg.textContent).toContain('no upsampled output: the net stops earlier');
    await expectSvgSnapshot(svg, 'fcn-tracer/no-upsampling');
  });

  it('speaks Korean when given Korean messages', () => {
    const svg = drawFcnTracer(ceil, { width: 560, m: messagesFor('ko') });
    const texts = [...svg.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).toContain('오프셋 19의 잘라내기 창: 정렬됨');
    expect(texts).toContain('입력 500×500');
  });
});
