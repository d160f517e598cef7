/* brf__json_parse_each: a top-level array handed over one element at a time,
 * each released after its callback, so a large catalog is imported in the
 * memory of one entry rather than of the whole document. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/json.h"
#include "support.h"

BRF_TEST_CONTEXT_FIXTURE(json_each);

/* What the callback saw: a summary line per element, and when to stop. */
typedef struct seen {
  char log[2048];
  size_t calls;
  size_t stop_at;      /* return stop_with at this index; SIZE_MAX never */
  brf_status stop_with;
  size_t peak_live;    /* live bytes of the allocator seen during callbacks */
} seen;

static void summarize(char *out, size_t cap, const brf__json *v) {
  size_t len;
  switch (brf__json_kind(v)) {
  case BRF__JSON_STRING: snprintf(out, cap, "s:%s", brf__json_str(v, &len)); break;
  case BRF__JSON_NUMBER: {
    const char *n = brf__json_number(v, &len);
    snprintf(out, cap, "n:%.*s", (int)len, n);
    break;
  }
  case BRF__JSON_ARRAY: snprintf(out, cap, "a%zu", brf__json_count(v)); break;
  case BRF__JSON_OBJECT: {
    const char *key;
    const brf__json *first = brf__json_member(v, 0, &key, &len);
    char inner[64] = "";
    if (first != NULL) summarize(inner, sizeof inner, first);
    snprintf(out, cap, "o%zu{%s=%s}", brf__json_count(v), first ? key : "", inner);
    break;
  }
  default: snprintf(out, cap, "k%d", brf__json_kind(v)); break;
  }
}

static brf_status record(void *user, const brf__json_doc *doc, size_t index,
                         const brf__json *element) {
  seen *s = user;
  char one[128];
  size_t line, column;
  cr_assert_eq(index, s->calls, "elements come in order");
  s->calls++;
  brf__json_doc_position(doc, brf__json_offset(element), &line, &column);
  summarize(one, sizeof one, element);
  snprintf(s->log + strlen(s->log), sizeof s->log - strlen(s->log), "%s%zu:%s@%zu:%zu",
           index ? " " : "", index, one, line, column);
  if (st.live_bytes > s->peak_live) s->peak_live = st.live_bytes;
  if (index == s->stop_at) {
    brf__error(ctx, s->stop_with, "stopped at %zu", index);
    return s->stop_with;
  }
  return BRF_OK;
}

static seen fresh(void) {
  seen s;
  memset(&s, 0, sizeof s);
  s.stop_at = SIZE_MAX;
  return s;
}

Test(json_each, hands_over_every_element_in_order_with_its_position) {
  const char *text = "[1, \"two\", {\"k\": \"a\\nb\"},\n  [[3], []], {}, -0.5e1, null]";
  brf__json_doc *doc = NULL;
  seen s = fresh();
  cr_assert_eq(brf__json_parse_each(ctx, text, strlen(text), 0, record, &s, &doc), BRF_OK, "%s",
               brf_context_errmsg(ctx));
  cr_expect_str_eq(s.log, "0:n:1@1:2 1:s:two@1:5 2:o1{k=s:a\nb}@1:12 3:a2@2:3 4:o0{=}@2:14 "
                          "5:n:-0.5e1@2:18 6:k0@2:26");
  cr_expect_eq(s.calls, 7);
  /* The array itself is left, empty: its elements were handed over. */
  cr_expect_eq(brf__json_kind(brf__json_root(doc)), BRF__JSON_ARRAY);
  cr_expect_eq(brf__json_count(brf__json_root(doc)), 0);
  brf__json_doc_free(doc);
}

Test(json_each, an_empty_array_calls_nothing) {
  brf__json_doc *doc = NULL;
  seen s = fresh();
  cr_assert_eq(brf__json_parse_each(ctx, " [ ] ", 5, 0, record, &s, &doc), BRF_OK);
  cr_expect_eq(s.calls, 0);
  cr_expect_eq(brf__json_kind(brf__json_root(doc)), BRF__JSON_ARRAY);
  brf__json_doc_free(doc);
}

Test(json_each, any_other_top_level_value_is_kept_whole) {
  const char *texts[] = {"{\"a\": [1, 2]}", "\"text\"", "42", "true"};
  const int kinds[] = {BRF__JSON_OBJECT, BRF__JSON_STRING, BRF__JSON_NUMBER, BRF__JSON_TRUE};
  for (size_t i = 0; i < 4; i++) {
    brf__json_doc *doc = NULL;
    seen s = fresh();
    cr_assert_eq(brf__json_parse_each(ctx, texts[i], strlen(texts[i]), 0, record, &s, &doc),
                 BRF_OK);
    cr_expect_eq(s.calls, 0, "%s", texts[i]);
    cr_expect_eq(brf__json_kind(brf__json_root(doc)), kinds[i], "%s", texts[i]);
    brf__json_doc_free(doc);
  }
  {
    brf__json_doc *doc = NULL;
    seen s = fresh();
    const brf__json *a;
    const char *obj = "{\"a\": [1, 2]}";
    cr_assert_eq(brf__json_parse_each(ctx, obj, strlen(obj), 0, record, &s, &doc), BRF_OK);
    a = brf__json_get(brf__json_root(doc), "a");
    cr_expect_eq(brf__json_count(a), 2, "arrays below the top level are kept whole");
    brf__json_doc_free(doc);
  }
}

Test(json_each, the_callbacks_status_stops_the_parse) {
  const char *text = "[1, 2, 3, 4]";
  brf__json_doc *doc = (brf__json_doc *)&st; /* must be cleared */
  seen s = fresh();
  s.stop_at = 1;
  s.stop_with = BRF_E_SCHEMA;
  cr_expect_eq(brf__json_parse_each(ctx, text, strlen(text), 0, record, &s, &doc), BRF_E_SCHEMA);
  cr_expect_null(doc);
  cr_expect_eq(s.calls, 2, "nothing after the element that stopped it");
  cr_expect_str_eq(brf_context_errmsg(ctx), "stopped at 1", "the callback's message is kept");
}

Test(json_each, a_syntax_error_comes_after_the_elements_before_it) {
  const char *text = "[{\"a\": 1},\n {\"b\": 2},\n {\"c\" 3}]";
  brf__json_doc *doc = NULL;
  seen s = fresh();
  cr_expect_eq(brf__json_parse_each(ctx, text, strlen(text), 0, record, &s, &doc), BRF_E_PARSE);
  cr_expect_null(doc);
  cr_expect_eq(s.calls, 2);
  cr_expect_eq(brf_context_error_line(ctx), 3);
  cr_expect_eq(brf_context_error_column(ctx), 7);
  /* Errors before the array's first element, and a missing array end. */
  s = fresh();
  cr_expect_eq(brf__json_parse_each(ctx, "[1, 2", 5, 0, record, &s, &doc), BRF_E_PARSE);
  cr_expect_eq(s.calls, 2);
  s = fresh();
  cr_expect_eq(brf__json_parse_each(ctx, "[1] x", 5, 0, record, &s, &doc), BRF_E_PARSE);
  cr_expect_eq(s.calls, 1);
  cr_expect_null(doc);
}

Test(json_each, arguments) {
  brf__json_doc *doc = NULL;
  seen s = fresh();
  cr_expect_eq(brf__json_parse_each(ctx, "[1]", 3, 0, NULL, &s, &doc), BRF_E_INVALID);
  cr_expect_null(doc);
  cr_expect_eq(brf__json_parse_each(ctx, "[1]", 3, 0, record, &s, NULL), BRF_E_INVALID);
  cr_expect_eq(brf__json_parse_each(ctx, NULL, 3, 0, record, &s, &doc), BRF_E_INVALID);
  cr_expect_eq(s.calls, 0);
}

/* The point of streaming: memory for one element, not for the document's
 * nodes. 2,000 elements with 20 members each: a whole parse keeps every
 * node (about 24 bytes each, over 1 MB); streamed, the live memory stays
 * within the text's copy and one element's worth of blocks. */
Test(json_each, memory_stays_at_one_element) {
  size_t cap = 4u << 20, len = 0;
  char *text = malloc(cap);
  brf__json_doc *doc = NULL;
  seen s = fresh();
  size_t whole_peak, text_copy;
  cr_assert_not_null(text);
  text[len++] = '[';
  for (int i = 0; i < 2000; i++) {
    len += (size_t)snprintf(text + len, cap - len, "%s{", i ? "," : "");
    for (int k = 0; k < 20; k++)
      len += (size_t)snprintf(text + len, cap - len, "%s\"k%d\":[%d,\"v\\t%d\"]", k ? "," : "",
                              k, i, k);
    text[len++] = '}';
  }
  text[len++] = ']';
  text_copy = len;
  st.peak_bytes = st.live_bytes;
  cr_assert_eq(brf__json_parse(ctx, text, len, 0, &doc), BRF_OK);
  whole_peak = st.peak_bytes;
  brf__json_doc_free(doc);
  doc = NULL;
  cr_assert_eq(brf__json_parse_each(ctx, text, len, 0, record, &s, &doc), BRF_OK);
  cr_expect_eq(s.calls, 2000);
  cr_expect_lt(s.peak_live, text_copy + 64 * 1024,
               "streamed: %zu bytes live for %zu bytes of text", s.peak_live, text_copy);
  cr_expect_gt(whole_peak, text_copy + 1024 * 1024,
               "the whole parse holds every node (%zu bytes)", whole_peak);
  brf__json_doc_free(doc);
  free(text);
}

Test(json_each, allocation_failures_leave_nothing_behind) {
  const char *text = "[{\"a\": \"x\\u00e9\"}, [1, [2, [3]]], \"y\", {\"b\": {\"c\": []}}]";
  size_t baseline = st.live_blocks;
  for (size_t fail = 1;; fail++) {
    brf__json_doc *doc = NULL;
    seen s = fresh();
    brf_status r;
    st.fail_at = st.calls + fail;
    r = brf__json_parse_each(ctx, text, strlen(text), 0, record, &s, &doc);
    st.fail_at = 0;
    if (r == BRF_OK) {
      cr_expect_gt(fail, 3, "the parse allocates several times");
      cr_expect_eq(s.calls, 4);
      brf__json_doc_free(doc);
      break;
    }
    cr_expect_eq(r, BRF_E_NOMEM, "failure %zu gave %d", fail, r);
    cr_expect_null(doc);
    cr_expect_eq(st.live_blocks, baseline, "failure %zu leaked", fail);
    cr_assert_lt(fail, 1000);
  }
}

/* ---- brf__json_parse_each_member: the array of one member of a top-level
 * object (a catalog's "exercises"), the other members kept ---- */

Test(json_each, streams_the_array_of_one_member_and_keeps_the_others) {
  /* Members before the array whose nodes and escaped strings live in the
   * arena must survive the elements' release (ASan sees a use after free). */
  const char *text = "{\"f\\u00e9\": \"x\\ty\", \"o\": {\"k\": [1, \"a\\nb\"]}, "
                     "\"list\": [{\"id\": \"one\\u0021\"}, [2, 3], \"s\\\"\"], "
                     "\"after\": {\"z\": \"q\\/\"}, \"deep\": {\"list\": [9]}}";
  brf__json_doc *doc = NULL;
  seen s = fresh();
  cr_assert_eq(brf__json_parse_each_member(ctx, text, strlen(text), 0, "list", record, &s, &doc),
               BRF_OK, "%s", brf_context_errmsg(ctx));
  cr_expect_str_eq(s.log, "0:o1{id=s:one!}@1:55 1:a2@1:76 2:s:s\"@1:84");
  const brf__json *root = brf__json_root(doc);
  size_t len;
  cr_expect_eq(brf__json_count(root), 5);
  cr_expect_str_eq(brf__json_str(brf__json_get(root, "f\xc3\xa9"), &len), "x\ty");
  const brf__json *k = brf__json_get(brf__json_get(root, "o"), "k");
  cr_expect_str_eq(brf__json_str(brf__json_at(k, 1), &len), "a\nb");
  cr_expect_eq(brf__json_count(brf__json_get(root, "list")), 0, "the streamed array is left empty");
  cr_expect_str_eq(brf__json_str(brf__json_get(brf__json_get(root, "after"), "z"), &len), "q/");
  /* Only the top-level member: the same key deeper is an ordinary array. */
  cr_expect_eq(brf__json_count(brf__json_get(brf__json_get(root, "deep"), "list")), 1);
  brf__json_doc_free(doc);
}

Test(json_each, a_member_array_is_not_streamed_elsewhere) {
  const char *texts[] = {"[{\"list\": [1]}]", "{\"other\": [1, 2]}", "{\"list\": {\"a\": 1}}",
                         "{\"list\": 3}", "\"list\""};
  for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
    brf__json_doc *doc = NULL;
    seen s = fresh();
    cr_assert_eq(brf__json_parse_each_member(ctx, texts[i], strlen(texts[i]), 0, "list", record,
                                             &s, &doc),
                 BRF_OK, "%s", texts[i]);
    cr_expect_eq(s.calls, 0, "%s", texts[i]);
    brf__json_doc_free(doc);
  }
}

Test(json_each, a_repeated_member_streams_each_array_and_a_stop_is_returned) {
  /* A repeated key is the reader's to refuse (brf__jr_object): both arrays
   * are streamed, their indexes running on. */
  const char *text = "{\"list\": [1, 2], \"x\": \"\\u0041\", \"list\": [3]}";
  brf__json_doc *doc = NULL;
  seen s = fresh();
  cr_assert_eq(brf__json_parse_each_member(ctx, text, strlen(text), 0, "list", record, &s, &doc),
               BRF_OK);
  cr_expect_str_eq(s.log, "0:n:1@1:11 1:n:2@1:14 2:n:3@1:42");
  size_t len;
  cr_expect_str_eq(brf__json_str(brf__json_get(brf__json_root(doc), "x"), &len), "A");
  brf__json_doc_free(doc);
  doc = NULL;
  s = fresh();
  s.stop_at = 1;
  s.stop_with = BRF_E_SCHEMA;
  const char *two = "{\"list\": [1, 2, 3]}";
  cr_expect_eq(brf__json_parse_each_member(ctx, two, strlen(two), 0, "list", record, &s, &doc),
               BRF_E_SCHEMA);
  cr_expect_eq(s.calls, 2);
  cr_expect_null(doc);
  cr_expect_eq(brf__json_parse_each_member(ctx, two, strlen(two), 0, "list", NULL, &s, &doc),
               BRF_E_INVALID);
  /* No key: a top-level array, as brf__json_parse_each. */
  s = fresh();
  cr_assert_eq(brf__json_parse_each_member(ctx, "[4]", 3, 0, NULL, record, &s, &doc), BRF_OK);
  cr_expect_str_eq(s.log, "0:n:4@1:2");
  brf__json_doc_free(doc);
}
