/* run: play a session with a live timer, or print its cues for scripts. */
#include "cli_i18n.h"
#include "cli.h"
#include "plan.h"
#include "session.h"
#include "routine_ref.h"
#include "session_log.h"
#include "journal_store.h"
#include "screen_render.h"
#include "run_due.h"

#include <stdlib.h>
#include <string.h>

/* Print every cue in order at once, on a virtual clock: text lines, or
 * JSON Lines {"t_ms", "kind", "exercise", "text"}. */
static void drain_cues(brf_player *p, int json) {
  size_t n = brf_player_cue_count(p);
  for (size_t i = 0; i < n; i++) {
    int32_t kind = 0;
    int64_t at = 0;
    size_t ex = 0;
    if (brf_player_cue_at(p, i, &kind, &at, &ex) != BRF_OK) continue;
    const char *text = brf_player_cue_text(p, i);
    if (json) {
      printf("{\"t_ms\": %lld, \"kind\": ", (long long)at);
      cli_json_string(stdout, brf_player_cue_kind_name(kind));
      printf(", \"exercise\": %zu, \"text\": ", ex);
      cli_json_string(stdout, text);
      printf("}\n");
    } else {
      printf("%s\n", text ? text : "");
    }
  }
  brf_player_cues_clear(p);
}

/* A virtual clock plays the whole session at once: it is never logged (no
 * one did it). */
static int play_virtual(cli *c, brf_timeline *tl, int json) {
  brf_player *p = NULL;
  brf_status s = brf_player_new(c->ctx, tl, &p);
  if (s == BRF_OK) s = brf_player_start(p);
  if (s == BRF_OK) {
    drain_cues(p, json);
    /* One jump to the end yields every cue with its true time. */
    s = brf_player_advance(p, brf_timeline_total_ms(tl));
    if (s == BRF_OK) drain_cues(p, json);
  }
  int rc = s == BRF_OK ? CLI_EXIT_OK : cli_fail(c, s, NULL);
  brf_player_free(p);
  return rc;
}

#define MAX_EXERCISES 64

/* A routine of the exercises given with --exercise, each with its default
 * dose (or, for a single exercise, the --dose given). */
static int compose(cli *c, const brf_catalog *cat, const char *const *ids, size_t n,
                   const char *dose_text, brf_routine **out) {
  brf_routine *r = NULL;
  brf_dosage *dose = NULL;
  brf_status s = BRF_OK;
  int rc = 0;
  if (dose_text) {
    s = brf_dosage_parse(c->ctx, dose_text, strlen(dose_text), &dose);
    if (s != BRF_OK) return cli_bad_value(c, s, "--dose", dose_text);
  }
  s = brf_routine_new(c->ctx, &r);
  for (size_t i = 0; s == BRF_OK && i < n; i++) {
    const brf_exercise *ex = brf_catalog_find(cat, ids[i]);
    if (!ex) {
      cli_error("no exercise has the id '%s' (try 'backrelief search') [%s]", ids[i],
                brf_status_name(BRF_E_NOT_FOUND));
      rc = CLI_EXIT_DATA;
      break;
    }
    s = brf_routine_append(r, ex, dose);
  }
  if (rc == 0 && s != BRF_OK) rc = cli_fail(c, s, NULL);
  /* Named after its exercises, so that its journal entry says what was done. */
  char name[256] = "";
  for (size_t i = 0; rc == 0 && i < brf_routine_step_count(r); i++) {
    size_t used = strlen(name);
    snprintf(name + used, sizeof name - used, "%s%s", i ? " + " : "", brf_routine_step_name(r, i));
  }
  if (rc == 0 && (s = brf_routine_set_name(r, name)) != BRF_OK) rc = cli_fail(c, s, NULL);
  brf_dosage_free(dose);
  if (rc) {
    brf_routine_free(r);
    return rc;
  }
  *out = r;
  return 0;
}

/* Ask the ratings of @p which (the "before" or the "after" pair) that were
 * not given on the command line; Enter skips one, the end of input all. */
static void ask_ratings(int ratings[CLI_RATINGS], int after) {
  static const int pairs[2][2] = {{CLI_PAIN_BEFORE, CLI_TIGHTNESS_BEFORE},
                                  {CLI_PAIN_AFTER, CLI_TIGHTNESS_AFTER}};
  for (int k = 0; k < 2; k++) {
    int i = pairs[after][k];
    if (ratings[i] < 0 && cli_ask_rating(cli_rating_question[i], &ratings[i]) < 0) return;
  }
}

/* After a live session: log it or not, and the exit status. A session that
 * ran to its end (or was quit with q) is logged with --log, else when the
 * person says so; an interrupted one (Ctrl-C) only when the person says so,
 * and the status is 130; one ended by SIGTERM or SIGHUP never. */
static int after_live(cli *c, brf_player *p, int ended, const char *routine,
                      const char *routine_id, int log, int ratings[CLI_RATINGS],
                      const cli_session_extra *extra) {
  if (ended == CLI_SESSION_TERMINATED) {
    printf("%s\n", cli_msg(CLI_MSG_RUN_STOPPED_OUTSIDE));
    return CLI_EXIT_TERMINATED;
  }
  int finished = brf_player_state(p) == BRF_PLAYER_FINISHED;
  int yes;
  if (ended == CLI_SESSION_INTERRUPTED)
    yes = cli_ask_yes(cli_msg(CLI_MSG_RUN_ASK_LOG_INTERRUPTED), 0);
  else
    yes = log || cli_ask_yes(cli_msg(CLI_MSG_RUN_ASK_LOG), finished);
  int rc = 0;
  if (yes) {
    ask_ratings(ratings, 1);
    rc = cli_log_played(c, p, routine, routine_id, ratings, extra);
  } else {
    printf("%s\n", cli_msg(CLI_MSG_RUN_NOT_LOGGED));
  }
  if (ended == CLI_SESSION_INTERRUPTED && rc == 0) rc = CLI_EXIT_INTERRUPTED;
  return rc;
}

int cmd_run(cli *c, int argc, char **argv) {
  enum { OPT_EXERCISE = CLI_OPT_BASE + 1, OPT_DOSE, OPT_SPEED, OPT_NO_TTY, OPT_MIN, OPT_LOG,
         OPT_SOUND, OPT_DATE, OPT_ALL, OPT_PAIN_DURING, OPT_RATE, OPT_DIFFICULTY,
         OPT_RATING /* + k */ };
  enum { OWN = 16 };
  struct option opts[CLI_PLAN_OPTION_COUNT + OWN + 1];
  static const struct option own[OWN] = {{"exercise", required_argument, NULL, OPT_EXERCISE},
                                      {"dose", required_argument, NULL, OPT_DOSE},
                                      {"speed", required_argument, NULL, OPT_SPEED},
                                      {"no-tty", no_argument, NULL, OPT_NO_TTY},
                                      {"min", no_argument, NULL, OPT_MIN},
                                      {"log", no_argument, NULL, OPT_LOG},
                                      {"pain-before", required_argument, NULL, OPT_RATING + 0},
                                      {"pain-after", required_argument, NULL, OPT_RATING + 1},
                                      {"tightness-before", required_argument, NULL, OPT_RATING + 2},
                                      {"tightness-after", required_argument, NULL, OPT_RATING + 3},
                                      {"sound", required_argument, NULL, OPT_SOUND},
                                      {"date", required_argument, NULL, OPT_DATE},
                                      {"all", no_argument, NULL, OPT_ALL},
                                      {"pain-during", required_argument, NULL, OPT_PAIN_DURING},
                                      {"rate", required_argument, NULL, OPT_RATE},
                                      {"difficulty", required_argument, NULL, OPT_DIFFICULTY}};
  memcpy(opts, own, sizeof own);
  memcpy(opts + OWN, cli_plan_options, sizeof cli_plan_options);
  memset(&opts[OWN + CLI_PLAN_OPTION_COUNT], 0, sizeof opts[0]);
  int ratings[CLI_RATINGS] = {-1, -1, -1, -1}, rated = 0;
  cli_session_extra extra;
  cli_session_extra_init(&extra);
  const char *exercises[MAX_EXERCISES];
  size_t n_exercises = 0;
  const char *dose = NULL;
  double speed = 1.0;
  int no_tty = 0, opt, rc = 0, planning = 0, log = 0, all = 0;
  const char *date = NULL;
  char routine[256] = "", routine_id[80] = "";
  int32_t which = BRF_TIMELINE_MAX;
  cli_plan_request req;
  cli_plan_request_init(&req);
  while ((opt = cli_next_option(c, argc, argv, "", opts)) != -1) {
    switch (opt) {
    case CLI_OPT_EXIT: return c->exit_code;
    case OPT_EXERCISE:
      if (n_exercises == MAX_EXERCISES) return cli_usage_error(c, "too many --exercise");
      exercises[n_exercises++] = optarg;
      break;
    case OPT_DOSE: dose = optarg; break;
    case OPT_NO_TTY: no_tty = 1; break;
    case OPT_MIN: which = BRF_TIMELINE_MIN; break;
    case OPT_LOG: log = 1; break;
    case OPT_DATE: date = optarg; break;
    case OPT_ALL: all = 1; break;
    case OPT_PAIN_DURING:
      if (cli_parse_rating(optarg, &extra.pain_during) != 0)
        return cli_usage_error(c, "--pain-during: '%s' is not a whole number from 0 to 10",
                               optarg);
      rated = 1;
      break;
    case OPT_RATE:
    case OPT_DIFFICULTY:
      if ((rc = cli_parse_exercise_rating(c, &extra, optarg, opt == OPT_DIFFICULTY)) != 0)
        return rc;
      rated = 1;
      break;
    case OPT_SOUND:
      if (strcmp(optarg, "bell") == 0)
        cli_screen_set_sound(CLI_SOUND_BELL);
      else if (strcmp(optarg, "none") == 0)
        cli_screen_set_sound(CLI_SOUND_NONE);
      else
        return cli_usage_error(c, "--sound: '%s' is not bell or none", optarg);
      break;
    case OPT_SPEED: {
      char *end;
      speed = strtod(optarg, &end);
      if (*end || end == optarg || !(speed >= 0.1 && speed <= 1000.0))
        return cli_usage_error(c, "--speed: '%s' is not a factor from 0.1 to 1000", optarg);
      break;
    }
    default:
      if (opt >= OPT_RATING && opt < OPT_RATING + CLI_RATINGS) {
        int k = opt - OPT_RATING;
        if (cli_parse_rating(optarg, &ratings[k]) != 0)
          return cli_usage_error(c, "%s: '%s' is not a whole number from 0 to 10",
                                 cli_rating_option[k], optarg);
        rated = 1;
        break;
      }
      planning = 1;
      if ((rc = cli_plan_option(c, &req, opt, optarg)) != 0) return rc;
      break;
    }
  }
  const char *file = optind < argc ? argv[optind] : NULL;
  if (optind + 1 < argc) return cli_usage_error(c, "unexpected argument '%s'", argv[optind + 1]);
  if ((file != NULL) + (n_exercises > 0) + planning != 1)
    return cli_usage_error(c, "run needs one of: a routine (a file or a saved name), "
                              "--exercise ID, or --goal G --minutes N");
  if (dose && n_exercises != 1) return cli_usage_error(c, "--dose goes with one --exercise");
  if ((date || all) && !file) return cli_usage_error(c, "--date and --all go with a routine");
  if (date && all) return cli_usage_error(c, "--date and --all: one or the other");
  int live = !c->json && !no_tty && cli_session_can_be_live();
  if (!live && (log || rated))
    return cli_usage_error(c, "%s: a session played on a virtual clock (--no-tty, --json, or "
                              "without a terminal) is never logged; record one with backrelief log",
                           log ? "--log" : "the ratings");

  brf_catalog *cat = NULL;
  brf_routine *r = NULL;
  brf_timeline *tl = NULL;
  if ((rc = cli_open_catalog(c, &cat)) != 0) return rc;
  if (n_exercises) {
    rc = compose(c, cat, exercises, n_exercises, dose, &r);
  } else if (file) {
    rc = cli_routine_load(c, file, &r, NULL, 0);
    /* the journal records the routine's stable id (kept if the day's part has none) */
    if (rc == 0) snprintf(routine_id, sizeof routine_id, "%s", brf_routine_id(r));
    /* only the steps due that day in the saved schedule, unless --all */
    if (rc == 0 && !all) rc = cli_run_due(c, cat, date, &r);
  } else {
    brf_planner *p = NULL;
    rc = cli_plan(c, &req, &p, &r);
    brf_planner_free(p);
    if (rc == CLI_EXIT_REFER) cli_safety_note(stderr);
    /* A plan is named after its goal when the planner gave it no name. */
    if (rc == 0 && !brf_routine_name(r)[0] && brf_routine_set_name(r, brf_goal_id(req.goal)) != BRF_OK)
      rc = cli_fail(c, brf_context_errcode(c->ctx), NULL);
  }
  brf_catalog_free(cat);
  if (rc == CLI_RUN_NOTHING_DUE) {
    brf_routine_free(r);
    return CLI_EXIT_OK;
  }
  if (rc == 0) rc = cli_check_exercise_ratings(c, &extra, r);
  if (rc == 0 && brf_routine_step_count(r) == 0) {
    /* Nothing to play: an error, not a "Session done" in no time. */
    cli_error("%s: the routine has no steps, nothing to run (backrelief plan makes one) [%s]",
              file ? file : "the routine", brf_status_name(BRF_E_INVALID));
    rc = CLI_EXIT_DATA;
  }
  if (rc == 0) {
    brf_status s = brf_timeline_new(c->ctx, r, which, &tl);
    if (s != BRF_OK) rc = cli_fail(c, s, file);
    snprintf(routine, sizeof routine, "%s", brf_routine_name(r));
  }
  brf_routine_free(r);
  if (rc) return rc;
  /* The safety note once per run: on standard error for the machine
   * outputs, so that standard output holds only cues. */
  if (!live) {
    cli_safety_note(stderr);
    rc = play_virtual(c, tl, c->json);
  } else {
    brf_player *p = NULL;
    int ended = CLI_SESSION_ENDED;
    ask_ratings(ratings, 0);
#ifdef BRF_CLI_TEST_HOOKS
    const char *fast = getenv("BRF_CLI_TEST_SPEED"); /* test builds: a session in seconds */
    if (fast && atof(fast) > 0) speed = atof(fast);
#endif
    rc = cli_session_live(c, tl, speed, &p, &ended);
    if (rc == 0) rc = after_live(c, p, ended, routine, routine_id, log, ratings, &extra);
    brf_player_free(p);
  }
  brf_timeline_free(tl);
  return rc;
}
