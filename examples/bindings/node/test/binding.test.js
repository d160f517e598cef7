'use strict';
// node --test: the Node binding against the library named by BACKRELIEF_LIBRARY.
const test = require('node:test');
const assert = require('node:assert/strict');
const br = require('../index.js');

const LIB = process.env.BACKRELIEF_LIBRARY;

/** @template T @param {(ctx: br.Context) => T} fn @returns {T} */
function withContext(fn) {
  const ctx = new br.Context(LIB);
  try {
    return fn(ctx);
  } finally {
    ctx.free();
  }
}

// The built-in catalog, or null after marking the test skipped (a build without it).
/** @param {br.Context} ctx @param {import('node:test').TestContext} t @returns {br.Catalog | null} */
function builtinOrSkip(ctx, t) {
  try {
    return br.Catalog.builtin(ctx);
  } catch (err) {
    if (err instanceof br.UnsupportedError) {
      t.skip('no built-in catalog');
      return null;
    }
    throw err;
  }
}

test('loads by path, checks the ABI and binds every declared function', () => {
  const lib = br.load(LIB);
  assert.equal(lib.abiVersion, br.ABI_MAJOR);
  assert.match(lib.version, /^\d+\.\d+\.\d+$/);
  assert.deepEqual(lib.missing, []);
  assert.equal(Object.keys(lib.fn).length, Object.keys(require('../ffi.js').prototypes).length);
});

test('refuses an unknown ABI major with AbiMismatchError', () => {
  assert.throws(() => br.load(LIB, { expectedAbi: br.ABI_MAJOR + 1 }), (err) => {
    assert.ok(err instanceof br.AbiMismatchError);
    assert.ok(err instanceof br.LibraryLoadError);
    assert.match(err.message, /supports ABI \d+ only/);
    return true;
  });
});

test('a missing library file is a LibraryLoadError naming the path', () => {
  assert.throws(() => br.load('/nonexistent/libbackrelief.so.1'),
    (err) => err instanceof br.LibraryLoadError && err.message.includes('/nonexistent'));
});

test('another library is not taken for libbackrelief', () => {
  assert.throws(() => br.load('libc.so.6'),
    (err) => err instanceof br.LibraryLoadError && /not libbackrelief/.test(err.message));
});

test('constants come from the headers', () => {
  assert.equal(br.constants.BRF_E_PARSE, -3);
  assert.equal(br.constants.BRF_WEEKDAYS_ALL, 0x7f);
});

test('parse errors carry the status name, message, line and column', () => withContext((/** @type {br.Context} */ ctx) => {
  assert.throws(() => br.Dosage.parse(ctx, '3x10, rest 60 parsecs'), (err) => {
    assert.ok(err instanceof br.ParseError);
    assert.ok(err instanceof br.BackReliefError);
    assert.ok(err instanceof Error);
    assert.equal(err.name, 'ParseError');
    assert.equal(err.statusName, 'BRF_E_PARSE');
    assert.equal(err.status, -3);
    assert.match(err.message, /parsecs/);
    assert.deepEqual([err.line, err.column, err.offset], [1, 15, 14]);
    return true;
  });
}));

test('range, not-found, state and refer errors map to their classes', () => withContext((/** @type {br.Context} */ ctx) => {
  const d = new br.Dosage(ctx);
  assert.throws(() => d.set('sets', 0), br.RangeError);
  d.free();
  const s = new br.Screen(ctx);
  assert.throws(() => s.answer('no-such-flag'),
    (e) => e instanceof br.NotFoundError && e.message.includes('no-such-flag'));
  s.answer('saddle-numbness');
  assert.throws(() => s.evaluate(), (e) => e instanceof br.ReferError && e.statusName === 'BRF_E_REFER');
  assert.equal(s.outcome, 'emergency');
  s.free();
  assert.throws(() => s.evaluate(), br.StateError); // freed: refused, not a crash
  assert.throws(() => br.vocabCode('region', 'elbow'), br.NotFoundError);
}));

test('dosage: parse, toString (owned string), fields, estimate, clone', () => withContext((/** @type {br.Context} */ ctx) => {
  const d = br.Dosage.parse(ctx, 'hold 10-30s, 2-4 reps, 2-3x/week');
  assert.equal(String(d), '2-4 reps, hold 10-30s, 2-3x/week');
  assert.equal(d.describe('en'), String(d));
  assert.equal(d.describe('sv'), String(d));
  if (br.locales().includes('de')) assert.equal(d.describe('de'), '2–4 Wiederholungen, 10–30 s halten, 2–3 Mal pro Woche');
  assert.deepEqual(d.reps, [2, 4]);
  assert.deepEqual(d.holdMs, [10000, 30000]);
  assert.equal(d.sets, null);
  const [lo, hi] = d.estimate();
  assert.ok(lo > 0 && lo <= hi);
  const c = d.clone();
  assert.ok(c.equals(d));
  c.set('sets', 2);
  assert.ok(!c.equals(d));
  const advice = br.Dosage.parse(ctx, 'hold 5s, 1 rep').check('static-stretch');
  assert.ok(advice.length > 0);
  assert.ok(['info', 'caution', 'warning'].includes(advice[0].severity));
  c.free();
  d.free();
}));

test('catalog: iteration, find, query filters', (t) => withContext((/** @type {br.Context} */ ctx) => {
  const cat = builtinOrSkip(ctx, t);
  if (!cat) return undefined;
  const all = [...cat];
  assert.equal(all.length, cat.length);
  assert.ok(all.length > 0);
  const ex = cat.get('cat-camel');
  assert.equal(ex.id, 'cat-camel');
  assert.ok(ex.name.length > 0);
  assert.ok(ex.instructions.length > 0);
  assert.equal(cat.find('no-such-exercise'), null);
  const hits = cat.query({ region: 'lower-back', maxLevel: 'beginner' });
  assert.ok(hits.length > 0 && hits.length < all.length);
  for (const h of hits) {
    assert.ok(h.regions().includes('lower-back'));
    assert.equal(h.level, 'beginner');
  }
  for (const h of cat.query({ equipment: ['none', 'mat'] })) {
    assert.ok(h.equipment.every((e) => e === 'none' || e === 'mat'), h.id);
  }
  assert.throws(() => cat.query({ region: 999 }), br.InvalidError);
  cat.free();
}));

// Issue 20: a dose edit replaces the exercise in C; a kept query must not hand
// out the replaced one (it read freed memory: garbage ids).
test('catalog: a kept query after a dose edit, and edits during iteration', (t) => withContext((/** @type {br.Context} */ ctx) => {
  const cat = builtinOrSkip(ctx, t);
  if (!cat) return undefined;
  const first = cat.query({ modality: 'strength' }).map((ex) => ex.id);
  assert.ok(first.length > 2);
  const q = new br.Query(cat, { modality: 'strength' });
  try {
    // The first edit makes a copy the catalog owns; the query holds it after
    // its first iteration; the second edit replaces it.
    cat.setDefaultDose(first[1], '2x10');
    assert.deepEqual([...q].map((ex) => ex.id), first);
    cat.setDefaultDose(first[1], '3x12');
    const again = [...q];
    assert.deepEqual(again.map((ex) => ex.id), first);
    assert.equal(again[1].defaultDose, '3x12');
    // Every result edited while it is handed out.
    const seen = [];
    for (const ex of q) {
      seen.push(ex.id);
      cat.setDefaultDose(ex.id, '2x8');
      assert.equal(ex.defaultDose, '2x8');
    }
    assert.deepEqual(seen, first);
    assert.deepEqual(q.ids(), first);
    assert.deepEqual([...new Set([...q].map((ex) => ex.defaultDose))], ['2x8']);
  } finally {
    q.free();
  }
  // A duration filter answers the new dose.
  const short = new br.Query(cat, { modality: 'strength', maxDurationMs: 10 * 60 * 1000 });
  try {
    const before = short.ids();
    assert.ok(before.includes('dead-bug'));
    cat.setDefaultDose('dead-bug', '10x20, hold 30s');
    assert.deepEqual(short.ids(), before.filter((id) => id !== 'dead-bug'));
  } finally {
    short.free();
  }
  cat.free();
}));

test('custom exercises; frozen catalogs refuse changes', () => withContext((/** @type {br.Context} */ ctx) => {
  const cat = br.Catalog.empty(ctx);
  const ex = cat.add({ id: 'desk-reach', name: 'Desk reach', modality: 'dynamic-stretch',
    defaultDose: '2x10', regions: ['mid-back'] });
  assert.equal(ex.name, 'Desk reach');
  assert.throws(() => cat.add({ id: 'desk-reach', name: 'Again', modality: 'mobility' }),
    (e) => e instanceof br.InvalidError && e.message.includes('desk-reach'));
  cat.setDefaultDose('desk-reach', '3x12');
  assert.equal(ex.defaultDose, '3x12');
  cat.freeze();
  assert.throws(() => cat.add({ id: 'b', name: 'B', modality: 'strength' }), br.StateError);
  cat.free();
}));

test('routine and a player on a simulated clock', (t) => withContext((/** @type {br.Context} */ ctx) => {
  const cat = builtinOrSkip(ctx, t);
  if (!cat) return undefined;
  const r = new br.Routine(ctx, 'Morning');
  r.append(cat.get('cat-camel')).append(cat.get('glute-stretch'), '2x10');
  assert.equal(r.length, 2);
  assert.deepEqual(r.steps.map((s) => s.exerciseId), ['cat-camel', 'glute-stretch']);
  assert.equal(r.steps[1].dose, '2x10');
  const [lo] = r.estimate();
  assert.ok(lo > 0);
  const tl = br.Timeline.fromRoutine(r);
  const p = new br.Player(tl);
  tl.free(); // the player keeps the timeline alive
  const { cues, clockMs } = p.playAll(250);
  assert.equal(p.state, 'finished');
  assert.equal(cues[0].kind, 'get-ready');
  assert.equal(cues.at(-1)?.kind, 'session-done');
  assert.ok(clockMs >= lo);
  // free in any order: the context first, then its objects
  ctx.free();
  p.free();
  r.free();
  cat.free();
}));

test('catalog JSON round trip; malformed JSON is a ParseError with its line', (t) => withContext((/** @type {br.Context} */ ctx) => {
  if (!require('../ffi.js').prototypes.brf_catalog_to_json) return t.skip('no catalog JSON codec');
  const cat = builtinOrSkip(ctx, t);
  if (!cat) return undefined;
  const text = cat.toJson({ pretty: true });
  assert.equal(typeof JSON.parse(text), 'object');
  const back = br.Catalog.fromJson(ctx, text);
  assert.deepEqual([...back].map((e) => e.id), [...cat].map((e) => e.id));
  assert.throws(() => br.Catalog.fromJson(ctx, '{\n  "format": ,\n}'),
    (e) => e instanceof br.ParseError && e.line === 2);
  assert.throws(() => br.Catalog.fromJson(ctx, '[1, 2]'), br.SchemaError);
  back.free();
  cat.free();
  return undefined;
}));

test('routine JSON round trip; an unknown exercise is NotFoundError', (t) => withContext((/** @type {br.Context} */ ctx) => {
  if (!require('../ffi.js').prototypes.brf_routine_to_json) return t.skip('no routine JSON');
  const cat = builtinOrSkip(ctx, t);
  if (!cat) return undefined;
  const r = new br.Routine(ctx, 'Morning');
  r.append(cat.get('cat-camel')).append(cat.get('glute-stretch'), '2x10');
  const text = r.toJson();
  assert.equal(JSON.parse(text).name, 'Morning');
  const back = br.Routine.fromJson(ctx, text, cat);
  assert.deepEqual(back.steps.map((s) => [s.exerciseId, s.dose]), r.steps.map((s) => [s.exerciseId, s.dose]));
  assert.throws(() => br.Routine.fromJson(ctx, text.replace('cat-camel', 'no-such'), cat),
    (e) => e instanceof br.NotFoundError && e.message.includes('no-such'));
  for (const o of [back, r, cat]) o.free();
  return undefined;
}));
