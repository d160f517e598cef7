/* The session timeline: segment layout for each kind of dose, and its total
 * against the one time formula (brf__dosage_estimate) for many random doses
 * and routines, at both ends of the ranges. */
#include <criterion/criterion.h>
#include <string.h>

#include "internal/dosage.h"
#include "player/player_builder.h"
#include "internal/timing.h"
#include "support.h"

BRF_TEST_CONTEXT_FIXTURE(timeline);

static brf_dosage *parse(const char *text) {
  brf_dosage *d = NULL;
  cr_assert_eq(brf_dosage_parse(ctx, text, strlen(text), &d), BRF_OK, "%s", text);
  return d;
}

static brf_timeline *one(const char *dose, int32_t modality, int32_t which) {
  brf_dosage *d = parse(dose);
  brf_timeline *tl = NULL;
  cr_assert_eq(brf_timeline_new_from_dose(ctx, "glute-ball", "Glute ball release", modality, d,
                                          which, &tl),
               BRF_OK, "%s: %s", dose, brf_context_errmsg(ctx));
  brf_dosage_free(d);
  return tl;
}

typedef struct seg {
  int32_t kind, set, rep, side;
  size_t ex;
  int64_t start, dur;
} seg;

static seg seg_at(const brf_timeline *tl, size_t i) {
  seg s;
  cr_assert_eq(brf_timeline_segment_at(tl, i, &s.kind, &s.ex, &s.set, &s.rep, &s.side, &s.start,
                                       &s.dur),
               BRF_OK);
  return s;
}

/* Segments are contiguous, only done has zero length, and they sum to the total. */
static void expect_well_formed(const brf_timeline *tl) {
  size_t n = brf_timeline_segment_count(tl);
  int64_t pos = 0;
  cr_assert(n >= 1);
  for (size_t i = 0; i < n; i++) {
    seg s = seg_at(tl, i);
    cr_expect_eq(s.start, pos, "segment %zu starts at %lld, expected %lld", i, (long long)s.start,
                 (long long)pos);
    cr_expect(s.dur > 0 || (i == n - 1 && s.kind == BRF_SEGMENT_DONE), "segment %zu", i);
    pos += s.dur;
  }
  cr_expect_eq(pos, brf_timeline_total_ms(tl));
  cr_expect_eq(seg_at(tl, n - 1).kind, BRF_SEGMENT_DONE);
}

/* The layout as a string of kind letters: G W R(relax) Z(rest) S T D. */
static void layout(const brf_timeline *tl, char *out, size_t cap) {
  static const char letters[] = "GWRZSTD";
  size_t n = brf_timeline_segment_count(tl), k = 0;
  for (size_t i = 0; i < n && k + 1 < cap; i++) out[k++] = letters[seg_at(tl, i).kind];
  out[k] = '\0';
}

static void expect_layout(const char *dose, const char *expected) {
  brf_timeline *tl = one(dose, -1, BRF_TIMELINE_MIN);
  char got[256];
  layout(tl, got, sizeof got);
  cr_expect_str_eq(got, expected, "%s", dose);
  expect_well_formed(tl);
  brf_timeline_free(tl);
}

Test(timeline, layouts_follow_reps_sets_holds_and_sides) {
  expect_layout("3 reps", "GWWWD");
  expect_layout("2x2", "GWWZWWD");
  expect_layout("2x2, rest 0s", "GWWWWD");
  expect_layout("3 reps, hold 10s", "GWRWRWD");
  expect_layout("2 reps, alternating", "GWWWWD");
  expect_layout("2 reps, hold 5s, alternating", "GWRWRWRWD");
  expect_layout("2x1, each side", "GWZWSWZWD");
  expect_layout("5min", "GWD");
  expect_layout("5min, alternating", "GWWD");
  expect_layout("hold 30s, each side", "GWSWD");
}

Test(timeline, each_side_does_all_sets_left_then_switches_then_right) {
  brf_timeline *tl = one("2x2, each side, rest 20s", -1, BRF_TIMELINE_MIN);
  /* G | W W Z W W (left) | S | W W Z W W (right) | D */
  int32_t sides[] = {0, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 0};
  int32_t sets[] = {0, 1, 1, 1, 2, 2, 0, 1, 1, 1, 2, 2, 0};
  int32_t reps[] = {0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0};
  cr_assert_eq(brf_timeline_segment_count(tl), 13);
  for (size_t i = 0; i < 13; i++) {
    seg s = seg_at(tl, i);
    cr_expect_eq(s.side, sides[i], "segment %zu side", i);
    cr_expect_eq(s.set, sets[i], "segment %zu set", i);
    cr_expect_eq(s.rep, reps[i], "segment %zu rep", i);
  }
  cr_expect_eq(seg_at(tl, 6).kind, BRF_SEGMENT_SWITCH_SIDE);
  cr_expect_eq(seg_at(tl, 6).dur, BRF__SWITCH_MS);
  cr_expect_eq(seg_at(tl, 3).dur, 20000);
  cr_expect_eq(seg_at(tl, 0).dur, BRF__GET_READY_MS);
  /* 2 x (2 x 2 x 3 s + 20 s) + 5 s, plus get ready */
  cr_expect_eq(brf_timeline_total_ms(tl), 10000 + 2 * (12000 + 20000) + 5000);
  brf_timeline_free(tl);
}

Test(timeline, alternating_does_each_rep_left_then_right_with_relax_between_holds) {
  brf_timeline *tl = one("2 reps, hold 20s, alternating", -1, BRF_TIMELINE_MIN);
  int32_t sides[] = {0, 1, 1, 2, 2, 1, 1, 2, 0};
  int32_t reps[] = {0, 1, 1, 1, 1, 2, 2, 2, 0};
  cr_assert_eq(brf_timeline_segment_count(tl), 9);
  for (size_t i = 0; i < 9; i++) {
    seg s = seg_at(tl, i);
    cr_expect_eq(s.side, sides[i], "segment %zu side", i);
    cr_expect_eq(s.rep, reps[i], "segment %zu rep", i);
    cr_expect_eq(s.dur, s.kind == BRF_SEGMENT_WORK    ? 20000
                        : s.kind == BRF_SEGMENT_RELAX ? BRF__RELAX_MS
                        : s.kind == BRF_SEGMENT_DONE  ? 0
                                                      : BRF__GET_READY_MS);
  }
  brf_timeline_free(tl);
}

Test(timeline, reps_without_hold_use_tempo_or_the_modality_default) {
  brf_timeline *tl = one("2 reps", BRF_MODALITY_MOBILITY, BRF_TIMELINE_MIN);
  cr_expect_eq(seg_at(tl, 1).dur, 4000);
  brf_timeline_free(tl);
  tl = one("2 reps", BRF_MODALITY_STRENGTH, BRF_TIMELINE_MIN);
  cr_expect_eq(seg_at(tl, 1).dur, 3000);
  brf_timeline_free(tl);
  tl = one("2 reps, tempo 7s", BRF_MODALITY_MOBILITY, BRF_TIMELINE_MIN);
  cr_expect_eq(seg_at(tl, 1).dur, 7000);
  brf_timeline_free(tl);
}

Test(timeline, min_and_max_take_each_end_of_every_range) {
  brf_timeline *lo = one("1-2x2-3, hold 5-10s, rest 10-20s", -1, BRF_TIMELINE_MIN);
  brf_timeline *hi = one("1-2x2-3, hold 5-10s, rest 10-20s", -1, BRF_TIMELINE_MAX);
  cr_expect_eq(brf_timeline_total_ms(lo), 10000 + 2 * 5000 + 3000);
  cr_expect_eq(brf_timeline_total_ms(hi), 10000 + 2 * (3 * 10000 + 2 * 3000) + 20000);
  brf_timeline_free(lo);
  brf_timeline_free(hi);
}

Test(timeline, steps_have_ids_names_and_spans) {
  brf_timeline *tl = one("3 reps", -1, BRF_TIMELINE_MIN);
  cr_expect_eq(brf_timeline_step_count(tl), 1);
  cr_expect_str_eq(brf_timeline_step_id(tl, 0), "glute-ball");
  cr_expect_str_eq(brf_timeline_step_name(tl, 0), "Glute ball release");
  cr_expect_null(brf_timeline_step_id(tl, 1));
  cr_expect_null(brf_timeline_step_name(tl, 1));
  int64_t start = -1, planned = -1;
  cr_expect_eq(brf_timeline_step_span(tl, 0, &start, &planned), BRF_OK);
  cr_expect_eq(start, BRF__GET_READY_MS);
  cr_expect_eq(planned, 9000);
  cr_expect_eq(brf_timeline_step_span(tl, 1, &start, &planned), BRF_E_RANGE);
  cr_expect_eq(brf_timeline_step_span(NULL, 0, &start, &planned), BRF_E_INVALID);
  int32_t kind = -7;
  cr_expect_eq(brf_timeline_segment_at(tl, 99, &kind, NULL, NULL, NULL, NULL, NULL, NULL),
               BRF_E_RANGE);
  cr_expect_eq(kind, -7, "outputs untouched");
  cr_expect_eq(brf_timeline_segment_at(NULL, 0, &kind, NULL, NULL, NULL, NULL, NULL, NULL),
               BRF_E_INVALID);
  brf_timeline_free(tl);
}

/* ---- random doses against the one formula ---- */

static uint64_t rng = 0x9e3779b97f4a7c15u;
static int64_t rnd(int64_t lo, int64_t hi) {
  rng = rng * 6364136223846793005u + 1442695040888963407u;
  return lo + (int64_t)((rng >> 33) % (uint64_t)(hi - lo + 1));
}

static void maybe_set(brf_dosage *d, int32_t field, int64_t lo, int64_t hi, int percent) {
  if (rnd(1, 100) > percent) return;
  int64_t a = rnd(lo, hi), b = rnd(1, 3) == 1 ? rnd(a, hi) : a;
  cr_assert_eq(brf_dosage_set(d, field, a, b), BRF_OK);
}

static brf_dosage *random_dose(void) {
  brf_dosage *d = NULL;
  cr_assert_eq(brf_dosage_new(ctx, &d), BRF_OK);
  int64_t kind = rnd(0, 2);
  if (kind == 0) maybe_set(d, BRF_DOSE_REPS, 1, 12, 100);
  if (kind == 1) maybe_set(d, BRF_DOSE_DURATION_MS, 1, 300000, 100);
  maybe_set(d, BRF_DOSE_HOLD_MS, 1, 60000, kind == 2 ? 100 : 40);
  maybe_set(d, BRF_DOSE_DURATION_MS, 1, 300000, 20); /* ignored next to reps */
  maybe_set(d, BRF_DOSE_SETS, 1, 4, 60);
  maybe_set(d, BRF_DOSE_TEMPO_MS, 1, 9000, 30);
  maybe_set(d, BRF_DOSE_REST_MS, 0, 90000, 40);
  maybe_set(d, BRF_DOSE_PER_DAY, 1, 3, 20); /* frequency never changes the time */
  if (rnd(1, 100) <= 70) {
    int64_t s = rnd(0, 2);
    cr_assert_eq(brf_dosage_set(d, BRF_DOSE_SIDES, s, s), BRF_OK);
  }
  return d;
}

Test(timeline, one_dose_total_equals_the_estimate_for_random_doses) {
  for (int i = 0; i < 500; i++) {
    brf_dosage *d = random_dose();
    int32_t modality = (int32_t)rnd(-1, BRF_MODALITY_COUNT - 1);
    int64_t lo, hi;
    cr_assert_eq(brf__dosage_estimate(d, modality, &lo, &hi), BRF_OK);
    for (int32_t which = 0; which <= 1; which++) {
      brf_timeline *tl = NULL;
      cr_assert_eq(brf_timeline_new_from_dose(ctx, "x", "X", modality, d, which, &tl), BRF_OK,
                   "%s", brf_context_errmsg(ctx));
      int64_t expected = BRF__GET_READY_MS + (which ? hi : lo), planned = -1;
      cr_expect_eq(brf_timeline_total_ms(tl), expected, "dose %d which %d: %lld vs %lld", i,
                   (int)which, (long long)brf_timeline_total_ms(tl), (long long)expected);
      cr_expect_eq(brf_timeline_step_span(tl, 0, NULL, &planned), BRF_OK);
      cr_expect_eq(planned, which ? hi : lo);
      expect_well_formed(tl);
      brf_timeline_free(tl);
    }
    brf_dosage_free(d);
  }
}

Test(timeline, routine_total_is_get_ready_doses_and_transitions) {
  for (int round = 0; round < 60; round++) {
    size_t n = (size_t)rnd(1, 6);
    brf_dosage *doses[6];
    brf__timeline_step steps[6];
    int64_t sum[2] = {0, 0};
    for (size_t i = 0; i < n; i++) {
      doses[i] = random_dose();
      int32_t m = (int32_t)rnd(-1, BRF_MODALITY_COUNT - 1);
      steps[i] = (brf__timeline_step){"id", "Name", m, doses[i]};
      int64_t lo, hi;
      cr_assert_eq(brf__dosage_estimate(doses[i], m, &lo, &hi), BRF_OK);
      sum[0] += lo;
      sum[1] += hi;
    }
    for (int32_t which = 0; which <= 1; which++) {
      brf_timeline *tl = NULL;
      cr_assert_eq(brf__timeline_build(ctx, steps, n, which, &tl), BRF_OK);
      int64_t expected = BRF__GET_READY_MS + sum[which] + (int64_t)(n - 1) * BRF__TRANSITION_MS;
      cr_expect_eq(brf_timeline_total_ms(tl), expected);
      cr_expect_eq(brf_timeline_step_count(tl), n);
      expect_well_formed(tl);
      /* transitions lead into the step they carry */
      size_t transitions = 0;
      for (size_t i = 0; i < brf_timeline_segment_count(tl); i++) {
        seg s = seg_at(tl, i);
        if (s.kind == BRF_SEGMENT_TRANSITION) {
          transitions++;
          cr_expect_eq(s.ex, transitions);
          cr_expect_eq(s.dur, BRF__TRANSITION_MS);
        }
      }
      cr_expect_eq(transitions, n - 1);
      brf_timeline_free(tl);
    }
    for (size_t i = 0; i < n; i++) brf_dosage_free(doses[i]);
  }
}

Test(timeline, an_empty_routine_is_one_done_segment_of_zero_length) {
  brf_timeline *tl = NULL;
  cr_assert_eq(brf__timeline_build(ctx, NULL, 0, BRF_TIMELINE_MAX, &tl), BRF_OK);
  cr_expect_eq(brf_timeline_total_ms(tl), 0);
  cr_expect_eq(brf_timeline_segment_count(tl), 1);
  cr_expect_eq(seg_at(tl, 0).kind, BRF_SEGMENT_DONE);
  cr_expect_eq(brf_timeline_step_count(tl), 0);
  brf_timeline_free(tl);
}

/* ---- names ---- */

Test(timeline, segment_kind_names_round_trip) {
  const char *names[] = {"get-ready", "work", "relax", "rest", "switch-side", "transition", "done"};
  for (int32_t k = 0; k < BRF_SEGMENT_KIND_COUNT; k++) {
    cr_expect_str_eq(brf_timeline_segment_kind_name(k), names[k]);
    int32_t back = -1;
    cr_expect_eq(brf_timeline_segment_kind_from_name(names[k], &back), BRF_OK);
    cr_expect_eq(back, k);
  }
  cr_expect_null(brf_timeline_segment_kind_name(-1));
  cr_expect_null(brf_timeline_segment_kind_name(BRF_SEGMENT_KIND_COUNT));
  int32_t k = 5;
  cr_expect_eq(brf_timeline_segment_kind_from_name("Work", &k), BRF_E_NOT_FOUND);
  cr_expect_eq(brf_timeline_segment_kind_from_name(NULL, &k), BRF_E_INVALID);
  cr_expect_eq(brf_timeline_segment_kind_from_name("work", NULL), BRF_E_INVALID);
}

/* ---- bad input and allocation failure ---- */

Test(timeline, bad_input_is_refused_with_a_message_naming_the_step) {
  brf_dosage *d = parse("3 reps"), *freq = parse("daily");
  brf_timeline *tl = (brf_timeline *)&tl;
  cr_expect_eq(brf_timeline_new_from_dose(NULL, "a", "A", -1, d, 0, &tl), BRF_E_INVALID);
  cr_expect_null(tl);
  cr_expect_eq(brf_timeline_new_from_dose(ctx, "a", "A", -1, d, 0, NULL), BRF_E_INVALID);
  cr_expect_eq(brf_timeline_new_from_dose(ctx, NULL, "A", -1, d, 0, &tl), BRF_E_INVALID);
  cr_expect_eq(brf_timeline_new_from_dose(ctx, "", "A", -1, d, 0, &tl), BRF_E_INVALID);
  cr_expect_eq(brf_timeline_new_from_dose(ctx, "a", NULL, -1, d, 0, &tl), BRF_E_INVALID);
  cr_expect_eq(brf_timeline_new_from_dose(ctx, "a", "", -1, d, 0, &tl), BRF_E_INVALID);
  cr_expect_eq(brf_timeline_new_from_dose(ctx, "a", "\xC3\x28", -1, d, 0, &tl), BRF_E_INVALID);
  cr_expect(strstr(brf_context_errmsg(ctx), "UTF-8") != NULL);
  cr_expect_eq(brf_timeline_new_from_dose(ctx, "\xFF", "A", -1, d, 0, &tl), BRF_E_INVALID);
  cr_expect_eq(brf_timeline_new_from_dose(ctx, "a", "A", -1, NULL, 0, &tl), BRF_E_INVALID);
  cr_expect_eq(brf_timeline_new_from_dose(ctx, "a", "A", 7, d, 0, &tl), BRF_E_INVALID);
  cr_expect_eq(brf_timeline_new_from_dose(ctx, "a", "A", -2, d, 0, &tl), BRF_E_INVALID);
  cr_expect_eq(brf_timeline_new_from_dose(ctx, "a", "A", -1, d, 2, &tl), BRF_E_INVALID);
  cr_expect_eq(brf_timeline_new_from_dose(ctx, "a", "A", -1, freq, 0, &tl), BRF_E_INVALID);
  cr_expect(strstr(brf_context_errmsg(ctx), "step 0 (a)") != NULL, "%s",
            brf_context_errmsg(ctx));
  cr_expect_null(tl);
  brf__timeline_step steps[2] = {{"a", "A", -1, d}, {"b", "B", -1, freq}};
  cr_expect_eq(brf__timeline_build(ctx, steps, 2, 0, &tl), BRF_E_INVALID);
  cr_expect(strstr(brf_context_errmsg(ctx), "step 1 (b)") != NULL);
  cr_expect_eq(brf__timeline_build(ctx, NULL, 2, 0, &tl), BRF_E_INVALID);
  brf_dosage_free(d);
  brf_dosage_free(freq);
}

Test(timeline, every_allocation_failure_returns_nomem_and_leaks_nothing) {
  for (size_t fail_at = 1;; fail_at++) {
    brf_test_alloc own;
    brf_context *c = brf_test_context(&own);
    brf_dosage *d = NULL;
    const char *text = "2x3, hold 20s, each side";
    cr_assert_eq(brf_dosage_parse(c, text, strlen(text), &d), BRF_OK);
    size_t base = own.live_blocks;
    own.fail_at = own.calls + fail_at;
    brf_timeline *tl = NULL;
    brf_status s = brf_timeline_new_from_dose(c, "a", "A", -1, d, 1, &tl);
    own.fail_at = 0;
    if (s == BRF_OK) {
      cr_expect_gt(fail_at, 3, "the build allocates several times");
      cr_expect_eq(brf_timeline_total_ms(tl), 10000 + 2 * (2 * (3 * 20000 + 2 * 3000) + 30000) +
                                                  5000);
      brf_timeline_free(tl);
      brf_dosage_free(d);
      brf_context_free(c);
      cr_expect_eq(own.live_blocks, 0);
      break;
    }
    cr_expect_eq(s, BRF_E_NOMEM, "fail_at %zu", fail_at);
    cr_assert_lt(fail_at, 500);
    cr_expect_null(tl);
    cr_expect_eq(own.live_blocks, base, "fail_at %zu leaked", fail_at);
    brf_dosage_free(d);
    brf_context_free(c);
  }
}

Test(timeline, the_timeline_and_its_context_may_be_freed_in_any_order) {
  brf_context *c = NULL;
  cr_assert_eq(brf_context_new(&c), BRF_OK);
  brf_dosage *d = NULL;
  cr_assert_eq(brf_dosage_parse(c, "hold 30s", 8, &d), BRF_OK);
  brf_timeline *tl = NULL;
  cr_assert_eq(brf_timeline_new_from_dose(c, "a", "A", -1, d, 0, &tl), BRF_OK);
  brf_dosage_free(d);
  brf_context_free(c);
  cr_expect_eq(brf_timeline_total_ms(tl), 40000);
  brf_timeline_free(tl);
  brf_timeline_free(NULL);
}

/* brf_player_new_v2 takes the const timeline brf_player_timeline() gives:
 * a second player plays the first player's timeline (issue 20, "Names"). */
Test(timeline, a_player_plays_the_const_timeline_of_another_player) {
  brf_timeline *tl = one("3x10", BRF_MODALITY_STRENGTH, BRF_TIMELINE_MAX);
  brf_player *p1 = NULL, *p2 = NULL;
  cr_assert_eq(brf_player_new_v2(ctx, tl, &p1), BRF_OK);
  brf_timeline_free(tl); /* the player keeps it alive */
  const brf_timeline *shared = brf_player_timeline(p1);
  int64_t total = brf_timeline_total_ms(shared);
  cr_assert_eq(brf_player_new_v2(ctx, shared, &p2), BRF_OK);
  cr_expect_eq(brf_player_timeline(p2), shared);
  brf_player_free(p1); /* p2 still holds the timeline */
  cr_expect_eq(brf_timeline_total_ms(brf_player_timeline(p2)), total);
  cr_expect_eq(brf_player_start(p2), BRF_OK);
  cr_expect_eq(brf_player_advance(p2, total), BRF_OK);
  cr_expect_eq(brf_player_state(p2), BRF_PLAYER_FINISHED);
  brf_player_free(p2); /* the last reference frees it: the fixture checks no leak */
}

Test(timeline, player_new_v2_refuses_null_arguments) {
  brf_timeline *tl = one("3x10", BRF_MODALITY_STRENGTH, BRF_TIMELINE_MIN);
  brf_player *p = (brf_player *)1;
  cr_expect_eq(brf_player_new_v2(NULL, tl, &p), BRF_E_INVALID);
  cr_expect_null(p);
  p = (brf_player *)1;
  cr_expect_eq(brf_player_new_v2(ctx, NULL, &p), BRF_E_INVALID);
  cr_expect_null(p);
  cr_expect_not_null(strstr(brf_context_errmsg(ctx), "brf_player_new_v2"));
  cr_expect_eq(brf_player_new_v2(ctx, tl, NULL), BRF_E_INVALID);
  brf_timeline_free(tl);
}
