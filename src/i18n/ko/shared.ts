/** Korean strings of the widgets' shared parts (src/widgets/shared/): the keys of ../en/shared.ts. */
import type { shared as en } from '../en/shared';

export const shared: Record<keyof typeof en, string> = {
  'shared.tfLoadFailed': 'tfjs를 불러오지 못했습니다: {error}',
  'shared.tfFailed': 'tfjs 실행 실패: {error}',
  'shared.staticFigure':
    'JavaScript가 없으면 이 그림은 기본 설정으로 그린 정지 그림입니다. 조작과 tfjs 검증에는 JavaScript가 필요합니다.',
  'shared.needsModel':
    '이 그림은 학습된 네트워크를 브라우저에서 실행하므로 JavaScript가 필요합니다. 주변의 글은 JavaScript 없이도 읽을 수 있습니다.',
};
