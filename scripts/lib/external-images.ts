// The build's first frames (scenes, feature maps) are drawn in jsdom and come out as PNG data URIs inside the HTML.
// Inline they made a lesson's HTML 3–4 times heavier (the VGG lesson 152 KB gzip instead of 37), and the HTML is
// what a phone waits for before its first paint. This integration moves every data-URI image larger than
// MIN_BYTES into its own file, /_astro/first-frame.<hash>.<ext>, named by its content (English and Korean pages share
// them), and points the src / href at it.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Data URIs up to this many characters stay inline (a small swatch costs less than a request). */
export const MIN_CHARS = 2048;
const DATA_URI = /data:image\/(png|jpeg|webp);base64,([A-Za-z0-9+/]+=*)/g;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Replace each large data URI in `html` by `url(file)`, calling `write(file, bytes)` once per new file. */
export function externalizeImages(
  html: string,
  url: (file: string) => string,
  write: (file: string, bytes: Buffer) => void,
): { html: string; moved: number } {
  let moved = 0;
  const out = html.replace(DATA_URI, (whole, type: string, base64: string) => {
    if (whole.length <= MIN_CHARS) return whole;
    const bytes = Buffer.from(base64, 'base64');
    const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 12);
    const file = `first-frame.${hash}.${type === 'jpeg' ? 'jpg' : type}`;
    write(file, bytes);
    moved += 1;
    return url(file);
  });
  return { html: out, moved };
}

export default function externalImages(): AstroIntegration {
  let base = '/';
  let assets = '_astro';
  return {
    name: 'fcn:external-images',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        assets = config.build.assets;
      },
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const written = new Set<string>();
        let moved = 0;
        for (const file of htmlFiles(root)) {
          const result = externalizeImages(
            readFileSync(file, 'utf8'),
            (name) => `${base}${assets}/${name}`,
            (name, bytes) => {
              if (written.has(name)) return;
              writeFileSync(join(root, assets, name), bytes);
              written.add(name);
            },
          );
          if (result.moved > 0) writeFileSync(file, result.html);
          moved += result.moved;
        }
        logger.info(`${moved} first-frame images moved out of the HTML into ${written.size} files`);
      },
    },
  };
}
