import { describe, expect, it } from 'vitest';
import { skipStageLayers } from '../../../src/lib/fcn/skip-head';

describe('skipStageLayers(stage)', () => {
  it('FCN-16s adds score_pool4, the learned upscore2 and the fixed upscore16', () => {
    expect(skipStageLayers('fcn16s')).toEqual({ skip: 'score_pool4', up: 'upscore2', fixed: 'upscore16' });
  });
  it('FCN-8s adds score_pool3, the learned upscore_pool4 and the fixed upscore8', () => {
    expect(skipStageLayers('fcn8s')).toEqual({ skip: 'score_pool3', up: 'upscore_pool4', fixed: 'upscore8' });
  });
});
