/* Schedules: the JSON codec (round trips, errors with paths) and the
 * iCalendar export (series, expansion, determinism), with allocation failure. */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "support.h"
#include "test_routine_fixture.h"
#include "test_schedule_fixture.h"

#define HM(h, m) ((h) * 60 + (m))

BRF_TEST_CONTEXT_DECLARE();
static brf_catalog *cat;
static int32_t monday; /* 2026-01-05 */

static void setup(void) {
  cat = brf_test_routine_catalog(ctx);
  cr_assert_eq(brf_date_from_ymd(ctx, 2026, 1, 5, &monday), BRF_OK);
}

static void teardown(void) { brf_catalog_free(cat); }

BRF_TEST_CONTEXT_FIXTURE_WITH(schedule_codec, setup, teardown);

/* Every option in use; generated unless told otherwise. */
static brf_status full(brf_context *c, const brf_catalog *k, int gen, brf_schedule **out) {
  static const char *const f1 = "3x/week", *const f2 = "every 1-2h, for 2-3d";
  brf_schedule *s = NULL;
  brf_routine *r = NULL;
  size_t a = 0, b = 0, d = 0;
  brf_status status = brf_schedule_new(c, monday, 12, &s);
  if (status == BRF_OK) status = brf_routine_new(c, &r);
  if (status == BRF_OK) status = brf_routine_set_name(r, "Glute release, \"ball\"; then stretch");
  if (status == BRF_OK) status = brf_routine_append(r, brf_catalog_find(k, "ball-glutes"), NULL);
  if (status == BRF_OK) status = brf_routine_append(r, brf_catalog_find(k, "glute-stretch"), NULL);
  if (status == BRF_OK) status = brf_routine_step_set_phase(r, 0, BRF_PHASE_RELEASE);
  if (status == BRF_OK) status = brf_routine_step_set_note(r, 0, "Slow; breathe out onto the ball.");
  if (status == BRF_OK) status = brf_routine_step_set_phase(r, 1, BRF_PHASE_STRETCH);
  if (status == BRF_OK) status = brf_routine_step_set_reason(r, 1, "Stretch what was released.");
  if (status == BRF_OK) status = brf_schedule_add_routine(s, r, NULL, &a);
  if (status == BRF_OK) status = brf_schedule_item_set_frequency_text(s, a, f1, strlen(f1));
  if (status == BRF_OK) status = brf_schedule_item_set_spacing(s, a, BRF_SPACING_NOT_CONSECUTIVE);
  if (status == BRF_OK) status = brf_schedule_item_set_weekdays(s, a, BRF_WEEKDAY_BIT(1) | BRF_WEEKDAY_BIT(3));
  if (status == BRF_OK) status = brf_schedule_add_exercise(s, brf_catalog_find(k, "cold-pack"), NULL, NULL, &b);
  if (status == BRF_OK) status = brf_schedule_item_set_frequency_text(s, b, f2, strlen(f2));
  if (status == BRF_OK) status = brf_schedule_item_set_window(s, b, monday + 1, HM(14, 30), -1);
  if (status == BRF_OK) status = brf_schedule_add_exercise(s, brf_catalog_find(k, "roll-lower-back"), NULL, NULL, &d);
  if (status == BRF_OK) status = brf_schedule_item_set_taper(s, d, 2, 2, 3);
  if (status == BRF_OK) status = brf_schedule_item_set_after_weekdays(s, d, BRF_WEEKDAY_BIT(1) | BRF_WEEKDAY_BIT(4));
  if (status == BRF_OK) status = brf_schedule_item_set_times(s, d, HM(18, 0), HM(19, 0));
  if (status == BRF_OK) status = brf_schedule_add_exercise(s, brf_catalog_find(k, "bridge"), NULL, NULL, NULL);
  if (status == BRF_OK) status = brf_schedule_item_set_window(s, 3, monday + 20, 0, 14LL * 86400000);
  if (status == BRF_OK) status = brf_schedule_set_rest_weekdays(s, BRF_WEEKDAY_BIT(7));
  if (status == BRF_OK) status = brf_schedule_add_rest_day(s, monday + 30);
  if (status == BRF_OK) status = brf_schedule_set_time_zone(s, "Europe/Berlin");
  if (status == BRF_OK) status = brf_schedule_set_reminder_ms(s, 600000);
  if (status == BRF_OK && gen) status = brf_schedule_generate(s);
  brf_routine_free(r);
  if (status != BRF_OK) {
    brf_schedule_free(s);
    s = NULL;
  }
  *out = s;
  return status;
}

static brf_status full_generated(brf_context *c, const brf_catalog *k, brf_schedule **out) {
  return full(c, k, 1, out);
}

static char *json_of(const brf_schedule *s, size_t *len) {
  char *text = NULL;
  cr_assert_eq(brf_schedule_to_json(ctx, s, &text, len), BRF_OK, "%s", brf_context_errmsg(ctx));
  return text;
}

Test(schedule_codec, json_round_trip_is_byte_identical) {
  brf_schedule *s = NULL, *t = NULL;
  cr_assert_eq(full(ctx, cat, 1, &s), BRF_OK, "%s", brf_context_errmsg(ctx));
  size_t n1 = 0, n2 = 0;
  char *a = json_of(s, &n1);
  cr_assert_eq(brf_schedule_from_json(ctx, a, n1, cat, &t), BRF_OK, "%s", brf_context_errmsg(ctx));
  char *b = json_of(t, &n2);
  cr_expect_eq(n1, n2);
  cr_expect_str_eq(a, b);
  cr_expect_eq(brf_schedule_session_count(t), brf_schedule_session_count(s));
  cr_expect_gt(brf_schedule_session_count(s), 40);
  cr_expect_eq(brf_schedule_item_kind(t, 0), BRF_SCHEDULE_KIND_ROUTINE);
  cr_expect_eq(brf_schedule_item_kind(t, 1), BRF_SCHEDULE_KIND_EXERCISE);
  cr_expect_str_eq(brf_schedule_time_zone(t), "Europe/Berlin");
  cr_expect(strstr(a, "\"format\": \"backrelief-schedule\"") != NULL, "%s", a);
  cr_expect(strstr(a, "\"after_weekdays\": \"mon,thu\"") != NULL);
  cr_expect(strstr(a, "\"frequency\": \"3x/week\"") != NULL);
  cr_expect(strstr(a, "\"note\": \"Slow; breathe out onto the ball.\"") != NULL);
  cr_expect(strstr(a, "\"phase\": \"stretch\"") != NULL);
  /* Without "sessions" the document gives the same schedule. */
  char *cut = strstr(a, ",\n  \"sessions\"");
  cr_assert_not_null(cut);
  strcpy(cut, "\n}\n");
  brf_schedule *u = NULL;
  cr_assert_eq(brf_schedule_from_json(ctx, a, strlen(a), cat, &u), BRF_OK, "%s", brf_context_errmsg(ctx));
  char *c = json_of(u, NULL);
  cr_expect_str_eq(c, b);
  brf_free(ctx, a);
  brf_free(ctx, b);
  brf_free(ctx, c);
  brf_schedule_free(s);
  brf_schedule_free(t);
  brf_schedule_free(u);
}

/* from_json on text with one replacement made must fail with code and path. */
static void expect_error(const char *from, const char *to, brf_status code, const char *path) {
  brf_test_schedule_edit_error(ctx, cat, &st, full_generated, from, to, code, path);
}

/* One status per situation (docs/conventions.md): a value out of its
 * bounds is BRF_E_RANGE and an unknown exercise id BRF_E_NOT_FOUND, as in
 * every reader (both were BRF_E_SCHEMA here before API 1.1). */
Test(schedule_codec, json_errors_name_their_path) {
  expect_error("backrelief-schedule", "backrelief-routine", BRF_E_SCHEMA, "format");
  expect_error("\"format_version\": 1", "\"format_version\": 2", BRF_E_SCHEMA, "format_version");
  expect_error("\"start\": \"2026-01-05\"", "\"start\": \"2026-13-05\"", BRF_E_RANGE, "start");
  expect_error("\"weeks\": 12", "\"weeks\": 0", BRF_E_RANGE, "weeks");
  expect_error("\"exercise\": \"glute-stretch\"", "\"exercise\": \"nope\"", BRF_E_NOT_FOUND,
               "items[0].routine.steps[1].exercise");
  expect_error("\"frequency\": \"3x/week\"", "\"frequency\": \"3x10\"", BRF_E_SCHEMA,
               "items[0].frequency");
  expect_error("\"frequency\": \"3x/week\"", "\"frequency\": \"3x/fortnight\"", BRF_E_SCHEMA,
               "items[0].frequency");
  expect_error("\"spacing\": \"not-consecutive\"", "\"spacing\": \"sometimes\"", BRF_E_SCHEMA,
               "items[0].spacing");
  expect_error("\"after_weekdays\": \"mon,thu\"", "\"after_weekdays\": \"mon,funday\"",
               BRF_E_SCHEMA, "items[2].after_weekdays");
  expect_error("\"min_per_week\": 2", "\"min_per_week\": 9", BRF_E_RANGE,
               "items[2].taper.min_per_week");
  expect_error("\"onset_time\": \"14:30\"", "\"onset_time\": \"25:30\"", BRF_E_RANGE,
               "items[1].window.onset_time");
  expect_error("\"kind\": \"routine\"", "\"kind\": \"routine\", \"colour\": 1", BRF_E_SCHEMA,
               "items[0]");
  expect_error("\"time\": \"18:00\"", "\"time\": \"18:01\"", BRF_E_SCHEMA, "sessions[");
  expect_error("\"occurrence\": 0,", "\"occurrence\": 5,", BRF_E_SCHEMA, "sessions[0]");
  expect_error("\"rest_dates\": [\n    \"2026-02-04\"", "\"rest_dates\": [\n    \"2026-02-31\"",
               BRF_E_RANGE, "rest_dates[0]");
  expect_error("\"time_zone\": \"Europe/Berlin\"", "\"time_zone\": \"Europe:Berlin\"",
               BRF_E_SCHEMA, "time_zone");
  expect_error("{", "[", BRF_E_PARSE, "");
}

Test(schedule_codec, sessions_must_match_the_rules_in_number) {
  static const char doc[] =
      "{\"format\": \"backrelief-schedule\", \"format_version\": 1, \"start\": \"2026-01-05\","
      " \"weeks\": 1, \"items\": [{\"kind\": \"exercise\", \"routine\": {\"name\": \"bridge\","
      " \"steps\": [{\"exercise\": \"bridge\"}]}, \"frequency\": \"every other day\"}],"
      " \"sessions\": [{\"date\": \"2026-01-05\", \"time\": \"08:00\", \"item\": 0}]}";
  brf_schedule *s = NULL;
  cr_expect_eq(brf_schedule_from_json(ctx, doc, strlen(doc), cat, &s), BRF_E_SCHEMA);
  cr_expect(strstr(brf_context_errmsg(ctx), "sessions: 1 sessions given, the rules give 4") != NULL,
            "%s", brf_context_errmsg(ctx));
  /* Hand-written, minimal (defaults, no sessions): accepted. */
  char *cut = strstr(doc, ", \"sessions\"");
  char buf[sizeof doc];
  memcpy(buf, doc, (size_t)(cut - doc));
  strcpy(buf + (cut - doc), "}");
  cr_assert_eq(brf_schedule_from_json(ctx, buf, strlen(buf), cat, &s), BRF_OK, "%s",
               brf_context_errmsg(ctx));
  cr_expect_eq(brf_schedule_session_count(s), 4);
  cr_expect_eq(brf_schedule_session_time(s, 0), HM(8, 0));
  brf_schedule_free(s);
  /* An exercise item with two steps is refused. */
  static const char two[] =
      "{\"format\": \"backrelief-schedule\", \"format_version\": 1, \"start\": \"2026-01-05\","
      " \"weeks\": 1, \"items\": [{\"kind\": \"exercise\", \"routine\": {\"name\": \"x\","
      " \"steps\": [{\"exercise\": \"bridge\"}, {\"exercise\": \"bridge\"}]}}]}";
  cr_expect_eq(brf_schedule_from_json(ctx, two, strlen(two), cat, &s), BRF_E_SCHEMA);
  cr_expect(strstr(brf_context_errmsg(ctx), "items[0].routine") != NULL, "%s", brf_context_errmsg(ctx));
}

Test(schedule_codec, writing_needs_generated_sessions) {
  brf_schedule *s = NULL;
  cr_assert_eq(full(ctx, cat, 0, &s), BRF_OK);
  char *out = NULL;
  cr_expect_eq(brf_schedule_to_json(ctx, s, &out, NULL), BRF_E_STATE);
  cr_expect_eq(brf_schedule_to_ical(ctx, s, 0, &out, NULL), BRF_E_STATE);
  cr_expect_null(out);
  brf_schedule_free(s);
}

static char *ical_of(const brf_schedule *s, uint32_t flags, size_t *len) {
  char *text = NULL;
  cr_assert_eq(brf_schedule_to_ical(ctx, s, flags, &text, len), BRF_OK, "%s", brf_context_errmsg(ctx));
  return text;
}

static size_t count_of(const char *hay, const char *needle) {
  size_t n = 0;
  for (const char *p = strstr(hay, needle); p; p = strstr(p + 1, needle)) n++;
  return n;
}

Test(schedule_codec, ical_uses_rules_where_they_fit_and_is_deterministic) {
  brf_schedule *s = NULL, *t = NULL;
  size_t it;
  cr_assert_eq(brf_schedule_new(ctx, monday, 12, &s), BRF_OK);
  cr_assert_eq(brf_schedule_add_exercise(s, brf_catalog_find(cat, "roll-lower-back"), NULL, NULL, &it), BRF_OK);
  cr_assert_eq(brf_schedule_item_set_frequency_text(s, it, "3x/week", 7), BRF_OK);
  cr_assert_eq(brf_schedule_add_exercise(s, brf_catalog_find(cat, "bridge"), NULL, NULL, &it), BRF_OK);
  cr_assert_eq(brf_schedule_item_set_frequency_text(s, it, "every other day", 15), BRF_OK);
  cr_assert_eq(brf_schedule_add_exercise(s, brf_catalog_find(cat, "glute-stretch"), NULL, NULL, &it), BRF_OK);
  cr_assert_eq(brf_schedule_item_set_frequency_text(s, it, "2x/day", 6), BRF_OK);
  cr_assert_eq(brf_schedule_generate(s), BRF_OK);
  size_t len = 0;
  char *a = ical_of(s, 0, &len);
  cr_expect(strstr(a, "RRULE:FREQ=WEEKLY;BYDAY=MO,WE,SA;COUNT=36\r\n") != NULL, "%s", a);
  cr_expect(strstr(a, "RRULE:FREQ=DAILY;INTERVAL=2;COUNT=42\r\n") != NULL);
  cr_expect_eq(count_of(a, "RRULE:FREQ=DAILY;COUNT=84\r\n"), 2);
  cr_expect_eq(count_of(a, "BEGIN:VEVENT"), 4);
  cr_expect(strstr(a, "DTSTAMP:20260105T000000Z\r\n") != NULL);
  cr_expect(strstr(a, "DTSTART:20260105T080000\r\n") != NULL);
  cr_expect(strstr(a, "DESCRIPTION:1. bridge: 2-3x6-15\\nFrequency: every other day\r\n") != NULL);
  cr_expect_null(strstr(a, "VALARM"));
  cr_expect_null(strstr(a, "TZID"));
  cr_expect_eq(len, strlen(a));
  /* The same schedule built again gives the same bytes. */
  char *b = ical_of(s, 0, NULL);
  cr_expect_str_eq(a, b);
  /* Expanded, with a zone and a reminder: one event per session. */
  cr_assert_eq(brf_schedule_set_time_zone(s, "Europe/Berlin"), BRF_OK);
  cr_assert_eq(brf_schedule_set_reminder_ms(s, 900000), BRF_OK);
  char *c = ical_of(s, BRF_SCHEDULE_ICAL_EXPAND, NULL);
  cr_expect_eq(count_of(c, "BEGIN:VEVENT"), brf_schedule_session_count(s));
  cr_expect_null(strstr(c, "RRULE"));
  cr_expect_eq(count_of(c, "BEGIN:VALARM"), brf_schedule_session_count(s));
  cr_expect(strstr(c, "TRIGGER:-PT15M\r\n") != NULL);
  cr_expect(strstr(c, "DTSTART;TZID=Europe/Berlin:20260105T080000\r\n") != NULL);
  char *out = NULL;
  cr_expect_eq(brf_schedule_to_ical(ctx, s, 2u, &out, NULL), BRF_E_INVALID);
  /* Caller buffer: too small reports the size, then fits exactly. */
  size_t need = 0;
  char small[8];
  cr_expect_eq(brf_schedule_ical_format(ctx, s, 0, small, sizeof small, &need), BRF_E_BUFFER_TOO_SMALL);
  cr_expect_str_eq(small, "");
  /* A size query (cap 0) answers the size and keeps the last error, even
   * though it renders through brf_schedule_to_ical (issue #20). */
  cr_expect_eq(brf_schedule_to_ical(ctx, s, 2u, &out, NULL), BRF_E_INVALID);
  size_t asked = 0;
  cr_expect_eq(brf_schedule_ical_format(ctx, s, 0, NULL, 0, &asked), BRF_E_BUFFER_TOO_SMALL);
  cr_expect_eq(asked, need);
  cr_expect_eq(brf_context_errcode(ctx), BRF_E_INVALID);
  cr_expect_not_null(strstr(brf_context_errmsg(ctx), "unknown flags"), "%s", brf_context_errmsg(ctx));
  char *buf = malloc(need);
  cr_assert_eq(brf_schedule_ical_format(ctx, s, 0, buf, need, &need), BRF_OK);
  cr_expect_eq(brf_context_errcode(ctx), BRF_OK, "success clears");
  char *d = ical_of(s, 0, NULL);
  cr_expect_str_eq(buf, d);
  free(buf);
  /* A separately built equal schedule gives the same bytes (via JSON). */
  char *json = json_of(s, NULL);
  cr_assert_eq(brf_schedule_from_json(ctx, json, strlen(json), cat, &t), BRF_OK);
  char *e = ical_of(t, 0, NULL);
  cr_expect_str_eq(d, e);
  brf_free(ctx, a);
  brf_free(ctx, b);
  brf_free(ctx, c);
  brf_free(ctx, d);
  brf_free(ctx, e);
  brf_free(ctx, json);
  brf_schedule_free(s);
  brf_schedule_free(t);
}

Test(schedule_codec, ical_expands_what_no_rule_describes) {
  brf_schedule *s = NULL;
  cr_assert_eq(full(ctx, cat, 1, &s), BRF_OK);
  char *a = ical_of(s, 0, NULL);
  /* The taper is split into runs: daily but Sundays (rest), then the days
   * after leg days; a rest date splits a run; the window's lone sessions are
   * single events. */
  cr_expect(strstr(a, "RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA;COUNT=12\r\n") != NULL, "%s", a);
  cr_expect(strstr(a, "RRULE:FREQ=WEEKLY;BYDAY=TU,FR;COUNT=") != NULL);
  cr_expect_lt(count_of(a, "BEGIN:VEVENT"), 30);
  cr_expect_gt(count_of(a, "BEGIN:VEVENT"), count_of(a, "RRULE:"));
  cr_expect_eq(count_of(a, "BEGIN:VALARM"), count_of(a, "BEGIN:VEVENT"));
  cr_expect(strstr(a, "SUMMARY:Glute release\\, \"ball\"\\; then stretch\r\n") != NULL, "%s", a);
  brf_free(ctx, a);
  brf_schedule_free(s);
}

/* ---- allocation failure ---- */

static brf_status op_to_ical(brf_context *c, const brf_catalog *k, const brf_schedule *s, const char *json) {
  (void)k;
  (void)json;
  char *out = NULL;
  brf_status status = brf_schedule_to_ical(c, s, 0, &out, NULL);
  brf_free(c, out);
  return status;
}

static brf_status op_build(brf_context *c, const brf_catalog *k, const brf_schedule *s, const char *json) {
  (void)s;
  (void)json;
  brf_schedule *t = NULL;
  brf_status status = full(c, k, 1, &t);
  brf_schedule_free(t);
  return status;
}

static void fail_each(brf_test_schedule_op op) {
  brf_test_schedule_fail_each(op, full_generated, NULL);
}

Test(schedule_codec, build_survives_allocation_failure) { fail_each(op_build); }
Test(schedule_codec, to_json_survives_allocation_failure) { fail_each(brf_test_schedule_op_save); }
Test(schedule_codec, from_json_survives_allocation_failure) { fail_each(brf_test_schedule_op_load); }
Test(schedule_codec, to_ical_survives_allocation_failure) { fail_each(op_to_ical); }

/* brf_schedule_to_json_v2 / brf_schedule_from_json_v2 take the JSON flags
 * like every reader and writer (docs/conventions.md, "Flags"). */
Test(schedule_codec, v2_writer_and_reader_take_the_json_flags) {
  brf_schedule *s = NULL, *t = NULL;
  cr_assert_eq(full_generated(ctx, cat, &s), BRF_OK, "%s", brf_context_errmsg(ctx));
  size_t n_old = 0, n_pretty = 0, n_compact = 0;
  char *old = json_of(s, &n_old);
  char *pretty = NULL, *compact = NULL;
  cr_assert_eq(brf_schedule_to_json_v2(ctx, s, BRF_JSON_PRETTY, &pretty, &n_pretty), BRF_OK);
  cr_expect_str_eq(pretty, old); /* the old writer is the pretty one */
  cr_assert_eq(brf_schedule_to_json_v2(ctx, s, BRF_JSON_COMPACT, &compact, &n_compact), BRF_OK);
  cr_expect_lt(n_compact, n_pretty);
  cr_expect_null(strchr(compact, '\n'));
  /* the compact text reads back to the same schedule; the reader ignores PRETTY */
  cr_assert_eq(brf_schedule_from_json_v2(ctx, compact, n_compact, cat, BRF_JSON_PRETTY, &t),
               BRF_OK, "%s", brf_context_errmsg(ctx));
  char *again = NULL;
  cr_assert_eq(brf_schedule_to_json_v2(ctx, t, BRF_JSON_COMPACT, &again, NULL), BRF_OK);
  cr_expect_str_eq(again, compact);
  brf_schedule_free(t);
  /* unknown bits: BRF_E_INVALID, nothing written or read */
  char *none = (char *)1;
  cr_expect_eq(brf_schedule_to_json_v2(ctx, s, 4u, &none, NULL), BRF_E_INVALID);
  cr_expect_null(none);
  t = (brf_schedule *)1;
  cr_expect_eq(brf_schedule_from_json_v2(ctx, compact, n_compact, cat, 4u, &t), BRF_E_INVALID);
  cr_expect_null(t);
  cr_expect_not_null(strstr(brf_context_errmsg(ctx), "unknown flags 4"));
  brf_free(ctx, old);
  brf_free(ctx, pretty);
  brf_free(ctx, compact);
  brf_free(ctx, again);
  brf_schedule_free(s);
}

/* BRF_SCHEDULE_READ_REGENERATE: a schedule saved under older rules (its
 * sessions differ from what this version's rules give, as after rule G7)
 * reads, with its sessions made again and a warning naming the first one that
 * differed; without the flag it is refused (json_errors_name_their_path). A
 * sessions array that is not well formed is refused either way. */
static char *replaced(const char *text, const char *from, const char *to) {
  const char *at = strstr(text, from);
  cr_assert_not_null(at, "%s not in the document", from);
  size_t head = (size_t)(at - text), n = strlen(text) + strlen(to) + 1;
  char *out = malloc(n);
  cr_assert_not_null(out);
  memcpy(out, text, head);
  strcpy(out + head, to);
  strcat(out, at + strlen(from));
  return out;
}

Test(schedule_codec, regenerate_flag_makes_differing_sessions_again_with_a_warning) {
  brf_schedule *s = NULL, *t = NULL;
  cr_assert_eq(full_generated(ctx, cat, &s), BRF_OK, "%s", brf_context_errmsg(ctx));
  char *orig = json_of(s, NULL);
  /* the same sessions: no warning */
  cr_assert_eq(brf_schedule_from_json_v2(ctx, orig, strlen(orig), cat,
                                         BRF_SCHEDULE_READ_REGENERATE, &t), BRF_OK,
               "%s", brf_context_errmsg(ctx));
  cr_expect_eq(brf_context_warning_count(ctx), 0);
  brf_schedule_free(t);
  /* one session moved (the first at 18:00): made again, named in the warning */
  char *moved = replaced(orig, "\"time\": \"18:00\"", "\"time\": \"18:01\"");
  t = NULL;
  cr_expect_eq(brf_schedule_from_json_v2(ctx, moved, strlen(moved), cat, 0, &t), BRF_E_SCHEMA);
  cr_expect_null(t);
  cr_assert_eq(brf_schedule_from_json_v2(ctx, moved, strlen(moved), cat,
                                         BRF_SCHEDULE_READ_REGENERATE, &t), BRF_OK,
               "%s", brf_context_errmsg(ctx));
  cr_assert_eq(brf_context_warning_count(ctx), 1);
  cr_expect_not_null(strstr(brf_context_warning(ctx, 0), "they were made again"), "%s",
                     brf_context_warning(ctx, 0));
  cr_expect_not_null(strstr(brf_context_warning(ctx, 0), "from sessions["));
  char *again = json_of(t, NULL);
  cr_expect_str_eq(again, orig, "the sessions are the rules' again");
  brf_schedule_free(t);
  /* fewer sessions than the rules give: made again too */
  char *cut = strstr(orig, ",\n    {\n      \"date\"");
  cr_assert_not_null(cut, "a second session");
  char *fewer = replaced(orig, cut, "\n  ]\n}\n");
  t = NULL;
  cr_assert_eq(brf_schedule_from_json_v2(ctx, fewer, strlen(fewer), cat,
                                         BRF_SCHEDULE_READ_REGENERATE, &t), BRF_OK,
               "%s", brf_context_errmsg(ctx));
  cr_expect_eq(brf_context_warning_count(ctx), 1);
  cr_expect_not_null(strstr(brf_context_warning(ctx, 0), "from sessions[1]"), "%s",
                     brf_context_warning(ctx, 0));
  cr_expect_eq(brf_schedule_session_count(t), brf_schedule_session_count(s));
  brf_schedule_free(t);
  /* a session that is not well formed: still an error, with its path */
  char *bad = replaced(orig, "\"time\": \"18:00\"", "\"time\": \"25:00\"");
  t = (brf_schedule *)1;
  cr_expect_eq(brf_schedule_from_json_v2(ctx, bad, strlen(bad), cat,
                                         BRF_SCHEDULE_READ_REGENERATE, &t), BRF_E_RANGE);
  cr_expect_null(t);
  cr_expect_not_null(strstr(brf_context_errmsg(ctx), "sessions["), "%s", brf_context_errmsg(ctx));
  free(moved);
  free(fewer);
  free(bad);
  brf_free(ctx, orig);
  brf_free(ctx, again);
  brf_schedule_free(s);
}
