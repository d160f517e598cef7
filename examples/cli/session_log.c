/* One journal entry per session. `run` asks the ratings before the session
 * and after it (or takes them from --pain-before N and the like) and logs
 * one entry with them and the completion of every step; `log` records a
 * session done without `run`, and `log --amend` adds ratings later. */
#include "session_log.h"

#include "journal_store.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cli_i18n.h"

const char *const cli_rating_option[CLI_RATINGS] = {"--pain-before", "--pain-after",
                                                    "--tightness-before", "--tightness-after"};
const char *const cli_rating_question[CLI_RATINGS] = {
    "Pain before the session (0 none .. 10 worst)", "Pain right after (0..10)",
    "Tightness before the session (0 none .. 10 worst)", "Tightness right after (0..10)"};

void cli_session_extra_init(cli_session_extra *x) {
  memset(x, 0, sizeof *x);
  x->pain_during = -1;
}

int cli_parse_exercise_rating(cli *c, cli_session_extra *x, const char *arg, int difficulty) {
  const char *opt = difficulty ? "--difficulty" : "--rate";
  const char *eq = strrchr(arg, '=');
  char *end = NULL;
  long v = eq ? strtol(eq + 1, &end, 10) : -1;
  long lo = difficulty ? 1 : 0, hi = difficulty ? BRF_JOURNAL_DIFFICULTY_MAX : 10;
  if (!eq || eq == arg || (size_t)(eq - arg) >= sizeof x->items[0].id || !end || end == eq + 1 ||
      *end || v < lo || v > hi)
    return cli_usage_error(c, "%s: '%s' is not EXERCISE_ID=N with N from %ld to %ld", opt, arg,
                           lo, hi);
  size_t k = 0;
  while (k < x->count && (strlen(x->items[k].id) != (size_t)(eq - arg) ||
                          strncmp(x->items[k].id, arg, (size_t)(eq - arg)) != 0))
    k++;
  if (k == x->count) {
    if (x->count == CLI_MAX_EXERCISE_RATINGS) return cli_usage_error(c, "too many %s", opt);
    x->count++;
    memcpy(x->items[k].id, arg, (size_t)(eq - arg));
    x->items[k].id[eq - arg] = '\0';
    x->items[k].pain = x->items[k].difficulty = -1;
  }
  if (difficulty) x->items[k].difficulty = (int)v;
  else x->items[k].pain = (int)v;
  return 0;
}

int cli_check_exercise_ratings(cli *c, const cli_session_extra *x, const brf_routine *r) {
  for (size_t k = 0; k < x->count; k++) {
    int found = 0;
    for (size_t i = 0; i < brf_routine_step_count(r) && !found; i++)
      found = strcmp(brf_routine_step_exercise_id(r, i), x->items[k].id) == 0;
    if (!found)
      return cli_usage_error(c, "--rate/--difficulty: '%s' is not an exercise of %s",
                             x->items[k].id, brf_routine_name(r));
  }
  return 0;
}

brf_status cli_record_extra(brf_journal *j, size_t at, const cli_session_extra *x) {
  brf_status s = BRF_OK;
  if (!x) return s;
  if (x->pain_during >= 0) s = brf_journal_entry_set_pain_during(j, at, x->pain_during);
  for (size_t k = 0; k < x->count && s == BRF_OK; k++)
    s = brf_journal_entry_rate_exercise(j, at, x->items[k].id, x->items[k].difficulty,
                                        x->items[k].pain);
  return s;
}

int cli_parse_rating(const char *text, int *out) {
  char *end;
  long v = strtol(text, &end, 10);
  while (*end == ' ' || *end == '\n' || *end == '\r') end++;
  if (end == text || *end || v < 0 || v > 10) return -1;
  *out = (int)v;
  return 0;
}

int cli_ask_rating(const char *question, int *out) {
  static const int texts[CLI_RATINGS] = {CLI_MSG_RATING_PAIN_BEFORE, CLI_MSG_RATING_PAIN_AFTER,
                                         CLI_MSG_RATING_TIGHTNESS_BEFORE,
                                         CLI_MSG_RATING_TIGHTNESS_AFTER};
  char line[64], prompt[512];
  for (int k = 0; k < CLI_RATINGS; k++) /* the questions in the person's language */
    if (question == cli_rating_question[k]) question = cli_msg(texts[k]);
  cli_expand(prompt, sizeof prompt, cli_msg(CLI_MSG_RATING_ASK), "question", question, (char *)NULL);
  for (;;) {
    fputs(prompt, stdout);
    fflush(stdout);
    if (!fgets(line, sizeof line, stdin)) {
      printf("\n");
      return -1;
    }
    if (line[strspn(line, " \r\n")] == '\0') return 1;
    if (cli_parse_rating(line, out) == 0) return 0;
    printf("%s\n", cli_msg(CLI_MSG_RATING_INVALID));
  }
}

int cli_ask_yes(const char *question, int dflt) {
  char line[32];
  printf("%s %s ", question, cli_msg(dflt ? CLI_MSG_ANSWER_DEFAULT_YES : CLI_MSG_ANSWER_DEFAULT_NO));
  fflush(stdout);
  if (!fgets(line, sizeof line, stdin)) {
    printf("\n");
    return dflt;
  }
  if (line[0] == 'n' || line[0] == 'N') return 0;
  if (cli_answer_is_yes(line)) return 1;
  return dflt;
}

int cli_now(cli *c, int32_t *day, int32_t *minutes) {
#ifdef BRF_CLI_TEST_HOOKS
  const char *fake = getenv("BRF_CLI_TEST_NOW");
  if (fake && strlen(fake) >= 16 && fake[10] == 'T') {
    if (brf_date_parse(c->ctx, fake, 10, day) != BRF_OK) return -1;
    *minutes = atoi(fake + 11) * 60 + atoi(fake + 14);
    return 0;
  }
#endif
  time_t now = time(NULL);
  struct tm tm;
  if (!localtime_r(&now, &tm)) return -1;
  if (brf_date_from_ymd(c->ctx, tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, day) != BRF_OK)
    return -1;
  *minutes = tm.tm_hour * 60 + tm.tm_min;
  return 0;
}

int cli_log_played(cli *c, const brf_player *p, const char *routine, const char *routine_id,
                   const int ratings[CLI_RATINGS], const cli_session_extra *extra) {
  char path[4200];
  brf_journal *j = NULL;
  size_t at = 0;
  int32_t day = 0, minutes = 0;
  if (cli_now(c, &day, &minutes) != 0) {
    cli_error("cannot read today's date; the session was not logged");
    return CLI_EXIT_SOFTWARE;
  }
  int rc = cli_journal_path(c, path, sizeof path, 1);
  if (rc == 0) rc = cli_journal_open(c, path, 1, &j);
  if (rc == 0) {
    brf_status s = brf_journal_add(j, day, minutes, routine, &at);
    if (s == BRF_OK) s = brf_journal_entry_set_routine_id(j, at, routine_id);
    if (s == BRF_OK) s = brf_journal_entry_set_from_player(j, at, p);
    if (s == BRF_OK) s = cli_record_extra(j, at, extra);
    if (s == BRF_OK && ratings[CLI_PAIN_BEFORE] >= 0)
      s = brf_journal_entry_set_pain(j, at, BRF_JOURNAL_BEFORE, ratings[CLI_PAIN_BEFORE]);
    if (s == BRF_OK && ratings[CLI_PAIN_AFTER] >= 0)
      s = brf_journal_entry_set_pain(j, at, BRF_JOURNAL_AFTER, ratings[CLI_PAIN_AFTER]);
    if (s == BRF_OK && ratings[CLI_TIGHTNESS_BEFORE] >= 0)
      s = brf_journal_entry_set_tightness(j, at, BRF_JOURNAL_BEFORE, ratings[CLI_TIGHTNESS_BEFORE]);
    if (s == BRF_OK && ratings[CLI_TIGHTNESS_AFTER] >= 0)
      s = brf_journal_entry_set_tightness(j, at, BRF_JOURNAL_AFTER, ratings[CLI_TIGHTNESS_AFTER]);
    if (s != BRF_OK) rc = cli_fail(c, s, NULL);
  }
  if (rc == 0) rc = cli_journal_append_entry(c, path, j, at);
  if (rc == 0) {
    const char *word = cli_journal_completed_word(j, at), *shown = word;
    if (strcmp(word, "all") == 0) shown = cli_msg(CLI_MSG_COMPLETED_ALL);
    else if (strcmp(word, "skipped") == 0) shown = cli_msg(CLI_MSG_COMPLETED_SKIPPED);
    else if (strcmp(word, "partial") == 0) shown = cli_msg(CLI_MSG_COMPLETED_PARTIAL);
    char line[4600];
    cli_expand(line, sizeof line, cli_msg(CLI_MSG_LOG_LOGGED), "completed", shown, "path", path,
               (char *)NULL);
    printf("%s\n", line);
    if (ratings[0] < 0 || ratings[1] < 0 || ratings[2] < 0 || ratings[3] < 0)
      printf("%s\n", cli_msg(CLI_MSG_LOG_AMEND_HINT));
  }
  brf_journal_free(j);
  return rc;
}
