'use strict';
// The functions added after the first wrapper (issue 22, round 4): programmes,
// adaptation v2, context limits, the screen's asks/impliesCondition, the
// id/from_id pairs and the _get forms. Expected days come from
// docs/schedules.md ("Programmes": G1-G5 with F3, F4, P1, X1), written out
// before running the code; every result is also compared with the raw C call.
const test = require('node:test');
const assert = require('node:assert/strict');
const { spawnSync } = require('node:child_process');
const path = require('node:path');
const br = require('../index.js');

const LIB = process.env.BACKRELIEF_LIBRARY;
const MONDAY = '2026-01-05';
const range = (/** @type {number} */ n, step = 1) => Array.from({ length: Math.ceil(n / step) }, (_, i) => i * step);
const DAILY = range(28);
const THREE_A_WEEK = [0, 2, 5, 7, 9, 12, 14, 16, 19, 21, 23, 26]; // F3: Mon, Wed, Sat
const EVERY_OTHER = range(28, 2); // F4
const TAPER = [...range(14), 14, 16, 19, 21, 23, 26]; // P1: 2 weeks daily, then 3 a week
const AFTER_LEGS = [1, 4, 8, 11, 15, 18, 22, 25]; // X1: the day after mon, thu
const STEPS = [['glute-stretch', '3 reps, hold 30s, daily'], ['glute-foam-roll', '90s, 3x/week'],
  ['glute-bridge', '2x10, every other day'], ['hamstring-stretch', 'hold 20s'],
  ['piriformis-foam-roll', '2min, daily']];

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

/** @param {br.Context} ctx @param {br.Catalog} cat */
function programme(ctx, cat) {
  const r = new br.Routine(ctx, 'legs');
  for (const [id, dose] of STEPS) r.append(cat.get(id), dose);
  const s = new br.Schedule(ctx, MONDAY, 4);
  const item = s.addProgramme(r);
  s.setStepTrigger(item, 3, 'mon,thu');
  s.setStepTaper(item, 4, 2, 2, 3);
  s.generate();
  return { r, s, item };
}

test('programme: each step at its own rhythm, the same as the C calls', () => withCatalog((ctx, cat) => {
  const { r, s, item } = programme(ctx, cat);
  const f = br.load().fn;
  const start = br.parseDate(ctx, MONDAY);
  assert.equal(s.itemKind(item), 'programme');
  const sessions = s.sessions;
  assert.equal(sessions.length, 28, 'G4: one merged session a day');
  /** @type {Record<string, number[]>} */
  const days = {};
  sessions.forEach((x, i) => {
    const steps = s.sessionSteps(i);
    const raw = Array.from({ length: Number(f.brf_schedule_session_step_count(s._check(), i)) }, (_, k) => ({
      step: Number(f.brf_schedule_session_step(s._check(), i, k)),
      exerciseId: f.brf_schedule_session_exercise_id(s._check(), i, k),
    }));
    assert.deepEqual(steps, raw);
    for (const st of steps) {
      assert.equal(STEPS[st.step][0], st.exerciseId);
      (days[st.exerciseId] ||= []).push(x.day - start);
    }
  });
  assert.deepEqual(days['glute-stretch'], DAILY);
  assert.deepEqual(days['glute-foam-roll'], THREE_A_WEEK);
  assert.deepEqual(days['glute-bridge'], EVERY_OTHER);
  assert.deepEqual(days['hamstring-stretch'], AFTER_LEGS);
  assert.deepEqual(days['piriformis-foam-roll'], TAPER);
  assert.throws(() => s.sessionSteps(28), br.RangeError);

  const monday = s.routineForDay(item, MONDAY);
  assert.deepEqual(monday.steps.map((x) => x.exerciseId),
    ['glute-stretch', 'glute-foam-roll', 'glute-bridge', 'piriformis-foam-roll']);
  assert.equal(monday.steps[2].dose, r.steps[2].dose);
  monday.free();
  const tuesday = s.routineForDay(item, start + 1);
  assert.deepEqual(tuesday.steps.map((x) => x.exerciseId),
    ['glute-stretch', 'hamstring-stretch', 'piriformis-foam-roll']);
  tuesday.free();
  s.free();
  r.free();
}));

test('programme: nothing due, bad steps, not a programme', () => withCatalog((ctx, cat) => {
  const r = new br.Routine(ctx, 'bridge').append(cat.get('glute-bridge'), '2x10, every other day');
  const s = new br.Schedule(ctx, MONDAY, 1);
  const i = s.addProgramme(r);
  s.generate();
  assert.throws(() => s.routineForDay(i, br.parseDate(ctx, MONDAY) + 1),
    (e) => e instanceof br.NotFoundError && e.statusName === 'BRF_E_NOT_FOUND' && e.message.length > 0);
  assert.throws(() => s.setStepTaper(i, 5, 2, 2, 3), br.RangeError);
  assert.throws(() => s.setStepTrigger(i + 1, 0, 'mon'), br.RangeError);
  const j = s.addRoutine(r, 'daily');
  assert.throws(() => s.setStepTaper(j, 0, 2, 2, 3), br.InvalidError);
  s.free();
  r.free();
}));

test('adaptation v2: insufficient data, two green days progress, asking again holds', () => withCatalog((ctx, cat) => {
  const D0 = 20400;
  const r = new br.Routine(ctx, 'strengthen');
  for (const id of ['glute-bridge', 'clamshell', 'active-leg-raise']) r.append(cat.get(id));
  const j = new br.Journal(ctx);
  const f = br.load().fn;
  const raw = (/** @type {number} */ today, /** @type {number} */ last) => {
    const out = [null];
    assert.equal(f.brf_adapt_next(ctx._check(), j._check(), r._check(), null, null, cat._check(), null, null,
      today, last, 0, out), 0);
    try {
      return f.brf_adapt_outcome_id(f.brf_adapt_suggestion_outcome(out[0]));
    } finally {
      f.brf_adapt_suggestion_free(out[0]);
    }
  };
  let s = j.next(r, D0, { catalog: cat });
  assert.equal(s.outcome, 'insufficient-data');
  assert.equal(s.routine, null);
  assert.equal(s.outcome, raw(D0, -1));
  const rate = (/** @type {number} */ day, /** @type {number} */ before, /** @type {number} */ after) => {
    const i = j.add(D0 + day, 'strengthen', { minutes: '18:00', pain: { before, after } });
    j.setNextMorning(i, 2, -1);
  };
  rate(0, 2, 2);
  rate(2, 2, 3);
  s = j.next(r, D0 + 3, { catalog: cat });
  assert.equal(s.outcome, 'progress');
  assert.equal(s.outcome, raw(D0 + 3, -1));
  assert.ok(s.routine);
  const a = s.routine.steps;
  const b = r.steps;
  assert.equal(a.filter((x, k) => x.exerciseId !== b[k].exerciseId || x.dose !== b[k].dose).length, 1,
    'one change');
  s.routine.free();
  for (let day = 3; day < 9; day++) {
    s = j.next(r, D0 + day, { catalog: cat, lastChange: D0 + 3 });
    assert.equal(s.outcome, 'hold');
    assert.ok(s.reasons.some((x) => x.rule === 'not-earned'));
    assert.equal(s.routine, null);
    assert.equal(s.outcome, raw(D0 + day, D0 + 3));
  }
  assert.throws(() => j.next(r, D0, { budgetMs: -1 }), br.InvalidError);
  j.free();
  r.free();
}));

test('context limits: defaults as the C calls, a lowered limit refuses with LimitError', () => withCatalog((ctx, cat) => {
  const f = br.load().fn;
  const limits = ctx.limits;
  assert.equal(Object.keys(limits).length, br.constants.BRF_LIMIT_COUNT);
  assert.equal(limits.routineSteps, 200);
  assert.equal(limits.inputBytes, Number(f.brf_context_limit(ctx._check(), br.constants.BRF_LIMIT_INPUT_BYTES)));
  ctx.setLimit('routineSteps', 2);
  assert.equal(ctx.limit('routineSteps'), 2);
  assert.equal(Number(f.brf_context_limit(ctx._check(), 0)), 2);
  const r = new br.Routine(ctx, 'three').append(cat.get('glute-stretch')).append(cat.get('glute-bridge'));
  assert.throws(() => r.append(cat.get('clamshell')),
    (e) => e instanceof br.LimitError && e.statusName === 'BRF_E_LIMIT' && /2/.test(e.message));
  assert.equal(r.length, 2);
  r.free();
  assert.throws(() => ctx.setLimit('routineSteps', 0), br.RangeError);
  // @ts-expect-error: not a limit name
  assert.throws(() => ctx.setLimit('noSuchLimit', 5), br.InvalidError);
  assert.throws(() => ctx.limit(99), br.InvalidError);
}));

test('screen: asks and impliesCondition as the C calls', () => withCatalog((ctx) => {
  const f = br.load().fn;
  const s = new br.Screen(ctx);
  const flags = br.redFlags().map((x) => x.id);
  s.setAge(40);
  assert.equal(s.asks('age-under-16'), false, 'the known age decides it');
  s.answer('pregnancy', true);
  assert.equal(s.asks('pregnancy'), false, 'answered yes');
  assert.equal(s.impliesCondition('pregnancy'), true);
  assert.equal(s.impliesCondition('osteoporosis'), false);
  s.answer('fracture-risk', true);
  assert.equal(s.impliesCondition('osteoporosis'), true);
  flags.forEach((id, i) => {
    const out = [0];
    assert.equal(f.brf_screen_asks(s._check(), i, out), 0);
    assert.equal(s.asks(id), out[0] === 1, id);
    assert.equal(s.asks(i), out[0] === 1, id);
  });
  for (const c of br.vocabIds('condition')) {
    const out = [0];
    assert.equal(f.brf_screen_implies_condition(s._check(), br.vocabCode('condition', c), out), 0);
    assert.equal(s.impliesCondition(c), out[0] === 1, c);
  }
  s.answer('saddle-numbness', true); // an emergency: nothing more is asked
  assert.equal(flags.some((id) => s.asks(id)), false);
  assert.throws(() => s.asks(flags.length), br.RangeError);
  assert.throws(() => s.impliesCondition('no-such-condition'), br.NotFoundError);
  s.free();
}));

test('enumId / enumCode: every kind round-trips like the C calls', () => {
  br.load(LIB);
  const f = br.load().fn;
  const snake = (/** @type {string} */ k) => k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
  for (const kind of br.enumKinds()) {
    let seen = 0;
    for (let code = -1; code < 64; code++) {
      const text = f[`brf_${snake(kind)}_id`](code);
      if (text === null) {
        assert.throws(() => br.enumId(kind, code), br.RangeError);
        continue;
      }
      assert.equal(br.enumId(kind, code), text);
      assert.equal(br.enumCode(kind, text), code, `${kind} ${text}`);
      seen++;
    }
    assert.ok(seen > 1, kind);
    assert.throws(() => br.enumCode(kind, 'No Such Id'), br.NotFoundError);
  }
  assert.equal(br.enumCode('goal', 'long-sitting'), br.constants.BRF_GOAL_LONG_SITTING);
  // @ts-expect-error: not a kind
  assert.throws(() => br.enumId('noSuchKind', 0), br.InvalidError);
});

test('getters read what the deprecated C getters read', () => withCatalog((ctx, cat) => {
  const f = br.load().fn;
  const p = new br.Profile(ctx);
  p.ageYears = 44;
  p.level = 'intermediate';
  assert.equal(p.ageYears, f.brf_profile_age_years(p._check()));
  assert.equal(p.level, 'intermediate');
  p.free();
  const ex = cat.get('glute-bridge');
  assert.equal(ex.position, br.vocabId('position', f.brf_exercise_position(ex._p())));
  ex.progressions.forEach((x, i) => assert.equal(x.exercise, f.brf_exercise_progression_exercise(ex._p(), i)));
  const s = new br.Schedule(ctx, MONDAY, 1);
  s.timeZone = 'Europe/Berlin';
  assert.equal(s.timeZone, 'Europe/Berlin');
  assert.equal(s.startDay, f.brf_schedule_start_day(s._check()));
  s.free();
  const sc = new br.Screen(ctx);
  assert.equal(sc.outcome, null);
  sc.answer('night-pain', true);
  assert.equal(sc.outcome, f.brf_urgency_name(f.brf_screen_outcome(sc._check())));
  assert.equal(sc.message, f.brf_screen_message(sc._check()));
  sc.free();
}));

test('require() needs no flag and exposes no collector', () => {
  const code = `const br = require(${JSON.stringify(path.join(__dirname, '..', 'index.js'))});
    const ctx = new br.Context(process.env.BACKRELIEF_LIBRARY); ctx.free();
    console.log(typeof globalThis.gc, require('vm').runInNewContext('typeof gc'));`;
  const r = spawnSync(process.execPath, ['-e', code], { encoding: 'utf8', env: process.env });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout.trim(), 'undefined undefined', 'loading set no V8 flag');
});
