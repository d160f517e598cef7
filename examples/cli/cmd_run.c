/* run: play a session with a live timer, or print its cues for scripts. */
#include "cli.h"
#include "session.h"

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

/* The timeline of one exercise of the catalog, with its default dose or
 * the one given. */
static int exercise_timeline(cli *c, const char *id, const char *dose_text, int32_t which,
                             brf_timeline **out) {
  brf_catalog *cat = NULL;
  brf_dosage *dose = NULL;
  int rc = cli_open_catalog(c, &cat);
  if (rc) return rc;
  const brf_exercise *ex = brf_catalog_find(cat, id);
  if (!ex) {
    cli_error("no exercise has the id '%s' [%s]", id, brf_status_name(BRF_E_NOT_FOUND));
    brf_catalog_free(cat);
    return CLI_EXIT_DATA;
  }
  const char *text = dose_text ? dose_text : brf_exercise_default_dose(ex);
  brf_status s = brf_dosage_parse(c->ctx, text, strlen(text), &dose);
  if (s != BRF_OK) {
    rc = cli_fail(c, s, dose_text ? "--dose" : id);
  } else {
    s = brf_timeline_new_from_dose(c->ctx, brf_exercise_id(ex), brf_exercise_name(ex),
                                   brf_exercise_modality(ex), dose, which, out);
    if (s != BRF_OK) rc = cli_fail(c, s, NULL);
  }
  brf_dosage_free(dose);
  brf_catalog_free(cat);
  return rc;
}

int cmd_run(cli *c, int argc, char **argv) {
  enum { OPT_EXERCISE = CLI_OPT_BASE + 1, OPT_DOSE, OPT_SPEED, OPT_NO_TTY, OPT_MIN };
  static const struct option opts[] = {{"exercise", required_argument, NULL, OPT_EXERCISE},
                                       {"dose", required_argument, NULL, OPT_DOSE},
                                       {"speed", required_argument, NULL, OPT_SPEED},
                                       {"no-tty", no_argument, NULL, OPT_NO_TTY},
                                       {"min", no_argument, NULL, OPT_MIN},
                                       {NULL, 0, NULL, 0}};
  const char *exercise = NULL, *dose = NULL;
  double speed = 1.0;
  int no_tty = 0, opt;
  int32_t which = BRF_TIMELINE_MAX;
  while ((opt = cli_next_option(c, argc, argv, "", opts)) != -1) {
    switch (opt) {
    case CLI_OPT_EXIT: return c->exit_code;
    case OPT_EXERCISE: exercise = optarg; break;
    case OPT_DOSE: dose = optarg; break;
    case OPT_NO_TTY: no_tty = 1; break;
    case OPT_MIN: which = BRF_TIMELINE_MIN; break;
    case OPT_SPEED: {
      char *end;
      speed = strtod(optarg, &end);
      if (*end || end == optarg || !(speed >= 0.1 && speed <= 1000.0))
        return cli_usage_error(c, "--speed: '%s' is not a factor from 0.1 to 1000", optarg);
      break;
    }
    default: return cli_usage_error(c, "unexpected option");
    }
  }
  if (optind < argc) return cli_usage_error(c, "unexpected argument '%s'", argv[optind]);
  if (!exercise) return cli_usage_error(c, "run needs --exercise ID");
  if (dose && !exercise) return cli_usage_error(c, "--dose goes with --exercise");

  brf_timeline *tl = NULL;
  int rc = exercise_timeline(c, exercise, dose, which, &tl);
  if (rc) return rc;
  /* The safety note once per run: on standard error for the machine
   * outputs, so that standard output holds only cues. */
  if (c->json || no_tty || !cli_session_can_be_live()) {
    cli_safety_note(stderr);
    rc = play_virtual(c, tl, c->json);
  } else {
    rc = cli_session_live(c, tl, speed);
  }
  brf_timeline_free(tl);
  return rc;
}
