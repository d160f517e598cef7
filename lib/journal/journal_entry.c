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
