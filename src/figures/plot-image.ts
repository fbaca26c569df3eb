/**
 * Observable Plot labels each mark's <g> with aria-label ("bar", "x-axis tick", …). Inside a figure that is one
 * image for assistive technology those labels are noise, and axe rejects aria-label on a role-less <g>. Keep a
 * single accessible name on the <svg> (role="img") and strip the rest.
 */
export function asLabelledImage(plot: Element, label: string, className: string): SVGSVGElement {
  // By name, not `instanceof SVGSVGElement`: the build's first frame (firstFrame, on jsdom) has no such global.
  if (plot.localName !== 'svg') throw new Error('expected Plot to return an <svg> (no legend or title)');
  for (const element of plot.querySelectorAll('[aria-label], [aria-description]')) {
    element.removeAttribute('aria-label');
    element.removeAttribute('aria-description');
  }
  const svg = plot as SVGSVGElement;
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  svg.classList.add(className);
  return svg;
}
