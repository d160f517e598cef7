/* run: play a session with a live timer, or print its cues for scripts. */
#include "cli.h"
#include "plan.h"
#include "session.h"
#include "journal_store.h"
#include "screen_render.h"

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

static int play_virtual(cli *c, brf_timeline *tl, int json, const char *routine, int log) {
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
  if (rc == 0 && log) rc = cli_journal_log_player(c, p, routine, 0);
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
    if (s != BRF_OK) return cli_fail(c, s, "--dose");
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
  brf_dosage_free(dose);
  if (rc) {
    brf_routine_free(r);
    return rc;
  }
  *out = r;
  return 0;
}

/* A routine file (the routine format), its exercises from the catalog. */
static int load_routine(cli *c, const brf_catalog *cat, const char *file, brf_routine **out) {
  char *text = NULL;
  size_t len = 0;
  int rc = cli_read_file(file, &text, &len);
  if (rc) return rc;
  brf_status s = brf_routine_from_json(c->ctx, text, len, cat, 0, out);
  free(text);
  return s == BRF_OK ? 0 : cli_fail(c, s, file);
}

int cmd_run(cli *c, int argc, char **argv) {
  enum { OPT_EXERCISE = CLI_OPT_BASE + 1, OPT_DOSE, OPT_SPEED, OPT_NO_TTY, OPT_MIN, OPT_LOG, OPT_SOUND };
  struct option opts[CLI_PLAN_OPTION_COUNT + 8];
  static const struct option own[] = {{"exercise", required_argument, NULL, OPT_EXERCISE},
                                      {"dose", required_argument, NULL, OPT_DOSE},
                                      {"speed", required_argument, NULL, OPT_SPEED},
                                      {"no-tty", no_argument, NULL, OPT_NO_TTY},
                                      {"min", no_argument, NULL, OPT_MIN},
                                      {"log", no_argument, NULL, OPT_LOG},
                                      {"sound", required_argument, NULL, OPT_SOUND}};
  memcpy(opts, own, sizeof own);
  enum { OWN = sizeof own / sizeof own[0] };
  memcpy(opts + OWN, cli_plan_options, sizeof cli_plan_options);
  memset(&opts[OWN + CLI_PLAN_OPTION_COUNT], 0, sizeof opts[0]);
  const char *exercises[MAX_EXERCISES];
  size_t n_exercises = 0;
  const char *dose = NULL;
  double speed = 1.0;
  int no_tty = 0, opt, rc = 0, planning = 0, log = 0;
  char routine[256] = "";
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
      planning = 1;
      if ((rc = cli_plan_option(c, &req, opt, optarg)) != 0) return rc;
      break;
    }
  }
  const char *file = optind < argc ? argv[optind] : NULL;
  if (optind + 1 < argc) return cli_usage_error(c, "unexpected argument '%s'", argv[optind + 1]);
  if ((file != NULL) + (n_exercises > 0) + planning != 1)
    return cli_usage_error(c, "run needs one of: FILE, --exercise ID, or --goal G --minutes N");
  if (dose && n_exercises != 1) return cli_usage_error(c, "--dose goes with one --exercise");

  brf_catalog *cat = NULL;
  brf_routine *r = NULL;
  brf_timeline *tl = NULL;
  if ((rc = cli_open_catalog(c, &cat)) != 0) return rc;
  if (n_exercises) {
    rc = compose(c, cat, exercises, n_exercises, dose, &r);
  } else if (file) {
    rc = load_routine(c, cat, file, &r);
  } else {
    brf_planner *p = NULL;
    rc = cli_plan(c, &req, &p, &r);
    brf_planner_free(p);
    if (rc == CLI_EXIT_REFER) cli_safety_note(stderr);
  }
  brf_catalog_free(cat);
  if (rc == 0) {
    brf_status s = brf_timeline_new(c->ctx, r, which, &tl);
    if (s != BRF_OK) rc = cli_fail(c, s, file);
    snprintf(routine, sizeof routine, "%s", brf_routine_name(r));
  }
  brf_routine_free(r);
  if (rc) return rc;
  /* The safety note once per run: on standard error for the machine
   * outputs, so that standard output holds only cues. */
  if (c->json || no_tty || !cli_session_can_be_live()) {
    cli_safety_note(stderr);
    rc = play_virtual(c, tl, c->json, routine, log);
  } else {
    rc = cli_session_live(c, tl, speed, routine, log);
  }
  brf_timeline_free(tl);
  return rc;
}
