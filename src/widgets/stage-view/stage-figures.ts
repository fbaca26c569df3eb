/**
 * The stage view's DOM for one run: the input with the true outline, then one heat map per stage of the head
 * (src/figures/heatmap.ts) with its caption (size, cell stride, role, what the crop drops), and the legend.
 */
import type { Messages } from '../../i18n';
import { imagePanel, stageHeatmap } from '../../figures/heatmap';
import { stagePanels } from '../../lib/fcn/stages';
import { outlineMask } from '../../lib/grid/outline';
import type { ClassInfo } from '../../lib/scene/dataset';
import type { FcnVariant } from '../../lib/fcn/variants';
import type { FcnInput } from '../shared/fcn-input';
import { className as classNameOf, mapLabel, stageCaption } from './words';

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
  m: Messages;
}

/** Widest panel, in CSS px: two side by side on a phone, at most 170 px. */
const panelWidth = (available: number): number => Math.max(110, Math.min(170, Math.floor((available - 16) / 2)));

export function stageFigures(input: FcnInput, options: StageOptions): StageDrawing {
  const { variant, classId, classes, values, maps, labelsView, domain, available, idPrefix, m } = options;
  const panels = stagePanels(variant, input.height, input.width);
  const scale = panelWidth(available) / Math.max(...panels.map((p) => Math.max(p.size[0], p.size[1]) * p.stride));
  const className = classNameOf(m, classes[classId]?.name, classId);
  const what = labelsView ? m.t('stageView.everyObject') : className;
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
        label: mapLabel(m, panel, map, { labelsView, className }),
        ...(labelsView ? { colourOf: colourOf(values[i]), outlineColour: [255, 255, 255] as const } : {}),
      },
    );
    const caption = document.createElement('figcaption');
    const name = document.createElement('strong');
    name.textContent = panel.name;
    caption.append(name, stageCaption(m, panel, map.height, map.width));
    figure.append(svg, caption);
    return figure;
  });
  const truthFigure = document.createElement('figure');
  truthFigure.className = 'stage-input';
  const truthCaption = document.createElement('figcaption');
  const truthName = document.createElement('strong');
  truthName.textContent = m.t('stageView.input');
  truthCaption.append(truthName, m.t('stageView.inputCaption', { height: input.height, width: input.width, what }));
  if (outline)
    truthFigure.append(
      imagePanel(input.rgba, input.height, input.width, outline, scale, m.t('stageView.inputLabel', { what })),
    );
  truthFigure.append(truthCaption);
  return { input: truthFigure, stages };
}

/** The label view's legend: one swatch per class. */
export function classLegend(classes: readonly { name: string; colour: readonly number[] }[], m: Messages): HTMLElement {
  const list = document.createElement('ul');
  list.className = 'class-legend';
  for (const c of classes) {
    const item = document.createElement('li');
    const swatch = document.createElement('span');
    swatch.className = 'swatch';
    swatch.style.background = `rgb(${c.colour.join(',')})`;
    item.append(swatch, classNameOf(m, c.name, classes.indexOf(c)));
    list.append(item);
  }
  return list;
}
