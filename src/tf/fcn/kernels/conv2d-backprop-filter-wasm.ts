// The wasm backend has no Conv2DBackpropFilter kernel (the gradient of a conv2d with respect to its
// filter), so training could not run there. This file builds one from kernels wasm does have.
//
// For an NHWC input x [n, H, W, cIn] and upstream gradient dy [n, Ho, Wo, cOut] of a conv with
// stride s and top/left padding pT, pL:
//   dW[i, j, ci, co] = Σ_{b, y, x} x[b, s·y + i − pT, s·x + j − pL, ci] · dy[b, y, x, co]
// which is itself a convolution: treat cIn as the batch and n as the channels,
//   X' = transpose(x) [cIn, H, W, n],  F' = transpose(dy) [Ho, Wo, n, cOut],
//   dW' = conv2d(X', F', stride 1, dilation s, padding pT / pL) [cIn, kh, kw, cOut],
// then transpose back to [kh, kw, cIn, cOut]. Rows/columns the forward conv never read are sliced
// off first, so the dilated conv's output is exactly kh × kw.
import {
  backend_util,
  Conv2DBackpropFilter,
  getKernel,
  registerKernel,
  type Conv2DBackpropFilterAttrs,
  type KernelBackend,
  type NamedAttrMap,
  type TensorInfo,
} from '@tensorflow/tfjs-core';

type KernelCall = (inputs: Record<string, TensorInfo>, attrs: NamedAttrMap) => TensorInfo;

interface DisposableBackend {
  disposeData(dataId: object): boolean;
}

function kernelCaller(backendName: string, backend: KernelBackend): (name: string) => KernelCall {
  return (name: string) => {
    const kernel = getKernel(name, backendName);
    if (kernel == null) throw new Error(`conv2dBackpropFilter: backend ${backendName} lacks ${name}`);
    return (inputs, attrs) => kernel.kernelFunc({ inputs, attrs, backend }) as TensorInfo;
  };
}

export interface BackpropFilterGeometry {
  strides: [number, number];
  pad: Conv2DBackpropFilterAttrs['pad'];
  dimRoundingMode?: Conv2DBackpropFilterAttrs['dimRoundingMode'];
  filterShape: [number, number, number, number];
}

/** dW for an NHWC conv2d, composed from Transpose, Slice and a dilated Conv2D of `backendName`. */
export function conv2dBackpropFilterComposed(
  backendName: string,
  backend: KernelBackend,
  x: TensorInfo,
  dy: TensorInfo,
  geometry: BackpropFilterGeometry,
): TensorInfo {
  const call = kernelCaller(backendName, backend);
  const transpose = call('Transpose');
  const slice = call('Slice');
  const conv2d = call('Conv2D');
  const dispose = (t: TensorInfo) => (backend as unknown as DisposableBackend).disposeData(t.dataId);

  const [kh, kw, cIn, cOut] = geometry.filterShape;
  const [n, inH, inW] = x.shape;
  const info = backend_util.computeConv2DInfo(
    [n, inH, inW, cIn],
    geometry.filterShape,
    geometry.strides,
    1,
    geometry.pad,
    geometry.dimRoundingMode,
  );
  const [sh, sw] = [info.strideHeight, info.strideWidth];
  const [outH, outW] = [info.outHeight, info.outWidth];
  const [pT, pL] = [info.padInfo.top, info.padInfo.left];
  // Last input row/column the forward conv read (exclusive), then bottom/right padding that makes
  // the dilated conv produce exactly kh × kw.
  const usedH = Math.min(inH, sh * (outH - 1) + kh - pT);
  const usedW = Math.min(inW, sw * (outW - 1) + kw - pL);
  const pB = kh - usedH - pT + sh * (outH - 1);
  const pR = kw - usedW - pL + sw * (outW - 1);

  let xUsed = x;
  if (usedH < inH || usedW < inW) {
    xUsed = slice({ x }, { begin: [0, 0, 0, 0], size: [n, usedH, usedW, cIn] });
  }
  const xT = transpose({ x: xUsed }, { perm: [3, 1, 2, 0] });
  if (xUsed !== x) dispose(xUsed);
  const dyT = transpose({ x: dy }, { perm: [1, 2, 0, 3] });
  const dwT = conv2d({ x: xT, filter: dyT }, {
    strides: [1, 1],
    pad: [
      [0, 0],
      [pT, pB],
      [pL, pR],
      [0, 0],
    ],
    dataFormat: 'NHWC',
    dilations: [sh, sw],
    dimRoundingMode: undefined,
  } as unknown as NamedAttrMap);
  dispose(xT);
  dispose(dyT);
  const dw = transpose({ x: dwT }, { perm: [1, 2, 0, 3] });
  dispose(dwT);
  if (dw.shape[0] !== kh || dw.shape[1] !== kw || dw.shape[2] !== cIn || dw.shape[3] !== cOut) {
    throw new Error(`conv2dBackpropFilter: got [${dw.shape}], expected [${geometry.filterShape}]`);
  }
  return dw;
}

let registered = false;

/** Registers Conv2DBackpropFilter for the 'wasm' backend (idempotent). */
export function registerConv2dBackpropFilterWasm(): void {
  if (registered || getKernel(Conv2DBackpropFilter, 'wasm') != null) {
    registered = true;
    return;
  }
  registerKernel({
    kernelName: Conv2DBackpropFilter,
    backendName: 'wasm',
    kernelFunc: ({ inputs, backend, attrs }) => {
      const { x, dy } = inputs as { x: TensorInfo; dy: TensorInfo };
      const a = attrs as unknown as Conv2DBackpropFilterAttrs;
      if (a.dataFormat !== 'NHWC') throw new Error('conv2dBackpropFilter (wasm): only NHWC');
      return conv2dBackpropFilterComposed('wasm', backend as KernelBackend, x, dy, {
        strides: typeof a.strides === 'number' ? [a.strides, a.strides] : a.strides,
        pad: a.pad,
        dimRoundingMode: a.dimRoundingMode,
        filterShape: a.filterShape,
      });
    },
  });
  registered = true;
}
