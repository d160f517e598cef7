// Types of the generated ffi.js (tools/gen_bindings.py), for tsc over the tests.
export declare const constants: Readonly<Record<string, number>>;
export declare const opaqueTypes: readonly string[];
/** name -> koffi prototype (C syntax). */
export declare const prototypes: Readonly<Record<string, string>>;
export declare function bind(koffi: unknown, path: string):
  { lib: unknown; fn: Record<string, (...args: any[]) => any>; missing: string[] };
