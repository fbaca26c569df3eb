// docs/bench.md's "Model inference in the browser" table, from a run of benchInference (./inference.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import { FCN_VARIANT_LABELS } from '../../src/lib/fcn/variants';
import { round } from './floor';
import type { BackendCase, InferenceBench } from './inference';

const CASE_LABELS: Record<BackendCase['id'], string> = {
  webgl: 'WebGL',
  wasm: 'WASM',
  'wasm-threaded': 'WASM, cross-origin isolated',
  cpu: 'CPU (plain JS)',
};

/** The table for docs/bench.md: one row per backend × model × size. */
export function inferenceMarkdown(bench: InferenceBench): string {
  const backendNote = (id: BackendCase['id']) => {
    const b = bench.backends.find((x) => x.case === id);
    if (!b) return CASE_LABELS[id];
    if (b.backend === 'webgl') {
      const software = /swiftshader|llvmpipe|software/i.test(b.renderer ?? '');
      return `${CASE_LABELS[id]} (${software ? 'SwiftShader, software' : (b.renderer ?? 'unknown renderer')})`;
    }
    if (b.backend === 'wasm') return `${CASE_LABELS[id]} (${b.wasmThreads} thread${b.wasmThreads === 1 ? '' : 's'})`;
    return CASE_LABELS[id];
  };
  const lines = [
    '| backend | model | input | time (median) | runs | FLOPs | matmul rate | floor | time ÷ floor |',
    '|---|---|---|---|---|---|---|---|---|',
  ];
  for (const r of bench.rows) {
    lines.push(
      `| ${backendNote(r.case)} | ${FCN_VARIANT_LABELS[r.variant]} | ${r.size}² | ${r.medianMs.toLocaleString('en-US')} ms | ${r.runs} | ` +
        `${(r.flops / 1e9).toFixed(2)} G | ${r.gflopsRate} GFLOP/s | ${r.floorMs.toLocaleString('en-US')} ms | **${r.ratio.toFixed(1)}×** |`,
    );
  }
  for (const e of bench.errors)
    lines.push(`| ${CASE_LABELS[e.case]} | error: ${e.message.replace(/\|/g, '/')} ||||||||`);
  lines.push(
    '',
    '| backend | matmul n × n · n × n: median, rate | cross-origin isolated | WASM build |',
    '|---|---|---|---|',
  );
  for (const b of bench.backends) {
    const rates = b.matmul.sizes.map((m) => `${m.size}: ${round(m.medianMs)} ms, ${round(m.gflops, 2)} GFLOP/s`);
    const build = b.backend !== 'wasm' ? '–' : b.wasmMultithread ? 'threaded SIMD' : b.wasmSimd ? 'SIMD' : 'plain';
    lines.push(`| ${backendNote(b.case)} | ${rates.join('; ')} | ${b.crossOriginIsolated ? 'yes' : 'no'} | ${build} |`);
  }
  for (const b of bench.backends) {
    for (const k of b.kernels ?? []) {
      const total = k.byKernel.reduce((sum, [, ms]) => sum + ms, 0);
      const top = k.byKernel
        .slice(0, 4)
        .map(([name, ms]) => `${name} ${round(ms)} ms (${Math.round((100 * ms) / total)} %)`);
      lines.push(
        '',
        `Where the time goes, ${backendNote(b.case)}, ${FCN_VARIANT_LABELS[k.variant]} at ${k.size}² (one run under ` +
          `tf.profile, ${round(k.wallMs)} ms wall): ${top.join(', ')}.`,
      );
    }
  }
  return lines.join('\n');
}

const TABLE_START = '<!-- bench:inference-table (written by scripts/bench/inference.ts --write) -->';
const TABLE_END = '<!-- /bench:inference-table -->';

/** Replace the table between the markers of docs/bench.md's "Model inference in the browser" section. */
export function writeInferenceTable(bench: InferenceBench, doc = 'docs/bench.md'): void {
  const text = readFileSync(doc, 'utf8');
  const at = text.indexOf(TABLE_START);
  const end = text.indexOf(TABLE_END, at);
  if (at < 0 || end < 0) throw new Error(`${doc} has no ${TABLE_START} … ${TABLE_END} markers`);
  writeFileSync(doc, `${text.slice(0, at)}${TABLE_START}\n${inferenceMarkdown(bench)}\n${text.slice(end)}`);
}
