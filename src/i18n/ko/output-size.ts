/** Korean strings of the output-size explorer (src/widgets/output-size/): the keys of ../en/output-size.ts. */
import type { outputSize as en } from '../en/output-size';

export const outputSize: Record<keyof typeof en, string> = {
  'outputSize.title': '전치 합성곱의 출력 크기',
  'outputSize.slider.i': '입력 크기',
  'outputSize.slider.k': '커널 크기',
  'outputSize.slider.s': '스트라이드',
  'outputSize.slider.p': '패딩',
  'outputSize.slider.a': '출력 패딩',
  'outputSize.slider.d': '팽창',
  'outputSize.noValidOutput': '(올바른 출력 없음)',
  'outputSize.legend': '그림의 범례',
  'outputSize.legend.input': '입력 칸',
  'outputSize.legend.output': '출력 칸',
  'outputSize.legend.cropped': '패딩 {p}로 잘려 나간 캔버스 칸',
  'outputSize.legend.added': '출력 패딩 {a}로 더해진 칸',
  'outputSize.status': '입력 {i} × {i} → 출력 {o} × {o} (o = {o}).',
  'outputSize.status.invalid':
    '이 값들로는 출력이 없습니다. 흐리게 표시된 그림은 마지막으로 가능했던 값({state})의 그림입니다.',
  'outputSize.forward.lastValid': '마지막으로 가능했던 값에 대해: {sentence}',
  'outputSize.forward.notBack':
    '같은 설정의 합성곱(k = {k}, s = {s}, p = {p}, d = {d})은 크기 o = {o}의 입력을 크기 {forward}의 출력으로 보내며, i = {i}의 크기로 돌아가지 않습니다. d > s(d = {d}, s = {s})이므로 a = {a}도 허용되지만, 이렇게 더한 칸은 크기 {sizes}의 어떤 순방향 입력에도 없던 칸입니다.',
  'outputSize.forward.unique':
    '같은 설정의 합성곱(k = {k}, s = {s}, p = {p}, d = {d})은 크기 o = {o}의 입력을 다시 크기 i = {i}의 출력으로 보냅니다. 크기 {i}의 출력을 내는 다른 입력 크기는 없으므로 모양이 정확히 되돌아갑니다.',
  'outputSize.forward.shared':
    '같은 설정의 합성곱(k = {k}, s = {s}, p = {p}, d = {d})은 크기 o = {o}의 입력을 다시 크기 i = {i}의 출력으로 보냅니다. 그런데 입력 크기 {sizes}(모두 {count}개) 모두 크기 {i}의 출력이 되므로(내림이 차이를 가립니다), 전치 합성곱은 어느 크기에서 왔는지 알 수 없습니다. 출력 패딩 a = {a}에 따라 고르는 크기: {o}.',
  'outputSize.list': '{first}, {last}',
  'outputSize.sharedLabel': '합성곱하면 크기 {i}의 출력이 되는 입력 크기',
  'outputSize.sharedSize': '크기 {size}',
  'outputSize.thisOne': ' (현재 값)',
  'outputSize.problem.outputPadding':
    '출력 패딩 a = {outputPadding}: max(스트라이드, 팽창) = {limit}보다 작아야 합니다.',
  'outputSize.problem.cropsAll':
    '패딩 p = {padding}: 2p = {cropped}칸을 잘라내야 하는데 흩뿌린 캔버스의 폭은 {canvas}칸뿐이라 남는 칸이 없습니다.',
  'outputSize.problem.cropsAllOne':
    '패딩 p = {padding}: 2p = {cropped}칸을 잘라내야 하는데 흩뿌린 캔버스의 폭은 1칸뿐이라 남는 칸이 없습니다.',
  'outputSize.noscript':
    'JavaScript가 없으면 수식과 그림은 처음 값으로 고정됩니다. 슬라이더는 JavaScript가 있어야 동작합니다.',
  'outputSize.figure.input': '입력 {n} × {n}',
  'outputSize.figure.output': '출력 {o} × {o}',
  'outputSize.figure.outputCanvas': '출력 {o} × {o} (캔버스 {n} × {n})',
  'outputSize.figure.arrow': '↓ 전치 합성곱',
  'outputSize.figure.describe':
    '{i} × {i} 입력 격자와 {o} × {o} 출력 격자를 같은 칸 크기로 그린 그림입니다. 흩뿌린 캔버스 크기: {n} × {n}. 패딩 p = {p}: 각 변에서 {p}칸을 잘라냅니다. 출력 패딩 a = {a}: 아래쪽과 오른쪽에 {a}칸을 더합니다.',
};
