/** Korean strings of the training-curves widget (src/widgets/training-curves/): the keys of ../en/training-curves.ts. */
import type { trainingCurves as en } from '../en/training-curves';

export const trainingCurves: Record<keyof typeof en, string> = {
  'trainingCurves.title': '학습 곡선, 스테이지별',
  'trainingCurves.legend': '학습 순서대로 나열한 스테이지',
  'trainingCurves.missing': '학습 기록(public/models/training-log.json)이 아직 없습니다.',
  'trainingCurves.noscript':
    'JavaScript가 없으면 곡선은 사이트를 빌드할 때 그린 그림으로 보입니다. 숫자는 아래 표에 있습니다.',
  'trainingCurves.table': '검증 점수 표',
  'trainingCurves.caption': '학습 중 검증 손실, 픽셀 정확도, 평균 IoU',
  'trainingCurves.col.stage': '스테이지',
  'trainingCurves.col.step': '단계',
  'trainingCurves.col.loss': '검증 손실',
  'trainingCurves.col.pixelAccuracy': '픽셀 정확도',
  'trainingCurves.col.meanIoU': '평균 IoU',
  'trainingCurves.status': '기록된 학습 단계 {steps}개, 검증 {runs}회, 스테이지 {stages}개.',
  'trainingCurves.unreadable': '학습 기록을 읽지 못했습니다: {error}',
  'trainingCurves.empty': '페이지에 담긴 학습 기록이 비어 있습니다',
  'trainingCurves.x': '학습 단계(모든 스테이지)',
  'trainingCurves.y.loss': '손실(교차 엔트로피)',
  'trainingCurves.y.meanIoU': '검증 평균 IoU(%)',
  'trainingCurves.summary.loss': '학습 손실: {steps}단계, 스테이지 {count}개({stages}). 마지막 값 {value}',
  'trainingCurves.summary.meanIoU': '검증 평균 IoU: {steps}단계, 스테이지 {count}개({stages}). 마지막 값 {value}',
  'trainingCurves.summary.none': '아직 기록된 학습 단계가 없습니다',
  'trainingCurves.stage.continued': '{variant}, 이어서 학습',
  'trainingCurves.stage.widened': '{variant}, 넓힌 모델',
  'trainingCurves.stage.trainedOn': '{variant}, 추가 학습',
  'trainingCurves.stage.longer': '{variant}, 더 길게 학습',
  'trainingCurves.stage.ablationBn': '절제 실험: 배치 정규화',
  'trainingCurves.stage.ablationNoBn': '절제 실험: 배치 정규화 없음',
  'trainingCurves.stage.ablationPlain': '{variant}, 절제 실험: 그대로',
  'trainingCurves.stage.ablationRecolour': '{variant}, 절제 실험: 물체 색 바꾸기',
};
