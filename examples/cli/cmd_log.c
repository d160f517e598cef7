/* log: record a session in the journal (DATA/journal.jsonl), or list it. */
#include "journal_store.h"
#include "store.h"
#include "routine_ref.h"
#include "run_due.h"
#include "session_log.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#define SCALES CLI_RATINGS
#define scale_option cli_rating_option
#define parse_scale cli_parse_rating

static int ask_scale(const char *question, int *out) {
  char line[64];
  for (;;) {
    printf("%s: ", question);
    fflush(stdout);
    if (!fgets(line, sizeof line, stdin)) return -1;
    if (parse_scale(line, out) == 0) return 0;
    printf("Please give a whole number from 0 to 10.\n");
  }
}

/* The day of --date, or today (with the time of day in *minutes). 0 or an
 * exit status after the error. */
int cli_log_entry_day(cli *c, const char *date, int32_t *day, int32_t *minutes) {
  if (date) {
    brf_status s = brf_date_parse(c->ctx, date, strlen(date), day);
    return s == BRF_OK ? 0 : cli_bad_value(c, s, "--date", date);
  }
  if (cli_now(c, day, minutes) == 0) return 0;
  if (brf_context_errcode(c->ctx) == BRF_E_UNSUPPORTED)
    return cli_unsupported(c, "the calendar module", "BRF_WITH_CALENDAR");
  cli_error("cannot read today's date; pass --date YYYY-MM-DD");
  return CLI_EXIT_USAGE;
}

/* ---- log --list ---- */

static void print_entry(cli *c, const brf_journal *j, size_t i) {
  char day[16] = "", num[8];
  (void)c;
  brf_date_format(brf_journal_entry_day(j, i), day, sizeof day, NULL);
  cli_print_padded(stdout, day, 12);
  cli_print_padded(stdout, brf_journal_entry_routine(j, i), 22);
  cli_print_padded(stdout, cli_journal_completed_word(j, i), 10);
  int32_t v[6] = {brf_journal_entry_pain(j, i, BRF_JOURNAL_BEFORE),
                  brf_journal_entry_pain(j, i, BRF_JOURNAL_AFTER),
                  brf_journal_entry_pain(j, i, BRF_JOURNAL_NEXT_MORNING),
                  brf_journal_entry_tightness(j, i, BRF_JOURNAL_BEFORE),
                  brf_journal_entry_tightness(j, i, BRF_JOURNAL_AFTER),
                  brf_journal_entry_tightness(j, i, BRF_JOURNAL_NEXT_MORNING)};
  for (int k = 0; k < 6; k++) {
    if (v[k] == BRF_JOURNAL_UNSET) snprintf(num, sizeof num, "-");
    else snprintf(num, sizeof num, "%d", (int)v[k]);
    cli_print_padded(stdout, num, 5);
  }
  cli_put_safe(stdout, brf_journal_entry_note(j, i));
  putchar('\n');
}

static int list_journal(cli *c) {
  char path[4200];
  brf_journal *j = NULL;
  int rc = cli_journal_path(c, path, sizeof path, 0);
  if (rc == 0) rc = cli_journal_open(c, path, 0, &j);
  if (rc) return rc;
  size_t n = brf_journal_count(j);
  if (c->json) printf("[");
  else printf("%sDATE        ROUTINE               DONE      PAIN           TIGHT          NOTE%s\n"
              "%s                                            bef  aft  mor  bef  aft  mor%s\n",
              cli_bold(c), cli_reset(c), cli_dim(c), cli_reset(c));
  for (size_t i = 0; i < n && rc == 0; i++) {
    if (!c->json) {
      print_entry(c, j, i);
      continue;
    }
    char *line = NULL;
    size_t len = 0;
    brf_status s = brf_journal_entry_to_line(c->ctx, j, i, &line, &len);
    if (s != BRF_OK) {
      rc = cli_fail(c, s, NULL);
      break;
    }
    printf("%s\n  %.*s", i ? "," : "", (int)(len ? len - 1 : 0), line);
    brf_free(c->ctx, line);
  }
  if (c->json) printf("%s]\n", n ? "\n" : "");
  brf_journal_free(j);
  return rc;
}

/* ---- log (record) ---- */

/* The steps of the entry: from the routine file when there is one (every
 * step done, cut short or skipped), else the counts of one session. */
static brf_status set_steps(brf_journal *j, size_t at, const brf_routine *r, int32_t completed) {
  if (!r || brf_routine_step_count(r) == 0)
    return brf_journal_entry_set_counts(j, at, completed == BRF_JOURNAL_STEP_DONE,
                                        completed == BRF_JOURNAL_STEP_CUT_SHORT,
                                        completed == BRF_JOURNAL_STEP_SKIPPED);
  brf_status s = BRF_OK;
  for (size_t k = 0; k < brf_routine_step_count(r) && s == BRF_OK; k++)
    s = brf_journal_entry_add_step(j, at, brf_routine_step_exercise_id(r, k), completed);
  return s;
}

/* One log per session: a second entry for the same routine on the same day
 * is asked about on a terminal (run already logs its session); a script
 * logs on purpose, so without a terminal it is added with a note.
 * 0 to go on, -1 when the person said no, or an exit status. */
static int second_of_the_day(cli *c, const brf_journal *j, int32_t day, const char *name) {
  size_t n = brf_journal_count(j), first = n;
  for (size_t i = 0; i < n && first == n; i++)
    if (brf_journal_entry_day(j, i) == day && strcmp(brf_journal_entry_routine(j, i), name) == 0)
      first = i;
  if (first == n) return 0;
  char d[16] = "";
  brf_date_format(day, d, sizeof d, NULL);
  (void)c;
  if (!isatty(STDIN_FILENO)) {
    fprintf(stderr, "backrelief: note: %s is already logged on %s; adding a second entry "
                    "(backrelief log --amend changes an entry instead)\n", name, d);
    return 0;
  }
  printf("%s is already logged on %s (backrelief log --amend adds ratings to it).\n", name, d);
  return cli_ask_yes("Add a second session?", 0) ? 0 : -1;
}

static int record(cli *c, const char *routine, int32_t completed, const char *date,
                  const char *note, int scale[SCALES], const cli_session_extra *extra) {
  char path[4200];
  int32_t day = 0, minutes = BRF_JOURNAL_UNSET;
  int rc0 = cli_log_entry_day(c, date, &day, &minutes);
  if (rc0) return rc0;
  brf_routine *r = NULL;
  /* A file or a saved name; anything else is a typo, not a new routine. */
  int rc = cli_routine_load(c, routine, &r, NULL, 0);
  if (rc) return rc;
  if ((rc = cli_check_exercise_ratings(c, extra, r)) != 0) {
    brf_routine_free(r);
    return rc;
  }
  char id[80], name[256];
  snprintf(id, sizeof id, "%s", brf_routine_id(r));
  snprintf(name, sizeof name, "%s", brf_routine_name(r));
  /* The steps the session held: those due that day in the saved schedule. */
  if ((rc = cli_log_due(c, day, &r)) != 0) {
    brf_routine_free(r);
    return rc;
  }
  brf_journal *j = NULL;
  rc = cli_journal_path(c, path, sizeof path, 1);
  if (rc == 0) rc = cli_journal_open(c, path, 1, &j);
  if (rc == 0) rc = second_of_the_day(c, j, day, name);
  size_t at = 0;
  if (rc == 0) {
    brf_status s = brf_journal_add(j, day, minutes, name, &at);
    if (s == BRF_OK) s = brf_journal_entry_set_routine_id(j, at, id);
    if (s == BRF_OK) s = set_steps(j, at, r, completed);
    if (s == BRF_OK) s = brf_journal_entry_set_pain(j, at, BRF_JOURNAL_BEFORE, scale[0]);
    if (s == BRF_OK) s = brf_journal_entry_set_pain(j, at, BRF_JOURNAL_AFTER, scale[1]);
    if (s == BRF_OK) s = brf_journal_entry_set_tightness(j, at, BRF_JOURNAL_BEFORE, scale[2]);
    if (s == BRF_OK) s = brf_journal_entry_set_tightness(j, at, BRF_JOURNAL_AFTER, scale[3]);
    if (s == BRF_OK && note) s = brf_journal_entry_set_note(j, at, note);
    if (s == BRF_OK) s = cli_record_extra(j, at, extra);
    if (s != BRF_OK) rc = cli_fail(c, s, NULL);
  }
  int declined = rc == -1;
  if (declined) {
    printf("Not recorded.\n");
    rc = 0;
  } else if (rc == 0) {
    rc = cli_journal_append_entry(c, path, j, at);
  }
  if (rc == 0 && !declined) {
    char d[16] = "";
    brf_date_format(day, d, sizeof d, NULL);
    printf("Recorded %s in %s\n", d, path);
  }
  brf_journal_free(j);
  brf_routine_free(r);
  return rc;
}

/* ---- log --morning ---- */

/* The next-morning ratings of yesterday's session: the last entry dated the
 * day before @p date (default today) gets them, and the journal file is
 * rewritten atomically (the only change to an earlier line the format has). */
static int record_morning(cli *c, const char *date, int pain, int tightness) {
  char path[4200], d[16] = "";
  int32_t day = 0, minutes = 0;
  brf_journal *j = NULL;
  int rc = cli_log_entry_day(c, date, &day, &minutes);
  if (rc == 0) rc = cli_journal_path(c, path, sizeof path, 0);
  if (rc == 0) rc = cli_journal_open(c, path, 1, &j);
  if (rc) return rc;
  size_t n = brf_journal_count(j), at = n;
  for (size_t i = n; i-- > 0;) {
    if (brf_journal_entry_day(j, i) == day - 1) {
      at = i;
      break;
    }
  }
  brf_date_format(day - 1, d, sizeof d, NULL);
  if (at == n) {
    cli_error("no session on %s in %s: the morning ratings go with the day before "
              "(--date is the morning's date)", d, path);
    brf_journal_free(j);
    return CLI_EXIT_FAIL;
  }
  brf_status s = brf_journal_entry_set_next_morning(j, at, pain, tightness);
  if (s != BRF_OK) rc = cli_fail(c, s, NULL);
  if (rc == 0) rc = cli_journal_save(c, path, j); /* damaged lines kept where they are */
  if (rc == 0)
    printf("Recorded the morning after %s (%s) in %s\n", d, brf_journal_entry_routine(j, at),
           path);
  brf_journal_free(j);
  return rc;
}

/* --pain and --tightness of --morning; asked on a terminal when missing. */
static int morning(cli *c, const char *date, int pain, int tightness) {
  static const char *const question[2] = {"Pain this morning (0 none .. 10 worst)",
                                          "Tightness this morning (0 none .. 10 worst)"};
  static const char *const option[2] = {"--pain", "--tightness"};
  int v[2] = {pain, tightness};
  for (int k = 0; k < 2; k++) {
    if (v[k] >= 0) continue;
    if (!isatty(STDIN_FILENO)) return cli_usage_error(c, "log --morning needs %s N (0 to 10)", option[k]);
    if (ask_scale(question[k], &v[k]) != 0) return cli_usage_error(c, "no answer for %s", option[k]);
  }
  return record_morning(c, date, v[0], v[1]);
}

int cmd_log(cli *c, int argc, char **argv) {
  enum { OPT_ROUTINE = CLI_OPT_BASE + 1, OPT_COMPLETED, OPT_DATE, OPT_NOTE, OPT_LIST,
         OPT_MORNING, OPT_PAIN, OPT_TIGHTNESS, OPT_AMEND, OPT_PAIN_DURING, OPT_RATE,
         OPT_DIFFICULTY, OPT_SCALE /* + k */ };
  static const struct option opts[] = {
      {"routine", required_argument, NULL, OPT_ROUTINE},
      {"completed", required_argument, NULL, OPT_COMPLETED},
      {"date", required_argument, NULL, OPT_DATE},
      {"note", required_argument, NULL, OPT_NOTE},
      {"list", no_argument, NULL, OPT_LIST},
      {"morning", no_argument, NULL, OPT_MORNING},
      {"amend", no_argument, NULL, OPT_AMEND},
      {"pain", required_argument, NULL, OPT_PAIN},
      {"tightness", required_argument, NULL, OPT_TIGHTNESS},
      {"pain-before", required_argument, NULL, OPT_SCALE + 0},
      {"pain-after", required_argument, NULL, OPT_SCALE + 1},
      {"tightness-before", required_argument, NULL, OPT_SCALE + 2},
      {"tightness-after", required_argument, NULL, OPT_SCALE + 3},
      {"pain-during", required_argument, NULL, OPT_PAIN_DURING},
      {"rate", required_argument, NULL, OPT_RATE},
      {"difficulty", required_argument, NULL, OPT_DIFFICULTY},
      {NULL, 0, NULL, 0}};
  const char *routine = NULL, *date = NULL, *note = NULL;
  int32_t completed = BRF_JOURNAL_STEP_DONE;
  int scale[SCALES] = {-1, -1, -1, -1};
  int morning_pain = -1, morning_tightness = -1;
  int list = 0, is_morning = 0, amend = 0, opt, rc;
  cli_session_extra extra;
  cli_session_extra_init(&extra);
  while ((opt = cli_next_option(c, argc, argv, "", opts)) != -1) {
    switch (opt) {
    case CLI_OPT_EXIT: return c->exit_code;
    case OPT_ROUTINE: routine = optarg; break;
    case OPT_DATE: date = optarg; break;
    case OPT_NOTE: note = optarg; break;
    case OPT_LIST: list = 1; break;
    case OPT_MORNING: is_morning = 1; break;
    case OPT_AMEND: amend = 1; break;
    case OPT_PAIN_DURING:
      if (parse_scale(optarg, &extra.pain_during) != 0)
        return cli_usage_error(c, "--pain-during: '%s' is not a whole number from 0 to 10",
                               optarg);
      break;
    case OPT_RATE:
    case OPT_DIFFICULTY:
      if ((rc = cli_parse_exercise_rating(c, &extra, optarg, opt == OPT_DIFFICULTY)) != 0)
        return rc;
      break;
    case OPT_PAIN:
    case OPT_TIGHTNESS:
      if (parse_scale(optarg, opt == OPT_PAIN ? &morning_pain : &morning_tightness) != 0)
        return cli_usage_error(c, "%s: '%s' is not a whole number from 0 to 10",
                               opt == OPT_PAIN ? "--pain" : "--tightness", optarg);
      break;
    case OPT_COMPLETED:
      if (strcmp(optarg, "all") == 0) completed = BRF_JOURNAL_STEP_DONE;
      else if (strcmp(optarg, "partial") == 0) completed = BRF_JOURNAL_STEP_CUT_SHORT;
      else if (strcmp(optarg, "skipped") == 0) completed = BRF_JOURNAL_STEP_SKIPPED;
      else return cli_usage_error(c, "--completed: '%s' is not all, partial or skipped", optarg);
      break;
    default:
      if (opt >= OPT_SCALE && opt < OPT_SCALE + SCALES) {
        int k = opt - OPT_SCALE;
        if (parse_scale(optarg, &scale[k]) != 0)
          return cli_usage_error(c, "%s: '%s' is not a whole number from 0 to 10",
                                 scale_option[k], optarg);
        break;
      }
      return cli_usage_error(c, "unexpected option");
    }
  }
  if (amend && !date && optind < argc) date = argv[optind++]; /* log --amend DATE */
  if (optind < argc) return cli_usage_error(c, "unexpected argument '%s'", argv[optind]);
  if (list + is_morning + amend > 1)
    return cli_usage_error(c, "--list, --morning and --amend go alone");
  if ((list || is_morning || amend) && (extra.pain_during >= 0 || extra.count))
    return cli_usage_error(c, "--pain-during, --rate and --difficulty record a new session: "
                              "not with --list, --morning or --amend");
  if (list) return list_journal(c);
  if (amend) {
    if (morning_pain >= 0 || morning_tightness >= 0)
      return cli_usage_error(c, "--pain and --tightness go with --morning");
    return cli_log_amend(c, date, routine, scale, note);
  }
  if (c->json) return cli_usage_error(c, "--json goes with --list");
  if (is_morning) {
    if (routine || note)
      return cli_usage_error(c, "--morning records yesterday's session: no --routine or --note");
    for (int k = 0; k < SCALES; k++)
      if (scale[k] >= 0) return cli_usage_error(c, "--morning takes --pain and --tightness");
    return morning(c, date, morning_pain, morning_tightness);
  }
  if (morning_pain >= 0 || morning_tightness >= 0)
    return cli_usage_error(c, "--pain and --tightness go with --morning");

  int interactive = isatty(STDIN_FILENO);
  char routine_buf[256];
  if (!routine && interactive) {
    printf("Routine (a file or a name): ");
    fflush(stdout);
    if (fgets(routine_buf, sizeof routine_buf, stdin)) {
      routine_buf[strcspn(routine_buf, "\n")] = '\0';
      if (routine_buf[0]) routine = routine_buf;
    }
  }
  if (!routine) return cli_usage_error(c, "log needs --routine FILE");
  for (int k = 0; k < SCALES; k++) {
    if (scale[k] >= 0) continue;
    if (!interactive) return cli_usage_error(c, "log needs %s N (0 to 10)", scale_option[k]);
    if (cli_ask_rating(cli_rating_question[k], &scale[k]) < 0) break; /* Enter skips one */
  }
#ifdef BRF_CLI_TEST_HOOKS
  /* BRF_CLI_TEST_REPEAT=N (test builds only): N appends, each its own
   * locked read-modify-write, so the concurrency test stays fast. */
  const char *repeat = getenv("BRF_CLI_TEST_REPEAT");
  for (long k = repeat ? atol(repeat) : 1; k > 1; k--) {
    rc = record(c, routine, completed, date, note, scale, &extra);
    cli_data_unlock();
    if (rc) return rc;
  }
#endif
  return record(c, routine, completed, date, note, scale, &extra);
}
