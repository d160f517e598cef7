'use strict';
// Every module through the Node API: docs/schedules.md's programme (rules S1,
// P1 with a trigger, W1, R1), the journal, adaptation, profile, calendar, and
// bad input raising the binding's errors with status name and position.
const test = require('node:test');
const assert = require('node:assert/strict');
const br = require('../index.js');

const LIB = process.env.BACKRELIEF_LIBRARY;
const MONDAY = '2026-11-23';

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

test('schedule: not consecutive, 3 a week, Sunday and a date off', () => withCatalog((ctx, cat) => {
  const r = new br.Routine(ctx, 'Rolling').append(cat.get('glute-foam-roll'));
  const s = new br.Schedule(ctx, MONDAY, 4);
  const i = s.addRoutine(r, '3x/week');
  s.setSpacing(i, 'not-consecutive');
  s.setRestWeekdays('sun');
  s.addRestDay('2026-11-25');
  s.generate();
  assert.equal(s.generated, true);
  assert.equal(s.itemKind(i), 'routine');
  const days = s.sessions.map((x) => x.day);
  assert.ok(days.length > 0);
  for (let k = 1; k < days.length; k++) assert.ok(days[k] - days[k - 1] >= 2, 'S1');
  for (const d of days) {
    assert.notEqual(br.weekday(d), 7, 'R1: Sunday');
    assert.notEqual(br.formatDate(d), '2026-11-25', 'R1: the date off');
  }
  s.free();
  r.free();
}));

test('schedule: taper after leg days, cold pack window, reminder, JSON', () => withCatalog((ctx, cat) => {
  const start = br.parseDate(ctx, MONDAY);
  const s = new br.Schedule(ctx, start, 4);
  const i = s.addExercise(cat.get('adductor-foam-roll'));
  s.setTaper(i, 2, 2, 3);
  s.setTrigger(i, 'mon,thu');
  const j = s.addExercise(cat.get('cold-pack'), null, 'every 1-2h, for 2-3d');
  s.setWindow(j, '2026-11-24', '10:00');
  s.setReminder(15 * 60 * 1000);
  s.generate();
  const taper = s.sessions.filter((x) => x.item === i).map((x) => x.day);
  assert.equal(taper.filter((d) => d < start + 14).length, 14, 'daily for two weeks');
  const later = taper.filter((d) => d >= start + 14);
  assert.ok(later.length > 0);
  assert.deepEqual([...new Set(later.map(br.weekday))].sort(), [2, 5], 'the day after Mon and Thu');
  const onset = (start + 1) * 1440 + 600;
  for (const x of s.sessions.filter((y) => y.item === j)) {
    const t = x.day * 1440 + x.minute;
    assert.ok(t >= onset && t < onset + 48 * 60, 'W1: within 48 h of the onset');
  }
  const ics = s.toIcal();
  assert.match(ics, /BEGIN:VALARM/);
  assert.equal(s.formatIcal(), ics);
  const again = br.Schedule.fromJson(ctx, s.toJson({ pretty: false }), cat);
  assert.equal(again.toJson(), s.toJson());
  again.free();
  const copy = s.itemRoutine(i);
  assert.deepEqual(copy.steps.map((x) => x.exerciseId), ['adductor-foam-roll']);
  copy.free();
  assert.throws(() => s.setSpacing(i, /** @type {any} */ ('sometimes')), br.NotFoundError);
  s.free();
}));

test('planner, player, journal and adaptation', () => withCatalog((ctx, cat) => {
  const profile = new br.Profile(ctx);
  profile.setStrainOnset('2026-03-01', '2026-03-02');
  assert.equal(profile.strainHoursAgo, 24);
  const planner = new br.Planner(ctx, { goal: 'long-sitting', minutes: 10, profile, name: 'Desk' });
  const routine = planner.run(cat);
  assert.equal(routine.name, 'Desk');
  assert.ok(routine.length > 0);
  assert.ok(Array.isArray(planner.omitted));
  const tl = br.Timeline.fromRoutine(routine);
  const player = new br.Player(tl);
  const { cues } = player.playAll(1000);
  assert.ok(cues.length > 0);
  assert.equal(player.records.length, routine.length);
  const journal = new br.Journal(ctx);
  const e = journal.add(br.dayFromYmd(ctx, 2026, 3, 2), routine.name,
    { minutes: '07:30', player, pain: { before: 4, after: 3 } });
  assert.equal(journal.entry(e).pain.before, 4);
  assert.match(journal.entryLine(e), /\n$/);
  const next = journal.suggest(routine, cat, { profile });
  assert.equal(typeof next.outcome, 'string');
  next.routine?.free();
  const reread = br.Journal.load(ctx, journal.toJsonl() + '{"day":');
  assert.notEqual(reread.tornTail, null);
  assert.equal(reread.length, 1);
  for (const o of [reread, journal, player, tl, routine, planner, profile]) o.free();
}));

test('calendar, reference lists and the context', () => withCatalog((ctx) => {
  const day = br.dayFromYmd(ctx, 2026, 3, 2);
  assert.deepEqual(br.ymdFromDay(day), [2026, 3, 2]);
  assert.equal(br.weekStart(day + 3), day);
  assert.equal(br.formatTime(br.parseTime(ctx, '07:30')), '07:30');
  assert.equal(br.formatWeekdays(br.parseWeekdays(ctx, 'mon,fri')), 'mon,fri');
  assert.ok(br.redFlags().length > 0 && br.stopRules().length > 0);
  assert.ok(br.goalLabel('long-sitting'));
  assert.ok(br.urgencyAdvice('review'));
  assert.equal(br.doseFieldName('reps'), 'reps');
  assert.throws(() => br.dayFromYmd(ctx, 2026, 2, 30), (err) => err instanceof br.RangeError &&
    err.statusName === 'BRF_E_RANGE');
  assert.equal(ctx.errcode, br.constants.BRF_E_RANGE);
}));

test('bad input: the status name, message and position', () => withCatalog((ctx, cat) => {
  assert.throws(() => br.Dosage.parse(ctx, '3x10, rest 60 parsecs'), (err) =>
    err instanceof br.ParseError && err.statusName === 'BRF_E_PARSE' && err.line === 1 &&
    err.column > 1 && err.message.length > 0);
  assert.throws(() => br.Routine.fromJson(ctx, '{"name": "r",\n "steps": [}', cat), (err) =>
    err instanceof br.ParseError && err.line === 2 && err.column > 0);
  assert.throws(() => br.Routine.fromJson(ctx, '{"format": "backrelief-routine", "format_version": 1, ' +
    '"name": "r", "steps": [{"exercise": "no-such-exercise"}]}', cat), (err) =>
    err instanceof br.BackReliefError && /no-such-exercise/.test(err.message));
  assert.throws(() => cat.get('no-such-exercise'), (err) =>
    err instanceof br.NotFoundError && err.statusName === 'BRF_E_NOT_FOUND');
}));
