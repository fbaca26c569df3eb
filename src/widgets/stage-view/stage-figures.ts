/**
 * The stage view's DOM for one run: the input with the true outline, then one heat map per stage of the head
 * (src/figures/heatmap.ts) with its caption (size, cell stride, role, what the crop drops), and the legend.
 */
import { imagePanel, stageHeatmap } from '../../figures/heatmap';
import { stagePanels } from '../../lib/fcn/stages';
import { outlineMask } from '../../lib/grid/outline';
import type { ClassInfo } from '../../lib/scene/dataset';
import type { FcnVariant } from '../../lib/fcn/variants';
import type { FcnInput } from '../shared/fcn-input';

export interface StageMap {
  name: string;
  height: number;
  width: number;
}

export interface StageDrawing {
  /** The input's figure, then one figure per stage (the hover read-out indexes these). */
  input: HTMLElement;
  stages: HTMLElement[];
}

export interface StageOptions {
  variant: FcnVariant;
  classId: number;
  classes: readonly ClassInfo[];
  /** Each stage's values to draw: scores, or class ids as floats in the label view. */
  values: Float32Array[];
  maps: readonly StageMap[];
  labelsView: boolean;
  domain: number;
  /** Width the figures may take, in CSS px. */
  available: number;
  idPrefix: string;
}

/** Widest panel, in CSS px: two side by side on a phone, at most 170 px. */
const panelWidth = (available: number): number => Math.max(110, Math.min(170, Math.floor((available - 16) / 2)));

export function stageFigures(input: FcnInput, options: StageOptions): StageDrawing {
  const { variant, classId, classes, values, maps, labelsView, domain, available, idPrefix } = options;
  const panels = stagePanels(variant, input.height, input.width);
  const scale = panelWidth(available) / Math.max(...panels.map((p) => Math.max(p.size[0], p.size[1]) * p.stride));
  const className = classes[classId]?.name ?? `class ${classId}`;
  const outline = input.truth
    ? outlineMask(input.truth, input.height, input.width, labelsView ? 'all' : classId)
    : undefined;
  const colourOf = (v: Float32Array) => (i: number) => `rgb(${(classes[v[i]]?.colour ?? [255, 255, 255]).join(',')})`;
  const stages = panels.map((panel, i) => {
    const map = maps[i];
    const figure = document.createElement('figure');
    figure.className = 'stage';
    Object.assign(figure.dataset, {
      stage: panel.name,
      stride: String(panel.stride),
      cells: `${map.height}x${map.width}`,
    });
    const svg = stageHeatmap(
      {
        name: map.name,
        height: map.height,
        width: map.width,
        values: values[i],
        stride: panel.stride,
        kept: panel.kept,
        image: [input.height, input.width],
        outline,
      },
      {
        scale,
        domain,
        idPrefix: `${idPrefix}-${panel.name}`,
        label: labelsView
          ? `${panel.name}, the class each cell scores highest`
          : `${panel.name}, score of ${className}`,
        ...(labelsView ? { colourOf: colourOf(values[i]), outlineColour: [255, 255, 255] as const } : {}),
      },
    );
    const caption = document.createElement('figcaption');
    const cropped = panel.kept[0] < panel.size[0] || panel.kept[1] < panel.size[1];
    const name = document.createElement('strong');
    name.textContent = panel.name;
    caption.append(
      name,
      ` ${map.height} × ${map.width}, cell ${panel.stride} px. ${panel.role}.`,
      cropped ? ` The crop keeps ${panel.kept[0]} × ${panel.kept[1]}; hatched cells are dropped.` : '',
    );
    figure.append(svg, caption);
    return figure;
  });
  const truthFigure = document.createElement('figure');
  truthFigure.className = 'stage-input';
  const truthCaption = document.createElement('figcaption');
  const truthName = document.createElement('strong');
  truthName.textContent = 'input';
  truthCaption.append(
    truthName,
    ` ${input.height} × ${input.width} with the true outline of ${labelsView ? 'every object' : className}, drawn over every map.`,
  );
  if (outline)
    truthFigure.append(
      imagePanel(
        input.rgba,
        input.height,
        input.width,
        outline,
        scale,
        `the input scene with the true outline of ${labelsView ? 'every object' : className}`,
      ),
    );
  truthFigure.append(truthCaption);
  return { input: truthFigure, stages };
}

/** The label view's legend: one swatch per class. */
export function classLegend(classes: readonly { name: string; colour: readonly number[] }[]): HTMLElement {
  const list = document.createElement('ul');
  list.className = 'class-legend';
  for (const c of classes) {
    const item = document.createElement('li');
    const swatch = document.createElement('span');
    swatch.className = 'swatch';
    swatch.style.background = `rgb(${c.colour.join(',')})`;
    item.append(swatch, c.name);
    list.append(item);
  }
  return list;
}
