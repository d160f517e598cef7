/* Printing routines for people (routine_print.c). */
#ifndef BACKRELIEF_CLI_ROUTINE_PRINT_H
#define BACKRELIEF_CLI_ROUTINE_PRINT_H

#include "cli.h"

/* Each step with its dose, phase, time and reason, then the total time,
 * under the routine's name (or @p title when it has none). Returns 0 or an
 * exit status. */
int cli_print_routine(cli *c, const brf_routine *r, const char *title, FILE *f);
/* The week's rhythm: one line per frequency with its steps ("daily: Glute
 * stretch, Psoas stretch"); a step without one goes with the most frequent. */
void cli_print_rhythm(cli *c, const brf_routine *r, FILE *f);

#endif /* BACKRELIEF_CLI_ROUTINE_PRINT_H */
