// Why a transposed convolution has no output, as a code and numbers: the same verdict as checkTransposedConv
// for every slider combination, and the numbers its English reason quotes.
import { describe, expect, it } from 'vitest';
import { checkTransposedConv } from '../../../src/lib/conv/arithmetic';
import { transposedProblem } from '../../../src/lib/conv/transposed-problem';

describe('transposedProblem', () => {
  it('agrees with checkTransposedConv on every small combination and quotes its numbers', () => {
    const codes = new Set<string>();
    for (let size = 1; size <= 6; size += 1)
      for (let kernelSize = 1; kernelSize <= 6; kernelSize += 1)
        for (let stride = 1; stride <= 4; stride += 1)
          for (let padding = 0; padding <= 5; padding += 1)
            for (let outputPadding = 0; outputPadding <= 3; outputPadding += 1)
              for (let dilation = 1; dilation <= 3; dilation += 1) {
                const params = { size, kernelSize, stride, padding, outputPadding, dilation };
                const check = checkTransposedConv(params);
                const problem = transposedProblem(params);
                expect(problem === undefined).toBe(check.ok);
                if (!problem || check.ok) continue;
                codes.add(problem.code);
                if (problem.code === 'outputPadding') {
                  expect(check.reason).toContain(`a = ${problem.outputPadding}`);
                  expect(check.reason).toContain(`= ${problem.limit}.`);
                } else if (problem.code === 'cropsAll') {
                  expect(check.reason).toContain(`2p = ${problem.cropped}`);
                  expect(check.reason).toContain(`only ${problem.canvas} `);
                }
              }
    expect(codes).toEqual(new Set(['outputPadding', 'cropsAll']));
  });

  it('passes on the English reason of values no slider gives', () => {
    const problem = transposedProblem({ size: 0, kernelSize: 3 });
    expect(problem?.code).toBe('other');
    expect(problem?.code === 'other' && problem.reason).toMatch(/Input size/);
  });
});
