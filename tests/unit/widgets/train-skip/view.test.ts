// The worker reports codes and numbers; the element's words for every one of them, in English and Korean.
import { describe, expect, it } from 'vitest';
import { messagesFor } from '../../../../src/i18n';
import type { FromWorker, ProgressStep, StateReason } from '../../../../src/tf/skip-train-messages';
import type { BackendWhy } from '../../../../src/tf/worker-backend';
import { progressWords, stateWords, whyWords } from '../../../../src/widgets/train-skip/view';

const REASONS: StateReason[] = [
  'ready',
  'training',
  'paused',
  'hidden',
  'reset',
  'fcn8s',
  'learningRate',
  'limit',
  'alreadyDone',
];
const STEPS: ProgressStep[] = ['starting', 'composing', 'weights', 'caching', 'cachingHeldOut'];
const WHYS: BackendWhy[] = ['chosen', 'gpu', 'noOffscreenWebgl', 'softwareWebgl'];
const clean = (text: string) => text.length > 0 && !/[{}]|undefined|NaN|trainSkip\./.test(text);

const state = (reason: StateReason, stage: 'fcn16s' | 'fcn8s' = 'fcn16s'): Extract<FromWorker, { type: 'state' }> => ({
  type: 'state',
  running: reason === 'training',
  stage,
  step: 1234,
  stageStep: 300,
  learningRate: 0.003,
  reason,
});

describe.each(['en', 'ko'] as const)('train-skip words (%s)', (locale) => {
  const m = messagesFor(locale);
  const context = { speed: '2.5 steps/s on WASM', readyText: 'Ready.', evalEvery: '10' };

  it('says every state the worker reports, for both stages', () => {
    for (const reason of REASONS)
      for (const stage of ['fcn16s', 'fcn8s'] as const)
        expect(clean(stateWords(m, state(reason, stage), context))).toBe(true);
  });

  it('says every preparation step and every backend reason', () => {
    for (const step of STEPS) expect(clean(progressWords(m, step, 8, 96))).toBe(true);
    for (const why of WHYS) expect(clean(whyWords(m, why, 'SwiftShader'))).toBe(true);
  });
});

describe('train-skip words, exactly', () => {
  it('English keeps the sentences the e2e test reads', () => {
    const en = messagesFor('en');
    const context = { speed: '', readyText: '', evalEvery: '10' };
    expect(stateWords(en, state('learningRate'), context)).toBe('Learning rate 0.003.');
    expect(stateWords(en, state('limit'), context)).toBe(
      'Stopped at step 1,234: this stage stops by itself after 300 steps.',
    );
    expect(progressWords(en, 'composing', 8, 96)).toBe('Composing scenes in the worker (8 of 96)…');
  });

  it('Korean reads with any number (no particle after a computed number)', () => {
    const ko = messagesFor('ko');
    const context = { speed: '', readyText: '', evalEvery: '10' };
    expect(stateWords(ko, state('paused'), context)).toBe('1,234단계에서 일시 정지했습니다.');
    expect(progressWords(ko, 'composing', 8, 96)).toBe('워커에서 장면을 합성하는 중(8/96)…');
  });
});
