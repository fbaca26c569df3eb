/** Korean strings of the fcn-teaser widget (src/widgets/fcn-teaser/): the keys of ../en/fcn-teaser.ts. */
import type { fcnTeaser as en } from '../en/fcn-teaser';

export const fcnTeaser: Record<keyof typeof en, string> = {
  'fcnTeaser.title': '브라우저에서 실행되는 우리 FCN-8s',
  'fcnTeaser.imageCaption': '테스트 장면',
  'fcnTeaser.modelCaption': '예측한 레이블',
  'fcnTeaser.truthCaption': '정답 레이블',
  'fcnTeaser.legend': '클래스 색',
  'fcnTeaser.newScene': '새 장면',
  'fcnTeaser.more': '작동 원리와 내 이미지로 해 보기 →',
  'fcnTeaser.firstFrame':
    '테스트 장면(시드 {seed})과 그 정답 레이블입니다. 페이지가 한가해지면 가운데 칸이 채워집니다. FCN-8s는 페이지의 메인 스레드가 아닌 백그라운드에서 브라우저 안에서 실행됩니다.',
  'fcnTeaser.loading': 'tfjs와 모델을 백그라운드 스레드에서 불러오는 중…',
  'fcnTeaser.result': '{model}{fallback}: 테스트 장면 {seed}의 레이블을 {backend}에서 {ms} ms 만에 예측했습니다.',
  'fcnTeaser.resultScores':
    '{model}{fallback}: 테스트 장면 {seed}의 레이블을 {backend}에서 {ms} ms 만에 예측했습니다. 맞은 픽셀 {pixelAccuracy}, 평균 IoU {meanIoU}.',
  'fcnTeaser.fallback': ' (FCN-8s가 아직 없어 준비된 모델 중 가장 정밀한 모델로 실행합니다)',
  'fcnTeaser.noModel': '아직 사용할 수 있는 모델이 없습니다.',
  'fcnTeaser.failed': '실시간 모델을 시작할 수 없습니다: {reason}',
};
