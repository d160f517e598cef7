/* Which routine an entry belongs to: the routine's stable id when the entry
 * recorded it (brf_routine_id(), docs/formats.md "Journal"), else its name,
 * so that renaming a routine keeps its history and two routines of the same
 * name stay apart. */
#include <string.h>

#include "backrelief/routine.h"
#include "util/core.h"
#include "internal/journal.h"

brf_status brf_journal_entry_set_routine_id(brf_journal *j, size_t index, const char *id) {
  BRF__ENTER_OBJ(j);
  if (!j)
    return brf__error(NULL, BRF_E_INVALID, "brf_journal_entry_set_routine_id: NULL journal");
  if (index >= j->count)
    return brf__error(j->ctx, BRF_E_RANGE,
                      "brf_journal_entry_set_routine_id: entry %zu out of range (%zu entries)",
                      index, j->count);
  if (id && id[0] && !brf__id_valid(id, strlen(id)))
    return brf__error(j->ctx, BRF_E_INVALID,
                      "journal entry %zu: routine id '%.80s' is not 1 to %d letters, digits, "
                      "'-', '_' or '.'",
                      index, id, BRF__ID_MAX);
  char *copy = brf__strdup(j->ctx, id ? id : "");
  if (!copy)
    return BRF_E_NOMEM;
  if (brf__jentry_own(j->ctx, &j->entries[index]) != BRF_OK) {
    brf__free(j->ctx, copy);
    return BRF_E_NOMEM;
  }
  brf__free(j->ctx, j->entries[index].routine_id);
  j->entries[index].routine_id = copy;
  return BRF_OK;
}

const char *brf_journal_entry_routine_id(const brf_journal *j, size_t index) {
  const brf__jentry *e = brf__journal_entry(j, index);
  return e ? e->routine_id : NULL;
}

int brf__jentry_is_for(const brf__jentry *e, const brf_routine *r) {
  const char *id = brf_routine_id(r);
  if (id[0] && e->routine_id[0])
    return strcmp(id, e->routine_id) == 0;
  return strcmp(brf_routine_name(r), e->routine) == 0;
}

int32_t brf_journal_entry_is_for(const brf_journal *j, size_t index, const brf_routine *r) {
  const brf__jentry *e = brf__journal_entry(j, index);
  return e && r ? brf__jentry_is_for(e, r) : 0;
}
