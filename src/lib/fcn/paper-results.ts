/**
 * Table 2 of Long, Shelhamer & Darrell, "Fully Convolutional Networks for Semantic Segmentation" (CVPR 2015,
 * arXiv 1411.4038): the skip architectures on a subset of PASCAL VOC 2011 segval, in percent.
 * These are the paper's published numbers (facts to compare with), not something this site computes.
 */
import type { FcnVariant } from './variants';

export interface PublishedScores {
  pixelAccuracy: number;
  meanAccuracy: number;
  meanIoU: number;
  frequencyWeightedIoU: number;
}

export const PAPER_TABLE_2: Record<FcnVariant, PublishedScores> = {
  fcn32s: { pixelAccuracy: 89.1, meanAccuracy: 73.3, meanIoU: 59.4, frequencyWeightedIoU: 81.4 },
  fcn16s: { pixelAccuracy: 90.0, meanAccuracy: 75.7, meanIoU: 62.4, frequencyWeightedIoU: 83.0 },
  fcn8s: { pixelAccuracy: 90.3, meanAccuracy: 75.9, meanIoU: 62.7, frequencyWeightedIoU: 83.2 },
};

export const PAPER_TABLE_2_SOURCE = 'Long, Shelhamer & Darrell 2015, Table 2 (subset of PASCAL VOC 2011 segval)';
