/* Getters of journal entries: NULL and out-of-range give neutral values. */
#include "internal/journal.h"

/* Defines brf_journal_entry_<name>(j, index): the entry's field, or fallback. */
#define ENTRY_GETTER(type, name, field, fallback)                   \
  type brf_journal_entry_##name(const brf_journal *j, size_t index) { \
    const brf__jentry *e = brf__journal_entry(j, index);              \
    return e ? e->field : (fallback);                                 \
  }

/* Defines brf_journal_entry_step_<name>(j, index, k): a field of the
 * entry's step k, or fallback. */
#define ENTRY_STEP_GETTER(type, name, fallback)                                     \
  type brf_journal_entry_step_##name(const brf_journal *j, size_t index, size_t k) { \
    const brf__jentry *e = brf__journal_entry(j, index);                            \
    return (e && k < e->step_count) ? e->steps[k].name : (fallback);               \
  }

ENTRY_GETTER(int32_t, day, day, BRF_JOURNAL_UNSET)
ENTRY_GETTER(int32_t, minutes, minutes, BRF_JOURNAL_UNSET)
ENTRY_GETTER(const char *, routine, routine, NULL)
ENTRY_GETTER(const char *, session, session, NULL)
ENTRY_GETTER(const char *, note, note, NULL)
ENTRY_GETTER(int32_t, effort, effort, BRF_JOURNAL_UNSET)
ENTRY_GETTER(size_t, step_count, step_count, 0)
ENTRY_STEP_GETTER(const char *, exercise, NULL)
ENTRY_STEP_GETTER(int32_t, status, -1)

int32_t brf_journal_entry_count_of(const brf_journal *j, size_t index, int32_t status) {
  const brf__jentry *e = brf__journal_entry(j, index);
  if (!e || status < 0 || status >= BRF_JOURNAL_STEP_STATUS_COUNT)
    return -1;
  return e->counts[status];
}

/* A pain or tightness rating of the entry, or BRF_JOURNAL_UNSET. */
static int32_t rating(const brf_journal *j, size_t index, int32_t when, int tightness) {
  const brf__jentry *e = brf__journal_entry(j, index);
  if (!e || when < BRF_JOURNAL_BEFORE || when > BRF_JOURNAL_NEXT_MORNING)
    return BRF_JOURNAL_UNSET;
  return (tightness ? e->tightness : e->pain)[when];
}

int32_t brf_journal_entry_pain(const brf_journal *j, size_t index, int32_t when) {
  return rating(j, index, when, 0);
}

int32_t brf_journal_entry_tightness(const brf_journal *j, size_t index, int32_t when) {
  return rating(j, index, when, 1);
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

/* Defines brf_journal_entry_<field>_get(j, index, out). */
#define ENTRY_FIELD_GET(field)                                                   \
  brf_status brf_journal_entry_##field##_get(const brf_journal *j, size_t index, \
                                             int32_t *out) {                     \
    const brf__jentry *e = NULL;                                                 \
    brf_status st = entry_get(j, index, out, &e);                                \
    if (st == BRF_OK)                                                            \
      *out = e->field;                                                           \
    return st;                                                                   \
  }

ENTRY_FIELD_GET(day)
ENTRY_FIELD_GET(minutes)
ENTRY_FIELD_GET(effort)

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
