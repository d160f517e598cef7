/* Test program (public API only): builds the seed programme as schedules and
 * writes, for each scenario NAME, DIR/NAME.ics (brf_schedule_to_ical) and
 * DIR/NAME.txt: the sessions the schedule holds, one line each,
 *   at <YYYY-MM-DDTHH:MM> <duration ms> <title>
 * plus a first line "options <tz or -> <reminder ms> <flags>".
 * tests/unit/schedule/check_schedule_ical.py parses each calendar with
 * python3-icalendar, expands its recurrences with dateutil and compares them
 * with the sessions. Exit 77 when the built-in catalog is not compiled in. */
#include <stdio.h>
#include <string.h>

#include "backrelief.h"

static int fail(brf_context *ctx, const char *what) {
  fprintf(stderr, "write_schedules: %s: %s\n", what, brf_context_errmsg(ctx));
  return 1;
}

static int add(brf_context *ctx, brf_schedule *s, const brf_catalog *cat, const char *name,
               const char *const *ids, const char *freq, size_t *index) {
  brf_routine *r = NULL;
  if (brf_routine_new(ctx, &r) != BRF_OK || brf_routine_set_name(r, name) != BRF_OK)
    return fail(ctx, name);
  for (size_t i = 0; ids[i]; i++) {
    const brf_exercise *ex = brf_catalog_find(cat, ids[i]);
    if (!ex || brf_routine_append(r, ex, NULL) != BRF_OK) {
      brf_routine_free(r);
      return fail(ctx, ids[i]);
    }
  }
  brf_status st = brf_schedule_add_routine(s, r, NULL, index);
  brf_routine_free(r);
  if (st != BRF_OK) return fail(ctx, name);
  if (brf_schedule_item_set_frequency_text(s, *index, freq, strlen(freq)) != BRF_OK)
    return fail(ctx, freq);
  return 0;
}

/* The seed programme: 12 weeks from Monday 2026-01-05. */
static int programme(brf_context *ctx, const brf_catalog *cat, int rest, brf_schedule **out) {
  static const char *const release[] = {"glute-ball-release", "glute-stretch", NULL};
  static const char *const rolling[] = {"glute-foam-roll", "seated-piriformis-stretch", NULL};
  static const char *const strength[] = {"glute-bridge", "active-leg-raise", NULL};
  static const char *const recovery[] = {"adductor-foam-roll", "quadriceps-foam-roll",
                                         "piriformis-foam-roll", "psoas-stretch",
                                         "frog-stretch", NULL};
  int32_t start = 0, onset = 0;
  size_t i = 0;
  brf_schedule *s = NULL;
  brf_date_from_ymd(ctx, 2026, 1, 5, &start);
  brf_date_from_ymd(ctx, 2026, 1, 6, &onset);
  if (brf_schedule_new(ctx, start, 12, &s) != BRF_OK) return fail(ctx, "new");
  *out = s;
  if (add(ctx, s, cat, "Glute release", release, "2x/day", &i)) return 1; /* seed 000 */
  if (brf_schedule_item_set_times(s, i, 7 * 60, 19 * 60 + 30) != BRF_OK) return fail(ctx, "times");
  if (add(ctx, s, cat, "Glute rolling", rolling, "3x/week", &i)) return 1; /* seed 003 */
  if (brf_schedule_item_set_spacing(s, i, BRF_SPACING_NOT_CONSECUTIVE) != BRF_OK) return 1;
  if (add(ctx, s, cat, "Glute strength", strength, "every other day", &i)) return 1; /* 004 */
  if (brf_schedule_item_set_times(s, i, 18 * 60, 18 * 60) != BRF_OK) return 1;
  if (add(ctx, s, cat, "Leg-day recovery", recovery, "daily", &i)) return 1; /* seed 001 */
  if (brf_schedule_item_set_taper(s, i, 2, 2, 3) != BRF_OK) return 1;
  if (brf_schedule_item_set_after_weekdays(s, i, BRF_WEEKDAY_BIT(1) | BRF_WEEKDAY_BIT(4)) != BRF_OK)
    return 1;
  const brf_exercise *cold = brf_catalog_find(cat, "cold-pack"); /* seed 002 */
  if (!cold || brf_schedule_add_exercise(s, cold, NULL, NULL, &i) != BRF_OK) return fail(ctx, "cold");
  if (brf_schedule_item_set_frequency_text(s, i, "every 1-2h, for 2-3d", 20) != BRF_OK) return 1;
  if (brf_schedule_item_set_window(s, i, onset, 14 * 60 + 30, -1) != BRF_OK) return 1;
  if (rest) {
    int32_t day = 0;
    brf_date_from_ymd(ctx, 2026, 2, 14, &day);
    if (brf_schedule_add_rest_day(s, day) != BRF_OK) return 1;
    if (brf_schedule_set_rest_weekdays(s, BRF_WEEKDAY_BIT(7)) != BRF_OK) return 1;
  }
  return brf_schedule_generate(s) == BRF_OK ? 0 : fail(ctx, "generate");
}

static int write_one(brf_context *ctx, const brf_catalog *cat, const char *dir, const char *name,
                     int rest, const char *tz, int64_t reminder, uint32_t flags) {
  brf_schedule *s = NULL;
  char path[4096];
  int rc = programme(ctx, cat, rest, &s);
  if (!rc && tz && brf_schedule_set_time_zone(s, tz) != BRF_OK) rc = fail(ctx, "tz");
  if (!rc && brf_schedule_set_reminder_ms(s, reminder) != BRF_OK) rc = fail(ctx, "reminder");
  char *ics = NULL;
  size_t len = 0;
  if (!rc && brf_schedule_to_ical(ctx, s, flags, &ics, &len) != BRF_OK) rc = fail(ctx, "ical");
  if (!rc) {
    snprintf(path, sizeof path, "%s/%s.ics", dir, name);
    FILE *f = fopen(path, "wb");
    if (!f || fwrite(ics, 1, len, f) != len) rc = 1;
    if (f) fclose(f);
    snprintf(path, sizeof path, "%s/%s.txt", dir, name);
    f = fopen(path, "w");
    if (!f) rc = 1;
    else {
      fprintf(f, "options %s %lld %u\n", tz ? tz : "-", (long long)reminder, (unsigned)flags);
      for (size_t k = 0; k < brf_schedule_session_count(s); k++) {
        char d[16], t[8];
        brf_date_format(brf_schedule_session_date(s, k), d, sizeof d, NULL);
        brf_time_format(brf_schedule_session_time(s, k), t, sizeof t, NULL);
        fprintf(f, "at %sT%s %lld %s\n", d, t, (long long)brf_schedule_session_duration_ms(s, k),
                brf_schedule_session_title(s, k));
      }
      fclose(f);
    }
  }
  brf_free(ctx, ics);
  brf_schedule_free(s);
  return rc;
}

/* The seed rhythms as one programme (each step at its own dose's frequency):
 * DIR/programme.ics, DIR/programme.json (the schedule format, with each
 * session's "exercises") and DIR/programme.names (id TAB step name). */
static int write_programme(brf_context *ctx, const brf_catalog *cat, const char *dir) {
  static const char *const steps[][2] = {
      {"cold-pack", "20min, every 2h, for 2-3d"},                    /* seed 002 */
      {"glute-stretch", "2-3 reps, hold 30s, each side, daily"},     /* seed 000 */
      {"glute-foam-roll", "1min, each side, 3x/week"},               /* seed 003 */
      {"glute-bridge", "2-3x6-15, every other day"},                 /* seed 004 */
      {"adductor-foam-roll", "1min, each side, daily"},              /* seed 001 */
      {"psoas-stretch", "5 reps"}};                                  /* follows */
  int32_t start = 0, onset = 0;
  brf_routine *r = NULL;
  brf_schedule *s = NULL;
  size_t item = 0;
  int rc = 0;
  brf_date_from_ymd(ctx, 2026, 1, 5, &start);
  brf_date_from_ymd(ctx, 2026, 1, 6, &onset);
  if (brf_routine_new(ctx, &r) != BRF_OK || brf_routine_set_name(r, "legs") != BRF_OK)
    return fail(ctx, "routine");
  for (size_t i = 0; i < sizeof steps / sizeof steps[0] && !rc; i++) {
    brf_dosage *d = NULL;
    const brf_exercise *ex = brf_catalog_find(cat, steps[i][0]);
    if (!ex) rc = fail(ctx, steps[i][0]);
    else if (brf_dosage_parse(ctx, steps[i][1], strlen(steps[i][1]), &d) != BRF_OK)
      rc = fail(ctx, steps[i][1]);
    else if (brf_routine_append(r, ex, d) != BRF_OK)
      rc = fail(ctx, steps[i][0]);
    brf_dosage_free(d);
  }
  if (!rc && brf_schedule_new(ctx, start, 4, &s) != BRF_OK) rc = fail(ctx, "new");
  if (!rc && brf_schedule_add_programme(s, r, &item) != BRF_OK) rc = fail(ctx, "programme");
  if (!rc && brf_schedule_item_set_window(s, item, onset, 14 * 60 + 30, -1) != BRF_OK) rc = 1;
  if (!rc && brf_schedule_step_set_taper(s, item, 4, 2, 2, 3) != BRF_OK) rc = 1;
  if (!rc && brf_schedule_set_reminder_ms(s, 600000) != BRF_OK) rc = 1;
  if (!rc && brf_schedule_generate(s) != BRF_OK) rc = fail(ctx, "generate");
  char *text = NULL, path[4096];
  size_t len = 0;
  const char *exts[] = {"ics", "json"};
  for (int k = 0; k < 2 && !rc; k++) {
    brf_status st = k == 0 ? brf_schedule_to_ical(ctx, s, 0, &text, &len)
                           : brf_schedule_to_json_v2(ctx, s, BRF_JSON_PRETTY, &text, &len);
    if (st != BRF_OK) rc = fail(ctx, exts[k]);
    snprintf(path, sizeof path, "%s/programme.%s", dir, exts[k]);
    FILE *f = rc ? NULL : fopen(path, "wb");
    if (!rc && (!f || fwrite(text, 1, len, f) != len)) rc = 1;
    if (f) fclose(f);
    brf_free(ctx, text);
    text = NULL;
  }
  snprintf(path, sizeof path, "%s/programme.names", dir);
  FILE *f = rc ? NULL : fopen(path, "w");
  if (!rc && !f) rc = 1;
  for (size_t i = 0; f && i < brf_routine_step_count(r); i++)
    fprintf(f, "%s\t%s\n", brf_routine_step_exercise_id(r, i), brf_routine_step_name(r, i));
  if (f) fclose(f);
  brf_schedule_free(s);
  brf_routine_free(r);
  return rc;
}

int main(int argc, char **argv) {
  brf_context *ctx = NULL;
  brf_catalog *cat = NULL;
  if (argc != 2) return 2;
  if (brf_context_new(&ctx) != BRF_OK) return 1;
  if (brf_catalog_new_builtin(ctx, &cat) != BRF_OK) {
    printf("skipped: the built-in catalog is not compiled in\n");
    brf_context_free(ctx);
    return 77;
  }
  int rc = write_one(ctx, cat, argv[1], "series", 0, NULL, -1, 0);
  if (!rc) rc = write_one(ctx, cat, argv[1], "rest-days", 1, NULL, -1, 0);
  if (!rc) rc = write_one(ctx, cat, argv[1], "zoned", 0, "Europe/Berlin", 600000, 0);
  if (!rc) rc = write_one(ctx, cat, argv[1], "expanded", 1, NULL, 0, BRF_SCHEDULE_ICAL_EXPAND);
  if (!rc) rc = write_programme(ctx, cat, argv[1]);
  brf_catalog_free(cat);
  brf_context_free(ctx);
  return rc;
}
