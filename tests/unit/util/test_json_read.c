/* The schema-reading layer codecs use: typed members, JSON paths and
 * positions in messages, unknown and duplicate keys, latched errors. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "util/json.h"
#include "support.h"

BRF_TEST_CONTEXT_DECLARE();
static brf__json_doc *doc;

static void setup(void) {
  doc = NULL;
}
static void teardown(void) {
  brf__json_doc_free(doc);
}

BRF_TEST_CONTEXT_FIXTURE_WITH(json_read, setup, teardown);

/* A miniature codec, written the way the real ones are meant to read. */
typedef struct exercise {
  const char *id;
  const char *name;
  int64_t reps;
  int bilateral;
  size_t cues;
} exercise;

static const char *const catalog_keys[] = {"format", "format_version", "exercises", NULL};
static const char *const exercise_keys[] = {"id", "name", "reps", "bilateral", "cues", NULL};

static void read_exercise(brf__jr *r, const brf__json *o, exercise *e) {
  const brf__json *cues;
  brf__jr_object(r, o, exercise_keys);
  brf__jr_req_string(r, o, "id", &e->id, NULL);
  brf__jr_req_string(r, o, "name", &e->name, NULL);
  brf__jr_opt_int(r, o, "reps", 1, 100, 10, &e->reps);
  brf__jr_opt_bool(r, o, "bilateral", 0, &e->bilateral);
  brf__jr_opt_array(r, o, "cues", &cues, &e->cues);
  brf__jr_push_key(r, "cues");
  for (size_t i = 0; i < e->cues; i++) {
    const char *cue;
    brf__jr_push_index(r, i);
    brf__jr_string(r, brf__json_at(cues, i), &cue, NULL);
    brf__jr_pop(r);
  }
  brf__jr_pop(r);
}

static brf_status read_catalog(const char *text, exercise *out, size_t cap, size_t *count) {
  brf__jr r;
  const brf__json *root, *list;
  const char *format;
  int64_t version;
  brf__json_doc_free(doc);
  doc = NULL;
  brf_status s = brf__json_parse(ctx, text, strlen(text), 0, &doc);
  if (s != BRF_OK) return s;
  brf__jr_init(&r, ctx, doc);
  root = brf__json_root(doc);
  brf__jr_object(&r, root, catalog_keys);
  brf__jr_req_string(&r, root, "format", &format, NULL);
  brf__jr_req_int(&r, root, "format_version", 1, 1, &version);
  brf__jr_req_array(&r, root, "exercises", &list, count);
  brf__jr_push_key(&r, "exercises");
  for (size_t i = 0; i < *count && i < cap && r.status == BRF_OK; i++) {
    brf__jr_push_index(&r, i);
    read_exercise(&r, brf__json_at(list, i), &out[i]);
    brf__jr_pop(&r);
  }
  brf__jr_pop(&r);
  return r.status;
}

#define CATALOG_HEAD "{\"format\": \"backrelief-catalog\", \"format_version\": 1,\n\"exercises\": [\n"

Test(json_read, a_codec_reads_like_a_declaration) {
  exercise ex[4];
  size_t n = 0;
  brf_status s = read_catalog(CATALOG_HEAD
                              "{\"id\": \"cat-cow\", \"name\": \"Cat-cow\", \"reps\": 8, "
                              "\"cues\": [\"slow\", \"breathe\"]},\n"
                              "{\"id\": \"bird-dog\", \"name\": \"Bird dog\", \"bilateral\": true}]}",
                              ex, 4, &n);
  cr_assert_eq(s, BRF_OK, "%s", brf_context_errmsg(ctx));
  cr_expect_eq(n, 2);
  cr_expect_str_eq(ex[0].id, "cat-cow");
  cr_expect_eq(ex[0].reps, 8);
  cr_expect_eq(ex[0].bilateral, 0);
  cr_expect_eq(ex[0].cues, 2);
  cr_expect_str_eq(ex[1].name, "Bird dog");
  cr_expect_eq(ex[1].reps, 10, "the default");
  cr_expect_eq(ex[1].bilateral, 1);
  cr_expect_eq(ex[1].cues, 0);
}

typedef struct schema_case {
  const char *text;
  const char *message;
  size_t line, column;
} schema_case;

static const schema_case schema_cases[] = {
    {"[]", "top level: expected an object, found an array", 1, 1},
    {"{\"format\": \"x\", \"format_version\": 1}", "exercises: required key is missing", 1, 1},
    {"{\"format\": 7, \"format_version\": 1, \"exercises\": []}",
     "format: expected a string, found a number", 1, 12},
    {"{\"format\": \"x\", \"format_version\": 1.0, \"exercises\": []}",
     "format_version: expected an integer from 1 to 1, found 1.0", 1, 35},
    {"{\"format\": \"x\", \"format_version\": 1, \"exercises\": {}}",
     "exercises: expected an array, found an object", 1, 51},
    {"{\"format\": \"x\", \"format_version\": 1, \"colour\": 1, \"exercises\": []}",
     "colour: unknown key", 1, 38},
    {"{\"format\": \"x\", \"format\": \"y\", \"format_version\": 1, \"exercises\": []}",
     "format: duplicate key", 1, 17},
    {CATALOG_HEAD "{\"id\": \"a\", \"name\": \"A\"},\n{\"id\": \"b\", \"name\": 5}]}",
     "exercises[1].name: expected a string, found a number", 4, 21},
    {CATALOG_HEAD "{\"id\": \"a\", \"name\": \"A\"},\n{\"id\": \"b\"}]}",
     "exercises[1].name: required key is missing", 4, 1},
    {CATALOG_HEAD "{\"id\": \"a\", \"name\": \"A\", \"bilateral\": null}]}",
     "exercises[0].bilateral: expected a boolean, found null", 3, 39},
    {CATALOG_HEAD "{\"id\": \"a\", \"name\": \"A\", \"cues\": [\"x\", true]}]}",
     "exercises[0].cues[1]: expected a string, found a boolean", 3, 40},
    {CATALOG_HEAD "{\"id\": \"a\", \"name\": \"A\", \"id\": \"b\"}]}",
     "exercises[0].id: duplicate key", 3, 26},
    {CATALOG_HEAD "{\"id\": \"a\", \"name\": \"A\", \"odd key\\n\": 1}]}",
     "exercises[0][\"odd key\\x0a\"]: unknown key", 3, 26},
    {CATALOG_HEAD "[]]}", "exercises[0]: expected an object, found an array", 3, 1},
};

Test(json_read, schema_errors_name_the_path_and_position) {
  for (size_t i = 0; i < sizeof schema_cases / sizeof *schema_cases; i++) {
    const schema_case *c = &schema_cases[i];
    exercise ex[4];
    size_t n;
    cr_expect_eq(read_catalog(c->text, ex, 4, &n), BRF_E_SCHEMA, "case %zu: %s", i,
                 brf_context_errmsg(ctx));
    cr_expect_str_eq(brf_context_errmsg(ctx), c->message, "case %zu", i);
    cr_expect_eq(brf_context_error_line(ctx), c->line, "case %zu: line %zu", i,
                 (size_t)brf_context_error_line(ctx));
    cr_expect_eq(brf_context_error_column(ctx), c->column, "case %zu: column %zu", i,
                 (size_t)brf_context_error_column(ctx));
  }
}

/* An integer outside its bounds is BRF_E_RANGE, at the same path and
 * position a schema error would have (docs/conventions.md, "Readers: one
 * status per situation"); a fraction stays the wrong type (above). */
static const schema_case range_cases[] = {
    {"{\"format\": \"x\", \"format_version\": 2, \"exercises\": []}",
     "format_version: expected an integer from 1 to 1, found 2", 1, 35},
    {CATALOG_HEAD "{\"id\": \"a\", \"name\": \"A\", \"reps\": 0}]}",
     "exercises[0].reps: expected an integer from 1 to 100, found 0", 3, 34},
    {CATALOG_HEAD "{\"id\": \"a\", \"name\": \"A\", \"reps\": -99999999999999999999}]}",
     "exercises[0].reps: expected an integer from 1 to 100, found -99999999999999999999", 3, 34},
};

Test(json_read, integers_out_of_bounds_are_range_errors) {
  for (size_t i = 0; i < sizeof range_cases / sizeof *range_cases; i++) {
    const schema_case *c = &range_cases[i];
    exercise ex[4];
    size_t n;
    cr_expect_eq(read_catalog(c->text, ex, 4, &n), BRF_E_RANGE, "case %zu: %s", i,
                 brf_context_errmsg(ctx));
    cr_expect_eq(brf_context_errcode(ctx), BRF_E_RANGE, "case %zu", i);
    cr_expect_str_eq(brf_context_errmsg(ctx), c->message, "case %zu", i);
    cr_expect_eq(brf_context_error_line(ctx), c->line, "case %zu", i);
    cr_expect_eq(brf_context_error_column(ctx), c->column, "case %zu", i);
  }
}

/* The format header: every mismatch is BRF_E_SCHEMA naming its member. */
Test(json_read, the_format_header_is_checked_as_one) {
  static const struct {
    const char *text;
    brf_status want;
    const char *message;
    int64_t version;
  } header_cases[] = {
      {"{\"format\": \"f\", \"format_version\": 1}", BRF_OK, "", 1},
      {"{\"format\": \"f\", \"format_version\": 3}", BRF_OK, "", 3},
      {"{\"format\": \"g\", \"format_version\": 1}", BRF_E_SCHEMA,
       "format: unknown format \"g\" (expected \"f\")", 0},
      {"{\"format\": \"f\\u0000\", \"format_version\": 1}", BRF_E_SCHEMA,
       "format: unknown format \"f?\" (expected \"f\")", 0},
      {"{\"format\": 1, \"format_version\": 1}", BRF_E_SCHEMA,
       "format: expected a string, found a number", 0},
      {"{\"format_version\": 1}", BRF_E_SCHEMA, "format: required key is missing", 0},
      {"{\"format\": \"f\"}", BRF_E_SCHEMA, "format_version: required key is missing", 0},
      {"{\"format\": \"f\", \"format_version\": \"1\"}", BRF_E_SCHEMA,
       "format_version: expected a number, found a string", 0},
      {"{\"format\": \"f\", \"format_version\": 1.0}", BRF_E_SCHEMA,
       "format_version: expected an integer version, found 1.0", 0},
      {"{\"format\": \"f\", \"format_version\": 4}", BRF_E_SCHEMA,
       "format_version: version 4 is newer than this library reads (3)", 0},
      {"{\"format\": \"f\", \"format_version\": 99999999999999999999}", BRF_E_SCHEMA,
       "format_version: version 99999999999999999999 is newer than this library reads (3)", 0},
      {"{\"format\": \"f\", \"format_version\": 0}", BRF_E_SCHEMA,
       "format_version: no version 0: versions start at 1", 0},
      {"{\"format\": \"f\", \"format_version\": -2}", BRF_E_SCHEMA,
       "format_version: no version -2: versions start at 1", 0},
  };
  for (size_t i = 0; i < sizeof header_cases / sizeof *header_cases; i++) {
    brf__json_doc_free(doc);
    doc = NULL;
    brf_context_clear_error(ctx);
    const char *text = header_cases[i].text;
    cr_assert_eq(brf__json_parse(ctx, text, strlen(text), 0, &doc), BRF_OK);
    brf__jr r;
    brf__jr_init(&r, ctx, doc);
    int64_t version = 99;
    brf_status s = brf__jr_header(&r, brf__json_root(doc), "f", 3, &version);
    cr_expect_eq(s, header_cases[i].want, "case %zu: %s", i, brf_context_errmsg(ctx));
    cr_expect_eq(version, header_cases[i].version, "case %zu", i);
    if (s != BRF_OK)
      cr_expect_str_eq(brf_context_errmsg(ctx), header_cases[i].message, "case %zu", i);
  }
}

Test(json_read, errors_latch_and_outputs_stay_neutral) {
  cr_assert_eq(brf__json_parse(ctx, "{\"a\": 1, \"s\": \"x\"}", 18, 0, &doc), BRF_OK);
  brf__jr r;
  brf__jr_init(&r, ctx, doc);
  const brf__json *root = brf__json_root(doc);
  const char *s = "unchanged";
  size_t len = 9;
  cr_expect_eq(brf__jr_req_string(&r, root, "a", &s, &len), BRF_E_SCHEMA);
  cr_expect_null(s);
  cr_expect_eq(len, 0);
  cr_expect_str_eq(brf_context_errmsg(ctx), "a: expected a string, found a number");
  /* Later calls keep the first message and give neutral outputs. */
  cr_expect_eq(brf__jr_req_string(&r, root, "s", &s, &len), BRF_E_SCHEMA);
  cr_expect_null(s);
  int64_t v = 5;
  cr_expect_eq(brf__jr_opt_int(&r, root, "a", 0, 10, 3, &v), BRF_E_SCHEMA);
  cr_expect_eq(v, 3);
  int b = 1;
  cr_expect_eq(brf__jr_req_bool(&r, root, "missing", &b), BRF_E_SCHEMA);
  cr_expect_eq(b, 0);
  const brf__json *o = root;
  cr_expect_eq(brf__jr_opt_object(&r, root, "x", NULL, &o), BRF_E_SCHEMA);
  cr_expect_null(o);
  cr_expect_str_eq(brf_context_errmsg(ctx), "a: expected a string, found a number");
}

Test(json_read, optional_members_take_their_defaults) {
  cr_assert_eq(brf__json_parse(ctx, "{\"o\": {\"k\": 1}, \"n\": -3}", 24, 0, &doc), BRF_OK);
  brf__jr r;
  brf__jr_init(&r, ctx, doc);
  const brf__json *root = brf__json_root(doc), *arr = root, *o = NULL;
  const char *s = "x";
  size_t count = 9;
  int64_t v = 0;
  int b = 0;
  cr_expect_eq(brf__jr_opt_string(&r, root, "s", &s, NULL), BRF_OK);
  cr_expect_null(s);
  cr_expect_eq(brf__jr_opt_array(&r, root, "a", &arr, &count), BRF_OK);
  cr_expect_null(arr);
  cr_expect_eq(count, 0);
  cr_expect_eq(brf__jr_opt_bool(&r, root, "b", 1, &b), BRF_OK);
  cr_expect_eq(b, 1);
  cr_expect_eq(brf__jr_opt_int(&r, root, "n", -5, 5, 0, &v), BRF_OK);
  cr_expect_eq(v, -3);
  static const char *const o_keys[] = {"k", NULL};
  cr_expect_eq(brf__jr_req_object(&r, root, "o", o_keys, &o), BRF_OK);
  cr_expect_eq(brf__json_count(o), 1);
  cr_expect_eq(brf__jr_opt_object(&r, root, "none", o_keys, &o), BRF_OK);
  cr_expect_null(o);
  cr_expect_eq(brf__jr_int(&r, brf__json_get(root, "n"), -5, 5, &v), BRF_OK);
  static const char *const none[] = {NULL};
  cr_expect_eq(brf__jr_req_object(&r, root, "o", none, &o), BRF_E_SCHEMA);
  cr_expect_str_eq(brf_context_errmsg(ctx), "o.k: unknown key");
}

Test(json_read, long_paths_are_cut_with_an_ellipsis) {
  cr_assert_eq(brf__json_parse(ctx, "1", 1, 0, &doc), BRF_OK);
  brf__jr r;
  brf__jr_init(&r, ctx, doc);
  for (size_t i = 0; i < BRF__JPATH_MAX + 3; i++) brf__jr_push_index(&r, i);
  char path[256];
  brf__jr_path(&r, "k", path, sizeof path);
  cr_expect_str_eq(path, "[0][1][2][3][4][5][6][7][8][9][10][11][12][13][14][15]....k");
  for (size_t i = 0; i < BRF__JPATH_MAX + 3; i++) brf__jr_pop(&r);
  brf__jr_pop(&r);
  cr_expect_eq(r.depth, 0);
  brf__jr_fail(&r, brf__json_root(doc), NULL, "custom %s %d", "problem", 42);
  cr_expect_eq(brf_context_errcode(ctx), BRF_E_SCHEMA);
  cr_expect_str_eq(brf_context_errmsg(ctx), "top level: custom problem 42");
}

/* Only objects of more than 127 members allocate for the duplicate check
 * (smaller ones use a table on the stack). */
Test(json_read, duplicate_check_survives_allocation_failure) {
  char text[4096];
  size_t n = 0;
  text[n++] = '{';
  for (int i = 0; i < 200; i++) n += (size_t)snprintf(text + n, sizeof text - n, "%s\"k%d\":0", i ? "," : "", i);
  text[n++] = '}';
  cr_assert_eq(brf__json_parse(ctx, text, n, 0, &doc), BRF_OK);
  brf__jr r;
  brf__jr_init(&r, ctx, doc);
  st.fail_at = st.calls + 1;
  cr_expect_eq(brf__jr_object(&r, brf__json_root(doc), NULL), BRF_E_NOMEM);
  st.fail_at = 0;
  brf__jr_init(&r, ctx, doc);
  cr_expect_eq(brf__jr_object(&r, brf__json_root(doc), NULL), BRF_OK);
}

Test(json_read, vocabulary_ids_map_to_their_index) {
  static const char *const modalities[] = {"self-massage", "static-stretch", "mobility", NULL};
  const char *text = "{\"m\": \"mobility\", \"bad\": \"yoga\\\"x\", \"list\": [\"static-stretch\", 3],"
                     " \"long\": \"\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9"
                     "\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9"
                     "\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\"}";
  cr_assert_eq(brf__json_parse(ctx, text, strlen(text), 0, &doc), BRF_OK);
  const brf__json *root = brf__json_root(doc), *list = brf__json_get(root, "list");
  brf__jr r;
  brf__jr_init(&r, ctx, doc);
  int32_t v = -1;
  cr_expect_eq(brf__jr_req_enum(&r, root, "m", modalities, &v), BRF_OK);
  cr_expect_eq(v, 2);
  cr_expect_eq(brf__jr_opt_enum(&r, root, "none", modalities, 1, &v), BRF_OK);
  cr_expect_eq(v, 1);
  brf__jr_push_key(&r, "list");
  brf__jr_push_index(&r, 0);
  cr_expect_eq(brf__jr_enum(&r, brf__json_at(list, 0), modalities, &v), BRF_OK);
  cr_expect_eq(v, 1);
  brf__jr_pop(&r);
  brf__jr_push_index(&r, 1);
  cr_expect_eq(brf__jr_enum(&r, brf__json_at(list, 1), modalities, &v), BRF_E_SCHEMA);
  cr_expect_str_eq(brf_context_errmsg(ctx), "list[1]: expected a string, found a number");
  brf__jr_init(&r, ctx, doc);
  cr_expect_eq(brf__jr_opt_enum(&r, root, "bad", modalities, 1, &v), BRF_E_SCHEMA);
  cr_expect_eq(v, 1);
  cr_expect_str_eq(brf_context_errmsg(ctx), "bad: unknown value \"yoga?x\"");
  cr_expect_eq(brf_context_error_column(ctx), 26);
  brf__jr_init(&r, ctx, doc);
  cr_expect_eq(brf__jr_req_enum(&r, root, "long", modalities, &v), BRF_E_SCHEMA);
  const char *m = brf_context_errmsg(ctx);
  cr_expect(brf__utf8_valid(m, strlen(m), NULL), "cut on a character boundary: %s", m);
  cr_expect(strstr(m, "...") != NULL);
}

Test(json_read, a_cut_path_stays_utf8) {
  cr_assert_eq(brf__json_parse(ctx, "1", 1, 0, &doc), BRF_OK);
  brf__jr r;
  brf__jr_init(&r, ctx, doc);
  brf__jr_push_key(&r, "caf\xC3\xA9 k");
  char path[12];
  size_t full = brf__jr_path(&r, NULL, path, sizeof path);
  cr_expect_eq(full, strlen("[\"caf\xC3\xA9 k\"]"));
  char small[6];
  brf__jr_path(&r, NULL, small, sizeof small);
  cr_expect_str_eq(small, "[\"caf", "the 2-byte character does not fit in 5 bytes");
  cr_expect_str_eq(path, "[\"caf\xC3\xA9 k\"]");
}
