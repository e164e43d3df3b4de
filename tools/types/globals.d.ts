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
// act.js's acting half, started by content.js once it and the collector are loaded.
declare var ssobridgeActing: (page: {
  UI_ATTR: string;
  t(key: string, fallback: string): string;
  ask(message: object): Promise<any>;
  snapshot(): import('../../dist/pkg/ssobridge.js').PageSnapshot;
  refresh(): void;
  pageReport(): Promise<unknown>;
  elements(): Map<number, HTMLElement>;
  shadowRoots(): ShadowRoot[];
}) => {
  ui: {
    owns(node: Node): boolean;
    element(): HTMLElement | null;
    refocus(kind: string): boolean;
    buttons(views: import('../../dist/pkg/ssobridge.js').ButtonView[]): void;
    status(state: string, text: string, fields?: import('../../dist/pkg/ssobridge.js').FieldView[] | null, report?: boolean): void;
    drift(drift: import('../../dist/pkg/ssobridge.js').DriftView | null | undefined): void;
  };
  busy(): boolean;
  filledHere(): boolean;
};
// The top frame's page report, for the popup (popup.js runs a function in this world).
declare var ssobridgePageReport: (() => Promise<unknown>) | undefined;
// A side's probe (extension/probe/<side>.js, generated from the core), loaded before content.js.
declare var ssobridgeProbe: import('../../dist/pkg/ssobridge.js').Probe;
declare var __ssobridgeLoaded: boolean | undefined;
