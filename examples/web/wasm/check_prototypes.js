// Every prototype of the Node binding's ffi.js must be one koffi_wasm.js can
// marshal (CTest web.prototypes; node only, no emscripten): the browser module
// runs the Node binding's index.js over koffi_wasm.js, so a public header
// change that brings a new parameter form must fail here first.
//   node check_prototypes.js FFI_JS KOFFI_WASM_JS
'use strict';
const fs = require('fs');
const vm = require('vm');

const [ffiPath, shimPath] = process.argv.slice(2);
const { prototypes } = require(require('path').resolve(ffiPath));
const sandbox = { TextEncoder, TextDecoder, Uint8Array, DataView, BigInt };
vm.runInNewContext(`${fs.readFileSync(shimPath, 'utf8')}\nthis.makeKoffi = makeKoffi;`, sandbox);
const { koffi } = sandbox.makeKoffi({ HEAPU8: new Uint8Array(8) });
const kinds = new Map();
let failed = 0;
for (const [name, proto] of Object.entries(prototypes)) {
  try {
    const c = koffi.classify(proto);
    if (c.name !== name) throw new Error(`parsed as ${c.name}`);
    for (const p of c.params) kinds.set(p.kind, (kinds.get(p.kind) || 0) + 1);
  } catch (err) {
    failed++;
    console.error(`FAIL: ${name}: ${err.message}`);
  }
}
const total = Object.keys(prototypes).length;
console.log(`${total - failed} of ${total} prototypes marshalled: ` +
  [...kinds].map(([k, n]) => `${k} ${n}`).join(', '));
process.exit(failed ? 1 : 0);
