// @vitest-environment jsdom
import * as Plot from '@observablehq/plot';
import { describe, expect, it } from 'vitest';
import { asLabelledImage } from '../../../src/figures/plot-image';
import { expectSvgSnapshot } from './helpers/svg-snapshot';

describe('asLabelledImage(plot, label, className)', () => {
  it('leaves one accessible name, on the <svg role="img">, and strips the marks\' aria-labels', async () => {
    const plot = Plot.plot({ width: 240, height: 120, marks: [Plot.barY([3, 1, 2], { x: (_, i) => i, y: (d) => d })] });
    expect(plot.querySelectorAll('[aria-label]').length).toBeGreaterThan(0);
    const svg = asLabelledImage(plot, 'three bars', 'bars');
    expect([...svg.querySelectorAll('[aria-label], [aria-description]')]).toEqual([]);
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toBe('three bars');
    expect(svg.classList.contains('bars')).toBe(true);
    await expectSvgSnapshot(svg, 'plot-image/bars');
  });

  it('refuses a Plot that returned a <figure> (a legend or title) instead of an <svg>', () => {
    const figure = Plot.plot({ title: 'with a title', marks: [Plot.dot([1, 2], { x: (d) => d })] });
    expect(() => asLabelledImage(figure, 'x', 'y')).toThrow(/expected Plot to return an <svg>/);
  });
});
