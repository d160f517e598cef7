'use strict';
// A million objects created and dropped without free(): the FinalizationRegistry
// gives their C memory back, so RSS stays under 1.5x what it was after warming
// up. Run apart (CTest bindings.node.leak: run_tests.sh test/leak.js).
const test = require('node:test');
const assert = require('node:assert/strict');
const br = require('../index.js');

const LIB = process.env.BACKRELIEF_LIBRARY;
const turn = () => new Promise((resolve) => setImmediate(resolve));

test('a million forgotten objects are freed by the garbage collector', async () => {
  assert.equal(typeof globalThis.gc, 'function', 'run with node --expose-gc (run_tests.sh does)');
  const ctx = new br.Context(LIB);
  const make = () => new br.Dosage(ctx); // dropped at once
  for (let i = 0; i < 50000; i++) make(); // warm up: the JS heap and the allocator settle
  await turn();
  const start = process.memoryUsage().rss;
  let peak = start;
  for (let round = 0; round < 100; round++) {
    for (let i = 0; i < 10000; i++) make();
    await turn(); // finalization callbacks run between turns of the event loop
    peak = Math.max(peak, process.memoryUsage().rss);
  }
  ctx.free();
  assert.ok(peak < start * 1.5,
    `RSS grew from ${(start / 1e6).toFixed(1)} MB to ${(peak / 1e6).toFixed(1)} MB`);
});

test('free() and close() release at once and unregister from the collector', () => {
  const ctx = new br.Context(LIB);
  const d = br.Dosage.parse(ctx, '2x10');
  d.close();
  d.free(); // idempotent
  assert.equal(d.closed, true);
  assert.throws(() => String(d), br.StateError);
  const e = br.Dosage.parse(ctx, '3x5'); // what `using e = ...` does at the end of its block
  try {
    assert.equal(String(e), '3x5');
  } finally {
    e[Symbol.dispose]();
  }
  assert.equal(e.closed, true);
  ctx[Symbol.dispose]();
  assert.equal(ctx.closed, true);
});

test('bad input raises again and again without growing RSS', async () => {
  const ctx = new br.Context(LIB);
  const fail = () => {
    try {
      br.Dosage.parse(ctx, '3x10, rest 60 parsecs');
    } catch (err) {
      if (!(err instanceof br.ParseError)) throw err;
      return;
    }
    throw new Error('no ParseError');
  };
  for (let i = 0; i < 20000; i++) fail();
  await turn();
  const start = process.memoryUsage().rss;
  let peak = start;
  for (let round = 0; round < 20; round++) {
    for (let i = 0; i < 10000; i++) fail();
    await turn();
    peak = Math.max(peak, process.memoryUsage().rss);
  }
  ctx.free();
  assert.ok(peak < start * 1.2,
    `RSS grew from ${(start / 1e6).toFixed(1)} MB to ${(peak / 1e6).toFixed(1)} MB`);
});
