// TypeScript declarations of the Node binding (index.js). Checked by
// `tsc --noEmit` over the tests and the example (CTest bindings.node).
// Vocabulary values are slugs ("lower-back"); numbers (the C codes) are
// accepted wherever a slug is.

/// <reference types="node" />

export declare const ABI_MAJOR: number;
export declare const constants: Readonly<Record<string, number>>;

export interface LoadedLibrary {
  /** Every exported function, bound by koffi (raw calls). */
  fn: Record<string, (...args: any[]) => any>;
  missing: string[];
  path: string;
  abiVersion: number;
  version: string;
}
export declare function load(path?: string | null, options?: { expectedAbi?: number }): LoadedLibrary;
/**
 * The function called for a full collection when many handles were dropped
 * without free() (default: globalThis.gc, present under `node --expose-gc`);
 * null turns it off. Loading the binding changes no V8 flag.
 */
export declare function setCollector(fn: (() => void) | null): void;

export type Code = string | number;
export type Vocabulary = 'modality' | 'region' | 'equipment' | 'level' | 'laterality' | 'position' |
  'condition' | 'action' | 'source';
export type DayLike = number | string | Date;
export type MinuteLike = number | string;
export type DoseField = 'sets' | 'reps' | 'holdMs' | 'durationMs' | 'sides' | 'tempoMs' | 'restMs' |
  'perDay' | 'perWeek' | 'intervalMs' | 'windowMs';
export type Range = [number, number];
export type Severity = 'info' | 'caution' | 'warning' | 'unknown';
export type PlayerState = 'idle' | 'running' | 'paused' | 'finished' | 'stopped';
export type When = 'before' | 'after' | 'nextMorning';
export type StepStatus = 'done' | 'cut-short' | 'skipped';
export type Urgency = 'emergency' | 'urgent' | 'review';
export type Psychosocial = 'low' | 'medium' | 'high';
export type Direction = 'unknown' | 'none' | 'extension' | 'flexion';
export type Thermal = 'any' | 'heat' | 'cold';
export type ExerciseText = 'name' | 'summary' | 'doseNote' | 'instruction' | 'cue' | 'caution' |
  'contraindicationNote' | 'alternativeDoseNote' | 'progression' | 'regression';
export type AdaptOutcome = 'insufficient-data' | 'progress' | 'hold' | 'regress' | 'advance-phase' |
  'taper' | 'flare-up' | 'refer' | 'restart' | string;

export type Limit = 'routineSteps' | 'timelineSegments' | 'timelineCues' | 'doseReps' | 'outputBytes' |
  'calendarItems' | 'importEntries' | 'inputBytes';
/** Every closed set of ids the library names (its API 1.1 id/from_id pairs). */
export type EnumKind = 'action' | 'adaptOutcome' | 'adviceSeverity' | 'condition' | 'cueKind' | 'doseField' |
  'equipment' | 'goal' | 'journalMoment' | 'journalStepStatus' | 'laterality' | 'level' | 'modality' |
  'omissionCause' | 'planPhase' | 'playerState' | 'policy' | 'position' | 'recordStatus' | 'region' |
  'psychosocial' | 'routinePhase' | 'scheduleKind' | 'segmentKind' | 'side' | 'sourceKind' | 'spacing' | 'urgency' |
  'vocabKind' | 'weekday';
export declare function enumKinds(): EnumKind[];
/** The id of a code; RangeError for a code the set does not have. */
export declare function enumId(kind: EnumKind, code: number): string;
/** The code of an id (exact); numbers pass. NotFoundError for an unknown id. */
export declare function enumCode(kind: EnumKind, value: Code): number;
export declare function vocabId(kind: Vocabulary, code: number): string;
export declare function vocabCode(kind: Vocabulary, value: Code): number;
export declare function vocabIds(kind: Vocabulary): string[];
export declare function vocabKindName(kind: Vocabulary): string;
/**
 * The words a person reads for a vocabulary value in a language (brf_vocab_label):
 * vocabLabel('equipment', 'foam-roller', 'de') is 'Faszienrolle'. 'de-AT' reads German, a
 * language without texts English. InvalidError, NotFoundError (slug), RangeError (code).
 */
export declare function vocabLabel(kind: Vocabulary, value: Code, locale?: string): string;
export declare function parseDate(ctx: Context, text: string): number;
export declare function formatDate(day: number): string;
export declare function parseTime(ctx: Context, text: string): number;
export declare function formatTime(minutes: number): string;
export declare function parseWeekdays(ctx: Context, text: string): number;
export declare function formatWeekdays(mask: number): string;
export declare function dayFromYmd(ctx: Context, year: number, month: number, mday: number): number;
export declare function ymdFromDay(day: number): [number, number, number];
export declare function weekday(day: number): number;
export declare function weekStart(day: number): number;
export declare function version(): [number, number, number];
export declare function goalLabel(goal: Code): string;
export declare function urgencyAdvice(urgency: Urgency): string;
export declare function doseFieldName(field: DoseField | number): string;
export declare function doseFieldBounds(field: DoseField | number): Range;

export interface RedFlag { id: string; label: string; question: string; urgency: Urgency | null; source: string }
export interface StopRule { id: string; text: string; source: string }
export declare function redFlags(): RedFlag[];
export declare function stopRules(): StopRule[];
export interface YellowFlag { id: string; question: string; source: string }
/** The psychosocial (yellow-flag) questions a Screen can ask, answered with screen.answer(). */
export declare function yellowFlags(): YellowFlag[];
/** Which text brf_screening_text() reads (BRF_SCREEN_TEXT_*). */
export type ScreeningText = 'redflagLabel' | 'redflagQuestion' | 'urgencyAdvice' | 'stoprule' |
  'yellowflagQuestion' | 'psychosocialAdvice';
/**
 * One screening text in a language (brf_screening_text); key: the red flag's, stop rule's or
 * yellow flag's id or index, the urgency ('emergency'...) or psychosocial level ('low'...).
 * 'de-AT' reads German, a language without texts English. InvalidError (field),
 * NotFoundError (id), RangeError (index).
 */
export declare function screeningText(field: ScreeningText | number, key: string | number,
  locale?: string): string;
/** What to tell the person at a psychosocial level. */
export declare function psychosocialAdvice(level: Psychosocial | number): string;
/** The languages this build has texts for; 'en' (the source language) first. */
export declare function locales(): string[];

// --- errors -------------------------------------------------------------------

export declare class BackReliefError extends Error {
  constructor(message: string, status?: number, statusName?: string, line?: number, column?: number,
    offset?: number);
  readonly status: number | undefined;
  /** "BRF_E_PARSE"... */
  readonly statusName: string | undefined;
  /** 1-based line and column (bytes) of text input; 0 when there is no position. */
  readonly line: number;
  readonly column: number;
  /** 0-based byte offset. */
  readonly offset: number;
}
export declare class LibraryLoadError extends BackReliefError {}
export declare class AbiMismatchError extends LibraryLoadError {}
export declare class InvalidError extends BackReliefError {}
export declare class NoMemoryError extends BackReliefError {}
export declare class ParseError extends BackReliefError {}
export declare class SchemaError extends BackReliefError {}
export declare class NotFoundError extends BackReliefError {}
/** BRF_E_RANGE (the binding's, not JavaScript's RangeError). */
export declare class RangeError extends BackReliefError {}
export declare class IOError extends BackReliefError {}
export declare class StateError extends BackReliefError {}
export declare class BufferTooSmallError extends BackReliefError {}
export declare class ReferError extends BackReliefError {}
export declare class UnsupportedError extends BackReliefError {}
export declare class InternalError extends BackReliefError {}
/** BRF_E_LIMIT: an input past a context limit (Context.setLimit); the message names it. */
export declare class LimitError extends BackReliefError {}

// --- handles ------------------------------------------------------------------

/** An owned C object: free() (or close(), or `using`) releases it at once; a
 *  forgotten one is released after the garbage collector finds it unreachable. */
/** A C pointer as koffi hands it out: pass it to raw calls (load().fn.brf_...) only. */
export type RawPointer = unknown;

declare abstract class Handle {
  readonly closed: boolean;
  /** The C pointer, for the raw calls (load().fn.brf_...); StateError once freed. */
  _check(): RawPointer;
  free(): void;
  close(): void;
  [Symbol.dispose](): void;
}

export declare class Context extends Handle {
  /** Loads the library first (path, $BACKRELIEF_LIBRARY, then libbackrelief.so.1 by name). */
  constructor(path?: string | null);
  readonly errmsg: string | null;
  readonly errcode: number;
  readonly warnings: string[];
  clearError(): void;
  /**
   * The locale tag as set ('de-AT'; 'en' by default). Setting it changes the language of
   * objects made afterwards; a tag without texts throws NotFoundError and English is used.
   */
  locale: string;
  /** The language the texts are in: the tag the locale fell back to ('de' for 'de-AT'). */
  readonly textLocale: string;
  /** Set one limit for the calls that follow; an input past it throws LimitError. */
  setLimit(limit: Limit | number, value: number): void;
  limit(limit: Limit | number): number;
  readonly limits: Record<Limit, number>;
  error(status: number): BackReliefError;
  check(status: number): number;
}

declare abstract class Owned extends Handle {
  readonly context: Context;
}

export interface Advice { rule: string; severity: Severity; message: string; source: string | null }
export interface SourceRef { kind: string; ref: string; note: string | null }
export interface Contraindication { condition: string; action: string; note: string | null }
export interface AlternativeDose { dose: string; sourceKind: string; source: string; note: string | null }
export interface Link { exercise: string | null; text: string | null }

export declare class Exercise {
  /** The C pointer (const brf_exercise *), for raw calls; valid while the catalog is. */
  _p(): RawPointer;
  readonly id: string;
  readonly catalog: Catalog;
  readonly name: string;
  /** One text in a chosen language (default 'en'); RangeError for an index out of range. */
  text(field: ExerciseText | number, index?: number, locale?: string): string;
  readonly summary: string;
  readonly defaultDose: string;
  readonly doseNote: string | null;
  readonly modality: string;
  readonly level: string;
  readonly laterality: string;
  readonly position: string;
  readonly aliases: string[];
  readonly instructions: string[];
  readonly cues: string[];
  readonly cautions: string[];
  readonly media: string[];
  readonly equipment: string[];
  readonly sources: SourceRef[];
  readonly contraindications: Contraindication[];
  readonly alternativeDoses: AlternativeDose[];
  readonly progressions: Link[];
  readonly regressions: Link[];
  regions(scope?: number): string[];
  toString(): string;
}

export interface QueryFilters {
  region?: Code;
  regionScope?: 'primary' | 'any';
  modality?: Code;
  equipment?: Code[];
  maxLevel?: Code;
  laterality?: Code;
  maxDurationMs?: number;
  text?: string;
}

export interface ExerciseSpec {
  id: string;
  name: string;
  modality: Code;
  summary?: string;
  defaultDose?: string;
  doseNote?: string;
  level?: Code;
  laterality?: Code;
  position?: Code;
  aliases?: string[];
  regions?: Code[];
  equipment?: Code[];
  instructions?: string[];
  cues?: string[];
  cautions?: string[];
  media?: string[];
  contraindications?: { condition: Code; action: Code; note?: string | null }[];
  sources?: { kind: Code; ref: string; note?: string | null }[];
  alternativeDoses?: { dose: string; sourceKind: Code; source: string; note?: string | null }[];
  progressions?: { exercise?: string | null; text?: string | null }[];
  regressions?: { exercise?: string | null; text?: string | null }[];
}

export declare class Catalog extends Owned implements Iterable<Exercise> {
  static builtin(ctx: Context): Catalog;
  static empty(ctx: Context): Catalog;
  static fromJson(ctx: Context, text: string): Catalog;
  static importFreeExerciseDb(ctx: Context, text: string): { catalog: Catalog; report: Advice[] };
  readonly length: number;
  readonly frozen: boolean;
  at(index: number): Exercise | undefined;
  [Symbol.iterator](): Iterator<Exercise>;
  find(id: string): Exercise | null;
  /** NotFoundError when there is no such exercise. */
  get(id: string): Exercise;
  query(filters?: QueryFilters): Exercise[];
  toJson(options?: { pretty?: boolean }): string;
  setDefaultDose(id: string, notation: string): void;
  merge(other: Catalog): void;
  freeze(): void;
  add(spec: ExerciseSpec): Exercise;
}

export declare class Query extends Owned implements Iterable<Exercise> {
  constructor(catalog: Catalog, filters?: QueryFilters);
  readonly catalog: Catalog;
  ids(): string[];
  [Symbol.iterator](): Iterator<Exercise>;
}

export declare class Dosage extends Owned {
  constructor(ctx: Context);
  static parse(ctx: Context, text: string): Dosage;
  clone(): Dosage;
  toString(): string;
  format(): string;
  /** The dose as a person reads it in a language (brf_dosage_describe): the notation for "en". */
  describe(locale: string): string;
  get(field: DoseField | number): Range | null;
  set(field: DoseField | number, lo: number, hi?: number): void;
  unset(field: DoseField | number): void;
  fields(): Partial<Record<DoseField, Range>>;
  equals(other: Dosage): boolean;
  readonly isEmpty: boolean;
  estimate(): Range;
  estimateFor(modality: Code): Range;
  check(modality: Code): Advice[];
  readonly sets: Range | null;
  readonly reps: Range | null;
  readonly holdMs: Range | null;
  readonly durationMs: Range | null;
  readonly sides: Range | null;
  readonly tempoMs: Range | null;
  readonly restMs: Range | null;
  readonly perDay: Range | null;
  readonly perWeek: Range | null;
  readonly intervalMs: Range | null;
  readonly windowMs: Range | null;
}

export interface Step {
  index: number;
  exerciseId: string;
  name: string;
  modality: string;
  laterality: string;
  phase: string;
  dose: string;
  note: string | null;
  reason: string | null;
  regions: string[];
  equipment: string[];
  contraindications: Contraindication[];
}

export declare class Routine extends Owned {
  constructor(ctx: Context, name?: string | null);
  static fromJson(ctx: Context, text: string, catalog: Catalog): Routine;
  toJson(options?: { pretty?: boolean }): string;
  name: string;
  /** The stable id ('' when none); null or '' removes it. */
  get id(): string;
  set id(value: string | null);
  /** Give the routine a new id made from seed and its content; returns it. */
  makeId(seed: string): string;
  /** The planner goal the routine serves, or null. */
  get goal(): string | null;
  set goal(value: Code | null);
  readonly length: number;
  readonly steps: Step[];
  append(exercise: Exercise, dose?: Dosage | string | null): this;
  insert(index: number, exercise: Exercise, dose?: Dosage | string | null): void;
  move(from: number, to: number): void;
  remove(index: number): void;
  clone(): Routine;
  check(profile?: Profile | null): Advice[];
  setDose(index: number, dose: Dosage | string): void;
  setNote(index: number, note: string | null): void;
  setReason(index: number, reason: string | null): void;
  setPhase(index: number, phase: Code): void;
  estimate(): Range;
}

export declare class Screen extends Owned {
  constructor(ctx: Context);
  static flagIndex(id: string): number;
  static yellowFlagIndex(id: string): number;
  /** The level of the yellow-flag answers, null while none is answered. */
  readonly psychosocial: Psychosocial | null;
  answer(id: string, yes?: boolean): void;
  answerYes(ids: string[] | string): void;
  setAge(years: number): void;
  setAgeLimits(youngerThan: number, olderThan: number): void;
  clear(): void;
  clone(): Screen;
  /** Throws ReferError when the person must see a clinician. */
  evaluate(): void;
  readonly mayExercise: boolean;
  readonly outcome: Urgency | null;
  readonly positives: string[];
  readonly message: string | null;
  /** Whether a flag's question (an id or index) still needs asking. */
  asks(flag: string | number): boolean;
  /** Whether the answers imply a condition the planner respects. */
  impliesCondition(condition: Code): boolean;
}

/** A screen's answers saved with the day it was taken (immutable): a backrelief-screen document. */
export declare class ScreenResult extends Owned {
  constructor(screen: Screen, day: DayLike);
  static fromJson(ctx: Context, text: string): ScreenResult;
  toJson(options?: { pretty?: boolean }): string;
  /** Days since 1970-01-01. */
  readonly day: number;
  readonly urgency: Urgency | null;
  readonly psychosocial: Psychosocial | null;
  /** The answers as a new Screen (a copy the caller frees). */
  screen(): Screen;
}

export interface Segment {
  kind: string; exercise: number; set: number; rep: number; side: 'left' | 'right' | null;
  startMs: number; durationMs: number;
}

export declare class Timeline extends Owned {
  static fromRoutine(routine: Routine, options?: { longest?: boolean }): Timeline;
  static fromDose(ctx: Context, exerciseId: string, name: string, modality: Code, dose: Dosage | string,
    options?: { longest?: boolean }): Timeline;
  readonly totalMs: number;
  readonly segments: Segment[];
  readonly steps: { id: string; name: string }[];
  stepSpan(index: number): Range;
}

export interface Cue { kind: string; atMs: number; exercise: number; text: string }
export interface PlayRecord { status: string; plannedMs: number; doneMs: number }

export declare class Player extends Owned {
  constructor(timeline: Timeline);
  readonly timeline: Timeline;
  start(): void;
  advance(ms: number): void;
  pause(): void;
  resume(): void;
  skip(): void;
  back(): void;
  stop(): void;
  readonly state: PlayerState;
  readonly positionMs: number;
  readonly stepIndex: number;
  readonly segmentIndex: number;
  readonly segmentElapsedMs: number;
  readonly segmentRemainingMs: number;
  readonly sessionElapsedMs: number;
  readonly sessionRemainingMs: number;
  readonly cuesDropped: number;
  readonly records: PlayRecord[];
  /** The queued cues, copied, then cleared. */
  cues(): Cue[];
  /** Start and play to the end in ticks of a simulated clock. */
  playAll(tickMs?: number): { cues: Cue[]; clockMs: number };
}

export declare class Profile extends Owned {
  constructor(ctx: Context);
  setEquipment(equipment: Code, available?: boolean): void;
  hasEquipment(equipment: Code): boolean;
  clearEquipment(): void;
  setCondition(condition: Code, present?: boolean): void;
  hasCondition(condition: Code): boolean;
  level: string;
  ageYears: number;
  get direction(): Direction;
  set direction(value: Direction | number);
  /** Heat or cold when a plan offers both: 'any' (the default), 'heat' or 'cold'. */
  get thermal(): Thermal;
  set thermal(value: Thermal | number);
  setStrainHoursAgo(hours: number): void;
  setStrainOnset(onset: DayLike, today: DayLike): void;
  readonly strainHoursAgo: number | null;
  readonly strainOnset: [number, number] | null;
  clone(): Profile;
}

export interface PlannerOptions {
  goal?: Code;
  minutes?: number;
  phase?: Code;
  policy?: Code;
  seed?: number;
  name?: string;
  profile?: Profile;
  screen?: Screen;
  focus?: Code[];
  avoid?: Code[];
}
export interface Omission { exerciseId: string; cause: string | null; reason: string }

export declare class Planner extends Owned {
  constructor(ctx: Context, options?: PlannerOptions);
  clearFocus(): void;
  clearAvoid(): void;
  /** A new Routine within the budget; ReferError when the screen refuses. */
  run(catalog: Catalog): Routine;
  readonly omitted: Omission[];
  readonly advice: Advice[];
}

export interface Session {
  day: number; minute: number; item: number; occurrence: number; durationMs: number; title: string;
}

export declare class Schedule extends Owned {
  constructor(ctx: Context, start: DayLike, weeks?: number);
  static fromJson(ctx: Context, text: string, catalog: Catalog): Schedule;
  addRoutine(routine: Routine, frequency?: Dosage | string | null): number;
  addExercise(exercise: Exercise, dose?: Dosage | string | null, frequency?: Dosage | string | null): number;
  readonly length: number;
  itemKind(item: number): 'routine' | 'exercise' | 'programme';
  /** Add a routine as a programme: each step at its own dose's frequency; its index. */
  addProgramme(routine: Routine): number;
  setStepTaper(item: number, step: number, dailyWeeks: number, minPerWeek: number, maxPerWeek: number): void;
  setStepTrigger(item: number, step: number, days: string | number): void;
  /** The steps of a generated session, in routine order. */
  sessionSteps(session: number): { step: number; exerciseId: string }[];
  /** Today's session of an item (a new Routine the caller frees); NotFoundError when nothing is due. */
  routineForDay(item: number, day: DayLike): Routine;
  itemRoutine(item: number): Routine;
  setFrequency(item: number, frequency: Dosage | string | null): void;
  setWeekdays(item: number, days: string | number): void;
  setTimes(item: number, first: MinuteLike, last?: MinuteLike): void;
  setSpacing(item: number, spacing: 'any' | 'not-consecutive' | number): void;
  setTaper(item: number, dailyWeeks: number, minPerWeek: number, maxPerWeek: number): void;
  setWindow(item: number, onset: DayLike, onsetMinute?: MinuteLike, lengthMs?: number): void;
  clearWindow(item: number): void;
  setTrigger(item: number, days: string | number): void;
  setRestWeekdays(days: string | number): void;
  addRestDay(day: DayLike): void;
  setReminder(beforeMs: number): void;
  timeZone: string | null;
  readonly startDay: number;
  readonly weeks: number;
  readonly generated: boolean;
  generate(): void;
  readonly sessions: Session[];
  toIcal(options?: { expand?: boolean }): string;
  formatIcal(options?: { expand?: boolean }): string;
  toJson(options?: { pretty?: boolean }): string;
}

export interface Ratings { before: number | null; after: number | null; nextMorning: number | null }
export interface Entry {
  day: number; minutes: number | null; routine: string; session: string | null;
  pain: Ratings; tightness: Ratings; effort: number | null; note: string | null;
  steps: { exercise: string; status: StepStatus }[];
  routineId: string; painDuring: number | null; ratings: Record<string, ExerciseRating>;
}
/** A per-exercise rating: difficulty 1 (very easy) to 5 (too hard), pain 0-10; null when unset. */
export interface ExerciseRating { difficulty: number | null; pain: number | null }
export interface JournalAddOptions {
  minutes?: MinuteLike;
  pain?: Partial<Record<When, number>>;
  tightness?: Partial<Record<When, number>>;
  effort?: number;
  note?: string;
  player?: Player;
  routineId?: string;
  painDuring?: number;
}
export interface Suggestion {
  outcome: AdaptOutcome;
  reasons: Advice[];
  /** A new Routine the caller frees, or null when nothing changes. */
  routine: Routine | null;
  frequency: string | null;
}

export declare class Journal extends Owned implements Iterable<Entry> {
  constructor(ctx: Context);
  static load(ctx: Context, text: string): Journal;
  add(day: DayLike, routine?: string, options?: JournalAddOptions): number;
  setPain(index: number, when: When, value: number): this;
  setTightness(index: number, when: When, value: number): this;
  setFromPlayer(index: number, player: Player): this;
  setNextMorning(index: number, pain: number, tightness: number): this;
  addStep(index: number, exerciseId: string, status?: StepStatus): this;
  setCounts(index: number, done: number, cutShort?: number, skipped?: number): this;
  setSession(index: number, session: string): this;
  countOf(index: number, status: StepStatus): number;
  setRoutineId(index: number, id: string | null): this;
  routineId(index: number): string;
  isFor(index: number, routine: Routine): boolean;
  setPainDuring(index: number, value: number | null): this;
  painDuring(index: number): number | null;
  rateExercise(index: number, exerciseId: string,
    rating?: { difficulty?: number | null; pain?: number | null }): this;
  ratings(index: number): Record<string, ExerciseRating>;
  adherenceExercise(routine: Routine | null, exerciseId: string, dueDays: DayLike[], firstDay: DayLike,
    lastDay: DayLike): { due: number; done: number; percent: number | null };
  readonly length: number;
  entry(index: number): Entry;
  [Symbol.iterator](): Iterator<Entry>;
  toJsonl(): string;
  entryLine(index: number): string;
  readonly tornTail: number | null;
  readonly tailUnterminated: boolean;
  adherence(firstDay: DayLike, lastDay: DayLike, prescribed: number): { done: number; percent: number | null };
  adherenceWeek(prescribedDays: DayLike[], day: DayLike):
    { prescribed: number; done: number; percent: number | null };
  suggest(routine: Routine, catalog: Catalog, options?: { profile?: Profile | null; screen?: Screen | null }):
    Suggestion;
  /** Adaptation v2: the next single step from the person's own baseline, as of today. */
  next(routine: Routine, today: DayLike, options?: {
    previous?: Routine | null; start?: Routine | null; catalog?: Catalog | null; profile?: Profile | null;
    screen?: Screen | null; lastChange?: DayLike | null; budgetMs?: number;
  }): Suggestion;
}
