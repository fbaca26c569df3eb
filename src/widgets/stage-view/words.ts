/**
 * The stage view's words, in the page's language: what each head map is, the captions, the heat maps' and the
 * legend's aria-labels, the status line's checks and the hover read-out. Shared by StageView.astro (the
 * server-rendered captions) and the element.
 */
import type { Messages, UiKey } from '../../i18n';
import { classKey } from '../../i18n/class-names';
import type { StagePanel } from '../../lib/fcn/stages';

const ROLE_KEYS: Record<string, UiKey> = {
  score_fr: 'stageView.roleScoreFr',
  upscore: 'stageView.roleUpscore',
  upscore2: 'stageView.roleUpscore2',
  score_pool4: 'stageView.roleScorePool4',
  fuse_pool4: 'stageView.roleFusePool4',
  upscore16: 'stageView.roleUpscore16',
  upscore_pool4: 'stageView.roleUpscorePool4',
  score_pool3: 'stageView.roleScorePool3',
  fuse_pool3: 'stageView.roleFusePool3',
  upscore8: 'stageView.roleUpscore8',
  score: 'stageView.roleScore',
};

/** What a head map is, in words (its name when the dictionary has no entry for it). */
export const roleOf = (m: Messages, name: string): string => (ROLE_KEYS[name] ? m.t(ROLE_KEYS[name]) : name);

/** A dataset class name ("animal") in the page's language; unknown names stay as they are. */
export function className(m: Messages, name: string | undefined, classId: number): string {
  if (name === undefined) return m.t('stageView.whatClass', { class: classId });
  try {
    return m.t(classKey(name));
  } catch {
    return name;
  }
}

/** " 17 × 17, cell 8 px. upscore8: ×8 transposed conv." plus what the crop keeps, after the map's name. */
export function stageCaption(m: Messages, panel: StagePanel, height: number, width: number): string {
  const cropped = panel.kept[0] < panel.size[0] || panel.kept[1] < panel.size[1];
  return (
    m.t('stageView.stageCaption', { height, width, stride: panel.stride, role: roleOf(m, panel.name) }) +
    (cropped ? m.t('stageView.cropKeeps', { height: panel.kept[0], width: panel.kept[1] }) : '')
  );
}

/** A heat map's aria-label: which map, of which class (or labels), its cells and what the crop drops. */
export function mapLabel(
  m: Messages,
  panel: StagePanel,
  map: { height: number; width: number },
  what: { labelsView: boolean; className: string },
): string {
  const name = what.labelsView
    ? m.t('stageView.mapLabels', { stage: panel.name })
    : m.t('stageView.mapScores', { stage: panel.name, class: what.className });
  const [rows, columns] = [map.height - panel.kept[0], map.width - panel.kept[1]];
  const crop = rows || columns ? m.t('stageView.cropDrops', { rows, columns }) : m.t('stageView.cropNothing');
  return m.t('stageView.mapCells', { map: name, height: map.height, width: map.width, stride: panel.stride, crop });
}
