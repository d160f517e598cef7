/* stats: adherence per exercise. A programme keeps each exercise at its own
 * rhythm (docs/schedules.md), so the saved schedule says in which sessions
 * each exercise of the routine is due; the journal's per-step statuses say
 * in which it was done (brf_journal_adherence_exercise, docs/formats.md,
 * "Journal"). The journal's entries are matched to the routine by its
 * stable id where both have one, else by name (brf_journal_entry_is_for). */
#include "stats_exercises.h"

#include "journal_store.h"
#include "routine_ref.h"
#include "run_due.h"
#include "store.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* The routine stats reports on: --routine, else that of the latest entry
 * (by its id, then its name); *r NULL when there is none. 0 or an exit status. */
static int stats_routine(cli *c, const brf_journal *j, const char *arg, brf_routine **r) {
  char saved[4400];
  *r = NULL;
  if (arg) return cli_routine_load(c, arg, r, NULL, 0);
  size_t at = cli_journal_latest_entry(j);
  if (at == brf_journal_count(j)) return 0;
  if (cli_routine_find_saved_id(c, brf_journal_entry_routine_id(j, at), saved, sizeof saved) != 0 &&
      cli_routine_find_saved(c, brf_journal_entry_routine(j, at), saved, sizeof saved) != 0)
    return 0; /* not a saved routine: no per-exercise table */
  return cli_routine_load(c, saved, r, NULL, 0);
}


/* The days exercise @p id is due in item @p item: one per session. */
static int due_days(const brf_schedule *s, size_t item, const char *id, int32_t **days,
                    size_t *n) {
  size_t count = brf_schedule_session_count(s);
  *n = 0;
  *days = malloc((count ? count : 1) * sizeof **days);
  if (!*days) return -1;
  for (size_t i = 0; i < count; i++) {
    if (brf_schedule_session_item(s, i) != item) continue;
    for (size_t k = 0; k < brf_schedule_session_step_count(s, i); k++) {
      if (strcmp(brf_schedule_session_exercise_id(s, i, k), id) != 0) continue;
      (*days)[(*n)++] = brf_schedule_session_date(s, i);
      break;
    }
  }
  return 0;
}

static int fill(cli *c, const brf_journal *j, const brf_routine *r, const brf_schedule *s,
                size_t item, cli_stats_exercises *out) {
  const brf_routine *sr = brf_schedule_item_routine(s, item);
  size_t n = brf_routine_step_count(sr);
  out->items = calloc(n ? n : 1, sizeof *out->items);
  if (!out->items) return cli_fail(c, BRF_E_NOMEM, NULL);
  for (size_t k = 0; k < n; k++) {
    const char *id = brf_routine_step_exercise_id(sr, k);
    int seen = 0;
    for (size_t m = 0; m < out->count && !seen; m++) seen = strcmp(out->items[m].id, id) == 0;
    if (seen) continue;
    cli_exercise_adherence *e = &out->items[out->count++];
    snprintf(e->id, sizeof e->id, "%s", id);
    snprintf(e->name, sizeof e->name, "%s", brf_routine_step_name(sr, k));
    int32_t *days = NULL;
    size_t nd = 0;
    if (due_days(s, item, id, &days, &nd) != 0) return cli_fail(c, BRF_E_NOMEM, NULL);
    brf_status st = brf_journal_adherence_exercise(j, r, id, days, nd, out->from, out->to,
                                                   &e->due, &e->done, &e->percent);
    free(days);
    if (st != BRF_OK) return cli_fail(c, st, NULL);
  }
  return 0;
}

int cli_stats_exercises_compute(cli *c, const brf_journal *j, const char *arg, int32_t from,
                                int32_t to, cli_stats_exercises *out) {
  memset(out, 0, sizeof *out);
  out->from = from;
  out->to = to;
  brf_routine *r = NULL;
  brf_catalog *cat = NULL;
  brf_schedule *s = NULL;
  int rc = stats_routine(c, j, arg, &r);
  if (rc == 0 && r) {
    snprintf(out->routine, sizeof out->routine, "%s", brf_routine_name(r));
    rc = cli_open_catalog(c, &cat);
    if (rc == 0) rc = cli_saved_schedule(c, cat, &s);
    size_t item = SIZE_MAX;
    for (size_t i = 0; rc == 0 && s && i < brf_schedule_item_count(s) && item == SIZE_MAX; i++)
      if (cli_same_routine(brf_schedule_item_routine(s, i), r)) item = i;
    if (rc == 0 && item != SIZE_MAX) {
      out->have_schedule = 1;
      rc = fill(c, j, r, s, item, out);
    }
  }
  brf_schedule_free(s);
  brf_catalog_free(cat);
  brf_routine_free(r);
  return rc;
}
