// A faster Conv2DBackpropInput for the wasm backend when the conv has stride 1 and no dilation (every
// VGG/FCN conv): wasm's own kernel is a plain loop, ~10× slower than its XNNPACK Conv2D. For stride 1,
//   dx = conv2d(dy, W'), W'[i, j, co, ci] = W[kh−1−i, kw−1−j, ci, co], padding (kh−1−pT, kh−1−pB, …),
// i.e. the "full" correlation with the spatially flipped, in/out-swapped filter. Other strides (the
// transposed convs' forward pass) fall through to wasm's original kernel: a sub-pixel rewrite of those
// (Pad → 2×2 Conv2D → DepthToSpace) was measured at 43 → 36 ms for k16 s8 but slower for k64 s32, so
// it was not kept.
import {
  backend_util,
  Conv2DBackpropInput,
  getKernel,
  registerKernel,
  unregisterKernel,
  type Conv2DBackpropInputAttrs,
  type KernelBackend,
  type KernelFunc,
  type NamedAttrMap,
  type TensorInfo,
} from '@tensorflow/tfjs-core';

interface DisposableBackend {
  disposeData(dataId: object): boolean;
}

function call(
  name: string,
  backendName: string,
  backend: KernelBackend,
  inputs: Record<string, TensorInfo>,
  attrs: NamedAttrMap,
): TensorInfo {
  const kernel = getKernel(name, backendName);
  if (kernel == null) throw new Error(`conv2dBackpropInput: backend ${backendName} lacks ${name}`);
  return kernel.kernelFunc({ inputs, attrs, backend }) as TensorInfo;
}

/** dx of a stride-1 NHWC conv2d via one Conv2D with the flipped filter, on `backendName`'s kernels. */
export function conv2dBackpropInputStride1(
  backendName: string,
  backend: KernelBackend,
  dy: TensorInfo,
  filter: TensorInfo,
  inputShape: [number, number, number, number],
  pad: Conv2DBackpropInputAttrs['pad'],
  dimRoundingMode?: Conv2DBackpropInputAttrs['dimRoundingMode'],
): TensorInfo {
  const [kh, kw] = filter.shape;
  const info = backend_util.computeConv2DInfo(
    inputShape,
    filter.shape as [number, number, number, number],
    1,
    1,
    pad,
    dimRoundingMode,
  );
  const { top, bottom, left, right } = info.padInfo;
  const dispose = (t: TensorInfo) => (backend as unknown as DisposableBackend).disposeData(t.dataId);
  const flipped = call('Reverse', backendName, backend, { x: filter }, { dims: [0, 1] });
  const swapped = call('Transpose', backendName, backend, { x: flipped }, { perm: [0, 1, 3, 2] });
  dispose(flipped);
  const padding = [
    [0, 0],
    [kh - 1 - top, kh - 1 - bottom],
    [kw - 1 - left, kw - 1 - right],
    [0, 0],
  ];
  const dx = call('Conv2D', backendName, backend, { x: dy, filter: swapped }, {
    strides: [1, 1],
    pad: padding,
    dataFormat: 'NHWC',
    dilations: [1, 1],
    dimRoundingMode: undefined,
  } as unknown as NamedAttrMap);
  dispose(swapped);
  return dx;
}

let replaced = false;

/** Routes stride-1 Conv2DBackpropInput on 'wasm' through XNNPACK's Conv2D (idempotent). */
export function registerFastConv2dBackpropInputWasm(): void {
  if (replaced) return;
  const original = getKernel(Conv2DBackpropInput, 'wasm');
  if (original == null) return;
  const fallback: KernelFunc = original.kernelFunc;
  unregisterKernel(Conv2DBackpropInput, 'wasm');
  registerKernel({
    kernelName: Conv2DBackpropInput,
    backendName: 'wasm',
    setupFunc: original.setupFunc,
    kernelFunc: (args) => {
      const a = args.attrs as unknown as Conv2DBackpropInputAttrs;
      const { dy, filter } = args.inputs as { dy: TensorInfo; filter: TensorInfo };
      const strides = typeof a.strides === 'number' ? [a.strides, a.strides] : a.strides;
      const [kh, kw] = filter.shape;
      const info = backend_util.computeConv2DInfo(
        a.inputShape,
        filter.shape as [number, number, number, number],
        strides as [number, number],
        1,
        a.pad,
        a.dimRoundingMode,
      );
      const padOk =
        info.padInfo.top <= kh - 1 &&
        info.padInfo.bottom <= kh - 1 &&
        info.padInfo.left <= kw - 1 &&
        info.padInfo.right <= kw - 1;
      if (strides[0] !== 1 || strides[1] !== 1 || a.dataFormat !== 'NHWC' || !padOk) return fallback(args);
      return conv2dBackpropInputStride1(
        'wasm',
        args.backend as KernelBackend,
        dy,
        filter,
        a.inputShape,
        a.pad,
        a.dimRoundingMode,
      );
    },
  });
  replaced = true;
}
