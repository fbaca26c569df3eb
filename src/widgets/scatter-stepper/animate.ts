/**
 * Motion for the scatter-add figure, with d3 transitions on an SVG drawn by src/figures/scatter-stepper.ts:
 * the scaled kernel's cells fly from the kernel panel to where they land on the canvas, then the canvas's
 * new sums fade in; at the crop, the dimmed border and the output fade in. Callers skip this entirely when
 * the reader prefers reduced motion, and the figure is complete without it.
 */
import { easeCubicInOut } from 'd3-ease';
import { select } from 'd3-selection';
// d3-transition adds `selection.transition()` / `.interrupt()` as a side effect; d3 is marked side-effect free,
// so only importing the package itself keeps that.
import 'd3-transition';

/** Stop every running transition in an SVG that is about to be replaced. */
export function stopAnimations(svg: Element | null): void {
  if (!svg) return;
  select(svg).selectAll('*').interrupt();
}

export function animateStamp(svg: SVGSVGElement, durationMs: number): void {
  const root = select(svg);
  const move = durationMs * 0.6;
  const fresh = root.selectAll<SVGGElement, unknown>('.canvas-panel .cell.fresh text');
  fresh
    .style('opacity', 0)
    .transition()
    .delay(move * 0.8)
    .duration(durationMs - move * 0.8)
    .style('opacity', 1);
  const layer = root.select<SVGGElement>('.flying').style('opacity', 1);
  layer.selectAll<SVGGElement, unknown>('.flying-cell').each(function moveIn(this: SVGGElement) {
    const to = this.getAttribute('transform') ?? '';
    select(this)
      .attr('transform', this.dataset.from ?? to)
      .transition()
      .duration(move)
      .ease(easeCubicInOut)
      .attr('transform', to);
  });
  layer
    .transition()
    .delay(move)
    .duration(durationMs - move)
    .style('opacity', 0);
}

export function animateCrop(svg: SVGSVGElement, durationMs: number): void {
  const root = select(svg);
  for (const selector of ['.crop-layer', '.output-panel']) {
    root.selectAll(selector).style('opacity', 0).transition().duration(durationMs).style('opacity', 1);
  }
}
