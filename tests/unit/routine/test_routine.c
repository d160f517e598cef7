/* Composing routines by hand: steps, order, copies, and failures that leave
 * the routine as it was. */
#include <criterion/criterion.h>
#include <string.h>

#include "support.h"
#include "test_routine_fixture.h"

BRF_TEST_CONTEXT_DECLARE();
static brf_catalog *cat;

static void setup(void) { cat = brf_test_routine_catalog(ctx); }
static void teardown(void) { brf_catalog_free(cat); }

BRF_TEST_CONTEXT_FIXTURE_WITH(routine, setup, teardown);

static const brf_exercise *ex(const char *id) {
  const brf_exercise *e = brf_catalog_find(cat, id);
  cr_assert_not_null(e, "%s", id);
  return e;
}

/* The ids of r's steps joined with spaces. */
static void ids_of(const brf_routine *r, char *buf, size_t cap) {
  buf[0] = '\0';
  for (size_t i = 0; i < brf_routine_step_count(r); i++) {
    if (i > 0) strncat(buf, " ", cap - strlen(buf) - 1);
    strncat(buf, brf_routine_step_exercise_id(r, i), cap - strlen(buf) - 1);
  }
}

static void expect_ids(const brf_routine *r, const char *want) {
  char buf[512];
  ids_of(r, buf, sizeof buf);
  cr_expect_str_eq(buf, want);
}

Test(routine, new_routine_is_empty_and_unnamed) {
  brf_routine *r = NULL;
  cr_assert_eq(brf_routine_new(ctx, &r), BRF_OK);
  cr_expect_eq(brf_routine_step_count(r), 0);
  cr_expect_str_eq(brf_routine_name(r), "");
  int64_t lo = -1, hi = -1;
  cr_expect_eq(brf_routine_estimate_ms(r, &lo, &hi), BRF_OK);
  cr_expect_eq(lo, 0);
  cr_expect_eq(hi, 0);
  brf_routine_free(r);
}

Test(routine, append_copies_the_exercise_and_its_default_dose) {
  brf_routine *r = NULL;
  cr_assert_eq(brf_routine_new(ctx, &r), BRF_OK);
  cr_assert_eq(brf_routine_append(r, ex("ball-glutes"), NULL), BRF_OK);
  cr_expect_str_eq(brf_routine_step_exercise_id(r, 0), "ball-glutes");
  cr_expect_str_eq(brf_routine_step_name(r, 0), "ball-glutes");
  cr_expect_eq(brf_routine_step_modality(r, 0), BRF_MODALITY_SELF_MASSAGE);
  cr_expect_eq(brf_routine_step_laterality(r, 0), BRF_LATERALITY_BOTH_SIDES);
  cr_expect_eq(brf_routine_step_phase(r, 0), BRF_PHASE_NONE);
  cr_expect_str_eq(brf_routine_step_note(r, 0), "");
  cr_expect_str_eq(brf_routine_step_reason(r, 0), "");
  cr_expect_eq(brf_routine_step_region_count(r, 0), 1);
  cr_expect_eq(brf_routine_step_region_at(r, 0, 0), BRF_REGION_GLUTES);
  cr_expect_eq(brf_routine_step_region_at(r, 0, 1), -1);
  cr_expect_eq(brf_routine_step_equipment_count(r, 0), 1);
  cr_expect_eq(brf_routine_step_equipment_at(r, 0, 0), BRF_EQUIPMENT_MASSAGE_BALL);
  cr_expect_eq(brf_routine_step_contraindication_count(r, 0), 1);
  cr_expect_eq(brf_routine_step_contraindication_condition(r, 0, 0), BRF_CONDITION_OPEN_WOUND);
  cr_expect_eq(brf_routine_step_contraindication_action(r, 0, 0), BRF_ACTION_SKIP);
  cr_expect_str_eq(brf_routine_step_contraindication_note(r, 0, 0), "fixture");
  cr_expect_null(brf_routine_step_contraindication_note(r, 0, 1));
  brf_dosage *want = brf_test_dose(ctx, "2min, each side");
  cr_expect(brf_dosage_equal(brf_routine_step_dose(r, 0), want));
  brf_dosage_free(want);
  brf_routine_free(r);
}

Test(routine, routine_outlives_its_catalog) {
  brf_routine *r = NULL;
  cr_assert_eq(brf_routine_new(ctx, &r), BRF_OK);
  cr_assert_eq(brf_routine_append(r, ex("warm-bath"), NULL), BRF_OK);
  brf_catalog_free(cat);
  cat = NULL;
  cr_expect_str_eq(brf_routine_step_exercise_id(r, 0), "warm-bath");
  cr_expect_eq(brf_routine_step_equipment_at(r, 0, 0), BRF_EQUIPMENT_BATH);
  int64_t lo = 0, hi = 0;
  cr_expect_eq(brf_routine_estimate_ms(r, &lo, &hi), BRF_OK);
  cr_expect_eq(lo, 10000 + 15 * 60000);
  cr_expect_eq(hi, 10000 + 20 * 60000);
  brf_routine_free(r);
}

Test(routine, override_dose_is_copied) {
  brf_routine *r = NULL;
  cr_assert_eq(brf_routine_new(ctx, &r), BRF_OK);
  brf_dosage *d = brf_test_dose(ctx, "3x10");
  cr_assert_eq(brf_routine_append(r, ex("bridge"), d), BRF_OK);
  cr_expect_neq(brf_routine_step_dose(r, 0), d);
  cr_expect(brf_dosage_equal(brf_routine_step_dose(r, 0), d));
  cr_assert_eq(brf_dosage_set(d, BRF_DOSE_REPS, 5, 5), BRF_OK);
  cr_expect_not(brf_dosage_equal(brf_routine_step_dose(r, 0), d), "the step owns its copy");
  brf_dosage_free(d);
  brf_routine_free(r);
}

Test(routine, insert_move_and_remove_keep_order) {
  const char *ids[] = {"ball-glutes", "glute-stretch", "bridge", NULL};
  brf_routine *r = brf_test_routine_of(ctx, cat, ids);
  cr_assert_eq(brf_routine_insert(r, 0, ex("cat-camel"), NULL), BRF_OK);
  expect_ids(r, "cat-camel ball-glutes glute-stretch bridge");
  cr_assert_eq(brf_routine_insert(r, 4, ex("cold-pack"), NULL), BRF_OK);
  expect_ids(r, "cat-camel ball-glutes glute-stretch bridge cold-pack");
  cr_assert_eq(brf_routine_insert(r, 2, ex("back-stretch"), NULL), BRF_OK);
  expect_ids(r, "cat-camel ball-glutes back-stretch glute-stretch bridge cold-pack");
  cr_assert_eq(brf_routine_move(r, 0, 5), BRF_OK);
  expect_ids(r, "ball-glutes back-stretch glute-stretch bridge cold-pack cat-camel");
  cr_assert_eq(brf_routine_move(r, 4, 0), BRF_OK);
  expect_ids(r, "cold-pack ball-glutes back-stretch glute-stretch bridge cat-camel");
  cr_assert_eq(brf_routine_move(r, 2, 2), BRF_OK);
  expect_ids(r, "cold-pack ball-glutes back-stretch glute-stretch bridge cat-camel");
  cr_assert_eq(brf_routine_move(r, 1, 2), BRF_OK);
  expect_ids(r, "cold-pack back-stretch ball-glutes glute-stretch bridge cat-camel");
  cr_assert_eq(brf_routine_remove(r, 5), BRF_OK);
  cr_assert_eq(brf_routine_remove(r, 0), BRF_OK);
  cr_assert_eq(brf_routine_remove(r, 1), BRF_OK);
  expect_ids(r, "back-stretch glute-stretch bridge");
  while (brf_routine_step_count(r) > 0) cr_assert_eq(brf_routine_remove(r, 0), BRF_OK);
  cr_expect_eq(brf_routine_remove(r, 0), BRF_E_RANGE);
  brf_routine_free(r);
}

Test(routine, out_of_range_indexes_change_nothing) {
  const char *ids[] = {"ball-glutes", "bridge", NULL};
  brf_routine *r = brf_test_routine_of(ctx, cat, ids);
  cr_expect_eq(brf_routine_insert(r, 3, ex("cat-camel"), NULL), BRF_E_RANGE);
  cr_expect_eq(brf_routine_move(r, 2, 0), BRF_E_RANGE);
  cr_expect_eq(brf_routine_move(r, 0, 2), BRF_E_RANGE);
  cr_expect_eq(brf_routine_remove(r, 2), BRF_E_RANGE);
  cr_expect_eq(brf_routine_remove(r, SIZE_MAX), BRF_E_RANGE);
  cr_expect_eq(brf_routine_step_set_phase(r, 2, BRF_PHASE_STRETCH), BRF_E_RANGE);
  cr_expect_eq(brf_routine_step_set_note(r, 2, "x"), BRF_E_RANGE);
  cr_expect_eq(brf_routine_step_set_reason(r, 2, "x"), BRF_E_RANGE);
  expect_ids(r, "ball-glutes bridge");
  cr_expect_null(brf_routine_step_exercise_id(r, 2));
  cr_expect_null(brf_routine_step_name(r, 2));
  cr_expect_null(brf_routine_step_dose(r, 2));
  cr_expect_null(brf_routine_step_note(r, 2));
  cr_expect_null(brf_routine_step_reason(r, 2));
  cr_expect_eq(brf_routine_step_modality(r, 2), -1);
  cr_expect_eq(brf_routine_step_laterality(r, 2), -1);
  cr_expect_eq(brf_routine_step_phase(r, 2), -1);
  cr_expect_eq(brf_routine_step_region_count(r, 2), 0);
  cr_expect_eq(brf_routine_step_equipment_count(r, 2), 0);
  cr_expect_eq(brf_routine_step_equipment_at(r, 0, 1), -1);
  cr_expect_eq(brf_routine_step_contraindication_count(r, 2), 0);
  cr_expect_eq(brf_routine_step_contraindication_condition(r, 1, 0), -1);
  cr_expect_eq(brf_routine_step_contraindication_action(r, 1, 0), -1);
  brf_routine_free(r);
}

Test(routine, doses_without_session_time_are_refused) {
  brf_routine *r = NULL;
  cr_assert_eq(brf_routine_new(ctx, &r), BRF_OK);
  cr_expect_eq(brf_routine_append(r, ex("no-dose"), NULL), BRF_E_INVALID);
  cr_expect(strstr(brf_context_errmsg(ctx), "no-dose") != NULL, "%s", brf_context_errmsg(ctx));
  cr_expect_eq(brf_routine_append(r, ex("freq-only"), NULL), BRF_E_INVALID);
  cr_expect(strstr(brf_context_errmsg(ctx), "freq-only") != NULL, "%s", brf_context_errmsg(ctx));
  brf_dosage *empty = NULL;
  cr_assert_eq(brf_dosage_new(ctx, &empty), BRF_OK);
  cr_expect_eq(brf_routine_append(r, ex("bridge"), empty), BRF_E_INVALID);
  brf_dosage *daily = brf_test_dose(ctx, "daily");
  cr_expect_eq(brf_routine_append(r, ex("bridge"), daily), BRF_E_INVALID);
  cr_expect_eq(brf_routine_step_count(r), 0);
  brf_dosage *ten = brf_test_dose(ctx, "10 reps");
  cr_assert_eq(brf_routine_append(r, ex("no-dose"), ten), BRF_OK);
  cr_expect_eq(brf_routine_step_set_dose(r, 0, daily), BRF_E_INVALID);
  cr_expect_eq(brf_routine_step_set_dose(r, 0, empty), BRF_E_INVALID);
  cr_expect_eq(brf_routine_step_set_dose(r, 0, NULL), BRF_E_INVALID);
  cr_expect(brf_dosage_equal(brf_routine_step_dose(r, 0), ten));
  brf_dosage_free(empty);
  brf_dosage_free(daily);
  brf_dosage_free(ten);
  brf_routine_free(r);
}

Test(routine, setters_change_one_step) {
  const char *ids[] = {"ball-glutes", "bridge", NULL};
  brf_routine *r = brf_test_routine_of(ctx, cat, ids);
  cr_assert_eq(brf_routine_step_set_phase(r, 1, BRF_PHASE_STRENGTHEN), BRF_OK);
  cr_expect_eq(brf_routine_step_set_phase(r, 1, BRF_PHASE_COUNT), BRF_E_INVALID);
  cr_expect_eq(brf_routine_step_set_phase(r, 1, -1), BRF_E_INVALID);
  cr_expect_eq(brf_routine_step_phase(r, 1), BRF_PHASE_STRENGTHEN);
  cr_assert_eq(brf_routine_step_set_note(r, 0, "Slow, caf\xC3\xA9 pace"), BRF_OK);
  cr_expect_str_eq(brf_routine_step_note(r, 0), "Slow, caf\xC3\xA9 pace");
  cr_expect_eq(brf_routine_step_set_note(r, 0, "bad \xC3("), BRF_E_INVALID);
  cr_expect_str_eq(brf_routine_step_note(r, 0), "Slow, caf\xC3\xA9 pace");
  cr_assert_eq(brf_routine_step_set_reason(r, 0, "release first"), BRF_OK);
  cr_expect_str_eq(brf_routine_step_reason(r, 0), "release first");
  cr_expect_str_eq(brf_routine_step_note(r, 0), "Slow, caf\xC3\xA9 pace");
  cr_assert_eq(brf_routine_step_set_note(r, 0, NULL), BRF_OK);
  cr_expect_str_eq(brf_routine_step_note(r, 0), "");
  brf_dosage *d = brf_test_dose(ctx, "3x12");
  cr_assert_eq(brf_routine_step_set_dose(r, 1, d), BRF_OK);
  cr_expect(brf_dosage_equal(brf_routine_step_dose(r, 1), d));
  brf_dosage_free(d);
  cr_assert_eq(brf_routine_set_name(r, "Tonight"), BRF_OK);
  cr_expect_str_eq(brf_routine_name(r), "Tonight");
  cr_expect_eq(brf_routine_set_name(r, "\xFF"), BRF_E_INVALID);
  cr_expect_str_eq(brf_routine_name(r), "Tonight");
  cr_assert_eq(brf_routine_set_name(r, NULL), BRF_OK);
  cr_expect_str_eq(brf_routine_name(r), "");
  brf_routine_free(r);
}

Test(routine, clone_is_deep_and_equal) {
  const char *ids[] = {"ball-glutes", "glute-stretch", "bridge", NULL};
  brf_routine *r = brf_test_routine_of(ctx, cat, ids);
  cr_assert_eq(brf_routine_set_name(r, "Evening"), BRF_OK);
  cr_assert_eq(brf_routine_step_set_note(r, 1, "gently"), BRF_OK);
  cr_assert_eq(brf_routine_step_set_reason(r, 2, "strength"), BRF_OK);
  cr_assert_eq(brf_routine_step_set_phase(r, 0, BRF_PHASE_RELEASE), BRF_OK);
  brf_routine *c = NULL;
  cr_assert_eq(brf_routine_clone(ctx, r, &c), BRF_OK);
  cr_assert_eq(brf_routine_remove(r, 0), BRF_OK);
  brf_routine_free(r);
  cr_expect_str_eq(brf_routine_name(c), "Evening");
  expect_ids(c, "ball-glutes glute-stretch bridge");
  cr_expect_eq(brf_routine_step_phase(c, 0), BRF_PHASE_RELEASE);
  cr_expect_str_eq(brf_routine_step_note(c, 1), "gently");
  cr_expect_str_eq(brf_routine_step_reason(c, 2), "strength");
  cr_expect_eq(brf_routine_step_contraindication_count(c, 0), 1);
  brf_routine_free(c);
}

Test(routine, phase_ids_round_trip) {
  static const char *const want[] = {"none", "warm-up", "release", "stretch", "strengthen",
                                     "cool-down"};
  for (int32_t p = 0; p < BRF_PHASE_COUNT; p++) {
    cr_expect_str_eq(brf_routine_phase_id(p), want[p]);
    int32_t back = -1;
    cr_expect_eq(brf_routine_phase_parse(want[p], &back), BRF_OK);
    cr_expect_eq(back, p);
  }
  cr_expect_null(brf_routine_phase_id(-1));
  cr_expect_null(brf_routine_phase_id(BRF_PHASE_COUNT));
  int32_t v = 42;
  cr_expect_eq(brf_routine_phase_parse("Warm-up", &v), BRF_E_NOT_FOUND);
  cr_expect_eq(brf_routine_phase_parse("", &v), BRF_E_NOT_FOUND);
  cr_expect_eq(v, 42);
  cr_expect_eq(brf_routine_phase_parse(NULL, &v), BRF_E_INVALID);
  cr_expect_eq(brf_routine_phase_parse("none", NULL), BRF_E_INVALID);
}

Test(routine, null_arguments_are_refused) {
  brf_routine *r = (brf_routine *)1;
  cr_expect_eq(brf_routine_new(NULL, &r), BRF_E_INVALID);
  cr_expect_null(r);
  cr_expect_eq(brf_routine_new(ctx, NULL), BRF_E_INVALID);
  brf_routine_free(NULL);
  cr_expect_eq(brf_routine_clone(ctx, NULL, &r), BRF_E_INVALID);
  cr_expect_null(r);
  cr_expect_eq(brf_routine_set_name(NULL, "x"), BRF_E_INVALID);
  cr_expect_null(brf_routine_name(NULL));
  cr_expect_eq(brf_routine_append(NULL, ex("bridge"), NULL), BRF_E_INVALID);
  cr_expect_eq(brf_routine_insert(NULL, 0, ex("bridge"), NULL), BRF_E_INVALID);
  cr_expect_eq(brf_routine_move(NULL, 0, 0), BRF_E_INVALID);
  cr_expect_eq(brf_routine_remove(NULL, 0), BRF_E_INVALID);
  cr_expect_eq(brf_routine_step_count(NULL), 0);
  cr_expect_eq(brf_routine_estimate_ms(NULL, NULL, NULL), BRF_E_INVALID);
  cr_expect_null(brf_routine_step_exercise_id(NULL, 0));
  cr_expect_eq(brf_routine_step_set_dose(NULL, 0, NULL), BRF_E_INVALID);
  cr_expect_eq(brf_routine_step_set_note(NULL, 0, NULL), BRF_E_INVALID);
  cr_expect_eq(brf_routine_step_set_reason(NULL, 0, NULL), BRF_E_INVALID);
  cr_expect_eq(brf_routine_step_set_phase(NULL, 0, 0), BRF_E_INVALID);
  cr_assert_eq(brf_routine_new(ctx, &r), BRF_OK);
  cr_expect_eq(brf_routine_append(r, NULL, NULL), BRF_E_INVALID);
  cr_expect_eq(brf_routine_insert(r, 0, NULL, NULL), BRF_E_INVALID);
  cr_expect_eq(brf_routine_step_count(r), 0);
  brf_routine_free(r);
}

Test(routine, context_may_be_freed_before_the_routine) {
  const char *ids[] = {"bridge", NULL};
  brf_routine *r = brf_test_routine_of(ctx, cat, ids);
  brf_catalog_free(cat);
  cat = NULL;
  brf_context_free(ctx);
  cr_expect_str_eq(brf_routine_step_exercise_id(r, 0), "bridge");
  brf_routine_free(r);
  ctx = NULL;
}

/* Run op with the allocator failing at call 1, 2, ... until it succeeds:
 * each failure returns BRF_E_NOMEM and leaves r (compared by its ids and
 * allocation count) as it was. */
typedef brf_status (*routine_op)(brf_routine *r);

static brf_status op_append(brf_routine *r) { return brf_routine_append(r, ex("ball-glutes"), NULL); }
static brf_status op_insert(brf_routine *r) { return brf_routine_insert(r, 1, ex("warm-bath"), NULL); }
static brf_status op_note(brf_routine *r) { return brf_routine_step_set_note(r, 0, "note"); }
static brf_status op_name(brf_routine *r) { return brf_routine_set_name(r, "name"); }
static brf_status op_clone(brf_routine *r) {
  brf_routine *c = NULL;
  brf_status s = brf_routine_clone(ctx, r, &c);
  if (s == BRF_OK) {
    cr_expect_eq(brf_routine_step_count(c), brf_routine_step_count(r));
    brf_routine_free(c);
  } else {
    cr_expect_null(c);
  }
  return s;
}
static brf_dosage *op_dose; /* prepared before the loop, so only the op allocates */
static brf_status op_set_dose(brf_routine *r) { return brf_routine_step_set_dose(r, 1, op_dose); }

static void fail_each_allocation(routine_op op) {
  const char *ids[] = {"bridge", "cat-camel", NULL};
  brf_routine *r = brf_test_routine_of(ctx, cat, ids);
  char before[512], after[512];
  ids_of(r, before, sizeof before);
  int succeeded = 0;
  for (size_t n = 1; n < 200 && !succeeded; n++) {
    size_t live = st.live_blocks;
    st.calls = 0;
    st.fail_at = n;
    brf_status s = op(r);
    st.fail_at = 0;
    succeeded = s == BRF_OK;
    if (succeeded) break;
    cr_assert_eq(s, BRF_E_NOMEM, "fail_at %zu gave %d", n, s);
    cr_expect_eq(st.live_blocks, live, "fail_at %zu leaked", n);
    ids_of(r, after, sizeof after);
    cr_expect_str_eq(after, before);
    cr_expect_str_eq(brf_routine_step_note(r, 0), "");
    cr_expect_str_eq(brf_routine_name(r), "");
  }
  cr_expect(succeeded, "the operation never succeeded");
  brf_routine_free(r);
}

Test(routine, append_survives_allocation_failure) { fail_each_allocation(op_append); }
Test(routine, insert_survives_allocation_failure) { fail_each_allocation(op_insert); }
Test(routine, set_note_survives_allocation_failure) { fail_each_allocation(op_note); }
Test(routine, set_name_survives_allocation_failure) { fail_each_allocation(op_name); }
Test(routine, clone_survives_allocation_failure) { fail_each_allocation(op_clone); }
Test(routine, set_dose_survives_allocation_failure) {
  op_dose = brf_test_dose(ctx, "3x8");
  fail_each_allocation(op_set_dose);
  brf_dosage_free(op_dose);
}

/* Regression (issue 20): brf_routine_append's messages named brf_routine_insert. */
Test(routine, append_names_itself_in_its_messages) {
  brf_routine *r = NULL;
  cr_assert_eq(brf_routine_new(ctx, &r), BRF_OK);
  cr_expect_eq(brf_routine_append(r, NULL, NULL), BRF_E_INVALID);
  cr_expect_not_null(strstr(brf_context_errmsg(ctx), "brf_routine_append"), "%s",
                     brf_context_errmsg(ctx));
  cr_expect_null(strstr(brf_context_errmsg(ctx), "brf_routine_insert"));
  cr_expect_eq(brf_routine_insert(r, 0, NULL, NULL), BRF_E_INVALID);
  cr_expect_not_null(strstr(brf_context_errmsg(ctx), "brf_routine_insert"));
  cr_expect_eq(brf_routine_step_count(r), 0);
  brf_routine_free(r);
}
