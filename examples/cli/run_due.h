/* run's day: the routine of the steps due on a day in the saved schedule. */
#ifndef CLI_RUN_DUE_H
#define CLI_RUN_DUE_H

#include "cli.h"

/* Returned by cli_run_due when nothing is due that day (the caller exits 0). */
#define CLI_RUN_NOTHING_DUE (-1)

/* Replace *r with its steps due on date_text (NULL: today) when
 * DATA/schedule.json schedules a routine of the same name: 0, or an exit
 * status (65 for a date outside the schedule, naming it), or
 * CLI_RUN_NOTHING_DUE after saying so. Without a saved schedule for it, *r
 * stays whole. */
int cli_run_due(cli *c, const brf_catalog *cat, const char *date_text, brf_routine **r);

#endif
