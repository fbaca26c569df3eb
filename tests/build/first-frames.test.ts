// Model widgets draw what they can at build time (#18 "Without JavaScript, and before it loads"): the feature-map
// widget's first frame is the first test scene and the classic kernels' four maps over it, in the HTML, so a reader
// without JavaScript sees real figures; the learned maps say they need the model. The pictures themselves are PNG
// files beside the page (scripts/lib/external-images.ts moves them out of the HTML), and no large image is inline.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodePngRgba } from '../../src/lib/image/png-rgba';
import { MIN_CHARS } from '../../scripts/lib/external-images';
import { DIST, builtPages, documentOf } from './helpers/built-site';

const FILE = /^\/_astro\/first-frame\.[0-9a-f]{12}\.png$/;
const png = (url: string | null | undefined) => decodePngRgba(readFileSync(join(DIST, url ?? '')));

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
      expect(scene?.getAttribute('src')).toMatch(FILE);
      expect(png(scene?.getAttribute('src'))).toMatchObject({ width: 128, height: 128 });
      expect(scene?.getAttribute('loading')).toBe('lazy');
      expect(scene?.getAttribute('alt')).toBeTruthy();
      const classic = widget?.querySelector('.classic svg');
      expect(classic?.getAttribute('aria-label')).toBeTruthy();
      const tiles = [...(classic?.querySelectorAll('image') ?? [])].map((image) => image.getAttribute('href'));
      expect(tiles).toHaveLength(4);
      for (const href of tiles) expect(href).toMatch(FILE);
      expect(new Set(tiles).size).toBe(4);
      expect(new Set(tiles.map((href) => Buffer.from(png(href).rgba).toString('base64'))).size).toBe(4);
      const inline = readFileSync(file, 'utf8').match(/data:image\/[a-z]+;base64,[A-Za-z0-9+/=]+/g) ?? [];
      expect(inline.filter((uri) => uri.length > MIN_CHARS)).toEqual([]);
      expect(widget?.querySelector('.learned-note')?.textContent?.trim()).toBeTruthy();
    },
  );
});
