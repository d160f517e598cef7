/* plan: a routine for a goal, a time budget and the equipment at hand. */
#include "store.h"
#include "plan.h"
#include "routine_print.h"
#include "profile_store.h"
#include "routine_ref.h"
#include "screen_store.h"
#include "session_log.h"
#include "cli_i18n.h"

#include <stdlib.h>
#include <string.h>

#define MAX_ITEMS CLI_PLAN_MAX_ITEMS


/* Parse "a,b" of one vocabulary, appending to @p values. */
static int add_list(cli *c, int32_t kind, const char *option, const char *text,
                    int32_t *values, size_t *count) {
  size_t n = 0;
  int rc = cli_parse_vocab_list(c, kind, option, text, values + *count, MAX_ITEMS - *count, &n);
  if (rc == 0) *count += n;
  return rc;
}

static int parse_int(cli *c, const char *option, const char *text, long lo, long hi,
                     long *out) {
  char *end;
  long v = strtol(text, &end, 10);
  if (end == text || *end || v < lo || v > hi)
    return cli_usage_error(c, "%s: '%s' is not a whole number from %ld to %ld", option, text, lo,
                           hi);
  *out = v;
  return 0;
}


static int planner_missing(cli *c) {
  return cli_unsupported(c, "the planner module", "BRF_WITH_PLANNER");
}

int cli_plan_option(cli *c, cli_plan_request *req, int opt, const char *arg) {
  long v = 0;
  int rc = 0;
  brf_status s;
  switch (opt) {
  /* The planner's parsers take no context: a planner left out of the
   * library answers BRF_E_UNSUPPORTED without a message. */
  case CLI_PLAN_OPT_GOAL:
    if ((s = brf_goal_parse(arg, &req->goal)) == BRF_E_UNSUPPORTED) return planner_missing(c);
    if (s != BRF_OK) {
      fprintf(stderr, "backrelief: --goal: unknown goal '%s'; one of:", arg);
      for (int32_t g = 0; g < BRF_GOAL_COUNT; g++) fprintf(stderr, "%s %s", g ? "," : "", brf_goal_id(g));
      fputc('\n', stderr);
      return CLI_EXIT_USAGE;
    }
    return 0;
  case CLI_PLAN_OPT_MINUTES:
    rc = parse_int(c, "--minutes", arg, BRF_PLANNER_MINUTES_MIN, BRF_PLANNER_MINUTES_MAX, &v);
    req->minutes = (int32_t)v;
    return rc;
  case CLI_PLAN_OPT_EQUIPMENT:
    req->have_equipment = 1;
    return add_list(c, BRF_VOCAB_EQUIPMENT, "--equipment", arg, req->equipment,
                    &req->equipment_n);
  case CLI_PLAN_OPT_LEVEL: return cli_parse_vocab(c, BRF_VOCAB_LEVEL, "--level", arg, &req->level);
  case CLI_PLAN_OPT_FOCUS:
    return add_list(c, BRF_VOCAB_REGION, "--focus", arg, req->focus, &req->focus_n);
  case CLI_PLAN_OPT_AVOID:
    return add_list(c, BRF_VOCAB_REGION, "--avoid", arg, req->avoid, &req->avoid_n);
  case CLI_PLAN_OPT_CONDITION:
    return add_list(c, BRF_VOCAB_CONDITION, "--condition", arg, req->conditions,
                    &req->conditions_n);
  case CLI_PLAN_OPT_RED_FLAGS: req->red_flags = arg; return 0;
  case CLI_PLAN_OPT_NO_FLOOR: req->no_floor = 1; return 0;
  case CLI_PLAN_OPT_AGE:
    rc = parse_int(c, "--age", arg, 0, BRF_PROFILE_AGE_MAX, &v);
    req->age = (int32_t)v;
    return rc;
  case CLI_PLAN_OPT_SEED:
    rc = parse_int(c, "--seed", arg, 0, 2147483647L, &v);
    req->seed = (uint32_t)v;
    return rc;
  case CLI_PLAN_OPT_PHASE:
    if ((s = brf_plan_phase_parse(arg, &req->phase)) == BRF_E_UNSUPPORTED)
      return planner_missing(c);
    if (s != BRF_OK)
      return cli_usage_error(c, "--phase: '%s' is not relief, strengthening or maintenance", arg);
    return 0;
  case CLI_PLAN_OPT_DIRECTION:
    for (int32_t d = 0; d < BRF_DIRECTION_COUNT; d++)
      if (strcmp(arg, brf_direction_id(d)) == 0) {
        req->direction = d;
        return 0;
      }
    return cli_usage_error(c, "--direction: '%s' is not unknown, none, extension or flexion",
                           arg);
  case CLI_PLAN_OPT_THERMAL:
    for (int32_t t = 0; t < BRF_THERMAL_COUNT; t++)
      if (strcmp(arg, brf_thermal_id(t)) == 0) {
        req->thermal = t;
        return 0;
      }
    return cli_usage_error(c, "--thermal: '%s' is not any, heat or cold", arg);
  case CLI_PLAN_OPT_POLICY:
    if ((s = brf_policy_parse(arg, &req->policy)) == BRF_E_UNSUPPORTED)
      return planner_missing(c);
    if (s != BRF_OK)
      return cli_usage_error(c, "--policy: '%s' is not conservative or follow-seed", arg);
    return 0;
  default: return cli_usage_error(c, "unexpected option");
  }
}

/* The person's profile from the planning options. */
static brf_status plan_profile(cli *c, const cli_plan_request *req, brf_profile **out) {
  brf_profile *prof = NULL;
  brf_status s = brf_profile_new(c->ctx, &prof);
  for (size_t i = 0; s == BRF_OK && i < req->equipment_n; i++)
    s = brf_profile_set_equipment(prof, req->equipment[i], 1);
  /* A floor to lie on is assumed whatever --equipment lists (the library
   * itself assumes nothing: an app at a desk may not offer a floor);
   * --no-floor plans without it. Without --equipment: a chair too, which
   * nearly every home has. */
  if (s == BRF_OK && !req->no_floor) s = brf_profile_set_equipment(prof, BRF_EQUIPMENT_MAT, 1);
  if (s == BRF_OK && !req->have_equipment) s = brf_profile_set_equipment(prof, BRF_EQUIPMENT_CHAIR, 1);
  if (s == BRF_OK && req->level >= 0) s = brf_profile_set_level(prof, req->level);
  for (size_t i = 0; s == BRF_OK && i < req->conditions_n; i++)
    s = brf_profile_set_condition(prof, req->conditions[i], 1);
  if (s == BRF_OK && req->age >= 0) s = brf_profile_set_age_years(prof, req->age);
  if (s == BRF_OK) s = brf_profile_set_direction(prof, req->direction);
  if (s == BRF_OK) s = brf_profile_set_thermal(prof, req->thermal);
  if (s != BRF_OK) {
    brf_profile_free(prof);
    prof = NULL;
  }
  *out = prof;
  return s;
}

/* The planner's inputs: profile, screen, goal, budget, regions. */
static brf_status configure(cli *c, const cli_plan_request *req, const brf_screen *saved,
                            brf_planner *p) {
  brf_profile *prof = NULL;
  brf_screen *scr = NULL;
  brf_status s = plan_profile(c, req, &prof);
  if (s == BRF_OK) s = brf_planner_set_profile(p, prof);
  /* The saved screen's answers (its implied conditions and review advice),
   * with --red-flags and --age added. */
  if (s == BRF_OK && saved && !req->red_flags && req->age < 0) s = brf_planner_set_screen(p, saved);
  if (s == BRF_OK && (req->red_flags || req->age >= 0)) {
    s = saved ? brf_screen_clone_v2(c->ctx, saved, &scr) : brf_screen_new(c->ctx, &scr);
    if (s == BRF_OK && req->red_flags) s = brf_screen_answer_list(scr, req->red_flags);
    if (s == BRF_OK && req->age >= 0) s = brf_screen_set_age(scr, req->age);
    if (s == BRF_OK) s = brf_planner_set_screen(p, scr);
  }
  if (s == BRF_OK) s = brf_planner_set_goal(p, req->goal);
  if (s == BRF_OK) s = brf_planner_set_minutes(p, req->minutes);
  if (s == BRF_OK && req->phase >= 0) s = brf_planner_set_phase(p, req->phase);
  if (s == BRF_OK && req->policy >= 0) s = brf_planner_set_policy(p, req->policy);
  if (s == BRF_OK) s = brf_planner_set_seed(p, req->seed);
  for (size_t i = 0; s == BRF_OK && i < req->focus_n; i++)
    s = brf_planner_add_focus(p, req->focus[i]);
  for (size_t i = 0; s == BRF_OK && i < req->avoid_n; i++)
    s = brf_planner_add_avoid(p, req->avoid[i]);
  brf_screen_free(scr);
  brf_profile_free(prof);
  return s;
}

static void print_refusal(cli *c) {
  fprintf(stderr, "%sbackrelief: no routine: please see a clinician first [%s]%s\n",
          cli_red(c), brf_status_name(BRF_E_REFER), cli_reset(c));
  cli_print_wrapped(stderr, brf_context_errmsg(c->ctx), 0, 0, 80);
  brf_context_clear_error(c->ctx);
}

/* Whether the plan is only a warm-up and a cool-down: none of the goal's work. */
static int only_warm_up(const brf_routine *r) {
  size_t n = brf_routine_step_count(r);
  for (size_t i = 0; i < n; i++) {
    int32_t ph = brf_routine_step_phase(r, i);
    if (ph != BRF_PHASE_WARM_UP && ph != BRF_PHASE_COOL_DOWN) return 0;
  }
  return 1;
}

int cli_plan(cli *c, const cli_plan_request *req, brf_planner **out_planner,
             brf_routine **out) {
  brf_catalog *cat = NULL;
  brf_planner *p = NULL;
  *out = NULL;
  *out_planner = NULL;
  /* The planner first: a library without it says so (69) whatever the
   * options. */
  brf_status s = brf_planner_new(c->ctx, &p);
  if (s != BRF_OK) return s == BRF_E_UNSUPPORTED ? planner_missing(c) : cli_fail(c, s, NULL);
  int rc = 0;
  if (req->goal < 0 || req->minutes < 0)
    rc = cli_usage_error(c, "%s needs --goal G and --minutes N", c->cmd->name);
  /* The saved screen: a referral refuses; none, or an old one, asks for
   * a new one (screen_store.h). */
  brf_screen_result *saved = NULL;
  const brf_screen *saved_screen = NULL;
  int32_t today = 0, minutes = 0;
  if (rc == 0 && cli_now(c, &today, &minutes) != 0) {
    cli_error("cannot read today's date to check the saved screen");
    rc = CLI_EXIT_SOFTWARE;
  }
  if (rc == 0) rc = cli_screen_gate(c, today, &saved);
  if (rc == 0 && saved) (void)brf_screen_result_screen(saved, &saved_screen);
  if (rc == 0) rc = cli_open_catalog(c, &cat);
  if (rc) {
    brf_screen_result_free(saved);
    brf_planner_free(p);
    return rc;
  }
  s = configure(c, req, saved_screen, p);
  brf_screen_result_free(saved);
  if (s == BRF_E_NOT_FOUND && req->red_flags) {
    /* an unknown red-flag id is a usage error */
    cli_fail(c, s, "--red-flags");
    rc = CLI_EXIT_USAGE;
  } else if (s == BRF_OK) {
    s = brf_planner_run(p, cat, out);
    if (s == BRF_E_REFER) {
      print_refusal(c);
      rc = CLI_EXIT_REFER;
    } else if (s == BRF_E_NOT_FOUND) {
      cli_fail(c, s, NULL);
      cli_print_plan_notes(c, p, stderr); /* the reasons */
      rc = CLI_EXIT_FAIL;
    } else if (s != BRF_OK) {
      rc = cli_fail(c, s, NULL);
    } else if (only_warm_up(*out)) {
      /* A warm-up alone is not a plan for the goal: nothing of it fits. */
      cli_error("nothing for %s could be planned with this equipment, level and time: only "
                "a warm-up fits (see what was left out below) [%s]",
                brf_goal_id(req->goal), brf_status_name(BRF_E_NOT_FOUND));
      cli_print_plan_notes(c, p, stderr);
      brf_routine_free(*out);
      *out = NULL;
      rc = CLI_EXIT_FAIL;
    }
  } else {
    rc = cli_fail(c, s, NULL);
  }
  brf_catalog_free(cat);
  if (rc) {
    brf_planner_free(p);
    return rc;
  }
  *out_planner = p;
  return 0;
}

void cli_print_plan_notes(cli *c, const brf_planner *p, FILE *f) {
  const brf_advice *a = brf_planner_advice(p);
  size_t n = brf_advice_count(a);
  size_t width = (size_t)cli_terminal_width();
  if (n) fprintf(f, "\n%s%s%s\n", cli_bold(c), cli_msg(CLI_MSG_PLAN_NOTES), cli_reset(c));
  for (size_t i = 0; i < n; i++) {
    int32_t sev = brf_advice_severity(a, i);
    const char *mark = sev == BRF_ADVICE_WARNING ? "!" : sev == BRF_ADVICE_CAUTION ? "*" : "-";
    fprintf(f, "  %s%s%s ", sev == BRF_ADVICE_WARNING ? cli_yellow(c) : "", mark, cli_reset(c));
    cli_print_wrapped(f, brf_advice_message(a, i), 4, 4, width);
  }
  /* What was left out, grouped by reason: "needs a mat: a, b, c", at most
   * 8 lines of at most 8 names each, then what remains as a count. */
  size_t omitted = brf_planner_omitted_count(p);
  if (omitted)
    fprintf(f, "\n%s%s%s (%zu)\n", cli_bold(c), cli_msg(CLI_MSG_PLAN_LEFT_OUT), cli_reset(c),
            omitted);
  size_t lines = 0, shown = 0;
  for (size_t i = 0; i < omitted; i++) {
    const char *reason = brf_planner_omitted_reason(p, i);
    size_t k = 0;
    while (k < i && strcmp(brf_planner_omitted_reason(p, k), reason) != 0) k++;
    if (k < i) continue; /* listed with the first of its reason */
    if (lines == 8) break;
    size_t count = 0;
    for (size_t j = i; j < omitted; j++)
      if (strcmp(brf_planner_omitted_reason(p, j), reason) == 0) count++;
    char line[4096];
    size_t used = 0;
    /* "needs equipment ...: sauna: sauna" read as a stutter: one exercise
     * named like the reason's last word is said once. */
    const char *colon = strrchr(reason, ':');
    const char *tail = colon ? colon + 2 : "";
    if (count == 1 && colon && strcmp(tail, brf_planner_omitted_exercise(p, i)) == 0) {
      size_t keep = (size_t)(colon - reason); /* without the space before a French colon */
      while (keep > 0 && reason[keep - 1] == ' ') keep--;
      if (keep >= 2 && (unsigned char)reason[keep - 2] == 0xC2 &&
          (unsigned char)reason[keep - 1] == 0xA0)
        keep -= 2;
      used = (size_t)snprintf(line, sizeof line, "%.*s (%s)", (int)keep, reason, tail);
    } else {
      used = (size_t)snprintf(line, sizeof line, "%s%s", reason, cli_msg(CLI_MSG_PLAN_LIST_COLON));
      size_t named = 0;
      for (size_t j = i; j < omitted && used < sizeof line; j++) {
        if (strcmp(brf_planner_omitted_reason(p, j), reason) != 0) continue;
        if (named == 8) {
          char num[24], more[128];
          snprintf(num, sizeof num, "%zu", count - named);
          cli_expand(more, sizeof more, cli_msg_n(CLI_MSG_PLAN_LEFT_OUT_MORE, (long long)(count - named)),
                     "count", num, (char *)NULL);
          used += (size_t)snprintf(line + used, sizeof line - used, " %s", more);
          break;
        }
        used += (size_t)snprintf(line + used, sizeof line - used, "%s%s", named ? ", " : "",
                                 brf_planner_omitted_exercise(p, j));
        named++;
      }
    }
    fputs("  - ", f);
    cli_print_wrapped(f, line, 4, 4, width);
    lines++;
    shown += count;
  }
  if (shown < omitted) {
    char num[24], more[256];
    snprintf(num, sizeof num, "%zu", omitted - shown);
    cli_expand(more, sizeof more, cli_msg_n(CLI_MSG_PLAN_LEFT_OUT_OTHER, (long long)(omitted - shown)),
               "count", num, (char *)NULL);
    fprintf(f, "  - %s\n", more);
  }
}

void cli_print_plan_shortfall(cli *c, const cli_plan_request *req, const brf_planner *p,
                              const brf_routine *r, FILE *f) {
  int64_t lo = 0, hi = 0, budget = (int64_t)req->minutes * 60000;
  if (brf_routine_estimate_ms(r, &lo, &hi) != BRF_OK || hi * 4 >= budget * 3) return;
  char used[32];
  cli_format_duration(hi, used, sizeof used);
  char heading[96], minutes[24], line[512];
  snprintf(heading, sizeof heading, "%s%s%s", cli_bold(c), cli_msg(CLI_MSG_SHORTFALL_UNUSED),
           cli_reset(c));
  snprintf(minutes, sizeof minutes, "%d", (int)req->minutes);
  cli_expand(line, sizeof line, cli_msg_n(CLI_MSG_SHORTFALL_TAKES, req->minutes), "heading",
             heading, "time", used, "count", minutes, (char *)NULL);
  fprintf(f, "\n%s", line);
  /* What would fill it: the causes of the omissions, equipment by name. */
  size_t cause_n[BRF_OMIT_COUNT] = {0};
  char equipment[512] = "";
  size_t eq_used = 0;
  for (size_t i = 0; i < brf_planner_omitted_count(p); i++) {
    int32_t cause = brf_planner_omitted_cause(p, i);
    if (cause < 0 || cause >= BRF_OMIT_COUNT) continue;
    cause_n[cause]++;
    const char *reason = brf_planner_omitted_reason(p, i);
    const char *colon = cause == BRF_OMIT_EQUIPMENT ? strrchr(reason, ':') : NULL;
    if (colon && !strstr(equipment, colon + 2) && eq_used < sizeof equipment)
      eq_used += (size_t)snprintf(equipment + eq_used, sizeof equipment - eq_used, "%s%s",
                                  eq_used ? ", " : "", colon + 2);
  }
  /* "More would fit with PART; PART." in the person's language. */
  static const struct {
    int32_t cause;
    int msg;
  } parts[] = {{BRF_OMIT_EQUIPMENT, CLI_MSG_SHORTFALL_EQUIPMENT},
               {BRF_OMIT_LEVEL, CLI_MSG_SHORTFALL_LEVEL},
               {BRF_OMIT_CONDITION, CLI_MSG_SHORTFALL_CONDITIONS},
               {BRF_OMIT_AVOID, CLI_MSG_SHORTFALL_AVOID}};
  char text[1024];
  size_t n = 0;
  n += (size_t)snprintf(text + n, sizeof text - n, "%s", cli_msg(CLI_MSG_SHORTFALL_INTRO));
  int any = 0;
  for (size_t k = 0; k < sizeof parts / sizeof parts[0]; k++) {
    size_t count = cause_n[parts[k].cause];
    if (!count || n >= sizeof text) continue;
    char num[24], part[640];
    snprintf(num, sizeof num, "%zu", count);
    cli_expand(part, sizeof part, cli_msg_n(parts[k].msg, (long long)count), "list", equipment,
               "count", num, (char *)NULL);
    n += (size_t)snprintf(text + n, sizeof text - n, "%s %s",
                          any ? cli_msg(CLI_MSG_SHORTFALL_SEPARATOR) : "", part);
    any = 1;
  }
  if (!any)
    snprintf(text, sizeof text, "%s", cli_msg(CLI_MSG_SHORTFALL_COMPLETE));
  else if (n < sizeof text)
    snprintf(text + n, sizeof text - n, ".");
  fputc('\n', f);
  cli_print_wrapped(f, text, 0, 0, (size_t)cli_terminal_width());
}

static int routine_json(cli *c, const brf_routine *r, char **text, size_t *len) {
  brf_status s = brf_routine_to_json(c->ctx, r, BRF_JSON_PRETTY, text, len);
  return s == BRF_OK ? 0 : cli_fail(c, s, NULL);
}

/* --save NAME: the profile planned for, as DATA/routines/.adapt/NAME.profile,
 * read by `next` (profile_store.c). The level is the one planned at: an
 * unset level, and acute-strain, plan as a beginner (docs/planner.md). */
static int save_profile(cli *c, const cli_plan_request *req, const char *save) {
  brf_profile *prof = NULL;
  brf_status s = plan_profile(c, req, &prof);
  if (s == BRF_OK && (req->level < 0 || req->goal == BRF_GOAL_ACUTE_STRAIN))
    s = brf_profile_set_level(prof, BRF_LEVEL_BEGINNER);
  int rc = s == BRF_OK ? cli_profile_save(c, save, prof) : cli_fail(c, s, NULL);
  brf_profile_free(prof);
  return rc;
}

/* The routine id of --save NAME: the id of the routine saved as NAME
 * before, so a re-plan keeps its journal history (docs/formats.md,
 * "Routine"), else a new one. 0 or an exit status. */
static int keep_or_give_id(cli *c, brf_routine *r, const char *save) {
  char path[4400];
  brf_routine *old = NULL;
  if (cli_routine_find_saved(c, save, path, sizeof path) == 0 &&
      cli_routine_load(c, path, &old, NULL, 0) == 0 && brf_routine_id(old)[0]) {
    brf_status s = brf_routine_set_id(r, brf_routine_id(old));
    brf_routine_free(old);
    return s == BRF_OK ? 0 : cli_fail(c, s, NULL);
  }
  brf_routine_free(old);
  brf_context_clear_error(c->ctx);
  return cli_routine_give_id(c, r, save);
}

int cmd_plan(cli *c, int argc, char **argv) {
  enum { OPT_SAVE = CLI_PLAN_OPT_END };
  struct option opts[CLI_PLAN_OPTION_COUNT + 2];
  memcpy(opts, cli_plan_options, sizeof cli_plan_options);
  opts[CLI_PLAN_OPTION_COUNT] = (struct option){"save", required_argument, NULL, OPT_SAVE};
  memset(&opts[CLI_PLAN_OPTION_COUNT + 1], 0, sizeof opts[0]);
  cli_plan_request req;
  const char *output = NULL, *save = NULL;
  int opt, rc = 0;
  cli_plan_request_init(&req);
  while ((opt = cli_next_option(c, argc, argv, "o:", opts)) != -1) {
    if (opt == CLI_OPT_EXIT) return c->exit_code;
    if (opt == 'o')
      output = optarg;
    else if (opt == OPT_SAVE)
      save = optarg;
    else if ((rc = cli_plan_option(c, &req, opt, optarg)) != 0)
      return rc;
  }
  if (optind < argc) return cli_usage_error(c, "unexpected argument '%s'", argv[optind]);
  /* -o -: the routine format on standard output, as --json (the plan for
   * people then goes to standard error). */
  if (output && strcmp(output, "-") == 0) {
    output = NULL;
    c->json = 1;
  }
  char save_name[128];
  if (save && cli_saved_name(save, save_name, sizeof save_name) != 0)
    return cli_usage_error(c, "--save: '%s' is not a plain name", save);
  if (save) save = save_name; /* legs.json saves legs */

  brf_planner *p = NULL;
  brf_routine *r = NULL;
  /* The safety note exactly once per plan: on standard error when standard
   * output is a JSON document. */
  FILE *human = c->json ? stderr : stdout;
  rc = cli_plan(c, &req, &p, &r);
  if (rc == 0 && !c->json) {
    char title[128], minutes[24];
    snprintf(minutes, sizeof minutes, "%d", (int)req.minutes);
    cli_expand(title, sizeof title, cli_msg_n(CLI_MSG_PLAN_TITLE, req.minutes), "goal",
               brf_goal_id(req.goal), "count", minutes, (char *)NULL);
    rc = cli_print_routine(c, r, title, stdout);
    if (rc == 0) cli_print_rhythm(c, r, stdout);
    cli_print_plan_shortfall(c, &req, p, r, stdout);
    cli_print_plan_notes(c, p, stdout);
  } else if (rc == 0) {
    cli_print_plan_shortfall(c, &req, p, r, stderr);
    cli_print_plan_notes(c, p, stderr);
  }
  /* A plan gets a name (after the text, titled by goal and minutes): the saved name (what run, log and next call it, one
   * routine a name), else the planner's, else its goal. */
  if (rc == 0 && (save || !brf_routine_name(r)[0])) {
    brf_status s = brf_routine_set_name(r, save ? save : brf_goal_id(req.goal));
    if (s != BRF_OK) rc = cli_fail(c, s, NULL);
  }
  /* A saved routine gets its stable id (the one it had when saved again). */
  if (rc == 0 && save) rc = keep_or_give_id(c, r, save);
  char *text = NULL;
  size_t len = 0;
  if (rc == 0 && (c->json || output || save)) rc = routine_json(c, r, &text, &len);
  if (rc == 0 && c->json) fwrite(text, 1, len, stdout);
  if (rc == 0 && output && (rc = cli_write_output(output, text, len)) == 0 &&
      strcmp(output, "-") != 0)
  {
    char line[4400];
    cli_expand(line, sizeof line, cli_msg(CLI_MSG_PLAN_SAVED_TO), "path", output, (char *)NULL);
    fprintf(human, "\n%s\n", line);
  }
  if (rc == 0 && save) {
    char dir[4200], path[4400];
    if ((rc = cli_routines_dir(c, dir, sizeof dir, 1)) == 0) {
      snprintf(path, sizeof path, "%s/%s.json", dir, save);
      if ((rc = cli_write_data_file(c, path, text, len, CLI_MODE_SHARED)) == 0)
      {
        char line[4600];
        cli_expand(line, sizeof line, cli_msg(CLI_MSG_PLAN_SAVED_AS), "name", save, "path", path,
                   (char *)NULL);
        fprintf(human, "\n%s\n", line);
      }
      if (rc == 0) rc = save_profile(c, &req, save);
    }
  }
  brf_free(c->ctx, text);
  if (rc == 0 || rc == CLI_EXIT_REFER) { /* the plan ran: the note, once */
    fputc('\n', human);
    cli_safety_note(human);
  }
  brf_routine_free(r);
  brf_planner_free(p);
  return rc;
}
