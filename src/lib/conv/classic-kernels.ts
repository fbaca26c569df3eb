/** Hand-made 3×3 kernels for a grey image (edges, blur), row-major: the feature-map widget's "classic" row. */
export const CLASSIC_KERNELS: readonly { name: string; kernel: readonly number[] }[] = [
  { name: 'vertical edges (Sobel x)', kernel: [-1, 0, 1, -2, 0, 2, -1, 0, 1] },
  { name: 'horizontal edges (Sobel y)', kernel: [-1, -2, -1, 0, 0, 0, 1, 2, 1] },
  { name: 'all edges (Laplacian)', kernel: [0, 1, 0, 1, -4, 1, 0, 1, 0] },
  { name: 'blur (3×3 box)', kernel: [1 / 9, 1 / 9, 1 / 9, 1 / 9, 1 / 9, 1 / 9, 1 / 9, 1 / 9, 1 / 9] },
];
