/* The catalog JSON codec: the built-in catalog written as its authored file,
 * byte-identical round trips, every exercise field kept, parse errors with
 * positions, schema errors with JSON paths, doses made canonical, bad
 * arguments and allocation failure. White-box (INTERNAL) to compare every
 * field of the model, the time estimates included. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "backrelief/json.h"
#include "catalog/catalog_private.h"
#include "exercise_eq.h"
#include "support.h"

BRF_TEST_CONTEXT_FIXTURE(catalog_json);

static char *to_json(const brf_catalog *cat, uint32_t flags, size_t *len) {
  char *out = NULL;
  brf_status s = brf_catalog_to_json(ctx, cat, flags, &out, len);
  cr_assert_eq(s, BRF_OK, "to_json: %s", brf_context_errmsg(ctx));
  return out;
}

static brf_catalog *from_json(const char *text, size_t len) {
  brf_catalog *cat = NULL;
  brf_status s = brf_catalog_from_json(ctx, text, len, 0, &cat);
  cr_assert_eq(s, BRF_OK, "from_json: %s", brf_context_errmsg(ctx));
  return cat;
}

#if BRF_WITH_BUILTIN_CATALOG
Test(catalog_json, builtin_pretty_output_is_the_authored_file) {
  brf_catalog *cat = NULL;
  size_t len, file_len;
  char *file = brf_test_read_file(BRF_PROJECT_DIR "/data/catalog/builtin.json", &file_len);
  cr_assert_not_null(file, "data/catalog/builtin.json not readable");
  cr_assert_eq(brf_catalog_new_builtin(ctx, &cat), BRF_OK);
  char *out = to_json(cat, BRF_JSON_PRETTY, &len);
  cr_assert_eq(len, strlen(out));
  if (len != file_len || memcmp(out, file, len) != 0) {
    size_t i = 0;
    while (i < len && i < file_len && out[i] == file[i]) i++;
    cr_assert_fail("differs from builtin.json at byte %zu: ...%.40s... vs ...%.40s...", i,
                   out + (i > 20 ? i - 20 : 0), file + (i > 20 ? i - 20 : 0));
  }
  brf_free(ctx, out);
  free(file);
  brf_catalog_free(cat);
}

static void builtin_round_trip(uint32_t flags) {
  brf_catalog *cat = NULL, *back;
  size_t len1, len2;
  cr_assert_eq(brf_catalog_new_builtin(ctx, &cat), BRF_OK);
  char *one = to_json(cat, flags, &len1);
  back = from_json(one, len1);
  char *two = to_json(back, flags, &len2);
  cr_assert_eq(len1, len2);
  cr_assert(memcmp(one, two, len1) == 0, "export, import, export is not byte-identical");
  cr_assert_eq(brf_catalog_count(back), brf_catalog_count(cat));
  for (size_t i = 0; i < brf_catalog_count(cat); i++)
    exercise_eq(brf_catalog_at(cat, i), brf_catalog_at(back, i));
  brf_free(ctx, one);
  brf_free(ctx, two);
  brf_catalog_free(back);
  brf_catalog_free(cat);
}

Test(catalog_json, builtin_survives_a_pretty_round_trip_unchanged) { builtin_round_trip(BRF_JSON_PRETTY); }
Test(catalog_json, builtin_survives_a_compact_round_trip_unchanged) { builtin_round_trip(0); }

Test(catalog_json, compact_output_has_no_whitespace_outside_strings) {
  brf_catalog *cat = NULL;
  size_t len;
  int in_str = 0;
  cr_assert_eq(brf_catalog_new_builtin(ctx, &cat), BRF_OK);
  char *out = to_json(cat, 0, &len);
  for (size_t i = 0; i < len; i++) {
    if (out[i] == '"' && (i == 0 || out[i - 1] != '\\')) in_str = !in_str;
    if (!in_str) cr_assert(out[i] != ' ' && out[i] != '\n', "whitespace at %zu", i);
  }
  cr_assert_eq(strncmp(out, "{\"format\":\"backrelief-catalog\",\"format_version\":1,", 50), 0);
  brf_free(ctx, out);
  brf_catalog_free(cat);
}

Test(catalog_json, failed_export_allocates_nothing) {
  brf_catalog *cat = NULL;
  cr_assert_eq(brf_catalog_new_builtin(ctx, &cat), BRF_OK);
  size_t base = st.live_blocks;
  for (size_t k = 1;; k++) {
    char *out = (char *)1;
    st.fail_at = st.calls + k;
    brf_status s = brf_catalog_to_json(ctx, cat, BRF_JSON_PRETTY, &out, NULL);
    st.fail_at = 0;
    if (s == BRF_OK) {
      brf_free(ctx, out);
      break;
    }
    cr_assert_eq(s, BRF_E_NOMEM, "failure %zu", k);
    cr_assert_null(out);
    cr_assert_eq(st.live_blocks, base, "failure %zu leaked", k);
  }
  brf_catalog_free(cat);
}
#endif

/* A small catalog document with one exercise; %s is spliced into it. */
#define DOC_HEAD "{\"format\": \"backrelief-catalog\", \"format_version\": 1, \"exercises\": ["
#define MINIMAL "{\"id\": \"wall-sit\", \"name\": \"Wall sit\", \"modality\": \"strength\"}"

static brf_status read_doc(const char *text, brf_catalog **cat) {
  *cat = NULL;
  return brf_catalog_from_json(ctx, text, strlen(text), 0, cat);
}

Test(catalog_json, minimal_exercise_gets_documented_defaults) {
  brf_catalog *cat;
  cr_assert_eq(read_doc(DOC_HEAD MINIMAL "]}", &cat), BRF_OK, "%s", brf_context_errmsg(ctx));
  const brf_exercise *e = brf_catalog_find(cat, "wall-sit");
  cr_assert_not_null(e);
  cr_assert_str_eq(brf_exercise_summary(e), "");
  cr_assert_str_eq(brf_exercise_default_dose(e), "");
  cr_assert_eq(brf_exercise_level(e), BRF_LEVEL_BEGINNER);
  cr_assert_eq(brf_exercise_laterality(e), BRF_LATERALITY_BOTH_SIDES);
  cr_assert_eq(brf_exercise_position(e), -1);
  cr_assert_eq(brf_exercise_source_count(e), 0);
  cr_assert_eq(e->estimate_max_ms, -1);
  size_t len;
  char *out = to_json(cat, 0, &len);
  cr_assert_null(strstr(out, "position"), "an unset position is left out");
  brf_catalog *back = from_json(out, len);
  size_t len2;
  char *again = to_json(back, 0, &len2);
  cr_assert(len == len2 && memcmp(out, again, len) == 0);
  brf_free(ctx, out);
  brf_free(ctx, again);
  brf_catalog_free(back);
  brf_catalog_free(cat);
}

Test(catalog_json, doses_in_any_valid_notation_are_stored_canonical) {
  brf_catalog *cat;
  const char *doc = DOC_HEAD
      "{\"id\": \"a\", \"name\": \"A\", \"modality\": \"strength\","
      " \"default_dose\": \"3 x 10 reps, rest 60 s\","
      " \"alternative_doses\": [{\"dose\": \"hold 30 sec\", \"source\": {\"kind\": \"paper\", "
      "\"ref\": \"X 2020\"}}]}]}";
  cr_assert_eq(read_doc(doc, &cat), BRF_OK, "%s", brf_context_errmsg(ctx));
  const brf_exercise *e = brf_catalog_find(cat, "a");
  cr_assert_str_eq(brf_exercise_default_dose(e), "3x10, rest 1min");
  cr_assert_str_eq(brf_exercise_alternative_dose_at(e, 0), "hold 30s");
  cr_assert_str_eq(brf_exercise_alternative_dose_note(e, 0), "");
  cr_assert(e->estimate_min_ms > 0 && e->estimate_max_ms >= e->estimate_min_ms,
            "the default dose has a session time");
  size_t len;
  char *out = to_json(cat, 0, &len);
  cr_assert_not_null(strstr(out, "\"default_dose\":\"3x10, rest 1min\""), "%s", out);
  brf_free(ctx, out);
  brf_catalog_free(cat);
}

Test(catalog_json, not_well_formed_is_a_parse_error_with_position) {
  brf_catalog *cat = (brf_catalog *)1;
  const char *doc = "{\"format\": \"backrelief-catalog\",\n  \"format_version\": 1,,\n}";
  cr_assert_eq(read_doc(doc, &cat), BRF_E_PARSE);
  cr_assert_null(cat);
  cr_assert_eq(brf_context_error_line(ctx), 2);
  cr_assert_eq(brf_context_error_column(ctx), 23, "%s", brf_context_errmsg(ctx));
  cr_assert_eq(read_doc("", &cat), BRF_E_PARSE);
  cr_assert_eq(read_doc("[1] x", &cat), BRF_E_PARSE);
  cr_assert_eq(read_doc("\"\xc0\xaf\"", &cat), BRF_E_PARSE, "overlong UTF-8");
}

typedef struct bad_case {
  const char *doc;
  const char *message; /* the start of the context message */
} bad_case;

#define EX(fields) DOC_HEAD "{\"id\": \"a\", \"name\": \"A\", \"modality\": \"strength\"" fields "}]}"

static const bad_case bad_cases[] = {
    {"[]", "top level: expected an object"},
    {"{\"format\": \"backrelief-routine\", \"format_version\": 1, \"exercises\": []}",
     "format: unknown format \"backrelief-routine\""},
    {"{\"format\": \"backrelief-catalog\", \"format_version\": 2, \"exercises\": []}",
     "format_version: version 2 is newer"},
    {"{\"format\": \"backrelief-catalog\", \"format_version\": 0, \"exercises\": []}",
     "format_version: no version 0"},
    {"{\"format\": \"backrelief-catalog\", \"format_version\": 1}", "exercises: required key"},
    {"{\"format\": \"backrelief-catalog\", \"format_version\": 1, \"exercises\": [], \"x\": 1}",
     "x: unknown key"},
    {"{\"format\": \"backrelief-catalog\", \"format\": \"backrelief-catalog\", "
     "\"format_version\": 1, \"exercises\": []}",
     "format: duplicate key"},
    {DOC_HEAD "{\"id\": \"a\", \"modality\": \"strength\"}]}", "exercises[0].name: required key"},
    {DOC_HEAD MINIMAL ", 3]}", "exercises[1]: expected an object"},
    {DOC_HEAD MINIMAL ", " MINIMAL "]}", "exercises[1].id: duplicate exercise id \"wall-sit\""},
    {EX(", \"name\": \"B\""), "exercises[0].name: duplicate key"},
    {DOC_HEAD "{\"id\": \"Wall Sit\", \"name\": \"A\", \"modality\": \"strength\"}]}",
     "exercises[0].id: \"Wall Sit\" is not an id"},
    {DOC_HEAD "{\"id\": \"a\", \"name\": \"\", \"modality\": \"strength\"}]}",
     "exercises[0].name: must not be empty"},
    {DOC_HEAD "{\"id\": \"a\", \"name\": \"A\\u0000B\", \"modality\": \"strength\"}]}",
     "exercises[0].name: contains a NUL"},
    {DOC_HEAD "{\"id\": \"a\", \"name\": \"A\", \"modality\": \"yoga\"}]}",
     "exercises[0].modality: unknown value \"yoga\""},
    {EX(", \"level\": 2"), "exercises[0].level: expected a string, found a number"},
    {EX(", \"regions\": {\"primary\": [\"glutes\", \"toes\"]}"),
     "exercises[0].regions.primary[1]: unknown value \"toes\""},
    {EX(", \"regions\": {\"tertiary\": []}"), "exercises[0].regions.tertiary: unknown key"},
    {EX(", \"equipment\": \"mat\""), "exercises[0].equipment: expected an array"},
    {EX(", \"instructions\": [\"Sit.\", \"\"]"), "exercises[0].instructions[1]: must not be empty"},
    {EX(", \"default_dose\": \"3x\""), "exercises[0].default_dose: bad dose notation \"3x\""},
    {EX(", \"alternative_doses\": [{\"dose\": \"3x10\"}]"),
     "exercises[0].alternative_doses[0].source: required key"},
    {EX(", \"alternative_doses\": [{\"dose\": \"3x10 lots\", \"source\": {\"kind\": \"seed\", "
        "\"ref\": \"x\"}}]"),
     "exercises[0].alternative_doses[0].dose: bad dose notation"},
    {EX(", \"alternative_doses\": [{\"dose\": \"3x10\", \"source\": {\"kind\": \"blog\", "
        "\"ref\": \"x\"}}]"),
     "exercises[0].alternative_doses[0].source.kind: unknown value \"blog\""},
    {EX(", \"contraindications\": [{\"condition\": \"pregnancy\", \"action\": \"run\"}]"),
     "exercises[0].contraindications[0].action: unknown value \"run\""},
    {EX(", \"progressions\": [{\"exercise\": \"b\", \"variation\": \"c\"}]"),
     "exercises[0].progressions[0].variation: a link has either"},
    {EX(", \"regressions\": [{\"note\": \"c\"}]"), "exercises[0].regressions[0].note: only a link"},
    {EX(", \"regressions\": [{\"exercise\": \"B B\"}]"),
     "exercises[0].regressions[0].exercise: \"B B\" is not an id"},
    {EX(", \"sources\": [{\"kind\": \"seed\", \"ref\": \"\"}]"),
     "exercises[0].sources[0].ref: must not be empty"},
    {EX(", \"position\": null"), "exercises[0].position: expected a string, found null"},
    {EX(", \"media\": [1]"), "exercises[0].media[0]: expected a string"},
};

Test(catalog_json, invalid_catalogs_are_schema_errors_naming_the_path) {
  for (size_t i = 0; i < sizeof bad_cases / sizeof bad_cases[0]; i++) {
    brf_catalog *cat = (brf_catalog *)1;
    size_t base = st.live_blocks;
    brf_status s = read_doc(bad_cases[i].doc, &cat);
    const char *msg = brf_context_errmsg(ctx);
    cr_assert_eq(s, BRF_E_SCHEMA, "case %zu: %s (%s)", i, brf_status_name(s), msg);
    cr_assert_null(cat);
    cr_assert_eq(strncmp(msg, bad_cases[i].message, strlen(bad_cases[i].message)), 0,
                 "case %zu: message \"%s\", expected it to start with \"%s\"", i, msg,
                 bad_cases[i].message);
    cr_assert_geq(brf_context_error_line(ctx), 1, "case %zu has a position", i);
    cr_assert_eq(st.live_blocks, base, "case %zu leaked", i);
  }
}

/* A dose number outside the notation's bounds is BRF_E_RANGE, as
 * brf_dosage_parse says (docs/conventions.md, "Readers: one status per
 * situation"); it was BRF_E_SCHEMA before API 1.1. */
Test(catalog_json, a_dose_out_of_bounds_is_a_range_error_naming_the_path) {
  brf_catalog *cat = (brf_catalog *)1;
  cr_assert_eq(read_doc(EX(", \"default_dose\": \"hold 0s\""), &cat), BRF_E_RANGE, "%s",
               brf_context_errmsg(ctx));
  cr_assert_null(cat);
  cr_assert_eq(strncmp(brf_context_errmsg(ctx), "exercises[0].default_dose: bad dose notation",
                       44),
               0, "%s", brf_context_errmsg(ctx));
  cr_assert_geq(brf_context_error_line(ctx), 1);
}

Test(catalog_json, schema_errors_carry_the_position_of_the_value) {
  brf_catalog *cat;
  const char *doc = DOC_HEAD "\n{\"id\": \"a\", \"name\": \"A\",\n \"modality\": \"yoga\"}]}";
  cr_assert_eq(read_doc(doc, &cat), BRF_E_SCHEMA);
  cr_assert_eq(brf_context_error_line(ctx), 3);
  cr_assert_eq(brf_context_error_column(ctx), 14);
}

Test(catalog_json, bad_arguments_are_invalid) {
  brf_catalog *cat = (brf_catalog *)1, *empty = NULL;
  char *out = (char *)1;
  cr_assert_eq(brf_catalog_from_json(NULL, "{}", 2, 0, &cat), BRF_E_INVALID);
  cr_assert_null(cat);
  cr_assert_eq(brf_catalog_from_json(ctx, NULL, 2, 0, &cat), BRF_E_INVALID);
  cr_assert_eq(brf_catalog_from_json(ctx, "{}", 2, 0, NULL), BRF_E_INVALID);
  cr_assert_eq(brf_catalog_from_json(ctx, "{}", 2, 7, &cat), BRF_E_INVALID);
  cr_assert_eq(brf_catalog_from_json(ctx, NULL, 0, 0, &cat), BRF_E_PARSE);
  cr_assert_eq(brf_catalog_new_empty(ctx, &empty), BRF_OK);
  cr_assert_eq(brf_catalog_to_json(NULL, empty, 0, &out, NULL), BRF_E_INVALID);
  cr_assert_null(out);
  cr_assert_eq(brf_catalog_to_json(ctx, NULL, 0, &out, NULL), BRF_E_INVALID);
  cr_assert_eq(brf_catalog_to_json(ctx, empty, 0, NULL, NULL), BRF_E_INVALID);
  cr_assert_eq(brf_catalog_to_json(ctx, empty, 2, &out, NULL), BRF_E_INVALID);
  size_t len = 99;
  cr_assert_eq(brf_catalog_to_json(ctx, empty, 0, &out, &len), BRF_OK);
  cr_assert_str_eq(out, "{\"format\":\"backrelief-catalog\",\"format_version\":1,\"exercises\":[]}");
  cr_assert_eq(len, strlen(out));
  brf_free(ctx, out);
  brf_catalog_free(empty);
}

Test(catalog_json, failed_import_allocates_nothing) {
  const char *doc = EX(", \"default_dose\": \"3x10\", \"aliases\": [\"x\"], \"regions\": "
                       "{\"primary\": [\"glutes\"]}, \"sources\": [{\"kind\": \"seed\", "
                       "\"ref\": \"r\"}], \"progressions\": [{\"variation\": \"v\"}], "
                       "\"contraindications\": [{\"condition\": \"pregnancy\", \"action\": "
                       "\"skip\"}], \"alternative_doses\": [{\"dose\": \"2x5\", \"source\": "
                       "{\"kind\": \"seed\", \"ref\": \"r\"}}]");
  size_t base = st.live_blocks;
  for (size_t k = 1;; k++) {
    brf_catalog *cat = (brf_catalog *)1;
    st.fail_at = st.calls + k;
    brf_status s = brf_catalog_from_json(ctx, doc, strlen(doc), 0, &cat);
    st.fail_at = 0;
    if (s == BRF_OK) {
      cr_assert_eq(brf_catalog_count(cat), 1);
      brf_catalog_free(cat);
      break;
    }
    cr_assert_eq(s, BRF_E_NOMEM, "failure %zu: %s", k, brf_context_errmsg(ctx));
    cr_assert_null(cat);
    cr_assert_eq(st.live_blocks, base, "failure %zu leaked", k);
  }
}

Test(catalog_json, custom_exercises_round_trip) {
  brf_catalog *cat = NULL, *back;
  brf_exercise_draft *d = NULL;
  cr_assert_eq(brf_catalog_new_empty(ctx, &cat), BRF_OK);
  cr_assert_eq(brf_exercise_draft_new(ctx, &d), BRF_OK);
  cr_assert_eq(brf_exercise_draft_set_id(d, "towel-stretch"), BRF_OK);
  cr_assert_eq(brf_exercise_draft_set_name(d, "Towel \"stretch\"\n\xc3\xa9\\"), BRF_OK);
  cr_assert_eq(brf_exercise_draft_set_modality(d, BRF_MODALITY_STATIC_STRETCH), BRF_OK);
  cr_assert_eq(brf_exercise_draft_set_default_dose(d, "hold 30 s, 3 reps, each side"), BRF_OK);
  cr_assert_eq(brf_exercise_draft_add_equipment(d, BRF_EQUIPMENT_TOWEL), BRF_OK);
  cr_assert_eq(brf_exercise_draft_add_progression(d, "cat-camel", ""), BRF_OK);
  cr_assert_eq(brf_exercise_draft_add_media(d, "https://example.org/a.png"), BRF_OK);
  cr_assert_eq(brf_catalog_add(cat, d), BRF_OK);
  brf_exercise_draft_free(d);
  size_t len, len2;
  char *one = to_json(cat, BRF_JSON_PRETTY, &len);
  back = from_json(one, len);
  exercise_eq(brf_catalog_at(cat, 0), brf_catalog_at(back, 0));
  char *two = to_json(back, BRF_JSON_PRETTY, &len2);
  cr_assert(len == len2 && memcmp(one, two, len) == 0);
  brf_free(ctx, one);
  brf_free(ctx, two);
  brf_catalog_free(back);
  brf_catalog_free(cat);
}

/* The flags rule (docs/conventions.md, "Flags"): a reader accepts the writer
 * flag BRF_JSON_PRETTY and ignores it; any other bit is BRF_E_INVALID, in the
 * reader and the writer. Before issue 20 the reader refused BRF_JSON_PRETTY. */
Test(catalog_json, readers_accept_the_writer_flag_and_refuse_unknown_bits) {
  brf_catalog *cat = NULL, *back = NULL;
  cr_assert_eq(brf_catalog_new_empty(ctx, &cat), BRF_OK);
  size_t len = 0;
  char *text = to_json(cat, BRF_JSON_PRETTY, &len);
  cr_expect_eq(brf_catalog_from_json(ctx, text, len, BRF_JSON_PRETTY, &back), BRF_OK,
               "%s", brf_context_errmsg(ctx));
  brf_catalog_free(back);
  back = (brf_catalog *)1;
  cr_expect_eq(brf_catalog_from_json(ctx, text, len, 2u, &back), BRF_E_INVALID);
  cr_expect_null(back);
  cr_expect_not_null(strstr(brf_context_errmsg(ctx), "unknown flags 2"));
  char *out = (char *)1;
  cr_expect_eq(brf_catalog_to_json(ctx, cat, 2u, &out, NULL), BRF_E_INVALID);
  cr_expect_null(out);
  brf_free(ctx, text);
  brf_catalog_free(cat);
}
