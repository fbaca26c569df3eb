/**
 * A widget's first frame, drawn at build time: the figures are pure (data → SVG element, with d3-selection's
 * `create` or Observable Plot, which draw into the global `document`), so the build runs the same figure code on
 * a jsdom document and puts the markup in the page. A reader without JavaScript sees the real figure, and the
 * page's largest paint is not an empty box; the widget's client code replaces it on its first update.
 *
 *   ---
 *   const svg = firstFrame(() => checkerboardFigure(data, options));
 *   ---
 *   <div class="drawing" set:html={svg} />
 *
 * Build-time only (a .astro file's frontmatter): it imports jsdom, which never reaches the browser.
 */
import { JSDOM } from 'jsdom';
import { installCanvasOn } from './canvas';

let dom: JSDOM | undefined;

function buildWindow(): Window & typeof globalThis {
  if (!dom) {
    dom = new JSDOM('<!doctype html><html><head></head><body></body></html>');
    installCanvasOn(dom.window);
  }
  return dom.window;
}

const GLOBALS = ['document', 'window', 'HTMLCanvasElement', 'Element', 'SVGElement', 'Node'] as const;

/**
 * Run `draw` with jsdom's `document` (and its `window`, `Element`, `HTMLCanvasElement`) as the globals, and return
 * the outer HTML of what it drew (one element or several). Restores the globals afterwards, even if `draw` throws.
 */
export function firstFrame(draw: () => Element | readonly Element[]): string {
  const window = buildWindow();
  const saved = GLOBALS.map((name) => [name, Object.getOwnPropertyDescriptor(globalThis, name)] as const);
  for (const name of GLOBALS) {
    Object.defineProperty(globalThis, name, { value: window[name], configurable: true, writable: true });
  }
  try {
    const drawn = draw();
    return (Array.isArray(drawn) ? drawn : [drawn as Element]).map((element) => element.outerHTML).join('');
  } finally {
    for (const [name, descriptor] of saved) {
      if (descriptor) Object.defineProperty(globalThis, name, descriptor);
      else delete (globalThis as Record<string, unknown>)[name];
    }
  }
}
