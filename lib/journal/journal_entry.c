/* Getters of journal entries: NULL and out-of-range give neutral values. */
#include "internal/journal.h"

int32_t brf_journal_entry_day(const brf_journal *j, size_t index) {
  const brf__jentry *e = brf__journal_entry(j, index);
  return e ? e->day : BRF_JOURNAL_UNSET;
}

int32_t brf_journal_entry_minutes(const brf_journal *j, size_t index) {
  const brf__jentry *e = brf__journal_entry(j, index);
  return e ? e->minutes : BRF_JOURNAL_UNSET;
}

const char *brf_journal_entry_routine(const brf_journal *j, size_t index) {
  const brf__jentry *e = brf__journal_entry(j, index);
  return e ? e->routine : NULL;
}

const char *brf_journal_entry_session(const brf_journal *j, size_t index) {
  const brf__jentry *e = brf__journal_entry(j, index);
  return e ? e->session : NULL;
}

const char *brf_journal_entry_note(const brf_journal *j, size_t index) {
  const brf__jentry *e = brf__journal_entry(j, index);
  return e ? e->note : NULL;
}

int32_t brf_journal_entry_count_of(const brf_journal *j, size_t index, int32_t status) {
  const brf__jentry *e = brf__journal_entry(j, index);
  if (!e || status < 0 || status >= BRF_JOURNAL_STEP_STATUS_COUNT)
    return -1;
  return e->counts[status];
}

size_t brf_journal_entry_step_count(const brf_journal *j, size_t index) {
  const brf__jentry *e = brf__journal_entry(j, index);
  return e ? e->step_count : 0;
}

const char *brf_journal_entry_step_exercise(const brf_journal *j, size_t index, size_t k) {
  const brf__jentry *e = brf__journal_entry(j, index);
  return (e && k < e->step_count) ? e->steps[k].exercise : NULL;
}

int32_t brf_journal_entry_step_status(const brf_journal *j, size_t index, size_t k) {
  const brf__jentry *e = brf__journal_entry(j, index);
  return (e && k < e->step_count) ? e->steps[k].status : -1;
}

int32_t brf_journal_entry_pain(const brf_journal *j, size_t index, int32_t when) {
  const brf__jentry *e = brf__journal_entry(j, index);
  if (!e || when < BRF_JOURNAL_BEFORE || when > BRF_JOURNAL_NEXT_MORNING)
    return BRF_JOURNAL_UNSET;
  return e->pain[when];
}

int32_t brf_journal_entry_tightness(const brf_journal *j, size_t index, int32_t when) {
  const brf__jentry *e = brf__journal_entry(j, index);
  if (!e || when < BRF_JOURNAL_BEFORE || when > BRF_JOURNAL_NEXT_MORNING)
    return BRF_JOURNAL_UNSET;
  return e->tightness[when];
}

int32_t brf_journal_entry_effort(const brf_journal *j, size_t index) {
  const brf__jentry *e = brf__journal_entry(j, index);
  return e ? e->effort : BRF_JOURNAL_UNSET;
}

int32_t brf_journal_torn_tail(const brf_journal *j, size_t *out_offset) {
  if (!j || !j->torn)
    return 0;
  if (out_offset)
    *out_offset = j->torn_offset;
  return 1;
}

int32_t brf_journal_tail_unterminated(const brf_journal *j) {
  return j ? j->unterminated : 0;
}

/* ---- the status-returning forms (docs/conventions.md, "Sentinels") ----
 * BRF_JOURNAL_UNSET is both the old getters' failure value and a value
 * (1969-12-31, "not recorded"): these say which by their status. They
 * write *out only on BRF_OK and record nothing in a context. */

static brf_status entry_get(const brf_journal *j, size_t index, const void *out,
                            const brf__jentry **e) {
  if (!j || !out)
    return BRF_E_INVALID;
  *e = brf__journal_entry(j, index);
  return *e ? BRF_OK : BRF_E_RANGE;
}

brf_status brf_journal_entry_day_get(const brf_journal *j, size_t index, int32_t *out) {
  const brf__jentry *e = NULL;
  brf_status st = entry_get(j, index, out, &e);
  if (st == BRF_OK)
    *out = e->day;
  return st;
}

brf_status brf_journal_entry_minutes_get(const brf_journal *j, size_t index, int32_t *out) {
  const brf__jentry *e = NULL;
  brf_status st = entry_get(j, index, out, &e);
  if (st == BRF_OK)
    *out = e->minutes;
  return st;
}

static brf_status rating_get(const brf_journal *j, size_t index, int32_t when, int32_t *out,
                             int tightness) {
  const brf__jentry *e = NULL;
  brf_status st = entry_get(j, index, out, &e);
  if (st != BRF_OK)
    return st;
  if (when < BRF_JOURNAL_BEFORE || when > BRF_JOURNAL_NEXT_MORNING)
    return BRF_E_INVALID; /* as brf_journal_entry_set_pain answers */
  *out = (tightness ? e->tightness : e->pain)[when];
  return BRF_OK;
}

brf_status brf_journal_entry_pain_get(const brf_journal *j, size_t index, int32_t when,
                                      int32_t *out) {
  return rating_get(j, index, when, out, 0);
}

brf_status brf_journal_entry_tightness_get(const brf_journal *j, size_t index, int32_t when,
                                           int32_t *out) {
  return rating_get(j, index, when, out, 1);
}

brf_status brf_journal_entry_effort_get(const brf_journal *j, size_t index, int32_t *out) {
  const brf__jentry *e = NULL;
  brf_status st = entry_get(j, index, out, &e);
  if (st == BRF_OK)
    *out = e->effort;
  return st;
}
