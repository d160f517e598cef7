/* The live session in a terminal (session_live.c). */
#ifndef BACKRELIEF_CLI_SESSION_H
#define BACKRELIEF_CLI_SESSION_H

#include "cli.h"

/* Whether a live session is possible: standard input and output are
 * terminals. */
int cli_session_can_be_live(void);

/* How a live session ended. */
#define CLI_SESSION_ENDED 0       /* played to the end, or quit with q */
#define CLI_SESSION_INTERRUPTED 1 /* Ctrl-C, or SIGINT */
#define CLI_SESSION_TERMINATED 2  /* SIGTERM, SIGHUP, or the terminal went away */

/* Play @p tl live: the current exercise and cue, a large countdown, a
 * progress bar for the step and one for the session, what comes next.
 * Keys: space pause/resume, n next, b back, q quit, Ctrl-C interrupt,
 * Ctrl-Z suspend (the terminal restored until fg). @p speed multiplies the
 * clock. Prints the completion record at the end and saves it as
 * DATA/last-session.json. Returns 0 with the player in *out (the caller
 * logs it or not, then frees it) and how it ended in *ended, or an exit
 * status. */
int cli_session_live(cli *c, brf_timeline *tl, double speed, brf_player **out, int *ended);

/* Write the completion record of @p p as JSON to @p f. */
void cli_session_record_json(FILE *f, brf_player *p);

#endif /* BACKRELIEF_CLI_SESSION_H */
