/** Korean strings of the score-heatmap widget (src/widgets/score-heatmap/): the keys of ../en/score-heatmap.ts. */
import type { scoreHeatmap as en } from '../en/score-heatmap';

export const scoreHeatmap: Record<keyof typeof en, string> = {
  'scoreHeatmap.title': '네트워크는 어디에서 클래스를 볼까? 이미지 위에 겹친 점수 맵',
  'scoreHeatmap.scene': '테스트 장면',
  'scoreHeatmap.sceneOption': '테스트 장면 {n}',
  'scoreHeatmap.class': '클래스',
  'scoreHeatmap.explain':
    '빨간색의 진하기 = 그 클래스의 확률(점수의 소프트맥스)이며, 회색조 이미지 위에 겹쳤습니다. 왼쪽(score_fr, 업샘플링 전): 32 × 32 조각마다 답 하나로, 합성곱으로 실행한 fc6, fc7, score_fr에서 바로 나온 값입니다. 오른쪽: 업샘플링한 뒤 네트워크의 원래 크기 출력입니다. 흰 윤곽선: 장면의 실제 레이블 맵에서 그 클래스가 있는 곳.',
  'scoreHeatmap.placeholder':
    '이 그림이 화면에 보이면 브라우저가 학습된 FCN을 장면에 실행하고, 여기에 점수 맵이 나타납니다(JavaScript 필요).',
  'scoreHeatmap.waiting': '이 그림이 화면에 보이면 계산합니다…',
  'scoreHeatmap.loading': '학습된 모델과 장면을 불러오는 중…',
  'scoreHeatmap.notFinest': '(FCN-8s가 아직 학습되지 않아 함께 배포된 {model} 사용)',
  'scoreHeatmap.done':
    '{model}{note}, {ms} ms: score_fr의 크기 {coarseHeight} × {coarseWidth} × {classes}(32 × 32 조각마다 답 하나), 출력 {height} × {width} × {classes}. “{name}” 확률이 0.5를 넘는 픽셀의 비율: {predicted}',
  'scoreHeatmap.truth': ', 장면의 실제 레이블 맵에서의 비율: {truth}.',
  'scoreHeatmap.noTruth': '.',
  'scoreHeatmap.noModel': '학습된 모델을 쓸 수 없어 이 그림은 모델을 실행할 수 없습니다.',
  'scoreHeatmap.modelFailed': '모델을 실행하지 못했습니다: {error}',
  'scoreHeatmap.failed': '계산하지 못했습니다: {error}',
  'scoreHeatmap.figLabel':
    '이미지 위 {name}의 확률: 왼쪽은 합성곱으로 바꾼 분류기의 {coarseHeight} × {coarseWidth} 맵, 오른쪽은 업샘플링한 뒤의 {height} × {width} 출력.',
  'scoreHeatmap.figCoarse': 'score_fr: {height} × {width}',
  'scoreHeatmap.figOutput': '출력: {height} × {width}',
  'scoreHeatmap.figCell': '셀 ({y}, {x}): p = {p}',
};
