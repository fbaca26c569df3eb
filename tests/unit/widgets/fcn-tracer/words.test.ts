// The tracer's sentences in English and Korean: the same numbers, the reader's words, no placeholder left.
import { describe, expect, it } from 'vitest';
import { messagesFor } from '../../../../src/i18n';
import { fcnLayout } from '../../../../src/lib/fcn/geometry';
import { cropRows, layerRows } from '../../../../src/widgets/fcn-tracer/table-rows';
import { layoutSentence, problemText, shiftWords } from '../../../../src/widgets/fcn-tracer/words';
import { runReport } from '../../../../src/widgets/fcn-tracer/run-report';
import { sanitize } from '../../../../src/widgets/fcn-tracer/state';

const en = messagesFor('en');
const ko = messagesFor('ko');

describe('layoutSentence(layout, m)', () => {
  it('caffe + floor at 500×500: upscore 512×512 is too small to crop 500×500 at offset 19', () => {
    const r = fcnLayout({ variant: 'fcn32s', height: 500, width: 500, design: 'caffe', poolRounding: 'floor' });
    expect(layoutSentence(r, en)).toBe(
      'With floor rounding, pool5 is 21×21, fc6 leaves 15×15 and upscore gives 512×512, too small to crop 500×500 at offset 19.',
    );
    expect(layoutSentence(r, ko)).toBe(
      'floor (내림) 반올림에서는 pool5 크기는 21×21, fc6 크기는 15×15입니다. 그래서 upscore 크기(512×512)가 오프셋 19에서 500×500 크기로 잘라내기에는 너무 작습니다.',
    );
  });

  it('caffe + floor on 1×1: pool5 6×6 is too small for fc6', () => {
    const r = fcnLayout({ variant: 'fcn8s', height: 1, width: 1, design: 'caffe', poolRounding: 'floor' });
    expect(layoutSentence(r, en)).toMatch(/pool5 is only 6×6, too small for fc6's 7×7 window/);
    expect(layoutSentence(r, ko)).toMatch(/pool5 크기가 6×6밖에 되지 않습니다\. fc6의 7×7 창\(패딩 0\)보다 작으므로/);
  });

  it('seed FCN-16s at 100×75 returns upscore16 uncropped at 112×80', () => {
    const r = fcnLayout({ variant: 'fcn16s', height: 100, width: 75, design: 'seed' });
    expect(layoutSentence(r, en)).toMatch(/returns upscore16 uncropped at 112×80/);
    expect(layoutSentence(r, ko)).toMatch(/upscore16\(112×80\) 그대로 자르지 않고/);
  });

  it('large sizes are written without a thousands separator', () => {
    const r = fcnLayout({ variant: 'fcn32s', height: 1024, width: 1000, design: 'caffe' });
    expect(layoutSentence(r, en)).toMatch(/^A 1024×1000 input fits/);
  });
});

describe('shiftWords(m, [down, right])', () => {
  it('reads like a direction', () => {
    expect(shiftWords(en, [19, 19])).toBe('19 px down and right');
    expect(shiftWords(en, [-3, -3])).toBe('3 px up and left');
    expect(shiftWords(en, [-3, 2])).toBe('3 px up, 2 px right');
    expect(shiftWords(en, [0, -1])).toBe('1 px left');
    expect(shiftWords(en, [0, 0])).toBe('none');
    expect(shiftWords(ko, [19, 19])).toBe('오른쪽 아래로 19px');
    expect(shiftWords(ko, [-3, 2])).toBe('위로 3px, 오른쪽으로 2px');
  });
});

describe('problemText(m, problem)', () => {
  it('says what sanitize had to change', () => {
    const { problems } = sanitize({ height: '2000', width: '', design: 'nope' });
    expect(problems.map((p) => problemText(en, p))).toEqual([
      'Unknown design "nope".',
      'Height must be a whole number from 1 to 1024 (got 2000).',
      'Width must be a whole number from 1 to 1024 (got nothing).',
    ]);
    expect(problemText(ko, problems[1])).toBe('높이: 1부터 1024까지의 정수여야 합니다(입력값: 2000).');
  });
});

describe('table rows and run report', () => {
  it('FCN-8s caffe at 500×500: the crops and operations in both languages', () => {
    const r = fcnLayout({ variant: 'fcn8s', height: 500, width: 500, design: 'caffe' });
    expect(cropRows(r, en).map((c) => [c.name, c.offset, c.fits, c.blobs])).toEqual([
      ['score_pool4c', '5', 'fits', 'score_pool4 → upscore2'],
      ['score_pool3c', '9', 'fits', 'score_pool3 → upscore_pool4'],
      ['score', '31', 'fits', 'upscore8 → input'],
    ]);
    expect(cropRows(r, ko).at(-1)).toMatchObject({ fits: '맞음', blobs: 'upscore8 → 입력' });
    const rows = layerRows(r, ko);
    expect(rows[0].operation).toBe('합성곱 3×3, 패딩 100');
    expect(rows.find((l) => l.name === 'pool1')?.operation).toBe('최대 풀링 2×2 /2, ceil (올림)');
    expect(rows.find((l) => l.name === 'upscore8')?.operation).toBe('전치 합성곱 16×16 /8, 패딩 0');
  });

  it('a run that matches is reported as such', () => {
    const r = fcnLayout({ variant: 'fcn32s', height: 64, width: 64, design: 'ours' });
    const run = {
      backend: 'wasm',
      milliseconds: 12.4,
      ok: true,
      layers: r.layers.map((l) => ({ name: l.name, shape: [l.height, l.width, 2] as [number, number, number] })),
    };
    expect(runReport(r, run, en).text).toBe(
      `tfjs (WASM) ran all ${r.layers.length} layers in 12 ms: every actual shape matches the predicted one.`,
    );
    expect(runReport(r, run, ko).text).toMatch(/^tfjs\(WASM\): 층 \d+개를 모두 실행했습니다\(12 ms\)\./);
  });
});
