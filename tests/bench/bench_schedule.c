/* Figure: a whole year (52 weeks) of the seed programme: building the
 * schedule, generating its sessions and exporting it as iCalendar.
 * Target: under 1 ms. */
#include <stdio.h>
#include <string.h>

#include "figures.h"

typedef struct year_arg {
  bench_alloc counter;
  brf_context *ctx;
  const brf_catalog *cat;
  size_t sessions;
  size_t bytes;
} year_arg;

static void add(year_arg *y, brf_schedule *s, const char *name, const char *const *ids,
                const char *freq, size_t *item) {
  brf_routine *r = NULL;
  brf_routine_new(y->ctx, &r);
  brf_routine_set_name(r, name);
  for (size_t i = 0; ids[i]; i++) brf_routine_append(r, brf_catalog_find(y->cat, ids[i]), NULL);
  brf_schedule_add_routine(s, r, NULL, item);
  brf_schedule_item_set_frequency_text(s, *item, freq, strlen(freq));
  brf_routine_free(r);
}

static void year(void *arg) {
  static const char *const release[] = {"glute-ball-release", "glute-stretch", NULL};
  static const char *const rolling[] = {"glute-foam-roll", "seated-piriformis-stretch", NULL};
  static const char *const strength[] = {"glute-bridge", "active-leg-raise", NULL};
  static const char *const recovery[] = {"adductor-foam-roll", "quadriceps-foam-roll",
                                         "piriformis-foam-roll", "psoas-stretch",
                                         "frog-stretch", NULL};
  static const char *const cold[] = {"cold-pack", NULL};
  year_arg *y = arg;
  brf_schedule *s = NULL;
  size_t i = 0;
  int32_t start = 20458; /* 2026-01-05 */
  brf_schedule_new(y->ctx, start, 52, &s);
  add(y, s, "Glute release", release, "2x/day", &i);
  add(y, s, "Glute rolling", rolling, "3x/week", &i);
  brf_schedule_item_set_spacing(s, i, BRF_SPACING_NOT_CONSECUTIVE);
  add(y, s, "Glute strength", strength, "every other day", &i);
  add(y, s, "Leg-day recovery", recovery, "daily", &i);
  brf_schedule_item_set_taper(s, i, 2, 2, 3);
  brf_schedule_item_set_after_weekdays(s, i, BRF_WEEKDAY_BIT(1) | BRF_WEEKDAY_BIT(4));
  add(y, s, "Cold pack", cold, "every 1-2h, for 2-3d", &i);
  brf_schedule_item_set_window(s, i, start + 1, 14 * 60 + 30, -1);
  brf_schedule_add_rest_day(s, start + 40);
  brf_schedule_generate(s);
  char *ics = NULL;
  size_t len = 0;
  brf_schedule_to_ical(y->ctx, s, 0, &ics, &len);
  y->sessions = brf_schedule_session_count(s);
  y->bytes = len;
  brf_free(y->ctx, ics);
  brf_schedule_free(s);
}

void bench_schedule(const bench_opts *o) {
  year_arg y;
  memset(&y, 0, sizeof y);
  y.ctx = bench_context(&y.counter);
  brf_catalog *cat = NULL;
  if (brf_catalog_new_builtin(y.ctx, &cat) != BRF_OK) {
    printf("schedule: skipped (the built-in catalog is not compiled in)\n");
    brf_context_free(y.ctx);
    return;
  }
  y.cat = cat;
  double ns = bench_run("schedule: 52 weeks build+generate+iCalendar", o->quick ? 50 : 1000,
                        year, &y, 0, &y.counter);
  printf("  (%zu sessions, %zu bytes of iCalendar)\n", y.sessions, y.bytes);
  bench_target("52-week schedule with iCalendar export < 1 ms", ns < 1e6);
  brf_catalog_free(cat);
  brf_context_free(y.ctx);
}
