#define _POSIX_C_SOURCE 200809L /* setenv, tzset */
/* Schedules: the builder and the generation rules of docs/schedules.md,
 * each checked over 12 weeks by counting and spacing the dates. */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "support.h"
#include "test_routine_fixture.h"

#define HM(h, m) ((h) * 60 + (m))

BRF_TEST_CONTEXT_DECLARE();
static brf_catalog *cat;
static int32_t monday; /* 2026-01-05, a Monday */

static void setup(void) {
  cat = brf_test_routine_catalog(ctx);
  cr_assert_eq(brf_date_from_ymd(ctx, 2026, 1, 5, &monday), BRF_OK);
}

static void teardown(void) { brf_catalog_free(cat); }

BRF_TEST_CONTEXT_FIXTURE_WITH(schedule, setup, teardown);

/* A 12-week schedule with one exercise item at the given frequency. */
static brf_schedule *one_item(const char *id, const char *freq, size_t *item) {
  brf_schedule *s = NULL;
  cr_assert_eq(brf_schedule_new(ctx, monday, 12, &s), BRF_OK);
  cr_assert_eq(brf_schedule_add_exercise(s, brf_catalog_find(cat, id), NULL, NULL, item), BRF_OK);
  cr_assert_eq(brf_schedule_item_set_frequency_text(s, *item, freq, strlen(freq)), BRF_OK,
               "%s", brf_context_errmsg(ctx));
  return s;
}

static void generate(brf_schedule *s) {
  cr_assert_eq(brf_schedule_generate(s), BRF_OK, "%s", brf_context_errmsg(ctx));
}

static size_t count_in_week(const brf_schedule *s, int32_t week) {
  size_t n = 0;
  for (size_t i = 0; i < brf_schedule_session_count(s); i++) {
    int32_t d = brf_schedule_session_date(s, i);
    if (d >= monday + 7 * week && d < monday + 7 * week + 7) n++;
  }
  return n;
}

static void expect_never_consecutive(const brf_schedule *s) {
  for (size_t i = 1; i < brf_schedule_session_count(s); i++)
    cr_expect_geq(brf_schedule_session_date(s, i) - brf_schedule_session_date(s, i - 1), 2,
                  "sessions %zu and %zu are on consecutive days", i - 1, i);
}

Test(schedule, daily_is_one_session_a_day_at_the_first_time) {
  size_t it;
  brf_schedule *s = one_item("bridge", "daily", &it);
  generate(s);
  cr_assert_eq(brf_schedule_session_count(s), 84);
  int64_t max_ms = 0;
  cr_assert_eq(brf_routine_estimate_ms(brf_schedule_item_routine(s, it), NULL, &max_ms), BRF_OK);
  for (size_t i = 0; i < 84; i++) {
    cr_expect_eq(brf_schedule_session_date(s, i), monday + (int32_t)i);
    cr_expect_eq(brf_schedule_session_time(s, i), HM(8, 0));
    cr_expect_eq(brf_schedule_session_item(s, i), it);
    cr_expect_eq(brf_schedule_session_occurrence(s, i), i);
    cr_expect_eq(brf_schedule_session_duration_ms(s, i), max_ms);
    cr_expect_str_eq(brf_schedule_session_title(s, i), "bridge");
  }
  brf_schedule_free(s);
}

Test(schedule, n_a_day_spreads_times_between_first_and_last) {
  size_t it;
  brf_schedule *s = one_item("ball-glutes", "2x/day", &it);
  cr_assert_eq(brf_schedule_item_set_times(s, it, HM(7, 0), HM(21, 0)), BRF_OK);
  generate(s);
  cr_assert_eq(brf_schedule_session_count(s), 168);
  for (size_t i = 0; i < 168; i += 2) {
    cr_expect_eq(brf_schedule_session_date(s, i), brf_schedule_session_date(s, i + 1));
    cr_expect_eq(brf_schedule_session_time(s, i), HM(7, 0));
    cr_expect_eq(brf_schedule_session_time(s, i + 1), HM(21, 0));
  }
  cr_assert_eq(brf_schedule_item_set_frequency_text(s, it, "3x/day", 6), BRF_OK);
  cr_assert_eq(brf_schedule_item_set_times(s, it, HM(8, 0), HM(20, 0)), BRF_OK);
  generate(s);
  cr_assert_eq(brf_schedule_session_count(s), 252);
  cr_expect_eq(brf_schedule_session_time(s, 0), HM(8, 0));
  cr_expect_eq(brf_schedule_session_time(s, 1), HM(14, 0));
  cr_expect_eq(brf_schedule_session_time(s, 2), HM(20, 0));
  brf_schedule_free(s);
}

Test(schedule, three_a_week_is_spread_and_never_consecutive) {
  size_t it;
  brf_schedule *s = one_item("roll-lower-back", "3x/week", &it);
  cr_assert_eq(brf_schedule_item_set_spacing(s, it, BRF_SPACING_NOT_CONSECUTIVE), BRF_OK);
  generate(s);
  cr_assert_eq(brf_schedule_session_count(s), 36);
  for (int32_t w = 0; w < 12; w++) cr_expect_eq(count_in_week(s, w), 3, "week %d", w);
  expect_never_consecutive(s);
  /* Spread: Monday, Wednesday, Saturday (offsets 0, 2, 5 of a week from Monday). */
  cr_expect_eq(brf_date_weekday(brf_schedule_session_date(s, 0)), BRF_WEEKDAY_MONDAY);
  cr_expect_eq(brf_date_weekday(brf_schedule_session_date(s, 1)), BRF_WEEKDAY_WEDNESDAY);
  cr_expect_eq(brf_date_weekday(brf_schedule_session_date(s, 2)), BRF_WEEKDAY_SATURDAY);
  brf_schedule_free(s);
}

Test(schedule, four_a_week_with_spacing_keeps_days_apart) {
  size_t it;
  brf_schedule *s = one_item("roll-lower-back", "4x/week", &it);
  cr_assert_eq(brf_schedule_item_set_spacing(s, it, BRF_SPACING_NOT_CONSECUTIVE), BRF_OK);
  generate(s);
  expect_never_consecutive(s);
  /* Seven days hold at most 3.5 non-consecutive days: weeks alternate 4 and 3. */
  for (int32_t w = 0; w < 12; w++) cr_expect_geq(count_in_week(s, w), 3, "week %d", w);
  brf_schedule_free(s);
  s = one_item("roll-lower-back", "4x/week", &it);
  generate(s);
  cr_expect_eq(brf_schedule_session_count(s), 48);
  brf_schedule_free(s);
}

Test(schedule, weekly_sessions_take_preferred_weekdays_first) {
  size_t it;
  brf_schedule *s = one_item("roll-lower-back", "3x/week", &it);
  uint32_t mwf = BRF_WEEKDAY_BIT(1) | BRF_WEEKDAY_BIT(3) | BRF_WEEKDAY_BIT(5);
  cr_assert_eq(brf_schedule_item_set_weekdays(s, it, mwf), BRF_OK);
  generate(s);
  cr_assert_eq(brf_schedule_session_count(s), 36);
  for (size_t i = 0; i < 36; i++)
    cr_expect(mwf & BRF_WEEKDAY_BIT(brf_date_weekday(brf_schedule_session_date(s, i))));
  /* Fewer preferred days than sessions: the preferred day, then others. */
  cr_assert_eq(brf_schedule_item_set_weekdays(s, it, BRF_WEEKDAY_BIT(2)), BRF_OK);
  cr_assert_eq(brf_schedule_item_set_frequency_text(s, it, "2x/week", 7), BRF_OK);
  generate(s);
  cr_assert_eq(brf_schedule_session_count(s), 24);
  for (int32_t w = 0; w < 12; w++) {
    int tuesday = 0;
    for (size_t i = 0; i < 24; i++)
      if (brf_schedule_session_date(s, i) == monday + 7 * w + 1) tuesday = 1;
    cr_expect(tuesday, "week %d has no Tuesday", w);
  }
  brf_schedule_free(s);
}

Test(schedule, every_other_day_is_two_days_apart) {
  size_t it;
  brf_schedule *s = one_item("bridge", "every other day", &it);
  generate(s);
  cr_assert_eq(brf_schedule_session_count(s), 42);
  for (size_t i = 0; i < 42; i++)
    cr_expect_eq(brf_schedule_session_date(s, i), monday + 2 * (int32_t)i);
  brf_schedule_free(s);
}

Test(schedule, every_other_day_moves_past_rest_days) {
  size_t it;
  brf_schedule *s = one_item("bridge", "every other day", &it);
  cr_assert_eq(brf_schedule_set_rest_weekdays(s, BRF_WEEKDAY_BIT(7)), BRF_OK);
  generate(s);
  size_t n = brf_schedule_session_count(s);
  cr_expect_eq(n, 36); /* Mon Wed Fri: each Sunday moves on to Monday */
  for (size_t i = 0; i < n; i++) {
    cr_expect_neq(brf_date_weekday(brf_schedule_session_date(s, i)), BRF_WEEKDAY_SUNDAY);
    if (i) cr_expect_geq(brf_schedule_session_date(s, i) - brf_schedule_session_date(s, i - 1), 2);
  }
  brf_schedule_free(s);
}

Test(schedule, cold_packs_every_two_hours_only_inside_the_window) {
  size_t it;
  brf_schedule *s = one_item("cold-pack", "every 1-2h, for 2-3d", &it);
  int32_t onset = monday + 1;
  cr_assert_eq(brf_schedule_item_set_window(s, it, onset, HM(14, 30), -1), BRF_OK);
  generate(s);
  size_t n = brf_schedule_session_count(s);
  /* 48 h from Tuesday 14:30: 14:30 16:30 18:30, then 08:00..20:00 every 2 h
   * (7), then 08:00..14:00 (4). */
  cr_assert_eq(n, 14);
  cr_expect_eq(brf_schedule_session_date(s, 0), onset);
  cr_expect_eq(brf_schedule_session_time(s, 0), HM(14, 30));
  int64_t lo = (int64_t)onset * 1440 + HM(14, 30), hi = lo + 48 * 60;
  for (size_t i = 0; i < n; i++) {
    int64_t at = (int64_t)brf_schedule_session_date(s, i) * 1440 + brf_schedule_session_time(s, i);
    cr_expect(at >= lo && at < hi, "session %zu outside the window", i);
    if (i && brf_schedule_session_date(s, i) == brf_schedule_session_date(s, i - 1))
      cr_expect_eq(brf_schedule_session_time(s, i) - brf_schedule_session_time(s, i - 1), 120);
  }
  /* An explicit 72 h window reaches Friday 14:29. */
  cr_assert_eq(brf_schedule_item_set_window(s, it, onset, HM(14, 30), 72LL * 3600000), BRF_OK);
  generate(s);
  cr_expect_eq(brf_schedule_session_count(s), 21);
  cr_expect_eq(brf_schedule_session_date(s, 20), onset + 3);
  /* A window before the schedule gives nothing. */
  cr_assert_eq(brf_schedule_item_set_window(s, it, monday - 10, 0, -1), BRF_OK);
  generate(s);
  cr_expect_eq(brf_schedule_session_count(s), 0);
  cr_assert_eq(brf_schedule_item_clear_window(s, it), BRF_OK);
  generate(s);
  cr_expect_eq(brf_schedule_session_count(s), 84 * 7);
  brf_schedule_free(s);
}

Test(schedule, taper_goes_from_daily_to_max_then_min_a_week) {
  size_t it;
  brf_schedule *s = one_item("roll-lower-back", "daily", &it);
  cr_assert_eq(brf_schedule_item_set_taper(s, it, 2, 2, 3), BRF_OK);
  generate(s);
  cr_assert_eq(brf_schedule_session_count(s), 14 + 2 * 3 + 8 * 2);
  cr_expect_eq(count_in_week(s, 0), 7);
  cr_expect_eq(count_in_week(s, 1), 7);
  cr_expect_eq(count_in_week(s, 2), 3);
  cr_expect_eq(count_in_week(s, 3), 3);
  for (int32_t w = 4; w < 12; w++) cr_expect_eq(count_in_week(s, w), 2, "week %d", w);
  cr_assert_eq(brf_schedule_item_set_taper(s, it, 0, 0, 0), BRF_OK);
  generate(s);
  cr_expect_eq(brf_schedule_session_count(s), 84);
  brf_schedule_free(s);
}

Test(schedule, leg_day_trigger_gives_the_day_after_each_leg_day) {
  size_t it;
  brf_schedule *s = one_item("roll-lower-back", "daily", &it);
  uint32_t legs = BRF_WEEKDAY_BIT(1) | BRF_WEEKDAY_BIT(4); /* mon,thu */
  cr_assert_eq(brf_schedule_item_set_after_weekdays(s, it, legs), BRF_OK);
  generate(s);
  cr_assert_eq(brf_schedule_session_count(s), 24);
  for (size_t i = 0; i < 24; i++) {
    int32_t wd = brf_date_weekday(brf_schedule_session_date(s, i));
    cr_expect(wd == BRF_WEEKDAY_TUESDAY || wd == BRF_WEEKDAY_FRIDAY);
  }
  /* With the seed 001 taper: daily for two weeks, then after leg days. */
  cr_assert_eq(brf_schedule_item_set_taper(s, it, 2, 2, 3), BRF_OK);
  generate(s);
  cr_expect_eq(brf_schedule_session_count(s), 14 + 20);
  /* A Sunday leg day triggers Monday, also the first Monday of the schedule. */
  cr_assert_eq(brf_schedule_item_set_taper(s, it, 0, 0, 0), BRF_OK);
  cr_assert_eq(brf_schedule_item_set_after_weekdays(s, it, BRF_WEEKDAY_BIT(7)), BRF_OK);
  generate(s);
  cr_expect_eq(brf_schedule_session_date(s, 0), monday);
  cr_expect_eq(brf_schedule_session_count(s), 12);
  brf_schedule_free(s);
}

Test(schedule, rest_days_are_never_used) {
  size_t it;
  brf_schedule *s = one_item("bridge", "daily", &it);
  cr_assert_eq(brf_schedule_set_rest_weekdays(s, BRF_WEEKDAY_BIT(7)), BRF_OK);
  cr_assert_eq(brf_schedule_add_rest_day(s, monday + 10), BRF_OK);
  cr_assert_eq(brf_schedule_add_rest_day(s, monday + 10), BRF_OK);
  cr_assert_eq(brf_schedule_add_rest_day(s, monday + 3), BRF_OK);
  generate(s);
  cr_assert_eq(brf_schedule_session_count(s), 84 - 12 - 2);
  for (size_t i = 0; i < brf_schedule_session_count(s); i++) {
    int32_t d = brf_schedule_session_date(s, i);
    cr_expect(d != monday + 10 && d != monday + 3 && brf_date_weekday(d) != BRF_WEEKDAY_SUNDAY);
  }
  cr_expect_eq(brf_schedule_set_rest_weekdays(s, BRF_WEEKDAYS_ALL), BRF_E_INVALID);
  brf_schedule_free(s);
}

Test(schedule, daily_with_spacing_becomes_every_other_day) {
  size_t it;
  brf_schedule *s = one_item("bridge", "daily", &it);
  cr_assert_eq(brf_schedule_item_set_spacing(s, it, BRF_SPACING_NOT_CONSECUTIVE), BRF_OK);
  generate(s);
  cr_expect_eq(brf_schedule_session_count(s), 42);
  expect_never_consecutive(s);
  brf_schedule_free(s);
}

Test(schedule, sessions_of_several_items_are_ordered_by_date_time_item) {
  size_t a, b;
  brf_schedule *s = one_item("bridge", "every other day", &a);
  cr_assert_eq(brf_schedule_add_exercise(s, brf_catalog_find(cat, "glute-stretch"), NULL, NULL, &b),
               BRF_OK);
  cr_assert_eq(brf_schedule_item_set_times(s, b, HM(6, 0), HM(6, 0)), BRF_OK);
  cr_assert_eq(brf_schedule_item_count(s), 2);
  generate(s);
  cr_assert_eq(brf_schedule_session_count(s), 42 + 84);
  for (size_t i = 1; i < 126; i++) {
    int64_t p = (int64_t)brf_schedule_session_date(s, i - 1) * 1440 + brf_schedule_session_time(s, i - 1);
    int64_t q = (int64_t)brf_schedule_session_date(s, i) * 1440 + brf_schedule_session_time(s, i);
    cr_expect_lt(p, q);
  }
  cr_expect_eq(brf_schedule_session_item(s, 0), b);
  cr_expect_eq(brf_schedule_session_item(s, 1), a);
  brf_schedule_free(s);
}

Test(schedule, routines_are_copied_and_keep_their_name) {
  static const char *const ids[] = {"ball-glutes", "glute-stretch", NULL};
  brf_routine *r = brf_test_routine_of(ctx, cat, ids);
  cr_assert_eq(brf_routine_set_name(r, "Glute release"), BRF_OK);
  brf_schedule *s = NULL;
  size_t it;
  cr_assert_eq(brf_schedule_new(ctx, monday, 1, &s), BRF_OK);
  cr_assert_eq(brf_schedule_add_routine(s, r, NULL, &it), BRF_OK);
  brf_routine_free(r);
  cr_expect_eq(brf_schedule_item_kind(s, it), BRF_SCHEDULE_KIND_ROUTINE);
  cr_expect_eq(brf_routine_step_count(brf_schedule_item_routine(s, it)), 2);
  generate(s);
  cr_expect_eq(brf_schedule_session_count(s), 7);
  cr_expect_str_eq(brf_schedule_session_title(s, 0), "Glute release");
  brf_schedule_free(s);
}

/* Generation must not read the machine's time zone: same sessions under any TZ. */
Test(schedule, sessions_do_not_depend_on_the_machine_time_zone) {
  static const char *const zones[] = {"UTC", "America/Los_Angeles", "Pacific/Kiritimati",
                                      "Asia/Kolkata", "Europe/Berlin"};
  int32_t first[200];
  size_t n0 = 0;
  for (size_t z = 0; z < sizeof zones / sizeof zones[0]; z++) {
    cr_assert_eq(setenv("TZ", zones[z], 1), 0);
    tzset();
    size_t it;
    brf_schedule *s = one_item("roll-lower-back", "3x/week", &it);
    cr_assert_eq(brf_schedule_item_set_window(s, it, monday + 3, HM(23, 30), 30LL * 24 * 3600000), BRF_OK);
    cr_assert_eq(brf_schedule_set_time_zone(s, zones[z]), BRF_OK);
    generate(s);
    size_t n = brf_schedule_session_count(s);
    cr_assert_lt(n, 100);
    if (z == 0) {
      n0 = n;
      for (size_t i = 0; i < n; i++) {
        first[2 * i] = brf_schedule_session_date(s, i);
        first[2 * i + 1] = brf_schedule_session_time(s, i);
      }
    } else {
      cr_expect_eq(n, n0, "TZ=%s", zones[z]);
      for (size_t i = 0; i < n && i < n0; i++) {
        cr_expect_eq(brf_schedule_session_date(s, i), first[2 * i], "TZ=%s", zones[z]);
        cr_expect_eq(brf_schedule_session_time(s, i), first[2 * i + 1], "TZ=%s", zones[z]);
      }
    }
    brf_schedule_free(s);
  }
  cr_expect_gt(n0, 8);
  unsetenv("TZ");
  tzset();
}

Test(schedule, setters_discard_the_sessions_until_generated_again) {
  size_t it;
  brf_schedule *s = one_item("bridge", "daily", &it);
  cr_expect_eq(brf_schedule_is_generated(s), 0);
  cr_expect_eq(brf_schedule_session_count(s), 0);
  generate(s);
  cr_expect_eq(brf_schedule_is_generated(s), 1);
  cr_assert_eq(brf_schedule_item_set_weekdays(s, it, BRF_WEEKDAY_BIT(1)), BRF_OK);
  cr_expect_eq(brf_schedule_is_generated(s), 0);
  cr_expect_eq(brf_schedule_session_count(s), 0);
  cr_expect_eq(brf_schedule_session_date(s, 0), INT32_MIN);
  generate(s);
  cr_expect_eq(brf_schedule_session_count(s), 12);
  brf_schedule_free(s);
}

Test(schedule, builder_rejects_bad_arguments) {
  brf_schedule *s = NULL;
  size_t it = 99;
  cr_expect_eq(brf_schedule_new(ctx, monday, 0, &s), BRF_E_RANGE);
  cr_expect_eq(brf_schedule_new(ctx, monday, 105, &s), BRF_E_RANGE);
  cr_expect_eq(brf_schedule_new(ctx, BRF_DATE_MAX, 1, &s), BRF_E_RANGE);
  cr_expect_null(s);
  cr_assert_eq(brf_schedule_new(ctx, monday, 104, &s), BRF_OK);
  cr_expect_eq(brf_schedule_generate(s), BRF_E_STATE);
  brf_dosage *sets = brf_test_dose(ctx, "3x10");
  cr_expect_eq(brf_schedule_add_exercise(s, brf_catalog_find(cat, "bridge"), NULL, sets, &it),
               BRF_E_INVALID);
  cr_expect(strstr(brf_context_errmsg(ctx), "not a frequency field") != NULL, "%s",
            brf_context_errmsg(ctx));
  cr_expect_eq(brf_schedule_item_count(s), 0);
  cr_expect_eq(it, 99);
  brf_dosage_free(sets);
  cr_expect_eq(brf_schedule_add_exercise(s, brf_catalog_find(cat, "no-dose"), NULL, NULL, &it),
               BRF_E_INVALID);
  cr_assert_eq(brf_schedule_add_exercise(s, brf_catalog_find(cat, "bridge"), NULL, NULL, &it),
               BRF_OK);
  cr_expect_eq(brf_schedule_item_set_frequency_text(s, it, "3x/fortnight", 12), BRF_E_PARSE);
  cr_expect_eq(brf_schedule_item_set_frequency_text(s, it, NULL, 0), BRF_E_INVALID);
  cr_expect_eq(brf_schedule_item_set_times(s, it, HM(9, 0), HM(8, 0)), BRF_E_RANGE);
  cr_expect_eq(brf_schedule_item_set_times(s, it, -1, HM(8, 0)), BRF_E_RANGE);
  cr_expect_eq(brf_schedule_item_set_times(s, 1, HM(8, 0), HM(9, 0)), BRF_E_RANGE);
  cr_expect_eq(brf_schedule_item_set_spacing(s, it, 2), BRF_E_INVALID);
  cr_expect_eq(brf_schedule_item_set_weekdays(s, it, 0x80u), BRF_E_INVALID);
  cr_expect_eq(brf_schedule_item_set_after_weekdays(s, it, 0x100u), BRF_E_INVALID);
  cr_expect_eq(brf_schedule_item_set_taper(s, it, 2, 3, 2), BRF_E_RANGE);
  cr_expect_eq(brf_schedule_item_set_taper(s, it, -1, 2, 3), BRF_E_RANGE);
  cr_expect_eq(brf_schedule_item_set_taper(s, it, 2, 0, 3), BRF_E_RANGE);
  cr_expect_eq(brf_schedule_item_set_window(s, it, monday, 1440, -1), BRF_E_RANGE);
  cr_expect_eq(brf_schedule_item_set_window(s, it, monday, 0, 0), BRF_E_RANGE);
  cr_expect_eq(brf_schedule_set_time_zone(s, "Europe/Ber;lin"), BRF_E_INVALID);
  cr_expect_eq(brf_schedule_set_time_zone(s, ""), BRF_E_INVALID);
  cr_expect_eq(brf_schedule_set_reminder_ms(s, -2), BRF_E_RANGE);
  cr_expect_eq(brf_schedule_add_rest_day(s, BRF_DATE_MAX + 1), BRF_E_RANGE);
  cr_assert_eq(brf_schedule_set_time_zone(s, "Europe/Berlin"), BRF_OK);
  cr_expect_str_eq(brf_schedule_time_zone(s), "Europe/Berlin");
  cr_assert_eq(brf_schedule_set_time_zone(s, NULL), BRF_OK);
  cr_expect_null(brf_schedule_time_zone(s));
  for (int i = 1; i < BRF_SCHEDULE_ITEMS_MAX; i++)
    cr_assert_eq(brf_schedule_add_exercise(s, brf_catalog_find(cat, "bridge"), NULL, NULL, NULL),
                 BRF_OK);
  cr_expect_eq(brf_schedule_add_exercise(s, brf_catalog_find(cat, "bridge"), NULL, NULL, NULL),
               BRF_E_RANGE);
  generate(s); /* 64 items over 104 weeks */
  cr_expect_eq(brf_schedule_session_count(s), 64u * 728u);
  brf_schedule_free(s);
}

Test(schedule, null_arguments_are_refused_without_crashing) {
  brf_schedule *s = (brf_schedule *)1;
  cr_expect_eq(brf_schedule_new(NULL, monday, 1, &s), BRF_E_INVALID);
  cr_expect_null(s);
  cr_expect_eq(brf_schedule_new(ctx, monday, 1, NULL), BRF_E_INVALID);
  brf_schedule_free(NULL);
  cr_expect_eq(brf_schedule_start_day(NULL), 0);
  cr_expect_eq(brf_schedule_weeks(NULL), 0);
  cr_expect_eq(brf_schedule_add_routine(NULL, NULL, NULL, NULL), BRF_E_INVALID);
  cr_expect_eq(brf_schedule_add_exercise(NULL, NULL, NULL, NULL, NULL), BRF_E_INVALID);
  cr_expect_eq(brf_schedule_item_count(NULL), 0);
  cr_expect_null(brf_schedule_item_routine(NULL, 0));
  cr_expect_eq(brf_schedule_item_kind(NULL, 0), -1);
  cr_expect_eq(brf_schedule_item_set_frequency(NULL, 0, NULL), BRF_E_INVALID);
  cr_expect_eq(brf_schedule_item_set_frequency_text(NULL, 0, "daily", 5), BRF_E_INVALID);
  cr_expect_eq(brf_schedule_item_set_weekdays(NULL, 0, 1), BRF_E_INVALID);
  cr_expect_eq(brf_schedule_item_set_times(NULL, 0, 1, 2), BRF_E_INVALID);
  cr_expect_eq(brf_schedule_item_set_spacing(NULL, 0, 0), BRF_E_INVALID);
  cr_expect_eq(brf_schedule_item_set_taper(NULL, 0, 1, 2, 3), BRF_E_INVALID);
  cr_expect_eq(brf_schedule_item_set_window(NULL, 0, 0, 0, -1), BRF_E_INVALID);
  cr_expect_eq(brf_schedule_item_clear_window(NULL, 0), BRF_E_INVALID);
  cr_expect_eq(brf_schedule_item_set_after_weekdays(NULL, 0, 1), BRF_E_INVALID);
  cr_expect_eq(brf_schedule_set_rest_weekdays(NULL, 1), BRF_E_INVALID);
  cr_expect_eq(brf_schedule_add_rest_day(NULL, 0), BRF_E_INVALID);
  cr_expect_eq(brf_schedule_set_time_zone(NULL, NULL), BRF_E_INVALID);
  cr_expect_null(brf_schedule_time_zone(NULL));
  cr_expect_eq(brf_schedule_set_reminder_ms(NULL, 0), BRF_E_INVALID);
  cr_expect_eq(brf_schedule_generate(NULL), BRF_E_INVALID);
  cr_expect_eq(brf_schedule_is_generated(NULL), 0);
  cr_expect_eq(brf_schedule_session_count(NULL), 0);
  cr_expect_eq(brf_schedule_session_date(NULL, 0), INT32_MIN);
  cr_expect_eq(brf_schedule_session_time(NULL, 0), -1);
  cr_expect_eq(brf_schedule_session_item(NULL, 0), SIZE_MAX);
  cr_expect_eq(brf_schedule_session_occurrence(NULL, 0), SIZE_MAX);
  cr_expect_eq(brf_schedule_session_duration_ms(NULL, 0), -1);
  cr_expect_null(brf_schedule_session_title(NULL, 0));
  char *out = (char *)1;
  cr_expect_eq(brf_schedule_to_json(ctx, NULL, &out, NULL), BRF_E_INVALID);
  cr_expect_null(out);
  cr_expect_eq(brf_schedule_to_ical(ctx, NULL, 0, &out, NULL), BRF_E_INVALID);
  cr_expect_eq(brf_schedule_ical_format(ctx, NULL, 0, NULL, 0, NULL), BRF_E_INVALID);
  cr_expect_eq(brf_schedule_from_json(ctx, NULL, 5, cat, &s), BRF_E_INVALID);
  cr_expect_eq(brf_schedule_from_json(ctx, "{}", 2, NULL, &s), BRF_E_INVALID);
  size_t it;
  brf_schedule *t = one_item("bridge", "daily", &it);
  cr_expect_eq(brf_schedule_add_routine(t, NULL, NULL, NULL), BRF_E_INVALID);
  cr_expect_eq(brf_schedule_add_exercise(t, NULL, NULL, NULL, NULL), BRF_E_INVALID);
  cr_expect_null(brf_schedule_item_routine(t, 1));
  cr_expect_eq(brf_schedule_item_kind(t, 1), -1);
  generate(t);
  cr_expect_null(brf_schedule_session_title(t, 84));
  brf_schedule_free(t);
}

/* ---- allocation failure: build and generate ---- */

static brf_status build_and_generate(brf_context *c, const brf_catalog *k, brf_schedule **out) {
  static const char *const freq = "3x/week";
  brf_schedule *s = NULL;
  size_t it;
  brf_status status = brf_schedule_new(c, monday, 12, &s);
  if (status == BRF_OK) status = brf_schedule_add_exercise(s, brf_catalog_find(k, "bridge"), NULL, NULL, &it);
  if (status == BRF_OK) status = brf_schedule_item_set_frequency_text(s, it, freq, strlen(freq));
  if (status == BRF_OK) status = brf_schedule_add_rest_day(s, monday + 3);
  if (status == BRF_OK) status = brf_schedule_set_time_zone(s, "Europe/Paris");
  if (status == BRF_OK) status = brf_schedule_add_exercise(s, brf_catalog_find(k, "cold-pack"), NULL, NULL, &it);
  if (status == BRF_OK) status = brf_schedule_item_set_frequency_text(s, it, "every 2h", 8);
  if (status == BRF_OK) status = brf_schedule_item_set_window(s, it, monday, 0, -1);
  if (status == BRF_OK) status = brf_schedule_generate(s);
  if (status != BRF_OK) {
    brf_schedule_free(s);
    s = NULL;
  }
  *out = s;
  return status;
}

Test(schedule, build_and_generate_survive_allocation_failure) {
  brf_test_alloc own;
  brf_context *c = brf_test_context(&own);
  brf_catalog *k = brf_test_routine_catalog(c);
  int ok = 0;
  for (size_t n = 1; n < 500 && !ok; n++) {
    size_t live = own.live_blocks;
    brf_schedule *s = NULL;
    own.calls = 0;
    own.fail_at = n;
    brf_status r = build_and_generate(c, k, &s);
    own.fail_at = 0;
    if (r == BRF_OK) {
      ok = 1;
      cr_expect_eq(brf_schedule_session_count(s), 36 + 7 + 7);
      brf_schedule_free(s);
      break;
    }
    cr_assert_eq(r, BRF_E_NOMEM, "fail_at %zu gave %d: %s", n, r, brf_context_errmsg(c));
    cr_expect_eq(own.live_blocks, live, "fail_at %zu leaked", n);
  }
  cr_expect(ok);
  /* A failing regeneration keeps the previous sessions. */
  brf_schedule *s = NULL;
  cr_assert_eq(build_and_generate(c, k, &s), BRF_OK);
  cr_assert_eq(brf_schedule_item_set_frequency_text(s, 0, "daily", 5), BRF_OK);
  own.calls = 0;
  own.fail_at = 1;
  cr_expect_eq(brf_schedule_generate(s), BRF_E_NOMEM);
  own.fail_at = 0;
  cr_expect_eq(brf_schedule_is_generated(s), 0);
  brf_schedule_free(s);
  brf_catalog_free(k);
  brf_context_free(c);
  cr_expect_eq(own.live_blocks, 0);
}
