/**
 * The derivation of the crop offsets, step by step with real numbers, as TeX for the lesson: for every layer that
 * changes the coordinate map (scale, offset) the composition rule with its numbers filled in, and for every crop
 * c = (offset of the reference − offset of the cut blob) / scale. Layers whose map is the identity (3×3 pad 1,
 * 1×1 pad 0) are counted, not listed. All numbers come from src/lib/fcn/layers.ts.
 */
import {
  alignedCropOffset,
  coordMaps,
  FCN_INPUT,
  fcnLayerSpecs,
  type CoordMap,
  type FcnDesign,
} from '../../lib/fcn/layers';
import type { FcnVariant } from '../../lib/fcn/variants';

export interface DerivationRow {
  /** Layer name, plain text. */
  name: string;
  /** A layer that changes the map, a 1×1 scoring of a skip (its map listed for the crop after it), or a crop. */
  kind: 'layer' | 'skip' | 'crop';
  /** Its (k, s, p), or what a crop cuts to what, as TeX. */
  params: string;
  scale: string;
  offset: string;
}

export interface Derivation {
  rows: DerivationRow[];
  /** Names of layers that leave the map as it is (skipped in the rows). */
  identities: string[];
}

/** A number for TeX; negative numbers in parentheses when `wrap` (they follow an operator). */
function n(value: number, wrap = false): string {
  const text = String(value);
  return value < 0 && wrap ? `(${text})` : text;
}

const name = (s: string): string => `\\text{${s.replace(/_/g, '\\_')}}`;

/**
 * Rows for `variant` in `design`. `from` skips the rows of layers before the named one (e.g. 'score_fr' to show
 * only the part after the backbone), but their maps still feed the numbers.
 */
export function offsetDerivation(design: FcnDesign, variant: FcnVariant, from?: string): Derivation {
  const specs = fcnLayerSpecs(design, variant);
  const maps = coordMaps(specs);
  const map = (blob: string): CoordMap => maps.get(blob) ?? { scale: 1, offset: 0 };
  const rows: DerivationRow[] = [];
  const identities: string[] = [];
  let showing = from === undefined;
  for (const spec of specs) {
    if (spec.name === from) showing = true;
    if (spec.kind === 'sum') continue;
    const out = map(spec.name);
    if (spec.kind === 'crop') {
      const cut = map(spec.input);
      const reference = map(spec.reference);
      const c = alignedCropOffset(cut, reference);
      if (!showing || spec.offset !== 'aligned') continue;
      const refName = spec.reference === FCN_INPUT ? '\\text{input}' : name(spec.reference);
      rows.push({
        name: spec.name,
        kind: 'crop',
        params: `${name(spec.input)} \\to ${refName}`,
        scale: `${cut.scale}`,
        offset: `c = \\dfrac{${n(reference.offset)} - ${n(cut.offset, true)}}{${cut.scale}} = ${n(c)}`,
      });
      continue;
    }
    const bottom = map(spec.input);
    const { kernelSize: k, stride: s, padding: p } = spec;
    const centre = `\\tfrac{${k}-1}{2} - ${p}`;
    if (spec.kind !== 'deconv' && s === 1 && (k - 1) / 2 === p) {
      identities.push(spec.name);
      if (showing && spec.name.startsWith('score_pool')) {
        rows.push({
          name: spec.name,
          kind: 'skip',
          params: `1{\\times}1\\text{ conv on }${name(spec.input)}`,
          scale: `${out.scale}`,
          offset: `${n(out.offset)}`,
        });
      }
      continue;
    }
    if (!showing) continue;
    const params = `k{=}${k},\\ s{=}${s},\\ p{=}${p}`;
    if (spec.kind === 'deconv') {
      rows.push({
        name: spec.name,
        kind: 'layer',
        params,
        scale: `\\tfrac{${bottom.scale}}{${s}} = ${out.scale}`,
        offset: `${n(bottom.offset)} - \\tfrac{${bottom.scale}}{${s}}\\left(${centre}\\right) = ${n(out.offset)}`,
      });
    } else {
      rows.push({
        name: spec.name,
        kind: 'layer',
        params,
        scale: `${bottom.scale}\\cdot ${s} = ${out.scale}`,
        offset: `${n(bottom.offset)} + ${bottom.scale}\\left(${centre}\\right) = ${n(out.offset)}`,
      });
    }
  }
  return { rows, identities };
}
