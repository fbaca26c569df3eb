// npm run build-emoji — adds the emoji objects to public/data (sprites/emoji/, dataset.json, CREDITS.md).
//
// Objects and labels come without hand-picking: every emoji whose Unicode subgroup (emojibase-data) maps to one
// of our classes (src/lib/scene/emoji-classes.ts), drawn in each open set below that has it. A concept ("cook"
// for cook, man cook and woman cook) is held out whole: every fifth concept of a class, in Unicode order, goes
// to the test split with all its styles. Clip-art entries of dataset.json are kept as they are.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { CLASSES, TEST_EVERY, type DatasetFile, type SpriteEntry } from '../src/lib/scene/dataset';
import { emojiClass, emojiConcept } from '../src/lib/scene/emoji-classes';

const SPRITE_SIZE = 96;
const ALPHA_MIN = 16;
const OUT = path.resolve('public/data');

/** The sets, their licences and how an emoji's hexcode finds its icon (a chars map, or twemoji's name). */
const SETS = [
  {
    prefix: 'twemoji',
    title: 'Twemoji',
    licence: 'CC BY 4.0',
    url: 'https://github.com/jdecked/twemoji',
    lookup: 'chars',
  },
  {
    prefix: 'noto',
    title: 'Noto Emoji',
    licence: 'Apache-2.0',
    url: 'https://github.com/googlefonts/noto-emoji',
    lookup: 'chars',
  },
  {
    prefix: 'fluent-emoji-flat',
    title: 'Fluent Emoji Flat',
    licence: 'MIT',
    url: 'https://github.com/microsoft/fluentui-emoji',
    lookup: 'chars',
  },
  {
    prefix: 'emojione',
    title: 'Emoji One (colored)',
    licence: 'CC BY 4.0',
    url: 'https://github.com/joypixels/emojione-legacy',
    lookup: 'name',
  },
  {
    prefix: 'fxemoji',
    title: 'Firefox OS Emoji',
    licence: 'Apache-2.0',
    url: 'https://github.com/mozilla/fxemoji',
    lookup: 'compact-name',
  },
] as const;

interface IconSet {
  icons: Record<string, { body: string; width?: number; height?: number }>;
  aliases?: Record<string, { parent: string }>;
  width?: number;
  height?: number;
}

interface Emoji {
  hexcode: string;
  label: string;
  subgroup?: number;
}

const req = (p: string): unknown => JSON.parse(readFileSync(path.resolve('node_modules', p), 'utf8'));

function svgOf(set: IconSet, name: string): string | null {
  const icon = set.icons[name] ?? (set.aliases?.[name] ? set.icons[set.aliases[name].parent] : undefined);
  if (!icon) return null;
  const w = icon.width ?? set.width ?? 16;
  const h = icon.height ?? set.height ?? 16;
  return `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}">${icon.body}</svg>`;
}

async function sprite(svg: string): Promise<{ png: Buffer; raw: Buffer; width: number; height: number }> {
  const { data, info } = await sharp(Buffer.from(svg), { density: 600 })
    .resize(256, 256, { fit: 'inside' })
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  let [x0, y0, x1, y1] = [info.width, info.height, -1, -1];
  for (let y = 0; y < info.height; y++) {
    for (let x = 0; x < info.width; x++) {
      if (data[(y * info.width + x) * 4 + 3] < ALPHA_MIN) continue;
      [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x), Math.max(y1, y)];
    }
  }
  if (x1 < 0) throw new Error('fully transparent');
  const out = await sharp(data, { raw: { width: info.width, height: info.height, channels: 4 } })
    .extract({ left: x0, top: y0, width: x1 - x0 + 1, height: y1 - y0 + 1 })
    .resize(SPRITE_SIZE, SPRITE_SIZE, { fit: 'inside', kernel: 'lanczos3' })
    .raw()
    .toBuffer({ resolveWithObject: true });
  const png = await sharp(out.data, { raw: { width: out.info.width, height: out.info.height, channels: 4 } })
    .png({ compressionLevel: 9, palette: true, quality: 90, effort: 10, dither: 0.5 })
    .toBuffer();
  return { png, raw: out.data, width: out.info.width, height: out.info.height };
}

async function main(): Promise<void> {
  const emoji = req('emojibase-data/en/data.json') as Emoji[];
  const groups = req('emojibase-data/meta/groups.json') as { subgroups: Record<string, string> };
  const twemojiChars = req('@iconify-json/twemoji/chars.json') as Record<string, string>;
  const dataset = JSON.parse(readFileSync(path.join(OUT, 'dataset.json'), 'utf8')) as DatasetFile;
  const clipart = dataset.sprites.filter((s) => (s.origin ?? 'clipart') === 'clipart');
  rmSync(path.join(OUT, 'sprites/emoji'), { recursive: true, force: true });

  // Concepts per class in Unicode order; every TEST_EVERY-th concept is held out.
  const chosen: { emoji: Emoji; cls: string; concept: string }[] = [];
  const concepts = new Map<string, string[]>();
  for (const e of emoji) {
    const cls = e.subgroup === undefined ? null : emojiClass(groups.subgroups[e.subgroup] ?? '', e.label);
    if (!cls) continue;
    const concept = emojiConcept(e.label);
    const list = concepts.get(cls) ?? [];
    if (!list.includes(concept)) list.push(concept);
    concepts.set(cls, list);
    chosen.push({ emoji: e, cls, concept });
  }
  const testConcepts = new Set<string>();
  for (const [cls, list] of concepts)
    list.forEach((c, i) => i % TEST_EVERY === TEST_EVERY - 1 && testConcepts.add(`${cls}/${c}`));

  const sprites: SpriteEntry[] = [];
  const credits: string[] = [];
  const seen = new Set<string>();
  for (const set of SETS) {
    const icons = req(`@iconify-json/${set.prefix}/icons.json`) as IconSet;
    const chars =
      set.lookup === 'chars' ? (req(`@iconify-json/${set.prefix}/chars.json`) as Record<string, string>) : twemojiChars;
    let kept = 0;
    for (const { emoji: e, cls, concept } of chosen) {
      const hex = e.hexcode.toLowerCase();
      const base = chars[hex] ?? chars[`${hex}-fe0f`] ?? chars[hex.replace(/-fe0f/g, '')];
      if (!base) continue;
      const name = set.lookup === 'compact-name' ? base.replace(/-/g, '') : base;
      const svg = svgOf(icons, name);
      if (!svg) continue;
      let drawn;
      try {
        drawn = await sprite(svg);
      } catch (error) {
        console.warn(`${set.prefix}/${name}: ${(error as Error).message}`);
        continue;
      }
      const hash = createHash('sha256').update(drawn.raw).digest('hex');
      if (seen.has(hash)) continue;
      seen.add(hash);
      const file = `sprites/emoji/${cls}/${set.prefix}-${name}.png`;
      mkdirSync(path.dirname(path.join(OUT, file)), { recursive: true });
      writeFileSync(path.join(OUT, file), drawn.png);
      const classId = CLASSES.find((c) => c.name === cls)!.id;
      const split = testConcepts.has(`${cls}/${concept}`) ? 'test' : 'train';
      sprites.push({
        file,
        classId,
        split,
        width: drawn.width,
        height: drawn.height,
        source: `${set.prefix}/${name}`,
        origin: 'emoji',
        concept,
      });
      credits.push(
        `| ${file} | ${set.title} (npm @iconify-json/${set.prefix}) | ${name} (${e.label}) | ${set.licence} |`,
      );
      kept++;
    }
    console.log(`${set.prefix}: ${kept} sprites`);
  }
  for (const cls of CLASSES.slice(1)) {
    const mine = sprites.filter((s) => s.classId === cls.id);
    const n = (split: string) => new Set(mine.filter((s) => s.split === split).map((s) => s.concept)).size;
    console.log(`${cls.name}: ${mine.length} emoji sprites, concepts ${n('train')} train + ${n('test')} test`);
  }

  writeFileSync(
    path.join(OUT, 'dataset.json'),
    JSON.stringify({ ...dataset, sprites: [...clipart, ...sprites] }, null, 1) + '\n',
  );
  const creditsFile = path.join(OUT, 'CREDITS.md');
  const old = readFileSync(creditsFile, 'utf8').split('\n## Emoji')[0].trimEnd();
  const header = [
    '',
    '## Emoji (npm run build-emoji, scripts/build-emoji.ts)',
    '',
    'Rendered from the SVGs of these open emoji sets (Iconify JSON packages on npm), cropped to their alpha bounding',
    `box and resized to ${SPRITE_SIZE} px on the long side. Class labels come from Unicode emoji subgroups`,
    '(emojibase-data, MIT). Attribution for the CC BY 4.0 sets: the drawings are by their projects, changed as',
    'described (cropped, resized, palette-quantised).',
    '',
    ...SETS.map((s) => `- ${s.title}: ${s.licence}, ${s.url} (via @iconify-json/${s.prefix})`),
    '',
    '| file | set | icon (Unicode name) | licence |',
    '|---|---|---|---|',
  ];
  writeFileSync(creditsFile, [old, ...header, ...credits].join('\n') + '\n');
  console.log(
    `${sprites.length} emoji sprites (${sprites.filter((s) => s.split === 'test').length} test) + ${clipart.length} clip-art`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
