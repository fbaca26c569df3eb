// npm run build-data — rebuilds public/data/ (sprites, textures, dataset.json, CREDITS.md) from the Debian
// packages openclipart-png and python3-skimage, using the hand-picked list in scripts/data/picks.json.
//
//   mkdir -p /tmp/fcn-debs && cd /tmp/fcn-debs && apt-get download openclipart-png python3-skimage
//   dpkg-deb -x openclipart-png_*.deb . && dpkg-deb -x python3-skimage_*.deb .
//   npm run build-data -- --root /tmp/fcn-debs
//
// Each sprite is cropped to its alpha bounding box and resized so its long side is SPRITE_SIZE pixels;
// exact duplicates (same pixels after resizing) are dropped. Every fifth sprite of a class (index 4, 9, …
// in picks order) goes to the test split; those objects never appear in training scenes.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import sharp from 'sharp';
import { CLASSES, SEED_RANGES, TEST_EVERY, type DatasetFile, type SpriteEntry } from '../src/lib/scene/dataset';

const SPRITE_SIZE = 96;
const TEXTURE_SIZE = 256;
const ALPHA_MIN = 16;
const OPENCLIPART_DIR = 'usr/share/openclipart/png';
const SKIMAGE_DIR = 'usr/lib/python3/dist-packages/skimage/data';
const TEXTURES = [
  { name: 'brick', source: 'Bricks25 from cc0textures.com (scikit-image data.brick)' },
  { name: 'grass', source: 'Grass-01 by linolafett on DeviantArt (scikit-image data.grass)' },
  { name: 'gravel', source: 'Gravel04 from cc0textures.com (scikit-image data.gravel)' },
];

interface Picks {
  source: string;
  picks: Record<string, string[]>;
}

const { values: args } = parseArgs({ options: { root: { type: 'string', default: '/tmp/fcn-debs' } } });

async function croppedSprite(file: string): Promise<{ png: Buffer; raw: Buffer; width: number; height: number }> {
  const { data, info } = await sharp(file).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  let [x0, y0, x1, y1] = [info.width, info.height, -1, -1];
  for (let y = 0; y < info.height; y++) {
    for (let x = 0; x < info.width; x++) {
      if (data[(y * info.width + x) * 4 + 3] < ALPHA_MIN) continue;
      x0 = Math.min(x0, x);
      y0 = Math.min(y0, y);
      x1 = Math.max(x1, x);
      y1 = Math.max(y1, y);
    }
  }
  if (x1 < 0) throw new Error(`${file}: fully transparent`);
  const resized = sharp(data, { raw: { width: info.width, height: info.height, channels: 4 } })
    .extract({ left: x0, top: y0, width: x1 - x0 + 1, height: y1 - y0 + 1 })
    .resize(SPRITE_SIZE, SPRITE_SIZE, { fit: 'inside', kernel: 'lanczos3' });
  const out = await resized.raw().toBuffer({ resolveWithObject: true });
  const png = await sharp(out.data, { raw: { width: out.info.width, height: out.info.height, channels: 4 } })
    .png({ compressionLevel: 9, palette: true, quality: 90, effort: 10, dither: 0.5 })
    .toBuffer();
  return { png, raw: out.data, width: out.info.width, height: out.info.height };
}

async function main(): Promise<void> {
  const root = args.root;
  const outDir = path.resolve('public/data');
  const picks = JSON.parse(readFileSync('scripts/data/picks.json', 'utf8')) as Picks;
  rmSync(path.join(outDir, 'sprites'), { recursive: true, force: true });
  rmSync(path.join(outDir, 'textures'), { recursive: true, force: true });
  mkdirSync(path.join(outDir, 'textures'), { recursive: true });

  const sprites: SpriteEntry[] = [];
  const seen = new Set<string>();
  const credits: string[] = [];
  for (const cls of CLASSES.slice(1)) {
    const list = picks.picks[cls.name] ?? [];
    mkdirSync(path.join(outDir, 'sprites', cls.name), { recursive: true });
    let kept = 0;
    for (const original of list) {
      const sprite = await croppedSprite(path.join(root, OPENCLIPART_DIR, original));
      const hash = createHash('sha256').update(sprite.raw).digest('hex');
      if (seen.has(hash)) continue;
      seen.add(hash);
      let base = path.basename(original, '.png').replace(/[^A-Za-z0-9_.-]/g, '_');
      while (sprites.some((s) => s.file === `sprites/${cls.name}/${base}.png`)) base += '_b';
      const file = `sprites/${cls.name}/${base}.png`;
      writeFileSync(path.join(outDir, file), sprite.png);
      const split = kept % TEST_EVERY === TEST_EVERY - 1 ? 'test' : 'train';
      sprites.push({ file, classId: cls.id, split, width: sprite.width, height: sprite.height, source: original });
      credits.push(
        `| ${file} | openclipart-png | ${OPENCLIPART_DIR}/${original} | Public domain (Creative Commons PD dedication) |`,
      );
      kept++;
    }
    console.log(`${cls.name}: ${kept} sprites`);
  }

  const textures = [];
  for (const t of TEXTURES) {
    const file = `textures/${t.name}.png`;
    await sharp(path.join(root, SKIMAGE_DIR, `${t.name}.png`))
      .greyscale()
      .resize(TEXTURE_SIZE, TEXTURE_SIZE)
      .png({ compressionLevel: 9 })
      .toFile(path.join(outDir, file));
    textures.push({ file, width: TEXTURE_SIZE, height: TEXTURE_SIZE, source: t.source });
    credits.push(`| ${file} | python3-skimage | ${SKIMAGE_DIR}/${t.name}.png | CC0 1.0 (${t.source}) |`);
  }

  const dataset: DatasetFile = {
    classes: CLASSES.map((c) => ({ ...c })),
    ignoreLabel: 255,
    spriteSize: SPRITE_SIZE,
    testEvery: TEST_EVERY,
    seedRanges: SEED_RANGES,
    sprites,
    textures,
  };
  writeFileSync(path.join(outDir, 'dataset.json'), JSON.stringify(dataset, null, 1) + '\n');
  const header = [
    '# Credits for public/data',
    '',
    'Built by `npm run build-data` (scripts/build-data.ts) from Debian bookworm packages; picks in',
    '`scripts/data/picks.json`. Sprites were cropped to their alpha bounding box and resized (long side',
    `${SPRITE_SIZE} px); textures converted to greyscale and resized to ${TEXTURE_SIZE}×${TEXTURE_SIZE}.`,
    '',
    '- openclipart-png 1:0.18+dfsg-19 (https://openclipart.org): every image is dedicated to the public domain',
    '  (Creative Commons Public Domain Dedication; see /usr/share/doc/openclipart-png/copyright).',
    '- python3-skimage 0.19.3-8 data: brick, grass and gravel are CC0 1.0 (scikit-image `data` docstrings).',
    '',
    '| file | Debian package | original file | licence |',
    '|---|---|---|---|',
  ];
  writeFileSync(path.join(outDir, 'CREDITS.md'), [...header, ...credits].join('\n') + '\n');
  console.log(`${sprites.length} sprites, ${textures.length} textures written to ${outDir}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
