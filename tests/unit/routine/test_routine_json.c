/* The routine JSON format: exact output, byte-identical round trips, and
 * every error class with its path. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "support.h"
#include "test_routine_fixture.h"

BRF_TEST_CONTEXT_DECLARE();
static brf_catalog *cat;

static void setup(void) { cat = brf_test_routine_catalog(ctx); }
static void teardown(void) { brf_catalog_free(cat); }

BRF_TEST_CONTEXT_FIXTURE_WITH(routine_json, setup, teardown);

/* A routine with every field used. */
static brf_routine *sample(void) {
  const char *ids[] = {"warm-bath", "ball-glutes", "glute-stretch", "bridge", NULL};
  brf_routine *r = brf_test_routine_of(ctx, cat, ids);
  cr_assert_eq(brf_routine_set_name(r, "Evening \"reset\" \xE2\x80\x93 caf\xC3\xA9"), BRF_OK);
  cr_assert_eq(brf_routine_step_set_phase(r, 0, BRF_PHASE_WARM_UP), BRF_OK);
  cr_assert_eq(brf_routine_step_set_phase(r, 1, BRF_PHASE_RELEASE), BRF_OK);
  cr_assert_eq(brf_routine_step_set_phase(r, 3, BRF_PHASE_STRENGTHEN), BRF_OK);
  cr_assert_eq(brf_routine_step_set_note(r, 1, "Slow;\nbreathe\tout"), BRF_OK);
  cr_assert_eq(brf_routine_step_set_reason(r, 2, "stretch after release (seed 003)"), BRF_OK);
  brf_dosage *d = brf_test_dose(ctx, "3x12, rest 45s");
  cr_assert_eq(brf_routine_step_set_dose(r, 3, d), BRF_OK);
  brf_dosage_free(d);
  return r;
}

static char *to_json(const brf_routine *r, uint32_t flags) {
  char *out = NULL;
  size_t len = 0;
  cr_assert_eq(brf_routine_to_json(ctx, r, flags, &out, &len), BRF_OK, "%s",
               brf_context_errmsg(ctx));
  cr_assert_eq(strlen(out), len);
  return out;
}

static brf_status from_json(const char *text, brf_routine **out) {
  return brf_routine_from_json(ctx, text, strlen(text), cat, 0, out);
}

Test(routine_json, compact_output_is_exact) {
  const char *ids[] = {"ball-glutes", "bridge", NULL};
  brf_routine *r = brf_test_routine_of(ctx, cat, ids);
  cr_assert_eq(brf_routine_set_name(r, "Short"), BRF_OK);
  cr_assert_eq(brf_routine_step_set_note(r, 1, "slow"), BRF_OK);
  char *text = to_json(r, 0);
  int64_t lo = 0, hi = 0;
  cr_assert_eq(brf_routine_estimate_ms(r, &lo, &hi), BRF_OK);
  char want[1024];
  snprintf(want, sizeof want,
           "{\"format\":\"backrelief-routine\",\"format_version\":1,\"name\":\"Short\","
           "\"steps\":[{\"exercise\":\"ball-glutes\",\"dose\":\"2min, each side\",\"phase\":\"none\"},"
           "{\"exercise\":\"bridge\",\"dose\":\"2-3x6-15\",\"phase\":\"none\",\"note\":\"slow\"}],"
           "\"estimate\":{\"min_ms\":%lld,\"max_ms\":%lld}}",
           (long long)lo, (long long)hi);
  cr_expect_str_eq(text, want);
  brf_free(ctx, text);
  brf_routine_free(r);
}

Test(routine_json, pretty_output_is_indented_and_ends_with_a_newline) {
  brf_routine *r = NULL;
  cr_assert_eq(brf_routine_new(ctx, &r), BRF_OK);
  char *text = to_json(r, BRF_JSON_PRETTY);
  cr_expect_str_eq(text, "{\n  \"format\": \"backrelief-routine\",\n  \"format_version\": 1,\n"
                         "  \"name\": \"\",\n  \"steps\": [],\n  \"estimate\": {\n"
                         "    \"min_ms\": 0,\n    \"max_ms\": 0\n  }\n}\n");
  brf_free(ctx, text);
  brf_routine_free(r);
}

Test(routine_json, round_trips_are_byte_identical) {
  brf_routine *r = sample();
  uint32_t flags[] = {0, BRF_JSON_PRETTY};
  for (size_t f = 0; f < 2; f++) {
    char *first = to_json(r, flags[f]);
    brf_routine *back = NULL;
    cr_assert_eq(from_json(first, &back), BRF_OK, "%s", brf_context_errmsg(ctx));
    char *second = to_json(back, flags[f]);
    cr_expect_str_eq(second, first);
    cr_expect_str_eq(brf_routine_name(back), brf_routine_name(r));
    cr_expect_eq(brf_routine_step_count(back), 4);
    cr_expect_eq(brf_routine_step_phase(back, 0), BRF_PHASE_WARM_UP);
    cr_expect_str_eq(brf_routine_step_note(back, 1), "Slow;\nbreathe\tout");
    cr_expect_str_eq(brf_routine_step_reason(back, 2), "stretch after release (seed 003)");
    cr_expect(brf_dosage_equal(brf_routine_step_dose(back, 3), brf_routine_step_dose(r, 3)));
    cr_expect_eq(brf_routine_step_equipment_at(back, 0, 0), BRF_EQUIPMENT_BATH);
    brf_free(ctx, first);
    brf_free(ctx, second);
    brf_routine_free(back);
  }
  brf_routine_free(r);
}

Test(routine_json, estimate_is_recomputed_and_a_missing_dose_is_the_default) {
  const char *text = "{\"format\":\"backrelief-routine\",\"format_version\":1,"
                     "\"steps\":[{\"exercise\":\"cat-camel\"}],"
                     "\"estimate\":{\"min_ms\":1,\"max_ms\":999999999}}";
  brf_routine *r = NULL;
  cr_assert_eq(from_json(text, &r), BRF_OK, "%s", brf_context_errmsg(ctx));
  int64_t lo = 0, hi = 0;
  cr_assert_eq(brf_routine_estimate_ms(r, &lo, &hi), BRF_OK);
  cr_expect_eq(lo, 10000 + 40000);
  cr_expect_eq(hi, 10000 + 40000);
  cr_expect_str_eq(brf_routine_name(r), "");
  cr_expect_eq(brf_routine_step_phase(r, 0), BRF_PHASE_NONE);
  brf_dosage *want = brf_test_dose(ctx, "10 reps");
  cr_expect(brf_dosage_equal(brf_routine_step_dose(r, 0), want));
  brf_dosage_free(want);
  char *out = to_json(r, 0);
  cr_expect(strstr(out, "\"estimate\":{\"min_ms\":50000,\"max_ms\":50000}") != NULL, "%s", out);
  brf_free(ctx, out);
  brf_routine_free(r);
}

/* Reading text fails with code, the message starts with prefix (when not
 * NULL), and *out stays NULL. */
static void expect_error(const char *text, brf_status code, const char *prefix) {
  brf_routine *r = (brf_routine *)1;
  brf_status s = from_json(text, &r);
  cr_expect_eq(s, code, "%s -> %d (%s)", text, s, brf_context_errmsg(ctx));
  cr_expect_null(r);
  if (prefix != NULL)
    cr_expect(strncmp(brf_context_errmsg(ctx), prefix, strlen(prefix)) == 0, "%s: got \"%s\"",
              prefix, brf_context_errmsg(ctx));
}

#define HEAD "{\"format\":\"backrelief-routine\",\"format_version\":1,"

Test(routine_json, malformed_json_is_a_parse_error_with_a_position) {
  expect_error("", BRF_E_PARSE, NULL);
  expect_error("{\"format\":\n  \"backrelief-routine\",,}", BRF_E_PARSE, NULL);
  cr_expect_eq(brf_context_error_line(ctx), 2);
  cr_expect_eq(brf_context_error_column(ctx), 24);
  expect_error(HEAD "\"steps\":[]", BRF_E_PARSE, NULL);
}

Test(routine_json, invalid_documents_are_schema_errors_with_paths) {
  expect_error("[]", BRF_E_SCHEMA, NULL);
  expect_error("{\"format\":\"backrelief-catalog\",\"format_version\":1,\"steps\":[]}", BRF_E_SCHEMA,
               "format:");
  expect_error("{\"format_version\":1,\"steps\":[]}", BRF_E_SCHEMA, NULL);
  expect_error("{\"format\":\"backrelief-routine\",\"format_version\":0,\"steps\":[]}",
               BRF_E_SCHEMA, "format_version:");
  expect_error("{\"format\":\"backrelief-routine\",\"format_version\":\"1\",\"steps\":[]}",
               BRF_E_SCHEMA, "format_version:");
  expect_error(HEAD "\"name\":\"x\"}", BRF_E_SCHEMA, NULL);
  expect_error(HEAD "\"steps\":{}}", BRF_E_SCHEMA, "steps:");
  expect_error(HEAD "\"steps\":[],\"extra\":1}", BRF_E_SCHEMA, "extra:");
  expect_error(HEAD "\"name\":3,\"steps\":[]}", BRF_E_SCHEMA, "name:");
  expect_error(HEAD "\"name\":\"a\\u0000b\",\"steps\":[]}", BRF_E_SCHEMA, "name:");
  expect_error(HEAD "\"steps\":[],\"steps\":[]}", BRF_E_SCHEMA, "steps:");
  expect_error(HEAD "\"steps\":[{\"exercise\":\"bridge\"},7]}", BRF_E_SCHEMA, "steps[1]:");
  expect_error(HEAD "\"steps\":[{\"dose\":\"3x10\"}]}", BRF_E_SCHEMA, "steps[0].exercise:");
  expect_error(HEAD "\"steps\":[{\"exercise\":\"bridge\",\"sets\":3}]}", BRF_E_SCHEMA,
               "steps[0].sets:");
  expect_error(HEAD "\"steps\":[{\"exercise\":\"bridge\",\"phase\":\"cooldown\"}]}", BRF_E_SCHEMA,
               "steps[0].phase:");
  expect_error(HEAD "\"steps\":[{\"exercise\":\"bridge\"},{\"exercise\":\"bridge\",\"dose\":\"3x\"}]}",
               BRF_E_SCHEMA, "steps[1].dose:");
  expect_error(HEAD "\"steps\":[{\"exercise\":\"bridge\",\"dose\":\"daily\"}]}", BRF_E_SCHEMA,
               "steps[0].dose:");
  cr_expect(strstr(brf_context_errmsg(ctx), "session time") != NULL, "%s", brf_context_errmsg(ctx));
  expect_error(HEAD "\"steps\":[{\"exercise\":\"no-dose\"}]}", BRF_E_SCHEMA, "steps[0]:");
  expect_error(HEAD "\"steps\":[{\"exercise\":\"bridge\",\"note\":false}]}", BRF_E_SCHEMA,
               "steps[0].note:");
  expect_error(HEAD "\"steps\":[],\"estimate\":{\"min_ms\":1}}", BRF_E_SCHEMA, "estimate.max_ms:");
  /* Out of bounds is BRF_E_RANGE (docs/conventions.md, "Readers: one status
   * per situation"); a fraction is the wrong type. */
  expect_error(HEAD "\"steps\":[],\"estimate\":{\"min_ms\":-1,\"max_ms\":2}}", BRF_E_RANGE,
               "estimate.min_ms:");
  expect_error(HEAD "\"steps\":[],\"estimate\":{\"min_ms\":1.5,\"max_ms\":2}}", BRF_E_SCHEMA,
               "estimate.min_ms:");
  expect_error(HEAD "\"steps\":[{\"exercise\":\"bridge\",\"dose\":\"5000 reps\"}]}", BRF_E_RANGE,
               "steps[0].dose:");
  expect_error(HEAD "\"steps\":[],\"estimate\":[]}", BRF_E_SCHEMA, "estimate:");
}

Test(routine_json, unknown_exercise_is_not_found_with_its_path) {
  expect_error(HEAD "\"steps\":[{\"exercise\":\"bridge\"},\n{\"exercise\":\"moon-walk\"}]}",
               BRF_E_NOT_FOUND, "steps[1].exercise:");
  cr_expect(strstr(brf_context_errmsg(ctx), "moon-walk") != NULL, "%s", brf_context_errmsg(ctx));
  cr_expect_eq(brf_context_error_line(ctx), 2);
  expect_error(HEAD "\"steps\":[{\"exercise\":\"bri\\u0000dge\"}]}", BRF_E_NOT_FOUND,
               "steps[0].exercise:");
}

/* BRF_E_SCHEMA, as docs/abi-policy.md promises for every reader (it was
 * BRF_E_UNSUPPORTED before API 1.1). */
Test(routine_json, newer_version_is_a_schema_error) {
  expect_error("{\"format\":\"backrelief-routine\",\"format_version\":2,\"steps\":[]}",
               BRF_E_SCHEMA, "format_version: version 2 is newer");
}

Test(routine_json, null_arguments_and_flags) {
  brf_routine *r = NULL;
  cr_assert_eq(brf_routine_new(ctx, &r), BRF_OK);
  char *out = (char *)1;
  size_t len = 9;
  cr_expect_eq(brf_routine_to_json(NULL, r, 0, &out, &len), BRF_E_INVALID);
  cr_expect_null(out);
  cr_expect_eq(len, 9, "out_len is untouched on failure (docs/conventions.md)");
  cr_expect_eq(brf_routine_to_json(ctx, NULL, 0, &out, NULL), BRF_E_INVALID);
  cr_expect_eq(brf_routine_to_json(ctx, r, 0, NULL, NULL), BRF_E_INVALID);
  cr_expect_eq(brf_routine_to_json(ctx, r, 2, &out, NULL), BRF_E_INVALID);
  cr_expect_null(out);
  brf_routine *back = (brf_routine *)1;
  const char *doc = HEAD "\"steps\":[]}";
  cr_expect_eq(brf_routine_from_json(NULL, doc, strlen(doc), cat, 0, &back), BRF_E_INVALID);
  cr_expect_null(back);
  cr_expect_eq(brf_routine_from_json(ctx, NULL, 3, cat, 0, &back), BRF_E_INVALID);
  cr_expect_eq(brf_routine_from_json(ctx, doc, strlen(doc), NULL, 0, &back), BRF_E_INVALID);
  cr_expect_eq(brf_routine_from_json(ctx, doc, strlen(doc), cat, 0, NULL), BRF_E_INVALID);
  cr_expect_eq(brf_routine_from_json(ctx, doc, strlen(doc), cat, 0x10, &back), BRF_E_INVALID);
  cr_expect_eq(brf_routine_from_json(ctx, NULL, 0, cat, 0, &back), BRF_E_PARSE);
  cr_expect_eq(brf_routine_from_json(ctx, doc, strlen(doc), cat, BRF_JSON_PRETTY, &back), BRF_OK);
  brf_routine_free(back);
  brf_routine_free(r);
}

Test(routine_json, allocation_failure_in_both_directions) {
  brf_routine *r = sample();
  char *text = to_json(r, BRF_JSON_PRETTY);
  int wrote = 0, read = 0;
  for (size_t n = 1; n < 2000 && !(wrote && read); n++) {
    size_t live = st.live_blocks;
    char *out = NULL;
    brf_routine *back = NULL;
    st.calls = 0;
    st.fail_at = n;
    brf_status sw = wrote ? BRF_OK : brf_routine_to_json(ctx, r, BRF_JSON_PRETTY, &out, NULL);
    st.calls = 0;
    brf_status sr = read ? BRF_OK : from_json(text, &back);
    st.fail_at = 0;
    if (!wrote) {
      if (sw == BRF_OK) {
        wrote = 1;
        cr_expect_str_eq(out, text);
        brf_free(ctx, out);
      } else {
        cr_assert_eq(sw, BRF_E_NOMEM, "write fail_at %zu: %d", n, sw);
        cr_expect_null(out);
      }
    }
    if (!read) {
      if (sr == BRF_OK) {
        read = 1;
        cr_expect_eq(brf_routine_step_count(back), 4);
        brf_routine_free(back);
      } else {
        cr_assert_eq(sr, BRF_E_NOMEM, "read fail_at %zu: %d (%s)", n, sr, brf_context_errmsg(ctx));
        cr_expect_null(back);
      }
    }
    cr_expect_eq(st.live_blocks, live, "fail_at %zu leaked", n);
  }
  cr_expect(wrote && read);
  brf_free(ctx, text);
  brf_routine_free(r);
}

/* Issue #20: messages quote input safely. An exercise id with a \u0000 and
 * an escape keeps the text after the NUL and shows both as \xNN; raw bytes
 * that are not UTF-8 give a clean parse error. */
static int clean_message(const char *s) {
  for (const unsigned char *p = (const unsigned char *)s; *p != '\0'; p++)
    if (*p < 0x20 || *p == 0x7F || *p >= 0x80) return 0; /* these messages are ASCII */
  return 1;
}

Test(routine_json, messages_escape_a_nul_an_escape_and_invalid_utf8) {
  brf_routine *r = NULL;
  const char *text = "{\"format\": \"backrelief-routine\", \"format_version\": 1, \"name\": \"x\","
                     " \"steps\": [{\"exercise\": \"bridge\\u0000tail\\u001b[31m\"}]}";
  cr_assert_eq(brf_routine_from_json(ctx, text, strlen(text), cat, 0, &r), BRF_E_NOT_FOUND);
  const char *m = brf_context_errmsg(ctx);
  cr_expect(clean_message(m), "%s", m);
  cr_expect_not_null(strstr(m, "bridge\\x00tail\\x1b[31m"), "%s", m);
  text = "{\"format\": \"backrelief-routine\", \"format_version\": 1, \"name\": \"x\","
         " \"steps\": [{\"exercise\": \"bridge\", \"phase\": \"a\\u0000b\\u007f\"}]}";
  cr_assert_eq(brf_routine_from_json(ctx, text, strlen(text), cat, 0, &r), BRF_E_SCHEMA);
  m = brf_context_errmsg(ctx);
  cr_expect(clean_message(m), "%s", m);
  cr_expect_not_null(strstr(m, "\"a\\x00b\\x7f\""), "%s", m);
  text = "{\"format\": \"backrelief-routine\", \"format_version\": 1, \"name\": \"a\xFF\xFE\x1b\"}";
  cr_assert_eq(brf_routine_from_json(ctx, text, strlen(text), cat, 0, &r), BRF_E_PARSE);
  m = brf_context_errmsg(ctx);
  cr_expect(clean_message(m), "%s", m);
  cr_expect_null(r);
}
