/* Borrowed pointers of the catalog against every catalog mutator (issue 20,
 * docs/conventions.md "Borrowed pointers and what invalidates them").
 *
 * The rule under test: every exercise pointer and every string a catalog
 * hands out stays valid until the catalog is freed (a replaced exercise is
 * kept, reading as it was); a query whose catalog changed runs again before
 * it hands out another result, so it never hands out a pointer the catalog
 * no longer lists. Run under ASan (-DBRF_SANITIZE=ON): a freed pointer read
 * here is a heap-use-after-free report, not just a failed expectation. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "backrelief.h"
#include "support.h"

BRF_TEST_CONTEXT_DECLARE();
static brf_catalog *cat;

/* A custom exercise (owned by the catalog, so replacing it could free it). */
static void add_exercise(brf_catalog *c, const char *id, const char *name, const char *dose) {
  brf_exercise_draft *d = NULL;
  cr_assert_eq(brf_exercise_draft_new(ctx, &d), BRF_OK);
  cr_assert_eq(brf_exercise_draft_set_id(d, id), BRF_OK);
  cr_assert_eq(brf_exercise_draft_set_name(d, name), BRF_OK);
  cr_assert_eq(brf_exercise_draft_set_modality(d, BRF_MODALITY_STRENGTH), BRF_OK);
  cr_assert_eq(brf_exercise_draft_set_default_dose(d, dose), BRF_OK);
  cr_assert_eq(brf_exercise_draft_add_instruction(d, "Brace gently."), BRF_OK);
  cr_assert_eq(brf_exercise_draft_add_alias(d, "alias"), BRF_OK);
  cr_assert_eq(brf_catalog_add(c, d), BRF_OK);
  brf_exercise_draft_free(d);
}

static void open_catalog(void) {
  cr_assert_eq(brf_catalog_new_empty(ctx, &cat), BRF_OK);
  add_exercise(cat, "bird-dog", "Bird dog", "2x8, each side");
  add_exercise(cat, "dead-bug", "Dead bug", "2x10");
  add_exercise(cat, "side-plank", "Side plank", "3x1, hold 20s, each side");
}
static void close_catalog(void) { brf_catalog_free(cat); }
BRF_TEST_CONTEXT_FIXTURE_WITH(lifetimes, open_catalog, close_catalog);

static const char *const ids[] = {"bird-dog", "dead-bug", "side-plank"};

/* The ids a query hands out from where its cursor is, into out (at most 8). */
static size_t drain(brf_query *q, const char **out) {
  const brf_exercise *ex = NULL;
  size_t n = 0;
  brf_status s;
  while ((s = brf_query_next(q, &ex)) == BRF_OK) {
    cr_assert_lt(n, 8);
    out[n++] = brf_exercise_id(ex);
  }
  cr_assert_eq(s, BRF_DONE);
  return n;
}

/* The report: keep a query, iterate it, change a dose, rewind and
 * iterate again. Before the fix the second pass read freed exercises
 * (ASan: heap-use-after-free in brf_exercise_id). */
Test(lifetimes, kept_query_after_a_dose_change) {
  brf_query *q = NULL;
  const char *got[8];
  cr_assert_eq(brf_query_new(ctx, cat, &q), BRF_OK);
  cr_assert_eq(drain(q, got), 3);
  cr_assert_eq(brf_catalog_set_default_dose(cat, "dead-bug", "3x12"), BRF_OK);
  cr_assert_eq(brf_query_reset(q), BRF_OK);
  cr_assert_eq(drain(q, got), 3);
  for (size_t i = 0; i < 3; i++) cr_expect_str_eq(got[i], ids[i]);
  /* The query ran again: it hands out the exercise the catalog lists now. */
  cr_expect_eq(brf_query_at(q, 1), brf_catalog_find(cat, "dead-bug"));
  cr_expect_str_eq(brf_exercise_default_dose(brf_query_at(q, 1)), "3x12");
  brf_query_free(q);
}

/* brf_query_at and brf_query_count (const: they never run the query) after a
 * change: the results of the last run, each read as the catalog lists it now. */
Test(lifetimes, query_at_after_a_dose_change) {
  brf_query *q = NULL;
  cr_assert_eq(brf_query_new(ctx, cat, &q), BRF_OK);
  cr_assert_eq(brf_query_run(q), BRF_OK);
  cr_assert_eq(brf_query_count(q), 3);
  for (size_t i = 0; i < 3; i++) {
    cr_assert_eq(brf_catalog_set_default_dose(cat, ids[i], "1x5"), BRF_OK);
    cr_assert_eq(brf_query_count(q), 3);
    for (size_t k = 0; k < 3; k++) {
      const brf_exercise *ex = brf_query_at(q, k);
      cr_assert_not_null(ex);
      cr_expect_str_eq(brf_exercise_id(ex), ids[k]);
      cr_expect_eq(ex, brf_catalog_find(cat, ids[k]));
    }
    cr_expect_str_eq(brf_exercise_default_dose(brf_query_at(q, i)), "1x5");
  }
  brf_query_free(q);
}

/* A dose change in the middle of an iteration: the query runs again and goes
 * on after the last exercise it handed out, none twice, none skipped. */
Test(lifetimes, dose_change_during_iteration) {
  brf_query *q = NULL;
  const brf_exercise *ex = NULL;
  const char *got[8];
  size_t n = 0;
  cr_assert_eq(brf_query_new(ctx, cat, &q), BRF_OK);
  while (brf_query_next(q, &ex) == BRF_OK) {
    cr_assert_lt(n, 8);
    got[n++] = brf_exercise_id(ex);
    /* Change every exercise as it is handed out, and one not reached yet. */
    cr_assert_eq(brf_catalog_set_default_dose(cat, brf_exercise_id(ex), "4x4"), BRF_OK);
    cr_assert_eq(brf_catalog_set_default_dose(cat, "side-plank", "2x1, hold 15s, each side"),
                 BRF_OK);
    /* The pointer handed out stays readable: replaced, not freed. */
    cr_expect_str_eq(brf_exercise_id(ex), got[n - 1]);
  }
  cr_assert_eq(n, 3);
  for (size_t i = 0; i < 3; i++) cr_expect_str_eq(got[i], ids[i]);
  brf_query_free(q);
}

/* A duration filter whose answer changes with the dose: a stale query runs
 * again, so an exercise whose new dose no longer fits is not handed out. */
Test(lifetimes, stale_query_runs_again_with_the_new_doses) {
  brf_query *q = NULL;
  const char *got[8];
  cr_assert_eq(brf_query_new(ctx, cat, &q), BRF_OK);
  cr_assert_eq(brf_query_set_max_duration_ms(q, 10 * 60 * 1000), BRF_OK);
  cr_assert_eq(drain(q, got), 3);
  cr_assert_eq(brf_catalog_set_default_dose(cat, "dead-bug", "10x10, hold 30s"), BRF_OK);
  cr_assert_eq(brf_query_reset(q), BRF_OK);
  cr_assert_eq(brf_query_count(q), 2);
  cr_assert_eq(drain(q, got), 2);
  cr_expect_str_eq(got[0], "bird-dog");
  cr_expect_str_eq(got[1], "side-plank");
  brf_query_free(q);
}

/* An exercise added during an iteration is handed out at the end (catalog
 * order); one added to a finished query appears after a rewind. */
Test(lifetimes, add_during_iteration) {
  brf_query *q = NULL;
  const brf_exercise *ex = NULL;
  const char *got[8];
  cr_assert_eq(brf_query_new(ctx, cat, &q), BRF_OK);
  cr_assert_eq(brf_query_next(q, &ex), BRF_OK);
  cr_expect_str_eq(brf_exercise_id(ex), "bird-dog");
  add_exercise(cat, "glute-bridge", "Glute bridge", "2x10");
  cr_assert_eq(drain(q, got), 3);
  cr_expect_str_eq(got[0], "dead-bug");
  cr_expect_str_eq(got[2], "glute-bridge");
  add_exercise(cat, "wall-sit", "Wall sit", "3x1, hold 30s");
  cr_assert_eq(brf_query_next(q, &ex), BRF_OK); /* the new one, after the end */
  cr_expect_str_eq(brf_exercise_id(ex), "wall-sit");
  cr_assert_eq(brf_query_reset(q), BRF_OK);
  cr_assert_eq(brf_query_count(q), 5);
  cr_assert_eq(drain(q, got), 5);
  brf_query_free(q);
}

/* --- every mutator against every kind of kept pointer -------------------- */

/* What a test keeps from the catalog before a mutation. */
typedef struct kept {
  const brf_exercise *ex[3];
  const char *id[3], *name[3], *dose[3], *alias[3], *instruction[3];
  char dose_copy[3][64];
  brf_query *run_query;  /* ran, cursor at the start */
  brf_query *mid_query;  /* one result handed out */
  brf_query *done_query; /* every result handed out */
} kept;

static void keep(kept *k) {
  const brf_exercise *ex = NULL;
  memset(k, 0, sizeof *k);
  for (size_t i = 0; i < 3; i++) {
    k->ex[i] = brf_catalog_find(cat, ids[i]);
    cr_assert_not_null(k->ex[i]);
    k->id[i] = brf_exercise_id(k->ex[i]);
    k->name[i] = brf_exercise_name(k->ex[i]);
    k->dose[i] = brf_exercise_default_dose(k->ex[i]);
    k->alias[i] = brf_exercise_alias_at(k->ex[i], 0);
    k->instruction[i] = brf_exercise_instruction_at(k->ex[i], 0);
    snprintf(k->dose_copy[i], sizeof k->dose_copy[i], "%s", k->dose[i]);
  }
  cr_assert_eq(brf_query_new(ctx, cat, &k->run_query), BRF_OK);
  cr_assert_eq(brf_query_run(k->run_query), BRF_OK);
  cr_assert_eq(brf_query_new(ctx, cat, &k->mid_query), BRF_OK);
  cr_assert_eq(brf_query_next(k->mid_query, &ex), BRF_OK);
  cr_assert_eq(brf_query_new(ctx, cat, &k->done_query), BRF_OK);
  while (brf_query_next(k->done_query, &ex) == BRF_OK) {
  }
}

/* The index of an exercise in catalog order, or -1. */
static long catalog_index(const char *id) {
  for (size_t i = 0; i < brf_catalog_count(cat); i++) {
    if (strcmp(brf_exercise_id(brf_catalog_at(cat, i)), id) == 0) return (long)i;
  }
  return -1;
}

/* Every kept pointer still reads as before (the documented rule), and every
 * query hands out exercises the catalog lists now, in catalog order. */
static void check(kept *k, const char *what) {
  for (size_t i = 0; i < 3; i++) {
    cr_expect_str_eq(brf_exercise_id(k->ex[i]), ids[i], "%s: exercise %zu", what, i);
    cr_expect_str_eq(k->id[i], ids[i], "%s", what);
    cr_expect_str_eq(k->name[i], brf_exercise_name(brf_catalog_find(cat, ids[i])), "%s", what);
    cr_expect_str_eq(k->dose[i], k->dose_copy[i], "%s: a kept dose reads as it was", what);
    cr_expect_str_eq(brf_exercise_default_dose(k->ex[i]), k->dose_copy[i], "%s", what);
    cr_expect_str_eq(k->alias[i], "alias", "%s", what);
    cr_expect_str_eq(k->instruction[i], "Brace gently.", "%s", what);
  }
  /* brf_query_at (const) on a query run before the change. */
  for (size_t i = 0; i < brf_query_count(k->run_query); i++) {
    const brf_exercise *ex = brf_query_at(k->run_query, i);
    cr_assert_not_null(ex, "%s", what);
    cr_expect_eq(ex, brf_catalog_find(cat, brf_exercise_id(ex)), "%s: query_at", what);
  }
  /* Iterations go on (mid, done) or start again (after a reset). */
  brf_query *qs[3] = {k->run_query, k->mid_query, k->done_query};
  for (size_t j = 0; j < 3; j++) {
    const brf_exercise *ex = NULL;
    long prev = -1;
    if (j == 0) cr_assert_eq(brf_query_reset(qs[j]), BRF_OK);
    while (brf_query_next(qs[j], &ex) == BRF_OK) {
      const char *id = brf_exercise_id(ex);
      long at = catalog_index(id);
      cr_expect_eq(ex, brf_catalog_find(cat, id), "%s: query %zu hands out %s", what, j, id);
      /* Catalog order, none twice. */
      cr_expect_gt(at, prev, "%s: query %zu hands out %s out of order", what, j, id);
      prev = at;
    }
    brf_query_free(qs[j]);
  }
}

typedef struct mutator {
  const char *name;
  brf_status (*run)(void);
  brf_status expect;
} mutator;

static brf_status m_set_dose(void) { return brf_catalog_set_default_dose(cat, "dead-bug", "5x5"); }
static brf_status m_set_dose_each(void) {
  brf_status s = BRF_OK;
  for (size_t i = 0; i < 3 && s == BRF_OK; i++)
    s = brf_catalog_set_default_dose(cat, ids[i], "3x3");
  return s;
}
static brf_status m_set_dose_twice(void) {
  brf_status s = brf_catalog_set_default_dose(cat, "bird-dog", "1x1");
  return s != BRF_OK ? s : brf_catalog_set_default_dose(cat, "bird-dog", "2x2");
}
static brf_status m_set_dose_fails(void) {
  return brf_catalog_set_default_dose(cat, "bird-dog", "not a dose") == BRF_OK ? BRF_E_INTERNAL
                                                                             : BRF_OK;
}
static brf_status m_add(void) {
  add_exercise(cat, "cat-camel", "Cat camel", "1x10");
  return BRF_OK;
}
static brf_status m_add_many(void) { /* past the first capacity: the item array moves */
  char id[32];
  for (int i = 0; i < 40; i++) {
    snprintf(id, sizeof id, "extra-%d", i);
    add_exercise(cat, id, "Extra", "1x10");
  }
  return BRF_OK;
}
static brf_status m_add_duplicate(void) {
  brf_exercise_draft *d = NULL;
  brf_status s;
  cr_assert_eq(brf_exercise_draft_new(ctx, &d), BRF_OK);
  cr_assert_eq(brf_exercise_draft_set_id(d, "bird-dog"), BRF_OK);
  cr_assert_eq(brf_exercise_draft_set_name(d, "Again"), BRF_OK);
  cr_assert_eq(brf_exercise_draft_set_modality(d, BRF_MODALITY_STRENGTH), BRF_OK);
  s = brf_catalog_add(cat, d);
  brf_exercise_draft_free(d);
  return s == BRF_E_INVALID ? BRF_OK : BRF_E_INTERNAL;
}
static brf_status m_merge(void) {
  brf_catalog *other = NULL;
  brf_status s;
  cr_assert_eq(brf_catalog_new_empty(ctx, &other), BRF_OK);
  add_exercise(other, "bird-dog", "Bird dog twin", "9x9"); /* skipped: dst wins */
  add_exercise(other, "pelvic-tilt", "Pelvic tilt", "1x12");
  s = brf_catalog_merge(cat, other);
  brf_catalog_free(other); /* merged exercises were copied */
  return s;
}
static brf_status m_merge_self(void) { return brf_catalog_merge(cat, cat); }
static brf_status m_freeze(void) {
  cr_assert_eq(brf_catalog_freeze(cat), BRF_OK);
  return brf_catalog_set_default_dose(cat, "bird-dog", "1x1") == BRF_E_STATE ? BRF_OK
                                                                             : BRF_E_INTERNAL;
}

static const mutator mutators[] = {
    {"set_default_dose", m_set_dose, BRF_OK},
    {"set_default_dose of each", m_set_dose_each, BRF_OK},
    {"set_default_dose twice", m_set_dose_twice, BRF_OK},
    {"set_default_dose failing", m_set_dose_fails, BRF_OK},
    {"add", m_add, BRF_OK},
    {"add past the capacity", m_add_many, BRF_OK},
    {"add failing (duplicate)", m_add_duplicate, BRF_OK},
    {"merge", m_merge, BRF_OK},
    {"merge into itself", m_merge_self, BRF_OK},
    {"freeze", m_freeze, BRF_OK},
};

Test(lifetimes, every_mutator_against_every_kept_pointer) {
  for (size_t m = 0; m < sizeof mutators / sizeof *mutators; m++) {
    kept k;
    /* A fresh catalog for each mutator. */
    brf_catalog_free(cat);
    open_catalog();
    keep(&k);
    cr_assert_eq(mutators[m].run(), mutators[m].expect, "%s", mutators[m].name);
    check(&k, mutators[m].name);
  }
}

/* The built-in catalog: its exercises are static data until the first change
 * copies one; a kept pointer to either stays readable. */
Test(lifetimes, builtin_exercise_replaced_twice) {
  brf_catalog *b = NULL;
  brf_query *q = NULL;
  const brf_exercise *first, *second, *ex = NULL;
  if (brf_catalog_new_builtin(ctx, &b) == BRF_E_UNSUPPORTED) return;
  cr_assert_not_null(b);
  first = brf_catalog_at(b, 0);
  cr_assert_eq(brf_query_new(ctx, b, &q), BRF_OK);
  cr_assert_eq(brf_query_next(q, &ex), BRF_OK);
  cr_assert_eq(brf_catalog_set_default_dose(b, brf_exercise_id(first), "2x5"), BRF_OK);
  second = brf_catalog_at(b, 0);
  cr_assert_eq(brf_catalog_set_default_dose(b, brf_exercise_id(first), "3x5"), BRF_OK);
  cr_expect_str_eq(brf_exercise_default_dose(second), "2x5");
  cr_expect_str_eq(brf_exercise_default_dose(brf_catalog_at(b, 0)), "3x5");
  cr_expect_str_eq(brf_exercise_id(first), brf_exercise_id(second));
  cr_assert_eq(brf_query_reset(q), BRF_OK);
  cr_assert_eq(brf_query_next(q, &ex), BRF_OK);
  cr_expect_eq(ex, brf_catalog_at(b, 0));
  brf_query_free(q);
  brf_catalog_free(b);
}

/* Keeping the replaced exercise needs memory too: every allocation of
 * brf_catalog_set_default_dose failing in turn changes nothing and leaks
 * nothing (the fixture checks that no block is left). */
Test(lifetimes, set_default_dose_out_of_memory_changes_nothing) {
  const brf_exercise *before = brf_catalog_find(cat, "dead-bug");
  brf_status s = BRF_E_NOMEM;
  for (size_t n = 1; s == BRF_E_NOMEM; n++) {
    cr_assert_lt(n, 100);
    st.fail_at = st.calls + n;
    s = brf_catalog_set_default_dose(cat, "dead-bug", "3x12");
    st.fail_at = 0;
    if (s == BRF_E_NOMEM) {
      cr_expect_eq(brf_catalog_find(cat, "dead-bug"), before, "after %zu allocations", n);
      cr_expect_str_eq(brf_exercise_default_dose(before), "2x10");
    }
  }
  cr_assert_eq(s, BRF_OK);
  cr_expect_str_eq(brf_exercise_default_dose(brf_catalog_find(cat, "dead-bug")), "3x12");
  cr_expect_str_eq(brf_exercise_default_dose(before), "2x10");
}
