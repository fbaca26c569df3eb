# FCN-32s / 16s / 8s heads in PyTorch style, written for the skip-connections lesson
import torch
import torch.nn.functional as F
from torch import nn


def bilinear_kernel(channels: int, size: int) -> torch.Tensor:
    """One bilinear upsampling filter per class, on the diagonal: weight[c, c] is the tent, all else 0."""
    factor = (size + 1) // 2
    centre = factor - 1 if size % 2 == 1 else factor - 0.5
    ramp = 1 - (torch.arange(size, dtype=torch.float32) - centre).abs() / factor
    weight = torch.zeros(channels, channels, size, size)
    diagonal = torch.arange(channels)
    weight[diagonal, diagonal] = ramp[:, None] * ramp[None, :]
    return weight


def upsampler(classes: int, stride: int, learnable: bool) -> nn.ConvTranspose2d:
    """Transposed conv with kernel 2s and padding s/2: output = s * input, exactly."""
    up = nn.ConvTranspose2d(classes, classes, 2 * stride, stride=stride, padding=stride // 2, bias=False)
    up.weight.data.copy_(bilinear_kernel(classes, 2 * stride))
    up.weight.requires_grad_(learnable)
    return up


def top_left(x: torch.Tensor, like: torch.Tensor) -> torch.Tensor:
    """Crop x (N, C, H', W') to like's height and width, starting at row 0 and column 0."""
    return x[..., : like.shape[-2], : like.shape[-1]]


class SkipHead(nn.Module):
    """FCN-32s, 16s or 8s on top of VGG16 features: stride is 32, 16 or 8."""

    def __init__(self, classes: int, stride: int, pool3_channels: int = 256, pool4_channels: int = 512):
        super().__init__()
        self.stride = stride
        if stride <= 16:
            self.score_pool4 = nn.Conv2d(pool4_channels, classes, 1)
            nn.init.zeros_(self.score_pool4.weight)  # starts as the coarser net
            nn.init.zeros_(self.score_pool4.bias)
            self.upscore2 = upsampler(classes, 2, learnable=True)
        if stride == 8:
            self.score_pool3 = nn.Conv2d(pool3_channels, classes, 1)
            nn.init.zeros_(self.score_pool3.weight)
            nn.init.zeros_(self.score_pool3.bias)
            self.upscore_pool4 = upsampler(classes, 2, learnable=True)
        self.final = upsampler(classes, stride, learnable=False)

    def forward(self, pool3, pool4, score_fr, image):
        scores = score_fr                                    # 1/32
        if self.stride <= 16:
            skip = self.score_pool4(pool4)                   # 1/16
            scores = top_left(self.upscore2(scores), skip) + skip
        if self.stride == 8:
            skip = self.score_pool3(pool3)                   # 1/8
            scores = top_left(self.upscore_pool4(scores), skip) + skip
        return top_left(self.final(scores), image)           # image size


def pixel_loss(scores: torch.Tensor, labels: torch.Tensor, summed: bool = False) -> torch.Tensor:
    """Softmax cross-entropy at every pixel (scores N×C×H×W, labels N×H×W); label 255 counts for nothing.
    The reference sums over pixels (Caffe's normalize=False) instead of averaging: hence its tiny learning rates."""
    return F.cross_entropy(scores, labels, ignore_index=255, reduction="sum" if summed else "mean")


def sgd(model: nn.Module, lr: float, momentum: float, weight_decay: float) -> torch.optim.SGD:
    """SGD as in the reference nets: biases learn twice as fast and are not decayed; frozen upsamplers stay out."""
    trained = [(name, p) for name, p in model.named_parameters() if p.requires_grad]
    weights = [p for name, p in trained if not name.endswith("bias")]
    biases = [p for name, p in trained if name.endswith("bias")]
    return torch.optim.SGD(
        [{"params": weights}, {"params": biases, "lr": 2 * lr, "weight_decay": 0.0}],
        lr=lr, momentum=momentum, weight_decay=weight_decay,
    )
