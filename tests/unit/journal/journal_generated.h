/* A generated journal shared by the journal's suites (test_journal_arena.c,
 * test_journal_readers.c): what a daily user's journal holds after N days.
 * Include after <criterion/criterion.h> and the suite's fixture (it uses
 * the fixture's `ctx`). */
#ifndef BRF_TEST_JOURNAL_GENERATED_H
#define BRF_TEST_JOURNAL_GENERATED_H

#include <stdio.h>

static const char *const exercises[] = {"cat-camel", "pelvic-tilt", "glute-bridge",
                                        "bird-dog", "knee-to-chest", "mckenzie-press-up"};

/* days entries, one a day from 2016-01-01 (day 16801), each with 3 to 6
 * steps, pain and tightness, and every few days a note, ratings and the
 * routine's id: what a daily user's journal holds after days days. */
static brf_journal *generated(size_t days) {
  brf_journal *j = NULL;
  cr_assert_eq(brf_journal_new(ctx, &j), BRF_OK);
  for (size_t d = 0; d < days; d++) {
    size_t i = 0;
    char note[64];
    cr_assert_eq(brf_journal_add(j, 16801 + (int32_t)d, 420 + (int32_t)(d % 90),
                                 d % 7 ? "Morning mobility" : "Glute relief", &i),
                 BRF_OK);
    cr_assert_eq(brf_journal_entry_set_session(j, i, "schedule:morning/daily"), BRF_OK);
    for (size_t k = 0; k < 3 + d % 4; k++)
      cr_assert_eq(brf_journal_entry_add_step(j, i, exercises[(d + k) % 6],
                                              (int32_t)((d + k) % 9 == 0)),
                   BRF_OK);
    cr_assert_eq(brf_journal_entry_set_pain(j, i, BRF_JOURNAL_BEFORE, (int32_t)(d % 6)), BRF_OK);
    cr_assert_eq(brf_journal_entry_set_tightness(j, i, BRF_JOURNAL_AFTER, (int32_t)(d % 5)),
                 BRF_OK);
    cr_assert_eq(brf_journal_entry_set_effort(j, i, (int32_t)(d % 11)), BRF_OK);
    if (d % 3 == 0) {
      snprintf(note, sizeof note, "Day %zu: stiff after sitting \"a lot\".", d);
      cr_assert_eq(brf_journal_entry_set_note(j, i, note), BRF_OK);
      cr_assert_eq(brf_journal_entry_set_routine_id(j, i, "morning-mobility"), BRF_OK);
      cr_assert_eq(brf_journal_entry_set_pain_during(j, i, (int32_t)(d % 4)), BRF_OK);
      cr_assert_eq(brf_journal_entry_rate_exercise(j, i, "cat-camel", 2, 1), BRF_OK);
      cr_assert_eq(brf_journal_entry_rate_exercise(j, i, "bird-dog", BRF_JOURNAL_UNSET, 3),
                   BRF_OK);
    }
  }
  return j;
}

#endif /* BRF_TEST_JOURNAL_GENERATED_H */
