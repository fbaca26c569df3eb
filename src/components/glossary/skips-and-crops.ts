/**
 * Glossary entries on combining layers and aligning them: skip connection, FCN variants, crop, crop offset,
 * coordinate map (skip-connections, pad-100-and-crop). Part of GLOSSARY (../glossary.ts), which joins the topics
 * in this order.
 */
import type { GlossaryEntry } from './types';

export const SKIPS_AND_CROPS: readonly GlossaryEntry[] = [
  {
    id: 'skip-connection',
    lesson: 'skip-connections',
    text: {
      en: {
        term: 'skip connection',
        definition:
          'A path that adds scores from an earlier, finer layer (pool4, pool3) to the upsampled coarse scores.',
      },
      ko: {
        term: '스킵 연결',
        definition: '더 앞쪽의 세밀한 층(pool4, pool3)에서 나온 점수를 업샘플링한 거친 점수에 더하는 경로입니다.',
      },
    },
  },
  {
    id: 'fcn-variants',
    lesson: 'skip-connections',
    text: {
      en: {
        term: 'FCN-32s, FCN-16s, FCN-8s',
        definition:
          "FCN with no skip (one ×32 upsampling), with pool4's scores added, and with pool3's as well; the number is the stride of the last upsampling.",
      },
      ko: {
        term: 'FCN-32s, FCN-16s, FCN-8s',
        definition:
          '스킵 없이 한 번에 ×32 업샘플링하는 FCN, pool4의 점수를 더한 FCN, pool3의 점수까지 더한 FCN으로, 숫자는 마지막 업샘플링의 스트라이드입니다.',
      },
    },
  },
  {
    id: 'crop',
    lesson: 'pad-100-and-crop',
    text: {
      en: {
        term: 'crop',
        definition:
          "Cutting a window of the reference's size out of a larger map, starting at an offset, so two maps line up before they are added.",
      },
      ko: {
        term: '크롭',
        definition:
          '더 큰 맵에서 기준 맵 크기의 창을 오프셋 위치부터 잘라 내는 일로, 두 맵을 더하기 전에 위치를 맞춥니다.',
      },
    },
  },
  {
    id: 'crop-offset',
    lesson: 'pad-100-and-crop',
    text: {
      en: {
        term: 'crop offset',
        definition: "Where the crop starts; FCN derives it by composing each layer's coordinate map, not by guessing.",
      },
      ko: {
        term: '크롭 오프셋',
        definition: '크롭이 시작하는 위치로, FCN은 이를 짐작하지 않고 각 층의 좌표 맵을 합성해 구합니다.',
      },
    },
  },
  {
    id: 'coordinate-map',
    lesson: 'pad-100-and-crop',
    text: {
      en: {
        term: 'coordinate map',
        definition: "The rule giving the input coordinate a layer's output cell is centred on: s·y + (k − 1)/2 − p.",
      },
      ko: {
        term: '좌표 맵',
        definition: '한 층의 출력 칸이 중심을 두는 입력 좌표를 주는 규칙, s·y + (k − 1)/2 − p입니다.',
      },
    },
  },
];
