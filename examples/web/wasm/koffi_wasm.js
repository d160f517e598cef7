// The part of koffi (and of Node's Buffer) that the Node binding uses, over an
// emscripten module instead of a shared library, so that the browser module
// runs examples/bindings/node/index.js unchanged: the same classes, methods
// and errors (index.d.ts), with one code path to maintain.
//
// make_module.py pastes this file into backrelief.mjs; makeKoffi(wasm) takes
// the instantiated emscripten module (-sWASM_BIGINT, malloc/free exported).
//
// Marshalling follows the prototypes of ffi.js (C syntax, `_Out_` marked):
//   const char *          a JS string (or null) copied in as UTF-8;
//   char *                a Buffer (Uint8Array) copied in and back out;
//   const int32_t *       a JS array of numbers copied in;
//   _Out_ T *, _Out_ T ** a one-element JS array receiving the value (a
//                         pointer is a number, NULL is null; an _Out_
//                         const char ** a string, as koffi gives it);
//   brf_x *, void *       a pointer: a number, or null for NULL;
//   int64_t               a number in, a number out (BigInt at the boundary);
//   returned const char * a JS string (NULL gives null).
// Any other form throws when the function is bound: check_prototypes.js runs
// every prototype of ffi.js through this (CTest web.prototypes), so a header
// change that needs new marshalling fails there, not in a browser.
/* eslint-disable no-unused-vars */
function makeKoffi(wasm) {
  const enc = new TextEncoder();
  const dec = new TextDecoder('utf-8');
  const u8 = () => wasm.HEAPU8;
  const view = () => new DataView(wasm.HEAPU8.buffer);

  function cString(ptr) {
    if (!ptr) return null;
    const h = u8();
    let end = ptr;
    while (h[end] !== 0) end++;
    return dec.decode(h.subarray(ptr, end));
  }
  function decode(ptr, type, len) {
    if (type !== 'char') throw new Error(`koffi_wasm: decode of ${type} is not supported`);
    if (!ptr) return '';
    return dec.decode(u8().slice(ptr, ptr + len));
  }

  // Scalar kinds: size in wasm32 and how to read/write them.
  const SCALARS = {
    int32_t: 4, uint32_t: 4, size_t: 4, brf_status: 4, int: 4, bool: 4, double: 8, int64_t: 8,
    uint64_t: 8,
  };
  function readScalar(t, p) {
    const v = view();
    switch (t) {
      case 'int64_t': return Number(v.getBigInt64(p, true));
      case 'uint64_t': return Number(v.getBigUint64(p, true));
      case 'uint32_t': case 'size_t': return v.getUint32(p, true);
      case 'double': return v.getFloat64(p, true);
      default: return v.getInt32(p, true);
    }
  }

  // One parameter: how to pass it and what to do after the call.
  function paramKind(text) {
    const t = text.replace(/\s+/g, ' ').trim();
    const out = /^_Out_ /.test(t);
    const bare = t.replace(/^_Out_ /, '').replace(/ \w+$/, '').replace(/\s*\*/g, '*').trim();
    const depth = (bare.match(/\*/g) || []).length;
    const base = bare.replace(/\*/g, '').replace(/^const /, '').trim();
    if (out) {
      if (depth === 1 && base in SCALARS) return { kind: 'out-scalar', base };
      // koffi hands an _Out_ const char ** back as a JS string.
      if (depth === 2 && base === 'char') return { kind: 'out-string' };
      if (depth === 2 && (base === 'void' || /^brf_\w+$/.test(base))) return { kind: 'out-pointer' };
      throw new Error(`koffi_wasm: unsupported parameter ${text.trim()}`);
    }
    if (depth === 0) {
      if (base === 'int64_t' || base === 'uint64_t') return { kind: 'i64' };
      if (base in SCALARS) return { kind: 'scalar' };
      throw new Error(`koffi_wasm: unsupported parameter ${text.trim()}`);
    }
    if (bare === 'const char*') return { kind: 'string' };
    if (bare === 'char*') return { kind: 'buffer' };
    if (bare === 'const int32_t*') return { kind: 'int32-array' };
    if (depth === 1 && (base === 'void' || /^brf_\w+$/.test(base))) return { kind: 'pointer' };
    throw new Error(`koffi_wasm: unsupported parameter ${text.trim()}`);
  }

  function returnKind(ret) {
    const bare = ret.replace(/^const /, '');
    if (bare === 'char*') return 'string';
    if (ret === 'int64_t' || ret === 'uint64_t') return 'i64';
    if (/^(brf_\w+|void)\*$/.test(bare)) return 'pointer';
    if (ret === 'size_t' || ret === 'uint32_t') return 'unsigned';
    if (ret in SCALARS || ret === 'void') return 'scalar';
    throw new Error(`koffi_wasm: unsupported return type ${ret}`);
  }

  function parse(proto) {
    const m = /^(.*?)\s*\b(brf_\w+)\((.*)\)$/.exec(proto.trim());
    if (!m) throw new Error(`koffi_wasm: cannot parse ${proto}`);
    const ret = m[1].replace(/\s*\*/g, '*').trim();
    const params = m[3].trim() === 'void' || m[3].trim() === '' ? [] : m[3].split(',').map(paramKind);
    returnKind(ret);
    return { ret, name: m[2], params };
  }

  function func(proto) {
    const { ret, name, params } = parse(proto);
    const raw = wasm[`_${name}`];
    if (typeof raw !== 'function') throw new Error(`cannot find function ${name}`);
    const retKind = returnKind(ret);
    return function (...args) {
      const temps = [];
      const after = [];
      const alloc = (n) => {
        const p = wasm._malloc(Math.max(n, 8));
        if (!p) throw new Error('koffi_wasm: out of memory');
        temps.push(p);
        return p;
      };
      try {
        const cargs = params.map((k, i) => {
          const a = args[i];
          switch (k.kind) {
            case 'string': {
              if (a === null || a === undefined) return 0;
              const bytes = enc.encode(String(a));
              const p = alloc(bytes.length + 1);
              u8().set(bytes, p);
              u8()[p + bytes.length] = 0;
              return p;
            }
            case 'buffer': {
              if (a === null || a === undefined) return 0;
              const p = alloc(a.length + 1);
              u8().set(a, p);
              after.push(() => a.set(u8().subarray(p, p + a.length)));
              return p;
            }
            case 'int32-array': {
              if (a === null || a === undefined) return 0;
              const p = alloc(4 * a.length);
              const v = view();
              for (let j = 0; j < a.length; j++) v.setInt32(p + 4 * j, Number(a[j]), true);
              return p;
            }
            case 'out-scalar': case 'out-pointer': case 'out-string': {
              if (a === null || a === undefined) return 0;
              const p = alloc(8);
              view().setBigInt64(p, 0n, true);
              if (k.kind === 'out-scalar') {
                after.push(() => { a[0] = readScalar(k.base, p); });
              } else if (k.kind === 'out-string') {
                after.push(() => { a[0] = cString(view().getUint32(p, true)); });
              } else {
                after.push(() => { const q = view().getUint32(p, true); a[0] = q === 0 ? null : q; });
              }
              return p;
            }
            case 'pointer': return a === null || a === undefined ? 0 : Number(a);
            case 'i64': return BigInt(Math.trunc(Number(a)));
            default: return typeof a === 'boolean' ? (a ? 1 : 0) : Number(a);
          }
        });
        const r = raw(...cargs);
        for (const f of after) f();
        switch (retKind) {
          case 'string': return cString(r);
          case 'pointer': return r === 0 ? null : r >>> 0;
          case 'i64': return Number(r);
          case 'unsigned': return r >>> 0;
          default: return r;
        }
      } finally {
        for (const p of temps) wasm._free(p);
      }
    };
  }

  const koffi = {
    alias() {},
    opaque() {},
    decode,
    load() { return { func }; },
    /** How each prototype is marshalled (check_prototypes.js): { ret, name, params }. */
    classify: parse,
  };

  // Buffer: byteLength, alloc, toString('utf8', start, end) and indexOf are all
  // the binding uses.
  class WasmBuffer extends Uint8Array {
    static byteLength(text) { return enc.encode(String(text)).length; }
    static alloc(n) { return new WasmBuffer(n); }
    toString(encoding, start = 0, end = this.length) {
      return dec.decode(this.subarray(start, end < 0 ? this.length : end));
    }
  }
  return { koffi, Buffer: WasmBuffer };
}
