/* White-box tests of the internal iCalendar writer (lib/internal/ical.h):
 * folding, escaping, values, recurrence rules, components, a whole calendar
 * written by hand from RFC 5545, and allocation failure. */
#include <criterion/criterion.h>
#include <string.h>

#include "util/core.h"
#include "internal/ical.h"
#include "support.h"

BRF_TEST_CONTEXT_FIXTURE(ical);

static int32_t day_of(int32_t y, int32_t m, int32_t d) {
  int32_t day = 0;
  cr_assert_eq(brf_date_from_ymd(ctx, y, m, d, &day), BRF_OK);
  return day;
}

/* Fold `line` and compare with the expected physical lines. */
static void expect_fold(const char *line, const char *expected) {
  brf__buf b;
  brf__buf_init(&b, ctx);
  brf__ical_fold(&b, line, strlen(line));
  cr_assert_eq(b.status, BRF_OK);
  cr_expect_str_eq(b.data, expected);
  brf__buf_free(&b);
}

static void repeat(char *out, char c, size_t n) {
  memset(out, c, n);
  out[n] = '\0';
}

Test(ical, a_line_of_exactly_75_octets_is_not_folded) {
  char line[80], expected[90];
  repeat(line, 'a', 75);
  strcpy(expected, line);
  strcat(expected, "\r\n");
  expect_fold(line, expected);
}

Test(ical, a_line_of_76_octets_folds_with_one_leading_space) {
  char line[80], expected[90];
  repeat(line, 'a', 75);
  strcat(line, "b");
  repeat(expected, 'a', 75);
  strcat(expected, "\r\n b\r\n");
  expect_fold(line, expected);
}

Test(ical, continuation_lines_hold_74_octets_after_the_space) {
  char line[240], expected[260];
  repeat(line, 'x', 75 + 74 + 2);
  repeat(expected, 'x', 75);
  strcat(expected, "\r\n ");
  size_t n = strlen(expected);
  repeat(expected + n, 'x', 74);
  strcat(expected, "\r\n xx\r\n");
  expect_fold(line, expected);
}

Test(ical, a_two_byte_character_across_octet_75_moves_to_the_next_line) {
  char line[80], expected[100];
  repeat(line, 'a', 74);
  strcat(line, "\xC3\xA9z"); /* é at octets 75-76 */
  repeat(expected, 'a', 74);
  strcat(expected, "\r\n \xC3\xA9z\r\n");
  expect_fold(line, expected);
}

Test(ical, a_two_byte_character_ending_at_octet_75_stays) {
  char line[80], expected[100];
  repeat(line, 'a', 73);
  strcat(line, "\xC3\xA9z"); /* é at octets 74-75 */
  repeat(expected, 'a', 73);
  strcat(expected, "\xC3\xA9\r\n z\r\n");
  expect_fold(line, expected);
}

Test(ical, a_four_byte_character_is_never_split) {
  for (size_t lead = 72; lead <= 75; lead++) {
    char line[90], expected[110];
    repeat(line, 'a', lead);
    strcat(line, "\xF0\x9F\x98\x80"); /* U+1F600 */
    repeat(expected, 'a', lead);
    if (lead + 4 <= 75) {
      strcat(expected, "\xF0\x9F\x98\x80\r\n");
    } else {
      strcat(expected, "\r\n \xF0\x9F\x98\x80\r\n");
    }
    expect_fold(line, expected);
  }
}

/* Any mix of widths: every physical line fits, no continuation line starts
 * inside a character, and unfolding gives the line back. */
Test(ical, folding_any_utf8_line_keeps_every_line_within_75_octets) {
  static const char *const pieces[] = {"a", "\xC3\xA9", "\xE2\x82\xAC", "\xF0\x9F\x98\x80"};
  for (size_t seed = 0; seed < 40; seed++) {
    char line[600];
    size_t n = 0;
    for (size_t k = 0; n < 500; k++) {
      const char *p = pieces[(seed * 7 + k * (seed % 5 + 1) + k / 3) % 4];
      memcpy(line + n, p, strlen(p));
      n += strlen(p);
    }
    brf__buf b;
    brf__buf_init(&b, ctx);
    brf__ical_fold(&b, line, n);
    cr_assert_eq(b.status, BRF_OK);
    char unfolded[700];
    size_t u = 0, start = 0;
    for (size_t i = 0; i + 1 < b.len; i++) {
      if (b.data[i] != '\r' || b.data[i + 1] != '\n') continue;
      cr_assert(i - start <= 75, "physical line of %zu octets", i - start);
      size_t from = start;
      if (start > 0) {
        cr_assert_eq(b.data[start], ' ');
        cr_assert_neq((unsigned char)b.data[start + 1] & 0xC0, 0x80, "split character");
        from++;
      }
      memcpy(unfolded + u, b.data + from, i - from);
      u += i - from;
      start = i + 2;
    }
    cr_assert_eq(start, b.len, "ends with CRLF");
    cr_assert_eq(u, n);
    cr_assert(memcmp(unfolded, line, n) == 0);
    brf__buf_free(&b);
  }
}

static void expect_escaped(const char *text, const char *expected) {
  brf__buf b;
  brf__buf_init(&b, ctx);
  cr_assert_eq(brf__ical_escape_text(ctx, &b, text, strlen(text)), BRF_OK);
  cr_expect_str_eq(b.len ? b.data : "", expected);
  brf__buf_free(&b);
}

Test(ical, text_escapes_backslash_semicolon_comma_and_newlines) {
  expect_escaped("a\\b;c,d", "a\\\\b\\;c\\,d");
  expect_escaped("one\ntwo\r\nthree\rfour", "one\\ntwo\\nthree\\nfour");
  expect_escaped("colon: stays; \"quotes\" too", "colon: stays\\; \"quotes\" too");
  expect_escaped("tab\tstays", "tab\tstays");
  expect_escaped("caf\xC3\xA9", "caf\xC3\xA9");
  expect_escaped("", "");
}

Test(ical, text_with_bad_utf8_is_refused) {
  brf__buf b;
  brf__buf_init(&b, ctx);
  cr_expect_eq(brf__ical_escape_text(ctx, &b, "ab\xC3(", 4), BRF_E_INVALID);
  cr_expect(strstr(brf_context_errmsg(ctx), "byte 2") != NULL, "%s", brf_context_errmsg(ctx));
  cr_expect_eq(b.len, 0, "nothing written");
  brf__buf_free(&b);
}

/* Found by fuzz_schedule: a routine name with DEL made the export fail. */
Test(ical, control_characters_in_text_become_spaces) {
  expect_escaped("a\x01z", "a z");
  expect_escaped("Leg-day rec\x7Fvery", "Leg-day rec very");
  expect_escaped("tab\tkept", "tab\tkept");
  brf__buf b;
  brf__buf_init(&b, ctx);
  cr_expect_eq(brf__ical_escape_text(ctx, &b, "a\0z", 3), BRF_OK);
  cr_expect_eq(b.len, 3);
  cr_expect_eq(memcmp(b.data, "a z", 3), 0);
  brf__buf_free(&b);
}

static void expect_duration(int64_t ms, const char *expected) {
  char buf[BRF__ICAL_DURATION_MAX];
  size_t n = brf__ical_format_duration(ms, buf);
  cr_expect_str_eq(buf, expected, "%lld ms", (long long)ms);
  cr_expect_eq(n, strlen(expected));
}

Test(ical, durations_use_the_largest_units_and_leave_out_zeros) {
  expect_duration(20 * 60000, "PT20M");
  expect_duration(65 * 60000, "PT1H5M");
  expect_duration(86400000, "P1D");
  expect_duration(2 * 86400000LL + 30 * 60000, "P2DT30M");
  expect_duration(45000, "PT45S");
  expect_duration(3600000 + 1000, "PT1H1S");
  expect_duration(0, "PT0S");
  expect_duration(-10 * 60000, "-PT10M");
  expect_duration(14 * 86400000LL, "P14D");
}

Test(ical, durations_round_to_the_nearest_second_halves_away_from_zero) {
  expect_duration(499, "PT0S");
  expect_duration(500, "PT1S");
  expect_duration(1499, "PT1S");
  expect_duration(59500, "PT1M");
  expect_duration(-500, "-PT1S");
  expect_duration(-499, "PT0S");
  char buf[BRF__ICAL_DURATION_MAX];
  cr_expect(brf__ical_format_duration(INT64_MIN, buf) < BRF__ICAL_DURATION_MAX);
  cr_expect_eq(buf[0], '-');
  cr_expect(brf__ical_format_duration(INT64_MAX, buf) < BRF__ICAL_DURATION_MAX);
  cr_expect_str_eq(buf, "P106751991167DT7H12M56S");
}

static void expect_rrule(const brf__ical_rrule *r, const char *expected) {
  brf__buf b;
  brf__buf_init(&b, ctx);
  cr_assert_eq(brf__ical_format_rrule(ctx, r, &b), BRF_OK, "%s", brf_context_errmsg(ctx));
  cr_expect_str_eq(b.data, expected);
  brf__buf_free(&b);
}

Test(ical, rrules_write_freq_interval_byday_and_a_bound) {
  brf__ical_rrule r = BRF__ICAL_RRULE_INIT;
  expect_rrule(&r, "FREQ=DAILY");
  r.interval = 2;
  r.count = 5;
  expect_rrule(&r, "FREQ=DAILY;INTERVAL=2;COUNT=5");
  brf__ical_rrule w = BRF__ICAL_RRULE_INIT;
  w.freq = BRF__ICAL_WEEKLY;
  w.byday = 0x1u | 0x4u | 0x10u;
  expect_rrule(&w, "FREQ=WEEKLY;BYDAY=MO,WE,FR");
  w.byday = 0x40u | 0x1u;
  w.until_kind = BRF__ICAL_UNTIL_FLOATING;
  w.until_day = day_of(2026, 12, 31);
  w.until_second = 7 * 3600 + 30 * 60 + 5;
  expect_rrule(&w, "FREQ=WEEKLY;BYDAY=MO,SU;UNTIL=20261231T073005");
  brf__ical_rrule u = BRF__ICAL_RRULE_INIT;
  u.until_kind = BRF__ICAL_UNTIL_DATE;
  u.until_day = day_of(2027, 1, 2);
  expect_rrule(&u, "FREQ=DAILY;UNTIL=20270102");
}

static void expect_bad_rrule(const brf__ical_rrule *r, const char *needle) {
  brf__buf b;
  brf__buf_init(&b, ctx);
  cr_expect_eq(brf__ical_format_rrule(ctx, r, &b), BRF_E_INVALID);
  cr_expect(strstr(brf_context_errmsg(ctx), needle) != NULL, "%s", brf_context_errmsg(ctx));
  cr_expect_eq(b.len, 0);
  brf__buf_free(&b);
}

Test(ical, rrules_that_rfc5545_forbids_are_refused) {
  brf__ical_rrule r = BRF__ICAL_RRULE_INIT;
  r.count = 3;
  r.until_kind = BRF__ICAL_UNTIL_DATE;
  expect_bad_rrule(&r, "COUNT and UNTIL");
  brf__ical_rrule i = BRF__ICAL_RRULE_INIT;
  i.interval = 0;
  expect_bad_rrule(&i, "INTERVAL 0");
  brf__ical_rrule f = BRF__ICAL_RRULE_INIT;
  f.freq = 9;
  expect_bad_rrule(&f, "frequency 9");
  brf__ical_rrule d = BRF__ICAL_RRULE_INIT;
  d.byday = 0x80u;
  expect_bad_rrule(&d, "BYDAY");
  brf__ical_rrule u = BRF__ICAL_RRULE_INIT;
  u.until_kind = BRF__ICAL_UNTIL_DATE;
  u.until_day = BRF_DATE_MAX + 1;
  expect_bad_rrule(&u, "out of range");
}

/* Take the writer's text into a NUL-terminated string owned by the test. */
static char *take(brf__ical *w) {
  char *text = NULL;
  size_t len = 0;
  cr_assert_eq(brf__ical_take(w, &text, &len), BRF_OK, "%s", brf_context_errmsg(ctx));
  cr_assert_eq(strlen(text), len);
  return text;
}

Test(ical, parameters_are_quoted_only_when_they_must_be) {
  brf__ical w;
  brf__ical_init(&w, ctx);
  brf__ical_datetime(&w, "DTSTART", day_of(2026, 11, 23), 7 * 3600 + 30 * 60, "Europe/Paris");
  brf__ical_prop(&w, "X-NOTE");
  brf__ical_param(&w, "X-WHERE", "Room 1: mat, ball; strap");
  brf__ical_value_text(&w, "ok", 2);
  brf__ical_end_line(&w);
  brf__ical_utc(&w, "DTSTAMP", 0, 86399);
  brf__ical_date(&w, "DTEND", BRF_DATE_MIN);
  char *text = take(&w);
  cr_expect_str_eq(text,
                   "DTSTART;TZID=Europe/Paris:20261123T073000\r\n"
                   "X-NOTE;X-WHERE=\"Room 1: mat, ball; strap\":ok\r\n"
                   "DTSTAMP:19700101T235959Z\r\n"
                   "DTEND;VALUE=DATE:00010101\r\n");
  brf_free(ctx, text);
}

Test(ical, bad_names_parameters_and_values_latch_invalid) {
  const char *bad_param[] = {"has \"quote\"", "new\nline"};
  for (size_t i = 0; i < 2; i++) {
    brf__ical w;
    brf__ical_init(&w, ctx);
    brf__ical_prop(&w, "DTSTART");
    brf__ical_param(&w, "TZID", bad_param[i]);
    brf__ical_value_raw(&w, "x");
    brf__ical_end_line(&w);
    brf__ical_raw(&w, "SUMMARY", "later calls do nothing");
    char *text = NULL;
    cr_expect_eq(brf__ical_take(&w, &text, NULL), BRF_E_INVALID);
    cr_expect_null(text);
  }
  brf__ical w;
  brf__ical_init(&w, ctx);
  brf__ical_raw(&w, "BAD NAME", "x");
  cr_expect_eq(w.status, BRF_E_INVALID);
  cr_expect(strstr(brf_context_errmsg(ctx), "'BAD NAME'") != NULL);
  brf__ical_free(&w);
  brf__ical_init(&w, ctx);
  brf__ical_raw(&w, "X-A", "line\r\nbreak");
  cr_expect_eq(w.status, BRF_E_INVALID);
  brf__ical_free(&w);
  brf__ical_init(&w, ctx);
  brf__ical_text(&w, "SUMMARY", "bad \xFF utf8");
  cr_expect_eq(w.status, BRF_E_INVALID);
  brf__ical_free(&w);
  brf__ical_init(&w, ctx);
  brf__ical_datetime(&w, "DTSTART", 0, 86400, NULL);
  cr_expect_eq(w.status, BRF_E_INVALID);
  brf__ical_free(&w);
}

/* Run one misuse on a fresh writer and check the latched status. */
#define EXPECT_MISUSE(code, call)                                          \
  do {                                                                     \
    brf__ical w_;                                                          \
    brf__ical_init(&w_, ctx);                                              \
    brf__ical *w = &w_;                                                    \
    call;                                                                  \
    cr_expect_eq(w_.status, code, "%s: %s", #call, brf_context_errmsg(ctx)); \
    brf__ical_free(&w_);                                                   \
  } while (0)

Test(ical, misuse_of_lines_values_and_alarms_is_latched) {
  EXPECT_MISUSE(BRF_E_STATE, (brf__ical_prop(w, "A"), brf__ical_prop(w, "B")));
  EXPECT_MISUSE(BRF_E_INVALID, (brf__ical_prop(w, "A"), brf__ical_param(w, "X", NULL)));
  EXPECT_MISUSE(BRF_E_INVALID, (brf__ical_prop(w, "A"), brf__ical_param(w, "X", "\xFF")));
  EXPECT_MISUSE(BRF_E_INVALID, (brf__ical_prop(w, "A"), brf__ical_value_text(w, NULL, 3)));
  EXPECT_MISUSE(BRF_E_INVALID, brf__ical_raw(w, "A", "\xC3"));
  EXPECT_MISUSE(BRF_E_INVALID, brf__ical_date(w, "DTSTART", BRF_DATE_MIN - 1));
  EXPECT_MISUSE(BRF_E_INVALID, brf__ical_utc(w, "DTSTAMP", BRF_DATE_MAX + 1, 0));
  EXPECT_MISUSE(BRF_E_INVALID, brf__ical_alarm(w, -1, "late"));
  brf__ical_rrule r = BRF__ICAL_RRULE_INIT;
  r.count = -1;
  EXPECT_MISUSE(BRF_E_INVALID, brf__ical_rrule_prop(w, &r));
  r.count = 0;
  r.until_kind = 7;
  EXPECT_MISUSE(BRF_E_INVALID, brf__ical_rrule_prop(w, &r));
  r.until_kind = BRF__ICAL_UNTIL_FLOATING;
  r.until_second = 86400;
  EXPECT_MISUSE(BRF_E_INVALID, brf__ical_rrule_prop(w, &r));
  EXPECT_MISUSE(BRF_E_STATE, for (int i = 0; i < BRF__ICAL_MAX_DEPTH + 1; i++)
                                 brf__ical_begin(w, "X-DEEP"));
}

Test(ical, a_reminder_at_the_start_and_without_text_is_still_valid) {
  brf__ical w;
  brf__ical_init(&w, ctx);
  brf__ical_alarm(&w, 0, NULL);
  char *text = take(&w);
  cr_expect_str_eq(text, "BEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:PT0S\r\n"
                         "DESCRIPTION:Reminder\r\nEND:VALARM\r\n");
  brf_free(ctx, text);
}

Test(ical, components_must_close_in_order) {
  brf__ical w;
  brf__ical_init(&w, ctx);
  brf__ical_begin(&w, "VCALENDAR");
  brf__ical_begin(&w, "VEVENT");
  brf__ical_end(&w, "VCALENDAR");
  cr_expect_eq(w.status, BRF_E_STATE);
  cr_expect(strstr(brf_context_errmsg(ctx), "END:VCALENDAR does not close VEVENT") != NULL);
  brf__ical_free(&w);

  brf__ical_init(&w, ctx);
  brf__ical_begin(&w, "VCALENDAR");
  char *text = NULL;
  cr_expect_eq(brf__ical_take(&w, &text, NULL), BRF_E_STATE, "VCALENDAR left open");
  cr_expect(strstr(brf_context_errmsg(ctx), "VCALENDAR is still open") != NULL);

  brf__ical_init(&w, ctx);
  brf__ical_prop(&w, "SUMMARY");
  cr_expect_eq(brf__ical_take(&w, &text, NULL), BRF_E_STATE, "line left open");

  brf__ical_init(&w, ctx);
  brf__ical_value_raw(&w, "x");
  cr_expect_eq(w.status, BRF_E_STATE, "a value needs a line");
  brf__ical_free(&w);
}

Test(ical, events_refuse_what_rfc5545_forbids) {
  brf__ical_rrule until = BRF__ICAL_RRULE_INIT;
  until.until_kind = BRF__ICAL_UNTIL_FLOATING;
  until.until_day = 20800;
  brf__ical_event e = BRF__ICAL_EVENT_INIT;
  e.uid = "x@test";
  e.start_day = 20780;
  e.start_second = 3600;
  e.tzid = "Europe/Paris";
  e.rrule = &until;
  brf__ical w;
  brf__ical_init(&w, ctx);
  brf__ical_write_event(&w, &e);
  cr_expect_eq(w.status, BRF_E_UNSUPPORTED, "UNTIL with TZID needs UTC");
  cr_expect(strstr(brf_context_errmsg(ctx), "use COUNT") != NULL, "%s", brf_context_errmsg(ctx));
  brf__ical_free(&w);

  e.tzid = NULL;
  e.start_second = -1; /* all-day, but UNTIL is a DATE-TIME */
  brf__ical_init(&w, ctx);
  brf__ical_write_event(&w, &e);
  cr_expect_eq(w.status, BRF_E_INVALID);
  brf__ical_free(&w);

  until.until_kind = BRF__ICAL_UNTIL_DATE;
  e.start_second = 3600; /* timed, but UNTIL is a DATE */
  brf__ical_init(&w, ctx);
  brf__ical_write_event(&w, &e);
  cr_expect_eq(w.status, BRF_E_INVALID);
  cr_expect(strstr(brf_context_errmsg(ctx), "UNTIL must be a DATE-TIME") != NULL);
  brf__ical_free(&w);

  e.rrule = NULL;
  e.start_second = -1;
  e.tzid = "Europe/Paris";
  brf__ical_init(&w, ctx);
  brf__ical_write_event(&w, &e);
  cr_expect_eq(w.status, BRF_E_INVALID, "an all-day event has no TZID");
  brf__ical_free(&w);

  e.tzid = NULL;
  e.uid = NULL;
  brf__ical_init(&w, ctx);
  brf__ical_write_event(&w, &e);
  cr_expect_eq(w.status, BRF_E_INVALID, "UID is required");
  brf__ical_free(&w);
}

/* The calendar of the golden test: a floating every-other-day series with a
 * reminder, a weekly series in a named time zone, and an all-day series. */
static void write_sample(brf__ical *w) {
  brf__ical_rrule every_other = BRF__ICAL_RRULE_INIT;
  every_other.interval = 2;
  every_other.count = 5;
  brf__ical_rrule weekly = BRF__ICAL_RRULE_INIT;
  weekly.freq = BRF__ICAL_WEEKLY;
  weekly.byday = 0x1u | 0x4u | 0x10u;
  weekly.count = 6;
  brf__ical_rrule three_days = BRF__ICAL_RRULE_INIT;
  three_days.until_kind = BRF__ICAL_UNTIL_DATE;
  three_days.until_day = 20782; /* 2026-11-25 */

  brf__ical_begin_calendar(w, "-//libbackrelief//test//EN");
  brf__ical_event e = BRF__ICAL_EVENT_INIT;
  e.uid = "relief-1@example.org";
  e.stamp_day = 20779; /* 2026-11-22 */
  e.start_day = 20780; /* 2026-11-23, a Monday */
  e.start_second = 7 * 3600 + 30 * 60;
  e.duration_ms = 20 * 60000;
  e.summary = "Ball release, glutes";
  e.description = "Glute ball release: 60 s per side, exhale; knee to chest: 3 \xC3\x97 30 s\n"
                  "Stop if pain rises above 3/10.";
  e.rrule = &every_other;
  e.alarm_before_ms = 10 * 60000;
  brf__ical_write_event(w, &e);

  brf__ical_event s = BRF__ICAL_EVENT_INIT;
  s.uid = "strength-1@example.org";
  s.stamp_day = 20779;
  s.start_day = 20780;
  s.start_second = 18 * 3600;
  s.tzid = "Europe/Paris";
  s.duration_ms = 65 * 60000;
  s.summary = "Strengthening";
  s.rrule = &weekly;
  brf__ical_write_event(w, &s);

  brf__ical_event c = BRF__ICAL_EVENT_INIT;
  c.uid = "cold-1@example.org";
  c.stamp_day = 20779;
  c.start_day = 20780;
  c.duration_ms = 86400000;
  c.summary = "Cold pack";
  c.rrule = &three_days;
  brf__ical_write_event(w, &c);
  brf__ical_end(w, "VCALENDAR");
}

/* Written by hand from RFC 5545: property order as brf__ical_write_event
 * documents it; the DESCRIPTION content line is 113 octets, and "×" (two
 * octets) would straddle octet 75, so the first physical line stops after 74
 * octets (ending in a space) and the continuation line starts " ×". */
static const char golden[] =
    "BEGIN:VCALENDAR\r\n"
    "VERSION:2.0\r\n"
    "PRODID:-//libbackrelief//test//EN\r\n"
    "BEGIN:VEVENT\r\n"
    "UID:relief-1@example.org\r\n"
    "DTSTAMP:20261122T000000Z\r\n"
    "DTSTART:20261123T073000\r\n"
    "DURATION:PT20M\r\n"
    "RRULE:FREQ=DAILY;INTERVAL=2;COUNT=5\r\n"
    "SUMMARY:Ball release\\, glutes\r\n"
    "DESCRIPTION:Glute ball release: 60 s per side\\, exhale\\; knee to chest: 3 \r\n"
    " \xC3\x97 30 s\\nStop if pain rises above 3/10.\r\n"
    "BEGIN:VALARM\r\n"
    "ACTION:DISPLAY\r\n"
    "TRIGGER:-PT10M\r\n"
    "DESCRIPTION:Ball release\\, glutes\r\n"
    "END:VALARM\r\n"
    "END:VEVENT\r\n"
    "BEGIN:VEVENT\r\n"
    "UID:strength-1@example.org\r\n"
    "DTSTAMP:20261122T000000Z\r\n"
    "DTSTART;TZID=Europe/Paris:20261123T180000\r\n"
    "DURATION:PT1H5M\r\n"
    "RRULE:FREQ=WEEKLY;BYDAY=MO,WE,FR;COUNT=6\r\n"
    "SUMMARY:Strengthening\r\n"
    "END:VEVENT\r\n"
    "BEGIN:VEVENT\r\n"
    "UID:cold-1@example.org\r\n"
    "DTSTAMP:20261122T000000Z\r\n"
    "DTSTART;VALUE=DATE:20261123\r\n"
    "DURATION:P1D\r\n"
    "RRULE:FREQ=DAILY;UNTIL=20261125\r\n"
    "SUMMARY:Cold pack\r\n"
    "END:VEVENT\r\n"
    "END:VCALENDAR\r\n";

Test(ical, a_small_calendar_matches_the_text_written_by_hand) {
  brf__ical w;
  brf__ical_init(&w, ctx);
  write_sample(&w);
  char *text = take(&w);
  cr_expect_str_eq(text, golden);
  brf_free(ctx, text);
}

Test(ical, the_same_calls_give_the_same_bytes) {
  brf__ical a, b;
  brf__ical_init(&a, ctx);
  brf__ical_init(&b, ctx);
  write_sample(&a);
  write_sample(&b);
  char *ta = take(&a);
  char *tb = take(&b);
  cr_expect_str_eq(ta, tb);
  brf_free(ctx, ta);
  brf_free(ctx, tb);
}

Test(ical, every_allocation_failure_returns_nomem_and_frees_everything) {
  size_t baseline = st.live_blocks;
  for (size_t fail_at = 1;; fail_at++) {
    st.calls = 0;
    st.failed = 0;
    st.fail_at = fail_at;
    brf__ical w;
    brf__ical_init(&w, ctx);
    write_sample(&w);
    char *text = NULL;
    brf_status s = brf__ical_take(&w, &text, NULL);
    st.fail_at = 0;
    if (!st.failed) {
      cr_assert_eq(s, BRF_OK);
      cr_expect_str_eq(text, golden);
      brf_free(ctx, text);
      cr_expect(fail_at > 1, "the writer allocates");
      break;
    }
    cr_assert_eq(s, BRF_E_NOMEM, "fail_at %zu gave %d", fail_at, s);
    cr_assert_null(text);
    cr_assert_eq(st.live_blocks, baseline, "fail_at %zu leaked", fail_at);
    cr_assert(fail_at < 1000);
  }
}
