/** Korean strings of the fcn-tracer widget (src/widgets/fcn-tracer/): the keys of ../en/fcn-tracer.ts. */
import type { fcnTracer as en } from '../en/fcn-tracer';

export const fcnTracer: Record<keyof typeof en, string> = {};
