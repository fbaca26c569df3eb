/** Korean strings of the fc-equals-conv widget (src/widgets/fc-equals-conv/): the keys of ../en/fc-equals-conv.ts. */
import type { fcEqualsConv as en } from '../en/fc-equals-conv';

export const fcEqualsConv: Record<keyof typeof en, string> = {
  'fcEqualsConv.title': '같은 가중치를 쓰는 완전 연결 층과 합성곱',
  'fcEqualsConv.h': '맵 높이',
  'fcEqualsConv.w': '맵 너비',
  'fcEqualsConv.c': '채널 수',
  'fcEqualsConv.n': '출력 수',
  'fcEqualsConv.H': '입력 높이',
  'fcEqualsConv.W': '입력 너비',
  'fcEqualsConv.caption': 'h × w × C 맵에 대한 출력 n개',
  'fcEqualsConv.colOutput': '출력',
  'fcEqualsConv.colDense': 'tf.matMul (완전 연결)',
  'fcEqualsConv.colConv': 'tf.conv2d (커널)',
  'fcEqualsConv.waiting': '이 그림이 화면에 보이면 tfjs를 실행합니다…',
  'fcEqualsConv.heightTooSmall':
    '입력 높이 H′ = {size}: 커널 높이 h = {kernel}보다 작아 창이 들어가지 않으므로 합성곱의 출력이 없습니다. H′를 {kernel} 이상으로 키우십시오.',
  'fcEqualsConv.widthTooSmall':
    '입력 너비 W′ = {size}: 커널 너비 w = {kernel}보다 작아 창이 들어가지 않으므로 합성곱의 출력이 없습니다. W′를 {kernel} 이상으로 키우십시오.',
  'fcEqualsConv.noMap': '출력 맵 없음: 커널이 입력 안에 들어가지 않습니다.',
  'fcEqualsConv.shape':
    '합성곱 출력 (H′ − h + 1) × (W′ − w + 1) × n = ({H} − {h} + 1) × ({W} − {w} + 1) × {n} = {outHeight} × {outWidth} × {n}',
  'fcEqualsConv.oneAnswer': ': 출력 위치가 하나뿐이며, 완전 연결 층의 출력과 똑같습니다.',
  'fcEqualsConv.manyAnswers': ': 창 위치마다 하나씩, 출력 위치 {count}곳.',
  'fcEqualsConv.params':
    '완전 연결 가중치: 출력 {n}개 × 입력 {features}개 (h·w·C) + 편향 {n}개 = 수 {total}개. 합성곱 커널 [h, w, C, n] = [{h}, {w}, {c}, {n}] (tfjs 배치) + 편향 {n}개: 같은 수 {total}개를 모양만 바꾼 것입니다.',
  'fcEqualsConv.agrees': 'tf.conv2d와 tf.matMul 일치 ({backend})',
  'fcEqualsConv.differs': 'tf.conv2d와 tf.matMul 불일치 ({backend})',
  'fcEqualsConv.details':
    ': 최대 차이 {difference}. 출력 맵의 크기는 {outHeight} × {outWidth} × {n}이고, 그 (0, 0) 셀과 완전 연결 층 출력의 차이: {corner}.',
  'fcEqualsConv.lastValid':
    '그림과 숫자는 마지막으로 유효했던 크기(h = {h}, w = {w}, H′ = {H}, W′ = {W})를 보여 줍니다.',
  'fcEqualsConv.figInput': '입력 {H} × {W} × C',
  'fcEqualsConv.figAnswers': '출력 {outHeight} × {outWidth} (채널 {channel})',
  'fcEqualsConv.figLabel':
    '입력 {H} × {W}의 왼쪽 위에 완전 연결 층의 {h} × {w} 창이 있습니다. 합성곱은 이 창을 {outHeight} × {outWidth} 위치로 옮겨 가며 {outHeight} × {outWidth} 출력 맵을 만들고, 그 왼쪽 위 값이 완전 연결 층의 출력입니다.',
  'fcEqualsConv.figCell': '출력 ({y}, {x}): {value}',
  'fcEqualsConv.figDense': ' — 완전 연결 층의 출력',
  'fcEqualsConv.figPending': 'tfjs가 실행되면 계산됩니다',
};
