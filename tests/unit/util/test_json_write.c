/* The JSON writer: exact compact and pretty output, escaping, refusal of
 * anything that would not be JSON, round trips through the reader, and
 * allocation failure. */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "util/json.h"
#include "support.h"

BRF_TEST_CONTEXT_DECLARE();
static size_t baseline;

static void setup(void) {
  baseline = st.live_blocks;
}

BRF_TEST_CONTEXT_FIXTURE_WITH(json_write, setup, brf_test_nothing);

static void write_sample(brf__jw *w) {
  brf__jw_begin_object(w);
  brf__jw_member_int(w, "a", 1);
  brf__jw_key(w, "b");
  brf__jw_begin_array(w);
  brf__jw_bool(w, 1);
  brf__jw_bool(w, 0);
  brf__jw_null(w);
  brf__jw_string(w, "x");
  brf__jw_end_array(w);
  brf__jw_key(w, "c");
  brf__jw_begin_object(w);
  brf__jw_end_object(w);
  brf__jw_key(w, "d");
  brf__jw_begin_array(w);
  brf__jw_end_array(w);
  brf__jw_key(w, "e");
  brf__jw_begin_array(w);
  brf__jw_begin_object(w);
  brf__jw_member_string(w, "k", "v");
  brf__jw_member_bool(w, "t", 1);
  brf__jw_end_object(w);
  brf__jw_end_array(w);
  brf__jw_end_object(w);
}

static char *finish(brf__jw *w, size_t *len) {
  char *out = NULL;
  brf_status s = brf__jw_finish(w, &out, len);
  cr_assert_eq(s, BRF_OK, "%s", brf_context_errmsg(ctx));
  return out;
}

Test(json_write, compact_output_is_exact) {
  brf__jw w;
  brf__jw_init(&w, ctx, BRF__JW_COMPACT);
  write_sample(&w);
  size_t len;
  char *out = finish(&w, &len);
  const char *want = "{\"a\":1,\"b\":[true,false,null,\"x\"],\"c\":{},\"d\":[],\"e\":[{\"k\":\"v\",\"t\":true}]}";
  cr_expect_str_eq(out, want);
  cr_expect_eq(len, strlen(want));
  brf_free(ctx, out);
}

Test(json_write, pretty_output_is_exact) {
  brf__jw w;
  brf__jw_init(&w, ctx, BRF__JW_PRETTY);
  write_sample(&w);
  char *out = finish(&w, NULL);
  cr_expect_str_eq(out, "{\n"
                        "  \"a\": 1,\n"
                        "  \"b\": [\n"
                        "    true,\n"
                        "    false,\n"
                        "    null,\n"
                        "    \"x\"\n"
                        "  ],\n"
                        "  \"c\": {},\n"
                        "  \"d\": [],\n"
                        "  \"e\": [\n"
                        "    {\n"
                        "      \"k\": \"v\",\n"
                        "      \"t\": true\n"
                        "    }\n"
                        "  ]\n"
                        "}\n");
  brf_free(ctx, out);
}

Test(json_write, strings_are_escaped_and_utf8_passes_through) {
  brf__jw w;
  brf__jw_init(&w, ctx, 0);
  brf__jw_begin_array(&w);
  brf__jw_string(&w, "q\" b\\ s/ \b\f\n\r\t \x01\x1f\x7f caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80");
  brf__jw_stringn(&w, "a\0b", 3);
  brf__jw_string(&w, NULL);
  brf__jw_int(&w, INT64_MIN);
  brf__jw_int(&w, INT64_MAX);
  brf__jw_int(&w, 0);
  brf__jw_end_array(&w);
  char *out = finish(&w, NULL);
  cr_expect_str_eq(out, "[\"q\\\" b\\\\ s/ \\b\\f\\n\\r\\t \\u0001\\u001f\x7f caf\xC3\xA9 \xE2\x82\xAC "
                        "\xF0\x9F\x98\x80\",\"a\\u0000b\",null,-9223372036854775808,"
                        "9223372036854775807,0]");
  brf_free(ctx, out);
}

Test(json_write, keys_are_escaped_too) {
  brf__jw w;
  brf__jw_init(&w, ctx, 0);
  brf__jw_begin_object(&w);
  brf__jw_keyn(&w, "a\"\n\0", 4);
  brf__jw_int(&w, 1);
  brf__jw_end_object(&w);
  char *out = finish(&w, NULL);
  cr_expect_str_eq(out, "{\"a\\\"\\n\\u0000\":1}");
  brf_free(ctx, out);
}

typedef void (*misuse_fn)(brf__jw *w);
static void value_without_key(brf__jw *w) {
  brf__jw_begin_object(w);
  brf__jw_int(w, 1);
}
static void key_in_array(brf__jw *w) {
  brf__jw_begin_array(w);
  brf__jw_key(w, "a");
}
static void key_after_key(brf__jw *w) {
  brf__jw_begin_object(w);
  brf__jw_key(w, "a");
  brf__jw_key(w, "b");
}
static void key_at_top(brf__jw *w) {
  brf__jw_key(w, "a");
}
static void end_after_key(brf__jw *w) {
  brf__jw_begin_object(w);
  brf__jw_key(w, "a");
  brf__jw_end_object(w);
}
static void mismatched_end(brf__jw *w) {
  brf__jw_begin_object(w);
  brf__jw_end_array(w);
}
static void end_at_top(brf__jw *w) {
  brf__jw_end_object(w);
}
static void two_top_values(brf__jw *w) {
  brf__jw_int(w, 1);
  brf__jw_int(w, 2);
}
static void unclosed(brf__jw *w) {
  brf__jw_begin_array(w);
  brf__jw_int(w, 1);
}
static void invalid_utf8(brf__jw *w) {
  brf__jw_begin_array(w);
  brf__jw_string(w, "ok");
  brf__jw_string(w, "bad \xC0\xAF");
  brf__jw_end_array(w);
}
static void invalid_utf8_key(brf__jw *w) {
  brf__jw_begin_object(w);
  brf__jw_key(w, "\xED\xA0\x80");
  brf__jw_int(w, 1);
  brf__jw_end_object(w);
}
static void null_key(brf__jw *w) {
  brf__jw_begin_object(w);
  brf__jw_key(w, NULL);
}
static void too_deep(brf__jw *w) {
  for (size_t i = 0; i <= BRF__JSON_DEPTH_MAX; i++) brf__jw_begin_array(w);
}
static void null_node(brf__jw *w) {
  brf__jw_node(w, NULL);
}

Test(json_write, misuse_is_refused_and_nothing_is_emitted) {
  const misuse_fn fns[] = {value_without_key, key_in_array,   key_after_key, key_at_top,
                           end_after_key,     mismatched_end, end_at_top,    two_top_values,
                           unclosed,          invalid_utf8,  invalid_utf8_key,
                           null_key,          too_deep,       null_node};
  for (size_t i = 0; i < sizeof fns / sizeof *fns; i++) {
    brf__jw w;
    brf__jw_init(&w, ctx, BRF__JW_PRETTY);
    fns[i](&w);
    brf__jw_int(&w, 5); /* ignored after the error */
    char *out = (char *)&w;
    size_t len = 7;
    cr_expect_eq(brf__jw_finish(&w, &out, &len), BRF_E_INVALID, "case %zu", i);
    cr_expect_null(out, "case %zu", i);
    cr_expect_eq(len, 7, "case %zu: out_len is untouched on failure", i);
    cr_expect(strncmp(brf_context_errmsg(ctx), "JSON writer: ", 13) == 0, "case %zu: %s", i,
              brf_context_errmsg(ctx));
    cr_expect_eq(st.live_blocks, baseline, "case %zu leaked", i);
  }
}

Test(json_write, an_empty_document_is_refused) {
  brf__jw w;
  brf__jw_init(&w, ctx, 0);
  char *out = NULL;
  cr_expect_eq(brf__jw_finish(&w, &out, NULL), BRF_E_INVALID);
  cr_expect_str_eq(brf_context_errmsg(ctx), "JSON writer: the document is incomplete");
  cr_expect_null(out);
}

Test(json_write, free_drops_unfinished_output) {
  brf__jw w;
  brf__jw_init(&w, ctx, 0);
  brf__jw_begin_array(&w);
  brf__jw_string(&w, "text");
  brf__jw_free(&w);
  cr_expect_eq(st.live_blocks, baseline);
}

/* Structural equality of two parsed values, numbers by lexeme. */
static int same(const brf__json *a, const brf__json *b) {
  if (brf__json_kind(a) != brf__json_kind(b)) return 0;
  size_t la, lb;
  const char *sa, *sb;
  switch (brf__json_kind(a)) {
  case BRF__JSON_STRING:
    sa = brf__json_str(a, &la);
    sb = brf__json_str(b, &lb);
    return la == lb && memcmp(sa, sb, la) == 0;
  case BRF__JSON_NUMBER:
    sa = brf__json_number(a, &la);
    sb = brf__json_number(b, &lb);
    return la == lb && memcmp(sa, sb, la) == 0;
  case BRF__JSON_ARRAY:
  case BRF__JSON_OBJECT:
    if (brf__json_count(a) != brf__json_count(b)) return 0;
    for (size_t i = 0; i < brf__json_count(a); i++) {
      if (brf__json_kind(a) == BRF__JSON_OBJECT) {
        if (!same(brf__json_member_key(a, i), brf__json_member_key(b, i))) return 0;
        if (!same(brf__json_member(a, i, NULL, NULL), brf__json_member(b, i, NULL, NULL)))
          return 0;
      } else if (!same(brf__json_at(a, i), brf__json_at(b, i))) {
        return 0;
      }
    }
    return 1;
  default:
    return 1;
  }
}

static char *write_doc(const brf__json_doc *doc, uint32_t flags, size_t *len) {
  brf__jw w;
  brf__jw_init(&w, ctx, flags);
  brf__jw_node(&w, brf__json_root(doc));
  return finish(&w, len);
}

/* parse -> write -> parse gives the same tree, and writing it again gives
 * the same bytes, in both forms. */
static void check_round_trip(const char *text, size_t len) {
  brf__json_doc *first = NULL;
  cr_assert_eq(brf__json_parse(ctx, text, len, 0, &first), BRF_OK, "%s", brf_context_errmsg(ctx));
  for (uint32_t flags = 0; flags <= BRF__JW_PRETTY; flags++) {
    size_t n1, n2;
    char *out1 = write_doc(first, flags, &n1);
    brf__json_doc *second = NULL;
    cr_assert_eq(brf__json_parse(ctx, out1, n1, 0, &second), BRF_OK, "%s",
                 brf_context_errmsg(ctx));
    cr_expect(same(brf__json_root(first), brf__json_root(second)), "trees differ");
    char *out2 = write_doc(second, flags, &n2);
    cr_expect_eq(n1, n2);
    cr_expect(memcmp(out1, out2, n1) == 0, "second write differs");
    brf_free(ctx, out1);
    brf_free(ctx, out2);
    brf__json_doc_free(second);
  }
  brf__json_doc_free(first);
}

Test(json_write, round_trip_keeps_tree_and_bytes) {
  const char *text = "{\"s\": \"a\\u0000\\\"\\\\\\/\\b\\f\\n\\r\\t\\u001F\\u00e9\\uD83D\\uDE00\",\n"
                     " \"n\": [0, -0, 1.5e-3, -12E+4, 9223372036854775808],\n"
                     " \"deep\": [[[{\"a\": {}}]], []], \"t\": true, \"f\": false, \"z\": null,"
                     " \"dup\": 1, \"dup\": 2}";
  check_round_trip(text, strlen(text));
}

Test(json_write, round_trip_of_free_exercise_db) {
  char path[4096];
  if (brf_test_shared_data("free-exercise-db/exercises.json", path, sizeof path) == NULL)
    cr_skip_test("round trip: ../shared/data/free-exercise-db/exercises.json not found");
  size_t len;
  char *text = brf_test_read_file(path, &len);
  cr_assert_not_null(text);
  check_round_trip(text, len);
  free(text);
}

/* Fail each allocation of write(w, arg) in turn until it succeeds: each
 * failure gives BRF_E_NOMEM, no text, and nothing left allocated. */
static size_t fail_each_allocation(void (*write)(brf__jw *, const void *), const void *arg) {
  size_t live = st.live_blocks, fail;
  for (fail = 1;; fail++) {
    brf__jw w;
    brf__jw_init(&w, ctx, BRF__JW_PRETTY);
    size_t start = st.calls;
    st.fail_at = start + fail;
    write(&w, arg);
    char *out = NULL;
    brf_status s = brf__jw_finish(&w, &out, NULL);
    st.fail_at = 0;
    if (s == BRF_OK) {
      brf_free(ctx, out);
      return fail;
    }
    cr_expect_eq(s, BRF_E_NOMEM, "failure %zu gave %d", fail, s);
    cr_expect_null(out);
    cr_expect_eq(st.live_blocks, live, "failure %zu leaked", fail);
    cr_assert_lt(fail, 100);
  }
}

static void write_nested(brf__jw *w, const void *arg) {
  (void)arg;
  brf__jw_begin_array(w);
  write_sample(w);
  for (int i = 0; i < 40; i++) brf__jw_begin_array(w); /* enough text to grow the buffer */
  for (int i = 0; i < 40; i++) brf__jw_end_array(w);
  brf__jw_end_array(w);
}

static void write_root(brf__jw *w, const void *doc) {
  brf__jw_node(w, brf__json_root(doc));
}

Test(json_write, every_allocation_failure_is_clean) {
  cr_expect_gt(fail_each_allocation(write_nested, NULL), 2, "the buffer grew at least twice");
}

Test(json_write, every_allocation_failure_of_a_node_write_is_clean) {
  const char *text = "{\"list\": [1, 2, {\"deep\": [[[\"esc\\n\"]]]}], \"name\": \"a long enough "
                     "string to need the buffer to grow past its first block of sixty-four\"}";
  brf__json_doc *doc = NULL;
  cr_assert_eq(brf__json_parse(ctx, text, strlen(text), 0, &doc), BRF_OK);
  cr_expect_gt(fail_each_allocation(write_root, doc), 1, "the write allocated at least once");
  brf__json_doc_free(doc);
}
