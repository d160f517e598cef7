/* log --amend [DATE]: add ratings (or a note) to an entry already in the
 * journal: the last entry of DATE (default today), of --routine when given.
 * `run` logs a session even when the ratings were skipped; this is how they
 * get there afterwards, without a second entry. The journal file is
 * rewritten atomically, as by log --morning. */
#include "journal_store.h"
#include "store.h"
#include "routine_ref.h"
#include "session_log.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int32_t rating_of(const brf_journal *j, size_t i, int k) {
  switch (k) {
  case CLI_PAIN_BEFORE: return brf_journal_entry_pain(j, i, BRF_JOURNAL_BEFORE);
  case CLI_PAIN_AFTER: return brf_journal_entry_pain(j, i, BRF_JOURNAL_AFTER);
  case CLI_TIGHTNESS_BEFORE: return brf_journal_entry_tightness(j, i, BRF_JOURNAL_BEFORE);
  default: return brf_journal_entry_tightness(j, i, BRF_JOURNAL_AFTER);
  }
}

static brf_status set_rating(brf_journal *j, size_t i, int k, int v) {
  switch (k) {
  case CLI_PAIN_BEFORE: return brf_journal_entry_set_pain(j, i, BRF_JOURNAL_BEFORE, v);
  case CLI_PAIN_AFTER: return brf_journal_entry_set_pain(j, i, BRF_JOURNAL_AFTER, v);
  case CLI_TIGHTNESS_BEFORE: return brf_journal_entry_set_tightness(j, i, BRF_JOURNAL_BEFORE, v);
  default: return brf_journal_entry_set_tightness(j, i, BRF_JOURNAL_AFTER, v);
  }
}

int cli_log_amend(cli *c, const char *date, const char *routine, const int given[CLI_RATINGS],
                  const char *note) {
  char path[4200], d[16] = "", name[256] = "";
  int32_t day = 0, minutes = 0;
  int ratings[CLI_RATINGS];
  memcpy(ratings, given, sizeof ratings);
  int interactive = isatty(STDIN_FILENO), any = note != NULL;
  for (int k = 0; k < CLI_RATINGS; k++) any |= ratings[k] >= 0;
  if (!any && !interactive)
    return cli_usage_error(c, "log --amend needs a rating (--pain-before N ...) or --note TEXT");
  int rc = cli_log_entry_day(c, date, &day, &minutes);
  if (rc == 0 && routine) {
    brf_routine *r = NULL;
    rc = cli_routine_load(c, routine, &r, NULL, 0);
    if (rc == 0) snprintf(name, sizeof name, "%s", brf_routine_name(r));
    brf_routine_free(r);
  }
  brf_journal *j = NULL;
  if (rc == 0) rc = cli_journal_path(c, path, sizeof path, 0);
  if (rc == 0) rc = cli_journal_open(c, path, 1, &j);
  if (rc) return rc;
  size_t n = brf_journal_count(j), at = n;
  for (size_t i = 0; i < n; i++) {
    if (brf_journal_entry_day(j, i) != day) continue;
    if (name[0] && strcmp(brf_journal_entry_routine(j, i), name) != 0) continue;
    if (at == n || brf_journal_entry_minutes(j, i) >= brf_journal_entry_minutes(j, at)) at = i;
  }
  brf_date_format(day, d, sizeof d, NULL);
  if (at == n) {
    cli_error("no session%s%s on %s in %s to amend (log records a new one)", name[0] ? " of " : "",
              name, d, path);
    brf_journal_free(j);
    return CLI_EXIT_FAIL;
  }
  const char *what = brf_journal_entry_routine(j, at);
  if (interactive) {
    printf("Amending %s on %s.\n", what[0] ? what : "the session", d);
    for (int k = 0; k < CLI_RATINGS; k++)
      if (ratings[k] < 0 && rating_of(j, at, k) < 0 &&
          cli_ask_rating(cli_rating_question[k], &ratings[k]) < 0)
        break;
  }
  brf_status s = BRF_OK;
  int changed = 0;
  for (int k = 0; k < CLI_RATINGS && s == BRF_OK; k++)
    if (ratings[k] >= 0) {
      s = set_rating(j, at, k, ratings[k]);
      changed++;
    }
  if (s == BRF_OK && note) {
    s = brf_journal_entry_set_note(j, at, note);
    changed++;
  }
  char *text = NULL;
  size_t len = 0;
  if (s == BRF_OK && changed) s = brf_journal_to_jsonl(c->ctx, j, &text, &len);
  if (s != BRF_OK) rc = cli_fail(c, s, NULL);
  if (rc == 0 && changed) rc = cli_write_data_file(c, path, text, len, CLI_MODE_PRIVATE);
  if (rc == 0)
    printf(changed ? "Amended %s on %s in %s\n" : "Nothing to change in %s on %s (%s)\n",
           what[0] ? what : "the session", d, path);
  brf_free(c->ctx, text);
  brf_journal_free(j);
  return rc;
}
