// Random label maps for the metrics tests: each pixel is void (255) with probability voidRate, else a class in [0, n).
export function randomLabels(next: () => number, length: number, n: number, voidRate: number): number[] {
  return Array.from({ length }, () => (next() < voidRate ? 255 : Math.floor(next() * n)));
}
