// `npm run bench` (after `npx astro build`): every page of the built site in both locales, measured in the Debian
// Chromium: the JavaScript it loads before any widget is near the screen (gzip, read from the build as the budget
// test does) and Lighthouse 12 with its mobile preset (performance, accessibility, FCP, LCP, TBT, CLS); then, per
// pure-maths widget, one slider event's JavaScript time and event → next painted frame (medians, measured by
// scripts/bench/interaction.ts); and the tfjs chunks. Not a CI gate (Lighthouse is noisy on a shared machine).
// Writes .cache/bench.json and the "Site" section of docs/bench.md (between its bench:site markers) with the date,
// the machine, the Chromium and the commit measured.
//
//   npm run bench                       all pages, Lighthouse once per page
//   npm run bench -- --runs 3           the median of three Lighthouse runs per page
//   npm run bench -- --pages /,/ko/     only these pages;  --no-lighthouse, --no-interaction, --no-inference, --no-write
//   npm run bench -- --cpu-slowdown 8   Lighthouse's CPU multiplier (default 4, meant for a 1,500–2,000 benchmark
//                                       index; a faster machine needs more to stand for the same phone)
// Last, FCN inference per backend, model and size beside each backend's floor (scripts/bench/inference.ts), written
// into docs/bench.md's "Model inference in the browser" table.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, getPriority, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { JSDOM } from 'jsdom';
import { serveDist } from './lib/serve-dist';
import { firstLoad, TFJS } from './lib/first-load';
import { findChromium } from './chromium.mjs';
import { benchInference, writeInferenceTable } from './bench/inference';
import { LIGHTHOUSE, lighthouse, type LighthouseScores } from './bench/lighthouse';
import { measureSliders, type SliderRow } from './bench/sliders';

const DIST = process.env.DIST_DIR ?? 'dist';
const DOC = 'docs/bench.md';
const { values: args } = parseArgs({
  options: {
    pages: { type: 'string' },
    runs: { type: 'string', default: '1' },
    'cpu-slowdown': { type: 'string', default: '4' },
    'no-lighthouse': { type: 'boolean', default: false },
    'no-interaction': { type: 'boolean', default: false },
    'no-inference': { type: 'boolean', default: false },
    'no-write': { type: 'boolean', default: false },
  },
});

const slowdown = Math.max(1, Number(args['cpu-slowdown']) || 4);

const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;

/** Every page of the build as a URL path (`/`, `/ko/metrics/`), the 404 pages left out. */
function pagesOf(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string, path: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(dir, entry.name), `${path}${entry.name}/`);
      else if (entry.name === 'index.html') out.push(path);
    }
  };
  walk(root, '/');
  return out.sort();
}

// ---- The run --------------------------------------------------------------------------------------------------

interface PageResult {
  path: string;
  firstLoadGzipKB: number;
  firstLoadFiles: number;
  tfjsOnFirstLoad: number;
  lighthouse?: LighthouseScores | { error: string };
}

function machine(chrome: string) {
  const chromium = (() => {
    try {
      return execFileSync(chrome, ['--version'], { encoding: 'utf8' }).trim();
    } catch {
      return chrome;
    }
  })();
  const git = (cmd: string[]) => {
    try {
      return execFileSync('git', cmd, { encoding: 'utf8' }).trim();
    } catch {
      return '';
    }
  };
  return {
    date: new Date().toISOString(),
    cpus: `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}`,
    memoryGB: Math.round(totalmem() / 2 ** 30),
    loadAverage: loadavg().map((x) => Math.round(x * 10) / 10),
    /** The bench's scheduling priority (`nice -n -10 npm run bench` on a shared machine); 0 is the default. */
    nice: getPriority(),
    node: process.version,
    chromium,
    commit: `${git(['rev-parse', '--short', 'HEAD'])}${git(['status', '--porcelain', '--untracked-files=no']) ? ' (with uncommitted changes)' : ''}`,
    commitTitle: git(['log', '-1', '--format=%s']).slice(0, 100),
  };
}

function tfjsChunks(root: string) {
  const dir = join(root, '_astro');
  return readdirSync(dir)
    .filter((file) => file.endsWith('.js'))
    .map((file) => ({ file, body: readFileSync(join(dir, file)) }))
    .filter(({ body }) => TFJS.test(body.toString('utf8')))
    .map(({ file, body }) => ({ file, rawKB: kb(body.length), gzipKB: kb(gzipSync(body, { level: 9 }).length) }))
    .sort((a, b) => b.gzipKB - a.gzipKB);
}

type Run = ReturnType<typeof machine> & {
  pages: PageResult[];
  interaction: SliderRow[];
  interactionNote?: string;
  tfjsChunks: ReturnType<typeof tfjsChunks>;
};

/** Lighthouse slows this machine's own CPU 4×: its benchmark index says how fast that CPU was, so that tables
 * from different machines are not compared as if they were one. */
function benchmarkSentence(pages: PageResult[]): string {
  const indexes = pages
    .map((page) => (page.lighthouse && 'benchmarkIndex' in page.lighthouse ? page.lighthouse.benchmarkIndex : NaN))
    .filter(Number.isFinite)
    .map(Math.round)
    .sort((a, b) => a - b);
  if (!indexes.length) return '';
  const range = indexes[0] === indexes.at(-1) ? `${indexes[0]}` : `${indexes[0]}–${indexes.at(-1)}`;
  return (
    ` Lighthouse's CPU benchmark index on this machine (\`environment.benchmarkIndex\`, per-page medians): ${range}; ` +
    'the slowdown applies to this CPU, so a faster machine scores higher on the same site.'
  );
}

function markdown(run: Run): string {
  const lines: string[] = [];
  const n = (x: number, digits = 0) => (Number.isFinite(x) ? x.toFixed(digits) : '–');
  lines.push('## Site: every page, both locales (`npm run bench`)', '');
  lines.push(
    `Measured on ${run.date.slice(0, 10)} (${run.date.slice(11, 16)} UTC) by \`npx astro build && npm run bench\` at commit ` +
      `\`${run.commit}\` (“${run.commitTitle}”), on ${run.cpus}, ${run.memoryGB} GB, ${run.node}, ${run.chromium} ` +
      `headless (no GPU: WebGL is SwiftShader), load average at the start ${run.loadAverage.join(' / ')} ` +
      '(the machine was shared with other jobs: treat times as upper bounds' +
      (run.nice ? `; the bench and its Chromium ran at nice ${run.nice}, ahead of the other jobs` : '') +
      '). The static server gzips like any static host.',
    '',
  );
  lines.push(
    'First-load JavaScript: what the page loads before any widget is near the screen (its module scripts and their ' +
      'static imports, gzip per file; `tests/build/js-budget.test.ts` asserts ≤ 40 KB and no tfjs). Lighthouse ' +
      `${LIGHTHOUSE.split('@')[1]}, mobile preset (simulated slow 4G and ${slowdown}× CPU slowdown), median of ${args.runs} run(s) per page. ` +
      'Targets from issue 18: performance ≥ 98, accessibility 100.' +
      benchmarkSentence(run.pages),
    '',
  );
  lines.push(
    '| page | first-load JS (gzip) | performance | accessibility | FCP | LCP | TBT | CLS |',
    '|---|---|---|---|---|---|---|---|',
  );
  for (const page of run.pages) {
    const lh = page.lighthouse;
    const cells = !lh
      ? ['–', '–', '–', '–', '–', '–']
      : 'error' in lh
        ? [`error: ${lh.error.replace(/\|/g, '/').slice(0, 80)}`, '', '', '', '', '']
        : [
            n(lh.performance),
            n(lh.accessibility),
            `${n(lh.fcpMs / 1000, 1)} s`,
            `${n(lh.lcpMs / 1000, 1)} s`,
            `${n(lh.tbtMs)} ms`,
            n(lh.cls, 3),
          ];
    lines.push(
      `| \`${page.path}\` | ${page.firstLoadGzipKB} KB (${page.firstLoadFiles} files) | ${cells.join(' | ')} |`,
    );
  }
  lines.push('');
  lines.push('### One slider event of each pure-maths widget', '');
  if (run.interactionNote) lines.push(run.interactionNote, '');
  if (run.interaction.length) {
    const keys = [...new Set(run.interaction.flatMap((row) => Object.keys(row.numbers)))];
    lines.push(
      'Measured by `measureSliderEvents(page, selector, values)` (scripts/bench/interaction.ts) on the English pages, ' +
        'times in ms. Targets from issue 18: JavaScript per event ≤ 2 ms median, event → next frame ≤ 16 ms. The ' +
        "frame waits for the display's next 16.7 ms tick (events are spread over the tick); renderMedianMs is the " +
        "frame's own work (requestAnimationFrame → after paint). The floor row is the harness on a bare input.",
      '',
    );
    lines.push(`| widget | slider | ${keys.join(' | ')} |`, `|---|---|${keys.map(() => '---').join('|')}|`);
    for (const row of run.interaction) {
      const cells = row.error
        ? [`error: ${row.error.replace(/\|/g, '/').slice(0, 80)}`]
        : keys.map((key) => n(row.numbers[key], 1));
      const where = row.page.startsWith('/') ? ` (\`${row.page}\`)` : '';
      lines.push(`| ${row.widget}${where} | \`${row.selector}\` | ${cells.join(' | ')} |`);
    }
    lines.push('');
  }
  lines.push('### tfjs chunks (loaded only when a widget that needs tfjs comes near the screen)', '');
  lines.push('| chunk | raw | gzip |', '|---|---|---|');
  for (const chunk of run.tfjsChunks) lines.push(`| \`${chunk.file}\` | ${chunk.rawKB} KB | ${chunk.gzipKB} KB |`);
  return lines.join('\n');
}

const START = '<!-- bench:site (written by npm run bench) -->';
const END = '<!-- /bench:site -->';

/** Put the section between the markers in docs/bench.md (before the first section the first time). */
function writeDoc(section: string): void {
  const doc = readFileSync(DOC, 'utf8');
  const block = `${START}\n${section}\n${END}`;
  const at = doc.indexOf(START);
  const next =
    at >= 0
      ? `${doc.slice(0, at)}${block}${doc.slice(doc.indexOf(END, at) + END.length)}`
      : doc.replace(/\n## /, `\n${block}\n\n## `);
  writeFileSync(DOC, next);
}

async function main(): Promise<void> {
  if (!existsSync(DIST)) throw new Error('Build first: npx astro build');
  const chrome = findChromium();
  if (!chrome) throw new Error('No Chromium found (set CHROME_PATH or apt-get install chromium)');
  const runs = Math.max(1, Number(args.runs) || 1);
  const paths = args.pages ? args.pages.split(',') : pagesOf(DIST);
  const { server, url } = await serveDist(DIST);
  const run: Run = { ...machine(chrome), pages: [], interaction: [], tfjsChunks: tfjsChunks(DIST) };
  try {
    for (const path of paths) {
      const html = readFileSync(join(DIST, path, 'index.html'), 'utf8');
      const load = firstLoad(DIST, path, new JSDOM(html).window.document);
      const result: PageResult = {
        path,
        firstLoadGzipKB: kb(load.gzipBytes),
        firstLoadFiles: load.files.length,
        tfjsOnFirstLoad: load.tfjs.length,
      };
      if (!args['no-lighthouse']) {
        console.error(`[bench] lighthouse ${path}…`);
        result.lighthouse = await lighthouse(`${url}${path}`, chrome, runs, slowdown);
      }
      run.pages.push(result);
    }
    if (!args['no-interaction']) {
      const sliders = await measureSliders(url, chrome);
      run.interaction = sliders.rows;
      run.interactionNote = sliders.note;
    }
  } finally {
    server.close();
  }
  mkdirSync('.cache', { recursive: true });
  writeFileSync('.cache/bench.json', JSON.stringify(run, null, 2));
  const section = markdown(run);
  if (!args['no-write'] && !args.pages) writeDoc(section);
  console.log(section);
  if (!args['no-inference'] && !args.pages) {
    console.error('[bench] model inference…');
    const inference = await benchInference({ dist: DIST, chrome });
    writeFileSync('.cache/bench-inference.json', JSON.stringify(inference, null, 1));
    if (!args['no-write']) writeInferenceTable(inference);
    for (const error of inference.errors) console.error(`[bench] inference ${error.case}: ${error.message}`);
  }
}

await main();
