/* The journal object: creation, entries and their setters. */
#include <string.h>

#include "backrelief/calendar.h"
#include "util/core.h"
#include "internal/journal.h"

const char *const brf__journal_status_names[] = {"done", "cut-short", "skipped", NULL};

brf_status brf_journal_new(brf_context *ctx, brf_journal **out) {
  brf__enter(ctx);
  brf_journal *j;
  BRF__NEW_OBJECT(j, ctx, out, 1, "brf_journal_new");
  *out = j;
  return BRF_OK;
}

void brf__jentry_clear(brf_context *ctx, brf__jentry *e) {
  if (e->packed) { /* the journal's arena frees it */
    memset(e, 0, sizeof *e);
    return;
  }
  for (size_t k = 0; k < e->step_count; k++)
    brf__free(ctx, e->steps[k].exercise);
  brf__free(ctx, e->steps);
  for (size_t k = 0; k < e->rating_count; k++)
    brf__free(ctx, e->ratings[k].exercise);
  brf__free(ctx, e->ratings);
  brf__free(ctx, e->routine);
  brf__free(ctx, e->routine_id);
  brf__free(ctx, e->session);
  brf__free(ctx, e->note);
  memset(e, 0, sizeof *e);
}

void brf_journal_free(brf_journal *j) {
  if (!j)
    return;
  brf_context *ctx = j->ctx;
  for (size_t i = 0; i < j->count; i++)
    brf__jentry_clear(ctx, &j->entries[i]);
  brf__free(ctx, j->entries);
  brf__arena_free(ctx, &j->arena);
  brf__free(ctx, j);
  brf__ctx_release(ctx);
}

size_t brf_journal_count(const brf_journal *j) { return j ? j->count : 0; }

const brf__jentry *brf__journal_entry(const brf_journal *j, size_t i) {
  return (j && i < j->count) ? &j->entries[i] : NULL;
}

brf_status brf__jentry_init(brf_context *ctx, brf__jentry *e, int32_t day, int32_t minutes,
                            const char *routine, size_t routine_len) {
  memset(e, 0, sizeof *e);
  e->day = day;
  e->minutes = minutes;
  for (int k = 0; k < 3; k++) {
    e->pain[k] = BRF_JOURNAL_UNSET;
    e->tightness[k] = BRF_JOURNAL_UNSET;
  }
  e->effort = BRF_JOURNAL_UNSET;
  e->pain_during = BRF_JOURNAL_UNSET;
  e->routine = brf__strndup(ctx, routine ? routine : "", routine ? routine_len : 0);
  e->session = brf__strdup(ctx, "");
  e->note = brf__strdup(ctx, "");
  e->routine_id = brf__strdup(ctx, "");
  if (!e->routine || !e->session || !e->note || !e->routine_id) {
    brf__jentry_clear(ctx, e);
    return BRF_E_NOMEM;
  }
  return BRF_OK;
}

brf_status brf__journal_push(brf_journal *j, brf__jentry *e) {
  brf_status st = brf__grow(j->ctx, (void **)&j->entries, &j->cap, j->count + 1, sizeof *e);
  if (st != BRF_OK)
    return st;
  j->entries[j->count++] = *e;
  return BRF_OK;
}

brf_status brf__jentry_own(brf_context *ctx, brf__jentry *e) {
  if (!e->packed)
    return BRF_OK;
  brf__jentry c = *e;
  c.packed = 0;
  c.steps = NULL;
  c.step_count = c.step_cap = 0;
  c.ratings = NULL;
  c.rating_count = c.rating_cap = 0;
  c.routine = brf__strdup(ctx, e->routine);
  c.routine_id = brf__strdup(ctx, e->routine_id);
  c.session = brf__strdup(ctx, e->session);
  c.note = brf__strdup(ctx, e->note);
  int ok = c.routine && c.routine_id && c.session && c.note;
  for (size_t k = 0; ok && k < e->step_count; k++)
    ok = brf__jentry_push_step(ctx, &c, e->steps[k].exercise, strlen(e->steps[k].exercise),
                               e->steps[k].status) == BRF_OK;
  if (ok && e->rating_count > 0) {
    c.ratings = brf__calloc(ctx, e->rating_count, sizeof *c.ratings);
    ok = c.ratings != NULL;
    if (ok)
      c.rating_cap = e->rating_count;
  }
  for (size_t k = 0; ok && k < e->rating_count; k++) {
    c.ratings[k] = e->ratings[k];
    c.ratings[k].exercise = brf__strdup(ctx, e->ratings[k].exercise);
    ok = c.ratings[k].exercise != NULL;
    if (ok)
      c.rating_count++;
  }
  if (!ok) {
    brf__jentry_clear(ctx, &c);
    return BRF_E_NOMEM;
  }
  *e = c;
  return BRF_OK;
}

void brf__jentry_unown(brf_context *ctx, brf__jentry *e, const brf__jentry *saved) {
  if (!saved->packed || e->packed)
    return;
  brf__jentry_clear(ctx, e);
  *e = *saved;
}

brf_status brf__jentry_push_step(brf_context *ctx, brf__jentry *e, const char *id,
                                 size_t id_len, int32_t status) {
  char *copy = brf__strndup(ctx, id, id_len);
  if (!copy)
    return BRF_E_NOMEM;
  brf_status st =
      brf__grow(ctx, (void **)&e->steps, &e->step_cap, e->step_count + 1, sizeof *e->steps);
  if (st != BRF_OK) {
    brf__free(ctx, copy);
    return st;
  }
  e->steps[e->step_count].exercise = copy;
  e->steps[e->step_count].status = status;
  e->step_count++;
  return BRF_OK;
}

static brf_status check_text(brf_context *ctx, const char *what, const char *s) {
  size_t bad = 0;
  if (s && !brf__utf8_valid(s, strlen(s), &bad))
    return brf__error(ctx, BRF_E_INVALID, "%s: invalid UTF-8 at byte %zu", what, bad);
  return BRF_OK;
}

brf_status brf_journal_add(brf_journal *j, int32_t day, int32_t minutes, const char *routine,
                           size_t *out_index) {
  BRF__ENTER_OBJ(j);
  if (!j)
    return brf__error(NULL, BRF_E_INVALID, "brf_journal_add: NULL journal");
  if (day < BRF_DATE_MIN || day > BRF_DATE_MAX)
    return brf__error(j->ctx, BRF_E_RANGE, "journal entry: date %d out of range", (int)day);
  if (minutes < BRF_JOURNAL_UNSET || minutes > BRF_TIME_MAX)
    return brf__error(j->ctx, BRF_E_RANGE, "journal entry: time %d out of range", (int)minutes);
  brf_status st = check_text(j->ctx, "journal entry routine", routine);
  if (st != BRF_OK)
    return st;
  brf__jentry e;
  st = brf__jentry_init(j->ctx, &e, day, minutes, routine, routine ? strlen(routine) : 0);
  if (st != BRF_OK)
    return st;
  st = brf__journal_push(j, &e);
  if (st != BRF_OK) {
    brf__jentry_clear(j->ctx, &e);
    return st;
  }
  if (out_index)
    *out_index = j->count - 1;
  return BRF_OK;
}

/* The entry to change, or an error (NULL journal or index out of range). */
static brf__jentry *entry_for_set(brf_journal *j, size_t index, const char *fn,
                                  brf_status *st) {
  if (!j) {
    *st = brf__error(NULL, BRF_E_INVALID, "%s: NULL journal", fn);
    return NULL;
  }
  if (index >= j->count) {
    *st = brf__error(j->ctx, BRF_E_RANGE, "%s: entry %zu out of range (%zu entries)", fn, index,
                     j->count);
    return NULL;
  }
  *st = BRF_OK;
  return &j->entries[index];
}

/* Declares st and e, the entry to change, or returns the error. */
#define ENTRY_OR_RETURN(e, j, index, fn)                   \
  brf_status st;                                          \
  brf__jentry *e = entry_for_set((j), (index), (fn), &st); \
  if (!e)                                                 \
    return st

static brf_status replace_text(brf_journal *j, size_t index, const char *fn, const char *text,
                               size_t field_offset) {
  ENTRY_OR_RETURN(e, j, index, fn);
  if ((st = check_text(j->ctx, fn, text)) != BRF_OK)
    return st;
  char *copy = brf__strdup(j->ctx, text ? text : "");
  if (!copy)
    return BRF_E_NOMEM;
  if ((st = brf__jentry_own(j->ctx, e)) != BRF_OK) {
    brf__free(j->ctx, copy);
    return st;
  }
  char **slot = (char **)(void *)((char *)e + field_offset);
  brf__free(j->ctx, *slot);
  *slot = copy;
  return BRF_OK;
}

brf_status brf_journal_entry_set_session(brf_journal *j, size_t index, const char *session) {
  BRF__ENTER_OBJ(j);
  return replace_text(j, index, "brf_journal_entry_set_session", session,
                      offsetof(brf__jentry, session));
}

brf_status brf_journal_entry_set_note(brf_journal *j, size_t index, const char *note) {
  BRF__ENTER_OBJ(j);
  return replace_text(j, index, "brf_journal_entry_set_note", note,
                      offsetof(brf__jentry, note));
}

static int count_ok(int32_t v) { return v >= 0 && v <= BRF__JOURNAL_MAX_COUNT; }
static int rating_ok(int32_t v) { return v >= BRF_JOURNAL_UNSET && v <= BRF_JOURNAL_SCALE_MAX; }

brf_status brf_journal_entry_set_counts(brf_journal *j, size_t index, int32_t done,
                                        int32_t cut_short, int32_t skipped) {
  BRF__ENTER_OBJ(j);
  ENTRY_OR_RETURN(e, j, index, "brf_journal_entry_set_counts");
  if (!count_ok(done) || !count_ok(cut_short) || !count_ok(skipped))
    return brf__error(j->ctx, BRF_E_RANGE, "journal entry %zu: step counts must be 0 to %d",
                      index, BRF__JOURNAL_MAX_COUNT);
  e->counts[BRF_JOURNAL_STEP_DONE] = done;
  e->counts[BRF_JOURNAL_STEP_CUT_SHORT] = cut_short;
  e->counts[BRF_JOURNAL_STEP_SKIPPED] = skipped;
  return BRF_OK;
}

brf_status brf_journal_entry_add_step(brf_journal *j, size_t index, const char *exercise_id,
                                      int32_t status) {
  BRF__ENTER_OBJ(j);
  ENTRY_OR_RETURN(e, j, index, "brf_journal_entry_add_step");
  if (!exercise_id || !*exercise_id)
    return brf__error(j->ctx, BRF_E_INVALID, "brf_journal_entry_add_step: empty exercise id");
  if (status < 0 || status >= BRF_JOURNAL_STEP_STATUS_COUNT)
    return brf__error(j->ctx, BRF_E_INVALID, "brf_journal_entry_add_step: unknown status %d",
                      (int)status);
  if ((st = check_text(j->ctx, "brf_journal_entry_add_step", exercise_id)) != BRF_OK)
    return st;
  if (e->counts[status] >= BRF__JOURNAL_MAX_COUNT)
    return brf__error(j->ctx, BRF_E_RANGE, "journal entry %zu: more than %d steps", index,
                      BRF__JOURNAL_MAX_COUNT);
  brf__jentry saved = *e;
  if ((st = brf__jentry_own(j->ctx, e)) != BRF_OK)
    return st;
  st = brf__jentry_push_step(j->ctx, e, exercise_id, strlen(exercise_id), status);
  if (st != BRF_OK) {
    brf__jentry_unown(j->ctx, e, &saved);
    return st;
  }
  e->counts[status]++;
  return BRF_OK;
}

static brf_status set_rating(brf_journal *j, size_t index, int32_t when, int32_t value,
                             int tightness) {
  const char *fn =
      tightness ? "brf_journal_entry_set_tightness" : "brf_journal_entry_set_pain";
  ENTRY_OR_RETURN(e, j, index, fn);
  if (when < BRF_JOURNAL_BEFORE || when > BRF_JOURNAL_NEXT_MORNING)
    return brf__error(j->ctx, BRF_E_INVALID, "%s: unknown time of rating %d", fn, (int)when);
  if (!rating_ok(value))
    return brf__error(j->ctx, BRF_E_RANGE, "%s: rating %d is not 0 to 10 or -1", fn,
                      (int)value);
  (tightness ? e->tightness : e->pain)[when] = value;
  return BRF_OK;
}

brf_status brf_journal_entry_set_pain(brf_journal *j, size_t index, int32_t when,
                                      int32_t value) {
  BRF__ENTER_OBJ(j);
  return set_rating(j, index, when, value, 0);
}

brf_status brf_journal_entry_set_tightness(brf_journal *j, size_t index, int32_t when,
                                           int32_t value) {
  BRF__ENTER_OBJ(j);
  return set_rating(j, index, when, value, 1);
}

brf_status brf_journal_entry_set_next_morning(brf_journal *j, size_t index, int32_t pain,
                                              int32_t tightness) {
  BRF__ENTER_OBJ(j);
  ENTRY_OR_RETURN(e, j, index, "brf_journal_entry_set_next_morning");
  if (!rating_ok(pain) || !rating_ok(tightness))
    return brf__error(j->ctx, BRF_E_RANGE,
                      "brf_journal_entry_set_next_morning: ratings must be 0 to 10 or -1");
  e->pain[BRF_JOURNAL_NEXT_MORNING] = pain;
  e->tightness[BRF_JOURNAL_NEXT_MORNING] = tightness;
  return BRF_OK;
}

brf_status brf_journal_entry_set_effort(brf_journal *j, size_t index, int32_t effort) {
  BRF__ENTER_OBJ(j);
  ENTRY_OR_RETURN(e, j, index, "brf_journal_entry_set_effort");
  if (!rating_ok(effort))
    return brf__error(j->ctx, BRF_E_RANGE,
                      "brf_journal_entry_set_effort: effort %d is not 0 to 10 or -1",
                      (int)effort);
  e->effort = effort;
  return BRF_OK;
}

/* ---- ids (docs/conventions.md, "Names") ---- */

static const char *const moment_ids[] = {"before", "after", "next_morning"};

BRF__ID_FUNCTIONS(journal_moment, moment_ids, 3)

BRF__ID_FUNCTIONS(journal_step_status, brf__journal_status_names, BRF_JOURNAL_STEP_STATUS_COUNT)
