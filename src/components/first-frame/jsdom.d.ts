// The part of jsdom's API the build-time first frame uses (jsdom ships no types; a local declaration instead of
// another dev dependency for one constructor).
declare module 'jsdom' {
  export class JSDOM {
    constructor(html?: string);
    readonly window: Window & typeof globalThis;
  }
}
