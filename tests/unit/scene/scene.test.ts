// The scene generator: reproducible by seed, labels exactly where sprite alpha ≥ 0.5, later objects on top,
// thin parts kept, and train/test objects kept apart.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { composeScene } from '../../../src/lib/scene/compose';
import { CLASSES, SEED_RANGES, spriteEntriesFor, splitOfSeed, type DatasetFile } from '../../../src/lib/scene/dataset';
import { drawSprite, NO_JITTER } from '../../../src/lib/scene/transform';
import type { Sprite, Texture } from '../../../src/lib/scene/types';

function solidSprite(
  name: string,
  classId: number,
  h: number,
  w: number,
  rgb: [number, number, number],
  alphaAt: (y: number, x: number) => number,
): Sprite {
  const rgba = new Uint8Array(h * w * 4);
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) rgba.set([...rgb, alphaAt(y, x)], (y * w + x) * 4);
  return { name, classId, height: h, width: w, rgba };
}

const sprites: Sprite[] = [
  solidSprite('disc', 1, 20, 20, [250, 10, 10], (y, x) => ((y - 9.5) ** 2 + (x - 9.5) ** 2 < 81 ? 255 : 0)),
  solidSprite('bar', 2, 8, 24, [10, 250, 10], () => 255),
  solidSprite('ring', 3, 16, 16, [10, 10, 250], (y, x) => (Math.abs(Math.hypot(y - 7.5, x - 7.5) - 6) < 1.5 ? 255 : 0)),
];
const textures: Texture[] = [
  { name: 'ramp', height: 8, width: 8, gray: Uint8Array.from({ length: 64 }, (_, i) => i * 4) },
];
const options = { height: 48, width: 64, sprites, textures };

function blank(h: number, w: number) {
  return { rgb: new Float32Array(h * w * 3), labels: new Uint8Array(h * w), owner: new Int16Array(h * w).fill(-1) };
}

describe('composeScene(seed, options)', () => {
  it('is deterministic: the same seed gives the same bytes, another seed a different scene', () => {
    const a = composeScene(42, options);
    const b = composeScene(42, options);
    const c = composeScene(43, options);
    expect(Buffer.from(a.image).equals(Buffer.from(b.image))).toBe(true);
    expect(Buffer.from(a.labels).equals(Buffer.from(b.labels))).toBe(true);
    expect(a.objects).toEqual(b.objects);
    expect(Buffer.from(a.image).equals(Buffer.from(c.image))).toBe(false);
  });

  it('returns RGBA [height, width, 4] with opaque alpha and labels [height, width] in the sprite classes', () => {
    for (let seed = 0; seed < 20; seed++) {
      const s = composeScene(seed, options);
      expect(s.image.length).toBe(48 * 64 * 4);
      expect(s.labels.length).toBe(48 * 64);
      expect(s.objects.length).toBeGreaterThanOrEqual(1);
      expect(s.objects.length).toBeLessThanOrEqual(4);
      expect(s.image.filter((_, i) => i % 4 === 3).every((a) => a === 255)).toBe(true);
      const present = new Set(s.labels);
      for (const label of present) expect(label === 0 || s.objects.some((o) => o.classId === label)).toBe(true);
      const labelled = s.labels.reduce((n, l) => n + (l > 0 ? 1 : 0), 0);
      expect(s.objects.reduce((n, o) => n + o.visiblePixels, 0)).toBe(labelled);
    }
  });
});

describe('composeScene(seed, { planOnly: true }) (what a browser fetches before composing)', () => {
  it('names the same objects, placed the same way, as the full composition — with no sprite pixels at all', () => {
    const empty = sprites.map((s) => ({ ...s, rgba: new Uint8Array(0) }));
    for (let seed = 0; seed < 40; seed++) {
      const full = composeScene(seed, options).objects.map(({ visiblePixels: _, ...o }) => o);
      const plan = composeScene(seed, { ...options, sprites: empty, planOnly: true }).objects.map(
        ({ visiblePixels: _, ...o }) => o,
      );
      expect(plan).toEqual(full);
    }
  });

  it('refuses to draw a sprite whose pixels are not loaded', () => {
    const empty = sprites.map((s) => ({ ...s, rgba: new Uint8Array(0) }));
    expect(() => composeScene(1, { ...options, sprites: empty })).toThrow(/not loaded/);
  });
});

describe('drawSprite(...)', () => {
  it('labels exactly the pixels where the sprite alpha ≥ 0.5 (scale 1, no rotation)', () => {
    const sprite = solidSprite('half', 4, 10, 10, [200, 100, 0], (y, x) => (x < 4 || y === 7 ? 255 : 0));
    const { rgb, labels, owner } = blank(20, 20);
    drawSprite(
      rgb,
      labels,
      owner,
      20,
      20,
      sprite,
      { centreY: 10, centreX: 10, scale: 1, rotation: 0, flipped: false },
      NO_JITTER,
      0,
    );
    for (let y = 0; y < 20; y++)
      for (let x = 0; x < 20; x++) {
        const [sy, sx] = [y - 5, x - 5];
        const inside = sy >= 0 && sy < 10 && sx >= 0 && sx < 10;
        const opaque = inside && (sx < 4 || sy === 7);
        expect(labels[y * 20 + x], `(${y}, ${x})`).toBe(opaque ? 4 : 0);
      }
  });

  it('mirrors the mask when flipped', () => {
    const sprite = solidSprite('left', 1, 6, 6, [255, 255, 255], (_, x) => (x < 2 ? 255 : 0));
    const { rgb, labels, owner } = blank(6, 6);
    drawSprite(
      rgb,
      labels,
      owner,
      6,
      6,
      sprite,
      { centreY: 3, centreX: 3, scale: 1, rotation: 0, flipped: true },
      NO_JITTER,
      0,
    );
    expect([...labels.slice(0, 6)]).toEqual([0, 0, 0, 0, 1, 1]);
  });

  it('puts later objects on top: the overlap takes the second class and colour', () => {
    const { rgb, labels, owner } = blank(20, 20);
    const place = { centreY: 10, centreX: 10, scale: 1, rotation: 0, flipped: false };
    drawSprite(
      rgb,
      labels,
      owner,
      20,
      20,
      solidSprite('a', 1, 10, 10, [255, 0, 0], () => 255),
      place,
      NO_JITTER,
      0,
    );
    drawSprite(
      rgb,
      labels,
      owner,
      20,
      20,
      solidSprite('b', 2, 4, 4, [0, 0, 255], () => 255),
      place,
      NO_JITTER,
      1,
    );
    expect(labels[10 * 20 + 10]).toBe(2);
    expect(owner[10 * 20 + 10]).toBe(1);
    expect([rgb[(10 * 20 + 10) * 3], rgb[(10 * 20 + 10) * 3 + 2]]).toEqual([0, 255]);
    expect(labels[6 * 20 + 6]).toBe(1);
  });

  it('keeps a one-pixel-wide part at scale 1 and a rotated one at scale 0.8', () => {
    const line = solidSprite('stick', 5, 21, 21, [0, 0, 0], (y, x) => (x === 10 || y === 20 ? 255 : 0));
    for (const placement of [
      { centreY: 16, centreX: 16, scale: 1, rotation: 0, flipped: false },
      { centreY: 16, centreX: 16, scale: 0.8, rotation: 25, flipped: false },
    ]) {
      const { rgb, labels, owner } = blank(32, 32);
      const count = drawSprite(rgb, labels, owner, 32, 32, line, placement, NO_JITTER, 0);
      expect(count).toBeGreaterThanOrEqual(placement.scale === 1 ? 41 : 20);
    }
  });
});

describe('the scenes dataset (public/data/dataset.json)', () => {
  const dataset = JSON.parse(readFileSync('public/data/dataset.json', 'utf8')) as DatasetFile;

  it('has ≥ 30 sprites per object class, some of each held out for test, and disjoint train / test files', () => {
    for (const c of CLASSES.slice(1)) {
      const mine = dataset.sprites.filter((s) => s.classId === c.id);
      expect(mine.length, c.name).toBeGreaterThanOrEqual(30);
      expect(
        mine.some((s) => s.split === 'test'),
        c.name,
      ).toBe(true);
    }
    const train = new Set(spriteEntriesFor(dataset, 'train').map((s) => s.file));
    const test = spriteEntriesFor(dataset, 'test').map((s) => s.file);
    expect(test.filter((f) => train.has(f))).toEqual([]);
    const trainSources = new Set(spriteEntriesFor(dataset, 'train').map((s) => s.source));
    expect(spriteEntriesFor(dataset, 'test').filter((s) => trainSources.has(s.source))).toEqual([]);
    expect(spriteEntriesFor(dataset, 'val').every((s) => s.split === 'train')).toBe(true);
  });

  it('has disjoint seed ranges, and splitOfSeed finds them', () => {
    const ranges = Object.values(SEED_RANGES).sort((a, b) => a.from - b.from);
    for (let i = 1; i < ranges.length; i++) expect(ranges[i].from).toBeGreaterThanOrEqual(ranges[i - 1].to);
    expect(splitOfSeed(SEED_RANGES.test.from)).toBe('test');
    expect(splitOfSeed(SEED_RANGES.val.from + 5)).toBe('val');
    expect(splitOfSeed(7)).toBe('train');
  });
});
