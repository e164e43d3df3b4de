// Type-checking the extension's JavaScript (make lint): Firefox's `browser` namespace has the
// same shape as Chrome's `chrome` for everything the shell uses.
declare var browser: typeof chrome | undefined;

// snapshot.js's collector, shared with content.js through the isolated world's global.
declare var ssobridgeSnapshot: {
  collect(options?: { focus?: RegExp | null; anchors?: RegExp | null; fields?: string[] }): {
    elements: Map<number, HTMLElement>;
    root: Element;
    shadowRoots: ShadowRoot[];
    snapshot: import('../../dist/pkg/ssobridge.js').PageSnapshot;
  };
  isOurs(node: Node): boolean;
  shadowRootOf(el: Element): ShadowRoot | null;
  shadowRootsUnder(node: Node, known?: Set<ShadowRoot> | null, found?: ShadowRoot[]): ShadowRoot[];
  UI_ATTR: string;
};
// A side's probe (extension/probe/<side>.js, generated from the core), loaded before content.js.
declare var ssobridgeProbe: import('../../dist/pkg/ssobridge.js').Probe;
declare var __ssobridgeLoaded: boolean | undefined;
