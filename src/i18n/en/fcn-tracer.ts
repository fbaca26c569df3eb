/** English strings of the fcn-tracer widget (src/widgets/fcn-tracer/); keys start with 'fcnTracer.'. */
export const fcnTracer = {} as const;
