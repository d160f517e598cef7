/* Entries and their routine (issue 19, item 4): the routine's stable id is
 * recorded, written and read back; an entry is matched to its routine by
 * the id when both have one, else by the name; journals written before the
 * id existed still load. */
#include <criterion/criterion.h>
#include <string.h>

#include "support.h"

BRF_TEST_CONTEXT_FIXTURE(journal_routine);

static brf_routine *named(const char *name, const char *id) {
  brf_routine *r = NULL;
  cr_assert_eq(brf_routine_new(ctx, &r), BRF_OK);
  cr_assert_eq(brf_routine_set_name(r, name), BRF_OK);
  cr_assert_eq(brf_routine_set_id(r, id), BRF_OK);
  return r;
}

Test(journal_routine, the_id_is_recorded_and_round_trips) {
  brf_journal *j = NULL;
  size_t i = 0;
  cr_assert_eq(brf_journal_new(ctx, &j), BRF_OK);
  cr_assert_eq(brf_journal_add(j, 20000, 480, "legs", &i), BRF_OK);
  cr_expect_str_eq(brf_journal_entry_routine_id(j, i), "");
  cr_assert_eq(brf_journal_entry_set_routine_id(j, i, "r-abc"), BRF_OK);
  cr_expect_str_eq(brf_journal_entry_routine_id(j, i), "r-abc");
  char *line = NULL;
  size_t len = 0;
  cr_assert_eq(brf_journal_entry_to_line(ctx, j, i, &line, &len), BRF_OK);
  cr_expect_not_null(strstr(line, "\"routine\":\"legs\",\"routine_id\":\"r-abc\","), "%s", line);
  brf_journal *back = NULL;
  cr_assert_eq(brf_journal_load(ctx, line, len, &back), BRF_OK, "%s", brf_context_errmsg(ctx));
  cr_expect_str_eq(brf_journal_entry_routine_id(back, 0), "r-abc");
  brf_free(ctx, line);
  brf_journal_free(back);
  cr_expect_eq(brf_journal_entry_set_routine_id(j, i, "bad id"), BRF_E_INVALID);
  cr_expect_str_eq(brf_journal_entry_routine_id(j, i), "r-abc", "unchanged on failure");
  cr_expect_eq(brf_journal_entry_set_routine_id(j, 5, "r-abc"), BRF_E_RANGE);
  cr_assert_eq(brf_journal_entry_set_routine_id(j, i, NULL), BRF_OK);
  cr_expect_str_eq(brf_journal_entry_routine_id(j, i), "");
  cr_expect_null(brf_journal_entry_routine_id(j, 5));
  brf_journal_free(j);
}

Test(journal_routine, entries_match_by_id_when_both_have_one_else_by_name) {
  brf_journal *j = NULL;
  cr_assert_eq(brf_journal_new(ctx, &j), BRF_OK);
  cr_assert_eq(brf_journal_add(j, 20000, -1, "legs", NULL), BRF_OK);        /* 0: old, no id */
  cr_assert_eq(brf_journal_add(j, 20001, -1, "legs", NULL), BRF_OK);        /* 1: id r-1 */
  cr_assert_eq(brf_journal_entry_set_routine_id(j, 1, "r-1"), BRF_OK);
  cr_assert_eq(brf_journal_add(j, 20002, -1, "hips", NULL), BRF_OK);        /* 2: renamed, r-1 */
  cr_assert_eq(brf_journal_entry_set_routine_id(j, 2, "r-1"), BRF_OK);
  cr_assert_eq(brf_journal_add(j, 20003, -1, "legs", NULL), BRF_OK);        /* 3: another legs */
  cr_assert_eq(brf_journal_entry_set_routine_id(j, 3, "r-2"), BRF_OK);
  brf_routine *hips = named("hips", "r-1");  /* legs, renamed hips */
  brf_routine *legs2 = named("legs", "r-2"); /* a new routine called legs */
  brf_routine *plain = named("legs", NULL);  /* a routine file without an id */
  int32_t want_hips[] = {0, 1, 1, 0}, want_legs2[] = {1, 0, 0, 1}, want_plain[] = {1, 1, 0, 1};
  for (size_t i = 0; i < 4; i++) {
    cr_expect_eq(brf_journal_entry_is_for(j, i, hips), want_hips[i], "hips %zu", i);
    cr_expect_eq(brf_journal_entry_is_for(j, i, legs2), want_legs2[i], "legs r-2 %zu", i);
    cr_expect_eq(brf_journal_entry_is_for(j, i, plain), want_plain[i], "legs no id %zu", i);
  }
  cr_expect_eq(brf_journal_entry_is_for(j, 4, hips), 0);
  cr_expect_eq(brf_journal_entry_is_for(NULL, 0, hips), 0);
  cr_expect_eq(brf_journal_entry_is_for(j, 0, NULL), 0);
  brf_routine_free(hips);
  brf_routine_free(legs2);
  brf_routine_free(plain);
  brf_journal_free(j);
}

/* A journal exactly as the version before the routine id (and the pain
 * during, the per-exercise ratings) wrote it: every line still loads. */
static const char old_journal[] =
    "{\"format\":\"backrelief-journal\",\"format_version\":1,\"date\":\"2025-11-20\",\"time\":"
    "\"07:15\",\"routine\":\"Glute relief\",\"session\":\"schedule:glute/2025-11-20T07:15\","
    "\"steps\":{\"done\":1,\"cut_short\":1,\"skipped\":1},\"step_status\":[{\"exercise\":"
    "\"glute-foam-roll\",\"status\":\"done\"},{\"exercise\":\"glute-stretch\",\"status\":"
    "\"cut-short\"},{\"exercise\":\"glute-bridge\",\"status\":\"skipped\"}],\"pain\":{\"before\":"
    "4,\"after\":3,\"next_morning\":2},\"tightness\":{\"before\":7,\"after\":6,\"next_morning\":"
    "5},\"effort\":5,\"note\":\"Sore after deadlifts.\"}\n"
    "{\"format\":\"backrelief-journal\",\"format_version\":1,\"date\":\"2025-11-21\",\"routine\":"
    "\"Glute relief\",\"steps\":{\"done\":3,\"cut_short\":0,\"skipped\":0}}\n";

Test(journal_routine, an_old_format_journal_still_loads_and_writes_back_unchanged) {
  brf_journal *j = NULL;
  cr_assert_eq(brf_journal_load(ctx, old_journal, strlen(old_journal), &j), BRF_OK, "%s",
               brf_context_errmsg(ctx));
  cr_assert_eq(brf_journal_count(j), 2);
  cr_expect_str_eq(brf_journal_entry_routine_id(j, 0), "");
  cr_expect_eq(brf_journal_entry_step_count(j, 0), 3);
  cr_expect_eq(brf_journal_entry_pain(j, 0, BRF_JOURNAL_AFTER), 3);
  brf_routine *r = named("Glute relief", "r-new");
  cr_expect_eq(brf_journal_entry_is_for(j, 0, r), 1, "no id in the entry: by name");
  char *text = NULL;
  cr_assert_eq(brf_journal_to_jsonl(ctx, j, &text, NULL), BRF_OK);
  cr_expect_str_eq(text, old_journal, "an old entry writes back byte for byte");
  brf_free(ctx, text);
  brf_routine_free(r);
  brf_journal_free(j);
}

Test(journal_routine, a_malformed_routine_id_names_its_line) {
  const char *bad = "{\"format\":\"backrelief-journal\",\"format_version\":1,\"date\":"
                    "\"2025-11-21\",\"routine\":\"x\",\"routine_id\":\"a b\"}\n";
  brf_journal *j = NULL;
  cr_expect_eq(brf_journal_load(ctx, bad, strlen(bad), &j), BRF_E_SCHEMA);
  cr_expect_not_null(strstr(brf_context_errmsg(ctx), "routine_id"), "%s",
                     brf_context_errmsg(ctx));
}
