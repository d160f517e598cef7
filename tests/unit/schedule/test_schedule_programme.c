/* Programmes (docs/schedules.md, "Programmes"): every step at its own
 * frequency, four weeks checked day by day. The expected days are written
 * out from the seeds' rhythms before the code (docs/schedules.md gives the
 * sources): stretch daily, roll about 3 times a week, strengthen every other
 * day, roll daily tapering to 2-3 times a week, cold every 2 h only in the
 * first 48 h after an onset, recovery the day after leg days. */
#include <criterion/criterion.h>
#include <string.h>

#include "support.h"
#include "test_routine_fixture.h"

#define HM(h, m) ((h) * 60 + (m))
#define DAYS 28

BRF_TEST_CONTEXT_DECLARE();
static brf_catalog *cat;
static int32_t monday; /* 2026-01-05, a Monday */

static void setup(void) {
  cat = brf_test_routine_catalog(ctx);
  cr_assert_eq(brf_date_from_ymd(ctx, 2026, 1, 5, &monday), BRF_OK);
}

static void teardown(void) { brf_catalog_free(cat); }

BRF_TEST_CONTEXT_FIXTURE_WITH(programme, setup, teardown);

/* The expected days (offsets from the start), -1 terminated. */
static const int daily[] = {0,  1,  2,  3,  4,  5,  6,  7,  8,  9,  10, 11, 12, 13,
                            14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, -1};
/* F3, 3x/week: targets round(j*7/3) = days 0, 2, 5 of each week (Mon, Wed, Sat). */
static const int three_a_week[] = {0, 2, 5, 7, 9, 12, 14, 16, 19, 21, 23, 26, -1};
/* F4, every other day from the start. */
static const int every_other[] = {0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, -1};
/* P1, 2 weeks daily, then 3 a week (days 0, 2, 5) for 2 weeks. */
static const int taper[] = {0,  1,  2,  3,  4,  5,  6,  7,  8,  9,  10, 11,
                            12, 13, 14, 16, 19, 21, 23, 26, -1};
/* X1, after leg days mon,thu: Tuesdays and Fridays. */
static const int after_legs[] = {1, 4, 8, 11, 15, 18, 22, 25, -1};
/* W1 + F5, onset Wednesday (day 2) 10:30, 48 h: day 2 from 10:30, day 3, day 4 before 10:30. */
static const int cold_days[] = {2, 3, 4, -1};
static const int cold_times[] = {HM(10, 30), HM(12, 30), HM(14, 30), HM(16, 30), HM(18, 30),
                                 HM(8, 0),   HM(10, 0),  HM(12, 0),  HM(14, 0),  HM(16, 0),
                                 HM(18, 0),  HM(20, 0),  HM(8, 0),   HM(10, 0),  -1};

static int in_list(const int *days, int d) {
  for (size_t i = 0; days[i] >= 0; i++)
    if (days[i] == d) return 1;
  return 0;
}

/* A routine of (exercise id, dose notation) pairs, NULL-terminated. */
static brf_routine *routine_of(const char *const *pairs) {
  brf_routine *r = NULL;
  cr_assert_eq(brf_routine_new(ctx, &r), BRF_OK);
  cr_assert_eq(brf_routine_set_name(r, "legs"), BRF_OK);
  for (size_t i = 0; pairs[i]; i += 2) {
    brf_dosage *d = brf_test_dose(ctx, pairs[i + 1]);
    cr_assert_eq(brf_routine_append(r, brf_catalog_find(cat, pairs[i]), d), BRF_OK, "%s",
                 brf_context_errmsg(ctx));
    brf_dosage_free(d);
  }
  return r;
}

static brf_schedule *programme(const char *const *pairs, size_t *item) {
  brf_routine *r = routine_of(pairs);
  brf_schedule *s = NULL;
  cr_assert_eq(brf_schedule_new(ctx, monday, 4, &s), BRF_OK);
  cr_assert_eq(brf_schedule_add_programme(s, r, item), BRF_OK, "%s", brf_context_errmsg(ctx));
  cr_assert_eq(brf_schedule_item_kind(s, *item), BRF_SCHEDULE_KIND_PROGRAMME);
  brf_routine_free(r);
  return s;
}

static void generate(brf_schedule *s) {
  cr_assert_eq(brf_schedule_generate(s), BRF_OK, "%s", brf_context_errmsg(ctx));
}

/* Whether session i holds exercise id. */
static int holds(const brf_schedule *s, size_t i, const char *id) {
  for (size_t k = 0; k < brf_schedule_session_step_count(s, i); k++)
    if (strcmp(brf_schedule_session_exercise_id(s, i, k), id) == 0) return 1;
  return 0;
}

/* Day by day: the exercise is in exactly one session on its days, none on the others. */
static void expect_days(const brf_schedule *s, const char *id, const int *days) {
  for (int d = 0; d < DAYS; d++) {
    int n = 0;
    for (size_t i = 0; i < brf_schedule_session_count(s); i++)
      if (brf_schedule_session_date(s, i) == monday + d && holds(s, i, id)) n++;
    cr_expect_eq(n, in_list(days, d), "%s on day %d: %d sessions, expected %d", id, d, n,
                 in_list(days, d));
  }
}

/* The cold pack: only its own sessions, exactly at the expected times. */
static void expect_cold(const brf_schedule *s) {
  size_t t = 0;
  for (size_t i = 0; i < brf_schedule_session_count(s); i++) {
    if (!holds(s, i, "cold-pack")) continue;
    int32_t d = brf_schedule_session_date(s, i) - monday;
    cr_expect(in_list(cold_days, d), "cold pack on day %d", (int)d);
    cr_expect_eq(brf_schedule_session_step_count(s, i), 1,
                 "the cold pack shares session %zu with %zu steps", i,
                 brf_schedule_session_step_count(s, i));
    cr_assert_neq(cold_times[t], -1, "more cold-pack sessions than expected");
    cr_expect_eq(brf_schedule_session_time(s, i), cold_times[t], "cold pack %zu at %d", t,
                 (int)brf_schedule_session_time(s, i));
    t++;
  }
  cr_expect_eq(cold_times[t], -1, "%zu cold-pack sessions, fewer than expected", t);
}

/* Strength: never on two consecutive days. */
static void expect_strength_spaced(const brf_schedule *s, const char *id) {
  int32_t last = INT32_MIN / 2;
  for (size_t i = 0; i < brf_schedule_session_count(s); i++) {
    if (!holds(s, i, id)) continue;
    int32_t d = brf_schedule_session_date(s, i);
    cr_expect_geq(d - last, 2, "%s on consecutive days %d and %d", id, (int)(last - monday),
                  (int)(d - monday));
    last = d;
  }
}

Test(programme, daily) {
  size_t it;
  brf_schedule *s = programme((const char *const[]){"glute-stretch", "3 reps, hold 30s, daily", NULL}, &it);
  generate(s);
  expect_days(s, "glute-stretch", daily);
  cr_expect_eq(brf_schedule_session_count(s), 28);
  cr_expect_eq(brf_schedule_session_time(s, 0), HM(8, 0));
  brf_schedule_free(s);
}

Test(programme, three_times_a_week) {
  size_t it;
  brf_schedule *s = programme((const char *const[]){"roll-lower-back", "90s, 3x/week", NULL}, &it);
  generate(s);
  expect_days(s, "roll-lower-back", three_a_week);
  brf_schedule_free(s);
}

Test(programme, every_other_day) {
  size_t it;
  brf_schedule *s = programme((const char *const[]){"bridge", "2x10, every other day", NULL}, &it);
  generate(s);
  expect_days(s, "bridge", every_other);
  expect_strength_spaced(s, "bridge");
  brf_schedule_free(s);
}

Test(programme, daily_tapering_to_three_then_two) {
  size_t it;
  brf_schedule *s = programme((const char *const[]){"ball-glutes", "2min, each side, daily", NULL}, &it);
  cr_assert_eq(brf_schedule_step_set_taper(s, it, 0, 2, 2, 3), BRF_OK);
  generate(s);
  expect_days(s, "ball-glutes", taper);
  brf_schedule_free(s);
}

Test(programme, cold_every_two_hours_in_the_window_only) {
  size_t it;
  brf_schedule *s = programme((const char *const[]){"cold-pack", "20min, every 2h, for 2-3d", NULL}, &it);
  cr_assert_eq(brf_schedule_item_set_window(s, it, monday + 2, HM(10, 30), -1), BRF_OK);
  generate(s);
  expect_cold(s);
  brf_schedule_free(s);
}

Test(programme, after_leg_days) {
  size_t it;
  brf_schedule *s = programme((const char *const[]){"back-stretch", "hold 20s", NULL}, &it);
  cr_assert_eq(brf_schedule_step_set_after_weekdays(
                   s, it, 0, BRF_WEEKDAY_BIT(BRF_WEEKDAY_MONDAY) | BRF_WEEKDAY_BIT(BRF_WEEKDAY_THURSDAY)),
               BRF_OK);
  generate(s);
  expect_days(s, "back-stretch", after_legs);
  brf_schedule_free(s);
}

/* Every rhythm in one routine, and a step without a frequency (cat-camel),
 * which follows the most frequent step: the daily stretch. */
Test(programme, a_mix_of_every_rhythm) {
  size_t it;
  brf_schedule *s = programme(
      (const char *const[]){"cold-pack", "20min, every 2h, for 2-3d", "ball-glutes",
                            "2min, each side, daily", "roll-lower-back", "90s, 3x/week",
                            "glute-stretch", "3 reps, hold 30s, daily", "bridge",
                            "2x10, every other day", "back-stretch", "hold 20s", "cat-camel",
                            "10 reps", NULL},
      &it);
  cr_assert_eq(brf_schedule_item_set_window(s, it, monday + 2, HM(10, 30), -1), BRF_OK);
  cr_assert_eq(brf_schedule_step_set_taper(s, it, 1, 2, 2, 3), BRF_OK);
  cr_assert_eq(brf_schedule_step_set_after_weekdays(
                   s, it, 5, BRF_WEEKDAY_BIT(BRF_WEEKDAY_MONDAY) | BRF_WEEKDAY_BIT(BRF_WEEKDAY_THURSDAY)),
               BRF_OK);
  generate(s);
  expect_days(s, "glute-stretch", daily);
  expect_days(s, "roll-lower-back", three_a_week);
  expect_days(s, "bridge", every_other);
  expect_days(s, "ball-glutes", taper);
  expect_days(s, "back-stretch", after_legs);
  expect_days(s, "cat-camel", daily);
  expect_cold(s);
  expect_strength_spaced(s, "bridge");
  /* One full session a day (08:00): every step due that day but the cold pack. */
  for (int d = 0; d < DAYS; d++) {
    size_t full = 0;
    for (size_t i = 0; i < brf_schedule_session_count(s); i++) {
      if (brf_schedule_session_date(s, i) != monday + d || holds(s, i, "cold-pack")) continue;
      full++;
      cr_expect_eq(brf_schedule_session_time(s, i), HM(8, 0));
      /* routine order, and the duration is the sum of the steps' */
      size_t prev = 0;
      for (size_t k = 0; k < brf_schedule_session_step_count(s, i); k++) {
        size_t step = brf_schedule_session_step(s, i, k);
        if (k) cr_expect_gt(step, prev);
        prev = step;
      }
    }
    cr_expect_eq(full, 1, "day %d: %zu full sessions", d, full);
  }
  brf_schedule_free(s);
}

Test(programme, session_duration_is_the_sum_of_its_steps) {
  size_t it;
  brf_schedule *s = programme((const char *const[]){"glute-stretch", "hold 30s, daily",
                                                    "bridge", "10min, every other day", NULL},
                              &it);
  generate(s);
  cr_expect_eq(brf_schedule_session_step_count(s, 0), 2);
  cr_expect_eq(brf_schedule_session_step_count(s, 1), 1);
  cr_expect_eq(brf_schedule_session_duration_ms(s, 0) - brf_schedule_session_duration_ms(s, 1),
               600000);
  cr_expect_str_eq(brf_schedule_session_title(s, 0), "legs");
  cr_expect_eq(brf_schedule_session_step(s, 1, 1), SIZE_MAX);
  cr_expect_null(brf_schedule_session_exercise_id(s, 1, 1));
  brf_schedule_free(s);
}

Test(programme, a_window_without_onset_names_the_step) {
  size_t it;
  brf_schedule *s = programme((const char *const[]){"glute-stretch", "hold 30s, daily",
                                                    "cold-pack", "20min, every 2h, for 2-3d", NULL},
                              &it);
  cr_expect_eq(brf_schedule_generate(s), BRF_E_STATE);
  cr_expect(strstr(brf_context_errmsg(ctx), "step 2 (cold-pack)") != NULL, "%s",
            brf_context_errmsg(ctx));
  cr_expect_eq(brf_schedule_session_count(s), 0);
  brf_schedule_free(s);
}

Test(programme, a_frequency_that_cannot_be_met_names_the_step) {
  size_t it;
  brf_schedule *s = programme((const char *const[]){"glute-stretch", "hold 30s, 5x/week", NULL}, &it);
  cr_assert_eq(brf_schedule_set_rest_weekdays(s, BRF_WEEKDAY_BIT(BRF_WEEKDAY_SATURDAY) |
                                                     BRF_WEEKDAY_BIT(BRF_WEEKDAY_SUNDAY) |
                                                     BRF_WEEKDAY_BIT(BRF_WEEKDAY_WEDNESDAY)),
               BRF_OK);
  cr_expect_eq(brf_schedule_generate(s), BRF_E_RANGE);
  cr_expect(strstr(brf_context_errmsg(ctx), "step 1 (glute-stretch)") != NULL, "%s",
            brf_context_errmsg(ctx));
  brf_schedule_free(s);
  s = programme((const char *const[]){"bridge", "2x10, 4x/week", NULL}, &it);
  cr_expect_eq(brf_schedule_generate(s), BRF_E_RANGE);
  cr_expect(strstr(brf_context_errmsg(ctx), "step 1 (bridge)") != NULL, "%s",
            brf_context_errmsg(ctx));
  brf_schedule_free(s);
}

Test(programme, step_setters_check_their_item_and_step) {
  size_t it, plain;
  brf_schedule *s = programme((const char *const[]){"bridge", "2x10", NULL}, &it);
  cr_assert_eq(brf_schedule_add_exercise(s, brf_catalog_find(cat, "bridge"), NULL, NULL, &plain), BRF_OK);
  cr_expect_eq(brf_schedule_step_set_taper(s, plain, 0, 2, 2, 3), BRF_E_INVALID);
  cr_expect_eq(brf_schedule_step_set_taper(s, it, 1, 2, 2, 3), BRF_E_RANGE);
  cr_expect_eq(brf_schedule_step_set_taper(s, it, 0, 2, 3, 2), BRF_E_RANGE);
  cr_expect_eq(brf_schedule_step_set_after_weekdays(s, it, 0, 0x80), BRF_E_INVALID);
  cr_expect_eq(brf_schedule_step_set_after_weekdays(s, 9, 0, 1), BRF_E_RANGE);
  /* A plain item's sessions hold every step of its routine. */
  generate(s);
  for (size_t i = 0; i < brf_schedule_session_count(s); i++)
    if (brf_schedule_session_item(s, i) == plain) {
      cr_expect_eq(brf_schedule_session_step_count(s, i), 1);
      cr_expect_str_eq(brf_schedule_session_exercise_id(s, i, 0), "bridge");
    }
  brf_schedule_free(s);
}

/* JSON: the programme, its step options and the sessions' "exercises" read back. */
Test(programme, json_round_trip_with_exercises) {
  size_t it;
  brf_schedule *s = programme(
      (const char *const[]){"cold-pack", "20min, every 2h, for 2-3d", "ball-glutes",
                            "2min, each side, daily", "bridge", "2x10, every other day",
                            "back-stretch", "hold 20s", "cat-camel", "10 reps", NULL},
      &it);
  cr_assert_eq(brf_schedule_item_set_window(s, it, monday + 2, HM(10, 30), -1), BRF_OK);
  cr_assert_eq(brf_schedule_step_set_taper(s, it, 1, 2, 2, 3), BRF_OK);
  cr_assert_eq(brf_schedule_step_set_after_weekdays(s, it, 3, BRF_WEEKDAY_BIT(BRF_WEEKDAY_MONDAY)),
               BRF_OK);
  generate(s);
  char *text = NULL;
  size_t len = 0;
  cr_assert_eq(brf_schedule_to_json_v2(ctx, s, BRF_JSON_PRETTY, &text, &len), BRF_OK, "%s",
               brf_context_errmsg(ctx));
  cr_expect(strstr(text, "\"kind\": \"programme\"") != NULL);
  cr_expect(strstr(text, "\"step_options\"") != NULL);
  cr_expect(strstr(text, "\"exercises\": [\n        \"cold-pack\"\n      ]") != NULL, "%s", text);
  brf_schedule *back = NULL;
  cr_assert_eq(brf_schedule_from_json(ctx, text, len, cat, &back), BRF_OK, "%s",
               brf_context_errmsg(ctx));
  cr_assert_eq(brf_schedule_session_count(back), brf_schedule_session_count(s));
  for (size_t i = 0; i < brf_schedule_session_count(s); i++) {
    cr_expect_eq(brf_schedule_session_step_count(back, i), brf_schedule_session_step_count(s, i));
    cr_expect_eq(brf_schedule_session_duration_ms(back, i), brf_schedule_session_duration_ms(s, i));
  }
  brf_schedule_free(back);
  /* A session whose exercises differ from the rules' is refused. */
  char *bad = strstr(text, "\"cold-pack\"\n      ]");
  cr_assert_not_null(bad);
  memcpy(bad, "\"bridge\"   ", 11);
  cr_expect_eq(brf_schedule_from_json(ctx, text, len, cat, &back), BRF_E_SCHEMA, "%s",
               brf_context_errmsg(ctx));
  brf_free(ctx, text);
  brf_schedule_free(s);
}

/* A programme does not use its item's frequency, but one set through the
 * API is written, and must read back: the JSON written again is the same
 * (fuzz_schedule_api found the reader dropping it; the input is kept in
 * tests/fuzz/corpus/schedule_api/regression-json-round-trip.bin). */
Test(programme, json_keeps_an_item_frequency_set_through_the_api) {
  size_t it;
  brf_schedule *s =
      programme((const char *const[]){"bridge", "2x10, every other day", NULL}, &it);
  cr_assert_eq(brf_schedule_item_set_frequency_text(s, it, "3x/week", 7), BRF_OK);
  generate(s);
  char *text = NULL, *again = NULL;
  size_t len = 0, len2 = 0;
  cr_assert_eq(brf_schedule_to_json_v2(ctx, s, 0, &text, &len), BRF_OK);
  cr_expect(strstr(text, "\"frequency\":\"3x/week\"") != NULL, "%s", text);
  brf_schedule *back = NULL;
  cr_assert_eq(brf_schedule_from_json(ctx, text, len, cat, &back), BRF_OK, "%s",
               brf_context_errmsg(ctx));
  cr_assert_eq(brf_schedule_to_json_v2(ctx, back, 0, &again, &len2), BRF_OK);
  cr_expect_eq(len2, len);
  cr_expect_str_eq(again, text);
  cr_expect_eq(brf_schedule_session_count(back), brf_schedule_session_count(s),
               "the frequency changes no session of a programme");
  brf_free(ctx, again);
  brf_free(ctx, text);
  brf_schedule_free(back);
  brf_schedule_free(s);
}

/* Today's session: the steps due that day, in routine order, ready to play. */
Test(programme, routine_for_a_day) {
  size_t it;
  brf_schedule *s = programme(
      (const char *const[]){"cold-pack", "20min, every 2h, for 2-3d", "roll-lower-back",
                            "90s, 3x/week", "glute-stretch", "3 reps, hold 30s, daily", "bridge",
                            "2x10, every other day", NULL},
      &it);
  cr_assert_eq(brf_schedule_item_set_window(s, it, monday + 2, HM(10, 30), -1), BRF_OK);
  generate(s);
  brf_routine *r = NULL;
  /* Wednesday (day 2): everything, the cold pack first as in the routine. */
  cr_assert_eq(brf_schedule_routine_for_day(ctx, s, it, monday + 2, &r), BRF_OK, "%s",
               brf_context_errmsg(ctx));
  cr_assert_eq(brf_routine_step_count(r), 4);
  cr_expect_str_eq(brf_routine_step_exercise_id(r, 0), "cold-pack");
  cr_expect_str_eq(brf_routine_name(r), "legs");
  brf_timeline *tl = NULL;
  cr_expect_eq(brf_timeline_new(ctx, r, BRF_TIMELINE_MAX, &tl), BRF_OK, "%s", brf_context_errmsg(ctx));
  brf_timeline_free(tl);
  brf_routine_free(r);
  /* Tuesday (day 1): the daily stretch only. */
  cr_assert_eq(brf_schedule_routine_for_day(ctx, s, it, monday + 1, &r), BRF_OK);
  cr_assert_eq(brf_routine_step_count(r), 1);
  cr_expect_str_eq(brf_routine_step_exercise_id(r, 0), "glute-stretch");
  brf_routine_free(r);
  /* Outside the schedule. */
  cr_expect_eq(brf_schedule_routine_for_day(ctx, s, it, monday + 28, &r), BRF_E_RANGE);
  cr_expect_null(r);
  brf_schedule_free(s);
  /* A day with nothing due says so. */
  s = programme((const char *const[]){"bridge", "2x10, every other day", NULL}, &it);
  generate(s);
  cr_expect_eq(brf_schedule_routine_for_day(ctx, s, it, monday + 1, &r), BRF_E_NOT_FOUND);
  cr_expect(strstr(brf_context_errmsg(ctx), "nothing of \"legs\" is due on 2026-01-06") != NULL,
            "%s", brf_context_errmsg(ctx));
  brf_schedule_free(s);
}

/* ---- Rule G7: strength steps share their days (issue 17) ----
 * The expected calendars below were written by hand from the rules before
 * the code (docs/schedules.md, G5 and G7; seed "every other day" for
 * strengthening: "Does stretching your back help relieve back pain?" (web
 * article); 48 h between strength sessions of a muscle group, clinical.md 6).
 *
 * Three weeks from Monday 2026-01-05 (days 0-20), Sundays (6, 13, 20) rest:
 *   0 glute stretch  daily             F1 + R1: every day but Sundays
 *   1 bridge         every other day   F4 + S1 + R1: 0 2 4 | 7 9 11 | 14 16 18
 *                                      (the Sunday moves the rhythm to Monday)
 *   2 cat-camel      3x/week, phase strengthen: on its own F3 + S1 would give
 *                    0 2 5 | 7 9 12 | 14 16 19, next to the bridge's 4, 11, 18
 *   3 no-dose        no frequency, a strength exercise: on its own G2 would
 *                    make it follow the daily stretch, strength every day
 *   4 back stretch   no frequency: follows the daily stretch (G2)
 * The strength days are the bridge's (the most frequent strength step; the
 * tie with the implicit every-other-day of step 3 goes to the earlier step):
 * 0 2 4 7 9 11 14 16 18. The cat-camel's 5, 12 and 19 move to the nearest
 * strength day of their week that it does not use yet: 4, 11 and 18. The
 * no-dose step is every other day, on the strength days. Nothing strengthens
 * on 1 3 5 8 10 12 15 17 19, nor on the Sundays. */
static const int g7_stretch[] = {0, 1, 2, 3, 4, 5, 7, 8, 9, 10, 11, 12, 14, 15, 16, 17, 18, 19, -1};
static const int g7_strength[] = {0, 2, 4, 7, 9, 11, 14, 16, 18, -1};

/* Day by day over `days` days from the start. */
static void expect_days_n(const brf_schedule *s, const char *id, const int *want, int days) {
  for (int d = 0; d < days; d++) {
    int n = 0;
    for (size_t i = 0; i < brf_schedule_session_count(s); i++)
      if (brf_schedule_session_date(s, i) == monday + d && holds(s, i, id)) n++;
    cr_expect_eq(n, in_list(want, d), "%s on day %d: %d sessions, expected %d", id, d, n,
                 in_list(want, d));
  }
}

/* The routine of (id, dose) pairs, step k given phase strengthen when the
 * bit k of strengthen is set. */
static brf_schedule *g7_programme(const char *const *pairs, unsigned strengthen, int weeks,
                                  size_t *item) {
  brf_routine *r = routine_of(pairs);
  for (size_t k = 0; k < brf_routine_step_count(r); k++)
    if (strengthen & (1u << k))
      cr_assert_eq(brf_routine_step_set_phase(r, k, BRF_PHASE_STRENGTHEN), BRF_OK);
  brf_schedule *s = NULL;
  cr_assert_eq(brf_schedule_new(ctx, monday, weeks, &s), BRF_OK);
  cr_assert_eq(brf_schedule_add_programme(s, r, item), BRF_OK, "%s", brf_context_errmsg(ctx));
  brf_routine_free(r);
  return s;
}

Test(programme, strength_steps_share_every_other_day_and_rest_days_stay_free) {
  size_t it;
  brf_schedule *s = g7_programme(
      (const char *const[]){"glute-stretch", "3 reps, hold 30s, daily", "bridge",
                            "2x10, every other day", "cat-camel", "10 reps, 3x/week", "no-dose",
                            "2x10", "back-stretch", "hold 20s", NULL},
      1u << 2, 3, &it);
  cr_assert_eq(brf_schedule_set_rest_weekdays(s, BRF_WEEKDAY_BIT(BRF_WEEKDAY_SUNDAY)), BRF_OK);
  generate(s);
  expect_days_n(s, "glute-stretch", g7_stretch, 21);
  expect_days_n(s, "back-stretch", g7_stretch, 21);
  expect_days_n(s, "bridge", g7_strength, 21);
  expect_days_n(s, "cat-camel", g7_strength, 21);
  expect_days_n(s, "no-dose", g7_strength, 21);
  /* one session a day, at 08:00, and every day's content is what it should be */
  for (int d = 0; d < 21; d++) {
    size_t n = 0;
    for (size_t i = 0; i < brf_schedule_session_count(s); i++)
      if (brf_schedule_session_date(s, i) == monday + d) {
        n++;
        cr_expect_eq(brf_schedule_session_time(s, i), HM(8, 0));
        cr_expect_eq(brf_schedule_session_step_count(s, i), in_list(g7_strength, d) ? 5u : 2u,
                     "day %d", d);
      }
    cr_expect_eq(n, in_list(g7_stretch, d) ? 1u : 0u, "day %d: %zu sessions", d, n);
  }
  /* today's routine on a day between strength days: stretches only */
  brf_routine *r = NULL;
  cr_assert_eq(brf_schedule_routine_for_day(ctx, s, it, monday + 5, &r), BRF_OK);
  cr_expect_eq(brf_routine_step_count(r), 2);
  cr_expect_str_eq(brf_routine_step_exercise_id(r, 0), "glute-stretch");
  cr_expect_str_eq(brf_routine_step_exercise_id(r, 1), "back-stretch");
  brf_routine_free(r);
  brf_schedule_free(s);
}

/* Two weeks, no rest day: the bridge every other day (0 2 4 6 | 8 10 12) and
 * the cat-camel (phase strengthen) after leg days mon,thu, which on its own
 * is Tue and Fri: 1 4 | 8 11. Day 4 and 8 are strength days and stay; day 1
 * moves to the nearest strength day of its week it does not use, 0 or 2 at
 * one day each, the later: 2 (a session never comes before the day its own
 * rule asked for when either is as near); day 11 likewise to 12. */
Test(programme, a_triggered_strength_step_moves_onto_the_strength_days) {
  size_t it;
  brf_schedule *s = g7_programme(
      (const char *const[]){"bridge", "2x10, every other day", "cat-camel", "10 reps", NULL},
      1u << 1, 2, &it);
  cr_assert_eq(brf_schedule_step_set_after_weekdays(
                   s, it, 1, BRF_WEEKDAY_BIT(BRF_WEEKDAY_MONDAY) | BRF_WEEKDAY_BIT(BRF_WEEKDAY_THURSDAY)),
               BRF_OK);
  generate(s);
  expect_days_n(s, "bridge", (const int[]){0, 2, 4, 6, 8, 10, 12, -1}, 14);
  expect_days_n(s, "cat-camel", (const int[]){2, 4, 8, 12, -1}, 14);
  brf_schedule_free(s);
}

/* One strength step on its own keeps its own rhythm (G7 changes nothing):
 * 3x/week is days 0 2 5 of each week, as rule F3 says. */
Test(programme, a_single_strength_step_keeps_its_rhythm) {
  size_t it;
  brf_schedule *s = g7_programme(
      (const char *const[]){"glute-stretch", "3 reps, hold 30s, daily", "bridge", "2x10, 3x/week",
                            NULL},
      0, 4, &it);
  generate(s);
  expect_days(s, "bridge", three_a_week);
  expect_strength_spaced(s, "bridge");
  brf_schedule_free(s);
}
