/* Adherence per exercise (issue 17, item 6): two weeks of a programme whose
 * steps keep their own rhythm (docs/schedules.md: stretch daily, roll
 * 3x/week, strengthen every other day, after the seed articles), with the
 * expected numbers worked out by hand before the code:
 *
 * Days 0-13 from a Monday. Due (as the schedule lays them out):
 *   glute-stretch daily           days 0-13                    14 due (7 + 7)
 *   glute-roll 3x/week            days 0,2,4 and 7,9,11         6 due (3 + 3)
 *   glute-bridge every other day  days 0,2,4,6 and 8,10,12     7 due (4 + 3)
 * Done (the journal below):
 *   stretch: days 0,1,2,4,5 | 7,8,9,11,12 and 13 (logged without detail:
 *            counts for what was due that day)       -> 5 + 6 = 11; 11/14 = 78 %
 *   roll:    days 0,5 (skipped on 2 and 4) | 7,9,11,12 (one extra)
 *            -> 2 + min(4, 3) = 5 of 6 = 83 % (done 6: the extra roll of
 *            week 2 does not make up for week 1)
 *   bridge:  days 0, 2 (cut short counts), 4 | 8, 12 (skipped on 10)
 *            -> 3 + 2 = 5 of 7 = 71 %
 * An "office" session on day 3 with a stretch belongs to another routine:
 * it counts only when every entry is asked for (stretch 12/14 = 85 %). */
#include <criterion/criterion.h>
#include <string.h>

#include "support.h"

BRF_TEST_CONTEXT_FIXTURE(journal_exercise_adherence);

#define MON 20395 /* a Monday: (20395 + 3) % 7 == 0 */
#define DONE BRF_JOURNAL_STEP_DONE
#define CUT BRF_JOURNAL_STEP_CUT_SHORT
#define SKIP BRF_JOURNAL_STEP_SKIPPED

static const int32_t stretch_due[] = {MON + 0, MON + 1, MON + 2,  MON + 3,  MON + 4,
                                      MON + 5, MON + 6, MON + 7,  MON + 8,  MON + 9,
                                      MON + 10, MON + 11, MON + 12, MON + 13};
static const int32_t roll_due[] = {MON + 0, MON + 2, MON + 4, MON + 7, MON + 9, MON + 11};
static const int32_t bridge_due[] = {MON + 0, MON + 2, MON + 4, MON + 6,
                                     MON + 8, MON + 10, MON + 12};

typedef struct step {
  const char *id;
  int32_t status;
} step;

static void session(brf_journal *j, const char *routine, int32_t day, const step *steps,
                    size_t n) {
  size_t at = 0;
  cr_assert_eq(brf_journal_add(j, MON + day, 480, routine, &at), BRF_OK);
  for (size_t k = 0; k < n; k++)
    cr_assert_eq(brf_journal_entry_add_step(j, at, steps[k].id, steps[k].status), BRF_OK);
}
#define S(j, day, ...)                                                                  \
  do {                                                                                  \
    static const step s_[] = {__VA_ARGS__};                                             \
    session((j), "programme", (day), s_, sizeof s_ / sizeof *s_);                       \
  } while (0)

static brf_journal *two_weeks(void) {
  brf_journal *j = NULL;
  cr_assert_eq(brf_journal_new(ctx, &j), BRF_OK);
  S(j, 0, {"glute-stretch", DONE}, {"glute-roll", DONE}, {"glute-bridge", DONE});
  S(j, 1, {"glute-stretch", DONE});
  S(j, 2, {"glute-stretch", DONE}, {"glute-roll", SKIP}, {"glute-bridge", CUT});
  S(j, 4, {"glute-stretch", DONE}, {"glute-roll", SKIP}, {"glute-bridge", DONE});
  S(j, 5, {"glute-stretch", DONE}, {"glute-roll", DONE});
  S(j, 7, {"glute-stretch", DONE}, {"glute-roll", DONE});
  S(j, 8, {"glute-stretch", DONE}, {"glute-bridge", DONE});
  S(j, 9, {"glute-stretch", DONE}, {"glute-roll", DONE});
  S(j, 10, {"glute-stretch", SKIP}, {"glute-bridge", SKIP});
  S(j, 11, {"glute-stretch", DONE}, {"glute-roll", DONE});
  S(j, 12, {"glute-stretch", DONE}, {"glute-roll", DONE}, {"glute-bridge", DONE});
  cr_assert_eq(brf_journal_add(j, MON + 13, -1, "programme", NULL), BRF_OK); /* no detail */
  static const step office[] = {{"glute-stretch", DONE}};
  session(j, "office", 3, office, 1);
  return j;
}

static brf_routine *programme(void) {
  brf_routine *r = NULL;
  cr_assert_eq(brf_routine_new(ctx, &r), BRF_OK);
  cr_assert_eq(brf_routine_set_name(r, "programme"), BRF_OK);
  return r;
}

static void expect(const brf_journal *j, const brf_routine *r, const char *id,
                   const int32_t *days, size_t n, int32_t from, int32_t to, int64_t due,
                   int64_t done, int32_t percent) {
  int64_t got_due = -9, got_done = -9;
  int32_t got_pct = -9;
  cr_assert_eq(brf_journal_adherence_exercise(j, r, id, days, n, MON + from, MON + to, &got_due,
                                              &got_done, &got_pct),
               BRF_OK, "%s", brf_context_errmsg(ctx));
  cr_expect_eq(got_due, due, "%s due %lld", id, (long long)got_due);
  cr_expect_eq(got_done, done, "%s done %lld", id, (long long)got_done);
  cr_expect_eq(got_pct, percent, "%s percent %d", id, (int)got_pct);
}

#define N(a) (sizeof a / sizeof *a)

Test(journal_exercise_adherence, two_weeks_of_a_programme_read_per_exercise) {
  brf_journal *j = two_weeks();
  brf_routine *r = programme();
  expect(j, r, "glute-stretch", stretch_due, N(stretch_due), 0, 13, 14, 11, 78);
  expect(j, r, "glute-roll", roll_due, N(roll_due), 0, 13, 6, 6, 83);
  expect(j, r, "glute-bridge", bridge_due, N(bridge_due), 0, 13, 7, 5, 71);
  /* every entry: the office stretch of day 3 counts too */
  expect(j, NULL, "glute-stretch", stretch_due, N(stretch_due), 0, 13, 14, 12, 85);
  /* the sessions as a whole (brf_journal_adherence): 11 of the 12 programme
   * entries count as done (day 10 was all skipped), plus the office one */
  int64_t done = 0;
  int32_t pct = 0;
  cr_assert_eq(brf_journal_adherence(j, MON, MON + 13, 14, &done, &pct), BRF_OK);
  cr_expect_eq(done, 12);
  cr_expect_eq(pct, 85);
  brf_routine_free(r);
  brf_journal_free(j);
}

Test(journal_exercise_adherence, weeks_are_clipped_to_the_period) {
  /* days 2-9, bridge: due 2,4,6 | 8 = 4; done 2,4 | 8 = 3 -> 75 % */
  brf_journal *j = two_weeks();
  brf_routine *r = programme();
  expect(j, r, "glute-bridge", bridge_due, N(bridge_due), 2, 9, 4, 3, 75);
  /* the second week alone, roll: due 3, done 4 -> capped at 100 % */
  expect(j, r, "glute-roll", roll_due, N(roll_due), 7, 13, 3, 4, 100);
  /* nothing due: unset */
  expect(j, r, "glute-roll", NULL, 0, 0, 13, 0, 6, BRF_JOURNAL_UNSET);
  brf_routine_free(r);
  brf_journal_free(j);
}

Test(journal_exercise_adherence, a_renamed_routine_counts_by_id) {
  brf_journal *j = NULL;
  cr_assert_eq(brf_journal_new(ctx, &j), BRF_OK);
  static const step roll[] = {{"glute-roll", DONE}};
  session(j, "legs", 0, roll, 1);
  session(j, "legs", 2, roll, 1);
  cr_assert_eq(brf_journal_entry_set_routine_id(j, 0, "r-1"), BRF_OK);
  cr_assert_eq(brf_journal_entry_set_routine_id(j, 1, "r-1"), BRF_OK);
  brf_routine *r = programme(); /* named "programme" now */
  cr_assert_eq(brf_routine_set_id(r, "r-1"), BRF_OK);
  expect(j, r, "glute-roll", roll_due, N(roll_due), 0, 6, 3, 2, 66);
  brf_routine_free(r);
  brf_journal_free(j);
}

Test(journal_exercise_adherence, bad_arguments) {
  brf_journal *j = two_weeks();
  int64_t due = 0;
  cr_expect_eq(brf_journal_adherence_exercise(NULL, NULL, "x", NULL, 0, 0, 1, &due, NULL, NULL),
               BRF_E_INVALID);
  cr_expect_eq(brf_journal_adherence_exercise(j, NULL, NULL, NULL, 0, 0, 1, NULL, NULL, NULL),
               BRF_E_INVALID);
  cr_expect_eq(brf_journal_adherence_exercise(j, NULL, "", NULL, 0, 0, 1, NULL, NULL, NULL),
               BRF_E_INVALID);
  cr_expect_eq(brf_journal_adherence_exercise(j, NULL, "x", NULL, 3, 0, 1, NULL, NULL, NULL),
               BRF_E_INVALID);
  cr_expect_eq(brf_journal_adherence_exercise(j, NULL, "x", NULL, 0, 5, 1, NULL, NULL, NULL),
               BRF_E_RANGE);
  brf_journal_free(j);
}
