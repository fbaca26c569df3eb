"""The FCN in PyTorch, built from the TypeScript architecture (scripts/fcn-arch.ts), for training only.

The site runs the same network in tfjs (src/tf/fcn/model.ts). Layer names, widths, kernel sizes and the
upsamplers' kernel/stride/padding all come from the JSON that `npx tsx scripts/fcn-arch.ts` prints, so the two
cannot drift apart. Training adds batch norm after every backbone conv and fc6/fc7; `folded_weights()` folds it
into the convolutions, so the exported net has VGG's shape (conv + bias + ReLU) and nothing else.

Geometry (as the tfjs model): 3x3 convs pad 1, 2x2/2 max-pools rounding up (ceil_mode), fc6 7x7 pad 3, fc7
1x1, score layers 1x1; heads upsample with transposed convolutions and crop at offset 0.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F


class ConvBN(nn.Module):
    def __init__(self, cin, cout, k, pad, bn=True):
        super().__init__()
        self.conv = nn.Conv2d(cin, cout, k, padding=pad, bias=not bn)
        self.bn = nn.BatchNorm2d(cout) if bn else None
        nn.init.kaiming_normal_(self.conv.weight, nonlinearity='relu')
        if self.conv.bias is not None:
            nn.init.zeros_(self.conv.bias)

    def forward(self, x):
        x = self.conv(x)
        if self.bn is not None:
            x = self.bn(x)
        return F.relu(x)

    def folded(self):
        """(weight [out, in, kh, kw], bias [out]) with batch norm folded in (eval statistics)."""
        w = self.conv.weight.detach()
        b = self.conv.bias.detach() if self.conv.bias is not None else torch.zeros(w.shape[0])
        if self.bn is None:
            return w, b
        scale = self.bn.weight.detach() / torch.sqrt(self.bn.running_var + self.bn.eps)
        return w * scale[:, None, None, None], (b - self.bn.running_mean) * scale + self.bn.bias.detach()


def bilinear_kernel(size, channels):
    """surgery.upsample_filt on the diagonal: [channels(in), channels(out), size, size] for conv_transpose2d."""
    f = (size + 1) // 2
    c = f - 1 if size % 2 == 1 else f - 0.5
    og = torch.arange(size, dtype=torch.float32)
    filt = (1 - (og - c).abs() / f)[:, None] * (1 - (og - c).abs() / f)[None, :]
    w = torch.zeros(channels, channels, size, size)
    for i in range(channels):
        w[i, i] = filt
    return w


class FCN(nn.Module):
    def __init__(self, arch, bn=True, dropout=0.0):
        super().__init__()
        self.arch = arch
        self.variant = arch['variant']
        n = arch['config']['numClasses']
        fc = arch['config']['fcWidth']
        self.convs = nn.ModuleDict()
        self.block_ends = []
        for layer in arch['backbone']:
            self.convs[layer['name']] = ConvBN(layer['inChannels'], layer['outChannels'], 3, 1, bn)
        names = [l['name'] for l in arch['backbone']]
        for i, name in enumerate(names):
            if i + 1 == len(names) or names[i + 1].split('_')[0] != name.split('_')[0]:
                self.block_ends.append(name)
        width = {l['name'].split('_')[0]: l['outChannels'] for l in arch['backbone']}
        k6 = arch['fc6KernelSize']
        self.fc6 = ConvBN(width['conv5'], fc, k6, k6 // 2, bn)
        self.fc7 = ConvBN(fc, fc, 1, 0, bn)
        self.dropout = dropout
        self.score_fr = nn.Conv2d(fc, n, 1)
        self.skips = nn.ModuleDict()
        if self.variant in ('fcn16s', 'fcn8s'):
            self.skips['score_pool4'] = nn.Conv2d(width['conv4'], n, 1)
        if self.variant == 'fcn8s':
            self.skips['score_pool3'] = nn.Conv2d(width['conv3'], n, 1)
        for m in [self.score_fr, *self.skips.values()]:
            nn.init.zeros_(m.weight)
            nn.init.zeros_(m.bias)
        ups = {'fcn32s': ['upscore'], 'fcn16s': ['upscore2', 'upscore16'], 'fcn8s': ['upscore2', 'upscore_pool4', 'upscore8']}
        self.up = nn.ParameterDict()
        for name in ups[self.variant]:
            u = arch['upsamplers'][name]
            self.up[name] = nn.Parameter(bilinear_kernel(u['kernelSize'], n), requires_grad=u['trainable'])

    def upsample(self, x, name):
        u = self.arch['upsamplers'][name]
        return F.conv_transpose2d(x, self.up[name], stride=u['stride'], padding=u['padding'])

    def forward(self, image):
        """image: [batch, 3, h, w] RGB floats in [0, 255]; returns logits [batch, classes, h, w]."""
        h, w = image.shape[2:]
        x = image / 127.5 - 1
        pools = {}
        for name, conv in self.convs.items():
            x = conv(x)
            if name in self.block_ends:
                x = F.max_pool2d(x, 2, 2, ceil_mode=True)
                pools[name.split('_')[0]] = x
        x = self.fc6(x)
        if self.dropout > 0:
            x = F.dropout(x, self.dropout, self.training)
        x = self.fc7(x)
        if self.dropout > 0:
            x = F.dropout(x, self.dropout, self.training)
        score = self.score_fr(x)
        if self.variant == 'fcn32s':
            out = self.upsample(score, 'upscore')
        else:
            p4 = pools['conv4']
            fuse = self.upsample(score, 'upscore2')[:, :, : p4.shape[2], : p4.shape[3]] + self.skips['score_pool4'](p4)
            if self.variant == 'fcn16s':
                out = self.upsample(fuse, 'upscore16')
            else:
                p3 = pools['conv3']
                fuse = self.upsample(fuse, 'upscore_pool4')[:, :, : p3.shape[2], : p3.shape[3]] + self.skips['score_pool3'](p3)
                out = self.upsample(fuse, 'upscore8')
        return out[:, :, :h, :w]

    def folded_weights(self):
        """Every weight of the arch's spec list, by name, in tfjs layouts (batch norm folded in)."""
        out = {}
        for name, conv in [*self.convs.items(), ('fc6', self.fc6), ('fc7', self.fc7)]:
            w, b = conv.folded()
            out[f'{name}/kernel'], out[f'{name}/bias'] = w.permute(2, 3, 1, 0), b
        for name, m in [('score_fr', self.score_fr), *self.skips.items()]:
            out[f'{name}/kernel'], out[f'{name}/bias'] = m.weight.detach().permute(2, 3, 1, 0), m.bias.detach()
        for name, p in self.up.items():
            # conv_transpose2d weight [in, out, kh, kw] -> tfjs conv2dTranspose filter [kh, kw, out, in]
            out[f'{name}/kernel'] = p.detach().permute(2, 3, 1, 0)
        return {k: v.contiguous().float() for k, v in out.items()}

    def load_tfjs_weights(self, weights):
        """Loads a {name: tensor in tfjs layout} map (an exported model) into a net built with bn=False."""
        for name, conv in [*self.convs.items(), ('fc6', self.fc6), ('fc7', self.fc7)]:
            assert conv.bn is None, 'load exported weights into a net built with bn=False'
            conv.conv.weight.data = weights[f'{name}/kernel'].permute(3, 2, 0, 1).contiguous()
            conv.conv.bias.data = weights[f'{name}/bias'].clone()
        for name, m in [('score_fr', self.score_fr), *self.skips.items()]:
            m.weight.data = weights[f'{name}/kernel'].permute(3, 2, 0, 1).contiguous()
            m.bias.data = weights[f'{name}/bias'].clone()
        for name in self.up:
            self.up[name].data = weights[f'{name}/kernel'].permute(3, 2, 0, 1).contiguous()


def extend_from(new, old):
    """Copies every shared parameter and buffer of `old` into `new` (FCN-16s from FCN-32s, as the paper stages)."""
    state = new.state_dict()
    for k, v in old.state_dict().items():
        if k in state and state[k].shape == v.shape:
            state[k] = v.clone()
    new.load_state_dict(state)
