// Node bindings for libbackrelief on koffi (npm install koffi; no compiler).
//
//   const br = require('./index.js');
//   const ctx = new br.Context();
//   const cat = br.Catalog.builtin(ctx);
//   for (const ex of cat.query({ region: 'lower-back', maxLevel: 'beginner' })) console.log(ex.id);
//   cat.free(); ctx.free();
//
// Ownership: every object made here holds a C handle that free() releases
// (also [Symbol.dispose] for `using`). Free objects and their context in any
// order. Strings the library lends are copied into JS strings by koffi;
// strings it hands over are copied and released with brf_free() at once.
'use strict';

const koffi = require('koffi');
const ffi = require('./ffi.js');

/** The ABI major this module was written for (the library's SONAME suffix). */
const ABI_MAJOR = 1;
const C = ffi.constants;

// --- errors -------------------------------------------------------------------

/** A failing libbackrelief call: status, statusName, line, column, offset. */
class BackReliefError extends Error {
  constructor(message, status, statusName, line = 0, column = 0, offset = 0) {
    super(message);
    this.name = this.constructor.name;
    this.status = status;
    this.statusName = statusName;
    this.line = line;
    this.column = column;
    this.offset = offset;
  }
}
class LibraryLoadError extends BackReliefError {}
class AbiMismatchError extends LibraryLoadError {}
class InvalidError extends BackReliefError {}
class NoMemoryError extends BackReliefError {}
class ParseError extends BackReliefError {}
class SchemaError extends BackReliefError {}
class NotFoundError extends BackReliefError {}
class RangeError_ extends BackReliefError {}
Object.defineProperty(RangeError_, 'name', { value: 'RangeError' });
class IOError extends BackReliefError {}
class StateError extends BackReliefError {}
class BufferTooSmallError extends BackReliefError {}
class ReferError extends BackReliefError {}
class UnsupportedError extends BackReliefError {}
class InternalError extends BackReliefError {}

const ERRORS = new Map([
  [C.BRF_E_INVALID, InvalidError], [C.BRF_E_NOMEM, NoMemoryError],
  [C.BRF_E_PARSE, ParseError], [C.BRF_E_SCHEMA, SchemaError],
  [C.BRF_E_NOT_FOUND, NotFoundError], [C.BRF_E_RANGE, RangeError_],
  [C.BRF_E_IO, IOError], [C.BRF_E_STATE, StateError],
  [C.BRF_E_BUFFER_TOO_SMALL, BufferTooSmallError], [C.BRF_E_REFER, ReferError],
  [C.BRF_E_UNSUPPORTED, UnsupportedError], [C.BRF_E_INTERNAL, InternalError],
]);

// --- loading ------------------------------------------------------------------

let lib = null; // the first library loaded: { fn, missing, path, version, abiVersion }
const boundByPath = new Map();

/**
 * Load the library: by `path`, else $BACKRELIEF_LIBRARY, else by name (the
 * dynamic loader's search path). Refuses an unknown ABI major. The first
 * library loaded is the one every object uses.
 */
function load(path, { expectedAbi = ABI_MAJOR } = {}) {
  if (lib && !path) return lib;
  const where = path || process.env.BACKRELIEF_LIBRARY || `libbackrelief.so.${ABI_MAJOR}`;
  let bound = boundByPath.get(where);
  if (!bound) {
    try {
      bound = ffi.bind(koffi, where);
    } catch (err) {
      throw new LibraryLoadError(`cannot load libbackrelief from ${where}: ${err.message}`,
        undefined, 'LOAD');
    }
    if (bound.missing.includes('brf_abi_version')) {
      throw new LibraryLoadError(`${where} is not libbackrelief (no brf_abi_version)`, undefined, 'LOAD');
    }
    boundByPath.set(where, bound);
  }
  const abi = bound.fn.brf_abi_version();
  if (abi !== expectedAbi) {
    throw new AbiMismatchError(
      `libbackrelief at ${where} has ABI ${abi}; this binding supports ABI ${expectedAbi} only`,
      undefined, 'ABI');
  }
  const loaded = { fn: bound.fn, missing: bound.missing, path: where, abiVersion: abi,
    version: bound.fn.brf_version_string() };
  if (!lib) lib = loaded;
  return loaded;
}

function F() {
  return load().fn;
}

function plainError(status, what) {
  const f = F();
  const Cls = ERRORS.get(status) || BackReliefError;
  return new Cls(`${what}: ${f.brf_status_str(status)}`, status, f.brf_status_name(status));
}

// --- handles ------------------------------------------------------------------

class Handle {
  constructor(ptr, freeName) {
    this._ptr = ptr;
    this._freeName = freeName;
  }
  get closed() {
    return this._ptr === null;
  }
  _check() {
    if (this._ptr === null) {
      throw new StateError(`${this.constructor.name} is freed`, C.BRF_E_STATE, 'BRF_E_STATE');
    }
    return this._ptr;
  }
  /** Release the C object now (idempotent). */
  free() {
    const p = this._ptr;
    this._ptr = null;
    if (p !== null) F()[this._freeName](p);
  }
  [Symbol.for('nodejs.dispose')]() {
    this.free();
  }
}
if (Symbol.dispose) Handle.prototype[Symbol.dispose] = Handle.prototype.free;

/** The context every object is created from: allocator and error detail. */
class Context extends Handle {
  constructor(path) {
    load(path);
    const out = [null];
    const status = F().brf_context_new(out);
    if (status < 0) throw plainError(status, 'brf_context_new');
    super(out[0], 'brf_context_free');
  }
  get errmsg() {
    return F().brf_context_errmsg(this._check());
  }
  /** The exception for a failed status, with this context's message and position. */
  error(status) {
    const f = F();
    const p = this._check();
    const Cls = ERRORS.get(status) || BackReliefError;
    return new Cls(f.brf_context_errmsg(p) || f.brf_status_str(status), status,
      f.brf_status_name(status), Number(f.brf_context_error_line(p)),
      Number(f.brf_context_error_column(p)), Number(f.brf_context_error_offset(p)));
  }
  check(status) {
    if (status < 0) throw this.error(status);
    return status;
  }
  /** Call a constructor fn(...args, out) and return the new handle. */
  make(fn, ...args) {
    const out = [null];
    this.check(fn(...args, out));
    return out[0];
  }
  /** Call fn(...args, &str, &len) that hands over a string: copy it, then brf_free it. */
  takeString(fn, ...args) {
    const out = [null];
    const len = [0];
    this.check(fn(...args, out, len));
    try {
      return koffi.decode(out[0], 'char', Number(len[0]));
    } finally {
      F().brf_free(this._check(), out[0]);
    }
  }
}

class Owned extends Handle {
  constructor(ctx, ptr, freeName) {
    super(ptr, freeName);
    this.context = ctx; // keeps the context object reachable as long as this one
  }
}

// --- vocabulary ---------------------------------------------------------------

const VOCAB = {
  modality: C.BRF_VOCAB_MODALITY, region: C.BRF_VOCAB_REGION, equipment: C.BRF_VOCAB_EQUIPMENT,
  level: C.BRF_VOCAB_LEVEL, laterality: C.BRF_VOCAB_LATERALITY, position: C.BRF_VOCAB_POSITION,
  condition: C.BRF_VOCAB_CONDITION, action: C.BRF_VOCAB_ACTION, source: C.BRF_VOCAB_SOURCE_KIND,
};

/** The slug of a vocabulary code ("lower-back"). */
function vocabId(kind, code) {
  return F().brf_vocab_id(VOCAB[kind], code);
}

/** The code of a slug; numbers pass through. Throws NotFoundError for an unknown slug. */
function vocabCode(kind, value) {
  if (typeof value === 'number') return value;
  const out = [0];
  const status = F().brf_vocab_parse(VOCAB[kind], String(value), out);
  if (status < 0) {
    const Cls = ERRORS.get(status) || BackReliefError;
    throw new Cls(`unknown ${kind} '${value}'`, status, F().brf_status_name(status));
  }
  return out[0];
}

function vocabIds(kind) {
  const n = Number(F().brf_vocab_count(VOCAB[kind]));
  return Array.from({ length: n }, (_, i) => vocabId(kind, i));
}

// --- catalog ------------------------------------------------------------------

function list(count, at) {
  return Array.from({ length: Number(count) }, (_, i) => at(i));
}

/** One exercise, borrowed from its Catalog; vocabulary fields are slugs. */
class Exercise {
  constructor(catalog, ptr) {
    this.catalog = catalog;
    this._ptr = ptr;
    this._gen = catalog._gen;
    this.id = F().brf_exercise_id(ptr);
  }
  _p() {
    const cat = this.catalog;
    cat._check();
    if (this._gen !== cat._gen) {
      this._ptr = F().brf_catalog_find(cat._ptr, this.id);
      this._gen = cat._gen;
    }
    return this._ptr;
  }
  get name() { return F().brf_exercise_name(this._p()); }
  get summary() { return F().brf_exercise_summary(this._p()); }
  get defaultDose() { return F().brf_exercise_default_dose(this._p()); }
  get doseNote() { return F().brf_exercise_dose_note(this._p()); }
  get modality() { return vocabId('modality', F().brf_exercise_modality(this._p())); }
  get level() { return vocabId('level', F().brf_exercise_level(this._p())); }
  get laterality() { return vocabId('laterality', F().brf_exercise_laterality(this._p())); }
  get position() { return vocabId('position', F().brf_exercise_position(this._p())); }
  get aliases() { return this._strings('alias'); }
  get instructions() { return this._strings('instruction'); }
  get cues() { return this._strings('cue'); }
  get cautions() { return this._strings('caution'); }
  _strings(what) {
    const p = this._p();
    const f = F();
    return list(f[`brf_exercise_${what}_count`](p), (i) => f[`brf_exercise_${what}_at`](p, i));
  }
  regions(scope = C.BRF_REGIONS_PRIMARY) {
    const p = this._p();
    const f = F();
    return list(f.brf_exercise_region_count(p, scope),
      (i) => vocabId('region', f.brf_exercise_region_at(p, scope, i)));
  }
  get equipment() {
    const p = this._p();
    const f = F();
    return list(f.brf_exercise_equipment_count(p),
      (i) => vocabId('equipment', f.brf_exercise_equipment_at(p, i)));
  }
  get sources() {
    const p = this._p();
    const f = F();
    return list(f.brf_exercise_source_count(p), (i) => ({
      kind: vocabId('source', f.brf_exercise_source_kind(p, i)),
      ref: f.brf_exercise_source_ref(p, i), note: f.brf_exercise_source_note(p, i),
    }));
  }
  toString() { return `Exercise(${this.id})`; }
}

/** An exercise catalog: iterate it, find(id), query({...}). */
class Catalog extends Owned {
  constructor(ctx, ptr) {
    super(ctx, ptr, 'brf_catalog_free');
    this._gen = 0;
  }
  static builtin(ctx) {
    return new Catalog(ctx, ctx.make(F().brf_catalog_new_builtin, ctx._check()));
  }
  static empty(ctx) {
    return new Catalog(ctx, ctx.make(F().brf_catalog_new_empty, ctx._check()));
  }
  get length() { return Number(F().brf_catalog_count(this._check())); }
  at(index) {
    const p = F().brf_catalog_at(this._check(), index);
    return p ? new Exercise(this, p) : undefined;
  }
  * [Symbol.iterator]() {
    for (let i = 0; i < this.length; i++) yield this.at(i);
  }
  /** The exercise with this id, or null. */
  find(id) {
    const p = F().brf_catalog_find(this._check(), id);
    return p ? new Exercise(this, p) : null;
  }
  /** Matching exercises in catalog order (an array; the query is freed before returning). */
  query(filters = {}) {
    const q = new Query(this, filters);
    try {
      return [...q];
    } finally {
      q.free();
    }
  }
  /** Read a catalog document; ParseError/SchemaError carry the position and JSON path. */
  static fromJson(ctx, text) {
    return new Catalog(ctx, ctx.make(F().brf_catalog_from_json, ctx._check(), text,
      Buffer.byteLength(text, 'utf8'), 0));
  }
  /** The catalog as a catalog document (an owned string, copied and freed). */
  toJson({ pretty = false } = {}) {
    return this.context.takeString(F().brf_catalog_to_json, this.context._check(), this._check(),
      pretty ? 1 : 0);
  }
  setDefaultDose(id, notation) {
    this.context.check(F().brf_catalog_set_default_dose(this._check(), id, notation));
    this._gen++;
  }
  freeze() { this.context.check(F().brf_catalog_freeze(this._check())); }
  get frozen() { return F().brf_catalog_is_frozen(this._check()) === 1; }
  /** Add a custom exercise: { id, name, modality, defaultDose, regions, equipment, instructions }. */
  add(spec) {
    const ctx = this.context;
    const f = F();
    const d = ctx.make(f.brf_exercise_draft_new, ctx._check());
    try {
      ctx.check(f.brf_exercise_draft_set_id(d, spec.id));
      ctx.check(f.brf_exercise_draft_set_name(d, spec.name));
      ctx.check(f.brf_exercise_draft_set_modality(d, vocabCode('modality', spec.modality)));
      if (spec.defaultDose != null) ctx.check(f.brf_exercise_draft_set_default_dose(d, spec.defaultDose));
      if (spec.summary != null) ctx.check(f.brf_exercise_draft_set_summary(d, spec.summary));
      if (spec.level != null) ctx.check(f.brf_exercise_draft_set_level(d, vocabCode('level', spec.level)));
      for (const r of spec.regions || []) {
        ctx.check(f.brf_exercise_draft_add_region(d, vocabCode('region', r), C.BRF_REGIONS_PRIMARY));
      }
      for (const e of spec.equipment || []) {
        ctx.check(f.brf_exercise_draft_add_equipment(d, vocabCode('equipment', e)));
      }
      for (const s of spec.instructions || []) ctx.check(f.brf_exercise_draft_add_instruction(d, s));
      ctx.check(f.brf_catalog_add(this._check(), d));
    } finally {
      f.brf_exercise_draft_free(d);
    }
    this._gen++;
    return this.find(spec.id);
  }
}

/** A query: filters { region, regionScope, modality, equipment, maxLevel, laterality, maxDurationMs, text }. */
class Query extends Owned {
  constructor(catalog, filters = {}) {
    const ctx = catalog.context;
    const f = F();
    super(ctx, ctx.make(f.brf_query_new, ctx._check(), catalog._check()), 'brf_query_free');
    this.catalog = catalog;
    const q = this._ptr;
    try {
      if (filters.region != null) {
        const scope = filters.regionScope === 'any' ? C.BRF_REGIONS_ANY : C.BRF_REGIONS_PRIMARY;
        ctx.check(f.brf_query_set_region(q, vocabCode('region', filters.region), scope));
      }
      if (filters.modality != null) ctx.check(f.brf_query_set_modality(q, vocabCode('modality', filters.modality)));
      if (filters.equipment != null) {
        const codes = filters.equipment.map((e) => vocabCode('equipment', e));
        ctx.check(f.brf_query_set_equipment(q, codes.length ? codes : null, codes.length));
      }
      if (filters.maxLevel != null) ctx.check(f.brf_query_set_max_level(q, vocabCode('level', filters.maxLevel)));
      if (filters.laterality != null) {
        ctx.check(f.brf_query_set_laterality(q, vocabCode('laterality', filters.laterality)));
      }
      if (filters.maxDurationMs != null) ctx.check(f.brf_query_set_max_duration_ms(q, filters.maxDurationMs));
      if (filters.text != null) ctx.check(f.brf_query_set_text(q, filters.text));
    } catch (err) {
      this.free();
      throw err;
    }
  }
  /** Run the query on the catalog as it is now: the ids of the results in catalog order (copied at once). */
  ids() {
    const f = F();
    const q = this._check();
    this.context.check(f.brf_query_run(q));
    return list(f.brf_query_count(q), (i) => f.brf_exercise_id(f.brf_query_at(q, i)));
  }
  /**
   * The results, as the catalog is when the iteration starts: the query runs
   * again and its ids are copied at once (docs/conventions.md, "Borrowed
   * pointers and what invalidates them"), so the loop may change the catalog
   * (a dose edit). Each Exercise is looked up by id when it is handed out.
   */
  * [Symbol.iterator]() {
    const cat = this.catalog;
    for (const id of this.ids()) {
      const p = F().brf_catalog_find(cat._check(), id);
      if (p) yield new Exercise(cat, p); // catalogs never drop an exercise
    }
  }
}

// --- dosage -------------------------------------------------------------------

const FIELDS = ['sets', 'reps', 'holdMs', 'durationMs', 'sides', 'tempoMs', 'restMs',
  'perDay', 'perWeek', 'intervalMs', 'windowMs'];
const SEVERITY = ['info', 'caution', 'warning'];

/** A dose such as "2x10" or "hold 10-30s, 2-4 reps"; fields are [min, max] or null. */
class Dosage extends Owned {
  constructor(ctx, ptr = null) {
    super(ctx, ptr || ctx.make(F().brf_dosage_new, ctx._check()), 'brf_dosage_free');
  }
  static parse(ctx, text) {
    return new Dosage(ctx, ctx.make(F().brf_dosage_parse, ctx._check(), text,
      Buffer.byteLength(text, 'utf8')));
  }
  clone() {
    return new Dosage(this.context, this.context.make(F().brf_dosage_clone,
      this.context._check(), this._check()));
  }
  toString() {
    return this.context.takeString(F().brf_dosage_to_string, this.context._check(), this._check());
  }
  get(field) {
    const code = typeof field === 'string' ? FIELDS.indexOf(field) : field;
    const lo = [0];
    const hi = [0];
    const status = F().brf_dosage_get(this._check(), code, lo, hi);
    if (status === C.BRF_E_NOT_FOUND) return null;
    this.context.check(status);
    return [Number(lo[0]), Number(hi[0])];
  }
  set(field, lo, hi = lo) {
    const code = typeof field === 'string' ? FIELDS.indexOf(field) : field;
    this.context.check(F().brf_dosage_set(this._check(), code, lo, hi));
  }
  fields() {
    const out = {};
    for (const name of FIELDS) {
      const v = this.get(name);
      if (v) out[name] = v;
    }
    return out;
  }
  equals(other) { return F().brf_dosage_equal(this._check(), other._check()) === 1; }
  /** [minMs, maxMs] one session takes. */
  estimate() {
    const lo = [0];
    const hi = [0];
    this.context.check(F().brf_dosage_estimate_ms(this._check(), lo, hi));
    return [Number(lo[0]), Number(hi[0])];
  }
  /** Sourced advice for a modality: [{ rule, severity, message, source }]. */
  check(modality) {
    const f = F();
    const a = this.context.make(f.brf_dosage_check, this.context._check(), this._check(),
      vocabCode('modality', modality));
    try {
      return list(f.brf_advice_count(a), (i) => ({
        rule: f.brf_advice_rule(a, i), severity: SEVERITY[f.brf_advice_severity(a, i)],
        message: f.brf_advice_message(a, i), source: f.brf_advice_source(a, i),
      }));
    } finally {
      f.brf_advice_free(a);
    }
  }
}
for (const name of FIELDS) {
  Object.defineProperty(Dosage.prototype, name, { get() { return this.get(name); } });
}

// --- routine, screen, player --------------------------------------------------

/** An ordered list of exercises with their doses. */
class Routine extends Owned {
  constructor(ctx, name = null, ptr = null) {
    super(ctx, ptr || ctx.make(F().brf_routine_new, ctx._check()), 'brf_routine_free');
    if (name !== null) this.name = name;
  }
  /** Read a routine document; exercise ids are looked up in catalog. */
  static fromJson(ctx, text, catalog) {
    return new Routine(ctx, null, ctx.make(F().brf_routine_from_json, ctx._check(), text,
      Buffer.byteLength(text, 'utf8'), catalog._check(), 0));
  }
  toJson({ pretty = false } = {}) {
    return this.context.takeString(F().brf_routine_to_json, this.context._check(), this._check(),
      pretty ? 1 : 0);
  }
  get name() { return F().brf_routine_name(this._check()); }
  set name(v) { this.context.check(F().brf_routine_set_name(this._check(), v)); }
  get length() { return Number(F().brf_routine_step_count(this._check())); }
  /** Append an Exercise with a Dosage, dose text, or null for its default dose. */
  append(exercise, dose = null) {
    const d = typeof dose === 'string' ? Dosage.parse(this.context, dose) : dose;
    try {
      this.context.check(F().brf_routine_append(this._check(), exercise._p(), d ? d._check() : null));
    } finally {
      if (typeof dose === 'string') d.free();
    }
    return this;
  }
  move(from, to) { this.context.check(F().brf_routine_move(this._check(), from, to)); }
  remove(index) { this.context.check(F().brf_routine_remove(this._check(), index)); }
  get steps() {
    const f = F();
    const r = this._check();
    return list(f.brf_routine_step_count(r), (i) => ({
      exerciseId: f.brf_routine_step_exercise_id(r, i),
      name: f.brf_routine_step_name(r, i),
      modality: vocabId('modality', f.brf_routine_step_modality(r, i)),
      phase: f.brf_routine_phase_id(f.brf_routine_step_phase(r, i)),
      dose: this.context.takeString(f.brf_dosage_to_string, this.context._check(),
        f.brf_routine_step_dose(r, i)),
      note: f.brf_routine_step_note(r, i),
    }));
  }
  estimate() {
    const lo = [0];
    const hi = [0];
    this.context.check(F().brf_routine_estimate_ms(this._check(), lo, hi));
    return [Number(lo[0]), Number(hi[0])];
  }
}

/** The red-flag screen asked before any programme starts. */
class Screen extends Owned {
  constructor(ctx) {
    super(ctx, ctx.make(F().brf_screen_new, ctx._check()), 'brf_screen_free');
  }
  answer(id, yes = true) {
    this.context.check(F().brf_screen_answer(this._check(), id, yes ? 1 : 0));
  }
  /** Throws ReferError when the person must see a clinician. */
  evaluate() { this.context.check(F().brf_screen_evaluate(this._check())); }
  get outcome() {
    const u = F().brf_screen_outcome(this._check());
    return u === C.BRF_URGENCY_NONE ? null : F().brf_urgency_name(u);
  }
  get message() { return F().brf_screen_message(this._check()); }
}

const PLAYER_STATES = ['idle', 'running', 'paused', 'finished', 'stopped'];

/** The segments of a session laid out in time. */
class Timeline extends Owned {
  static fromRoutine(routine, { longest = false } = {}) {
    const ctx = routine.context;
    return new Timeline(ctx, ctx.make(F().brf_timeline_new, ctx._check(), routine._check(),
      longest ? C.BRF_TIMELINE_MAX : C.BRF_TIMELINE_MIN), 'brf_timeline_free');
  }
  get totalMs() { return Number(F().brf_timeline_total_ms(this._check())); }
}

/** Plays a Timeline on a clock the host advances (the library never reads the clock). */
class Player extends Owned {
  constructor(timeline) {
    const ctx = timeline.context;
    super(ctx, ctx.make(F().brf_player_new, ctx._check(), timeline._check()), 'brf_player_free');
  }
  start() { this.context.check(F().brf_player_start(this._check())); }
  advance(ms) { this.context.check(F().brf_player_advance(this._check(), ms)); }
  skip() { this.context.check(F().brf_player_skip(this._check())); }
  stop() { this.context.check(F().brf_player_stop(this._check())); }
  get state() { return PLAYER_STATES[F().brf_player_state(this._check())]; }
  /** The queued cues, copied, then cleared: [{ kind, atMs, exercise, text }]. */
  cues() {
    const f = F();
    const p = this._check();
    const kind = [0];
    const at = [0];
    const ex = [0];
    const out = list(f.brf_player_cue_count(p), (i) => {
      this.context.check(f.brf_player_cue_at(p, i, kind, at, ex));
      return { kind: f.brf_player_cue_kind_name(kind[0]), atMs: Number(at[0]),
        exercise: Number(ex[0]), text: f.brf_player_cue_text(p, i) };
    });
    f.brf_player_cues_clear(p);
    return out;
  }
  /** Start and play to the end in ticks of a simulated clock; returns every cue. */
  playAll(tickMs = 1000) {
    if (this.state === 'idle') this.start();
    const cues = this.cues();
    let clockMs = 0;
    while (this.state === 'running' || this.state === 'paused') {
      this.advance(tickMs);
      clockMs += tickMs;
      cues.push(...this.cues());
    }
    return { cues, clockMs };
  }
}

module.exports = {
  ABI_MAJOR, constants: C, load, vocabId, vocabCode, vocabIds,
  Context, Catalog, Exercise, Query, Dosage, Routine, Screen, Timeline, Player,
  BackReliefError, LibraryLoadError, AbiMismatchError, InvalidError, NoMemoryError, ParseError,
  SchemaError, NotFoundError, RangeError: RangeError_, IOError, StateError, BufferTooSmallError,
  ReferError, UnsupportedError, InternalError,
};
