/** Korean strings of the widgets' shared parts (src/widgets/shared/): the keys of ../en/shared.ts. */
import type { shared as en } from '../en/shared';

export const shared: Record<keyof typeof en, string> = {
  'shared.tfLoadFailed': 'tfjs를 불러오지 못했습니다: {error}',
  'shared.tfFailed': 'tfjs 실행 실패: {error}',
  'shared.staticFigure':
    'JavaScript가 없으면 이 그림은 기본 설정으로 그린 정지 그림입니다. 조작과 tfjs 검증에는 JavaScript가 필요합니다.',
  'shared.needsModel':
    '이 그림은 학습된 네트워크를 브라우저에서 실행하므로 JavaScript가 필요합니다. 주변의 글은 JavaScript 없이도 읽을 수 있습니다.',
  'shared.inputLabel': '입력 이미지 ({description})',
  'shared.truthLabel': '정답 레이블',
  'shared.noTruth': '정답 없음: 장면 생성기로 만든 이미지가 아니어서 비교할 정답이 없습니다.',
  'shared.refused': '거부됨: 위의 메시지를 보십시오',
  'shared.notTrained': '아직 없음: 이 모델의 학습 단계가 끝나지 않았습니다',
  'shared.prediction': '{model} 예측',
  'shared.noTruthShort': '정답 없음',
  'shared.sceneDescription': '테스트 장면, 시드 {seed}, {width} × {height} px, 물체: {objects}',
  'shared.imageDescription': '{name}, {width} × {height} px',
  'shared.noModelRan': '실행할 수 있는 모델이 없습니다.',
  'shared.timing': '{model} {ms} ms',
  'shared.modelMissing': '{model}: 아직 사용할 수 없습니다(학습 단계가 끝나지 않았습니다).',
  'shared.modelFailed': '{model}: 사용할 수 없습니다. {reason}',
  'shared.timings': '{times}, 백엔드: {backend}.',
};
