"""Recolouring augmentation for training batches (a stage's `augment: 'recolour'` in scripts/lib/torch-plan.ts).

Our test split holds out whole object concepts, and a model that has learned "green means plant" or "grey means
vehicle" from the training drawings misnames unseen ones. So, with these probabilities per image:
- each object class present has its hue rotated by a random angle (a rotation of RGB about the grey axis, which keeps
  each pixel's brightness and saturation up to clipping), independently per class;
- the whole image becomes grey (luma), so shape alone must carry the class.
The label map is unchanged: the objects are where they were. Applied only to training batches, never to the
validation or test scenes (those come from src/lib/scene unchanged).
"""
import math

import torch

LUMA = torch.tensor([0.299, 0.587, 0.114])


def hue_rotation(theta):
    """3x3 matrix rotating RGB by `theta` radians about (1, 1, 1) (Rodrigues' formula)."""
    k = torch.full((3,), 1 / math.sqrt(3))
    cross = torch.tensor([[0.0, -k[2], k[1]], [k[2], 0.0, -k[0]], [-k[1], k[0], 0.0]])
    return math.cos(theta) * torch.eye(3) + (1 - math.cos(theta)) * torch.outer(k, k) + math.sin(theta) * cross


def recolour(images, labels, generator, p_hue=0.5, p_grey=0.1, ignore=255):
    """images [B, 3, H, W] float 0-255, labels [B, H, W] int64 -> recoloured copy of images."""
    out = images.clone()
    for b in range(out.shape[0]):
        for c in labels[b].unique().tolist():
            if c == 0 or c == ignore or torch.rand(1, generator=generator).item() >= p_hue:
                continue
            theta = torch.rand(1, generator=generator).item() * 2 * math.pi
            mask = labels[b] == c
            pixels = out[b][:, mask]
            out[b][:, mask] = (hue_rotation(theta) @ pixels).clamp(0, 255)
        if torch.rand(1, generator=generator).item() < p_grey:
            out[b] = (LUMA[:, None, None] * out[b]).sum(0, keepdim=True).expand(3, -1, -1).clone()
    return out
