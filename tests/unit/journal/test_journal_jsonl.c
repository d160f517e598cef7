/* The journal's JSON Lines: round trips, the torn last line at every byte
 * offset, corrupt lines, and allocation failure. */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "support.h"

BRF_TEST_CONTEXT_FIXTURE(journal_jsonl);

/* Three entries: everything set, the minimum, and text that needs escaping. */
static brf_journal *sample(void) {
  brf_journal *j = NULL;
  size_t i = 0;
  cr_assert_eq(brf_journal_new(ctx, &j), BRF_OK);
  cr_assert_eq(brf_journal_add(j, 20412, 435, "Glute relief", &i), BRF_OK);
  cr_assert_eq(brf_journal_entry_set_session(j, i, "schedule:glute/2025-11-20T07:15"), BRF_OK);
  cr_assert_eq(brf_journal_entry_add_step(j, i, "glute-foam-roll", BRF_JOURNAL_STEP_DONE),
               BRF_OK);
  cr_assert_eq(brf_journal_entry_add_step(j, i, "glute-stretch", BRF_JOURNAL_STEP_CUT_SHORT),
               BRF_OK);
  cr_assert_eq(brf_journal_entry_add_step(j, i, "glute-bridge", BRF_JOURNAL_STEP_SKIPPED),
               BRF_OK);
  for (int32_t w = 0; w < 3; w++) {
    cr_assert_eq(brf_journal_entry_set_pain(j, i, w, 4 - w), BRF_OK);
    cr_assert_eq(brf_journal_entry_set_tightness(j, i, w, 7 - w), BRF_OK);
  }
  cr_assert_eq(brf_journal_entry_set_effort(j, i, 5), BRF_OK);
  cr_assert_eq(brf_journal_entry_set_note(j, i, "Sore after deadlifts."), BRF_OK);
  cr_assert_eq(brf_journal_add(j, 20413, BRF_JOURNAL_UNSET, "", &i), BRF_OK);
  cr_assert_eq(brf_journal_add(j, 20414, 1439, "Abends \xc3\xbc" "bung", &i), BRF_OK);
  cr_assert_eq(brf_journal_entry_set_counts(j, i, 4, 0, 1), BRF_OK);
  cr_assert_eq(brf_journal_entry_set_pain(j, i, BRF_JOURNAL_AFTER, 0), BRF_OK);
  cr_assert_eq(brf_journal_entry_set_note(j, i, "line one\nline \"two\"\t\\ end"), BRF_OK);
  return j;
}

static char *jsonl(const brf_journal *j, size_t *len) {
  char *text = NULL;
  cr_assert_eq(brf_journal_to_jsonl(ctx, j, &text, len), BRF_OK);
  return text;
}

static void expect_same_entry(const brf_journal *a, size_t i, const brf_journal *b, size_t k) {
  cr_expect_eq(brf_journal_entry_day(a, i), brf_journal_entry_day(b, k));
  cr_expect_eq(brf_journal_entry_minutes(a, i), brf_journal_entry_minutes(b, k));
  cr_expect_str_eq(brf_journal_entry_routine(a, i), brf_journal_entry_routine(b, k));
  cr_expect_str_eq(brf_journal_entry_session(a, i), brf_journal_entry_session(b, k));
  cr_expect_str_eq(brf_journal_entry_note(a, i), brf_journal_entry_note(b, k));
  cr_expect_eq(brf_journal_entry_effort(a, i), brf_journal_entry_effort(b, k));
  for (int32_t w = 0; w < 3; w++) {
    cr_expect_eq(brf_journal_entry_pain(a, i, w), brf_journal_entry_pain(b, k, w));
    cr_expect_eq(brf_journal_entry_tightness(a, i, w), brf_journal_entry_tightness(b, k, w));
    cr_expect_eq(brf_journal_entry_count_of(a, i, w), brf_journal_entry_count_of(b, k, w));
  }
  cr_assert_eq(brf_journal_entry_step_count(a, i), brf_journal_entry_step_count(b, k));
  for (size_t s = 0; s < brf_journal_entry_step_count(a, i); s++) {
    cr_expect_str_eq(brf_journal_entry_step_exercise(a, i, s),
                     brf_journal_entry_step_exercise(b, k, s));
    cr_expect_eq(brf_journal_entry_step_status(a, i, s), brf_journal_entry_step_status(b, k, s));
  }
}

Test(journal_jsonl, round_trip_is_equal_and_byte_identical) {
  brf_journal *j = sample(), *back = NULL;
  size_t len = 0, len2 = 0;
  char *text = jsonl(j, &len);
  cr_assert_eq(brf_journal_load(ctx, text, len, &back), BRF_OK, "%s", brf_context_errmsg(ctx));
  cr_assert_eq(brf_journal_count(back), 3);
  for (size_t i = 0; i < 3; i++)
    expect_same_entry(j, i, back, i);
  cr_expect_eq(brf_journal_torn_tail(back, NULL), 0);
  cr_expect_eq(brf_journal_tail_unterminated(back), 0);
  char *text2 = jsonl(back, &len2);
  cr_expect_eq(len, len2);
  cr_expect_str_eq(text, text2);
  brf_free(ctx, text);
  brf_free(ctx, text2);
  brf_journal_free(back);
  brf_journal_free(j);
}

Test(journal_jsonl, each_line_is_one_self_describing_object) {
  brf_journal *j = sample();
  size_t len = 0;
  char *text = jsonl(j, &len);
  size_t lines = 0;
  for (size_t i = 0; i < len; i++)
    lines += text[i] == '\n';
  cr_expect_eq(lines, 3);
  cr_expect_eq(text[len - 1], '\n');
  cr_expect_not_null(strstr(text, "{\"format\":\"backrelief-journal\",\"format_version\":1,"
                                  "\"date\":\"2025-11-20\",\"time\":\"07:15\","));
  cr_expect_not_null(strstr(text, "\"pain\":{\"before\":4,\"after\":3,\"next_morning\":2}"));
  cr_expect_not_null(strstr(text, "\"note\":\"line one\\nline \\\"two\\\"\\t\\\\ end\"}\n"));
  /* The lines concatenated are the whole journal. */
  size_t pos = 0;
  for (size_t i = 0; i < 3; i++) {
    char *line = NULL;
    size_t n = 0;
    cr_assert_eq(brf_journal_entry_to_line(ctx, j, i, &line, &n), BRF_OK);
    cr_assert(pos + n <= len);
    cr_expect_eq(memcmp(text + pos, line, n), 0, "line %zu", i);
    cr_expect_eq(line[n - 1], '\n');
    pos += n;
    brf_free(ctx, line);
  }
  cr_expect_eq(pos, len);
  brf_free(ctx, text);
  brf_journal_free(j);
}

/* Cut a valid journal at every byte offset: the load never fails, keeps
 * every complete line before the cut, and reports the torn tail. */
Test(journal_jsonl, a_cut_at_every_offset_keeps_every_complete_line) {
  brf_journal *j = sample();
  size_t len = 0;
  char *text = jsonl(j, &len);
  for (size_t cut = 0; cut <= len; cut++) {
    char *copy = malloc(cut + 1); /* exact size: ASan sees any over-read */
    memcpy(copy, text, cut);
    brf_journal *back = NULL;
    brf_status s = brf_journal_load(ctx, copy, cut, &back);
    cr_assert_eq(s, BRF_OK, "cut %zu: %s", cut, brf_context_errmsg(ctx));
    size_t complete = 0, line_start = 0;
    for (size_t i = 0; i < cut; i++)
      if (text[i] == '\n') {
        complete++;
        line_start = i + 1;
      }
    /* A cut just before a "\n" leaves a whole object without its newline. */
    int whole = cut < len && text[cut] == '\n' && cut > line_start;
    cr_assert_eq(brf_journal_count(back), complete + (size_t)whole, "cut %zu", cut);
    for (size_t i = 0; i < brf_journal_count(back); i++)
      expect_same_entry(j, i, back, i);
    size_t off = 12345;
    int torn = cut > line_start && !whole;
    cr_expect_eq(brf_journal_torn_tail(back, &off), torn, "cut %zu", cut);
    if (torn)
      cr_expect_eq(off, line_start, "cut %zu", cut);
    cr_expect_eq(brf_journal_tail_unterminated(back), whole, "cut %zu", cut);
    brf_journal_free(back);
    free(copy);
  }
  brf_free(ctx, text);
  brf_journal_free(j);
}

static brf_status load_text(const char *text, brf_journal **out) {
  return brf_journal_load(ctx, text, strlen(text), out);
}

#define LINE(date) "{\"format\":\"backrelief-journal\",\"format_version\":1,\"date\":\"" date "\",\"routine\":\"r\"}\n"

Test(journal_jsonl, a_corrupt_middle_line_is_an_error_naming_its_line) {
  brf_journal *j = (brf_journal *)1;
  const char *text = LINE("2026-01-01") "{\"format\":\"backrelief-journal\",\"format_vers\n" LINE("2026-01-03");
  cr_expect_eq(load_text(text, &j), BRF_E_PARSE);
  cr_expect_null(j);
  cr_expect_eq(brf_context_error_line(ctx), 2);
  size_t start = strlen(LINE("2026-01-01"));
  cr_expect_geq(brf_context_error_offset(ctx), start);
  cr_expect_lt(brf_context_error_offset(ctx), start + 48);
  cr_expect_not_null(strstr(brf_context_errmsg(ctx), "journal line 2"), "%s",
                     brf_context_errmsg(ctx));
}

Test(journal_jsonl, a_schema_error_names_the_line_and_the_key) {
  brf_journal *j = NULL;
  cr_expect_eq(load_text(LINE("2026-01-01") LINE("2026-01-02")
                         "{\"format\":\"backrelief-journal\",\"format_version\":1,"
                         "\"date\":\"2026-01-03\",\"routine\":\"r\",\"pain\":{\"after\":\"x\"}}\n",
                         &j),
               BRF_E_SCHEMA);
  cr_expect_null(j);
  cr_expect_eq(brf_context_error_line(ctx), 3);
  cr_expect_not_null(strstr(brf_context_errmsg(ctx), "pain.after"), "%s",
                     brf_context_errmsg(ctx));
  cr_expect_eq(load_text("{\"format\":\"backrelief-journal\",\"format_version\":2,"
                         "\"date\":\"2026-01-03\",\"routine\":\"r\"}\n",
                         &j),
               BRF_E_SCHEMA);
  cr_expect_not_null(strstr(brf_context_errmsg(ctx), "newer"));
  cr_expect_eq(load_text("{\"format\":\"backrelief-schedule\",\"format_version\":1,"
                         "\"date\":\"2026-01-03\",\"routine\":\"r\"}\n",
                         &j),
               BRF_E_SCHEMA);
  cr_expect_eq(load_text("{\"format\":\"backrelief-journal\",\"format_version\":1,"
                         "\"date\":\"2026-02-30\",\"routine\":\"r\"}\n",
                         &j),
               BRF_E_RANGE); /* no such date: out of range, as brf_date_parse says */
  cr_expect_eq(load_text("{\"format\":\"backrelief-journal\",\"format_version\":1,"
                         "\"date\":\"2026-02-03\",\"routine\":\"r\",\"extra\":1}\n",
                         &j),
               BRF_E_SCHEMA);
  cr_expect_eq(load_text("{\"format\":\"backrelief-journal\",\"format_version\":1,"
                         "\"date\":\"2026-02-03\",\"routine\":\"r\",\"effort\":11}\n",
                         &j),
               BRF_E_RANGE);
  cr_expect_eq(load_text("{\"format\":\"backrelief-journal\",\"format_version\":1,"
                         "\"date\":\"2026-02-03\",\"routine\":\"r\",\"step_status\":"
                         "[{\"exercise\":\"x\",\"status\":\"half\"}]}\n",
                         &j),
               BRF_E_SCHEMA);
  cr_expect_null(j);
}

Test(journal_jsonl, blank_lines_and_crlf_are_accepted) {
  brf_journal *j = NULL;
  cr_assert_eq(load_text("\n" LINE("2026-01-01") "  \n"
                         "{\"format\":\"backrelief-journal\",\"format_version\":1,"
                         "\"date\":\"2026-01-02\",\"routine\":\"r\"}\r\n\n",
                         &j),
               BRF_OK, "%s", brf_context_errmsg(ctx));
  cr_expect_eq(brf_journal_count(j), 2);
  cr_expect_eq(brf_journal_entry_minutes(j, 0), BRF_JOURNAL_UNSET);
  cr_expect_eq(brf_journal_entry_count_of(j, 1, BRF_JOURNAL_STEP_DONE), 0);
  brf_journal_free(j);
  cr_assert_eq(brf_journal_load(ctx, NULL, 0, &j), BRF_OK);
  cr_expect_eq(brf_journal_count(j), 0);
  brf_journal_free(j);
}

Test(journal_jsonl, a_torn_line_that_is_not_json_is_reported_not_loaded) {
  brf_journal *j = NULL;
  const char *text = LINE("2026-01-01") "garbage";
  cr_assert_eq(load_text(text, &j), BRF_OK);
  size_t off = 0;
  cr_expect_eq(brf_journal_count(j), 1);
  cr_expect_eq(brf_journal_torn_tail(j, &off), 1);
  cr_expect_eq(off, strlen(LINE("2026-01-01")));
  brf_journal_free(j);
}

/* Issue #20: the repaired tail is a success, so it leaves no error (it used
 * to leave BRF_E_PARSE behind) but one warning naming the line. */
Test(journal_jsonl, a_torn_line_is_a_warning_not_an_error) {
  brf_journal *j = NULL;
  cr_assert_eq(brf_journal_load(ctx, "{\n", 2, &j), BRF_E_PARSE); /* an old error to clear */
  const char *text = LINE("2026-01-01") "garbage";
  cr_assert_eq(load_text(text, &j), BRF_OK);
  cr_expect_eq(brf_context_errcode(ctx), BRF_OK);
  cr_expect_str_eq(brf_context_errmsg(ctx), "");
  cr_assert_eq(brf_context_warning_count(ctx), 1);
  const char *w = brf_context_warning(ctx, 0);
  cr_assert_not_null(w);
  cr_expect_not_null(strstr(w, "journal line 2"), "%s", w);
  cr_expect_null(brf_context_warning(ctx, 1));
  brf_journal_free(j);
  /* The next call starts without the warning. */
  cr_assert_eq(load_text(LINE("2026-01-01"), &j), BRF_OK);
  cr_expect_eq(brf_context_warning_count(ctx), 0);
  brf_journal_free(j);
}

Test(journal_jsonl, null_arguments_are_refused) {
  brf_journal *j = (brf_journal *)1;
  char *out = (char *)1;
  cr_expect_eq(brf_journal_load(NULL, "", 0, &j), BRF_E_INVALID);
  cr_expect_null(j);
  cr_expect_eq(brf_journal_load(ctx, NULL, 3, &j), BRF_E_INVALID);
  cr_expect_eq(brf_journal_load(ctx, "", 0, NULL), BRF_E_INVALID);
  cr_expect_eq(brf_journal_to_jsonl(ctx, NULL, &out, NULL), BRF_E_INVALID);
  cr_expect_null(out);
  cr_expect_eq(brf_journal_entry_to_line(ctx, NULL, 0, &out, NULL), BRF_E_INVALID);
  brf_journal *k = sample();
  cr_expect_eq(brf_journal_entry_to_line(ctx, k, 3, &out, NULL), BRF_E_RANGE);
  cr_expect_eq(brf_journal_to_jsonl(NULL, k, &out, NULL), BRF_E_INVALID);
  cr_expect_eq(brf_journal_to_jsonl(ctx, k, NULL, NULL), BRF_E_INVALID);
  brf_journal_free(k);
}

Test(journal_jsonl, allocation_failure_in_load_and_write_frees_everything) {
  brf_journal *j = sample();
  size_t len = 0;
  char *text = jsonl(j, &len);
  size_t base = st.live_blocks;
  for (size_t fail = 1;; fail++) {
    brf_journal *back = NULL;
    st.fail_at = st.calls + fail;
    brf_status s = brf_journal_load(ctx, text, len, &back);
    st.fail_at = 0;
    if (s == BRF_OK) {
      cr_expect_eq(brf_journal_count(back), 3);
      cr_expect_eq(brf_journal_torn_tail(back, NULL), 0);
      brf_journal_free(back);
      break;
    }
    cr_assert_eq(s, BRF_E_NOMEM, "fail %zu: %s", fail, brf_context_errmsg(ctx));
    cr_expect_null(back);
    cr_expect_eq(st.live_blocks, base, "fail %zu", fail);
  }
  /* A torn tail must not hide an allocation failure. */
  for (size_t fail = 1;; fail++) {
    brf_journal *back = NULL;
    st.fail_at = st.calls + fail;
    brf_status s = brf_journal_load(ctx, text, len - 1, &back);
    st.fail_at = 0;
    if (s == BRF_OK) {
      cr_expect_eq(brf_journal_count(back), 3);
      brf_journal_free(back);
      break;
    }
    cr_assert_eq(s, BRF_E_NOMEM);
    cr_expect_eq(st.live_blocks, base);
  }
  for (size_t fail = 1;; fail++) {
    char *out = NULL;
    st.fail_at = st.calls + fail;
    brf_status s = brf_journal_to_jsonl(ctx, j, &out, NULL);
    st.fail_at = 0;
    if (s == BRF_OK) {
      cr_expect_str_eq(out, text);
      brf_free(ctx, out);
      break;
    }
    cr_assert_eq(s, BRF_E_NOMEM);
    cr_expect_null(out);
    cr_expect_eq(st.live_blocks, base);
  }
  brf_free(ctx, text);
  brf_journal_free(j);
}
