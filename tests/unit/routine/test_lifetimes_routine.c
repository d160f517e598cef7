/* Borrowed pointers of a routine against every routine mutator (issue 20,
 * docs/conventions.md "Borrowed pointers and what invalidates them").
 *
 * The rule under test: a step's strings and dose belong to the step; they
 * stay valid until that value is replaced (brf_routine_step_set_note, _reason,
 * _dose), the step is removed, or the routine is freed. Inserting, appending,
 * moving and changing other steps leave them valid. The routine's name lives
 * until brf_routine_set_name or brf_routine_free. Run under ASan: a freed
 * pointer read here is a heap-use-after-free report. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "backrelief.h"
#include "support.h"

BRF_TEST_CONTEXT_DECLARE();
static brf_catalog *cat;
static brf_routine *r;

static const char *const ids[] = {"bird-dog", "dead-bug", "side-plank", "wall-sit"};

static void add_exercise(const char *id) {
  brf_exercise_draft *d = NULL;
  cr_assert_eq(brf_exercise_draft_new(ctx, &d), BRF_OK);
  cr_assert_eq(brf_exercise_draft_set_id(d, id), BRF_OK);
  cr_assert_eq(brf_exercise_draft_set_name(d, id), BRF_OK);
  cr_assert_eq(brf_exercise_draft_set_modality(d, BRF_MODALITY_STRENGTH), BRF_OK);
  cr_assert_eq(brf_exercise_draft_set_default_dose(d, "2x8"), BRF_OK);
  cr_assert_eq(brf_exercise_draft_add_contraindication(d, BRF_CONDITION_KNEE_PROBLEMS,
                                                       BRF_ACTION_MODIFY, "Go gently."),
               BRF_OK);
  cr_assert_eq(brf_catalog_add(cat, d), BRF_OK);
  brf_exercise_draft_free(d);
}

static void open_routine(void) {
  cr_assert_eq(brf_catalog_new_empty(ctx, &cat), BRF_OK);
  for (size_t i = 0; i < 4; i++) add_exercise(ids[i]);
  cr_assert_eq(brf_routine_new(ctx, &r), BRF_OK);
  cr_assert_eq(brf_routine_set_name(r, "Morning"), BRF_OK);
  for (size_t i = 0; i < 3; i++) {
    char text[32];
    cr_assert_eq(brf_routine_append(r, brf_catalog_find(cat, ids[i]), NULL), BRF_OK);
    snprintf(text, sizeof text, "note %zu", i);
    cr_assert_eq(brf_routine_step_set_note(r, i, text), BRF_OK);
    snprintf(text, sizeof text, "reason %zu", i);
    cr_assert_eq(brf_routine_step_set_reason(r, i, text), BRF_OK);
  }
}
static void close_routine(void) {
  brf_routine_free(r);
  brf_catalog_free(cat);
}
BRF_TEST_CONTEXT_FIXTURE_WITH(lifetimes_routine, open_routine, close_routine);

/* What a test keeps from steps 0..2 before a mutation. */
typedef struct kept {
  const char *name;
  const char *id[3], *step_name[3], *note[3], *reason[3], *contra[3];
  const brf_dosage *dose[3];
  brf_dosage *dose_copy[3];
} kept;

enum { KEEP_NAME = 1, KEEP_NOTE = 2, KEEP_REASON = 4, KEEP_DOSE = 8, KEEP_STEP = 15 };

static void keep(kept *k) {
  k->name = brf_routine_name(r);
  for (size_t i = 0; i < 3; i++) {
    k->id[i] = brf_routine_step_exercise_id(r, i);
    k->step_name[i] = brf_routine_step_name(r, i);
    k->note[i] = brf_routine_step_note(r, i);
    k->reason[i] = brf_routine_step_reason(r, i);
    k->contra[i] = brf_routine_step_contraindication_note(r, i, 0);
    k->dose[i] = brf_routine_step_dose(r, i);
    cr_assert_not_null(k->contra[i]);
    cr_assert_eq(brf_dosage_clone(ctx, k->dose[i], &k->dose_copy[i]), BRF_OK);
  }
}

/* Everything the rule says is still valid reads as before; `gone` names what
 * the mutation replaced in step `step` (KEEP_STEP: the whole step). */
static void check(kept *k, const char *what, size_t step, int gone) {
  char text[32];
  if (!(gone & KEEP_NAME) || gone == KEEP_STEP) cr_expect_str_eq(k->name, "Morning", "%s", what);
  for (size_t i = 0; i < 3; i++) {
    int g = i == step ? gone : 0;
    if (g == KEEP_STEP) continue;
    cr_expect_str_eq(k->id[i], ids[i], "%s: step %zu id", what, i);
    cr_expect_str_eq(k->step_name[i], ids[i], "%s", what);
    cr_expect_str_eq(k->contra[i], "Go gently.", "%s", what);
    snprintf(text, sizeof text, "note %zu", i);
    if (!(g & KEEP_NOTE)) cr_expect_str_eq(k->note[i], text, "%s: step %zu note", what, i);
    snprintf(text, sizeof text, "reason %zu", i);
    if (!(g & KEEP_REASON)) cr_expect_str_eq(k->reason[i], text, "%s", what);
    if (!(g & KEEP_DOSE)) cr_expect(brf_dosage_equal(k->dose[i], k->dose_copy[i]), "%s", what);
  }
  for (size_t i = 0; i < 3; i++) brf_dosage_free(k->dose_copy[i]);
}

typedef struct mutator {
  const char *name;
  brf_status (*run)(void);
  size_t step; /* the step whose values it replaces, 99 for none */
  int gone;
} mutator;

static brf_status m_insert_first(void) {
  return brf_routine_insert(r, 0, brf_catalog_find(cat, "wall-sit"), NULL);
}
static brf_status m_append_many(void) { /* past the first capacity: the step array moves */
  brf_status s = BRF_OK;
  for (int i = 0; i < 40 && s == BRF_OK; i++)
    s = brf_routine_append(r, brf_catalog_find(cat, "wall-sit"), NULL);
  return s;
}
static brf_status m_move(void) { return brf_routine_move(r, 0, 2); }
static brf_status m_remove(void) { return brf_routine_remove(r, 1); }
static brf_status m_remove_fails(void) {
  return brf_routine_remove(r, 7) == BRF_E_RANGE ? BRF_OK : BRF_E_INTERNAL;
}
static brf_status m_set_name(void) { return brf_routine_set_name(r, "Evening"); }
static brf_status m_set_note(void) { return brf_routine_step_set_note(r, 1, "changed"); }
static brf_status m_set_note_fails(void) {
  return brf_routine_step_set_note(r, 1, "\xff") == BRF_E_INVALID ? BRF_OK : BRF_E_INTERNAL;
}
static brf_status m_set_reason(void) { return brf_routine_step_set_reason(r, 1, "changed"); }
static brf_status m_set_dose(void) {
  brf_dosage *d = NULL;
  brf_status s;
  cr_assert_eq(brf_dosage_parse(ctx, "3x12", 4, &d), BRF_OK);
  s = brf_routine_step_set_dose(r, 1, d);
  brf_dosage_free(d);
  return s;
}
static brf_status m_set_phase(void) { return brf_routine_step_set_phase(r, 1, BRF_PHASE_WARM_UP); }
static brf_status m_catalog_changes(void) { /* steps copy what they need */
  brf_status s = brf_catalog_set_default_dose(cat, "bird-dog", "5x5");
  if (s == BRF_OK) s = brf_catalog_set_default_dose(cat, "bird-dog", "6x6");
  return s;
}

static const mutator mutators[] = {
    {"insert at 0", m_insert_first, 99, 0},
    {"append past the capacity", m_append_many, 99, 0},
    {"move", m_move, 99, 0},
    {"remove", m_remove, 1, KEEP_STEP},
    {"remove failing", m_remove_fails, 99, 0},
    {"set_name", m_set_name, 99, KEEP_NAME},
    {"step_set_note", m_set_note, 1, KEEP_NOTE},
    {"step_set_note failing", m_set_note_fails, 99, 0},
    {"step_set_reason", m_set_reason, 1, KEEP_REASON},
    {"step_set_dose", m_set_dose, 1, KEEP_DOSE},
    {"step_set_phase", m_set_phase, 99, 0},
    {"catalog changes", m_catalog_changes, 99, 0},
};

Test(lifetimes_routine, every_mutator_against_every_kept_pointer) {
  for (size_t m = 0; m < sizeof mutators / sizeof *mutators; m++) {
    kept k;
    close_routine();
    open_routine();
    keep(&k);
    cr_assert_eq(mutators[m].run(), BRF_OK, "%s", mutators[m].name);
    check(&k, mutators[m].name, mutators[m].step, mutators[m].gone);
  }
}

/* What a replacing call returns to the getters is the new value. */
Test(lifetimes_routine, replaced_values_read_new) {
  cr_assert_eq(brf_routine_set_name(r, "Evening"), BRF_OK);
  cr_expect_str_eq(brf_routine_name(r), "Evening");
  cr_assert_eq(brf_routine_step_set_note(r, 1, "changed"), BRF_OK);
  cr_expect_str_eq(brf_routine_step_note(r, 1), "changed");
  cr_assert_eq(brf_routine_move(r, 1, 0), BRF_OK);
  cr_expect_str_eq(brf_routine_step_note(r, 0), "changed");
  cr_expect_str_eq(brf_routine_step_exercise_id(r, 0), "dead-bug");
}
