/**
 * Observable Plot labels each mark's <g> with aria-label ("bar", "x-axis tick", …). Inside a figure that is one
 * image for assistive technology those labels are noise, and axe rejects aria-label on a role-less <g>. Keep a
 * single accessible name on the <svg> (role="img") and strip the rest.
 */
export function asLabelledImage(plot: Element, label: string, className: string): SVGSVGElement {
  // By tag name, not `instanceof SVGSVGElement`: the build draws first frames on a jsdom document whose classes
  // are not globals (src/components/first-frame/render.ts).
  if (plot.namespaceURI !== 'http://www.w3.org/2000/svg' || plot.localName !== 'svg')
    throw new Error('expected Plot to return an <svg> (no legend or title)');
  for (const element of plot.querySelectorAll('[aria-label], [aria-description]')) {
    element.removeAttribute('aria-label');
    element.removeAttribute('aria-description');
  }
  plot.setAttribute('role', 'img');
  plot.setAttribute('aria-label', label);
  plot.classList.add(className);
  return plot as SVGSVGElement;
}
