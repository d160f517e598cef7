/* The strict JSON reader: the DOM it builds, its numbers, and every class of
 * syntax error with its exact line, column and offset. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/json.h"
#include "support.h"

BRF_TEST_CONTEXT_DECLARE();
static size_t baseline;

static void setup(void) {
  baseline = st.live_blocks;
}

BRF_TEST_CONTEXT_FIXTURE_WITH(json_parse, setup, brf_test_nothing);

static brf__json_doc *parse_ok(const char *text) {
  brf__json_doc *doc = NULL;
  brf_status s = brf__json_parse(ctx, text, strlen(text), 0, &doc);
  cr_assert_eq(s, BRF_OK, "parse of %s failed: %s", text, brf_context_errmsg(ctx));
  return doc;
}

Test(json_parse, builds_a_dom_in_document_order) {
  brf__json_doc *doc = parse_ok(" {\"b\": [1, -2.5e3, \"x\"], \"a\": {\"n\": null, \"t\": true, "
                                "\"f\": false}, \"e\": [], \"o\": {}}\n");
  const brf__json *root = brf__json_root(doc);
  cr_expect_eq(brf__json_kind(root), BRF__JSON_OBJECT);
  cr_expect_eq(brf__json_offset(root), 1);
  cr_expect_eq(brf__json_count(root), 4);
  const char *key;
  size_t key_len;
  const brf__json *b = brf__json_member(root, 0, &key, &key_len);
  cr_expect_eq(key_len, 1);
  cr_expect_str_eq(key, "b");
  cr_expect_eq(brf__json_offset(brf__json_member_key(root, 0)), 2);
  cr_expect_eq(brf__json_kind(b), BRF__JSON_ARRAY);
  cr_expect_eq(brf__json_count(b), 3);
  size_t len;
  const char *lexeme = brf__json_number(brf__json_at(b, 1), &len);
  cr_expect_eq(len, 6);
  cr_expect_eq(memcmp(lexeme, "-2.5e3", 6), 0);
  cr_expect_eq(brf__json_offset(brf__json_at(b, 1)), 11);
  cr_expect_str_eq(brf__json_str(brf__json_at(b, 2), &len), "x");
  cr_expect_null(brf__json_at(b, 3));
  const brf__json *a = brf__json_get(root, "a");
  cr_expect_eq(brf__json_kind(brf__json_get(a, "n")), BRF__JSON_NULL);
  cr_expect_eq(brf__json_kind(brf__json_get(a, "t")), BRF__JSON_TRUE);
  cr_expect_eq(brf__json_kind(brf__json_get(a, "f")), BRF__JSON_FALSE);
  cr_expect_null(brf__json_get(a, "missing"));
  cr_expect_eq(brf__json_count(brf__json_get(root, "e")), 0);
  cr_expect_eq(brf__json_kind(brf__json_get(root, "o")), BRF__JSON_OBJECT);
  cr_expect_eq(brf__json_count(brf__json_get(root, "o")), 0);
  brf__json_doc_free(doc);
}

Test(json_parse, accessors_tolerate_null_and_wrong_kinds) {
  cr_expect_eq(brf__json_kind(NULL), -1);
  cr_expect_null(brf__json_root(NULL));
  cr_expect_eq(brf__json_count(NULL), 0);
  cr_expect_null(brf__json_at(NULL, 0));
  cr_expect_null(brf__json_get(NULL, "a"));
  size_t len = 9;
  cr_expect_null(brf__json_str(NULL, &len));
  cr_expect_eq(len, 0);
  brf__json_doc *doc = parse_ok("[1]");
  const brf__json *root = brf__json_root(doc);
  cr_expect_null(brf__json_get(root, "a"), "get on an array");
  cr_expect_null(brf__json_member(root, 0, NULL, NULL), "member of an array");
  cr_expect_null(brf__json_str(brf__json_at(root, 0), NULL), "a number is not a string");
  int64_t v;
  cr_expect_eq(brf__json_int64(root, &v), BRF_E_INVALID);
  cr_expect_eq(brf__json_parse(ctx, "1", 1, 0, NULL), BRF_E_INVALID);
  brf__json_doc *out = (brf__json_doc *)&v;
  cr_expect_eq(brf__json_parse(ctx, NULL, 1, 0, &out), BRF_E_INVALID);
  cr_expect_null(out);
  brf__json_doc_free(doc);
  brf__json_doc_free(NULL);
}

Test(json_parse, strings_are_unescaped_with_their_length) {
  const char text[] = "[\"a\\\"b\\\\c\\/d\\b\\f\\n\\r\\t\", \"\\u0041\\u00e9\\u20AC\\uD83D\\uDE00\", "
                      "\"nul\\u0000here\", \"caf\xC3\xA9\", \"\"]";
  brf__json_doc *doc = parse_ok(text);
  const brf__json *root = brf__json_root(doc);
  size_t len;
  const char *s = brf__json_str(brf__json_at(root, 0), &len);
  cr_expect_eq(len, 12);
  cr_expect_eq(memcmp(s, "a\"b\\c/d\b\f\n\r\t", 13), 0, "NUL-terminated too");
  s = brf__json_str(brf__json_at(root, 1), &len);
  cr_expect_str_eq(s, "A\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80");
  cr_expect_eq(len, 10);
  s = brf__json_str(brf__json_at(root, 2), &len);
  cr_expect_eq(len, 8);
  cr_expect_eq(memcmp(s, "nul\0here", 9), 0);
  cr_expect_str_eq(brf__json_str(brf__json_at(root, 3), NULL), "caf\xC3\xA9");
  cr_expect_str_eq(brf__json_str(brf__json_at(root, 4), &len), "");
  cr_expect_eq(len, 0);
  brf__json_doc_free(doc);
}

Test(json_parse, the_doc_does_not_keep_the_input) {
  const char *source = "{\"name\": \"bird dog\"}";
  char *text = malloc(strlen(source) + 1);
  cr_assert_not_null(text);
  memcpy(text, source, strlen(source) + 1);
  brf__json_doc *doc = parse_ok(text);
  memset(text, 'x', strlen(text));
  free(text);
  cr_expect_str_eq(brf__json_str(brf__json_get(brf__json_root(doc), "name"), NULL), "bird dog");
  brf__json_doc_free(doc);
}

Test(json_parse, int64_accepts_only_integers_in_range) {
  brf__json_doc *doc = parse_ok("[0, -0, 42, -17, 9223372036854775807, -9223372036854775808, "
                                "9223372036854775808, -9223372036854775809, 1.0, 1e2, 0.5, "
                                "100000000000000000000000]");
  const brf__json *root = brf__json_root(doc);
  const int64_t good[] = {0, 0, 42, -17, INT64_MAX, INT64_MIN};
  for (size_t i = 0; i < 6; i++) {
    int64_t v = 1;
    cr_expect_eq(brf__json_int64(brf__json_at(root, i), &v), BRF_OK, "element %zu", i);
    cr_expect_eq(v, good[i], "element %zu", i);
  }
  for (size_t i = 6; i < brf__json_count(root); i++) {
    int64_t v = 7;
    cr_expect_eq(brf__json_int64(brf__json_at(root, i), &v), BRF_E_RANGE, "element %zu", i);
    cr_expect_eq(v, 7, "unchanged on failure");
  }
  brf__json_doc_free(doc);
}

Test(json_parse, scalars_at_the_top_level) {
  const char *texts[] = {"0", "\"s\"", "null", "true", "false", " 12 ", "-0.0e+1"};
  for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
    brf__json_doc *doc = parse_ok(texts[i]);
    cr_expect_neq(brf__json_kind(brf__json_root(doc)), BRF__JSON_ARRAY);
    brf__json_doc_free(doc);
  }
}

typedef struct bad_case {
  const char *text;
  size_t line, column, offset;
  const char *message;
} bad_case;

static const bad_case bad_cases[] = {
    {"", 1, 1, 0, "unexpected end of input: expected a value"},
    {"  \n ", 2, 2, 4, "unexpected end of input: expected a value"},
    {"[1,]", 1, 4, 3, "expected a value"},
    {"{\"a\":1,}", 1, 8, 7, "expected a string key"},
    {"[1 2]", 1, 4, 3, "expected ',' or ']' after an array element"},
    {"{\"a\":1 \"b\":2}", 1, 8, 7, "expected ',' or '}' after an object member"},
    {"{\"a\" 1}", 1, 6, 5, "expected ':' after an object key"},
    {"{1:2}", 1, 2, 1, "expected a string key"},
    {"[1]\n]", 2, 1, 4, "expected the end of input after the top-level value"},
    {"1 2", 1, 3, 2, "expected the end of input after the top-level value"},
    {"[01]", 1, 2, 1, "leading zeros are not allowed"},
    {"-", 1, 2, 1, "unexpected end of input: expected a digit after '-'"},
    {"[-x]", 1, 3, 2, "expected a digit after '-'"},
    {"[1.]", 1, 4, 3, "expected a digit after '.'"},
    {"[1e+]", 1, 5, 4, "expected a digit in the exponent"},
    {"[.5]", 1, 2, 1, "expected a value"},
    {"[NaN]", 1, 2, 1, "expected a value"},
    {"[Infinity]", 1, 2, 1, "expected a value"},
    {"[tru]", 1, 2, 1, "expected a value"},
    {"[True]", 1, 2, 1, "expected a value"},
    {"[\"a\x01\"]", 1, 4, 3, "unescaped control character in a string"},
    {"[\"abc", 1, 6, 5, "unexpected end of input in a string"},
    {"[\"\\x\"]", 1, 3, 2, "invalid escape: expected one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u"},
    {"[\"\\u12G4\"]", 1, 3, 2, "invalid \\u escape: expected 4 hex digits"},
    {"[\"\\uD800\"]", 1, 3, 2,
     "lone surrogate \\uD800: a high surrogate must be followed by a \\u low one"},
    {"[\"\\uD800\\u0041\"]", 1, 3, 2,
     "lone surrogate \\uD800: a high surrogate must be followed by a \\u low one"},
    {"[\"\\uDC00\"]", 1, 3, 2, "lone surrogate \\uDC00: a low surrogate without a high one"},
    {"[\"a\xC3\"]", 1, 4, 3, "invalid UTF-8 sequence"},
    {"[\"\xC0\xAF\"]", 1, 3, 2, "invalid UTF-8 sequence"},
    {"[\"\xED\xA0\x80\"]", 1, 3, 2, "invalid UTF-8 sequence"},
    {"[\"\xF4\x90\x80\x80\"]", 1, 3, 2, "invalid UTF-8 sequence"},
    {"[\"\xFF\"]", 1, 3, 2, "invalid UTF-8 sequence"},
    {"[\xC3\xA9]", 1, 2, 1, "expected a value"},
    {"\xEF\xBB\xBF{}", 1, 1, 0, "a byte order mark is not allowed before JSON text"},
    {"[1,\f2]", 1, 4, 3, "expected a value"},
    {"{\"a\":\n  [1,\r\n   2,\n   x]}", 4, 4, 22, "expected a value"},
};

Test(json_parse, every_error_class_reports_its_position) {
  for (size_t i = 0; i < sizeof bad_cases / sizeof *bad_cases; i++) {
    const bad_case *c = &bad_cases[i];
    brf__json_doc *doc = (brf__json_doc *)&st;
    brf_status s = brf__json_parse(ctx, c->text, strlen(c->text), 0, &doc);
    cr_expect_eq(s, BRF_E_PARSE, "case %zu: %s", i, c->text);
    cr_expect_null(doc, "case %zu", i);
    cr_expect_str_eq(brf_context_errmsg(ctx), c->message, "case %zu", i);
    cr_expect_eq(brf_context_error_line(ctx), c->line, "case %zu: line %zu", i,
                 (size_t)brf_context_error_line(ctx));
    cr_expect_eq(brf_context_error_column(ctx), c->column, "case %zu: column %zu", i,
                 (size_t)brf_context_error_column(ctx));
    cr_expect_eq(brf_context_error_offset(ctx), c->offset, "case %zu: offset %zu", i,
                 (size_t)brf_context_error_offset(ctx));
    cr_expect_eq(st.live_blocks, baseline, "case %zu leaked", i);
  }
}

Test(json_parse, nul_bytes_are_errors_not_terminators) {
  const char text[] = "[1]\0";
  brf__json_doc *doc = NULL;
  cr_expect_eq(brf__json_parse(ctx, text, 4, 0, &doc), BRF_E_PARSE);
  cr_expect_eq(brf_context_error_offset(ctx), 3);
  const char in_string[] = "[\"a\0b\"]";
  cr_expect_eq(brf__json_parse(ctx, in_string, 7, 0, &doc), BRF_E_PARSE);
  cr_expect_str_eq(brf_context_errmsg(ctx), "unescaped control character in a string");
  cr_expect_eq(brf_context_error_offset(ctx), 3);
  cr_expect_eq(brf__json_parse(ctx, "[1]xyz", 3, 0, &doc), BRF_OK, "only len bytes are read");
  brf__json_doc_free(doc);
}

static char *nested(size_t depth, int close) {
  char *text = malloc(2 * depth + 1);
  cr_assert_not_null(text);
  memset(text, '[', depth);
  memset(text + depth, ']', close ? depth : 0);
  text[close ? 2 * depth : depth] = '\0';
  return text;
}

Test(json_parse, deep_nesting_is_refused_without_recursion) {
  char *text = nested(100000, 0);
  brf__json_doc *doc = NULL;
  cr_expect_eq(brf__json_parse(ctx, text, strlen(text), 0, &doc), BRF_E_PARSE);
  cr_expect_str_eq(brf_context_errmsg(ctx), "nesting deeper than 512");
  cr_expect_eq(brf_context_error_offset(ctx), 512);
  cr_expect_eq(brf_context_error_column(ctx), 513);
  free(text);
  text = nested(512, 1);
  cr_expect_eq(brf__json_parse(ctx, text, strlen(text), 0, &doc), BRF_OK, "512 levels fit");
  brf__json_doc_free(doc);
  cr_expect_eq(brf__json_parse(ctx, text, strlen(text), BRF__JSON_DEPTH(511), &doc), BRF_E_PARSE);
  cr_expect_str_eq(brf_context_errmsg(ctx), "nesting deeper than 511");
  free(text);
  text = nested(1024, 1);
  cr_expect_eq(brf__json_parse(ctx, text, strlen(text), BRF__JSON_DEPTH(BRF__JSON_DEPTH_MAX),
                               &doc),
               BRF_OK);
  brf__json_doc_free(doc);
  cr_expect_eq(brf__json_parse(ctx, text, strlen(text), BRF__JSON_DEPTH(BRF__JSON_DEPTH_MAX + 1),
                               &doc),
               BRF_E_RANGE);
  free(text);
  cr_expect_eq(brf__json_parse(ctx, "{\"a\":[{}]}", 10, BRF__JSON_DEPTH(2), &doc), BRF_E_PARSE);
  cr_expect_eq(brf_context_error_offset(ctx), 6);
}

Test(json_parse, positions_of_nodes_map_to_lines_and_columns) {
  brf__json_doc *doc = parse_ok("{\n  \"a\": \"x\\ny\",\n  \"b\": 2\n}");
  const brf__json *b = brf__json_get(brf__json_root(doc), "b");
  size_t line, column;
  brf__json_doc_position(doc, brf__json_offset(b), &line, &column);
  cr_expect_eq(line, 3, "an escaped newline is not a line break");
  cr_expect_eq(column, 8);
  brf__json_doc_position(doc, 0, &line, &column);
  cr_expect_eq(line, 1);
  cr_expect_eq(column, 1);
  brf__json_doc_free(doc);
}

Test(json_parse, duplicate_keys_are_kept_and_found) {
  brf__json_doc *doc = parse_ok("{\"a\":1,\"b\":2,\"a\":3,\"b\":4}");
  const brf__json *root = brf__json_root(doc);
  cr_expect_eq(brf__json_count(root), 4);
  int64_t v;
  brf__json_int64(brf__json_get(root, "a"), &v);
  cr_expect_eq(v, 1, "get finds the first member");
  size_t dup = 0;
  cr_expect_eq(brf__json_find_duplicate(ctx, root, &dup), BRF_OK);
  cr_expect_eq(dup, 2);
  brf__json_doc_free(doc);
  doc = parse_ok("{\"a\":1,\"ab\":2,\"a\\u0000\":3}");
  cr_expect_eq(brf__json_find_duplicate(ctx, brf__json_root(doc), &dup), BRF_OK);
  cr_expect_eq(dup, SIZE_MAX, "keys differ by length and NUL");
  brf__json_doc_free(doc);
}

/* Objects past the quadratic cut-off (100 members: the stack table). */
Test(json_parse, duplicate_search_in_large_objects) {
  char text[4096];
  size_t n = 0;
  text[n++] = '{';
  for (int i = 0; i < 100; i++)
    n += (size_t)snprintf(text + n, sizeof text - n, "%s\"k%d\":%d", i ? "," : "", i % 70 == 69 ? 3 : i, i);
  text[n++] = '}';
  text[n] = '\0';
  brf__json_doc *doc = parse_ok(text);
  size_t dup = 0;
  cr_expect_eq(brf__json_find_duplicate(ctx, brf__json_root(doc), &dup), BRF_OK);
  cr_expect_eq(dup, 69, "k3 repeats first at member 69");
  brf__json_doc_free(doc);
  n = 0;
  text[n++] = '{';
  for (int i = 0; i < 100; i++) n += (size_t)snprintf(text + n, sizeof text - n, "%s\"k%d\":0", i ? "," : "", i);
  text[n++] = '}';
  text[n] = '\0';
  doc = parse_ok(text);
  cr_expect_eq(brf__json_find_duplicate(ctx, brf__json_root(doc), &dup), BRF_OK);
  cr_expect_eq(dup, SIZE_MAX);
  brf__json_doc_free(doc);
}

/* Every path (quadratic up to 16 members, the stack table up to 127, the
 * sort beyond) against a plain reference: the earliest member whose key
 * repeats an earlier one. Keys from a small alphabet, of few lengths, so
 * that many share the table's hash (length, first, middle and last byte). */
Test(json_parse, duplicate_search_agrees_with_a_reference_at_every_size) {
  static char text[64 * 1024];
  char keys[300][8];
  unsigned seed = 12345;
  for (int round = 0; round < 400; round++) {
    int n = 1 + round % 300, repeat = round % 3 != 0;
    size_t len = 0;
    text[len++] = '{';
    for (int i = 0; i < n; i++) {
      int kl;
      do { /* distinct keys unless this round repeats one */
        seed = seed * 1103515245u + 12345u;
        kl = 1 + (int)(seed >> 16) % 5;
        for (int j = 0; j < kl; j++) {
          seed = seed * 1103515245u + 12345u;
          keys[i][j] = (char)('a' + (seed >> 16) % (repeat ? 3 : 26));
        }
        keys[i][kl] = '\0';
        int seen = 0;
        for (int j = 0; j < i && !repeat; j++) seen |= strcmp(keys[i], keys[j]) == 0;
        if (!seen) break;
      } while (1);
      len += (size_t)snprintf(text + len, sizeof text - len, "%s\"%s\":0", i ? "," : "", keys[i]);
    }
    text[len++] = '}';
    text[len] = '\0';
    size_t want = SIZE_MAX;
    for (int i = 1; i < n && want == SIZE_MAX; i++)
      for (int j = 0; j < i; j++)
        if (strcmp(keys[i], keys[j]) == 0) {
          want = (size_t)i;
          break;
        }
    brf__json_doc *doc = parse_ok(text);
    size_t dup = 0;
    cr_assert_eq(brf__json_find_duplicate(ctx, brf__json_root(doc), &dup), BRF_OK);
    cr_assert_eq(dup, want, "%d members: %zu, expected %zu", n, dup, want);
    brf__json_doc_free(doc);
  }
}

Test(json_parse, every_allocation_failure_is_clean) {
  const char *text = "{\"list\": [1, 2, {\"deep\": [[[\"esc\\n\"]]]}], \"name\": \"x\"}";
  for (size_t fail = 1;; fail++) {
    size_t start = st.calls;
    st.fail_at = start + fail;
    brf__json_doc *doc = NULL;
    brf_status s = brf__json_parse(ctx, text, strlen(text), 0, &doc);
    st.fail_at = 0;
    if (s == BRF_OK) {
      cr_expect_gt(fail, 3, "the parse allocates several times");
      cr_expect_str_eq(brf__json_str(brf__json_get(brf__json_root(doc), "name"), NULL), "x");
      brf__json_doc_free(doc);
      break;
    }
    cr_expect_eq(s, BRF_E_NOMEM, "failure %zu gave %d", fail, s);
    cr_expect_null(doc);
    cr_expect_eq(st.live_blocks, baseline, "failure %zu leaked", fail);
    cr_assert_lt(fail, 100);
  }
  cr_expect_eq(st.live_blocks, baseline);
}

Test(json_parse, large_input_spans_several_arena_blocks) {
  size_t count = 50000;
  char *text = malloc(count * 8 + 16);
  cr_assert_not_null(text);
  size_t n = 0;
  text[n++] = '[';
  for (size_t i = 0; i < count; i++) n += (size_t)sprintf(text + n, "%s[\"\\t%zu\"]", i ? "," : "", i % 10);
  text[n++] = ']';
  brf__json_doc *doc = NULL;
  cr_assert_eq(brf__json_parse(ctx, text, n, 0, &doc), BRF_OK, "%s", brf_context_errmsg(ctx));
  const brf__json *root = brf__json_root(doc);
  cr_expect_eq(brf__json_count(root), count);
  cr_expect_str_eq(brf__json_str(brf__json_at(brf__json_at(root, count - 1), 0), NULL), "\t9");
  brf__json_doc_free(doc);
  free(text);
}

/* Every prefix and many one-byte mutations of a document that uses every
 * token: each parse either succeeds or fails with BRF_E_PARSE, and frees
 * everything (sanitizer builds check the reads stay inside the copy). */
Test(json_parse, truncated_and_mutated_input_fails_cleanly) {
  const char doc_text[] = "{\"a\": [1, -2.5e+3, true, false, null, \"\\u00e9\\uD83D\\uDE00\\n\"],\n"
                          " \"b\": {\"c\": \"caf\xC3\xA9 \xF0\x9F\x98\x80\", \"d\": []}, \"e\": 0}";
  size_t len = sizeof doc_text - 1;
  char *copy = malloc(len);
  cr_assert_not_null(copy);
  for (size_t n = 0; n <= len; n++) {
    memcpy(copy, doc_text, n);
    brf__json_doc *doc = NULL;
    brf_status s = brf__json_parse(ctx, copy, n, 0, &doc);
    cr_expect(n == len ? s == BRF_OK : s == BRF_E_PARSE, "prefix %zu: %d", n, s);
    brf__json_doc_free(doc);
  }
  static const unsigned char bytes[] = {0x00, '"', '\\', '[', ']', '{', '}', ',', ':', 'u',
                                        '0', 'e', '-', 0x80, 0xC3, 0xED, 0xF4, 0xFF, ' '};
  uint32_t seed = 12345;
  for (size_t round = 0; round < 4000; round++) {
    memcpy(copy, doc_text, len);
    seed = seed * 1103515245u + 12345u;
    size_t at = (seed >> 8) % len;
    copy[at] = (char)bytes[(seed >> 20) % sizeof bytes];
    brf__json_doc *doc = NULL;
    brf_status s = brf__json_parse(ctx, copy, len, 0, &doc);
    cr_expect(s == BRF_OK || s == BRF_E_PARSE, "round %zu: %d", round, s);
    if (s == BRF_E_PARSE) cr_expect_leq(brf_context_error_offset(ctx), len);
    brf__json_doc_free(doc);
  }
  free(copy);
  cr_expect_eq(st.live_blocks, baseline);
}

Test(json_parse, a_doc_keeps_its_context_alive) {
  brf_test_alloc own;
  brf_allocator a;
  brf_context *c;
  brf_test_alloc_init(&a, &own);
  cr_assert_eq(brf_context_new_with_allocator(&a, &c), BRF_OK);
  brf__json_doc *doc = NULL;
  cr_assert_eq(brf__json_parse(c, "[\"x\"]", 5, 0, &doc), BRF_OK);
  brf_context_free(c);
  cr_expect_gt(own.live_blocks, 0, "the context waits for the doc");
  cr_expect_str_eq(brf__json_str(brf__json_at(brf__json_root(doc), 0), NULL), "x");
  brf__json_doc_free(doc);
  cr_expect_eq(own.live_blocks, 0, "the last one out frees the context");
}

/* Plain text is scanned 8 bytes at a time: every byte that needs a look must
 * be found at every position of such a word, also in the last short word. */
Test(json_parse, special_bytes_are_found_at_every_position_in_a_long_string) {
  static const struct {
    const char *bytes; /* what is placed inside the string */
    const char *decoded;
    brf_status status;
  } cases[] = {
      {"\\n", "\n", BRF_OK},           {"\\\"", "\"", BRF_OK},
      {"\xc3\xa9", "\xc3\xa9", BRF_OK}, {"\x1f", NULL, BRF_E_PARSE},
      {"\x7f", "\x7f", BRF_OK},         {"\xff", NULL, BRF_E_PARSE},
      {"\x80", NULL, BRF_E_PARSE},     {" ", " ", BRF_OK},
  };
  char text[64], want[64];
  for (size_t c = 0; c < sizeof cases / sizeof cases[0]; c++) {
    for (size_t before = 0; before <= 20; before++) {
      size_t after = 20 - before, n = 0;
      text[n++] = '"';
      memset(text + n, 'a', before);
      n += before;
      memcpy(text + n, cases[c].bytes, strlen(cases[c].bytes));
      n += strlen(cases[c].bytes);
      memset(text + n, 'b', after);
      n += after;
      text[n++] = '"';
      brf__json_doc *doc = NULL;
      brf_status s = brf__json_parse(ctx, text, n, 0, &doc);
      cr_assert_eq(s, cases[c].status, "case %zu at %zu: %s", c, before,
                   brf_context_errmsg(ctx));
      if (s != BRF_OK) {
        cr_expect_eq(brf_context_error_offset(ctx), 1 + before, "case %zu at %zu", c,
                     before);
        continue;
      }
      size_t len = 0;
      const char *got = brf__json_str(brf__json_root(doc), &len);
      memset(want, 'a', before);
      strcpy(want + before, cases[c].decoded);
      memset(want + strlen(want), 'b', after);
      want[before + strlen(cases[c].decoded) + after] = '\0';
      cr_expect_eq(len, strlen(want));
      cr_expect_str_eq(got, want, "case %zu at %zu", c, before);
      brf__json_doc_free(doc);
    }
  }
}
