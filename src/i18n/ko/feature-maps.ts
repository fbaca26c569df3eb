/** Korean strings of the feature-maps widget (src/widgets/feature-maps/): the keys of ../en/feature-maps.ts. */
import type { featureMaps as en } from '../en/feature-maps';

export const featureMaps: Record<keyof typeof en, string> = {
  'featureMaps.title': '테스트 장면에서 본 학습된 네트워크의 특징 맵',
  'featureMaps.scene': '테스트 장면',
  'featureMaps.sceneOption': '테스트 장면 {n}',
  'featureMaps.layer': '더 깊은 층',
  'featureMaps.block': '{name} (블록 {block})',
  'featureMaps.partLearned': '1. 우리 모델의 첫 층 필터 (conv1_1, ReLU 이후)',
  'featureMaps.partClassic': '2. 회색조 이미지에 적용한 고전적인 수작업 커널',
  'featureMaps.partDeeper': '3. 더 깊은 층: 가장 강하게 활성화된 채널 8개',
  'featureMaps.waiting': '이 그림이 화면에 보이면 계산합니다…',
  'featureMaps.placeholder':
    '학습된 모델의 특징 맵(1번과 3번)은 이 그림이 화면에 보이면 브라우저에서 tfjs로 계산합니다(JavaScript 필요). 아래 2번은 페이지를 빌드할 때 tf.conv2d와 같은 합으로 그린 것이고, 페이지가 tf.conv2d로 다시 계산합니다.',
  'featureMaps.computing': '특징 맵을 계산하는 중…',
  'featureMaps.sceneAlt': '입력: 학습에 쓰지 않은 테스트 장면 {n}, {size} × {size}픽셀',
  'featureMaps.sobelX': '세로 경계 (Sobel x)',
  'featureMaps.sobelY': '가로 경계 (Sobel y)',
  'featureMaps.laplacian': '모든 경계 (라플라시안)',
  'featureMaps.blur': '흐림 (3×3 평균)',
  'featureMaps.classicLabel': '회색조 장면에 적용한 고전적인 커널 네 개: {names}',
  'featureMaps.filter': '필터 {n}',
  'featureMaps.channel': '채널 {n}',
  'featureMaps.learnedLabel':
    '우리 {model}의 conv1_1 필터 {count}개를 색 조각으로 보이고, 각각 옆에 장면에 대한 특징 맵을 놓았습니다',
  'featureMaps.learnedNote':
    '우리 {model}{note}의 3 × 3 × 3 가중치 필터 {count}개. 각 색 조각은 필터 하나의 가중치를 색으로 나타냅니다.',
  'featureMaps.notFinest': '(FCN-8s가 아직 학습되지 않아 함께 배포된 {model} 사용)',
  'featureMaps.deeperLabel': '{layer}: {shape}, 가장 강하게 활성화된 채널 {count}개',
  'featureMaps.deeperNote':
    '이 {size} × {size} 장면에서 {layer}의 크기: {height} × {width} × {channels}. 이 층의 셀 하나는 이미지의 더 넓은 부분을 봅니다.',
  'featureMaps.done': '장면에 tf.conv2d 적용: conv1_1 {first}, {layer} {deep} ({model}).',
  'featureMaps.noModel': '학습된 모델을 쓸 수 없어 이 부분은 실행할 수 없습니다.',
  'featureMaps.onlyClassic': '고전적인 커널만 실행했습니다: 학습된 모델을 쓸 수 없습니다.',
  'featureMaps.modelFailed': '모델을 실행하지 못했습니다: {error}',
  'featureMaps.failed': '계산하지 못했습니다: {error}',
};
