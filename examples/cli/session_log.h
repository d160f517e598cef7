/* One journal entry per session: the ratings asked around a session, and
 * the entry `run` logs (session_log.c). */
#ifndef BACKRELIEF_CLI_SESSION_LOG_H
#define BACKRELIEF_CLI_SESSION_LOG_H

#include "cli.h"

/* The four ratings of a session, in this order; -1 when not given. */
#define CLI_RATINGS 4
enum { CLI_PAIN_BEFORE, CLI_PAIN_AFTER, CLI_TIGHTNESS_BEFORE, CLI_TIGHTNESS_AFTER };
extern const char *const cli_rating_option[CLI_RATINGS]; /* "--pain-before", ... */
extern const char *const cli_rating_question[CLI_RATINGS];

/* A rating given on the command line: 0 to 10. 0, or -1 when it is not. */
int cli_parse_rating(const char *text, int *out);
/* Ask one rating on the terminal; Enter skips it. 0 answered, 1 skipped,
 * -1 at the end of input. */
int cli_ask_rating(const char *question, int *out);
/* Ask a yes/no question; the default when the answer is empty or input ends. */
int cli_ask_yes(const char *question, int dflt);

/* "Now" in local time: the day and the minutes since midnight. 0, or -1
 * when the clock or the calendar module fails. Test builds
 * (BRF_CLI_TEST_HOOKS) read BRF_CLI_TEST_NOW=YYYY-MM-DDTHH:MM instead. */
int cli_now(cli *c, int32_t *day, int32_t *minutes);

/* Append one entry for the session played by @p p, dated now, with the
 * routine's name and stable id ("" or NULL: none), the completion of every step and @p ratings (-1 left
 * out). Prints where it went. 0 or an exit status. */
int cli_log_played(cli *c, const brf_player *p, const char *routine, const char *routine_id,
                   const int ratings[CLI_RATINGS]);

/* log: the day of --date, or today with the time of day in *minutes
 * (cmd_log.c). 0 or an exit status after the error. */
int cli_log_entry_day(cli *c, const char *date, int32_t *day, int32_t *minutes);
/* log --amend (log_amend.c): the ratings in @p given (-1 not given; on a
 * terminal the missing ones are asked) and @p note go to the last entry of
 * @p date (NULL: today), of @p routine when not NULL. */
int cli_log_amend(cli *c, const char *date, const char *routine, const int given[CLI_RATINGS],
                  const char *note);

#endif /* BACKRELIEF_CLI_SESSION_LOG_H */
