/** Korean strings of the one-by-one widget (src/widgets/one-by-one/): the keys of ../en/one-by-one.ts. */
import type { oneByOne as en } from '../en/one-by-one';

export const oneByOne: Record<keyof typeof en, string> = {
  'oneByOne.title': '1×1 합성곱: 모든 픽셀에 같은 작은 행렬',
  'oneByOne.cin': '입력 채널 수',
  'oneByOne.cout': '출력 채널 수',
  'oneByOne.H': '높이',
  'oneByOne.W': '너비',
  'oneByOne.row': '픽셀 행',
  'oneByOne.col': '픽셀 열',
  'oneByOne.shapes':
    '입력 [H, W, C_in] = [{H}, {W}, {cin}] → 커널 [1, 1, C_in, C_out] = [1, 1, {cin}, {cout}] → 출력 [H, W, C_out] = [{H}, {W}, {cout}]',
  'oneByOne.params': '파라미터 C_in·C_out + C_out = {cin}·{cout} + {cout} = {total} (H, W가 들어 있지 않음)',
  'oneByOne.cost': '곱셈-덧셈 H·W·C_in·C_out = {H}·{W}·{cin}·{cout} = {total} (그림이 클수록 늘어남)',
  'oneByOne.figLabel': '픽셀마다 채널 {cin}개인 입력 맵: {H} × {W}픽셀, 고른 픽셀: 행 {row}, 열 {col}',
  'oneByOne.region': '고른 픽셀의 계산',
  'oneByOne.waiting': '이 그림이 화면에 보이면 tfjs를 실행합니다…',
  'oneByOne.caption': '픽셀 ({row}, {col}): 채널 값 x, K의 행, x · K + b (tf.matMul), 그리고 그 위치의 1×1 합성곱',
  'oneByOne.colChannel': '채널',
  'oneByOne.colOut': '출력 {index}',
  'oneByOne.bias': '편향 b',
  'oneByOne.conv': '1×1 합성곱',
  'oneByOne.agrees': '이 픽셀에서 tf.conv2d (1×1)와 tf.matMul 일치 ({backend})',
  'oneByOne.differs': 'tf.conv2d와 tf.matMul 불일치 ({backend})',
  'oneByOne.details': ': 최대 차이 {difference}. 전체 출력 모양: [{shape}].',
};
