/** Korean strings of the matrix view (src/widgets/matrix-view/): the keys of ../en/matrix-view.ts. */
import type { matrixView as en } from '../en/matrix-view';

export const matrixView: Record<keyof typeof en, string> = {
  'matrixView.title': '행렬로 본 합성곱: y = Cx, 그리고 Cᵀ로 되돌아가기',
  'matrixView.slider.i': '입력 크기',
  'matrixView.slider.k': '커널 크기',
  'matrixView.slider.s': '스트라이드',
  'matrixView.slider.p': '패딩',
  'matrixView.inputLegend': '입력 {x} (정수, 어느 칸이든 고칠 수 있음)',
  'matrixView.cell': 'x의 {row}행 {column}열',
  'matrixView.randomise': 'x 무작위로 바꾸기',
  'matrixView.hint':
    'C의 행이나 열에 마우스를 올리거나 초점을 두면(화살표 키로 옮겨 갑니다) 무엇과 무엇이 연결되는지 보입니다.',
  'matrixView.focus.row':
    'C의 {index}번 행은 출력 위치 ({oy}, {ox})에 해당합니다. 커널은 x의 {cells} 칸 위에 놓이고, 그 위치의 y는 이 칸들에 가중치를 곱해 더한 값입니다. Cᵀ의 {index}번 열로 읽으면, 같은 칸들에 찍히는 y({oy}, {ox})의 흔적(Cᵀy에 남는 값)입니다.',
  'matrixView.focus.column':
    'C의 {index}번 열은 입력 위치 ({iy}, {ix})에 해당합니다. 그 위치의 x 값은 y의 {cells} 칸으로 들어갑니다. Cᵀ의 {index}번 행으로 읽으면, ({iy}, {ix}) 위치의 Cᵀy는 y의 바로 그 칸들에서 값을 모읍니다.',
  'matrixView.focus.noCells': '(없음)',
  'matrixView.roundTrip':
    'Cᵀ(Cx)는 x와 다릅니다(최대 차이 {difference}). CᵀC는 단위 행렬이 아니기 때문입니다. Cᵀy는 y의 전치 합성곱(출력 패딩 a = {a})으로, x의 모양은 되살리지만 값은 되살리지 않습니다.',
  'matrixView.roundTripEqual':
    '여기서는 Cᵀ(Cx)가 x와 같지만 이 x에서만 그렇습니다. CᵀC는 단위 행렬이 아닙니다. Cᵀy는 y의 전치 합성곱(출력 패딩 a = {a})으로, x의 모양은 되살리지만 일반적으로 값은 되살리지 않습니다.',
  'matrixView.roundTripStale': '그 행렬에 대해: {sentence}',
  'matrixView.problem.kernelWider':
    '커널 크기 {k}: {input}보다 넓어서 커널이 놓일 자리가 없습니다. 입력을 키우거나, 커널을 줄이거나, 패딩을 더하십시오.',
  'matrixView.problem.input': '입력 크기 {size}',
  'matrixView.problem.paddedInput': '패딩을 더한 입력 크기 {size}',
  'matrixView.status.stale': '흐리게 표시된 행렬은 출력이 있던 마지막 행렬입니다.',
  'matrixView.status.loading': '이 그림이 화면 가까이 오면 tfjs를 불러옵니다…',
  'matrixView.status.noStart': 'tfjs를 시작하지 못했습니다: {error}',
  'matrixView.status.failed': 'tfjs로 계산하지 못했습니다: {error}',
  'matrixView.status.check':
    '{backend}에서 C와 Cᵀ로 계산한 tf.matMul 결과와 tf.conv2d / tf.conv2dTranspose 결과: {verdict}, 최대 차이 {difference}.',
  'matrixView.agree': '일치',
  'matrixView.disagree': '불일치',
  'matrixView.noscript':
    'JavaScript가 없으면 그림은 처음 x의 모습으로 고정됩니다. 슬라이더, 입력 격자와 강조 표시는 JavaScript가 있어야 동작합니다.',
  'matrixView.grid.kernel': '커널 w ({k} × {k})',
  'matrixView.figure.handleRow': '행 {index}: 출력 위치 ({r}, {c})',
  'matrixView.figure.handleColumn': '열 {index}: 입력 위치 ({r}, {c})',
  'matrixView.figure.label':
    'y = C·x. C의 행 수: {rows} (출력 위치마다 하나), 열 수: {columns} (입력 위치마다 하나). 행이나 열 손잡이에 초점을 두면 연결된 칸이 강조됩니다.',
  'matrixView.figure.title': '위쪽은 vec(x) · C ({rows} × {columns})',
  'matrixView.figure.columns': 'C의 열 (입력 위치마다 하나)',
  'matrixView.figure.rows': 'C의 행 (출력 위치마다 하나)',
};
