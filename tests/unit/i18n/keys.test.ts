// The dictionaries (src/i18n/<locale>/) against each other and against the code: every locale has exactly the
// English keys, no empty string, the same {placeholders}; every key is used somewhere in src/ or content/; every
// key the code asks for (in .astro and .mdx files too, which tsc does not check) exists.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dictionaries, en, locales, type UiKey } from '../../../src/i18n';
import { placeholders } from '../../../src/i18n/format';

const DICTIONARY_DIRS = locales.map((locale) => join('src', 'i18n', locale) + '/');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|astro|mdx|mjs|js)$/.test(name) && !DICTIONARY_DIRS.some((dir) => path.startsWith(dir)) ? [path] : [];
  });
}

const sources = [...sourceFiles('src'), ...sourceFiles('content')].map((path) => ({
  path,
  text: readFileSync(path, 'utf8'),
}));
const keys = Object.keys(en) as UiKey[];
const quoted = (key: string) => [`'${key}'`, `"${key}"`, `\`${key}\``];

describe.each(locales)('dictionary %s', (locale) => {
  const dictionary = dictionaries[locale] as Record<string, unknown>;

  it('has every English key and no other', () => {
    expect(
      keys.filter((key) => !(key in dictionary)),
      'missing',
    ).toEqual([]);
    expect(
      Object.keys(dictionary).filter((key) => !(key in en)),
      'not in en.ts',
    ).toEqual([]);
  });

  it('has a non-empty string for every key', () => {
    expect(
      Object.entries(dictionary)
        .filter(([, value]) => typeof value !== 'string' || value.trim() === '')
        .map(([key]) => key),
    ).toEqual([]);
  });

  it('uses the same {placeholders} as English in every string', () => {
    const differ = keys.filter((key) => {
      const mine = placeholders(String(dictionary[key] ?? '')).sort();
      return mine.join() !== placeholders(en[key]).sort().join();
    });
    expect(differ).toEqual([]);
  });
});

describe('dictionary keys and the code', () => {
  it('uses every key somewhere in src/ or content/ (quoted as a string)', () => {
    const unused = keys.filter((key) => !sources.some(({ text }) => quoted(key).some((q) => text.includes(q))));
    expect(unused).toEqual([]);
  });

  it('asks only for keys that exist: t(locale, key), t(key) and widgetStrings prefixes in .ts, .astro and .mdx', () => {
    const asked: string[] = [];
    for (const { path, text } of sources) {
      for (const m of text.matchAll(/\bt\(\s*(?:[\w.]+\s*,\s*)?'([\w.]+)'/g)) asked.push(`${path}: ${m[1]}`);
      for (const m of text.matchAll(/widgetStrings\(\s*[\w.]+\s*,\s*\[([^\]]*)\]/g)) {
        for (const p of m[1].matchAll(/'([\w.]+)'/g)) {
          if (!keys.some((key) => key === p[1] || (p[1].endsWith('.') && key.startsWith(p[1]))))
            asked.push(`${path}: prefix ${p[1]}`);
        }
      }
    }
    const unknown = asked.filter((entry) => {
      const key = entry.split(': ')[1];
      return !key.startsWith('prefix ') ? !(key in en) : true;
    });
    expect(unknown).toEqual([]);
    expect(asked.length, "the scan finds the shell's calls").toBeGreaterThan(50);
  });
});

describe('dictionary files', () => {
  // Each widget's file holds only its own keys, prefixed with the widget's name in camelCase, so that its element
  // can embed them with widgetStrings(locale, ['<prefix>.']) and two files never define the same key.
  const files = import.meta.glob<Record<string, Record<string, string>>>('../../../src/i18n/*/*.ts', { eager: true });
  const widgetFiles = Object.entries(files).filter(([path]) => !/\/(index|shell)\.ts$/.test(path));

  it('finds a file per widget in every locale', () => {
    expect(widgetFiles.length).toBeGreaterThanOrEqual(locales.length * 18);
  });

  it.each(widgetFiles.map(([path, module]) => [path.replace(/^.*src\//, 'src/'), module] as const))(
    '%s: keys start with its prefix',
    (path, module) => {
      const name = path.replace(/^.*\/([\w-]+)\.ts$/, '$1');
      const prefix = name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
      const dictionary = module[prefix];
      expect(dictionary, `exports const ${prefix}`).toBeTypeOf('object');
      expect(Object.keys(dictionary).filter((key) => !key.startsWith(`${prefix}.`))).toEqual([]);
    },
  );
});
