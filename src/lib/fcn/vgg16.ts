/**
 * VGG16's convolutional part ("configuration D" of Simonyan & Zisserman), the backbone of every FCN here:
 * five blocks of 3×3 convs (2-2-3-3-3 of them, 64-128-256-512-512 channels), each block followed by a 2×2
 * stride-2 max-pool. Layer names follow the reference prototxt: conv1_1 … conv5_3, pool1 … pool5.
 */
export interface Vgg16Block {
  /** 3×3 convolutions in the block. */
  convs: number;
  /** Their output channels in VGG16. */
  width: number;
}

export const VGG16_BLOCKS: readonly Vgg16Block[] = [
  { convs: 2, width: 64 },
  { convs: 2, width: 128 },
  { convs: 3, width: 256 },
  { convs: 3, width: 512 },
  { convs: 3, width: 512 },
];

/** The names of block b's convs (b from 0), e.g. ['conv3_1', 'conv3_2', 'conv3_3'] for b = 2. */
export function blockConvNames(b: number): string[] {
  return Array.from({ length: VGG16_BLOCKS[b].convs }, (_, c) => `conv${b + 1}_${c + 1}`);
}
