// scripts/lib/external-images.ts: large data-URI images leave the HTML for files named by their content; small
// ones stay inline, the same image twice is written once, and the rest of the HTML is untouched.
import { describe, expect, it } from 'vitest';
import { MIN_CHARS, externalizeImages } from '../../scripts/lib/external-images';

const uri = (bytes: number, fill: number): string =>
  `data:image/png;base64,${Buffer.alloc(bytes, fill).toString('base64')}`;

describe('externalizeImages(html, url, write)', () => {
  it('moves large images out, keeps small ones, writes each file once and names it by its bytes', () => {
    const big = uri(4000, 7);
    const other = uri(4000, 9);
    const small = uri(100, 1);
    expect(small.length).toBeLessThanOrEqual(MIN_CHARS);
    const html = `<p>x</p><img src="${big}" alt="a"><svg><image href="${other}"/><image href="${big}"/></svg><img src="${small}">`;
    const written = new Map<string, Buffer>();
    const { html: out, moved } = externalizeImages(
      html,
      (file) => `/_astro/${file}`,
      (file, bytes) => written.set(file, bytes),
    );
    expect(moved).toBe(3);
    expect(written.size).toBe(2);
    for (const bytes of written.values()) expect(bytes.length).toBe(4000);
    const names = [...out.matchAll(/\/_astro\/(first-frame\.[0-9a-f]{12}\.png)/g)].map((match) => match[1]);
    expect(names).toHaveLength(3);
    expect(names[0]).toBe(names[2]); // the same picture, the same file
    expect(names[0]).not.toBe(names[1]);
    expect(written.get(names[1])?.[0]).toBe(9);
    expect(out).toContain(small);
    expect(out.startsWith('<p>x</p><img src="/_astro/first-frame.')).toBe(true);
    expect(
      out.endsWith(
        `alt="a"><svg><image href="/_astro/${names[1]}"/><image href="/_astro/${names[0]}"/></svg><img src="${small}">`,
      ),
    ).toBe(true);
  });
});
