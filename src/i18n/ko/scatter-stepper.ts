/** Korean strings of the scatter-stepper widget (src/widgets/scatter-stepper/): the keys of ../en/scatter-stepper.ts. */
import type { scatterStepper as en } from '../en/scatter-stepper';

export const scatterStepper: Record<keyof typeof en, string> = {
  'scatterStepper.title': '흩뿌려 더하기(scatter-add): 입력값마다 커널을 곱해 찍고, 겹치는 곳은 더하기',
  'scatterStepper.slider.inputSize': '입력 크기',
  'scatterStepper.slider.kernelSize': '커널 크기',
  'scatterStepper.slider.stride': '스트라이드',
  'scatterStepper.slider.padding': '패딩',
  'scatterStepper.slider.outputPadding': '출력 패딩',
  'scatterStepper.slider.dilation': '팽창',
  'scatterStepper.grid.input': '입력 x',
  'scatterStepper.grid.kernel': '커널 w',
  'scatterStepper.cell.input': '입력 x[{row}][{col}]',
  'scatterStepper.cell.kernel': '커널 w[{row}][{col}]',
  'scatterStepper.back': '이전 단계',
  'scatterStepper.play': '재생',
  'scatterStepper.pause': '일시 정지',
  'scatterStepper.forward': '다음 단계',
  'scatterStepper.step': '단계',
  'scatterStepper.stepOf': '단계 {step} / {last}',
  'scatterStepper.speed': '속도',
  'scatterStepper.speed.slow': '느리게',
  'scatterStepper.speed.normal': '보통',
  'scatterStepper.speed.fast': '빠르게',
  'scatterStepper.drawingLabel':
    '흩뿌려 더하기 그림: 왼쪽·오른쪽 화살표 키로 한 단계씩 움직이고, 스페이스 키로 재생하거나 멈춥니다',
  'scatterStepper.showTf': 'tfjs 확인 코드 보기 (tf.conv2dTranspose)',
  'scatterStepper.noscript':
    'JavaScript가 없으면 그림은 예제의 0단계에 머뭅니다. 조작 요소와 재생은 JavaScript가 있어야 동작합니다.',
  'scatterStepper.caption.head': '단계 {step} / {last}: ',
  'scatterStepper.caption.empty':
    '{rows}×{cols} 캔버스는 모두 0에서 시작합니다. 입력 칸마다 값 × 커널을 (y·s, x·s) 위치에 더합니다(s = {stride}).',
  'scatterStepper.caption.stamp':
    'x[{y}][{x}] = {value}. 이 값 × 커널을 ({y}·{stride}, {x}·{stride}) = ({row}, {col}) 위치에 찍습니다{spacing}.',
  'scatterStepper.caption.spacing': ' (커널 탭 사이 간격 d = {dilation})',
  'scatterStepper.caption.overlap': ' 앞서 찍은 값과 겹치는 칸에서는 값이 더해집니다.',
  'scatterStepper.caption.cropCut':
    '위쪽과 왼쪽에서 p = {padding}, 아래쪽과 오른쪽에서 p − a = {bottom}만큼 잘라내면 {rows}×{cols} 캔버스가 {height}×{width} 출력이 됩니다.',
  'scatterStepper.caption.cropGrowOne':
    '위쪽과 왼쪽에서 p = {padding}만큼 잘라내고 아래쪽과 오른쪽에 0으로 채운 행과 열을 a − p = 1줄씩 더하면 {rows}×{cols} 캔버스가 {height}×{width} 출력이 됩니다.',
  'scatterStepper.caption.cropGrow':
    '위쪽과 왼쪽에서 p = {padding}만큼 잘라내고 아래쪽과 오른쪽에 0으로 채운 행과 열을 a − p = {extra}줄씩 더하면 {rows}×{cols} 캔버스가 {height}×{width} 출력이 됩니다.',
  'scatterStepper.caption.cropEven':
    '위쪽과 왼쪽에서 p = {padding}만큼 잘라내고 아래쪽과 오른쪽은 그대로 둡니다(a = p). {rows}×{cols} 캔버스가 {height}×{width} 출력이 됩니다.',
  'scatterStepper.caption.cropNone':
    '잘라낼 것이 없습니다(p = 0). {rows}×{cols} 캔버스가 그대로 {height}×{width} 출력입니다.',
  'scatterStepper.caption.keepNote': ' 출력 패딩 a 덕분에 점선으로 표시한 행과 열이 남습니다.',
  'scatterStepper.caption.invalid': '이 매개변수로는 보여 줄 단계가 없습니다. {reason}',
  'scatterStepper.problem.outputPadding':
    '출력 패딩 a = {outputPadding}: max(스트라이드, 팽창) = {limit}보다 작아야 합니다.',
  'scatterStepper.problem.cropsAll':
    '패딩 p = {padding}: 2p = {cropped}칸을 잘라내야 하는데 흩뿌린 캔버스의 폭은 {canvas}칸뿐이라 남는 칸이 없습니다.',
  'scatterStepper.problem.cropsAllOne':
    '패딩 p = {padding}: 2p = {cropped}칸을 잘라내야 하는데 흩뿌린 캔버스의 폭은 1칸뿐이라 남는 칸이 없습니다.',
  'scatterStepper.problem.height': '높이 — {reason}',
  'scatterStepper.problem.width': '너비 — {reason}',
  'scatterStepper.status.stale': '흐리게 표시된 그림은 마지막으로 출력이 있던 매개변수의 결과입니다.',
  'scatterStepper.status.loading': 'tf.conv2dTranspose로 확인하기 위해 tfjs를 불러오는 중…',
  'scatterStepper.status.loadFailed': 'tfjs를 불러오지 못했습니다: {error}',
  'scatterStepper.status.agree':
    '{backend}에서 실행한 tf.conv2dTranspose 결과가 흩뿌려 더하기와 일치합니다. 최대 차이 {difference} (상대 차이 {relative}, float32 반올림 오차 이내).',
  'scatterStepper.status.differ':
    '{backend}에서 실행한 tf.conv2dTranspose 결과가 흩뿌려 더하기와 다릅니다. 최대 차이 {difference} (상대 차이 {relative}).',
  'scatterStepper.status.overflow':
    '{backend}에서 실행한 tf.conv2dTranspose는 float32로 계산하며, float32의 최댓값은 약 3.4 × 10³⁸입니다. 최대 {largest}에 이르는 값이 그곳에서 Infinity로 넘치므로 두 결과를 비교할 수 없습니다.',
  'scatterStepper.status.shape':
    '{backend}에서 실행한 tf.conv2dTranspose 결과의 모양: {actual}, 흩뿌려 더하기 결과의 모양: {expected}.',
  'scatterStepper.status.failed': '{backend}에서 tf.conv2dTranspose 실행에 실패했습니다: {error}',
  'scatterStepper.figure.inputTitle': '입력 x ({rows}×{cols})',
  'scatterStepper.figure.kernelTitle': '커널 w ({rows}×{cols})',
  'scatterStepper.figure.scaledTitle': '{value} × 커널',
  'scatterStepper.figure.canvasTitle': '캔버스 {rows}×{cols} (잘라내기 전)',
  'scatterStepper.figure.cropTitle': '캔버스 {rows}×{cols}: 잘라내기 p = {padding}, a = {outputPadding}',
  'scatterStepper.figure.outputTitle': '출력 ({rows}×{cols})',
  'scatterStepper.figure.stampingNow': ' (지금 찍는 칸)',
  'scatterStepper.figure.stamped': ' (찍음)',
  'scatterStepper.figure.noStamp': '0 (찍힌 값 없음)',
  'scatterStepper.figure.grown': ' (출력 패딩이 더한 0 칸)',
  'scatterStepper.figure.kept': ' (출력 패딩으로 남은 칸)',
  'scatterStepper.figure.terms': '항 {count}개',
  'scatterStepper.figure.describeEmpty':
    '흩뿌려 더하기, 단계 {step} / {last}: 비어 있는 {rows}×{cols} 캔버스. 입력 칸 {cells}개가 저마다 값 × {kernelRows}×{kernelCols} 커널을 더합니다.',
  'scatterStepper.figure.describeStamp':
    '흩뿌려 더하기, 단계 {step} / {last}: x[{y}][{x}] = {value}. 이 값 × 커널을 캔버스의 행 {row}, 열 {col} 위치에 더합니다. 겹치는 칸에는 합이 적혀 있습니다.',
  'scatterStepper.figure.describeCrop':
    '흩뿌려 더하기, 단계 {step} / {last}: {rows}×{cols} 캔버스를 행 {top}, 열 {left}부터 잘라 {height}×{width} 출력을 얻습니다. 출력: {output}.',
};
