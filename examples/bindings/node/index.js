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
class LimitError extends BackReliefError {}

const ERRORS = new Map([
  [C.BRF_E_INVALID, InvalidError], [C.BRF_E_NOMEM, NoMemoryError],
  [C.BRF_E_PARSE, ParseError], [C.BRF_E_SCHEMA, SchemaError],
  [C.BRF_E_NOT_FOUND, NotFoundError], [C.BRF_E_RANGE, RangeError_],
  [C.BRF_E_IO, IOError], [C.BRF_E_STATE, StateError],
  [C.BRF_E_BUFFER_TOO_SMALL, BufferTooSmallError], [C.BRF_E_REFER, ReferError],
  [C.BRF_E_UNSUPPORTED, UnsupportedError], [C.BRF_E_INTERNAL, InternalError],
  [C.BRF_E_LIMIT, LimitError],
]);

/**
 * Call an API 1.1 status-returning getter fn(...args, out) and return out; such
 * getters record nothing in a context, so a failure throws with the status's text.
 */
function got(fn, name, ...args) {
  const out = [null];
  const status = fn(...args, out);
  if (status < 0) throw plainError(status, name);
  return out[0];
}

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

// Frees what the program forgot: the held value is the C pointer and the name
// of its free function, never the wrapper itself. Callbacks run on the main
// thread between turns of the event loop, so the library is not re-entered.
const forgotten = new FinalizationRegistry(({ ptr, freeName }) => {
  unreleased--;
  try {
    F()[freeName](ptr);
  } catch (err) { // nothing to report to: the program dropped the object
  }
});

// V8 cannot see the C memory behind a handle: a program that drops many
// objects without free() would not make it run the full collections that
// clear FinalizationRegistry targets (observed: a million dropped doses took
// RSS from 91 to 445 MB). So when the handles neither freed nor collected grow
// by FORGOTTEN_STEP since the last collection, the binding asks for one
// (between turns of the event loop) through the collector the program
// exposed: `node --expose-gc` (globalThis.gc) or setCollector(fn). Loading
// changes no V8 flag: without either, the collector runs on its own schedule
// (free() or close() then matters more). Programs that free() never trigger it.
const FORGOTTEN_STEP = 10000;
let unreleased = 0; // registered handles neither freed nor finalized
let collectAt = FORGOTTEN_STEP;
let collectQueued = false;
let collector; // undefined: globalThis.gc when the program exposed it; null: none
function collectNow() {
  if (collector !== undefined) return collector;
  return typeof globalThis.gc === 'function' ? globalThis.gc : null;
}
/**
 * The function the binding calls for a full collection when many handles were
 * dropped without free() (default: globalThis.gc, present under
 * `node --expose-gc`); null turns it off.
 */
function setCollector(fn) {
  if (fn !== null && typeof fn !== 'function') throw new TypeError('setCollector: a function or null');
  collector = fn;
}
function noteCreated() {
  unreleased++;
  const gc = collectNow();
  if (gc && unreleased >= collectAt && !collectQueued) {
    collectQueued = true;
    setImmediate(() => {
      collectQueued = false;
      gc();
      collectAt = unreleased + FORGOTTEN_STEP;
    }).unref();
  }
}

class Handle {
  constructor(ptr, freeName) {
    this._ptr = ptr;
    this._freeName = freeName;
    forgotten.register(this, { ptr, freeName }, this);
    noteCreated();
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
    if (p !== null) {
      if (forgotten.unregister(this)) unreleased--;
      F()[this._freeName](p);
    }
  }
  /** The same as free(). */
  close() {
    this.free();
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
  /** The status of the last failed call (0 after a success). */
  get errcode() { return F().brf_context_errcode(this._check()); }
  clearError() { F().brf_context_clear_error(this._check()); }
  /** The locale tag as set, in canonical case ('de-AT'); 'en' by default. */
  get locale() { return F().brf_context_locale(this._check()); }
  /**
   * Set the language of the texts of objects made afterwards (a BCP 47 tag; 'de-AT' falls
   * back to German); make the built-in catalog after it. A tag without texts throws
   * NotFoundError (UnsupportedError without translations, InvalidError when malformed),
   * and English is used.
   */
  set locale(tag) { this.check(F().brf_context_set_locale(this._check(), tag)); }
  /** The language the texts are in: the tag the locale fell back to ('de' for 'de-AT'). */
  get textLocale() { return F().brf_context_text_locale(this._check()); }
  /**
   * Set one limit ('routineSteps', ... or a BRF_LIMIT_* code) for the calls that
   * follow; an input past it throws LimitError. RangeError below 1.
   */
  setLimit(limit, value) {
    this.check(F().brf_context_set_limit(this._check(), limitCode(limit), value));
  }
  /** The current value of one limit (see setLimit). */
  limit(limit) {
    const v = Number(F().brf_context_limit(this._check(), limitCode(limit)));
    if (v < 0) throw new InvalidError(`unknown limit '${limit}'`, C.BRF_E_INVALID, 'BRF_E_INVALID');
    return v;
  }
  /** Every limit by name, as set now. */
  get limits() {
    return Object.fromEntries(Object.keys(LIMITS).map((k) => [k, this.limit(k)]));
  }
  /** Warnings of the last call that succeeded with something to say (API 1.1). */
  get warnings() {
    const f = F();
    const p = this._check();
    return list(f.brf_context_warning_count(p), (i) => f.brf_context_warning(p, i));
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

const LIMITS = {
  routineSteps: C.BRF_LIMIT_ROUTINE_STEPS, timelineSegments: C.BRF_LIMIT_TIMELINE_SEGMENTS,
  timelineCues: C.BRF_LIMIT_TIMELINE_CUES, doseReps: C.BRF_LIMIT_DOSE_REPS,
  outputBytes: C.BRF_LIMIT_OUTPUT_BYTES, calendarItems: C.BRF_LIMIT_CALENDAR_ITEMS,
  importEntries: C.BRF_LIMIT_IMPORT_ENTRIES, inputBytes: C.BRF_LIMIT_INPUT_BYTES,
};
function limitCode(limit) {
  if (typeof limit === 'number') return limit;
  if (!Object.prototype.hasOwnProperty.call(LIMITS, limit)) {
    throw new InvalidError(`unknown limit '${limit}' (one of ${Object.keys(LIMITS).join(', ')})`,
      C.BRF_E_INVALID, 'BRF_E_INVALID');
  }
  return LIMITS[limit];
}

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
  const text = String(value);
  const status = F().brf_vocab_from_id(VOCAB[kind], text, Buffer.byteLength(text, 'utf8'), out);
  if (status < 0) {
    const Cls = ERRORS.get(status) || BackReliefError;
    throw new Cls(`unknown ${kind} '${value}'`, status, F().brf_status_name(status));
  }
  return out[0];
}

// Every closed set of ids the library names (API 1.1 id/from_id pairs), by
// the kind's name here, with the two functions that map ids and codes.
const IDS = {
  action: ['brf_action_id', 'brf_action_from_id'],
  adaptOutcome: ['brf_adapt_outcome_id', 'brf_adapt_outcome_from_id'],
  adviceSeverity: ['brf_advice_severity_id', 'brf_advice_severity_from_id'],
  condition: ['brf_condition_id', 'brf_condition_from_id'],
  cueKind: ['brf_cue_kind_id', 'brf_cue_kind_from_id'],
  doseField: ['brf_dose_field_id', 'brf_dose_field_from_id'],
  equipment: ['brf_equipment_id', 'brf_equipment_from_id'],
  goal: ['brf_goal_id', 'brf_goal_from_id'],
  journalMoment: ['brf_journal_moment_id', 'brf_journal_moment_from_id'],
  journalStepStatus: ['brf_journal_step_status_id', 'brf_journal_step_status_from_id'],
  laterality: ['brf_laterality_id', 'brf_laterality_from_id'],
  level: ['brf_level_id', 'brf_level_from_id'],
  modality: ['brf_modality_id', 'brf_modality_from_id'],
  omissionCause: ['brf_omission_cause_id', 'brf_omission_cause_from_id'],
  planPhase: ['brf_plan_phase_id', 'brf_plan_phase_from_id'],
  playerState: ['brf_player_state_id', 'brf_player_state_from_id'],
  policy: ['brf_policy_id', 'brf_policy_from_id'],
  position: ['brf_position_id', 'brf_position_from_id'],
  recordStatus: ['brf_record_status_id', 'brf_record_status_from_id'],
  region: ['brf_region_id', 'brf_region_from_id'],
  routinePhase: ['brf_routine_phase_id', 'brf_routine_phase_from_id'],
  scheduleKind: ['brf_schedule_kind_id', 'brf_schedule_kind_from_id'],
  segmentKind: ['brf_segment_kind_id', 'brf_segment_kind_from_id'],
  side: ['brf_side_id', 'brf_side_from_id'],
  sourceKind: ['brf_source_kind_id', 'brf_source_kind_from_id'],
  spacing: ['brf_spacing_id', 'brf_spacing_from_id'],
  psychosocial: ['brf_psychosocial_id', 'brf_psychosocial_from_id'],
  urgency: ['brf_urgency_id', 'brf_urgency_from_id'],
  vocabKind: ['brf_vocab_kind_id', 'brf_vocab_kind_from_id'],
  weekday: ['brf_weekday_id', 'brf_weekday_from_id'],
};
function idFns(kind) {
  if (!Object.prototype.hasOwnProperty.call(IDS, kind)) {
    throw new InvalidError(`unknown kind '${kind}' (one of enumKinds())`, C.BRF_E_INVALID, 'BRF_E_INVALID');
  }
  return IDS[kind];
}
/** The kinds enumId() and enumCode() accept ('region', 'goal', 'playerState'...). */
function enumKinds() { return Object.keys(IDS).sort(); }
/** The id of a code of any closed set the library names; RangeError for a code it does not have. */
function enumId(kind, code) {
  const text = F()[idFns(kind)[0]](code);
  if (text === null) throw new RangeError_(`${kind} has no code ${code}`, C.BRF_E_RANGE, 'BRF_E_RANGE');
  return text;
}
/** The code of an id (exact, case-sensitive); numbers pass. NotFoundError for an unknown id. */
function enumCode(kind, value) {
  return fromId(F()[idFns(kind)[1]], value, kind);
}

/**
 * The words a person reads for a vocabulary value in a language (brf_vocab_label):
 * vocabLabel('equipment', 'foam-roller', 'de') is 'Faszienrolle'; value is a slug or a code.
 * The library's fallbacks find the language: 'de-AT' reads German, 'sv' English. InvalidError
 * for an unknown kind, NotFoundError for an unknown slug, RangeError for a code out of range.
 */
function vocabLabel(kind, value, locale = 'en') {
  if (!Object.prototype.hasOwnProperty.call(VOCAB, kind)) {
    throw new InvalidError(`unknown vocabulary '${kind}' (one of ${Object.keys(VOCAB).join(', ')})`,
      C.BRF_E_INVALID, 'BRF_E_INVALID');
  }
  if (typeof locale !== 'string') throw plainError(C.BRF_E_INVALID, 'vocabLabel: no locale');
  const t = F().brf_vocab_label(VOCAB[kind], vocabCode(kind, value), locale);
  if (t === null) throw plainError(C.BRF_E_RANGE, `${kind} has no code ${value}`);
  return t;
}

function vocabIds(kind) {
  const n = Number(F().brf_vocab_count(VOCAB[kind]));
  return Array.from({ length: n }, (_, i) => vocabId(kind, i));
}

// --- catalog ------------------------------------------------------------------

// The BRF_EXERCISE_TEXT_* selectors of brf_exercise_text(), in their pinned order.
const EXERCISE_TEXTS = ['name', 'summary', 'doseNote', 'instruction', 'cue', 'caution',
  'contraindicationNote', 'alternativeDoseNote', 'progression', 'regression'];
/** The languages this build has texts for; 'en' (the source language) first. */
function locales() {
  const f = F();
  return list(f.brf_locale_count(), (i) => f.brf_locale_at(i));
}

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
  /**
   * One text in a chosen language, whatever language the catalog speaks ('name',
   * 'summary', 'instruction' with its index...): a built-in exercise reads its
   * translation (English for a tag without one), any other its own text.
   * RangeError when index is out of range.
   */
  text(field, index = 0, locale = 'en') {
    const code = typeof field === 'number' ? field : EXERCISE_TEXTS.indexOf(field);
    const t = code < 0 ? null : F().brf_exercise_text(this._p(), code, index, locale);
    if (t === null) throw new RangeError_(`no ${field} text ${index} of ${this.id}`, C.BRF_E_RANGE, 'BRF_E_RANGE');
    return t;
  }
  get summary() { return F().brf_exercise_summary(this._p()); }
  get defaultDose() { return F().brf_exercise_default_dose(this._p()); }
  get doseNote() { return F().brf_exercise_dose_note(this._p()); }
  get modality() { return vocabId('modality', F().brf_exercise_modality(this._p())); }
  get level() { return vocabId('level', F().brf_exercise_level(this._p())); }
  get laterality() { return vocabId('laterality', F().brf_exercise_laterality(this._p())); }
  get position() { return vocabId('position', got(F().brf_exercise_position_get, 'brf_exercise_position_get', this._p())); }
  get aliases() { return this._strings(F().brf_exercise_alias_count, F().brf_exercise_alias_at); }
  get instructions() {
    return this._strings(F().brf_exercise_instruction_count, F().brf_exercise_instruction_at);
  }
  get cues() { return this._strings(F().brf_exercise_cue_count, F().brf_exercise_cue_at); }
  get cautions() { return this._strings(F().brf_exercise_caution_count, F().brf_exercise_caution_at); }
  get media() { return this._strings(F().brf_exercise_media_count, F().brf_exercise_media_at); }
  _strings(count, at) {
    const p = this._p();
    return list(count(p), (i) => at(p, i));
  }
  /** [{ condition, action, note }] as slugs and text. */
  get contraindications() {
    const p = this._p();
    const f = F();
    return list(f.brf_exercise_contraindication_count(p), (i) => ({
      condition: vocabId('condition', f.brf_exercise_contraindication_condition(p, i)),
      action: vocabId('action', f.brf_exercise_contraindication_action(p, i)),
      note: f.brf_exercise_contraindication_note(p, i),
    }));
  }
  /** [{ dose, sourceKind, source, note }]. */
  get alternativeDoses() {
    const p = this._p();
    const f = F();
    return list(f.brf_exercise_alternative_dose_count(p), (i) => ({
      dose: f.brf_exercise_alternative_dose_at(p, i),
      sourceKind: vocabId('source', f.brf_exercise_alternative_dose_source_kind(p, i)),
      source: f.brf_exercise_alternative_dose_source(p, i),
      note: f.brf_exercise_alternative_dose_note(p, i),
    }));
  }
  /** Harder variants: [{ exercise (id or null), text }]. */
  get progressions() {
    const p = this._p();
    const f = F();
    return list(f.brf_exercise_progression_count(p), (i) => ({
      exercise: got(f.brf_exercise_progression_exercise_get, 'brf_exercise_progression_exercise_get', p, i), text: f.brf_exercise_progression_text(p, i),
    }));
  }
  /** Easier variants: [{ exercise (id or null), text }]. */
  get regressions() {
    const p = this._p();
    const f = F();
    return list(f.brf_exercise_regression_count(p), (i) => ({
      exercise: got(f.brf_exercise_regression_exercise_get, 'brf_exercise_regression_exercise_get', p, i), text: f.brf_exercise_regression_text(p, i),
    }));
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
  /** The exercise with this id; NotFoundError when there is none. */
  get(id) {
    const ex = this.find(id);
    if (!ex) throw new NotFoundError(`no exercise '${id}' in the catalog`, C.BRF_E_NOT_FOUND, 'BRF_E_NOT_FOUND');
    return ex;
  }
  /** Add every exercise of another catalog that is not here yet. */
  merge(other) {
    this.context.check(F().brf_catalog_merge(this._check(), other._check()));
    this._gen++;
  }
  /** Import free-exercise-db JSON: { catalog, report: Advice[] }. */
  static importFreeExerciseDb(ctx, text) {
    const f = F();
    const out = [null];
    const report = [null];
    ctx.check(f.brf_catalog_import_free_exercise_db(ctx._check(), text, Buffer.byteLength(text, 'utf8'),
      0, out, report));
    return { catalog: new Catalog(ctx, out[0]), report: takeAdvice(report[0]) };
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
      if (spec.doseNote != null) ctx.check(f.brf_exercise_draft_set_dose_note(d, spec.doseNote));
      if (spec.laterality != null) {
        ctx.check(f.brf_exercise_draft_set_laterality(d, vocabCode('laterality', spec.laterality)));
      }
      if (spec.position != null) {
        ctx.check(f.brf_exercise_draft_set_position(d, vocabCode('position', spec.position)));
      }
      for (const s of spec.aliases || []) ctx.check(f.brf_exercise_draft_add_alias(d, s));
      for (const s of spec.cues || []) ctx.check(f.brf_exercise_draft_add_cue(d, s));
      for (const s of spec.cautions || []) ctx.check(f.brf_exercise_draft_add_caution(d, s));
      for (const s of spec.media || []) ctx.check(f.brf_exercise_draft_add_media(d, s));
      for (const c of spec.contraindications || []) {
        ctx.check(f.brf_exercise_draft_add_contraindication(d, vocabCode('condition', c.condition),
          vocabCode('action', c.action), c.note ?? null));
      }
      for (const s of spec.sources || []) {
        ctx.check(f.brf_exercise_draft_add_source(d, vocabCode('source', s.kind), s.ref, s.note ?? null));
      }
      for (const a of spec.alternativeDoses || []) {
        ctx.check(f.brf_exercise_draft_add_alternative_dose(d, a.dose, vocabCode('source', a.sourceKind),
          a.source, a.note ?? null));
      }
      for (const l of spec.progressions || []) {
        ctx.check(f.brf_exercise_draft_add_progression(d, l.exercise ?? null, l.text ?? null));
      }
      for (const l of spec.regressions || []) {
        ctx.check(f.brf_exercise_draft_add_regression(d, l.exercise ?? null, l.text ?? null));
      }
      ctx.check(f.brf_catalog_add(this._check(), d));
    } finally {
      f.brf_exercise_draft_free(d);
    }
    this._gen++;
    return this.get(spec.id);
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

/** Copy the items of a brf_advice (borrowed or owned: the caller frees). */
function adviceList(a) {
  const f = F();
  if (!a) return [];
  return list(f.brf_advice_count(a), (i) => ({
    rule: f.brf_advice_rule(a, i), severity: SEVERITY[f.brf_advice_severity(a, i)] || 'unknown',
    message: f.brf_advice_message(a, i), source: f.brf_advice_source(a, i),
  }));
}

function takeAdvice(a) {
  try {
    return adviceList(a);
  } finally {
    if (a) F().brf_advice_free(a);
  }
}

/** Call a caller-buffer formatter fn(...args, buf, cap, &needed), growing the buffer. */
function formatInto(fn, ...args) {
  let cap = 64;
  for (;;) {
    const buf = Buffer.alloc(cap);
    const needed = [0];
    const status = fn(...args, buf, cap, needed);
    if (status === C.BRF_E_BUFFER_TOO_SMALL) {
      cap = Number(needed[0]);
      continue;
    }
    if (status < 0) throw plainError(status, 'format');
    return buf.toString('utf8', 0, buf.indexOf(0));
  }
}

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
  unset(field) {
    const code = typeof field === 'string' ? FIELDS.indexOf(field) : field;
    this.context.check(F().brf_dosage_unset(this._check(), code));
  }
  get isEmpty() { return F().brf_dosage_is_empty(this._check()) === 1; }
  /** The canonical text through a caller buffer (the same as toString()). */
  format() { return formatInto(F().brf_dosage_format, this._check()); }
  /** The dose as a person reads it in a language ("3 × 10 Wiederholungen" for 'de'; the notation for 'en'). */
  describe(locale) { return formatInto(F().brf_dosage_describe, this._check(), locale); }
  /** [minMs, maxMs] for a modality. */
  estimateFor(modality) {
    const lo = [0];
    const hi = [0];
    this.context.check(F().brf_dosage_estimate_for_modality_ms(this._check(),
      vocabCode('modality', modality), lo, hi));
    return [Number(lo[0]), Number(hi[0])];
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
    return takeAdvice(this.context.make(f.brf_dosage_check, this.context._check(), this._check(),
      vocabCode('modality', modality)));
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
  /** The stable id ('' when none), kept through renames, clones and adaptation; null or '' removes it. */
  get id() { return F().brf_routine_id(this._check()); }
  set id(v) { this.context.check(F().brf_routine_set_id(this._check(), v || null)); }
  /**
   * Give the routine a new id from seed (a clock reading with the process id, or random
   * bytes) and its name and exercises; the same seed and routine give the same id. Call
   * it once, when the routine is first kept. Returns the id.
   */
  makeId(seed) {
    this.context.check(F().brf_routine_make_id(this._check(), seed));
    return this.id;
  }
  /** The planner goal the routine serves ('strengthen'...), or null. */
  get goal() {
    const code = got(F().brf_routine_goal_get, 'brf_routine_goal_get', this._check());
    return code < 0 ? null : enumId('goal', code);
  }
  set goal(v) {
    this.context.check(F().brf_routine_set_goal(this._check(), v == null ? -1 : enumCode('goal', v)));
  }
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
  insert(index, exercise, dose = null) {
    const d = typeof dose === 'string' ? Dosage.parse(this.context, dose) : dose;
    try {
      this.context.check(F().brf_routine_insert(this._check(), index, exercise._p(), d ? d._check() : null));
    } finally {
      if (typeof dose === 'string') d.free();
    }
  }
  clone() {
    return new Routine(this.context, null, this.context.make(F().brf_routine_clone, this.context._check(),
      this._check()));
  }
  /** Sequencing, profile and dose advisories (never changes the routine). */
  check(profile = null) {
    return takeAdvice(this.context.make(F().brf_routine_check, this.context._check(), this._check(),
      profile ? profile._check() : null));
  }
  setDose(index, dose) {
    const d = typeof dose === 'string' ? Dosage.parse(this.context, dose) : dose;
    try {
      this.context.check(F().brf_routine_step_set_dose(this._check(), index, d ? d._check() : null));
    } finally {
      if (typeof dose === 'string') d.free();
    }
  }
  setNote(index, note) { this.context.check(F().brf_routine_step_set_note(this._check(), index, note)); }
  setReason(index, reason) {
    this.context.check(F().brf_routine_step_set_reason(this._check(), index, reason));
  }
  /** Label a step with a phase id ("stretch") or code. */
  setPhase(index, phase) {
    this.context.check(F().brf_routine_step_set_phase(this._check(), index,
      parseCode(F().brf_routine_phase_parse, phase, 'phase')));
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
      index: i,
      laterality: vocabId('laterality', f.brf_routine_step_laterality(r, i)),
      phase: f.brf_routine_phase_id(f.brf_routine_step_phase(r, i)),
      dose: this.context.takeString(f.brf_dosage_to_string, this.context._check(),
        f.brf_routine_step_dose(r, i)),
      note: f.brf_routine_step_note(r, i),
      reason: f.brf_routine_step_reason(r, i),
      regions: list(f.brf_routine_step_region_count(r, i),
        (k) => vocabId('region', f.brf_routine_step_region_at(r, i, k))),
      equipment: list(f.brf_routine_step_equipment_count(r, i),
        (k) => vocabId('equipment', f.brf_routine_step_equipment_at(r, i, k))),
      contraindications: list(f.brf_routine_step_contraindication_count(r, i), (k) => ({
        condition: vocabId('condition', f.brf_routine_step_contraindication_condition(r, i, k)),
        action: vocabId('action', f.brf_routine_step_contraindication_action(r, i, k)),
        note: f.brf_routine_step_contraindication_note(r, i, k),
      })),
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
  constructor(ctx, ptr = null) {
    super(ctx, ptr || ctx.make(F().brf_screen_new, ctx._check()), 'brf_screen_free');
  }
  /** Answer yes to every id (an array or "a,b"), all or nothing. */
  answerYes(ids) {
    const text = Array.isArray(ids) ? ids.join(',') : ids;
    this.context.check(F().brf_screen_answer_list(this._check(), text));
  }
  setAge(years) { this.context.check(F().brf_screen_set_age(this._check(), years)); }
  setAgeLimits(youngerThan, olderThan) {
    this.context.check(F().brf_screen_set_age_limits(this._check(), youngerThan, olderThan));
  }
  clear() { F().brf_screen_clear(this._check()); }
  clone() {
    return new Screen(this.context, this.context.make(F().brf_screen_clone_v2, this.context._check(),
      this._check()));
  }
  get mayExercise() { return F().brf_screen_evaluate(this._check()) === C.BRF_OK; }
  get positives() {
    const f = F();
    const s = this._check();
    return list(f.brf_screen_positive_count(s), (i) => f.brf_screen_positive_at(s, i));
  }
  /** The index of a red flag in redFlags() (NotFoundError for an unknown id). */
  /** The index of a yellow flag in yellowFlags() (NotFoundError for an unknown id). */
  static yellowFlagIndex(id) {
    const out = [0];
    const status = F().brf_yellowflag_find(id, out);
    if (status < 0) throw plainError(status, `unknown yellow flag '${id}'`);
    return Number(out[0]);
  }
  /** The level of the yellow-flag answers ('low', 'medium', 'high'), null while none is answered. */
  get psychosocial() {
    return psychosocialName(got(F().brf_screen_psychosocial_get, 'brf_screen_psychosocial_get', this._check()));
  }
  static flagIndex(id) {
    const out = [0];
    const status = F().brf_redflag_find(id, out);
    if (status < 0) throw plainError(status, `unknown red flag '${id}'`);
    return Number(out[0]);
  }
  answer(id, yes = true) {
    this.context.check(F().brf_screen_answer(this._check(), id, yes ? 1 : 0));
  }
  /** Throws ReferError when the person must see a clinician. */
  evaluate() { this.context.check(F().brf_screen_evaluate(this._check())); }
  get outcome() {
    const u = got(F().brf_screen_outcome_get, 'brf_screen_outcome_get', this._check());
    return u === C.BRF_URGENCY_NONE ? null : F().brf_urgency_name(u);
  }
  get message() { return got(F().brf_screen_message_get, 'brf_screen_message_get', this._check()); }

  /**
   * Whether a flag's question (an id of redFlags() or its index) still needs
   * asking: false once answered yes, when the age set decides it, or after an
   * emergency yes.
   */
  asks(flag) {
    const index = typeof flag === 'number' ? flag : Screen.flagIndex(flag);
    return got(F().brf_screen_asks, `red flag '${flag}'`, this._check(), index) === 1;
  }
  /** Whether the answers imply a condition the planner respects ('pregnancy', 'osteoporosis'...). */
  impliesCondition(condition) {
    return got(F().brf_screen_implies_condition, `condition '${condition}'`, this._check(),
      vocabCode('condition', condition)) === 1;
  }
}

const PLAYER_STATES = ['idle', 'running', 'paused', 'finished', 'stopped'];
const SIDES = [null, 'left', 'right'];

/** The segments of a session laid out in time. */
class Timeline extends Owned {
  static fromRoutine(routine, { longest = false } = {}) {
    const ctx = routine.context;
    return new Timeline(ctx, ctx.make(F().brf_timeline_new, ctx._check(), routine._check(),
      longest ? C.BRF_TIMELINE_MAX : C.BRF_TIMELINE_MIN), 'brf_timeline_free');
  }
  static fromDose(ctx, exerciseId, name, modality, dose, { longest = false } = {}) {
    const d = typeof dose === 'string' ? Dosage.parse(ctx, dose) : dose;
    try {
      return new Timeline(ctx, ctx.make(F().brf_timeline_new_from_dose, ctx._check(), exerciseId, name,
        vocabCode('modality', modality), d._check(), longest ? C.BRF_TIMELINE_MAX : C.BRF_TIMELINE_MIN),
      'brf_timeline_free');
    } finally {
      if (typeof dose === 'string') d.free();
    }
  }
  get totalMs() { return Number(F().brf_timeline_total_ms(this._check())); }
  get segments() {
    const f = F();
    const t = this._check();
    const kind = [0];
    const ex = [0];
    const set = [0];
    const rep = [0];
    const side = [0];
    const start = [0];
    const dur = [0];
    return list(f.brf_timeline_segment_count(t), (i) => {
      this.context.check(f.brf_timeline_segment_at(t, i, kind, ex, set, rep, side, start, dur));
      return { kind: f.brf_timeline_segment_kind_name(kind[0]), exercise: Number(ex[0]), set: set[0],
        rep: rep[0], side: SIDES[side[0]] ?? null, startMs: Number(start[0]), durationMs: Number(dur[0]) };
    });
  }
  /** [{ id, name }] in order. */
  get steps() {
    const f = F();
    const t = this._check();
    return list(f.brf_timeline_step_count(t), (i) => ({ id: f.brf_timeline_step_id(t, i),
      name: f.brf_timeline_step_name(t, i) }));
  }
  /** [startMs, plannedMs] of step i. */
  stepSpan(i) {
    const start = [0];
    const planned = [0];
    this.context.check(F().brf_timeline_step_span(this._check(), i, start, planned));
    return [Number(start[0]), Number(planned[0])];
  }
}

/** Plays a Timeline on a clock the host advances (the library never reads the clock). */
class Player extends Owned {
  constructor(timeline) {
    const ctx = timeline.context;
    super(ctx, ctx.make(F().brf_player_new_v2, ctx._check(), timeline._check()), 'brf_player_free');
    this.timeline = timeline; // the player keeps it alive in C; keep the wrapper too
    if (F().brf_player_timeline(this._ptr) === null) throw new InternalError('player without timeline');
  }
  pause() { this.context.check(F().brf_player_pause(this._check())); }
  resume() { this.context.check(F().brf_player_resume(this._check())); }
  back() { this.context.check(F().brf_player_back(this._check())); }
  get positionMs() { return Number(F().brf_player_position_ms(this._check())); }
  get stepIndex() {
    return Number(got(F().brf_player_step_index_get, 'brf_player_step_index_get', this._check()));
  }
  get segmentIndex() {
    return Number(got(F().brf_player_segment_index_get, 'brf_player_segment_index_get', this._check()));
  }
  get segmentElapsedMs() { return Number(F().brf_player_segment_elapsed_ms(this._check())); }
  get segmentRemainingMs() { return Number(F().brf_player_segment_remaining_ms(this._check())); }
  get sessionElapsedMs() { return Number(F().brf_player_session_elapsed_ms(this._check())); }
  get sessionRemainingMs() { return Number(F().brf_player_session_remaining_ms(this._check())); }
  get cuesDropped() { return Number(F().brf_player_cues_dropped(this._check())); }
  /** What happened to each step: [{ status, plannedMs, doneMs }]. */
  get records() {
    const f = F();
    const p = this._check();
    const st = [0];
    const planned = [0];
    const done = [0];
    return list(f.brf_player_record_count(p), (i) => {
      this.context.check(f.brf_player_record_at(p, i, st, planned, done));
      return { status: f.brf_player_record_status_name(st[0]), plannedMs: Number(planned[0]),
        doneMs: Number(done[0]) };
    });
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

// --- codes, calendar, reference lists -----------------------------------------

/** A code from an id with a brf_*_parse(const char *, int32_t *) function; numbers pass. */
function parseCode(fn, value, what) {
  if (typeof value === 'number') return value;
  const out = [0];
  const status = fn(String(value), out);
  if (status < 0) throw plainError(status, `unknown ${what} '${value}'`);
  return out[0];
}

/** A code from an id with an API 1.1 brf_*_from_id(text, len, int32_t *) function. */
function fromId(fn, value, what) {
  if (typeof value === 'number') return value;
  const out = [0];
  const status = fn(String(value), Buffer.byteLength(String(value), 'utf8'), out);
  if (status < 0) throw plainError(status, `unknown ${what} '${value}'`);
  return out[0];
}

const EPOCH_MS = Date.UTC(1970, 0, 1);
/** Days since 1970-01-01: from a number, "2026-03-02", or a Date (its UTC day). */
function toDay(value) {
  if (typeof value === 'number') return value;
  if (value instanceof Date) return Math.floor((value.getTime() - EPOCH_MS) / 86400000);
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(value));
  if (!m) throw new ParseError(`not a date (YYYY-MM-DD): '${value}'`, C.BRF_E_PARSE, 'BRF_E_PARSE');
  return Math.floor((Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) - EPOCH_MS) / 86400000);
}
/** Minutes since midnight: from a number or "07:30". */
function toMinute(value) {
  if (typeof value === 'number') return value;
  const [h, m] = String(value).split(':');
  return Number(h) * 60 + Number(m);
}

function parseWith(ctx, fn, text) {
  const out = [0];
  ctx.check(fn(ctx._check(), text, Buffer.byteLength(text, 'utf8'), out));
  return out[0];
}

/** "2026-11-22" -> days since 1970-01-01 (ParseError/RangeError with the message). */
function parseDate(ctx, text) { return parseWith(ctx, F().brf_date_parse, text); }
function formatDate(day) { return formatInto(F().brf_date_format, day); }
/** "07:30" -> minutes since midnight. */
function parseTime(ctx, text) { return parseWith(ctx, F().brf_time_parse, text); }
function formatTime(minutes) { return formatInto(F().brf_time_format, minutes); }
/** "mon,wed,fri" -> a weekday bit mask. */
function parseWeekdays(ctx, text) { return parseWith(ctx, F().brf_weekdays_parse, text) >>> 0; }
function formatWeekdays(mask) { return formatInto(F().brf_weekdays_format, mask); }
/** Days since 1970-01-01 of a calendar date (RangeError for 2026-02-30). */
function dayFromYmd(ctx, year, month, mday) {
  const out = [0];
  ctx.check(F().brf_date_from_ymd(ctx._check(), year, month, mday, out));
  return out[0];
}
/** [year, month, mday] of a library date. */
function ymdFromDay(day) {
  const y = [0];
  const m = [0];
  const d = [0];
  const status = F().brf_date_to_ymd(day, y, m, d);
  if (status < 0) throw plainError(status, 'brf_date_to_ymd');
  return [y[0], m[0], d[0]];
}
/** 1 (Monday) to 7 (Sunday). */
function weekday(day) { return F().brf_date_weekday(day); }
/** The Monday of a date's week (the journal's weeks). */
function weekStart(day) { return F().brf_journal_week_start(day); }
/** [major, minor, patch] of the loaded library. */
function version() {
  const v = F().brf_version();
  return [(v >>> 16) & 0xff, (v >>> 8) & 0xff, v & 0xff];
}
function goalLabel(goal) { return F().brf_goal_label(parseCode(F().brf_goal_parse, goal, 'goal')); }
/** What to tell the person for a screen outcome ("emergency", "urgent", "review"). */
function urgencyAdvice(urgency) {
  const out = [0];
  const status = F().brf_urgency_from_name(urgency, out);
  if (status < 0) throw plainError(status, `unknown urgency '${urgency}'`);
  return F().brf_urgency_advice(out[0]);
}
function vocabKindName(kind) { return F().brf_vocab_kind_name(VOCAB[kind]); }
function doseFieldName(field) {
  return F().brf_dosage_field_name(typeof field === 'string' ? FIELDS.indexOf(field) : field);
}
/** [lowest, highest] value a dose field accepts. */
function doseFieldBounds(field) {
  const lo = [0];
  const hi = [0];
  const status = F().brf_dosage_field_bounds(typeof field === 'string' ? FIELDS.indexOf(field) : field,
    lo, hi);
  if (status < 0) throw plainError(status, 'brf_dosage_field_bounds');
  return [Number(lo[0]), Number(hi[0])];
}
function urgencyName(code) { return code === C.BRF_URGENCY_NONE ? null : F().brf_urgency_name(code); }
/** Every red flag the screen asks about. */
function redFlags() {
  const f = F();
  return list(f.brf_redflag_count(), (i) => ({ id: f.brf_redflag_id(i), label: f.brf_redflag_label(i),
    question: f.brf_redflag_question(i), urgency: urgencyName(f.brf_redflag_urgency(i)),
    source: f.brf_redflag_source(i) }));
}
function stopRules() {
  const f = F();
  return list(f.brf_stoprule_count(), (i) => ({ id: f.brf_stoprule_id(i), text: f.brf_stoprule_text(i),
    source: f.brf_stoprule_source(i) }));
}

/** The psychosocial (yellow-flag) questions a Screen can ask, answered with screen.answer(). */
function yellowFlags() {
  const f = F();
  return list(f.brf_yellowflag_count(), (i) => ({ id: f.brf_yellowflag_id(i),
    question: f.brf_yellowflag_question(i), source: f.brf_yellowflag_source(i) }));
}
/** What to tell the person at a psychosocial level ('low', 'medium', 'high'). */
function psychosocialAdvice(level) {
  const t = F().brf_psychosocial_advice(enumCode('psychosocial', level));
  if (t === null) throw new RangeError_(`no psychosocial level '${level}'`, C.BRF_E_RANGE, 'BRF_E_RANGE');
  return t;
}
// The BRF_SCREEN_TEXT_* selectors of brf_screening_text(), in their pinned order.
const SCREENING_TEXTS = ['redflagLabel', 'redflagQuestion', 'urgencyAdvice', 'stoprule',
  'yellowflagQuestion', 'psychosocialAdvice'];
function stopruleIndex(id) {
  const f = F();
  for (let i = 0, n = Number(f.brf_stoprule_count()); i < n; i++) {
    if (f.brf_stoprule_id(i) === id) return i;
  }
  throw new NotFoundError(`unknown stop rule '${id}'`, C.BRF_E_NOT_FOUND, 'BRF_E_NOT_FOUND');
}
/** The index or code brf_screening_text() takes for an id of the field's list. */
function screeningKey(field, key) {
  if (typeof key === 'number') return key;
  switch (field) {
    case 'redflagLabel': case 'redflagQuestion': return Screen.flagIndex(key);
    case 'yellowflagQuestion': return Screen.yellowFlagIndex(key);
    case 'stoprule': return stopruleIndex(key);
    case 'urgencyAdvice': return enumCode('urgency', key);
    default: return enumCode('psychosocial', key);
  }
}
/**
 * One screening text in a language (brf_screening_text): a red flag's 'redflagLabel' or
 * 'redflagQuestion', a stop rule's 'stoprule', a yellow flag's 'yellowflagQuestion' (key: the
 * id, or the index in redFlags(), stopRules(), yellowFlags()), the 'urgencyAdvice' of an urgency
 * ('emergency'...) or the 'psychosocialAdvice' of a level ('low'...), or their codes. The
 * library's fallbacks find the language: 'de-AT' reads German, 'sv' English. InvalidError for
 * an unknown field, NotFoundError for an unknown id, RangeError for an index out of range.
 */
function screeningText(field, key, locale = 'en') {
  const code = typeof field === 'number' ? field : SCREENING_TEXTS.indexOf(field);
  const name = SCREENING_TEXTS[code];
  if (name === undefined) {
    throw new InvalidError(`unknown screening text '${field}' (one of ${SCREENING_TEXTS.join(', ')})`,
      C.BRF_E_INVALID, 'BRF_E_INVALID');
  }
  if (typeof locale !== 'string') throw plainError(C.BRF_E_INVALID, 'screeningText: no locale');
  const t = F().brf_screening_text(code, screeningKey(name, key), locale);
  if (t === null) throw plainError(C.BRF_E_RANGE, `no ${name} text '${key}'`);
  return t;
}
function psychosocialName(code) { return code === C.BRF_PSYCHOSOCIAL_NONE ? null : enumId('psychosocial', code); }

/** A screen's answers saved with the day it was taken (immutable); a backrelief-screen document. */
class ScreenResult extends Owned {
  constructor(screen, day, ptr = null, ctx = null) {
    const c = ctx || screen.context;
    super(c, ptr === null ? c.make(F().brf_screen_result_new, c._check(), screen._check(), toDay(day)) : ptr,
      'brf_screen_result_free');
  }
  static fromJson(ctx, text) {
    return new ScreenResult(null, 0, ctx.make(F().brf_screen_result_from_json, ctx._check(), text,
      Buffer.byteLength(text, 'utf8'), 0), ctx);
  }
  toJson({ pretty = false } = {}) {
    return this.context.takeString(F().brf_screen_result_to_json, this.context._check(), this._check(),
      pretty ? C.BRF_JSON_PRETTY : 0);
  }
  /** Days since 1970-01-01. */
  get day() { return F().brf_screen_result_day(this._check()); }
  get urgency() {
    return urgencyName(got(F().brf_screen_result_urgency_get, 'brf_screen_result_urgency_get', this._check()));
  }
  get psychosocial() {
    return psychosocialName(got(F().brf_screen_result_psychosocial_get, 'brf_screen_result_psychosocial_get',
      this._check()));
  }
  /** The answers as a new Screen (a copy the caller frees), for the Planner. */
  screen() {
    const s = got(F().brf_screen_result_screen, 'brf_screen_result_screen', this._check());
    return new Screen(this.context, this.context.make(F().brf_screen_clone_v2, this.context._check(), s));
  }
}

// --- profile and planner ------------------------------------------------------

/** What the person has and lives with: equipment, level, conditions, age, strain. */
class Profile extends Owned {
  constructor(ctx, ptr = null) {
    super(ctx, ptr || ctx.make(F().brf_profile_new, ctx._check()), 'brf_profile_free');
  }
  setEquipment(equipment, available = true) {
    this.context.check(F().brf_profile_set_equipment(this._check(), vocabCode('equipment', equipment),
      available ? 1 : 0));
  }
  hasEquipment(equipment) {
    return F().brf_profile_has_equipment(this._check(), vocabCode('equipment', equipment)) === 1;
  }
  clearEquipment() { this.context.check(F().brf_profile_clear_equipment(this._check())); }
  setCondition(condition, present = true) {
    this.context.check(F().brf_profile_set_condition(this._check(), vocabCode('condition', condition),
      present ? 1 : 0));
  }
  hasCondition(condition) {
    return F().brf_profile_has_condition(this._check(), vocabCode('condition', condition)) === 1;
  }
  get level() { return vocabId('level', got(F().brf_profile_level_get, 'brf_profile_level_get', this._check())); }
  set level(v) { this.context.check(F().brf_profile_set_level(this._check(), vocabCode('level', v))); }
  get ageYears() { return got(F().brf_profile_age_years_get, 'brf_profile_age_years_get', this._check()); }
  set ageYears(v) { this.context.check(F().brf_profile_set_age_years(this._check(), v)); }
  /** The directional preference: 'unknown' (the default), 'none', 'extension' or 'flexion'. */
  get direction() {
    return F().brf_direction_id(got(F().brf_profile_direction_get, 'brf_profile_direction_get', this._check()));
  }
  set direction(v) {
    let code = typeof v === 'number' ? v : -1;
    for (let k = 0; code < 0 && k < C.BRF_DIRECTION_COUNT; k++) if (F().brf_direction_id(k) === v) code = k;
    if (code < 0) throw new NotFoundError(`unknown direction '${v}'`, C.BRF_E_NOT_FOUND, 'BRF_E_NOT_FOUND');
    this.context.check(F().brf_profile_set_direction(this._check(), code));
  }  /** Heat or cold when a plan offers both: 'any' (the default), 'heat' or 'cold'. */
  get thermal() {
    return F().brf_thermal_id(got(F().brf_profile_thermal_get, 'brf_profile_thermal_get', this._check()));
  }
  set thermal(v) {
    let code = typeof v === 'number' ? v : -1;
    for (let k = 0; code < 0 && k < C.BRF_THERMAL_COUNT; k++) if (F().brf_thermal_id(k) === v) code = k;
    if (code < 0) throw new NotFoundError(`unknown thermal '${v}'`, C.BRF_E_NOT_FOUND, 'BRF_E_NOT_FOUND');
    this.context.check(F().brf_profile_set_thermal(this._check(), code));
  }
  setStrainHoursAgo(hours) { this.context.check(F().brf_profile_set_strain_hours_ago(this._check(), hours)); }
  /** A strain by dates: its onset and today. */
  setStrainOnset(onset, today) {
    this.context.check(F().brf_profile_set_strain_onset_day(this._check(), toDay(onset), toDay(today)));
  }
  /** Hours since a recent strain, or null. */
  get strainHoursAgo() {
    const out = [0];
    const status = F().brf_profile_strain_hours_ago(this._check(), out);
    if (status === C.BRF_E_NOT_FOUND) return null;
    this.context.check(status);
    return Number(out[0]);
  }
  /** [onsetDay, todayDay] when the strain was set by dates, else null. */
  get strainOnset() {
    const onset = [0];
    const today = [0];
    const status = F().brf_profile_strain_onset_day(this._check(), onset, today);
    if (status === C.BRF_E_NOT_FOUND) return null;
    this.context.check(status);
    return [onset[0], today[0]];
  }
  clone() {
    return new Profile(this.context, this.context.make(F().brf_profile_clone, this.context._check(),
      this._check()));
  }
}

const OMIT = ['time', 'equipment', 'condition', 'level', 'avoid', 'policy'];

/** Plans a routine for a goal and a time budget (docs/planner.md). */
class Planner extends Owned {
  constructor(ctx, opts = {}) {
    const f = F();
    super(ctx, ctx.make(f.brf_planner_new, ctx._check()), 'brf_planner_free');
    const p = this._ptr;
    const check = (st) => this.context.check(st);
    try {
      if (opts.goal != null) check(f.brf_planner_set_goal(p, parseCode(f.brf_goal_parse, opts.goal, 'goal')));
      if (opts.minutes != null) check(f.brf_planner_set_minutes(p, opts.minutes));
      if (opts.phase != null) {
        check(f.brf_planner_set_phase(p, parseCode(f.brf_plan_phase_parse, opts.phase, 'plan phase')));
      }
      if (opts.policy != null) {
        check(f.brf_planner_set_policy(p, parseCode(f.brf_policy_parse, opts.policy, 'policy')));
      }
      if (opts.seed != null) check(f.brf_planner_set_seed(p, opts.seed));
      if (opts.name != null) check(f.brf_planner_set_name(p, opts.name));
      if (opts.profile != null) check(f.brf_planner_set_profile(p, opts.profile._check()));
      if (opts.screen != null) check(f.brf_planner_set_screen(p, opts.screen._check()));
      for (const r of opts.focus || []) check(f.brf_planner_add_focus(p, vocabCode('region', r)));
      for (const r of opts.avoid || []) check(f.brf_planner_add_avoid(p, vocabCode('region', r)));
    } catch (err) {
      this.free();
      throw err;
    }
  }
  clearFocus() { this.context.check(F().brf_planner_clear_focus(this._check())); }
  clearAvoid() { this.context.check(F().brf_planner_clear_avoid(this._check())); }
  /** A new Routine within the budget; ReferError when the screen refuses. */
  run(catalog) {
    return new Routine(this.context, null, this.context.make(F().brf_planner_run, this._check(),
      catalog._check()));
  }
  /** What the last run left out: [{ exerciseId, cause, reason }]. */
  get omitted() {
    const f = F();
    const p = this._check();
    return list(f.brf_planner_omitted_count(p), (i) => ({
      exerciseId: f.brf_planner_omitted_exercise(p, i),
      cause: OMIT[f.brf_planner_omitted_cause(p, i)] ?? null,
      reason: f.brf_planner_omitted_reason(p, i),
    }));
  }
  /** Advisories of the last run (copied). */
  get advice() { return adviceList(got(F().brf_planner_advice_get, 'brf_planner_advice_get', this._check())); }
}

// --- schedule -----------------------------------------------------------------

/** Sessions on dates: routines and exercises with frequencies; iCalendar export. */
class Schedule extends Owned {
  constructor(ctx, start, weeks = 4, ptr = null) {
    super(ctx, ptr || ctx.make(F().brf_schedule_new, ctx._check(), toDay(start), weeks),
      'brf_schedule_free');
  }
  static fromJson(ctx, text, catalog) {
    return new Schedule(ctx, 0, 0, ctx.make(F().brf_schedule_from_json_v2, ctx._check(), text,
      Buffer.byteLength(text, 'utf8'), catalog._check(), 0));
  }
  _dose(d) { return typeof d === 'string' ? Dosage.parse(this.context, d) : d; }
  /** Add a routine (copied) with a frequency ("3x/week", a Dosage or null); its index. */
  addRoutine(routine, frequency = null) {
    const fq = this._dose(frequency);
    const out = [0];
    try {
      this.context.check(F().brf_schedule_add_routine(this._check(), routine._check(),
        fq ? fq._check() : null, out));
    } finally {
      if (typeof frequency === 'string') fq.free();
    }
    return Number(out[0]);
  }
  /** Add one exercise with a dose (null: its default) and a frequency; its index. */
  addExercise(exercise, dose = null, frequency = null) {
    const d = this._dose(dose);
    const fq = this._dose(frequency);
    const out = [0];
    try {
      this.context.check(F().brf_schedule_add_exercise(this._check(), exercise._p(), d ? d._check() : null,
        fq ? fq._check() : null, out));
    } finally {
      if (typeof dose === 'string') d.free();
      if (typeof frequency === 'string') fq.free();
    }
    return Number(out[0]);
  }
  get length() { return Number(F().brf_schedule_item_count(this._check())); }
  /** "routine", "exercise" or "programme". */
  itemKind(item) {
    const k = F().brf_schedule_item_kind(this._check(), item);
    if (k < 0) throw new RangeError_('schedule item out of range', C.BRF_E_RANGE, 'BRF_E_RANGE');
    return enumId('scheduleKind', k);
  }
  /**
   * Add a routine (copied, 1 to 64 steps) as a programme: each step at the
   * frequency of its own dose (docs/schedules.md, "Programmes"); its index.
   */
  addProgramme(routine) {
    const out = [0];
    this.context.check(F().brf_schedule_add_programme(this._check(), routine._check(), out));
    return Number(out[0]);
  }
  /** A programme step's taper: daily for dailyWeeks, then maxPerWeek, then minPerWeek (0 weeks: none). */
  setStepTaper(item, step, dailyWeeks, minPerWeek, maxPerWeek) {
    this.context.check(F().brf_schedule_step_set_taper(this._check(), item, step, dailyWeeks, minPerWeek,
      maxPerWeek));
  }
  /** A programme step on the day after each of these weekdays ("mon,thu"); 0 or "" removes it. */
  setStepTrigger(item, step, days) {
    this.context.check(F().brf_schedule_step_set_after_weekdays(this._check(), item, step, this._mask(days)));
  }
  /** The steps of a generated session in routine order: [{ step, exerciseId }]. */
  sessionSteps(session) {
    const f = F();
    const s = this._check();
    if (!(session >= 0 && session < Number(f.brf_schedule_session_count(s)))) {
      throw new RangeError_('schedule session out of range', C.BRF_E_RANGE, 'BRF_E_RANGE');
    }
    return list(f.brf_schedule_session_step_count(s, session), (k) => ({
      step: Number(f.brf_schedule_session_step(s, session, k)),
      exerciseId: f.brf_schedule_session_exercise_id(s, session, k),
    }));
  }
  /**
   * Today's session of an item: the routine of its steps due that day (a new
   * Routine the caller frees). NotFoundError when nothing is due.
   */
  routineForDay(item, day) {
    const ctx = this.context;
    return new Routine(ctx, null, ctx.make(F().brf_schedule_routine_for_day, ctx._check(), this._check(),
      item, toDay(day)));
  }
  /** A copy of an item's routine (the caller frees it). */
  itemRoutine(item) {
    const r = F().brf_schedule_item_routine(this._check(), item);
    if (!r) throw new RangeError_('schedule item out of range', C.BRF_E_RANGE, 'BRF_E_RANGE');
    return new Routine(this.context, null, this.context.make(F().brf_routine_clone, this.context._check(), r));
  }
  /** Replace a frequency: notation, a Dosage, or null (daily). */
  setFrequency(item, frequency) {
    if (typeof frequency === 'string') {
      this.context.check(F().brf_schedule_item_set_frequency_text(this._check(), item, frequency,
        Buffer.byteLength(frequency, 'utf8')));
    } else {
      this.context.check(F().brf_schedule_item_set_frequency(this._check(), item,
        frequency ? frequency._check() : null));
    }
  }
  _mask(days) { return typeof days === 'string' ? (days ? parseWeekdays(this.context, days) : 0) : days; }
  /** Which weekdays an item may fall on: "mon,wed,fri" or a bit mask. */
  setWeekdays(item, days) {
    this.context.check(F().brf_schedule_item_set_weekdays(this._check(), item, this._mask(days)));
  }
  /** The first (and last) time of a day: "07:30" or minutes. */
  setTimes(item, first, last = first) {
    this.context.check(F().brf_schedule_item_set_times(this._check(), item, toMinute(first), toMinute(last)));
  }
  /** "any" or "not-consecutive". */
  setSpacing(item, spacing) {
    this.context.check(F().brf_schedule_item_set_spacing(this._check(), item,
      fromId(F().brf_spacing_from_id, spacing, 'spacing')));
  }
  /** Daily for dailyWeeks, then maxPerWeek days a week, then minPerWeek (0 weeks: none). */
  setTaper(item, dailyWeeks, minPerWeek, maxPerWeek) {
    this.context.check(F().brf_schedule_item_set_taper(this._check(), item, dailyWeeks, minPerWeek,
      maxPerWeek));
  }
  /** Only within lengthMs after an onset; -1: the frequency's window or 48 h. */
  setWindow(item, onset, onsetMinute = 0, lengthMs = -1) {
    this.context.check(F().brf_schedule_item_set_window(this._check(), item, toDay(onset),
      toMinute(onsetMinute), lengthMs));
  }
  clearWindow(item) { this.context.check(F().brf_schedule_item_clear_window(this._check(), item)); }
  /** The day after each of these weekdays ("mon,thu": leg days); 0 or "" removes it. */
  setTrigger(item, days) {
    this.context.check(F().brf_schedule_item_set_after_weekdays(this._check(), item, this._mask(days)));
  }
  setRestWeekdays(days) {
    this.context.check(F().brf_schedule_set_rest_weekdays(this._check(), this._mask(days)));
  }
  addRestDay(day) { this.context.check(F().brf_schedule_add_rest_day(this._check(), toDay(day))); }
  /** A reminder before each session; 0 removes it. */
  setReminder(beforeMs) { this.context.check(F().brf_schedule_set_reminder_ms(this._check(), beforeMs)); }
  get timeZone() { return got(F().brf_schedule_time_zone_get, 'brf_schedule_time_zone_get', this._check()); }
  set timeZone(tzid) { this.context.check(F().brf_schedule_set_time_zone(this._check(), tzid)); }
  get startDay() { return got(F().brf_schedule_start_day_get, 'brf_schedule_start_day_get', this._check()); }
  get weeks() { return F().brf_schedule_weeks(this._check()); }
  get generated() { return F().brf_schedule_is_generated(this._check()) === 1; }
  generate() { this.context.check(F().brf_schedule_generate(this._check())); }
  /** The generated sessions in time order: [{ day, minute, item, occurrence, durationMs, title }]. */
  get sessions() {
    const f = F();
    const s = this._check();
    return list(f.brf_schedule_session_count(s), (i) => ({
      day: f.brf_schedule_session_date(s, i), minute: f.brf_schedule_session_time(s, i),
      item: Number(f.brf_schedule_session_item(s, i)), occurrence: f.brf_schedule_session_occurrence(s, i),
      durationMs: Number(f.brf_schedule_session_duration_ms(s, i)), title: f.brf_schedule_session_title(s, i),
    }));
  }
  toIcal({ expand = false } = {}) {
    return this.context.takeString(F().brf_schedule_to_ical, this.context._check(), this._check(),
      expand ? C.BRF_SCHEDULE_ICAL_EXPAND : 0);
  }
  /** The same text as toIcal(), through a caller buffer. */
  formatIcal({ expand = false } = {}) {
    const ctx = this.context;
    let cap = 4096;
    for (;;) {
      const buf = Buffer.alloc(cap);
      const needed = [0];
      const st = F().brf_schedule_ical_format(ctx._check(), this._check(),
        expand ? C.BRF_SCHEDULE_ICAL_EXPAND : 0, buf, cap, needed);
      if (st === C.BRF_E_BUFFER_TOO_SMALL) {
        cap = Number(needed[0]);
        continue;
      }
      ctx.check(st);
      return buf.toString('utf8', 0, buf.indexOf(0));
    }
  }
  toJson({ pretty = true } = {}) {
    return this.context.takeString(F().brf_schedule_to_json_v2, this.context._check(), this._check(),
      pretty ? C.BRF_JSON_PRETTY : 0);
  }
}

// --- journal and adaptation ---------------------------------------------------

const WHEN = ['before', 'after', 'nextMorning'];
const STEP_STATUS = ['done', 'cut-short', 'skipped'];
const rating = (v) => (v === C.BRF_JOURNAL_UNSET ? null : v);

/** The progress journal: one entry per session with ratings; JSON Lines on disk. */
class Journal extends Owned {
  constructor(ctx, ptr = null) {
    super(ctx, ptr || ctx.make(F().brf_journal_new, ctx._check()), 'brf_journal_free');
  }
  /** Read JSON Lines (a torn last line is tolerated: see tornTail). */
  static load(ctx, text) {
    return new Journal(ctx, ctx.make(F().brf_journal_load, ctx._check(), text, Buffer.byteLength(text, 'utf8')));
  }
  _c(st) { this.context.check(st); return this; }
  /**
   * Record a session; returns its index. opts: { minutes ("07:30"), pain / tightness
   * ({ before, after }), effort, note, player (fills the steps) }.
   */
  add(day, routine = '', opts = {}) {
    const f = F();
    const j = this._check();
    const out = [0];
    this.context.check(f.brf_journal_add(j, toDay(day),
      opts.minutes == null ? C.BRF_JOURNAL_UNSET : toMinute(opts.minutes), routine, out));
    const i = Number(out[0]);
    if (opts.player) this._c(f.brf_journal_entry_set_from_player(j, i, opts.player._check()));
    for (const [when, v] of Object.entries(opts.pain || {})) this.setPain(i, when, v);
    for (const [when, v] of Object.entries(opts.tightness || {})) this.setTightness(i, when, v);
    if (opts.effort != null) this._c(f.brf_journal_entry_set_effort(j, i, opts.effort));
    if (opts.note != null) this._c(f.brf_journal_entry_set_note(j, i, opts.note));
    if (opts.routineId) this.setRoutineId(i, opts.routineId);
    if (opts.painDuring != null) this.setPainDuring(i, opts.painDuring);
    return i;
  }
  /** Record the stable id of the routine an entry was done with (null clears it). */
  setRoutineId(i, id) { return this._c(F().brf_journal_entry_set_routine_id(this._check(), i, id || null)); }
  /** The routine id of an entry ('' when not recorded). */
  routineId(i) {
    const t = F().brf_journal_entry_routine_id(this._check(), i);
    if (t === null) throw new RangeError_('journal entry out of range', C.BRF_E_RANGE, 'BRF_E_RANGE');
    return t;
  }
  /** Whether an entry is a session of a routine: by id when both have one, else by name. */
  isFor(i, routine) { return F().brf_journal_entry_is_for(this._check(), i, routine._check()) === 1; }
  /** The worst pain during the session, 0-10 (null clears it). */
  setPainDuring(i, value) {
    return this._c(F().brf_journal_entry_set_pain_during(this._check(), i, value == null ? C.BRF_JOURNAL_UNSET : value));
  }
  painDuring(i) {
    return rating(got(F().brf_journal_entry_pain_during_get, 'brf_journal_entry_pain_during_get', this._check(), i));
  }
  /** Rate one exercise of a session: difficulty 1-5, pain during it 0-10 (null: not rated); again replaces. */
  rateExercise(i, exerciseId, { difficulty = null, pain = null } = {}) {
    const u = C.BRF_JOURNAL_UNSET;
    return this._c(F().brf_journal_entry_rate_exercise(this._check(), i, exerciseId,
      difficulty == null ? u : difficulty, pain == null ? u : pain));
  }
  /** An entry's per-exercise ratings by exercise id, in the order first rated. */
  ratings(i) {
    const f = F();
    const j = this._check();
    const out = {};
    for (let k = 0; k < Number(f.brf_journal_entry_rating_count(j, i)); k++) {
      const d = [0];
      const p = [0];
      const status = f.brf_journal_entry_rating_get(j, i, k, d, p);
      if (status < 0) throw plainError(status, 'brf_journal_entry_rating_get');
      out[f.brf_journal_entry_rating_exercise(j, i, k)] = { difficulty: rating(d[0]), pain: rating(p[0]) };
    }
    return out;
  }
  /**
   * { due, done, percent } of one exercise between two dates: dueDays has one element per
   * session it is due; entries of routine (every entry when null) count it by their steps.
   * Week by ISO week.
   */
  adherenceExercise(routine, exerciseId, dueDays, firstDay, lastDay) {
    const days = dueDays.map(toDay);
    const due = [0];
    const done = [0];
    const pct = [0];
    this.context.check(F().brf_journal_adherence_exercise(this._check(), routine === null ? null : routine._check(),
      exerciseId, days.length ? days : null, days.length, toDay(firstDay), toDay(lastDay), due, done, pct));
    return { due: Number(due[0]), done: Number(done[0]), percent: rating(pct[0]) };
  }
  setPain(i, when, value) {
    return this._c(F().brf_journal_entry_set_pain(this._check(), i, WHEN.indexOf(when), value));
  }
  setTightness(i, when, value) {
    return this._c(F().brf_journal_entry_set_tightness(this._check(), i, WHEN.indexOf(when), value));
  }
  setFromPlayer(i, player) {
    return this._c(F().brf_journal_entry_set_from_player(this._check(), i, player._check()));
  }
  setNextMorning(i, pain, tightness) {
    return this._c(F().brf_journal_entry_set_next_morning(this._check(), i, pain, tightness));
  }
  addStep(i, exerciseId, status = 'done') {
    return this._c(F().brf_journal_entry_add_step(this._check(), i, exerciseId, STEP_STATUS.indexOf(status)));
  }
  setCounts(i, done, cutShort = 0, skipped = 0) {
    return this._c(F().brf_journal_entry_set_counts(this._check(), i, done, cutShort, skipped));
  }
  setSession(i, session) { return this._c(F().brf_journal_entry_set_session(this._check(), i, session)); }
  countOf(i, status) { return F().brf_journal_entry_count_of(this._check(), i, STEP_STATUS.indexOf(status)); }
  get length() { return Number(F().brf_journal_count(this._check())); }
  entry(i) {
    const f = F();
    const j = this._check();
    if (!(i >= 0 && i < this.length)) throw new RangeError_('journal entry out of range', C.BRF_E_RANGE, 'BRF_E_RANGE');
    const ratings = (fn, name) => Object.fromEntries(WHEN.map((w, k) => [w, rating(got(fn, name, j, i, k))]));
    return {
      day: got(f.brf_journal_entry_day_get, 'brf_journal_entry_day_get', j, i),
      minutes: rating(got(f.brf_journal_entry_minutes_get, 'brf_journal_entry_minutes_get', j, i)),
      routine: f.brf_journal_entry_routine(j, i), session: f.brf_journal_entry_session(j, i),
      pain: ratings(f.brf_journal_entry_pain_get, 'brf_journal_entry_pain_get'),
      tightness: ratings(f.brf_journal_entry_tightness_get, 'brf_journal_entry_tightness_get'),
      effort: rating(got(f.brf_journal_entry_effort_get, 'brf_journal_entry_effort_get', j, i)),
      note: f.brf_journal_entry_note(j, i),
      steps: list(f.brf_journal_entry_step_count(j, i), (k) => ({
        exercise: f.brf_journal_entry_step_exercise(j, i, k),
        status: STEP_STATUS[f.brf_journal_entry_step_status(j, i, k)],
      })),
      routineId: this.routineId(i), painDuring: this.painDuring(i), ratings: this.ratings(i),
    };
  }
  * [Symbol.iterator]() {
    for (let i = 0; i < this.length; i++) yield this.entry(i);
  }
  toJsonl() { return this.context.takeString(F().brf_journal_to_jsonl, this.context._check(), this._check()); }
  /** Entry i as one JSON Lines line (with its newline). */
  entryLine(i) {
    return this.context.takeString(F().brf_journal_entry_to_line, this.context._check(), this._check(), i);
  }
  /** The byte offset of a torn last line load() dropped, or null. */
  get tornTail() {
    const off = [0];
    return F().brf_journal_torn_tail(this._check(), off) ? Number(off[0]) : null;
  }
  get tailUnterminated() { return F().brf_journal_tail_unterminated(this._check()) === 1; }
  /** { done, percent } between two dates for a prescribed count. */
  adherence(firstDay, lastDay, prescribed) {
    const done = [0];
    const pct = [0];
    this.context.check(F().brf_journal_adherence(this._check(), toDay(firstDay), toDay(lastDay), prescribed,
      done, pct));
    return { done: Number(done[0]), percent: rating(pct[0]) };
  }
  /** { prescribed, done, percent } for the week of day. */
  adherenceWeek(prescribedDays, day) {
    const days = prescribedDays.map(toDay);
    const pres = [0];
    const done = [0];
    const pct = [0];
    this.context.check(F().brf_journal_adherence_week(this._check(), days.length ? days : null, days.length,
      toDay(day), pres, done, pct));
    return { prescribed: Number(pres[0]), done: Number(done[0]), percent: rating(pct[0]) };
  }
  /**
   * The adaptation rules applied to this journal: { outcome, reasons, routine
   * (a new Routine the caller frees, or null), frequency }.
   */
  suggest(routine, catalog, { profile = null, screen = null } = {}) {
    const f = F();
    const ctx = this.context;
    const sug = ctx.make(f.brf_adapt_suggest, ctx._check(), this._check(), routine._check(), catalog._check(),
      profile ? profile._check() : null, screen ? screen._check() : null);
    try {
      return suggestion(ctx, sug);
    } finally {
      f.brf_adapt_suggestion_free(sug);
    }
  }
  /**
   * Adaptation v2 (docs/adaptation.md): the next single step for a routine
   * from the person's own baseline, as of today. previous: the routine before
   * the last applied change; start: the routine as first planned; lastChange:
   * the day the last suggestion was applied; budgetMs: the time budget (0: none).
   */
  next(routine, today, { previous = null, start = null, catalog = null, profile = null, screen = null,
    lastChange = null, budgetMs = 0 } = {}) {
    const f = F();
    const ctx = this.context;
    const opt = (o) => (o ? o._check() : null);
    const sug = ctx.make(f.brf_adapt_next, ctx._check(), this._check(), routine._check(), opt(previous),
      opt(start), opt(catalog), opt(profile), opt(screen), toDay(today),
      lastChange === null ? -1 : toDay(lastChange), budgetMs);
    try {
      return suggestion(ctx, sug);
    } finally {
      f.brf_adapt_suggestion_free(sug);
    }
  }
}

/** Copy a suggestion ({ outcome, reasons, routine or null, frequency }); the caller frees sug. */
function suggestion(ctx, sug) {
  const f = F();
  const r = got(f.brf_adapt_suggestion_routine_get, 'brf_adapt_suggestion_routine_get', sug);
  return {
    outcome: f.brf_adapt_outcome_id(f.brf_adapt_suggestion_outcome(sug)),
    reasons: adviceList(f.brf_adapt_suggestion_reasons(sug)),
    routine: r ? new Routine(ctx, null, ctx.make(f.brf_routine_clone, ctx._check(), r)) : null,
    frequency: got(f.brf_adapt_suggestion_frequency_get, 'brf_adapt_suggestion_frequency_get', sug),
  };
}

module.exports = {
  ABI_MAJOR, constants: C, load, setCollector, vocabId, vocabCode, vocabIds, enumKinds, enumId, enumCode,
  parseDate, formatDate, parseTime, formatTime, parseWeekdays, formatWeekdays, dayFromYmd, ymdFromDay,
  weekday, weekStart, version, goalLabel, urgencyAdvice, vocabKindName, doseFieldName, doseFieldBounds,
  redFlags, stopRules, yellowFlags, psychosocialAdvice, locales, screeningText, vocabLabel,
  Context, ScreenResult, Catalog, Exercise, Query, Dosage, Routine, Screen, Timeline, Player, Profile, Planner,
  Schedule, Journal,
  BackReliefError, LibraryLoadError, AbiMismatchError, InvalidError, NoMemoryError, ParseError,
  SchemaError, NotFoundError, RangeError: RangeError_, IOError, StateError, BufferTooSmallError,
  ReferError, UnsupportedError, InternalError, LimitError,
};
