// Type-checking the extension's JavaScript (make lint): Firefox's `browser` namespace has the
// same shape as Chrome's `chrome` for everything the shell uses.
declare var browser: typeof chrome | undefined;

// snapshot.js's collector, shared with content.js through the isolated world's global.
declare var ssobridgeSnapshot: {
  collect(options?: { focus?: RegExp | null }): { elements: Map<number, HTMLElement>; snapshot: import('../../dist/pkg/ssobridge.js').PageSnapshot };
  frame(): import('../../dist/pkg/ssobridge.js').PageSnapshot;
  isOurs(node: Node): boolean;
  UI_ATTR: string;
};
declare var __ssobridgeLoaded: boolean | undefined;
