// FCN inference in headless Chromium, per backend and model, at 256² and 512², beside each model's FLOPs
// (src/lib/fcn/cost.ts) and the backend's matmul rate measured in the same worker in the same run:
// floor = FLOPs ÷ rate, ratio = time ÷ floor (issue 18: goal ≤ 3×).
//
// The work runs in a Web Worker holding the page's model-worker code (scripts/bench/inference-worker.ts, bundled
// here with esbuild into <dist>/_bench/ next to a blank page, removed afterwards), served from the built dist/
// (models from dist/models/) by the project's static server. Backends: WebGL (on an OffscreenCanvas; software
// SwiftShader on a machine without a GPU), WASM as the site serves it (no cross-origin isolation: the SIMD build,
// one thread), WASM on a cross-origin isolated page (COOP/COEP headers: tfjs picks its threaded SIMD build),
// and the plain-JS CPU backend. Each backend gets a fresh browser context and worker.
//
//   npx astro build && npx tsx scripts/bench/inference.ts [--runs N] [--backends wasm,wasm-threaded] [--markdown] [--write]
//
// Prints JSON (or, with --markdown, the docs/bench.md table); --write also puts the table between the
// bench:inference-table markers of docs/bench.md. `npm run bench` runs `benchInference()` and
// `writeInferenceTable()` (./inference-markdown.ts) after the site's pages.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build, type Plugin } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';
import { SHIPPED_CONFIG } from '../../src/lib/fcn/config';
import { fcnMultiplyAdds } from '../../src/lib/fcn/cost';
import { FCN_VARIANTS, type FcnVariant } from '../../src/lib/fcn/variants';
import { CHROMIUM_FLAGS, findChromium } from '../chromium.mjs';
import { serveDist } from '../lib/serve-dist';
import { floorMilliseconds, floorRatio, round } from './floor';
import { inferenceMarkdown, writeInferenceTable } from './inference-markdown';

export { inferenceMarkdown, writeInferenceTable };
import type { WorkerReport, WorkerRequest } from './inference-worker';

const HERE = dirname(fileURLToPath(import.meta.url));
const BENCH_DIR = '_bench';

/** One column of the bench: a tfjs backend, and whether its page is cross-origin isolated. */
export interface BackendCase {
  id: 'webgl' | 'wasm' | 'wasm-threaded' | 'cpu';
  backend: WorkerRequest['backend'];
  isolated: boolean;
}

export const BACKEND_CASES: readonly BackendCase[] = [
  { id: 'webgl', backend: 'webgl', isolated: false },
  { id: 'wasm', backend: 'wasm', isolated: false },
  { id: 'wasm-threaded', backend: 'wasm', isolated: true },
  { id: 'cpu', backend: 'cpu', isolated: false },
];

/** What a cross-origin isolated page needs (and what a static host would have to send to get threaded WASM). */
export const ISOLATION_HEADERS = {
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-embedder-policy': 'require-corp',
};

export interface InferenceBenchOptions {
  dist?: string;
  /** Warm runs per model and size (default 10; 3 when one run takes over 2 s). */
  runs?: number;
  cases?: readonly BackendCase[];
  sizes?: readonly number[];
  variants?: readonly FcnVariant[];
  chrome?: string;
  log?: (line: string) => void;
}

export interface InferenceRow {
  case: BackendCase['id'];
  variant: FcnVariant;
  size: number;
  runs: number;
  medianMs: number;
  coldMs: number;
  /** 2 × the model's multiply-adds at this size. */
  flops: number;
  gflopsRate: number;
  floorMs: number;
  ratio: number;
}

export interface InferenceBench {
  date: string;
  chromium: string;
  machine: string;
  loadAverageBefore: number[];
  loadAverageAfter: number[];
  /** Per case: what the worker reported about its backend, and its matmul rate (or why it failed). */
  backends: (Omit<WorkerReport, 'inference'> & { case: BackendCase['id'] })[];
  errors: { case: BackendCase['id']; message: string }[];
  rows: InferenceRow[];
}

/** `?url` imports (Vite's) → the file copied next to the bundle, imported as its URL. */
function urlImports(outDir: string): Plugin {
  return {
    name: 'url-imports',
    setup(b) {
      b.onResolve({ filter: /\?url$/ }, (args) => {
        const file = createRequire(join(args.resolveDir, 'importer.js')).resolve(args.path.replace(/\?url$/, ''));
        return { path: file, namespace: 'url-import' };
      });
      b.onLoad({ filter: /.*/, namespace: 'url-import' }, (args) => {
        const name = args.path.split('/').pop() ?? 'file';
        cpSync(args.path, join(outDir, name));
        return { contents: `export default ${JSON.stringify(`/${BENCH_DIR}/${name}`)};`, loader: 'js' };
      });
    },
  };
}

async function bundleWorker(outDir: string): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  await build({
    entryPoints: [join(HERE, 'inference-worker.ts')],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    outfile: join(outDir, 'inference-worker.js'),
    plugins: [urlImports(outDir)],
    logLevel: 'error',
  });
  writeFileSync(
    join(outDir, 'index.html'),
    '<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><title>inference bench</title>\n',
  );
}

async function runCase(
  browser: Browser,
  url: string,
  request: WorkerRequest,
  log: (line: string) => void,
): Promise<WorkerReport> {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(`${url}/${BENCH_DIR}/index.html`);
    page.on('console', (message) => log(`  [page] ${message.text()}`));
    return await page.evaluate(
      ({ request, worker }) =>
        new Promise<WorkerReport>((resolve, reject) => {
          const w = new Worker(worker, { type: 'module' });
          w.addEventListener('error', (event) => reject(new Error(`worker failed: ${event.message}`)));
          w.addEventListener('message', (event: MessageEvent) => {
            const data = event.data as { type: string; report?: WorkerReport; message?: string };
            if (data.type === 'done' && data.report) resolve(data.report);
            else if (data.type === 'error') reject(new Error(data.message));
            else if (data.type === 'progress') console.log(JSON.stringify(data));
          });
          w.postMessage(request);
        }),
      { request, worker: `/${BENCH_DIR}/inference-worker.js` },
    );
  } finally {
    await context.close();
  }
}

/** Runs every case × model × size; needs a build (`npx astro build`) with the shipped models in <dist>/models. */
export async function benchInference(options: InferenceBenchOptions = {}): Promise<InferenceBench> {
  const dist = options.dist ?? process.env.DIST_DIR ?? 'dist';
  const log = options.log ?? ((line: string) => console.error(line));
  if (!existsSync(join(dist, 'models', 'manifest.json')))
    throw new Error(`Build first: no ${dist}/models/manifest.json`);
  const chrome = options.chrome ?? findChromium();
  if (!chrome) throw new Error('No Chromium found (set CHROME_PATH or apt-get install chromium)');
  const variants = options.variants ?? FCN_VARIANTS;
  const sizes = options.sizes ?? [256, 512];
  const outDir = join(dist, BENCH_DIR);
  await bundleWorker(outDir);
  const plain = await serveDist(dist);
  const isolated = await serveDist(dist, ISOLATION_HEADERS);
  const browser = await chromium.launch({ executablePath: chrome, headless: true, args: CHROMIUM_FLAGS });
  const result: InferenceBench = {
    date: new Date().toISOString(),
    chromium: `${execFileSync(chrome, ['--version'], { encoding: 'utf8' }).trim()} (${browser.version()})`,
    machine: `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GB`,
    loadAverageBefore: loadavg().map((x) => round(x)),
    loadAverageAfter: [],
    backends: [],
    errors: [],
    rows: [],
  };
  try {
    for (const c of options.cases ?? BACKEND_CASES) {
      log(`[bench:inference] ${c.id}…`);
      const request: WorkerRequest = {
        backend: c.backend,
        modelsUrl: '/models',
        variants: [...variants],
        sizes: [...sizes],
        runs: options.runs ?? 10,
        slowMs: 2000,
        slowRuns: 3,
        matmulSizes: c.backend === 'cpu' ? [256, 512] : [512, 1024],
        matmulRuns: c.backend === 'wasm' ? 10 : 3,
        profile: c.backend === 'wasm',
      };
      try {
        const report = await runCase(browser, (c.isolated ? isolated : plain).url, request, log);
        const { inference, ...backend } = report;
        result.backends.push({ case: c.id, ...backend });
        for (const t of inference) {
          const flops = 2 * fcnMultiplyAdds(SHIPPED_CONFIG, t.variant, t.size, t.size).multiplyAdds;
          result.rows.push({
            case: c.id,
            variant: t.variant,
            size: t.size,
            runs: t.warmMs.length,
            medianMs: round(t.medianMs),
            coldMs: round(t.coldMs),
            flops,
            gflopsRate: round(backend.matmul.gflops, 2),
            floorMs: round(floorMilliseconds(flops, backend.matmul.gflops)),
            ratio: round(floorRatio(t.medianMs, flops, backend.matmul.gflops), 2),
          });
        }
      } catch (error) {
        result.errors.push({ case: c.id, message: String(error).slice(0, 400) });
      }
    }
  } finally {
    await browser.close();
    plain.server.close();
    isolated.server.close();
    rmSync(outDir, { recursive: true, force: true });
  }
  result.loadAverageAfter = loadavg().map((x) => round(x));
  return result;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string' },
      backends: { type: 'string' },
      markdown: { type: 'boolean', default: false },
      write: { type: 'boolean', default: false },
    },
  });
  const runs = values.runs ? Number(values.runs) : undefined;
  if (runs !== undefined && !(Number.isInteger(runs) && runs > 0)) throw new Error('--runs wants a whole number > 0');
  const wanted = values.backends?.split(',');
  const cases = wanted ? BACKEND_CASES.filter((c) => wanted.includes(c.id)) : undefined;
  const bench = await benchInference({ runs, cases });
  if (values.write) writeInferenceTable(bench);
  console.log(values.markdown ? inferenceMarkdown(bench) : JSON.stringify(bench, null, 1));
}
