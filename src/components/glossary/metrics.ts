/**
 * Glossary entries on how a segmentation is scored: confusion matrix, pixel accuracy, IoU, mean IoU, mean accuracy,
 * frequency-weighted IoU, void label (metrics). `{ignoreLabel}` in a definition is filled from the metrics code
 * (src/lib/metrics/scores.ts). Part of GLOSSARY (../glossary.ts), which joins the topics in this order.
 */
import type { GlossaryEntry } from './types';

export const METRICS: readonly GlossaryEntry[] = [
  {
    id: 'confusion-matrix',
    lesson: 'metrics',
    text: {
      en: {
        term: 'confusion matrix',
        definition:
          'A table counting pixels by true class (rows) and predicted class (columns); every FCN score is computed from it.',
      },
      ko: {
        term: '혼동 행렬',
        definition: '픽셀을 실제 클래스(행)와 예측 클래스(열)로 나누어 센 표로, FCN의 모든 점수가 여기서 계산됩니다.',
      },
    },
  },
  {
    id: 'pixel-accuracy',
    lesson: 'metrics',
    text: {
      en: {
        term: 'pixel accuracy',
        definition:
          "The share of pixels labelled right: the confusion matrix's diagonal over its total. Flattered by a large background.",
      },
      ko: {
        term: '픽셀 정확도',
        definition:
          '올바르게 분류된 픽셀의 비율로, 혼동 행렬의 대각합을 전체 합으로 나눈 값입니다. 배경이 넓으면 부풀려집니다.',
      },
    },
  },
  {
    id: 'iou',
    lesson: 'metrics',
    text: {
      en: {
        term: 'IoU (intersection over union)',
        definition: 'For one class: pixels both predicted and truly that class, over pixels that are either.',
      },
      ko: {
        term: 'IoU(교집합 대 합집합)',
        definition:
          '한 클래스에 대해, 예측과 정답이 모두 그 클래스인 픽셀 수를 둘 중 하나라도 그 클래스인 픽셀 수로 나눈 값입니다.',
      },
    },
  },
  {
    id: 'mean-iou',
    lesson: 'metrics',
    text: {
      en: {
        term: 'mean IoU',
        definition:
          "The average of the classes' IoU (classes absent from both truth and prediction skipped): the paper's headline score.",
      },
      ko: {
        term: '평균 IoU',
        definition: '클래스별 IoU의 평균(정답과 예측 어디에도 없는 클래스는 제외)으로, 논문의 대표 점수입니다.',
      },
    },
  },
  {
    id: 'mean-accuracy',
    lesson: 'metrics',
    text: {
      en: {
        term: 'mean accuracy',
        definition: "The average over classes of the share of each class's pixels labelled right.",
      },
      ko: {
        term: '평균 정확도',
        definition: '클래스마다 그 클래스 픽셀 중 올바르게 분류된 비율을 구해 평균한 값입니다.',
      },
    },
  },
  {
    id: 'frequency-weighted-iou',
    lesson: 'metrics',
    text: {
      en: {
        term: 'frequency-weighted IoU',
        definition: "The classes' IoU averaged with each class weighted by how many pixels truly belong to it.",
      },
      ko: { term: '빈도 가중 IoU', definition: '각 클래스의 실제 픽셀 수로 가중해 평균한 클래스별 IoU입니다.' },
    },
  },
  {
    id: 'void-label',
    lesson: 'metrics',
    text: {
      en: {
        term: 'void label',
        definition:
          'The label value ({ignoreLabel} in PASCAL VOC) of pixels nobody grades, such as object outlines; they are left out of every score.',
      },
      ko: {
        term: 'void(무시) 레이블',
        definition:
          '채점하지 않는 픽셀(물체 윤곽 등)에 붙이는 레이블 값(PASCAL VOC에서는 {ignoreLabel})으로, 모든 점수 계산에서 빠집니다.',
      },
    },
  },
];
