// What a widget loads when it is defined (its own chunk and everything that chunk imports statically), read from
// the build. The metrics playground's first state is drawn by the build, so defining it must not bring
// Observable Plot: the charts arrive with the reader's first change (a dynamic import), not with the page.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { staticImports } from '../../scripts/lib/first-load';
import { builtFiles } from './helpers/built-site';

/** A string only Observable Plot's code holds: the CSS variable its figures' default style sets. */
const PLOT = '--plot-background';

const scripts = builtFiles(['.js']);

/** The files `entry` loads before it runs: itself and its static imports, followed through the chunks. */
function staticClosure(entry: string): string[] {
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const spec of staticImports(readFileSync(file, 'utf8')))
      if (spec.startsWith('.')) queue.push(join(dirname(file), spec));
  }
  return [...seen];
}

const chunkOf = (name: string): string | undefined =>
  scripts.find((file) => new RegExp(`/${name}\\.[\\w-]+\\.js$`).test(file));

describe('what defining a widget loads', () => {
  it('recognises Plot: the build has a chunk holding it, and the confusion-matrix figure needs it', () => {
    const withPlot = scripts.filter((file) => readFileSync(file, 'utf8').includes(PLOT));
    expect(withPlot.length).toBeGreaterThan(0);
    const figures = chunkOf('figures');
    expect(figures, 'the metrics figures chunk').toBeDefined();
    expect(staticClosure(figures!).some((f) => withPlot.includes(f))).toBe(true);
  });

  it('metrics-playground: no Observable Plot until the first change', () => {
    const entry = chunkOf('metrics-playground');
    expect(entry, 'the metrics-playground chunk').toBeDefined();
    const loaded = staticClosure(entry!);
    expect(loaded.filter((file) => readFileSync(file, 'utf8').includes(PLOT))).toEqual([]);
  });
});
