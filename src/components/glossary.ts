/**
 * The glossary: the FCN terms the lessons teach, each with a one-line definition in every locale and the lesson
 * that teaches it. One typed module read by every locale's /glossary/ page (src/pages/[...locale]/glossary.astro)
 * and its unit test; no Astro imports. `id` is the term's anchor (`/glossary/#receptive-field`) in every locale.
 * `{ignoreLabel}` in a definition is filled from the metrics code (src/lib/metrics/scores.ts).
 */
import type { Locale } from '../i18n/locales';

export interface GlossaryText {
  term: string;
  definition: string;
}

export interface GlossaryEntry {
  id: string;
  /** Slug of the lesson that teaches the term (`index` is the home page). */
  lesson: string;
  text: Record<Locale, GlossaryText>;
}

export const GLOSSARY: readonly GlossaryEntry[] = [
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

/** A locale's entries in its alphabetical order (Hangul order for Korean). */
export function glossaryOf(locale: Locale): GlossaryEntry[] {
  const collator = new Intl.Collator(locale);
  return [...GLOSSARY].sort((a, b) => collator.compare(a.text[locale].term, b.text[locale].term));
}
