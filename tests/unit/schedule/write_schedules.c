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
  brf_catalog_free(cat);
  brf_context_free(ctx);
  return rc;
}
