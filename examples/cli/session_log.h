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

/* The optional ratings of a session beside the four: the worst pain during
 * it (--pain-during N) and per-exercise ratings (--rate ID=N for the pain
 * during that exercise, 0-10; --difficulty ID=N, 1-5); -1 when not given. */
#define CLI_MAX_EXERCISE_RATINGS 64
typedef struct cli_exercise_rating {
  char id[128];
  int pain, difficulty;
} cli_exercise_rating;
typedef struct cli_session_extra {
  int pain_during;
  size_t count;
  cli_exercise_rating items[CLI_MAX_EXERCISE_RATINGS];
} cli_session_extra;
void cli_session_extra_init(cli_session_extra *x);
/* --rate (difficulty 0) or --difficulty (1) ID=N into @p x. 0, or a usage
 * error's exit status. */
int cli_parse_exercise_rating(cli *c, cli_session_extra *x, const char *arg, int difficulty);
/* Every exercise rated in @p x is a step of @p r: 0, or a usage error naming it. */
int cli_check_exercise_ratings(cli *c, const cli_session_extra *x, const brf_routine *r);
/* Record @p x in entry @p at of @p j. */
brf_status cli_record_extra(brf_journal *j, size_t at, const cli_session_extra *x);

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
                   const int ratings[CLI_RATINGS], const cli_session_extra *extra);

/* log: the day of --date, or today with the time of day in *minutes
 * (cmd_log.c). 0 or an exit status after the error. */
int cli_log_entry_day(cli *c, const char *date, int32_t *day, int32_t *minutes);
/* log --amend (log_amend.c): the ratings in @p given (-1 not given; on a
 * terminal the missing ones are asked) and @p note go to the last entry of
 * @p date (NULL: today), of @p routine when not NULL. */
int cli_log_amend(cli *c, const char *date, const char *routine, const int given[CLI_RATINGS],
                  const char *note);

#endif /* BACKRELIEF_CLI_SESSION_LOG_H */
