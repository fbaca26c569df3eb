/** Korean strings of the backend-check widget (src/widgets/backend-check/): the keys of ../en/backend-check.ts. */
import type { backendCheck as en } from '../en/backend-check';

export const backendCheck: Record<keyof typeof en, string> = {
  'backendCheck.title': '내 브라우저의 tfjs 백엔드',
  'backendCheck.run': '다시 검사하기',
  'backendCheck.caption': 'CPU 백엔드와 비교한 tfjs 백엔드',
  'backendCheck.backend': '백엔드',
  'backendCheck.started': '시작',
  'backendCheck.time': '중앙값 시간 (ms)',
  'backendCheck.difference': 'CPU와의 최대 차이',
  'backendCheck.yes': '예',
  'backendCheck.no': '아니요: {error}',
  'backendCheck.unknownError': '알 수 없는 오류',
  'backendCheck.waiting': '이 그림이 화면에 보일 때까지 기다리는 중…',
  'backendCheck.running': '각 백엔드에서 같은 계산을 실행하는 중…',
  'backendCheck.agree': '백엔드 {total}개 중 {started}개 시작. 모두 CPU 백엔드와 {tolerance} 이내로 일치합니다.',
  'backendCheck.disagree': '백엔드 {total}개 중 {started}개 시작. 일부가 CPU 백엔드와 다릅니다(표를 보십시오).',
  'backendCheck.failed': '검사를 실행할 수 없습니다: {error}',
};
