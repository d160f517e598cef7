/* run's day: the routine of the steps due on a day in the saved schedule. */
#ifndef CLI_RUN_DUE_H
#define CLI_RUN_DUE_H

#include "cli.h"

/* Returned by cli_run_due when nothing is due that day (the caller exits 0). */
#define CLI_RUN_NOTHING_DUE (-1)

/* Replace *r with its steps due on date_text (NULL: today) when
 * DATA/schedule.json schedules the same routine (cli_same_routine): 0, or an exit
 * status (65 for a date outside the schedule, naming it), or
 * CLI_RUN_NOTHING_DUE after saying so. Without a saved schedule for it, *r
 * stays whole. */
/* Whether two routines are the same one: their stable ids when both have
 * one, else their names (as brf_journal_entry_is_for matches entries). */
int cli_same_routine(const brf_routine *a, const brf_routine *b);

int cli_run_due(cli *c, const brf_catalog *cat, const char *date_text, brf_routine **r);

/* log: replace *r with its steps due on @p day when the saved schedule holds
 * it and has steps due that day (the steps the session held); otherwise *r
 * stays whole, silently. 0 or an exit status. */
int cli_log_due(cli *c, int32_t day, brf_routine **r);

#endif
