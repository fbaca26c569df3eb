/**
 * Glossary entries on the task and what a network returns for it: semantic segmentation, label map, score map
 * (the home page, fc-to-conv). Part of GLOSSARY (../glossary.ts), which joins the topics in this order.
 */
import type { GlossaryEntry } from './types';

export const SEGMENTATION: readonly GlossaryEntry[] = [
  {
    id: 'semantic-segmentation',
    lesson: 'index',
    text: {
      en: {
        term: 'semantic segmentation',
        definition:
          'Giving every pixel of an image a class, so the answer is a label map rather than one label per image.',
      },
      ko: {
        term: '시맨틱 세그멘테이션',
        definition:
          '이미지의 모든 픽셀에 클래스를 붙이는 일로, 답은 이미지 하나에 레이블 하나가 아니라 레이블 맵입니다.',
      },
    },
  },
  {
    id: 'label-map',
    lesson: 'index',
    text: {
      en: {
        term: 'label map',
        definition: 'An [H, W] array holding one class number per pixel: what a segmentation network returns.',
      },
      ko: {
        term: '레이블 맵',
        definition: '픽셀마다 클래스 번호 하나를 담은 [H, W] 배열로, 세그멘테이션 네트워크가 내놓는 결과입니다.',
      },
    },
  },
  {
    id: 'score-map',
    lesson: 'fc-to-conv',
    text: {
      en: {
        term: 'score map',
        definition:
          'Class scores at every position of a coarse grid, [h, w, classes]; the best class at each pixel of the upsampled map is the label.',
      },
      ko: {
        term: '점수 맵',
        definition:
          '거친 격자의 위치마다 클래스별 점수를 담은 [h, w, 클래스 수] 맵으로, 업샘플링한 맵에서 픽셀마다 가장 높은 클래스가 레이블이 됩니다.',
      },
    },
  },
];
