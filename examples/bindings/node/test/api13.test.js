'use strict';
// The functions of this round's merges (issue 22, round 5): a routine's goal
// and stable id, the journal's routine id, pain during, per-exercise ratings
// and adherence, the saved screen result, yellow flags, the profile's
// direction and the locale. Each result is compared with the raw C call for
// the same inputs; expected values come from the headers (adherence: ISO week
// by week; psychosocial: data/yellowflags.json's rule, low at most 3 yes).
const test = require('node:test');
const assert = require('node:assert/strict');
const br = require('../index.js');

const LIB = process.env.BACKRELIEF_LIBRARY;
const MONDAY = '2026-01-05';

/** @template T @param {(ctx: br.Context, cat: br.Catalog) => T} fn @returns {T} */
function withCatalog(fn) {
  const ctx = new br.Context(LIB);
  const cat = br.Catalog.builtin(ctx);
  try {
    return fn(ctx, cat);
  } finally {
    cat.free();
    ctx.free();
  }
}

test('routine goal and id round-trip through JSON', () => withCatalog((ctx, cat) => {
  const f = br.load().fn;
  const r = new br.Routine(ctx, 'legs').append(cat.get('glute-bridge'), '2x10');
  assert.equal(r.goal, null);
  assert.equal(r.id, '');
  r.goal = 'strengthen';
  r.id = 'r-legs.1';
  const back = br.Routine.fromJson(ctx, r.toJson(), cat);
  assert.equal(back.goal, 'strengthen');
  assert.equal(back.id, 'r-legs.1');
  assert.equal(f.brf_routine_id(back._check()), 'r-legs.1');
  const goal = [0];
  assert.equal(f.brf_routine_goal_get(back._check(), goal), 0);
  assert.equal(br.enumId('goal', goal[0]), 'strengthen');
  assert.throws(() => { r.id = 'has space'; }, br.InvalidError);
  assert.throws(() => { r.goal = 'no-such-goal'; }, br.NotFoundError);
  assert.equal(r.id, 'r-legs.1');
  r.goal = null;
  r.id = null;
  assert.deepEqual([r.goal, r.id], [null, '']);
  // makeId: the same seed and routine give the same id as the raw call
  const made = r.makeId('2026-01-05T07:00:00.123456789 pid 42');
  assert.match(made, /^r-[0-9a-f]{32}$/);
  assert.equal(f.brf_routine_make_id(back._check(), '2026-01-05T07:00:00.123456789 pid 42'), 0);
  back.name = 'legs';
  back.goal = null;
  assert.equal(back.id, made);
  assert.throws(() => r.makeId(''), br.InvalidError);
  back.free();
  r.free();
}));

test('journal: routine id, pain during and per-exercise ratings round-trip', () => withCatalog((ctx) => {
  const f = br.load().fn;
  const j = new br.Journal(ctx);
  const i = j.add(MONDAY, 'legs', { minutes: 15, routineId: 'r-legs', painDuring: 4 });
  j.rateExercise(i, 'glute-bridge', { difficulty: 3, pain: 2 });
  j.rateExercise(i, 'cat-cow', { pain: 1 });
  j.rateExercise(i, 'glute-bridge', { difficulty: 4, pain: 5 }); // replaces, keeps its place
  assert.equal(j.routineId(i), 'r-legs');
  assert.equal(j.painDuring(i), 4);
  const want = { 'glute-bridge': { difficulty: 4, pain: 5 }, 'cat-cow': { difficulty: null, pain: 1 } };
  assert.deepEqual(j.ratings(i), want);
  assert.deepEqual(Object.keys(j.ratings(i)), ['glute-bridge', 'cat-cow']);
  const d = [0];
  const p = [0];
  assert.equal(f.brf_journal_entry_rating_get(j._check(), i, 0, d, p), 0);
  assert.deepEqual([d[0], p[0]], [4, 5]);
  const back = br.Journal.load(ctx, j.toJsonl());
  const e = back.entry(0);
  assert.deepEqual([e.routineId, e.painDuring, e.ratings], ['r-legs', 4, want]);
  back.free();
  j.setPainDuring(i, null);
  assert.equal(j.painDuring(i), null);
  assert.throws(() => j.setPainDuring(i, 11), br.RangeError);
  assert.throws(() => j.rateExercise(i, 'cat-cow', { difficulty: 6 }), br.RangeError);
  // isFor: by id across a rename, by name when the entry has none
  const r = new br.Routine(ctx, 'legs');
  r.id = 'r-legs';
  const byId = j.add(MONDAY, 'old name', { routineId: 'r-legs' });
  const other = j.add(MONDAY, 'legs', { routineId: 'r-other' });
  assert.deepEqual([j.isFor(byId, r), j.isFor(other, r)], [true, false]);
  assert.equal(f.brf_journal_entry_is_for(j._check(), byId, r._check()), 1);
  j.setRoutineId(other, null);
  assert.equal(j.isFor(other, r), true);
  assert.throws(() => j.routineId(99), br.RangeError);
  r.free();
  j.free();
}));

test('journal: adherence of one exercise, week by ISO week', () => withCatalog((ctx) => {
  // Due Mon, Tue, Wed of week 1 and Mon of week 2. Done Mon and Tue (cut short counts, a
  // skipped entry does not), twice in week 2: min(2,3) + min(2,1) = 3 of 4 = 75%.
  const j = new br.Journal(ctx);
  const r = new br.Routine(ctx, 'legs'); // no steps: must still be passed, not read as null
  r.id = 'r-legs';
  const D0 = br.parseDate(ctx, MONDAY);
  for (const [day, status] of /** @type {[number, br.StepStatus][]} */ ([[0, 'done'], [1, 'cut-short'],
    [1, 'skipped'], [7, 'done'], [8, 'done']])) {
    j.addStep(j.add(D0 + day, 'legs', { routineId: 'r-legs' }), 'glute-bridge', status);
  }
  j.addStep(j.add(D0, 'other'), 'glute-bridge'); // another routine's entry
  const due = [0, 1, 2, 7].map((k) => D0 + k);
  assert.deepEqual(j.adherenceExercise(r, 'glute-bridge', due, D0, D0 + 13), { due: 4, done: 4, percent: 75 });
  // every entry: the other routine's Monday completes week 1
  assert.deepEqual(j.adherenceExercise(null, 'glute-bridge', due, D0, D0 + 13), { due: 4, done: 5, percent: 100 });
  const n = [0];
  const dn = [0];
  const pct = [0];
  assert.equal(br.load().fn.brf_journal_adherence_exercise(j._check(), r._check(), 'glute-bridge', due, 4, D0,
    D0 + 13, n, dn, pct), 0);
  assert.deepEqual([Number(n[0]), Number(dn[0]), pct[0]], [4, 4, 75]);
  assert.deepEqual(j.adherenceExercise(r, 'glute-bridge', [], D0, D0 + 13), { due: 0, done: 4, percent: null });
  assert.throws(() => j.adherenceExercise(r, 'glute-bridge', due, D0 + 13, D0), br.RangeError);
  r.free();
  j.free();
}));

test('yellow flags, psychosocial levels and the saved screen result', () => withCatalog((ctx) => {
  const f = br.load().fn;
  const flags = br.yellowFlags();
  assert.equal(flags.length, Number(f.brf_yellowflag_count()));
  const ids = flags.map((x) => x.id);
  assert.ok(ids.includes('fear-of-movement'));
  assert.equal(br.Screen.yellowFlagIndex('worry'), ids.indexOf('worry'));
  assert.throws(() => br.Screen.yellowFlagIndex('nope'), br.NotFoundError);
  assert.equal(br.psychosocialAdvice('high'), f.brf_psychosocial_advice(2));
  const s = new br.Screen(ctx);
  assert.equal(s.psychosocial, null);
  s.answer('worry');
  assert.equal(s.psychosocial, 'low');
  s.answerYes(['leg-pain-spread', 'neck-shoulder-pain', 'walking-limited', 'dressing-slower']);
  assert.equal(s.psychosocial, 'medium'); // 5 yes, 1 of them psychosocial
  const flag = br.redFlags().find((x) => x.urgency === 'review');
  assert.ok(flag);
  const s2 = new br.Screen(ctx);
  s2.answer(flag.id);
  s2.answer('fear-of-movement');
  const saved = new br.ScreenResult(s2, MONDAY);
  const D0 = br.parseDate(ctx, MONDAY);
  assert.deepEqual([saved.day, saved.urgency, saved.psychosocial], [D0, 'review', 'low']);
  const text = saved.toJson();
  const back = br.ScreenResult.fromJson(ctx, text);
  assert.equal(back.toJson(), text); // the same bytes
  assert.deepEqual([back.day, back.urgency, back.psychosocial], [D0, 'review', 'low']);
  assert.equal(f.brf_screen_result_day(back._check()), D0);
  const answers = back.screen();
  assert.deepEqual(answers.positives, s2.positives);
  assert.throws(() => br.ScreenResult.fromJson(ctx, '{"format": '), (err) =>
    err instanceof br.ParseError && err.statusName === 'BRF_E_PARSE' && err.line > 0);
  for (const h of [answers, back, saved, s2, s]) h.free();
}));

test('profile thermal preference', () => withCatalog((ctx) => {
  const p = new br.Profile(ctx);
  assert.equal(p.thermal, 'any');
  p.thermal = 'cold';
  assert.equal(p.thermal, 'cold');
  const out = [0];
  assert.equal(br.load().fn.brf_profile_thermal_get(p._check(), out), 0);
  assert.equal(out[0], br.constants.BRF_THERMAL_COLD);
  // @ts-expect-error: not a thermal preference
  assert.throws(() => { p.thermal = 'warm'; }, br.NotFoundError);
  assert.throws(() => { p.thermal = 9; }, br.InvalidError);
  assert.equal(p.thermal, 'cold');
  p.free();
}));

test('profile direction', () => withCatalog((ctx) => {
  const p = new br.Profile(ctx);
  assert.equal(p.direction, 'unknown');
  p.direction = 'extension';
  assert.equal(p.direction, 'extension');
  const out = [0];
  assert.equal(br.load().fn.brf_profile_direction_get(p._check(), out), 0);
  assert.equal(out[0], br.constants.BRF_DIRECTION_EXTENSION);
  // @ts-expect-error: not a direction
  assert.throws(() => { p.direction = 'sideways'; }, br.NotFoundError);
  assert.throws(() => { p.direction = 9; }, br.InvalidError);
  assert.equal(p.direction, 'extension');
  p.free();
}));

test('locale and German exercise text', () => withCatalog((ctx, cat) => {
  // brf_exercise_text reads German from the English catalog; a German context's built-in
  // catalog speaks German through the plain getters.
  const locales = br.locales();
  assert.equal(locales[0], 'en');
  assert.equal(locales.length, Number(br.load().fn.brf_locale_count()));
  if (!locales.includes('de')) return;
  const ex = cat.get('glute-ball-release');
  assert.equal(ex.text('name', 0, 'de'), 'Gesäß lösen mit Golf- oder Boccia-Ball');
  assert.equal(ex.text('name', 0, 'de-AT'), ex.text('name', 0, 'de'));
  assert.equal(ex.text('name'), ex.name);
  assert.equal(ex.text('instruction', 1, 'de'), br.load().fn.brf_exercise_text(ex._p(), 3, 1, 'de'));
  assert.ok(ex.text('instruction', 1, 'de').startsWith('Langsam über den Gesäßmuskel'));
  assert.throws(() => ex.text('instruction', 99, 'de'), br.RangeError);
  const c2 = new br.Context(LIB);
  assert.deepEqual([c2.locale, c2.textLocale], ['en', 'en']);
  c2.locale = 'de-at';
  assert.deepEqual([c2.locale, c2.textLocale], ['de-AT', 'de']);
  const german = br.Catalog.builtin(c2);
  assert.equal(german.length, cat.length);
  assert.equal(german.get('glute-ball-release').name, ex.text('name', 0, 'de'));
  german.free();
  assert.throws(() => { c2.locale = 'sv'; }, (err) => err instanceof br.NotFoundError && /sv/.test(err.message));
  assert.deepEqual([c2.locale, c2.textLocale], ['en', 'en']);
  assert.throws(() => { c2.locale = 'de_AT'; }, br.InvalidError);
  c2.free();
}));
