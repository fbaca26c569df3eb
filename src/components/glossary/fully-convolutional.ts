/**
 * Glossary entries on turning the classifier into a fully convolutional network: fully connected layer,
 * 1×1 convolution, FCN (fc-to-conv). Part of GLOSSARY (../glossary.ts), which joins the topics in this order.
 */
import type { GlossaryEntry } from './types';

export const FULLY_CONVOLUTIONAL: readonly GlossaryEntry[] = [
  {
    id: 'fully-connected-layer',
    lesson: 'fc-to-conv',
    text: {
      en: {
        term: 'fully connected layer',
        definition:
          'A layer that connects every input to every output; it needs a fixed input size and forgets where things were.',
      },
      ko: {
        term: '완전 연결 층',
        definition: '모든 입력을 모든 출력에 연결하는 층으로, 입력 크기가 고정되어야 하고 위치 정보를 잃습니다.',
      },
    },
  },
  {
    id: 'one-by-one-convolution',
    lesson: 'fc-to-conv',
    text: {
      en: {
        term: '1×1 convolution',
        definition:
          'A convolution whose kernel covers one position: it mixes channels only, so it runs on a map of any height and width.',
      },
      ko: {
        term: '1×1 합성곱',
        definition: '커널이 한 위치만 덮는 합성곱으로, 채널끼리만 섞기 때문에 어떤 높이와 너비의 맵에도 적용됩니다.',
      },
    },
  },
  {
    id: 'fully-convolutional-network',
    lesson: 'fc-to-conv',
    text: {
      en: {
        term: 'fully convolutional network (FCN)',
        definition:
          'A network made only of convolutions (its dense layers rewritten as convolutions), so it takes images of any size and returns a map.',
      },
      ko: {
        term: '완전 합성곱 네트워크(FCN)',
        definition:
          '합성곱만으로 이루어진 네트워크로(완전 연결 층도 합성곱으로 바꿈), 어떤 크기의 이미지든 받아 맵을 돌려줍니다.',
      },
    },
  },
];
