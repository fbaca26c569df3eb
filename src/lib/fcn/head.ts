/**
 * The layers VGG16 does not have and FCN adds, with the reference's sizes (shelhamer/fcn.berkeleyvision.org,
 * voc-fcn{32,16,8}s/net.py): fc6 as a 7×7 convolution, and the head's transposed convolutions ("Deconvolution"),
 * each with kernel size 2s for stride s, starting bilinear. Their padding depends on the design (./layers.ts).
 */

/** fc6 sees a 7×7 pool5 in VGG16, so as a convolution it is 7×7. */
export const FC6_KERNEL_SIZE = 7;

/** Kernel size and stride of every upsampler of the three heads; `trainable`: learned or frozen bilinear. */
export const HEAD_UPSAMPLERS = {
  /** FCN-32s: score_fr ×32 to the image. */
  upscore: { kernelSize: 64, stride: 32, trainable: false },
  /** FCN-16s and 8s: score_fr ×2, to pool4's grid (learned, as in the paper). */
  upscore2: { kernelSize: 4, stride: 2, trainable: true },
  /** FCN-16s: fuse_pool4 ×16 to the image. */
  upscore16: { kernelSize: 32, stride: 16, trainable: false },
  /** FCN-8s: fuse_pool4 ×2, to pool3's grid (learned). */
  upscore_pool4: { kernelSize: 4, stride: 2, trainable: true },
  /** FCN-8s: fuse_pool3 ×8 to the image. */
  upscore8: { kernelSize: 16, stride: 8, trainable: false },
} as const satisfies Record<string, { kernelSize: number; stride: number; trainable: boolean }>;

export type UpsamplerName = keyof typeof HEAD_UPSAMPLERS;
