/**
 * Glossary entries on going from the coarse score map back to pixels: upsampling, transposed convolution,
 * deconvolution, bilinear interpolation, checkerboard artifact (transposed-convolution). Part of GLOSSARY
 * (../glossary.ts), which joins the topics in this order.
 */
import type { GlossaryEntry } from './types';

export const UPSAMPLING: readonly GlossaryEntry[] = [
  {
    id: 'upsampling',
    lesson: 'transposed-convolution',
    text: {
      en: {
        term: 'upsampling',
        definition: "Making a map larger, e.g. bringing coarse class scores back to the image's size.",
      },
      ko: {
        term: '업샘플링',
        definition: '맵을 키우는 일로, 예를 들어 거친 클래스 점수를 이미지 크기로 되돌리는 것입니다.',
      },
    },
  },
  {
    id: 'transposed-convolution',
    lesson: 'transposed-convolution',
    text: {
      en: {
        term: 'transposed convolution',
        definition:
          'Upsampling by stamping a kernel scaled by each input value onto the output, stride apart, and summing overlaps; the matrix transpose of a convolution.',
      },
      ko: {
        term: '전치 합성곱',
        definition:
          '입력값마다 커널을 곱해 스트라이드 간격으로 출력에 찍고 겹치는 부분을 더하는 업샘플링으로, 합성곱 행렬의 전치에 해당합니다.',
      },
    },
  },
  {
    id: 'deconvolution',
    lesson: 'transposed-convolution',
    text: {
      en: {
        term: 'deconvolution',
        definition: 'An older name for transposed convolution; misleading, since it does not undo a convolution.',
      },
      ko: {
        term: '디컨볼루션',
        definition: '전치 합성곱의 옛 이름으로, 합성곱을 되돌리지 않으므로 오해를 부르는 이름입니다.',
      },
    },
  },
  {
    id: 'bilinear-interpolation',
    lesson: 'transposed-convolution',
    text: {
      en: {
        term: 'bilinear interpolation',
        definition:
          "Filling in between grid points by linear blending along both axes; FCN's upsamplers start as (or stay) this fixed kernel.",
      },
      ko: {
        term: '쌍선형 보간',
        definition:
          '두 축 방향으로 선형 혼합해 격자점 사이를 채우는 방법으로, FCN의 업샘플러는 이 고정 커널로 시작하거나 그대로 유지됩니다.',
      },
    },
  },
  {
    id: 'checkerboard-artifact',
    lesson: 'transposed-convolution',
    text: {
      en: {
        term: 'checkerboard artifact',
        definition:
          "A grid pattern in a transposed convolution's output where stamps overlap unevenly (kernel size not a multiple of the stride).",
      },
      ko: {
        term: '체커보드 아티팩트',
        definition:
          '커널 크기가 스트라이드의 배수가 아니어서 찍힌 커널이 고르지 않게 겹칠 때, 전치 합성곱 출력에 생기는 격자 무늬입니다.',
      },
    },
  },
];
