/* Filling a journal entry from the player's completion record. */
#include <string.h>

#include "util/core.h"
#include "internal/journal.h"

static int32_t journal_status(int32_t record) {
  switch (record) {
  case BRF_RECORD_DONE: return BRF_JOURNAL_STEP_DONE;
  case BRF_RECORD_CUT_SHORT:
  case BRF_RECORD_IN_PROGRESS: return BRF_JOURNAL_STEP_CUT_SHORT;
  default: return BRF_JOURNAL_STEP_SKIPPED; /* skipped, or never reached */
  }
}

brf_status brf_journal_entry_set_from_player(brf_journal *j, size_t index,
                                             const brf_player *player) {
  BRF__ENTER_OBJ(j);
  if (!j || !player)
    return brf__error(j ? j->ctx : NULL, BRF_E_INVALID,
                      "brf_journal_entry_set_from_player: NULL argument");
  if (index >= j->count)
    return brf__error(j->ctx, BRF_E_RANGE,
                      "brf_journal_entry_set_from_player: entry %zu out of range", index);
  const brf_timeline *tl = brf_player_timeline(player);
  size_t n = brf_player_record_count(player);
  if (n > BRF__JOURNAL_MAX_COUNT)
    return brf__error(j->ctx, BRF_E_RANGE, "journal entry %zu: more than %d steps", index,
                      BRF__JOURNAL_MAX_COUNT);
  /* Build the new steps aside, so that a failure leaves the entry as it was. */
  brf__jentry fresh;
  memset(&fresh, 0, sizeof fresh);
  for (size_t k = 0; k < n; k++) {
    int32_t record = BRF_RECORD_NOT_REACHED;
    const char *id = brf_timeline_step_id(tl, k);
    (void)brf_player_record_at(player, k, &record, NULL, NULL);
    if (!id)
      id = "unknown-exercise"; /* not expected: timelines name every step */
    int32_t status = journal_status(record);
    if (brf__jentry_push_step(j->ctx, &fresh, id, strlen(id), status) != BRF_OK) {
      brf__jentry_clear(j->ctx, &fresh);
      return BRF_E_NOMEM;
    }
    fresh.counts[status]++;
  }
  brf__jentry *e = &j->entries[index];
  if (brf__jentry_own(j->ctx, e) != BRF_OK) {
    brf__jentry_clear(j->ctx, &fresh);
    return BRF_E_NOMEM;
  }
  for (size_t k = 0; k < e->step_count; k++)
    brf__free(j->ctx, e->steps[k].exercise);
  brf__free(j->ctx, e->steps);
  e->steps = fresh.steps;
  e->step_count = fresh.step_count;
  e->step_cap = fresh.step_cap;
  memcpy(e->counts, fresh.counts, sizeof e->counts);
  return BRF_OK;
}
