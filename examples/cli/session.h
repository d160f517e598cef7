/* The live session in a terminal (session_live.c). */
#ifndef BACKRELIEF_CLI_SESSION_H
#define BACKRELIEF_CLI_SESSION_H

#include "cli.h"

/* Whether a live session is possible: standard input and output are
 * terminals. */
int cli_session_can_be_live(void);

/* Play @p tl live: the current exercise and cue, a large countdown, a
 * progress bar for the step and one for the session, what comes next.
 * Keys: space pause/resume, n next, b back, q quit. @p speed multiplies the
 * clock. Prints the completion record at the end and saves it as
 * DATA/last-session.json. Returns an exit status. */
int cli_session_live(cli *c, brf_timeline *tl, double speed, const char *routine, int log);

/* Write the completion record of @p p as JSON to @p f. */
void cli_session_record_json(FILE *f, brf_player *p);

#endif /* BACKRELIEF_CLI_SESSION_H */
