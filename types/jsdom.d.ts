// What the tests use of jsdom (a dev dependency without bundled types): a window, for its strict DOMParser.
declare module 'jsdom' {
  export class JSDOM {
    constructor(html?: string);
    readonly window: Window & typeof globalThis;
  }
}
