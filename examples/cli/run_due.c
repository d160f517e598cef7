/* run ROUTINE [--date D | --all]: only the steps the saved schedule has due
 * that day (brf_schedule_routine_for_day), when DATA/schedule.json holds the
 * routine (an item with its name); every step otherwise or with --all. */
#include "run_due.h"
#include "session_log.h"
#include "store.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int cli_same_routine(const brf_routine *a, const brf_routine *b) {
  const char *ia = brf_routine_id(a), *ib = brf_routine_id(b);
  if (ia[0] && ib[0]) return strcmp(ia, ib) == 0;
  return strcmp(brf_routine_name(a), brf_routine_name(b)) == 0;
}

/* The steps of *r due on @p day in the saved schedule; with @p quiet, a
 * day with nothing due (or outside the schedule) leaves *r whole. */
static int due_on(cli *c, const brf_catalog *cat, int32_t day, int quiet, brf_routine **r) {
  char date[16];
  brf_schedule *s = NULL;
  int rc = cli_saved_schedule(c, cat, &s);
  size_t item = SIZE_MAX;
  for (size_t i = 0; rc == 0 && i < brf_schedule_item_count(s) && item == SIZE_MAX; i++)
    if (cli_same_routine(brf_schedule_item_routine(s, i), *r)) item = i;
  if (rc == 0 && item != SIZE_MAX) {
    brf_routine *due = NULL;
    brf_status st = brf_schedule_routine_for_day(c->ctx, s, item, day, &due);
    brf_date_format(day, date, sizeof date, NULL);
    if (st == BRF_OK) {
      brf_routine_free(*r);
      *r = due;
    } else if (quiet && (st == BRF_E_NOT_FOUND || st == BRF_E_RANGE)) {
      brf_context_clear_error(c->ctx); /* logged as it is */
    } else if (st == BRF_E_NOT_FOUND) {
      /* a day with nothing due says so; not an error */
      printf("Nothing of %s is due on %s (run --all plays every step).\n", brf_routine_name(*r),
             date);
      brf_context_clear_error(c->ctx);
      rc = CLI_RUN_NOTHING_DUE;
    } else {
      rc = cli_fail(c, st, "--date");
    }
  }
  brf_schedule_free(s);
  return rc;
}

int cli_run_due(cli *c, const brf_catalog *cat, const char *date_text, brf_routine **r) {
  int32_t day = 0, minutes = 0;
  if (date_text) {
    if (brf_date_parse(c->ctx, date_text, strlen(date_text), &day) != BRF_OK)
      return cli_usage_error(c, "--date: '%s' is not a date YYYY-MM-DD", date_text);
  } else if (cli_now(c, &day, &minutes) != 0) {
    return 0; /* no clock: every step */
  }
  return due_on(c, cat, day, 0, r);
}

int cli_log_due(cli *c, int32_t day, brf_routine **r) {
  brf_catalog *cat = NULL;
  int rc = cli_open_catalog(c, &cat);
  if (rc == 0) rc = due_on(c, cat, day, 1, r);
  brf_catalog_free(cat);
  return rc;
}
