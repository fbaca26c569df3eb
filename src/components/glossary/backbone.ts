/**
 * Glossary entries on the classifier FCN builds on and its layers: backbone, pretrained, convolution, kernel,
 * feature map, receptive field, pooling, stride, padding (vgg-backbone, fc-to-conv). Part of GLOSSARY
 * (../glossary.ts), which joins the topics in this order.
 */
import type { GlossaryEntry } from './types';

export const BACKBONE: readonly GlossaryEntry[] = [
  {
    id: 'backbone',
    lesson: 'vgg-backbone',
    text: {
      en: {
        term: 'backbone',
        definition:
          "The feature-extracting network a model builds on; FCN's is VGG16, trained first to classify ImageNet photos.",
      },
      ko: {
        term: '백본',
        definition:
          '모델이 그 위에 쌓아 올리는 특징 추출 네트워크로, FCN의 백본은 ImageNet 분류로 먼저 학습한 VGG16입니다.',
      },
    },
  },
  {
    id: 'pretrained',
    lesson: 'vgg-backbone',
    text: {
      en: {
        term: 'pretrained',
        definition:
          'Said of a network trained first on one large task (ImageNet classification), whose weights give another task (segmentation) a head start.',
      },
      ko: {
        term: '사전 학습',
        definition:
          '큰 과제(ImageNet 분류)로 먼저 네트워크를 학습해, 그 가중치로 다른 과제(세그멘테이션)를 유리하게 시작하는 일입니다.',
      },
    },
  },
  {
    id: 'convolution',
    lesson: 'vgg-backbone',
    text: {
      en: {
        term: 'convolution',
        definition:
          'Sliding a small kernel over a map and taking, at each position, the weighted sum of the values under it.',
      },
      ko: {
        term: '합성곱',
        definition: '작은 커널을 맵 위에서 옮기며 위치마다 커널 아래 값들의 가중합을 구하는 연산입니다.',
      },
    },
  },
  {
    id: 'kernel',
    lesson: 'vgg-backbone',
    text: {
      en: {
        term: 'kernel',
        definition:
          'The small array of learned weights a convolution slides over its input, e.g. 3×3 per input channel in VGG.',
      },
      ko: {
        term: '커널',
        definition: '합성곱이 입력 위에서 옮기는 학습된 가중치의 작은 배열로, VGG에서는 입력 채널마다 3×3입니다.',
      },
    },
  },
  {
    id: 'feature-map',
    lesson: 'fc-to-conv',
    text: {
      en: {
        term: 'feature map',
        definition:
          "A layer's output, [height, width, channels]: one channel per learned feature, one cell per position.",
      },
      ko: {
        term: '특징 맵',
        definition: '한 층의 출력 [높이, 너비, 채널]로, 학습된 특징마다 채널 하나, 위치마다 칸 하나가 있습니다.',
      },
    },
  },
  {
    id: 'receptive-field',
    lesson: 'vgg-backbone',
    text: {
      en: {
        term: 'receptive field',
        definition:
          'The patch of the input image that one cell of a feature map can see; stacked 3×3 convolutions and pools widen it.',
      },
      ko: {
        term: '수용 영역',
        definition: '특징 맵의 한 칸이 볼 수 있는 입력 이미지의 영역으로, 3×3 합성곱과 풀링을 쌓을수록 넓어집니다.',
      },
    },
  },
  {
    id: 'pooling',
    lesson: 'vgg-backbone',
    text: {
      en: {
        term: 'pooling',
        definition:
          "Summarising each window of a map by one value; VGG's max pooling keeps the largest of each 2×2 window at stride 2, halving height and width.",
      },
      ko: {
        term: '풀링',
        definition:
          '맵의 창마다 값 하나로 요약하는 연산으로, VGG의 최대 풀링은 스트라이드 2로 2×2 창마다 가장 큰 값을 남겨 높이와 너비를 절반으로 줄입니다.',
      },
    },
  },
  {
    id: 'stride',
    lesson: 'transposed-convolution',
    text: {
      en: {
        term: 'stride',
        definition:
          "How far a kernel moves between two outputs; stride s shrinks a convolution's output, and spreads a transposed convolution's, about s times.",
      },
      ko: {
        term: '스트라이드',
        definition:
          '출력 하나와 다음 출력 사이에 커널이 움직이는 거리로, 스트라이드 s는 합성곱의 출력을 약 s배 줄이고 전치 합성곱의 출력을 약 s배 넓힙니다.',
      },
    },
  },
  {
    id: 'padding',
    lesson: 'transposed-convolution',
    text: {
      en: {
        term: 'padding',
        definition:
          "Zeros added around a convolution's input (or, for a transposed convolution, cells trimmed from its output's border).",
      },
      ko: {
        term: '패딩',
        definition:
          '합성곱 입력의 가장자리에 덧붙이는 0으로, 전치 합성곱에서는 출력 가장자리에서 잘라 내는 칸 수입니다.',
      },
    },
  },
];
