/** Korean strings of the checkerboard widget (src/widgets/checkerboard/): the keys of ../en/checkerboard.ts. */
import type { checkerboard as en } from '../en/checkerboard';

export const checkerboard: Record<keyof typeof en, string> = {
  'checkerboard.title': '체커보드 무늬(checkerboard artifact): 1로 채운 {n}×{n} 입력에 스트라이드 2 전치 합성곱 적용',
  'checkerboard.layers': '층 수 (모두 스트라이드 s = 2)',
  'checkerboard.init': '커널 초기화',
  'checkerboard.init.bilinear': '쌍선형 (FCN)',
  'checkerboard.init.random': '무작위 (시드 고정)',
  'checkerboard.init.ones': '모두 1',
  'checkerboard.reseed': '새 무작위 커널',
  'checkerboard.panel.left': '왼쪽 패널',
  'checkerboard.panel.right': '오른쪽 패널',
  'checkerboard.kernel.left': '커널 크기 k (왼쪽)',
  'checkerboard.kernel.right': '커널 크기 k (오른쪽)',
  'checkerboard.size': '{n}×{n} → {side}×{side}, 층 {layers}개 통과 후 (p = {p}, a = {a})',
  'checkerboard.sizeOne': '{n}×{n} → {side}×{side}, 층 1개 통과 후 (p = {p}, a = {a})',
  'checkerboard.even': '고름: k = {k} = {times} × s',
  'checkerboard.uneven': '고르지 않음: k = {k}, s = {s}의 배수가 아님',
  'checkerboard.overlap': '한 행을 따라 칸마다 겹치는 커널 탭 수: {counts}, … ({why}). 2차원에서는: {cells}.',
  'checkerboard.sums': '(행, 열) 홀짝별 커널 탭의 합: {sums}.',
  'checkerboard.strength': '{w}×{w} 내부 영역의 체커보드 강도 σ/평균: {strength}',
  'checkerboard.notApplicable': '해당 없음',
  'checkerboard.note':
    '패딩은 PyTorch 방식이며, 층마다 크기가 정확히 두 배가 되도록 p = ⌊(k − 1)/2⌋, 출력 패딩 a = k mod 2로 정합니다. o = (i − 1)·2 − 2p + k + a = 2i이기 때문입니다. 점선 사각형은 입력의 가장자리가 닿지 않는 내부 영역이며, 강도는 이 영역에서 잽니다.',
  'checkerboard.status.start': '흩뿌려 더하기 참조 구현으로 그렸습니다. 이 그림이 화면 가까이 오면 tfjs가 시작됩니다.',
  'checkerboard.status.loading': 'tfjs를 불러오는 중…',
  'checkerboard.status.agree': 'tf.conv2dTranspose ({backend}) 결과 일치',
  'checkerboard.status.disagree': 'tf.conv2dTranspose ({backend}) 결과 불일치',
  'checkerboard.status.detail': ' (흩뿌려 더하기 참조 구현과 비교): 최대 차이 {detail}.',
  'checkerboard.status.detailPart': 'k = {k}일 때 {difference}',
  'checkerboard.status.failed': 'tfjs로 계산하지 못했습니다({error}). 그림은 흩뿌려 더하기 참조 구현의 결과입니다.',
  'checkerboard.status.noStart': 'tfjs를 시작하지 못했습니다({error}). 그림은 흩뿌려 더하기 참조 구현의 결과입니다.',
  'checkerboard.problem.range': '{name} {value}: 제공하는 범위({lo}–{hi}) 밖입니다. 대신 쓰는 값: {used}.',
  'checkerboard.problem.init': '커널 초기화 "{init}": 알 수 없는 값이라 {used} 방식을 씁니다.',
  'checkerboard.name.layers': '층 수',
  'checkerboard.name.kernel': '커널 크기',
  'checkerboard.figure.value': '값',
  'checkerboard.figure.describe':
    '스트라이드 2 전치 합성곱 {layers}개를 {k}×{k} {init} 커널로 적용한 {n}×{n} 출력의 히트맵. 체커보드 강도: {strength}.',
  'checkerboard.figure.describeOne':
    '스트라이드 2 전치 합성곱 1개를 {k}×{k} {init} 커널로 적용한 {n}×{n} 출력의 히트맵. 체커보드 강도: {strength}.',
  'checkerboard.noscript':
    'JavaScript가 없으면 히트맵은 처음 커널의 결과로 고정됩니다. 조작 요소와 tfjs 확인은 JavaScript가 있어야 동작합니다.',
};
