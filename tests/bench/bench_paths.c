/* Figures for the paths issue 25 (items 3 and 4) measures: a 10-year
 * journal loaded and summed up as `stats` does (target < 5 ms) with its
 * allocations per entry (target <= 2), an adaptation suggestion over a year
 * of entries (< 1 ms), a 12-week programme of per-exercise frequencies with
 * its iCalendar (< 1 ms), and a plan with a saved screen and the person's
 * conditions (< 1 ms over the built-in catalog, < 50 ms over 100,000
 * exercises). docs/performance.md gives the commands and figures. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "figures.h"

#define JOURNAL_START 16801 /* 2016-01-01 */
#define TEN_YEARS 3650

static const char *const mobility[] = {"glute-stretch", "glute-foam-roll", "glute-bridge",
                                       "active-leg-raise", "psoas-stretch", "frog-stretch"};

/* The routine the journal's entries are sessions of. */
static brf_routine *mobility_routine(brf_context *ctx, const brf_catalog *cat) {
  brf_routine *r = NULL;
  if (brf_routine_new(ctx, &r) != BRF_OK) return NULL;
  brf_routine_set_name(r, "Morning mobility");
  brf_routine_set_id(r, "morning-mobility");
  for (size_t i = 0; i < 4 && cat; i++) brf_routine_append(r, brf_catalog_find(cat, mobility[i]), NULL);
  return r;
}

/* A daily user's journal as JSON Lines (owned by ctx): one session a day
 * from JOURNAL_START, 3 to 6 steps, pain and tightness before and after,
 * effort, and every third day a note, the pain during and two ratings. */
static char *daily_journal(brf_context *ctx, size_t days, size_t *len) {
  brf_journal *j = NULL;
  char *text = NULL;
  if (brf_journal_new(ctx, &j) != BRF_OK) return NULL;
  for (size_t d = 0; d < days; d++) {
    size_t i = 0;
    if (brf_journal_add(j, JOURNAL_START + (int32_t)d, 420 + (int32_t)(d % 90),
                        "Morning mobility", &i) != BRF_OK)
      break;
    (void)brf_journal_entry_set_routine_id(j, i, "morning-mobility");
    (void)brf_journal_entry_set_session(j, i, "schedule:morning-mobility/daily");
    for (size_t k = 0; k < 3 + d % 4; k++)
      (void)brf_journal_entry_add_step(j, i, mobility[(d + k) % 6],
                                       (d + k) % 9 ? BRF_JOURNAL_STEP_DONE
                                                   : BRF_JOURNAL_STEP_CUT_SHORT);
    (void)brf_journal_entry_set_pain(j, i, BRF_JOURNAL_BEFORE, (int32_t)(2 + d % 3));
    (void)brf_journal_entry_set_pain(j, i, BRF_JOURNAL_AFTER, (int32_t)(1 + d % 3));
    (void)brf_journal_entry_set_tightness(j, i, BRF_JOURNAL_BEFORE, (int32_t)(3 + d % 4));
    (void)brf_journal_entry_set_effort(j, i, (int32_t)(3 + d % 5));
    if (d % 3 == 0) {
      (void)brf_journal_entry_set_note(j, i, "Stiff after a long drive; looser after rolling.");
      (void)brf_journal_entry_set_pain_during(j, i, (int32_t)(d % 3));
      (void)brf_journal_entry_rate_exercise(j, i, "glute-bridge", 3, 1);
      (void)brf_journal_entry_rate_exercise(j, i, "glute-stretch", 2, BRF_JOURNAL_UNSET);
    }
  }
  if (brf_journal_to_jsonl(ctx, j, &text, len) != BRF_OK) text = NULL;
  brf_journal_free(j);
  return text;
}

/* ---- a 10-year journal: load + stats ---- */

typedef struct stats_arg {
  brf_context *ctx;
  const char *text;
  size_t len;
  const brf_routine *routine;
  int32_t *days; /* the prescribed days: every day */
  size_t count;
  int64_t check; /* what stats found, so nothing is optimised away */
  const brf_journal *loaded; /* for stats_only */
} stats_arg;

/* Entries in date order (day, then time, then journal order), as `stats`
 * sorts them for its chart and trend. */
static const brf_journal *sort_journal;
static int by_date(const void *pa, const void *pb) {
  size_t a = *(const size_t *)pa, b = *(const size_t *)pb;
  int32_t da = brf_journal_entry_day(sort_journal, a), db = brf_journal_entry_day(sort_journal, b);
  if (da != db) return da < db ? -1 : 1;
  int32_t ma = brf_journal_entry_minutes(sort_journal, a);
  int32_t mb = brf_journal_entry_minutes(sort_journal, b);
  if (ma != mb) return ma < mb ? -1 : 1;
  return a < b ? -1 : a > b;
}

/* What `backrelief stats` computes (examples/cli/cmd_stats.c): adherence
 * for each of the last 4 ISO weeks against the schedule's days, each
 * exercise's adherence over those weeks, the entries sorted by date, and
 * the pain trend (older half against newer half). */
static void stats(stats_arg *a, const brf_journal *j) {
  int64_t done = 0, pres = 0, due = 0, sum[2] = {0, 0};
  int32_t pct = 0;
  size_t n = brf_journal_count(j);
  int32_t until = JOURNAL_START + (int32_t)a->count - 1;
  int32_t first_week = brf_journal_week_start(until) - 21;
  for (int32_t w = 0; w < 4; w++)
    (void)brf_journal_adherence_week(j, a->days, a->count, first_week + 7 * w, &pres, &done,
                                     &pct);
  for (size_t k = 0; k < brf_routine_step_count(a->routine); k++)
    (void)brf_journal_adherence_exercise(j, a->routine, brf_routine_step_exercise_id(a->routine, k),
                                         a->days, a->count, first_week, until, &due, &done, &pct);
  size_t *order = malloc((n ? n : 1) * sizeof *order);
  if (order != NULL) {
    for (size_t i = 0; i < n; i++) order[i] = i;
    sort_journal = j;
    qsort(order, n, sizeof *order, by_date);
    for (size_t i = 0; i < n; i++) {
      int32_t pain = brf_journal_entry_pain(j, order[i], BRF_JOURNAL_BEFORE);
      if (pain >= 0) sum[i >= n / 2] += pain;
    }
    free(order);
  }
  a->check = sum[0] + sum[1] + done + pres + due;
}

static void load_and_stats(void *p) {
  stats_arg *a = p;
  brf_journal *j = NULL;
  if (brf_journal_load(a->ctx, a->text, a->len, &j) != BRF_OK) {
    fprintf(stderr, "journal: load failed: %s\n", brf_context_errmsg(a->ctx));
    return;
  }
  stats(a, j);
  brf_journal_free(j);
}

/* The two halves apart: the load (and free) alone, and the stats of a
 * journal already loaded. */
static void load_only(void *p) {
  stats_arg *a = p;
  brf_journal *j = NULL;
  if (brf_journal_load(a->ctx, a->text, a->len, &j) == BRF_OK) brf_journal_free(j);
}

static void stats_only(void *p) {
  stats_arg *a = p;
  stats(a, a->loaded);
}

static void journal_figures(const bench_opts *o, brf_context *ctx, bench_alloc *c,
                            const brf_routine *r) {
  stats_arg a = {ctx, NULL, 0, r, NULL, TEN_YEARS, 0, NULL};
  char *text = daily_journal(ctx, TEN_YEARS, &a.len);
  a.text = text;
  a.days = malloc(TEN_YEARS * sizeof *a.days);
  if (text == NULL || a.days == NULL) {
    printf("journal: 10 years: could not build the journal\n");
    brf_free(ctx, text);
    free(a.days);
    return;
  }
  for (size_t d = 0; d < TEN_YEARS; d++) a.days[d] = JOURNAL_START + (int32_t)d;
  /* Allocations per entry: one load, counted. */
  brf_journal *j = NULL;
  size_t before = c->calls;
  brf_status st = brf_journal_load(ctx, a.text, a.len, &j);
  size_t calls = c->calls - before;
  double per = (double)calls / (double)TEN_YEARS;
  brf_journal_free(j);
  printf("journal: 10 years (3,650 entries, %zu bytes): %zu allocations per load, %.3f per entry\n",
         a.len, calls, per);
  bench_target("journal load <= 2 allocations per entry", st == BRF_OK && per <= 2.0);
  double ns = bench_run("journal: 10 years (3,650 entries) load + stats", o->quick ? 3 : 50,
                        load_and_stats, &a, a.len, c);
  bench_target("10-year journal load + stats < 5 ms", ns < 5e6);
  (void)bench_run("  of which the load (and free)", o->quick ? 3 : 50, load_only, &a, a.len, c);
  if (brf_journal_load(ctx, a.text, a.len, &j) == BRF_OK) {
    a.loaded = j;
    (void)bench_run("  of which stats (4 weeks, 4 exercises, sort)", o->quick ? 3 : 50,
                    stats_only, &a, 0, c);
    brf_journal_free(j);
  }
  brf_free(ctx, text);
  free(a.days);
}

/* ---- an adaptation suggestion over a year of entries ---- */

typedef struct adapt_arg {
  brf_context *ctx;
  const brf_journal *journal;
  const brf_routine *routine;
  const brf_catalog *cat;
  int32_t today;
  int32_t outcome;
} adapt_arg;

static void suggest_once(void *p) {
  adapt_arg *a = p;
  brf_adapt_suggestion *s = NULL;
  if (brf_adapt_next(a->ctx, a->journal, a->routine, NULL, NULL, a->cat, NULL, NULL, a->today,
                     a->today - 10, 0, &s) != BRF_OK)
    fprintf(stderr, "adapt: failed: %s\n", brf_context_errmsg(a->ctx));
  a->outcome = brf_adapt_suggestion_outcome(s);
  brf_adapt_suggestion_free(s);
}

static void adapt_figure(const bench_opts *o, brf_context *ctx, bench_alloc *c,
                         const brf_routine *r, const brf_catalog *cat) {
  size_t len = 0;
  char *text = daily_journal(ctx, 365, &len);
  brf_journal *j = NULL;
  if (text == NULL || brf_journal_load(ctx, text, len, &j) != BRF_OK) {
    printf("adapt: could not build the journal\n");
    brf_free(ctx, text);
    return;
  }
  adapt_arg a = {ctx, j, r, cat, JOURNAL_START + 364, -1};
  double ns = bench_run("adapt: next over a year (365 entries)", o->quick ? 20 : 500,
                        suggest_once, &a, 0, c);
  printf("  (outcome %s)\n", a.outcome >= 0 ? brf_adapt_outcome_id(a.outcome) : "none");
  bench_target("adaptation suggestion over a year of entries < 1 ms", ns < 1e6);
  brf_journal_free(j);
  brf_free(ctx, text);
}

/* ---- a 12-week programme of per-exercise frequencies and its iCalendar ---- */

typedef struct programme_arg {
  brf_context *ctx;
  const brf_routine *routine;
  size_t sessions, bytes;
} programme_arg;

static void programme_once(void *p) {
  programme_arg *a = p;
  brf_schedule *s = NULL;
  size_t item = 0, len = 0;
  char *ics = NULL;
  int32_t start = 20458; /* 2026-01-05, a Monday */
  brf_status st = brf_schedule_new(a->ctx, start, 12, &s);
  if (st == BRF_OK) st = brf_schedule_add_programme(s, a->routine, &item);
  if (st == BRF_OK) st = brf_schedule_step_set_taper(s, item, 1, 2, 2, 3);
  if (st == BRF_OK) st = brf_schedule_step_set_after_weekdays(s, item, 3, BRF_WEEKDAY_BIT(1) |
                                                                       BRF_WEEKDAY_BIT(4));
  if (st == BRF_OK) st = brf_schedule_item_set_window(s, item, start + 2, 10 * 60 + 30, -1);
  if (st == BRF_OK) st = brf_schedule_generate(s);
  if (st == BRF_OK) st = brf_schedule_to_ical(a->ctx, s, 0, &ics, &len);
  if (st != BRF_OK) fprintf(stderr, "programme: failed: %s\n", brf_context_errmsg(a->ctx));
  a->sessions = brf_schedule_session_count(s);
  a->bytes = len;
  brf_free(a->ctx, ics);
  brf_schedule_free(s);
}

static void programme_figure(const bench_opts *o, brf_context *ctx, bench_alloc *c,
                             const brf_catalog *cat) {
  /* Each step at its own frequency, as the seed articles give them: stretch
   * daily, roll 3 times a week tapering, strengthen every other day,
   * recovery after leg days, a cold pack every 2 h for 2-3 days. */
  static const char *const steps[] = {
      "glute-stretch",   "3 reps, hold 30s, daily",      "glute-foam-roll", "90s, daily",
      "glute-bridge",    "2x10, every other day",        "psoas-stretch",   "hold 30s, daily",
      "cold-pack",       "20min, every 2h, for 2-3d",    NULL};
  brf_routine *r = NULL;
  brf_status st = brf_routine_new(ctx, &r);
  if (st == BRF_OK) st = brf_routine_set_name(r, "Glute programme");
  for (size_t i = 0; st == BRF_OK && steps[i]; i += 2) {
    brf_dosage *d = NULL;
    st = brf_dosage_parse(ctx, steps[i + 1], strlen(steps[i + 1]), &d);
    if (st == BRF_OK) st = brf_routine_append(r, brf_catalog_find(cat, steps[i]), d);
    brf_dosage_free(d);
  }
  if (st != BRF_OK) {
    printf("programme: skipped (%s)\n", brf_context_errmsg(ctx));
    brf_routine_free(r);
    return;
  }
  programme_arg a = {ctx, r, 0, 0};
  double ns = bench_run("programme: 12 weeks, 5 frequencies + iCalendar", o->quick ? 20 : 1000,
                        programme_once, &a, 0, c);
  printf("  (%zu sessions, %zu bytes of iCalendar)\n", a.sessions, a.bytes);
  bench_target("12-week programme with iCalendar < 1 ms", ns < 1e6 && a.sessions > 0);
  brf_routine_free(r);
}

/* ---- a plan with a saved screen and conditions ---- */

typedef struct screen_plan_arg {
  brf_context *ctx;
  const brf_catalog *cat;
  const char *screen_json; /* the saved screen, as `screen` writes it */
  size_t screen_len;
  size_t steps;
} screen_plan_arg;

/* What `plan` does with a saved screen: read it, then plan with its answers
 * (their implied conditions and review advice) and the profile's conditions. */
static void screen_plan_once(void *p) {
  screen_plan_arg *a = p;
  brf_screen_result *saved = NULL;
  const brf_screen *scr = NULL;
  brf_planner *pl = NULL;
  brf_profile *prof = NULL;
  brf_routine *r = NULL;
  brf_status st = brf_screen_result_from_json(a->ctx, a->screen_json, a->screen_len, 0, &saved);
  if (st == BRF_OK) st = brf_screen_result_screen(saved, &scr);
  if (st == BRF_OK) st = brf_planner_new(a->ctx, &pl);
  if (st == BRF_OK) st = brf_profile_new(a->ctx, &prof);
  if (st == BRF_OK) {
    brf_profile_set_equipment(prof, BRF_EQUIPMENT_MAT, 1);
    brf_profile_set_equipment(prof, BRF_EQUIPMENT_FOAM_ROLLER, 1);
    brf_profile_set_condition(prof, BRF_CONDITION_KNEE_PROBLEMS, 1);
    brf_profile_set_condition(prof, BRF_CONDITION_WRIST_PROBLEMS, 1);
    st = brf_planner_set_profile(pl, prof);
  }
  if (st == BRF_OK) st = brf_planner_set_screen(pl, scr);
  if (st == BRF_OK) st = brf_planner_set_goal(pl, BRF_GOAL_POST_LEG_WORKOUT);
  if (st == BRF_OK) st = brf_planner_set_minutes(pl, 20);
  if (st == BRF_OK) st = brf_planner_run(pl, a->cat, &r);
  if (st != BRF_OK) fprintf(stderr, "screen plan: failed: %s\n", brf_context_errmsg(a->ctx));
  a->steps = brf_routine_step_count(r);
  brf_routine_free(r);
  brf_profile_free(prof);
  brf_planner_free(pl);
  brf_screen_result_free(saved);
}

static void screen_plan_figures(const bench_opts *o, brf_context *ctx, bench_alloc *c,
                                const brf_catalog *builtin) {
  /* The saved screen: osteoporosis or steroid tablets (a review flag that
   * implies a condition), every other red flag answered no. */
  brf_screen *scr = NULL;
  brf_screen_result *res = NULL;
  char *json = NULL;
  size_t len = 0;
  brf_status st = brf_screen_new(ctx, &scr);
  for (size_t i = 0; st == BRF_OK && i < brf_redflag_count(); i++)
    st = brf_screen_answer(scr, brf_redflag_id(i),
                           strcmp(brf_redflag_id(i), "fracture-risk") == 0);
  if (st == BRF_OK) st = brf_screen_set_age(scr, 58);
  if (st == BRF_OK) st = brf_screen_result_new(ctx, scr, 20458, &res);
  if (st == BRF_OK) st = brf_screen_result_to_json(ctx, res, 0, &json, &len);
  brf_screen_result_free(res);
  brf_screen_free(scr);
  if (st != BRF_OK) {
    printf("screen plan: skipped (%s)\n", brf_context_errmsg(ctx));
    return;
  }
  screen_plan_arg a = {ctx, builtin, json, len, 0};
  if (builtin != NULL) {
    double ns = bench_run("plan + saved screen + conditions, built-in", o->quick ? 50 : 2000,
                          screen_plan_once, &a, 0, c);
    printf("  (%zu steps)\n", a.steps);
    bench_target("plan with a saved screen and conditions < 1 ms", ns < 1e6 && a.steps > 0);
  }
  if (o->quick) {
    printf("target: plan with a screen over 100,000 exercises (run the full mode)\n");
  } else {
    brf_catalog *large = bench_synthetic_catalog(ctx, 100000);
    if (large != NULL) {
      a.cat = large;
      double ns = bench_run("plan + saved screen + conditions, 100,000", 20, screen_plan_once,
                            &a, 0, c);
      printf("  (%zu steps)\n", a.steps);
      bench_target("plan with a screen over 100,000 exercises < 50 ms", ns < 50e6 && a.steps > 0);
      brf_catalog_free(large);
    }
  }
  brf_free(ctx, json);
}

void bench_paths(const bench_opts *o) {
  bench_alloc c = {0, 0};
  brf_context *ctx = bench_context(&c);
  if (ctx == NULL) return;
  brf_catalog *builtin = NULL;
  if (brf_catalog_new_builtin(ctx, &builtin) != BRF_OK) builtin = NULL;
  brf_routine *r = mobility_routine(ctx, builtin);
  if (r != NULL) journal_figures(o, ctx, &c, r);
  if (r != NULL && builtin != NULL) adapt_figure(o, ctx, &c, r, builtin);
  if (builtin != NULL) programme_figure(o, ctx, &c, builtin);
  else printf("adapt, programme: skipped (the built-in catalog is not compiled in)\n");
  screen_plan_figures(o, ctx, &c, builtin);
  brf_routine_free(r);
  brf_catalog_free(builtin);
  brf_context_free(ctx);
}
