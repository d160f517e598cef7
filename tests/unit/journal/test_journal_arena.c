/* The journal's arena (issue 25, item 3): a loaded journal keeps its entries'
 * strings and arrays in a few large blocks and parses every line with one
 * reused parser, so a 10-year journal loads with under 2 allocations per
 * entry (counted with the fixture's counting allocator, never timed); it
 * writes back byte for byte; entries edited after the load move to the heap
 * and keep working; a failing edit leaves the entry as it was. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "support.h"

BRF_TEST_CONTEXT_FIXTURE(journal_arena);

#include "journal_generated.h"

static char *jsonl(const brf_journal *j, size_t *len) {
  char *out = NULL;
  cr_assert_eq(brf_journal_to_jsonl(ctx, j, &out, len), BRF_OK, "%s", brf_context_errmsg(ctx));
  return out;
}

Test(journal_arena, a_10_year_journal_loads_with_at_most_2_allocations_per_entry) {
  brf_journal *j = generated(3650);
  size_t len = 0;
  char *text = jsonl(j, &len);
  brf_journal_free(j);
  brf_journal *back = NULL;
  size_t before = st.calls, live = st.live_blocks;
  cr_assert_eq(brf_journal_load(ctx, text, len, &back), BRF_OK, "%s", brf_context_errmsg(ctx));
  double per = (double)(st.calls - before) / 3650.0;
  cr_assert_eq(brf_journal_count(back), 3650);
  cr_expect_leq(per, 2.0, "%.3f allocations per entry", per);
  /* The parser's blocks and stacks are reused from line to line, and the
   * arena takes blocks of up to 64 KB: a few dozen allocations in all
   * (the entries' array doubling, the arena's blocks), not one an entry. */
  cr_expect_lt(per, 0.05, "%.3f allocations per entry: the arena takes blocks, not entries",
               per);
  cr_expect_lt(st.live_blocks - live, 60, "%zu blocks live for 3,650 entries",
               st.live_blocks - live);
  /* Byte for byte what was loaded. */
  size_t again_len = 0;
  char *again = jsonl(back, &again_len);
  cr_expect_eq(again_len, len);
  cr_expect_eq(memcmp(again, text, len), 0);
  brf_free(ctx, again);
  brf_free(ctx, text);
  brf_journal_free(back);
}

/* Every entry of a loaded journal edited by every mutator that changes its
 * strings or arrays: each change lands, the rest of the entry stays, and
 * the journal writes what an unloaded journal with the same edits writes. */
Test(journal_arena, entries_edited_after_load_keep_working) {
  brf_journal *j = generated(30);
  size_t len = 0;
  char *text = jsonl(j, &len);
  brf_journal *back = NULL;
  cr_assert_eq(brf_journal_load(ctx, text, len, &back), BRF_OK);
  const char *old_routine = brf_journal_entry_routine(back, 3);
  for (size_t i = 0; i < 30; i++) {
    brf_journal *both[2] = {j, back};
    for (int w = 0; w < 2; w++) {
      brf_journal *x = both[w];
      switch (i % 5) {
      case 0: cr_assert_eq(brf_journal_entry_set_note(x, i, "edited"), BRF_OK); break;
      case 1: cr_assert_eq(brf_journal_entry_set_session(x, i, "manual"), BRF_OK); break;
      case 2:
        cr_assert_eq(brf_journal_entry_add_step(x, i, "side-plank", BRF_JOURNAL_STEP_DONE),
                     BRF_OK);
        break;
      case 3: cr_assert_eq(brf_journal_entry_rate_exercise(x, i, "pelvic-tilt", 3, 2), BRF_OK);
        break;
      default: cr_assert_eq(brf_journal_entry_set_routine_id(x, i, "renamed.1"), BRF_OK);
      }
    }
  }
  /* A pointer read before an edit of its entry still reads (the arena keeps
   * the loaded bytes until the journal is freed). */
  cr_expect_str_eq(old_routine, brf_journal_entry_routine(back, 3));
  cr_expect_str_eq(brf_journal_entry_note(back, 0), "edited");
  cr_expect_str_eq(brf_journal_entry_session(back, 1), "manual");
  size_t n = brf_journal_entry_step_count(back, 2);
  cr_expect_str_eq(brf_journal_entry_step_exercise(back, 2, n - 1), "side-plank");
  cr_expect_str_eq(brf_journal_entry_step_exercise(back, 2, 0), exercises[2]);
  cr_expect_str_eq(brf_journal_entry_routine_id(back, 4), "renamed.1");
  /* Entry 3 had two ratings (3 % 3 == 0): the new one is the third. */
  cr_expect_eq(brf_journal_entry_rating_count(back, 3), 3);
  cr_expect_str_eq(brf_journal_entry_rating_exercise(back, 3, 0), "cat-camel");
  cr_expect_str_eq(brf_journal_entry_rating_exercise(back, 3, 2), "pelvic-tilt");
  /* Entries added after the load too. */
  size_t k = 0;
  cr_assert_eq(brf_journal_add(back, 20000, 600, "Evening", &k), BRF_OK);
  cr_assert_eq(brf_journal_add(j, 20000, 600, "Evening", NULL), BRF_OK);
  cr_assert_eq(brf_journal_entry_set_note(back, k, "new"), BRF_OK);
  cr_assert_eq(brf_journal_entry_set_note(j, k, "new"), BRF_OK);
  size_t a_len = 0, b_len = 0;
  char *a = jsonl(j, &a_len), *b = jsonl(back, &b_len);
  cr_expect_eq(a_len, b_len);
  cr_expect_eq(memcmp(a, b, a_len), 0, "the loaded and edited journal writes differently");
  brf_free(ctx, a);
  brf_free(ctx, b);
  brf_free(ctx, text);
  brf_journal_free(back);
  brf_journal_free(j);
}

/* An edit of a loaded entry that runs out of memory (at every allocation it
 * makes, including the entry's move to the heap) leaves the entry as it was
 * and leaks nothing. */
Test(journal_arena, a_failing_edit_of_a_loaded_entry_leaves_it_unchanged) {
  brf_journal *j = generated(4);
  size_t len = 0;
  char *text = jsonl(j, &len);
  brf_journal_free(j);
  brf_journal *back = NULL;
  cr_assert_eq(brf_journal_load(ctx, text, len, &back), BRF_OK);
  for (int what = 0; what < 3; what++) {
    size_t fail;
    for (fail = 1;; fail++) {
      brf_journal *fresh = NULL;
      cr_assert_eq(brf_journal_load(ctx, text, len, &fresh), BRF_OK);
      size_t before = st.live_blocks;
      brf_status s;
      st.fail_at = st.calls + fail;
      if (what == 0)
        s = brf_journal_entry_set_note(fresh, 0, "changed");
      else if (what == 1)
        s = brf_journal_entry_add_step(fresh, 0, "side-plank", BRF_JOURNAL_STEP_DONE);
      else
        s = brf_journal_entry_rate_exercise(fresh, 0, "side-plank", 2, 2);
      st.fail_at = 0;
      if (s == BRF_OK) {
        brf_journal_free(fresh);
        break;
      }
      cr_assert_eq(s, BRF_E_NOMEM, "edit %d, fail %zu", what, fail);
      cr_expect_eq(st.live_blocks, before, "edit %d, fail %zu: a block leaked", what, fail);
      size_t a_len = 0;
      char *a = jsonl(fresh, &a_len);
      cr_expect_eq(a_len, len, "edit %d, fail %zu", what, fail);
      cr_expect_eq(memcmp(a, text, len), 0, "edit %d, fail %zu: the entry changed", what, fail);
      brf_free(ctx, a);
      brf_journal_free(fresh);
    }
    cr_expect_gt(fail, 4, "edit %d: the move to the heap allocates", what);
  }
  brf_free(ctx, text);
  brf_journal_free(back);
}

/* ---- the fast line reader (journal_load_fast.c) ----
 * It takes the lines it can read in one pass and leaves every other line to
 * the checked reader. Valid lines in unusual shapes read as the API would
 * have made them; invalid ones are reported by the checked reader, with
 * its status and the path of the fault. */

static brf_journal *load_text(const char *text) {
  brf_journal *j = NULL;
  cr_assert_eq(brf_journal_load(ctx, text, strlen(text), &j), BRF_OK, "%s: %s", text,
               brf_context_errmsg(ctx));
  return j;
}

static void expect_same_jsonl(const brf_journal *a, const brf_journal *b) {
  size_t a_len = 0, b_len = 0;
  char *x = jsonl(a, &a_len), *y = jsonl(b, &b_len);
  cr_expect_str_eq(x, y);
  brf_free(ctx, x);
  brf_free(ctx, y);
}

Test(journal_arena, unusual_valid_lines_read_as_the_api_makes_them) {
  int32_t day = 0;
  size_t i = 0;
  cr_assert_eq(brf_date_from_ymd(ctx, 2026, 1, 5, &day), BRF_OK);
  /* Keys in another order, no time, an escape, partial counts, an empty
   * step list, a rating with the pain only, one moment of pain. */
  brf_journal *a = load_text(
      "{\"note\":\"caf\\u00e9\",\"routine\":\"R\",\"date\":\"2026-01-05\",\"format_version\":1,"
      "\"format\":\"backrelief-journal\",\"steps\":{\"done\":2},\"step_status\":[],"
      "\"exercise_ratings\":[{\"pain\":3,\"exercise\":\"bird-dog\"}],\"pain\":{\"after\":2},"
      "\"routine_id\":\"\",\"session\":\"\"}\n"
      "{\"format\":\"backrelief-journal\",\"format_version\":1,\"date\":\"2026-01-06\","
      "\"time\":\"23:59\",\"routine\":\"\",\"step_status\":[{\"status\":\"skipped\","
      "\"exercise\":\"x\"},{\"exercise\":\"y\",\"status\":\"cut-short\"}],"
      "\"tightness\":{\"next_morning\":0,\"before\":10},\"effort\":0,\"pain_during\":10}\n");
  brf_journal *b = NULL;
  cr_assert_eq(brf_journal_new(ctx, &b), BRF_OK);
  cr_assert_eq(brf_journal_add(b, day, BRF_JOURNAL_UNSET, "R", &i), BRF_OK);
  cr_assert_eq(brf_journal_entry_set_note(b, i, "caf\xc3\xa9"), BRF_OK);
  cr_assert_eq(brf_journal_entry_set_counts(b, i, 2, 0, 0), BRF_OK);
  cr_assert_eq(brf_journal_entry_rate_exercise(b, i, "bird-dog", BRF_JOURNAL_UNSET, 3), BRF_OK);
  cr_assert_eq(brf_journal_entry_set_pain(b, i, BRF_JOURNAL_AFTER, 2), BRF_OK);
  cr_assert_eq(brf_journal_add(b, day + 1, 23 * 60 + 59, "", &i), BRF_OK);
  cr_assert_eq(brf_journal_entry_add_step(b, i, "x", BRF_JOURNAL_STEP_SKIPPED), BRF_OK);
  cr_assert_eq(brf_journal_entry_add_step(b, i, "y", BRF_JOURNAL_STEP_CUT_SHORT), BRF_OK);
  /* add_step counts the steps; the line's counts are its "steps" (none). */
  cr_assert_eq(brf_journal_entry_set_counts(b, i, 0, 0, 0), BRF_OK);
  cr_assert_eq(brf_journal_entry_set_tightness(b, i, BRF_JOURNAL_NEXT_MORNING, 0), BRF_OK);
  cr_assert_eq(brf_journal_entry_set_tightness(b, i, BRF_JOURNAL_BEFORE, 10), BRF_OK);
  cr_assert_eq(brf_journal_entry_set_effort(b, i, 0), BRF_OK);
  cr_assert_eq(brf_journal_entry_set_pain_during(b, i, 10), BRF_OK);
  expect_same_jsonl(a, b);
  brf_journal_free(a);
  brf_journal_free(b);
}

Test(journal_arena, lines_the_fast_reader_leaves_are_reported_by_the_checked_one) {
#define HEAD "{\"format\":\"backrelief-journal\",\"format_version\":1,\"date\":\"2026-01-05\","
  static const struct {
    const char *line;
    brf_status status;
    const char *path; /* in the message */
  } cases[] = {
      {HEAD "\"routine\":\"R\",\"colour\":1}\n", BRF_E_SCHEMA, "colour"},
      {HEAD "\"routine\":\"R\",\"routine\":\"S\"}\n", BRF_E_SCHEMA, "routine"},
      {HEAD "\"routine\":\"R\",\"effort\":null}\n", BRF_E_SCHEMA, "effort"},
      {HEAD "\"routine\":\"R\",\"effort\":11}\n", BRF_E_RANGE, "effort"},
      {HEAD "\"routine\":\"R\",\"effort\":1.0}\n", BRF_E_SCHEMA, "effort"},
      {HEAD "\"routine\":\"R\",\"time\":\"24:00\"}\n", BRF_E_RANGE, "time"},
      {HEAD "\"routine\":\"R\",\"pain\":{\"during\":1}}\n", BRF_E_SCHEMA, "during"},
      {HEAD "\"routine\":\"R\",\"step_status\":[{\"exercise\":\"\",\"status\":\"done\"}]}\n",
       BRF_E_SCHEMA, "step_status[0].exercise"},
      {HEAD "\"routine\":\"R\",\"step_status\":[{\"exercise\":\"a\",\"status\":\"half\"}]}\n",
       BRF_E_SCHEMA, "step_status[0].status"},
      {HEAD "\"routine\":\"R\",\"exercise_ratings\":[{\"exercise\":\"a\"},{\"exercise\":\"a\","
            "\"pain\":1}]}\n",
       BRF_E_SCHEMA, "rated twice"},
      {HEAD "\"routine\":\"R\",\"routine_id\":\"a b\"}\n", BRF_E_SCHEMA, "routine_id"},
      {HEAD "\"routine\":\"R\\u0000\"}\n", BRF_E_SCHEMA, "routine"},
      {"{\"format\":\"backrelief-journal\",\"format_version\":2,\"date\":\"2026-01-05\","
       "\"routine\":\"R\"}\n",
       BRF_E_SCHEMA, "newer"},
      {HEAD "\"session\":\"s\"}\n", BRF_E_SCHEMA, "routine"},
  };
#undef HEAD
  for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
    brf_journal *j = NULL;
    brf_status s = brf_journal_load(ctx, cases[k].line, strlen(cases[k].line), &j);
    cr_expect_eq(s, cases[k].status, "case %zu: %s (%s)", k, brf_status_name(s),
                 brf_context_errmsg(ctx));
    cr_expect_null(j);
    cr_expect_not_null(strstr(brf_context_errmsg(ctx), cases[k].path), "case %zu: %s", k,
                       brf_context_errmsg(ctx));
    cr_expect_not_null(strstr(brf_context_errmsg(ctx), "journal line 1"), "case %zu: %s", k,
                       brf_context_errmsg(ctx));
  }
}
