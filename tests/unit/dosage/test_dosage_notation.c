/* The dose notation: every example of issue 5 gives exactly its fields and
 * its canonical text; forgiving input; every rejection gives its status and
 * column. */
#include <criterion/criterion.h>
#include <string.h>

#include "support.h"

BRF_TEST_CONTEXT_FIXTURE(notation);

#define END_FIELDS {-1, 0, 0}
typedef struct field_value {
  int32_t field;
  int64_t lo, hi;
} field_value;

typedef struct example {
  const char *input;
  const char *canonical;
  field_value fields[8];
} example;

#define S 1000
#define MIN (60 * S)
#define H (60 * MIN)
#define D (24 * (int64_t)H)

static const example examples[] = {
    {"3x10", "3x10", {{BRF_DOSE_SETS, 3, 3}, {BRF_DOSE_REPS, 10, 10}, END_FIELDS}},
    {"2-3 x 6-15", "2-3x6-15", {{BRF_DOSE_SETS, 2, 3}, {BRF_DOSE_REPS, 6, 15}, END_FIELDS}},
    {"10 reps, hold 20-30s, alternating",
     "10 reps, hold 20-30s, alternating",
     {{BRF_DOSE_REPS, 10, 10}, {BRF_DOSE_HOLD_MS, 20000, 30000}, {BRF_DOSE_SIDES, 2, 2},
      END_FIELDS}},
    {"hold 10s", "hold 10s", {{BRF_DOSE_HOLD_MS, 10000, 10000}, END_FIELDS}},
    {"10min/side, 1-2x/day",
     "10min, each side, 1-2x/day",
     {{BRF_DOSE_DURATION_MS, 600000, 600000}, {BRF_DOSE_SIDES, 1, 1}, {BRF_DOSE_PER_DAY, 1, 2},
      END_FIELDS}},
    {"20 min, every 1-2 h, for 48-72 h",
     "20min, every 1-2h, for 2-3d",
     {{BRF_DOSE_DURATION_MS, 20 * MIN, 20 * MIN}, {BRF_DOSE_INTERVAL_MS, H, 2 * H},
      {BRF_DOSE_WINDOW_MS, 2 * D, 3 * D}, END_FIELDS}},
    {"1x/day", "daily", {{BRF_DOSE_PER_DAY, 1, 1}, END_FIELDS}},
    {"every 2 days", "every other day", {{BRF_DOSE_INTERVAL_MS, 172800000, 172800000}, END_FIELDS}},
    {"2-3x6-15, every other day",
     "2-3x6-15, every other day",
     {{BRF_DOSE_SETS, 2, 3}, {BRF_DOSE_REPS, 6, 15}, {BRF_DOSE_INTERVAL_MS, 2 * D, 2 * D},
      END_FIELDS}},
    {"3x10/side, rest 60s",
     "3x10, each side, rest 1min",
     {{BRF_DOSE_SETS, 3, 3}, {BRF_DOSE_REPS, 10, 10}, {BRF_DOSE_SIDES, 1, 1},
      {BRF_DOSE_REST_MS, 60000, 60000}, END_FIELDS}},
    {"hold 10-30s, 2-4 reps, 2-3x/week",
     "2-4 reps, hold 10-30s, 2-3x/week",
     {{BRF_DOSE_REPS, 2, 4}, {BRF_DOSE_HOLD_MS, 10000, 30000}, {BRF_DOSE_PER_WEEK, 2, 3},
      END_FIELDS}},
    {"1-3 x 30-120 s",
     "1-3x30-120s",
     {{BRF_DOSE_SETS, 1, 3}, {BRF_DOSE_DURATION_MS, 30000, 120000}, END_FIELDS}},
    {"600s", "10min", {{BRF_DOSE_DURATION_MS, 600000, 600000}, END_FIELDS}},
    {"90s", "90s", {{BRF_DOSE_DURATION_MS, 90000, 90000}, END_FIELDS}},
    {"3x/week", "3x/week", {{BRF_DOSE_PER_WEEK, 3, 3}, END_FIELDS}},
    {"3x10, tempo 3s",
     "3x10, tempo 3s",
     {{BRF_DOSE_SETS, 3, 3}, {BRF_DOSE_REPS, 10, 10}, {BRF_DOSE_TEMPO_MS, 3000, 3000}, END_FIELDS}},
};

/* Parse text, check its fields are exactly `want` (every other field
 * unset) and its canonical text is `canonical`. */
static void check_example(const char *text, const char *canonical, const field_value *want) {
  brf_dosage *d = NULL;
  cr_assert_eq(brf_dosage_parse(ctx, text, strlen(text), &d), BRF_OK, "%s: %s", text,
               brf_context_errmsg(ctx));
  int expected_set[BRF_DOSE_FIELD_COUNT] = {0};
  for (const field_value *f = want; f->field >= 0; f++) {
    int64_t lo = -1, hi = -1;
    expected_set[f->field] = 1;
    cr_expect_eq(brf_dosage_get(d, f->field, &lo, &hi), BRF_OK, "%s: field %s unset", text,
                 brf_dosage_field_name(f->field));
    cr_expect(lo == f->lo && hi == f->hi, "%s: %s is %lld-%lld, expected %lld-%lld", text,
              brf_dosage_field_name(f->field), (long long)lo, (long long)hi, (long long)f->lo,
              (long long)f->hi);
  }
  for (int32_t f = 0; f < BRF_DOSE_FIELD_COUNT; f++)
    if (!expected_set[f])
      cr_expect_eq(brf_dosage_get(d, f, NULL, NULL), BRF_E_NOT_FOUND, "%s: %s should be unset",
                   text, brf_dosage_field_name(f));
  char *out = NULL;
  size_t n = 0;
  cr_assert_eq(brf_dosage_to_string(ctx, d, &out, &n), BRF_OK);
  cr_expect_str_eq(out, canonical, "%s formats as '%s', expected '%s'", text, out, canonical);
  cr_expect_eq(n, strlen(canonical));
  /* The canonical text is a fixed point. */
  brf_dosage *again = NULL;
  cr_assert_eq(brf_dosage_parse(ctx, out, n, &again), BRF_OK, "%s", out);
  cr_expect(brf_dosage_equal(d, again));
  brf_dosage_free(again);
  brf_free(ctx, out);
  brf_dosage_free(d);
}

Test(notation, every_issue_example_gives_its_fields_and_canonical_text) {
  for (size_t i = 0; i < sizeof examples / sizeof examples[0]; i++)
    check_example(examples[i].input, examples[i].canonical, examples[i].fields);
}

Test(notation, canonical_examples_parse_to_the_same_fields) {
  for (size_t i = 0; i < sizeof examples / sizeof examples[0]; i++)
    check_example(examples[i].canonical, examples[i].canonical, examples[i].fields);
}

Test(notation, input_is_forgiving_about_case_order_spaces_and_words) {
  static const struct {
    const char *input, *canonical;
  } cases[] = {
      {"3X10 EACH SIDE", "3x10, each side"},
      {"3 x 10 per side", "3x10, each side"},
      {"3 \xC3\x97 10", "3x10"},                       /* multiplication sign */
      {"2\xE2\x80\x93" "3x10", "2-3x10"},              /* en dash */
      {"rest 2 minutes, 3 x 10 reps", "3x10, rest 2min"},
      {"hold 30 seconds, 3 repetitions", "3 reps, hold 30s"},
      {"hold 1 hour", "hold 1h"},
      {"for 6 weeks, 1 x/week", "1x/week, for 6wk"},
      {"10 reps each side", "10 reps, each side"},
      {"1 rep", "1 rep"},
      {"2 sets, hold 30 sec", "2 sets, hold 30s"},
      {"1 set", "1 set"},
      {"3 sets, 30s", "3x30s"},
      {"3x10, 45s", "3x10, 45s"},
      {"both sides, 10 reps", "10 reps, both sides"},
      {"alternating sides, 8 reps", "8 reps, alternating"},
      {"2 times a day", "2x/day"},
      {"3 times per week", "3x/week"},
      {"daily, weekly", "daily, 1x/week"},
      {"every 1 day", "every 1d"},
      {"every 3 days", "every 3d"},
      {"every 2-3 days", "every 2-3d"},
      {"every 14 days", "every 2wk"},
      {"every 48 h", "every other day"},
      {"tempo 1500ms", "tempo 1500ms"},
      {"rest 0s, 2x5", "2x5, rest 0s"},
      {"rest 0-90 s, 2x5", "2x5, rest 0-90s"},
      {"for 7 days", "for 1wk"},
      {"  3x10  ,  daily  ", "3x10, daily"},
      {"90-120s", "90-120s"},
      {"60-120s", "1-2min"},
      {"hold 5 s, 10 reps/side, 1-2 x/day", "10 reps, hold 5s, each side, 1-2x/day"},
      /* seed 000: "10 minutes on each glute ... two times each day" */
      {"10 minutes per side, 1-2 times each day", "10min, each side, 1-2x/day"},
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    brf_dosage *d = NULL;
    cr_assert_eq(brf_dosage_parse(ctx, cases[i].input, strlen(cases[i].input), &d), BRF_OK,
                 "%s: %s", cases[i].input, brf_context_errmsg(ctx));
    char buf[128];
    cr_assert_eq(brf_dosage_format(d, buf, sizeof buf, NULL), BRF_OK);
    cr_expect_str_eq(buf, cases[i].canonical, "'%s' -> '%s'", cases[i].input, buf);
    brf_dosage_free(d);
  }
}

typedef struct rejection {
  const char *input;
  brf_status status;
  size_t column;
  const char *names; /* a word the message must contain */
} rejection;

static const rejection rejections[] = {
    {"", BRF_E_PARSE, 1, "empty"},
    {"   ", BRF_E_PARSE, 4, "empty"},
    {"3x", BRF_E_PARSE, 3, "end of the text"},
    {"x10", BRF_E_PARSE, 1, "'x'"},
    {"10 parsecs", BRF_E_PARSE, 4, "'parsecs'"},
    {"hold -5s", BRF_E_PARSE, 6, "'-'"},
    {"3x10, 2x8", BRF_E_PARSE, 7, "'2x8'"},
    {"each side, alternating", BRF_E_PARSE, 12, "'alternating'"},
    {"3x10/side, alternating", BRF_E_PARSE, 12, "conflicting"},
    {"3x10, each side, each side", BRF_E_PARSE, 18, "second time"},
    {"10-5 reps", BRF_E_RANGE, 1, "10-5"},
    {"0x10", BRF_E_RANGE, 1, "sets"},
    {"3x0", BRF_E_RANGE, 3, "reps"},
    {"every 0 days", BRF_E_RANGE, 7, "interval"},
    {"99999999999999999999 reps", BRF_E_RANGE, 1, "99999999999999999999"},
    {"3x99999999999999999999", BRF_E_RANGE, 3, "too large"},
    {"101x10", BRF_E_RANGE, 1, "sets"},
    {"3x1001", BRF_E_RANGE, 3, "reps"},
    {"hold 61min", BRF_E_RANGE, 6, "hold"},
    {"25x/day", BRF_E_RANGE, 1, "per-day"},
    {"8x/week", BRF_E_RANGE, 1, "per-week"},
    {"for 105wk", BRF_E_RANGE, 5, "window"},
    {"9223372036854775807 wk", BRF_E_RANGE, 1, "too long"},
    {"10", BRF_E_PARSE, 1, "'10'"},
    {"hold 10", BRF_E_PARSE, 8, "unit"},
    {"hold", BRF_E_PARSE, 5, "number"},
    {"3x10,", BRF_E_PARSE, 6, "empty clause"},
    {",3x10", BRF_E_PARSE, 1, "empty clause"},
    {"3x10 5", BRF_E_PARSE, 6, "'5'"},
    {"3x10; daily", BRF_E_PARSE, 5, "';'"},
    {"3x/month", BRF_E_PARSE, 4, "'month'"},
    {"3 times 10", BRF_E_PARSE, 9, "'10'"},
    {"2-x10", BRF_E_PARSE, 3, "'x'"},
    {"every other week", BRF_E_PARSE, 13, "'week'"},
    {"both 10", BRF_E_PARSE, 6, "'10'"},
    {"gently", BRF_E_PARSE, 1, "'gently'"},
    {"1.5min", BRF_E_PARSE, 2, "'.'"},
    {"3x10 caf\xC3\xA9", BRF_E_PARSE, 6, "caf"},
    {"\xE2\x82\xAC" "3", BRF_E_PARSE, 1, "\xE2\x82\xAC"},
};

Test(notation, every_rejection_gives_its_status_column_and_token) {
  for (size_t i = 0; i < sizeof rejections / sizeof rejections[0]; i++) {
    const rejection *r = &rejections[i];
    brf_dosage *d = (brf_dosage *)&st; /* must be reset to NULL */
    brf_context_clear_error(ctx);
    brf_status s = brf_dosage_parse(ctx, r->input, strlen(r->input), &d);
    cr_expect_eq(s, r->status, "'%s': %s, expected %s (%s)", r->input, brf_status_name(s),
                 brf_status_name(r->status), brf_context_errmsg(ctx));
    cr_expect_null(d, "'%s'", r->input);
    cr_expect_eq(brf_context_errcode(ctx), r->status, "'%s'", r->input);
    cr_expect_eq(brf_context_error_line(ctx), 1, "'%s'", r->input);
    cr_expect_eq(brf_context_error_column(ctx), r->column, "'%s': column %zu, expected %zu (%s)",
                 r->input, brf_context_error_column(ctx), r->column, brf_context_errmsg(ctx));
    cr_expect_eq(brf_context_error_offset(ctx), r->column - 1, "'%s'", r->input);
    cr_expect(strstr(brf_context_errmsg(ctx), r->names) != NULL, "'%s': message '%s' lacks '%s'",
              r->input, brf_context_errmsg(ctx), r->names);
  }
}

Test(notation, invalid_utf8_is_a_parse_error_at_the_bad_byte) {
  brf_dosage *d = NULL;
  cr_expect_eq(brf_dosage_parse(ctx, "3x10 \xFF", 6, &d), BRF_E_PARSE);
  cr_expect_eq(brf_context_error_column(ctx), 6);
  cr_expect_eq(brf_context_error_offset(ctx), 5);
  cr_expect_eq(brf_dosage_parse(ctx, "\xC0\xAF" "3x10", 6, &d), BRF_E_PARSE);
  cr_expect_eq(brf_context_error_column(ctx), 1);
  cr_expect(strstr(brf_context_errmsg(ctx), "UTF-8") != NULL);
  cr_expect_null(d);
}

Test(notation, text_need_not_be_nul_terminated) {
  brf_dosage *d = NULL;
  const char text[] = {'3', 'x', '1', '0', '0', '0'};
  cr_assert_eq(brf_dosage_parse(ctx, text, 4, &d), BRF_OK);
  int64_t lo, hi;
  cr_expect_eq(brf_dosage_get(d, BRF_DOSE_REPS, &lo, &hi), BRF_OK);
  cr_expect_eq(lo, 10);
  brf_dosage_free(d);
}

Test(notation, null_arguments) {
  brf_dosage *d = (brf_dosage *)&st;
  cr_expect_eq(brf_dosage_parse(ctx, NULL, 0, &d), BRF_E_PARSE, "NULL text, len 0 is empty text");
  cr_expect_null(d);
  cr_expect_eq(brf_context_error_column(ctx), 1);
  cr_expect_eq(brf_dosage_parse(ctx, NULL, 3, &d), BRF_E_INVALID);
  cr_expect_eq(brf_dosage_parse(NULL, "3x10", 4, &d), BRF_E_INVALID);
  cr_expect_null(d);
  cr_expect_eq(brf_dosage_parse(ctx, "3x10", 4, NULL), BRF_E_INVALID);
}
