/* Civil dates, times of day and weekday lists through the public API. */
#define _POSIX_C_SOURCE 200809L /* setenv, tzset */
#include <criterion/criterion.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "backrelief.h"
#include "support.h"

BRF_TEST_CONTEXT_FIXTURE(calendar);

static int32_t ymd(int32_t y, int32_t m, int32_t d) {
  int32_t day = 123456789;
  cr_assert_eq(brf_date_from_ymd(ctx, y, m, d, &day), BRF_OK, "%d-%d-%d", y, m, d);
  return day;
}

Test(calendar, known_dates_have_known_day_numbers) {
  /* Values computed with Python's datetime.date (proleptic Gregorian). */
  cr_expect_eq(ymd(1970, 1, 1), 0);
  cr_expect_eq(ymd(1969, 12, 31), -1);
  cr_expect_eq(ymd(2000, 2, 29), 11016);
  cr_expect_eq(ymd(2026, 11, 22), 20779);
  cr_expect_eq(ymd(1900, 3, 1), -25508);
  cr_expect_eq(ymd(1600, 2, 29), -135081);
  cr_expect_eq(ymd(1, 1, 1), BRF_DATE_MIN);
  cr_expect_eq(ymd(9999, 12, 31), BRF_DATE_MAX);
  cr_expect_eq(BRF_DATE_MIN, -719162);
  cr_expect_eq(BRF_DATE_MAX, 2932896);
}

Test(calendar, day_numbers_convert_back_to_their_dates) {
  int32_t y = 0, m = 0, d = 0;
  cr_expect_eq(brf_date_to_ymd(-1, &y, &m, &d), BRF_OK);
  cr_expect(y == 1969 && m == 12 && d == 31);
  cr_expect_eq(brf_date_to_ymd(11016, &y, &m, &d), BRF_OK);
  cr_expect(y == 2000 && m == 2 && d == 29);
  cr_expect_eq(brf_date_to_ymd(BRF_DATE_MIN, &y, &m, &d), BRF_OK);
  cr_expect(y == 1 && m == 1 && d == 1);
  cr_expect_eq(brf_date_to_ymd(BRF_DATE_MAX, &y, &m, &d), BRF_OK);
  cr_expect(y == 9999 && m == 12 && d == 31);
  cr_expect_eq(brf_date_to_ymd(0, NULL, NULL, NULL), BRF_OK, "outputs are optional");
}

Test(calendar, days_outside_the_valid_range_are_refused) {
  int32_t y = 7, m = 7, d = 7;
  cr_expect_eq(brf_date_to_ymd(BRF_DATE_MIN - 1, &y, &m, &d), BRF_E_RANGE);
  cr_expect_eq(brf_date_to_ymd(BRF_DATE_MAX + 1, &y, &m, &d), BRF_E_RANGE);
  cr_expect_eq(brf_date_to_ymd(INT32_MIN, &y, &m, &d), BRF_E_RANGE);
  cr_expect_eq(brf_date_to_ymd(INT32_MAX, &y, &m, &d), BRF_E_RANGE);
  cr_expect(y == 7 && m == 7 && d == 7, "outputs untouched");
  cr_expect_eq(brf_date_weekday(BRF_DATE_MAX + 1), 0);
  cr_expect_eq(brf_date_weekday(INT32_MIN), 0);
}

/* Walks every valid day with a calendar kept by hand (its own month lengths
 * and leap rule), so both directions are checked against something other
 * than the code under test. */
Test(calendar, every_valid_day_round_trips_and_follows_the_previous_one) {
  static const int len[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  int32_t y = 1, m = 1, d = 1;
  int32_t wd = 1; /* 0001-01-01 was a Monday in the proleptic Gregorian calendar */
  for (int32_t day = BRF_DATE_MIN; day <= BRF_DATE_MAX; day++) {
    int32_t gy, gm, gd, back = 0;
    if (brf_date_to_ymd(day, &gy, &gm, &gd) != BRF_OK || gy != y || gm != m || gd != d)
      cr_assert_fail("day %d: expected %d-%d-%d", day, y, m, d);
    if (brf_date_from_ymd(ctx, y, m, d, &back) != BRF_OK || back != day)
      cr_assert_fail("%d-%d-%d does not give day %d", y, m, d, day);
    if (brf_date_weekday(day) != wd) cr_assert_fail("weekday of day %d", day);
    wd = wd % 7 + 1;
    int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    if (++d > len[m - 1] + (m == 2 && leap)) {
      d = 1;
      if (++m > 12) {
        m = 1;
        y++;
      }
    }
  }
  cr_expect_eq(y, 10000, "the walk ends after 9999-12-31");
}

Test(calendar, weekdays_are_iso_numbers) {
  cr_expect_eq(brf_date_weekday(0), BRF_WEEKDAY_THURSDAY);
  cr_expect_eq(brf_date_weekday(-1), BRF_WEEKDAY_WEDNESDAY);
  cr_expect_eq(brf_date_weekday(ymd(2026, 11, 22)), BRF_WEEKDAY_SUNDAY);
  cr_expect_eq(brf_date_weekday(ymd(2026, 11, 23)), BRF_WEEKDAY_MONDAY);
  cr_expect_eq(brf_date_weekday(ymd(2000, 2, 29)), BRF_WEEKDAY_TUESDAY);
  cr_expect_eq(brf_date_weekday(BRF_DATE_MIN), BRF_WEEKDAY_MONDAY);
  cr_expect_eq(brf_date_weekday(BRF_DATE_MAX), BRF_WEEKDAY_FRIDAY);
}

Test(calendar, impossible_dates_are_range_errors_that_name_the_date) {
  int32_t day = 42;
  cr_expect_eq(brf_date_from_ymd(ctx, 2026, 2, 29, &day), BRF_E_RANGE);
  cr_expect_str_eq(brf_context_errmsg(ctx), "no such date: 2026-02-29");
  cr_expect_eq(brf_date_from_ymd(ctx, 1900, 2, 29, &day), BRF_E_RANGE, "1900 is not leap");
  cr_expect_eq(brf_date_from_ymd(ctx, 2026, 4, 31, &day), BRF_E_RANGE);
  cr_expect_eq(brf_date_from_ymd(ctx, 2026, 13, 1, &day), BRF_E_RANGE);
  cr_expect_eq(brf_date_from_ymd(ctx, 2026, 0, 1, &day), BRF_E_RANGE);
  cr_expect_eq(brf_date_from_ymd(ctx, 2026, 1, 0, &day), BRF_E_RANGE);
  cr_expect_eq(brf_date_from_ymd(ctx, 0, 1, 1, &day), BRF_E_RANGE);
  cr_expect_str_eq(brf_context_errmsg(ctx), "no such date: 0000-01-01");
  cr_expect_eq(brf_date_from_ymd(ctx, 10000, 1, 1, &day), BRF_E_RANGE);
  cr_expect_str_eq(brf_context_errmsg(ctx), "no such date: year 10000, month 1, day 1");
  cr_expect_eq(brf_date_from_ymd(ctx, -5, 1, 1, &day), BRF_E_RANGE);
  cr_expect_eq(brf_date_from_ymd(NULL, 2026, 2, 29, &day), BRF_E_RANGE, "ctx may be NULL");
  cr_expect_eq(day, 42, "output untouched");
  cr_expect_eq(brf_date_from_ymd(ctx, 2026, 1, 1, NULL), BRF_E_INVALID);
}

Test(calendar, dates_parse_from_iso_text) {
  int32_t day = 0;
  cr_expect_eq(brf_date_parse(ctx, "2000-02-29", 10, &day), BRF_OK);
  cr_expect_eq(day, 11016);
  cr_expect_eq(brf_date_parse(ctx, "0001-01-01", 10, &day), BRF_OK);
  cr_expect_eq(day, BRF_DATE_MIN);
  cr_expect_eq(brf_date_parse(ctx, "9999-12-31xyz", 10, &day), BRF_OK, "len bounds the text");
  cr_expect_eq(day, BRF_DATE_MAX);
}

static void expect_parse_error(const char *text, brf_status code, size_t column) {
  int32_t day = 77;
  cr_expect_eq(brf_date_parse(ctx, text, strlen(text), &day), code, "'%s'", text);
  cr_expect_eq(brf_context_error_column(ctx), column, "'%s': column %zu", text,
               brf_context_error_column(ctx));
  cr_expect_eq(brf_context_error_line(ctx), 1);
  cr_expect_eq(brf_context_error_offset(ctx), column - 1);
  cr_expect_eq(day, 77, "'%s': output untouched", text);
}

Test(calendar, malformed_dates_give_parse_errors_with_columns) {
  expect_parse_error("", BRF_E_PARSE, 1);
  expect_parse_error("2026-2-01", BRF_E_PARSE, 7);
  expect_parse_error("2026/02/01", BRF_E_PARSE, 5);
  expect_parse_error(" 2026-02-01", BRF_E_PARSE, 1);
  expect_parse_error("2026-02-01 ", BRF_E_PARSE, 11);
  expect_parse_error("2026-02-01T10:00", BRF_E_PARSE, 11);
  expect_parse_error("+2026-02-01", BRF_E_PARSE, 1);
  expect_parse_error("26-02-01", BRF_E_PARSE, 3);
  expect_parse_error("2026-02-0", BRF_E_PARSE, 10);
  expect_parse_error("2026-\xC3\xA9-01", BRF_E_PARSE, 6);
  cr_expect(strstr(brf_context_errmsg(ctx), "YYYY-MM-DD") != NULL, "%s",
            brf_context_errmsg(ctx));
}

Test(calendar, well_formed_impossible_dates_are_range_errors_at_the_field) {
  expect_parse_error("2026-02-29", BRF_E_RANGE, 9);
  cr_expect_str_eq(brf_context_errmsg(ctx), "no such date: 2026-02-29 (bad day)");
  expect_parse_error("2026-13-01", BRF_E_RANGE, 6);
  expect_parse_error("2026-00-01", BRF_E_RANGE, 6);
  expect_parse_error("0000-01-01", BRF_E_RANGE, 1);
}

Test(calendar, parse_rejects_null_arguments) {
  int32_t v = 0;
  uint32_t mask = 0;
  cr_expect_eq(brf_date_parse(ctx, NULL, 10, &v), BRF_E_INVALID);
  cr_expect_eq(brf_date_parse(ctx, "2026-01-01", 10, NULL), BRF_E_INVALID);
  cr_expect_eq(brf_date_parse(ctx, NULL, 0, &v), BRF_E_PARSE, "empty text is malformed");
  cr_expect_str_eq(brf_context_errmsg(ctx), "date '' ends early: expected YYYY-MM-DD");
  cr_expect_eq(brf_time_parse(ctx, NULL, 5, &v), BRF_E_INVALID);
  cr_expect_eq(brf_time_parse(ctx, "10:00", 5, NULL), BRF_E_INVALID);
  cr_expect_eq(brf_weekdays_parse(ctx, NULL, 3, &mask), BRF_E_INVALID);
  cr_expect_eq(brf_weekdays_parse(ctx, "mon", 3, NULL), BRF_E_INVALID);
}

Test(calendar, dates_format_as_iso_text) {
  char buf[11];
  size_t needed = 0;
  cr_expect_eq(brf_date_format(11016, buf, sizeof buf, &needed), BRF_OK);
  cr_expect_str_eq(buf, "2000-02-29");
  cr_expect_eq(needed, 11);
  cr_expect_eq(brf_date_format(BRF_DATE_MIN, buf, sizeof buf, NULL), BRF_OK);
  cr_expect_str_eq(buf, "0001-01-01");
  cr_expect_eq(brf_date_format(-1, buf, sizeof buf, NULL), BRF_OK);
  cr_expect_str_eq(buf, "1969-12-31");
}

Test(calendar, format_follows_the_buffer_convention) {
  char buf[10] = "xxxxxxxxx";
  size_t needed = 0;
  cr_expect_eq(brf_date_format(0, buf, sizeof buf, &needed), BRF_E_BUFFER_TOO_SMALL);
  cr_expect_eq(needed, 11);
  cr_expect_str_eq(buf, "");
  needed = 0;
  cr_expect_eq(brf_date_format(0, NULL, 0, &needed), BRF_E_BUFFER_TOO_SMALL);
  cr_expect_eq(needed, 11);
  cr_expect_eq(brf_date_format(0, NULL, 5, &needed), BRF_E_INVALID);
  cr_expect_eq(brf_date_format(BRF_DATE_MAX + 1, buf, sizeof buf, &needed), BRF_E_RANGE);
  cr_expect_eq(brf_time_format(600, buf, 5, &needed), BRF_E_BUFFER_TOO_SMALL);
  cr_expect_eq(needed, 6);
  cr_expect_str_eq(buf, "");
  cr_expect_eq(brf_weekdays_format(BRF_WEEKDAYS_ALL, buf, sizeof buf, &needed),
               BRF_E_BUFFER_TOO_SMALL);
  cr_expect_eq(needed, 28);
}

Test(calendar, times_of_day_parse_and_format) {
  int32_t mins = -1;
  char buf[6];
  cr_expect_eq(brf_time_parse(ctx, "07:30", 5, &mins), BRF_OK);
  cr_expect_eq(mins, 450);
  cr_expect_eq(brf_time_parse(ctx, "00:00", 5, &mins), BRF_OK);
  cr_expect_eq(mins, 0);
  cr_expect_eq(brf_time_parse(ctx, "23:59", 5, &mins), BRF_OK);
  cr_expect_eq(mins, BRF_TIME_MAX);
  for (int32_t m = 0; m <= BRF_TIME_MAX; m++) {
    int32_t back = -1;
    cr_assert_eq(brf_time_format(m, buf, sizeof buf, NULL), BRF_OK);
    cr_assert_eq(brf_time_parse(ctx, buf, strlen(buf), &back), BRF_OK);
    cr_assert_eq(back, m, "%s", buf);
  }
  cr_expect_eq(brf_time_format(450, buf, sizeof buf, NULL), BRF_OK);
  cr_expect_str_eq(buf, "07:30");
  cr_expect_eq(brf_time_format(-1, buf, sizeof buf, NULL), BRF_E_RANGE);
  cr_expect_eq(brf_time_format(1440, buf, sizeof buf, NULL), BRF_E_RANGE);
}

static void expect_time_error(const char *text, brf_status code, size_t column) {
  int32_t mins = 99;
  cr_expect_eq(brf_time_parse(ctx, text, strlen(text), &mins), code, "'%s'", text);
  cr_expect_eq(brf_context_error_column(ctx), column, "'%s': column %zu", text,
               brf_context_error_column(ctx));
  cr_expect_eq(mins, 99);
}

Test(calendar, bad_times_are_refused_with_columns) {
  expect_time_error("7:30", BRF_E_PARSE, 2);
  expect_time_error("07.30", BRF_E_PARSE, 3);
  expect_time_error("07:30:00", BRF_E_PARSE, 6);
  expect_time_error("", BRF_E_PARSE, 1);
  expect_time_error("24:00", BRF_E_RANGE, 1);
  cr_expect_str_eq(brf_context_errmsg(ctx), "no such time: 24:00 (hour above 23)");
  expect_time_error("10:60", BRF_E_RANGE, 4);
}

Test(calendar, weekday_lists_parse_into_masks) {
  uint32_t mask = 0;
  cr_expect_eq(brf_weekdays_parse(ctx, "mon,thu", 7, &mask), BRF_OK);
  cr_expect_eq(mask, BRF_WEEKDAY_BIT(BRF_WEEKDAY_MONDAY) | BRF_WEEKDAY_BIT(BRF_WEEKDAY_THURSDAY));
  cr_expect_eq(mask, 0x9u);
  const char *loose = "Sun, Wednesday ,FRI";
  cr_expect_eq(brf_weekdays_parse(ctx, loose, strlen(loose), &mask), BRF_OK);
  cr_expect_eq(mask, 0x40u | 0x04u | 0x10u);
  const char *all = "mon,tue,wed,thu,fri,sat,sun";
  cr_expect_eq(brf_weekdays_parse(ctx, all, strlen(all), &mask), BRF_OK);
  cr_expect_eq(mask, BRF_WEEKDAYS_ALL);
}

static void expect_weekdays_error(const char *text, size_t column, const char *needle) {
  uint32_t mask = 5;
  cr_expect_eq(brf_weekdays_parse(ctx, text, strlen(text), &mask), BRF_E_PARSE, "'%s'", text);
  cr_expect_eq(brf_context_error_column(ctx), column, "'%s': column %zu", text,
               brf_context_error_column(ctx));
  cr_expect(strstr(brf_context_errmsg(ctx), needle) != NULL, "'%s': %s", text,
            brf_context_errmsg(ctx));
  cr_expect_eq(mask, 5, "output untouched");
}

Test(calendar, bad_weekday_lists_are_refused_with_columns) {
  expect_weekdays_error("", 1, "empty item");
  expect_weekdays_error("mon,,thu", 5, "empty item");
  expect_weekdays_error("mon,thu,", 9, "empty item");
  expect_weekdays_error("mon,xyz", 5, "unknown weekday 'xyz'");
  expect_weekdays_error("mon,mo", 5, "unknown weekday 'mo'");
  expect_weekdays_error("thu,mon,thursday", 9, "'thursday' is listed twice");
  expect_weekdays_error("mon;thu", 1, "unknown weekday 'mon;thu'");
}

Test(calendar, weekday_masks_format_monday_first) {
  char buf[28];
  size_t needed = 0;
  cr_expect_eq(brf_weekdays_format(0x9u, buf, sizeof buf, &needed), BRF_OK);
  cr_expect_str_eq(buf, "mon,thu");
  cr_expect_eq(needed, 8);
  cr_expect_eq(brf_weekdays_format(BRF_WEEKDAYS_ALL, buf, sizeof buf, &needed), BRF_OK);
  cr_expect_str_eq(buf, "mon,tue,wed,thu,fri,sat,sun");
  cr_expect_eq(brf_weekdays_format(0, buf, sizeof buf, &needed), BRF_OK);
  cr_expect_str_eq(buf, "");
  cr_expect_eq(brf_weekdays_format(0x80u, buf, sizeof buf, &needed), BRF_E_RANGE);
  for (uint32_t m = 1; m <= BRF_WEEKDAYS_ALL; m++) {
    uint32_t back = 0;
    cr_assert_eq(brf_weekdays_format(m, buf, sizeof buf, NULL), BRF_OK);
    cr_assert_eq(brf_weekdays_parse(ctx, buf, strlen(buf), &back), BRF_OK);
    cr_assert_eq(back, m, "%s", buf);
  }
}

Test(calendar, results_ignore_the_machine_time_zone_and_locale) {
  static const char *const zones[] = {"UTC", "Pacific/Kiritimati", "America/Los_Angeles",
                                      "Etc/GMT+12"};
  for (size_t i = 0; i < sizeof zones / sizeof zones[0]; i++) {
    setenv("TZ", zones[i], 1);
    tzset();
    setlocale(LC_ALL, "");
    int32_t day = 0, mins = 0;
    char buf[11];
    cr_expect_eq(brf_date_parse(ctx, "2026-03-29", 10, &day), BRF_OK);
    cr_expect_eq(day, 20541, "%s", zones[i]);
    cr_expect_eq(brf_date_weekday(day), BRF_WEEKDAY_SUNDAY);
    cr_expect_eq(brf_time_parse(ctx, "02:30", 5, &mins), BRF_OK, "a DST gap time is a time");
    cr_expect_eq(mins, 150);
    cr_expect_eq(brf_date_format(day, buf, sizeof buf, NULL), BRF_OK);
    cr_expect_str_eq(buf, "2026-03-29");
  }
}

Test(calendar, nothing_here_allocates) {
  size_t before = st.calls;
  int32_t day = 0;
  uint32_t mask = 0;
  char buf[32];
  brf_date_parse(ctx, "2026-02-29", 10, &day);
  brf_date_parse(ctx, "2026-02-28", 10, &day);
  brf_weekdays_parse(ctx, "mon,zzz", 7, &mask);
  brf_weekdays_format(0x7F, buf, sizeof buf, NULL);
  cr_expect_eq(st.calls, before, "no allocation, so no allocation failure to test");
}
