/* Borrowed pointers of a journal against every journal mutator (issue 20,
 * docs/conventions.md "Borrowed pointers and what invalidates them").
 *
 * The rule under test: an entry's strings belong to the entry; each stays
 * valid until that value is replaced (brf_journal_entry_set_session, _note;
 * _set_from_player replaces the step ids) or the journal is freed. Adding
 * entries or steps and setting numbers leave them valid. Run under ASan. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "backrelief.h"
#include "support.h"

BRF_TEST_CONTEXT_DECLARE();
static brf_journal *j;

static void open_journal(void) {
  cr_assert_eq(brf_journal_new(ctx, &j), BRF_OK);
  for (size_t i = 0; i < 3; i++) {
    char text[32];
    size_t at = 99;
    snprintf(text, sizeof text, "routine %zu", i);
    cr_assert_eq(brf_journal_add(j, 20000 + (int32_t)i, 480, text, &at), BRF_OK);
    cr_assert_eq(at, i);
    snprintf(text, sizeof text, "session %zu", i);
    cr_assert_eq(brf_journal_entry_set_session(j, i, text), BRF_OK);
    snprintf(text, sizeof text, "note %zu", i);
    cr_assert_eq(brf_journal_entry_set_note(j, i, text), BRF_OK);
    snprintf(text, sizeof text, "exercise-%zu", i);
    cr_assert_eq(brf_journal_entry_add_step(j, i, text, BRF_JOURNAL_STEP_DONE), BRF_OK);
  }
}
static void close_journal(void) { brf_journal_free(j); }
BRF_TEST_CONTEXT_FIXTURE_WITH(lifetimes_journal, open_journal, close_journal);

typedef struct kept {
  const char *routine[3], *session[3], *note[3], *step[3];
} kept;

enum { GONE_SESSION = 1, GONE_NOTE = 2, GONE_STEPS = 4 };

static void keep(kept *k) {
  for (size_t i = 0; i < 3; i++) {
    k->routine[i] = brf_journal_entry_routine(j, i);
    k->session[i] = brf_journal_entry_session(j, i);
    k->note[i] = brf_journal_entry_note(j, i);
    k->step[i] = brf_journal_entry_step_exercise(j, i, 0);
    cr_assert_not_null(k->step[i]);
  }
}

/* Entry 1 lost what `gone` names; everything else reads as before. */
static void check(const kept *k, const char *what, int gone) {
  char text[32];
  for (size_t i = 0; i < 3; i++) {
    int g = i == 1 ? gone : 0;
    snprintf(text, sizeof text, "routine %zu", i);
    cr_expect_str_eq(k->routine[i], text, "%s: entry %zu", what, i);
    snprintf(text, sizeof text, "session %zu", i);
    if (!(g & GONE_SESSION)) cr_expect_str_eq(k->session[i], text, "%s: entry %zu", what, i);
    snprintf(text, sizeof text, "note %zu", i);
    if (!(g & GONE_NOTE)) cr_expect_str_eq(k->note[i], text, "%s: entry %zu", what, i);
    snprintf(text, sizeof text, "exercise-%zu", i);
    if (!(g & GONE_STEPS)) cr_expect_str_eq(k->step[i], text, "%s: entry %zu", what, i);
  }
}

typedef struct mutator {
  const char *name;
  brf_status (*run)(void);
  int gone; /* what of entry 1 it replaces */
} mutator;

static brf_status m_add_many(void) { /* past the first capacity: the entry array moves */
  brf_status s = BRF_OK;
  for (int i = 0; i < 40 && s == BRF_OK; i++) s = brf_journal_add(j, 20100 + i, 600, "more", NULL);
  return s;
}
static brf_status m_add_steps(void) { /* the step array of entry 1 moves */
  brf_status s = BRF_OK;
  for (int i = 0; i < 40 && s == BRF_OK; i++)
    s = brf_journal_entry_add_step(j, 1, "another", BRF_JOURNAL_STEP_SKIPPED);
  return s;
}
static brf_status m_numbers(void) {
  brf_status s = brf_journal_entry_set_counts(j, 1, 1, 0, 0);
  if (s == BRF_OK) s = brf_journal_entry_set_pain(j, 1, BRF_JOURNAL_BEFORE, 3);
  if (s == BRF_OK) s = brf_journal_entry_set_tightness(j, 1, BRF_JOURNAL_AFTER, 2);
  if (s == BRF_OK) s = brf_journal_entry_set_next_morning(j, 1, 1, 1);
  if (s == BRF_OK) s = brf_journal_entry_set_effort(j, 1, 5);
  return s;
}
static brf_status m_set_session(void) { return brf_journal_entry_set_session(j, 1, "other"); }
static brf_status m_set_note(void) { return brf_journal_entry_set_note(j, 1, "other"); }
static brf_status m_set_note_fails(void) {
  return brf_journal_entry_set_note(j, 1, "\xff") == BRF_E_INVALID ? BRF_OK : BRF_E_INTERNAL;
}
static brf_status m_set_from_player(void) {
  brf_dosage *d = NULL;
  brf_timeline *tl = NULL;
  brf_player *p = NULL;
  brf_status s;
  cr_assert_eq(brf_dosage_parse(ctx, "1x2", 3, &d), BRF_OK);
  cr_assert_eq(brf_timeline_new_from_dose(ctx, "bird-dog", "Bird dog", BRF_MODALITY_STRENGTH, d,
                                          BRF_TIMELINE_MIN, &tl),
               BRF_OK);
  cr_assert_eq(brf_player_new(ctx, tl, &p), BRF_OK);
  s = brf_journal_entry_set_from_player(j, 1, p);
  brf_player_free(p);
  brf_timeline_free(tl);
  brf_dosage_free(d);
  if (s == BRF_OK) cr_expect_str_eq(brf_journal_entry_step_exercise(j, 1, 0), "bird-dog");
  return s;
}

static const mutator mutators[] = {
    {"add past the capacity", m_add_many, 0},
    {"add_step past the capacity", m_add_steps, 0},
    {"numbers", m_numbers, 0},
    {"set_session", m_set_session, GONE_SESSION},
    {"set_note", m_set_note, GONE_NOTE},
    {"set_note failing", m_set_note_fails, 0},
    {"set_from_player", m_set_from_player, GONE_STEPS},
};

Test(lifetimes_journal, every_mutator_against_every_kept_pointer) {
  for (size_t m = 0; m < sizeof mutators / sizeof *mutators; m++) {
    kept k;
    close_journal();
    open_journal();
    keep(&k);
    cr_assert_eq(mutators[m].run(), BRF_OK, "%s", mutators[m].name);
    check(&k, mutators[m].name, mutators[m].gone);
  }
}
