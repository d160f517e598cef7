/* 07_schedule_ical: plan four weeks. A strengthening routine three times a
 * week, never on two days in a row (muscles recover in between), and glute
 * release the day after each leg workout (Monday and Thursday here). Print
 * the dated sessions, then export them to iCalendar (RFC 5545) so any
 * calendar app can import them. Introduces: brf_schedule_new, items with a
 * frequency, spacing and a trigger, brf_schedule_generate, session getters,
 * brf_schedule_to_ical (an owned string freed with brf_free). */
#include <string.h>

#include "common.h"

int main(void) {
  brf_context *ctx = NULL;
  brf_catalog *cat = NULL;
  brf_routine *r = NULL;
  brf_schedule *s = NULL;
  CHECK(ctx, brf_context_new(&ctx));
  CHECK(ctx, brf_catalog_new_builtin(ctx, &cat));
  CHECK(ctx, brf_routine_new(ctx, &r));
  CHECK(ctx, brf_routine_set_name(r, "Glute and core strength"));
  CHECK(ctx, brf_routine_append(r, brf_catalog_find(cat, "glute-bridge"), NULL));
  CHECK(ctx, brf_routine_append(r, brf_catalog_find(cat, "bird-dog"), NULL));

  /* Dates are days since 1970-01-01; 2026-03-02 is a Monday. */
  int32_t start = 0;
  CHECK(ctx, brf_date_from_ymd(ctx, 2026, 3, 2, &start));
  CHECK(ctx, brf_schedule_new(ctx, start, 4, &s));

  /* Item 0: the routine (copied), 3x/week, not on consecutive days, at 18:30. */
  size_t strength = 0, release = 0;
  const char *freq = "3x/week";
  CHECK(ctx, brf_schedule_add_routine(s, r, NULL, &strength));
  CHECK(ctx, brf_schedule_item_set_frequency_text(s, strength, freq, strlen(freq)));
  CHECK(ctx, brf_schedule_item_set_spacing(s, strength, BRF_SPACING_NOT_CONSECUTIVE));
  CHECK(ctx, brf_schedule_item_set_times(s, strength, 18 * 60 + 30, 18 * 60 + 30));

  /* Item 1: one exercise with its default dose, the day after each leg day. */
  CHECK(ctx, brf_schedule_add_exercise(s, brf_catalog_find(cat, "glute-ball-release"), NULL,
                                       NULL, &release));
  uint32_t leg_days = BRF_WEEKDAY_BIT(BRF_WEEKDAY_MONDAY) | BRF_WEEKDAY_BIT(BRF_WEEKDAY_THURSDAY);
  CHECK(ctx, brf_schedule_item_set_after_weekdays(s, release, leg_days));

  CHECK(ctx, brf_schedule_generate(s));
  printf("%zu sessions:\n", brf_schedule_session_count(s));
  for (size_t i = 0; i < brf_schedule_session_count(s); i++) {
    char date[16], time[8], day[8];
    int32_t d = brf_schedule_session_date(s, i);
    CHECK(ctx, brf_date_format(d, date, sizeof date, NULL));
    CHECK(ctx, brf_time_format(brf_schedule_session_time(s, i), time, sizeof time, NULL));
    CHECK(ctx, brf_weekdays_format(BRF_WEEKDAY_BIT((uint32_t)brf_date_weekday(d)), day,
                                   sizeof day, NULL));
    printf("  %s %s %s  %-40s %2lld min\n", day, date, time, brf_schedule_session_title(s, i),
           (long long)((brf_schedule_session_duration_ms(s, i) + 59999) / 60000));
  }

  /* iCalendar: one VEVENT per series (with an RRULE); owned text. */
  char *ics = NULL;
  size_t len = 0;
  CHECK(ctx, brf_schedule_to_ical(ctx, s, 0, &ics, &len));
  /* The text uses CRLF line ends, as RFC 5545 requires; write it as is. */
  printf("\niCalendar, %zu bytes:\n", len);
  fwrite(ics, 1, len, stdout);
  brf_free(ctx, ics);

  brf_schedule_free(s);
  brf_routine_free(r);
  brf_catalog_free(cat);
  brf_context_free(ctx);
  return 0;
}
