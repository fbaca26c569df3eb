// Model widgets draw what they can at build time (#18 "Without JavaScript, and before it loads"): the feature-map
// widget's first frame is the first test scene and the classic kernels' four maps over it, in the HTML, so a reader
// without JavaScript sees real figures; the learned maps say they need the model.
import { describe, expect, it } from 'vitest';
import { builtPages, documentOf } from './helpers/built-site';

const pages = builtPages().filter((page) => /\/vgg-backbone\/index\.html$/.test(page.file));

describe('feature maps first frame', () => {
  it('finds the VGG backbone lesson in both locales', () => {
    expect(pages.map((page) => page.path).sort()).toEqual(['/ko/vgg-backbone/', '/vgg-backbone/']);
  });

  it.each(pages.map((page) => [page.path, page.file]))(
    '%s: scene image and four classic maps in the HTML',
    (_, file) => {
      const widget = documentOf(file).querySelector('feature-maps-el');
      expect(widget).not.toBeNull();
      const scene = widget?.querySelector('.scene-image img');
      expect(scene?.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
      expect(scene?.getAttribute('alt')).toBeTruthy();
      const classic = widget?.querySelector('.classic svg');
      expect(classic?.getAttribute('aria-label')).toBeTruthy();
      const tiles = [...(classic?.querySelectorAll('image') ?? [])].map((image) => image.getAttribute('href'));
      expect(tiles).toHaveLength(4);
      for (const href of tiles) expect(href).toMatch(/^data:image\/png;base64,/);
      expect(new Set(tiles).size).toBe(4);
      expect(widget?.querySelector('.learned-note')?.textContent?.trim()).toBeTruthy();
    },
  );
});
