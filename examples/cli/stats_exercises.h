/* stats: adherence per exercise of one routine (stats_exercises.c). */
#ifndef BACKRELIEF_CLI_STATS_EXERCISES_H
#define BACKRELIEF_CLI_STATS_EXERCISES_H

#include "cli.h"

typedef struct cli_exercise_adherence {
  char id[128], name[128];
  int64_t due, done;
  int32_t percent; /* BRF_JOURNAL_UNSET when nothing was due */
} cli_exercise_adherence;

typedef struct cli_stats_exercises {
  char routine[256];   /* "" when no routine is known */
  int have_schedule;   /* the saved schedule holds the routine */
  int32_t from, to;
  cli_exercise_adherence *items; /* free() */
  size_t count;
} cli_stats_exercises;

/* Adherence per exercise (brf_journal_adherence_exercise) of the routine
 * @p arg (a file or a saved name; NULL: the routine of the latest journal
 * entry, found by its routine id, else by name) from @p from to @p to, with
 * the due sessions of the saved schedule's item for that routine. 0 (with
 * out->routine "" when no routine is known, out->have_schedule 0 when the
 * schedule does not hold it), or an exit status after the error. */
int cli_stats_exercises_compute(cli *c, const brf_journal *j, const char *arg, int32_t from,
                                int32_t to, cli_stats_exercises *out);

#endif
