/** Korean strings of the vgg-table widget (src/widgets/vgg-table/): the keys of ../en/vgg-table.ts. */
import type { vggTable as en } from '../en/vgg-table';

export const vggTable: Record<keyof typeof en, string> = {
  'vggTable.title': '어떤 입력 크기에서든 층별로 보는 VGG16',
  'vggTable.height': '입력 높이',
  'vggTable.width': '입력 너비',
  'vggTable.fc6Padding': 'fc6 패딩',
  'vggTable.fc6AsVgg': '0 (VGG16과 같게)',
  'vggTable.fc6AsOurs': '3 (우리 모델과 같게)',
  'vggTable.lastLayer': '마지막 층',
  'vggTable.fc8Option': 'fc8, 클래스 {classes}개',
  'vggTable.scoreFrOption': 'score_fr, 클래스 {classes}개',
  'vggTable.columns': '보여 줄 열',
  'vggTable.groupShape': '모양',
  'vggTable.groupCost': '파라미터와 연산량',
  'vggTable.groupField': '수용 영역',
  'vggTable.region': 'VGG16 층 표',
  'vggTable.caption': '입력 {height} × {width}에서 본 원래 너비의 VGG16(계산값)과 우리 네트워크(tfjs로 실행)',
  'vggTable.colLayer': '층',
  'vggTable.colShape': 'VGG16 출력 H × W × C',
  'vggTable.colMeasured': '우리 모델(좁은 채널), 측정값',
  'vggTable.colParameters': '파라미터',
  'vggTable.colMultiplyAdds': '곱셈-덧셈',
  'vggTable.colField': '수용 영역 r / 스트라이드 j',
  'vggTable.total': '합계',
  'vggTable.rgbImage': 'RGB 이미지',
  'vggTable.theInput': '(입력)',
  'vggTable.noOutput': '출력 없음',
  'vggTable.replaces': '{name} 대신',
  'vggTable.pool5TooSmall':
    'pool5의 크기가 {height} × {width}뿐이라 패딩 없는 fc6의 7 × 7 커널보다 작습니다. 그래서 fc6, fc7, {last}에는 출력이 없습니다. 패딩이 없으면 VGG16은 한 변이 최소 {side}픽셀이어야 합니다.',
  'vggTable.poolTooSmall':
    '입력 크기 {height} × {width}: VGG16의 2 × 2 풀링 다섯 개를 거치기에 너무 작습니다. {layer}에 들어오는 맵(크기 {inHeight} × {inWidth})에는 창이 하나도 들어가지 않습니다. VGG16은 한 변이 최소 {side}픽셀이어야 하며, 표는 마지막으로 가능했던 크기를 보여 줍니다.',
  'vggTable.waiting': '이 표가 화면에 보이면 우리 네트워크를 실행합니다…',
  'vggTable.running': '우리 네트워크를 {height} × {width}에서 실행하는 중…',
  'vggTable.allMatch': '측정값 = 예측값: 층 {count}개 모두 일치',
  'vggTable.someDiffer': '예측과 다른 층: {count}개',
  'vggTable.scopeAll': '.',
  'vggTable.scopePool5':
    ' (pool5까지). 우리 네트워크는 fc6에 패딩 3을 쓰므로 fc6부터는 맵이 pool5의 크기를 유지합니다(회색, 비교하지 않음).',
  'vggTable.ranWith':
    ' 무작위 가중치(모양은 가중치와 무관합니다)로 {height} × {width} 무작위 이미지에서 {backend} 위에 실행했고, 걸린 시간: {ms} ms. 채널은 일부러 좁게 만들었습니다(채널 {widths}, fc6/fc7 {fcWidth}, 마지막 층: 클래스 {classes}개).',
  'vggTable.failed': 'tfjs 실행 실패: {error}',
} as const;
