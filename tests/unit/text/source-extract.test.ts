import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDeclarations } from '../../../src/lib/text/source-extract';

const MODULE = [
  "import { x } from './x';",
  '',
  '/** Adds one. */',
  'export function addOne(n: number): number {',
  '  return n + 1;',
  '}',
  '',
  '// a line comment is not a doc comment',
  'export const TABLE: readonly number[] = [',
  '  1,',
  '  2,',
  '];',
  '',
  '/** Separated by a blank line: not attached. */',
  '',
  'const double = (n: number): number => 2 * n; // trailing note',
  '',
  '/**',
  ' * Builds text whose template has a line that is a lone brace at column 0.',
  ' */',
  'export async function* lines(): AsyncGenerator<string> {',
  '  yield `{',
  '}`;',
  '  yield `end`;',
  '}',
  '',
  'export interface Shape { height: number; width: number }',
  'export type Pair = [number, number];',
  'export class Counter {',
  '  count = 0;',
  '  inc(): void { this.count += 1; }',
  '}',
  'export const first = 1, second = 2;',
  'enum Colour { Red, Green }',
].join('\n');

describe('extractDeclarations(source, names)', () => {
  it('extractDeclarations(source, ["addOne"]) keeps the doc comment on the line above', () => {
    expect(extractDeclarations(MODULE, ['addOne'])).toBe(
      '/** Adds one. */\nexport function addOne(n: number): number {\n  return n + 1;\n}',
    );
  });

  it('ends a const at its own `];`, without a line comment above it', () => {
    expect(extractDeclarations(MODULE, ['TABLE'])).toBe('export const TABLE: readonly number[] = [\n  1,\n  2,\n];');
  });

  it('takes whole lines (a trailing comment too) but not a doc comment a blank line away', () => {
    expect(extractDeclarations(MODULE, ['double'])).toBe(
      'const double = (n: number): number => 2 * n; // trailing note',
    );
  });

  it('is not fooled by a template line that is a lone `}` at column 0', () => {
    const text = extractDeclarations(MODULE, ['lines']);
    expect(text.startsWith('/**\n * Builds text')).toBe(true);
    expect(text.endsWith('  yield `end`;\n}')).toBe(true);
  });

  it('finds interfaces, type aliases, classes, enums and each name of a multi-name const, in the order asked', () => {
    expect(extractDeclarations(MODULE, ['Pair', 'Shape'])).toBe(
      'export type Pair = [number, number];\n\nexport interface Shape { height: number; width: number }',
    );
    expect(extractDeclarations(MODULE, ['Counter'])).toBe(
      'export class Counter {\n  count = 0;\n  inc(): void { this.count += 1; }\n}',
    );
    expect(extractDeclarations(MODULE, ['second'])).toBe('export const first = 1, second = 2;');
    expect(extractDeclarations(MODULE, ['Colour'])).toBe('enum Colour { Red, Green }');
  });

  it('throws for a name that is only imported, nested or absent', () => {
    expect(() => extractDeclarations(MODULE, ['x'])).toThrow(/"x" is not declared at the top level/);
    expect(() => extractDeclarations(MODULE, ['count'])).toThrow(/"count" is not declared/);
    expect(() => extractDeclarations(MODULE, ['missing'])).toThrow(/"missing" is not declared/);
  });

  it('cuts every declaration a "Show the code" panel names out of the real module, each starting with its doc comment or declaration', () => {
    const source = readFileSync(new URL('../../../src/lib/conv/arithmetic.ts', import.meta.url), 'utf8');
    const text = extractDeclarations(source, ['checkTransposedConv', 'convInputSizesFor']);
    const blocks = text.split('\n\n/**');
    expect(blocks).toHaveLength(2);
    expect(text).toMatch(/^\/\*\* transposed conv \(PyTorch\)/);
    expect(text).toContain('export function checkTransposedConv({');
    expect(text).toContain('export function convInputSizesFor({');
    expect(text).not.toContain('export function checkConv(');
    expect(text.endsWith('  return sizes;\n}')).toBe(true);
  });
});

/** Every `<ShowCode source={x} … names={[…]} />` of the site with the file its `x` is a `?raw` import of. */
function showCodePanels(): { page: string; file: string; names: string[] }[] {
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? files(path.join(dir, e.name)) : /\.(astro|mdx)$/.test(e.name) ? [path.join(dir, e.name)] : [],
    );
  return [...files('src'), ...files('content')].flatMap((page) => {
    const text = readFileSync(page, 'utf8');
    const raws = new Map(
      [...text.matchAll(/import (\w+) from '([^']+\.ts)\?raw'/g)].map((m) => [
        m[1],
        path.join(path.dirname(page), m[2]),
      ]),
    );
    return [...text.matchAll(/<ShowCode\s+source=\{(\w+)\}[^>]*?names=\{\[([^\]]*)\]\}/g)].flatMap((m) => {
      const file = raws.get(m[1]);
      return file ? [{ page, file, names: [...m[2].matchAll(/'([^']+)'/g)].map((n) => n[1]) }] : [];
    });
  });
}

describe('the site\'s "Show the code" panels', () => {
  it('each names declarations its module has (the build would fail on a renamed function)', () => {
    const panels = showCodePanels();
    expect(panels.length).toBeGreaterThan(20);
    for (const { page, file, names } of panels) {
      const text = extractDeclarations(readFileSync(file, 'utf8'), names);
      for (const name of names) expect(text, `${page}: ${name} in ${file}`).toMatch(new RegExp(`\\b${name}\\b`));
    }
  });
});
