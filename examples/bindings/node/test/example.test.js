'use strict';
// The tour in example.js runs to the end (it is what docs/bindings.md shows).
const test = require('node:test');
const assert = require('node:assert/strict');
const { execFileSync } = require('node:child_process');
const path = require('node:path');

test('example.js runs and plays a session to the end', () => {
  const out = execFileSync(process.execPath, [path.join(__dirname, '..', 'example.js')],
    { encoding: 'utf8' });
  assert.match(out, /^libbackrelief \d+\.\d+\.\d+ \(ABI \d+\)/);
  assert.match(out, /ParseError \(BRF_E_PARSE\) at column 15/);
  assert.match(out, /player finished after \d+ cues/);
});
