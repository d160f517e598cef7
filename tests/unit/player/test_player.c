/* The player's cues on a virtual clock: their order, times and texts for
 * both sides, each side, alternating, holds and timed bouts; big jumps
 * against 1 ms ticks; and no allocation while playing. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "support.h"
#include "test_player_support.h"

BRF_TEST_CONTEXT_DECLARE();
static pl_cues got, other;

static void setup(void) { got.n = other.n = 0; }

BRF_TEST_CONTEXT_FIXTURE_WITH(player, setup, brf_test_nothing);

#define N(a) (sizeof(a) / sizeof((a)[0]))

static void expect_session(const pl_spec *specs, size_t n, const pl_want *want, size_t wn,
                           const char *what) {
  brf_timeline *tl = pl_routine(ctx, specs, n);
  pl_play(ctx, tl, 1000000, 0, &got);
  pl_expect_cues(&got, want, wn, what);
  brf_timeline_free(tl);
}

Test(player, reps_on_both_sides_get_ready_count_down_start_and_count_reps) {
  pl_spec s[] = {{"Cat-cow", "2 reps"}};
  pl_want w[] = {
      {BRF_CUE_GET_READY, 0, "Get ready: Cat-cow"},
      {BRF_CUE_COUNTDOWN, 7000, "3"},
      {BRF_CUE_COUNTDOWN, 8000, "2"},
      {BRF_CUE_COUNTDOWN, 9000, "1"},
      {BRF_CUE_START, 10000, "Start: Cat-cow"},
      {BRF_CUE_REP, 10000, "Rep 1 of 2"},
      {BRF_CUE_REP, 13000, "Rep 2 of 2"},
      {BRF_CUE_EXERCISE_DONE, 16000, "Done: Cat-cow"},
      {BRF_CUE_SESSION_DONE, 16000, "Session done"},
  };
  expect_session(s, 1, w, N(w), "both sides");
  cr_expect_eq(got.v[8].ex, 1, "session-done carries the step count");
  cr_expect_eq(got.v[7].ex, 0);
}

Test(player, each_side_does_every_set_left_then_switches_sides) {
  pl_spec s[] = {{"Clam", "2x1, each side, rest 10s"}};
  pl_want w[] = {
      {BRF_CUE_GET_READY, 0, "Get ready: Clam"},
      {BRF_CUE_COUNTDOWN, 7000, "3"},
      {BRF_CUE_COUNTDOWN, 8000, "2"},
      {BRF_CUE_COUNTDOWN, 9000, "1"},
      {BRF_CUE_START, 10000, "Start: Clam, set 1 of 2, left side"},
      {BRF_CUE_REP, 10000, "Rep 1 of 1"},
      {BRF_CUE_REST, 13000, "Rest 10 s. Next up: set 2 of 2"},
      {BRF_CUE_COUNTDOWN, 20000, "3"},
      {BRF_CUE_COUNTDOWN, 21000, "2"},
      {BRF_CUE_COUNTDOWN, 22000, "1"},
      {BRF_CUE_START, 23000, "Start set 2 of 2, left side"},
      {BRF_CUE_REP, 23000, "Rep 1 of 1"},
      {BRF_CUE_SWITCH_SIDE, 26000, "Switch sides"},
      {BRF_CUE_COUNTDOWN, 28000, "3"},
      {BRF_CUE_COUNTDOWN, 29000, "2"},
      {BRF_CUE_COUNTDOWN, 30000, "1"},
      {BRF_CUE_START, 31000, "Start set 1 of 2, right side"},
      {BRF_CUE_REP, 31000, "Rep 1 of 1"},
      {BRF_CUE_REST, 34000, "Rest 10 s. Next up: set 2 of 2"},
      {BRF_CUE_COUNTDOWN, 41000, "3"},
      {BRF_CUE_COUNTDOWN, 42000, "2"},
      {BRF_CUE_COUNTDOWN, 43000, "1"},
      {BRF_CUE_START, 44000, "Start set 2 of 2, right side"},
      {BRF_CUE_REP, 44000, "Rep 1 of 1"},
      {BRF_CUE_EXERCISE_DONE, 47000, "Done: Clam"},
      {BRF_CUE_SESSION_DONE, 47000, "Session done"},
  };
  expect_session(s, 1, w, N(w), "each side");
}

Test(player, alternating_holds_name_the_side_and_relax_between_reps) {
  pl_spec s[] = {{"Bird dog", "2 reps, hold 5s, alternating"}};
  pl_want w[] = {
      {BRF_CUE_GET_READY, 0, "Get ready: Bird dog"},
      {BRF_CUE_COUNTDOWN, 7000, "3"},
      {BRF_CUE_COUNTDOWN, 8000, "2"},
      {BRF_CUE_COUNTDOWN, 9000, "1"},
      {BRF_CUE_START, 10000, "Start: Bird dog"},
      {BRF_CUE_HOLD, 10000, "Hold 5 s, rep 1 of 2, left"},
      {BRF_CUE_COUNTDOWN, 12000, "3"},
      {BRF_CUE_COUNTDOWN, 13000, "2"},
      {BRF_CUE_COUNTDOWN, 14000, "1"},
      {BRF_CUE_REST, 15000, "Relax 3 s"},
      {BRF_CUE_HOLD, 18000, "Hold 5 s, rep 1 of 2, right"},
      {BRF_CUE_COUNTDOWN, 20000, "3"},
      {BRF_CUE_COUNTDOWN, 21000, "2"},
      {BRF_CUE_COUNTDOWN, 22000, "1"},
      {BRF_CUE_REST, 23000, "Relax 3 s"},
      {BRF_CUE_HOLD, 26000, "Hold 5 s, rep 2 of 2, left"},
      {BRF_CUE_COUNTDOWN, 28000, "3"},
      {BRF_CUE_COUNTDOWN, 29000, "2"},
      {BRF_CUE_COUNTDOWN, 30000, "1"},
      {BRF_CUE_REST, 31000, "Relax 3 s"},
      {BRF_CUE_HOLD, 34000, "Hold 5 s, rep 2 of 2, right"},
      {BRF_CUE_COUNTDOWN, 36000, "3"},
      {BRF_CUE_COUNTDOWN, 37000, "2"},
      {BRF_CUE_COUNTDOWN, 38000, "1"},
      {BRF_CUE_EXERCISE_DONE, 39000, "Done: Bird dog"},
      {BRF_CUE_SESSION_DONE, 39000, "Session done"},
  };
  expect_session(s, 1, w, N(w), "alternating holds");
}

Test(player, timed_bouts_and_holds_get_halfway_and_transitions_name_the_next) {
  pl_spec s[] = {{"Walk", "1min, alternating"}, {"Psoas stretch", "hold 30s"}};
  pl_want w[] = {
      {BRF_CUE_GET_READY, 0, "Get ready: Walk"},
      {BRF_CUE_COUNTDOWN, 7000, "3"},
      {BRF_CUE_COUNTDOWN, 8000, "2"},
      {BRF_CUE_COUNTDOWN, 9000, "1"},
      {BRF_CUE_START, 10000, "Start: Walk"},
      {BRF_CUE_HALFWAY, 40000, "Halfway"},
      {BRF_CUE_COUNTDOWN, 67000, "3"},
      {BRF_CUE_COUNTDOWN, 68000, "2"},
      {BRF_CUE_COUNTDOWN, 69000, "1"},
      {BRF_CUE_SWITCH_SIDE, 70000, "Switch sides"},
      {BRF_CUE_HALFWAY, 100000, "Halfway"},
      {BRF_CUE_COUNTDOWN, 127000, "3"},
      {BRF_CUE_COUNTDOWN, 128000, "2"},
      {BRF_CUE_COUNTDOWN, 129000, "1"},
      {BRF_CUE_EXERCISE_DONE, 130000, "Done: Walk"},
      {BRF_CUE_NEXT_UP, 130000, "Rest 15 s. Next up: Psoas stretch"},
      {BRF_CUE_COUNTDOWN, 142000, "3"},
      {BRF_CUE_COUNTDOWN, 143000, "2"},
      {BRF_CUE_COUNTDOWN, 144000, "1"},
      {BRF_CUE_START, 145000, "Start: Psoas stretch"},
      {BRF_CUE_HOLD, 145000, "Hold 30 s"},
      {BRF_CUE_HALFWAY, 160000, "Halfway"},
      {BRF_CUE_COUNTDOWN, 172000, "3"},
      {BRF_CUE_COUNTDOWN, 173000, "2"},
      {BRF_CUE_COUNTDOWN, 174000, "1"},
      {BRF_CUE_EXERCISE_DONE, 175000, "Done: Psoas stretch"},
      {BRF_CUE_SESSION_DONE, 175000, "Session done"},
  };
  expect_session(s, 2, w, N(w), "timed bouts and a hold");
  cr_expect_eq(got.v[15].ex, 1, "next-up is about the next step");
  cr_expect_eq(got.v[14].ex, 0, "exercise-done is about the one that ended");
}

static int has_text(const pl_cues *c, int32_t kind, const char *text) {
  for (size_t i = 0; i < c->n; i++)
    if (c->v[i].kind == kind && strcmp(c->v[i].text, text) == 0) return 1;
  return 0;
}

Test(player, texts_write_durations_in_minutes_seconds_or_milliseconds) {
  pl_spec s[] = {
      {"A", "2x1, hold 2min, rest 90s"}, {"B", "hold 500ms"}, {"C", "2 reps, hold 1499ms"}};
  brf_timeline *tl = pl_routine(ctx, s, 3);
  pl_play(ctx, tl, 1000000, 0, &got);
  cr_expect(has_text(&got, BRF_CUE_HOLD, "Hold 2 min, rep 1 of 1"));
  cr_expect(has_text(&got, BRF_CUE_REST, "Rest 1 min 30 s. Next up: set 2 of 2"));
  cr_expect(has_text(&got, BRF_CUE_HOLD, "Hold 500 ms"));
  cr_expect(has_text(&got, BRF_CUE_HOLD, "Hold 1 s, rep 2 of 2"), "rounded to the second");
  cr_expect(has_text(&got, BRF_CUE_START, "Start: A, set 1 of 2"));
  cr_expect(has_text(&got, BRF_CUE_START, "Start set 2 of 2"));
  brf_timeline_free(tl);
}

Test(player, an_empty_routine_finishes_at_start_with_session_done) {
  brf_timeline *tl = NULL;
  cr_assert_eq(brf__timeline_build(ctx, NULL, 0, BRF_TIMELINE_MIN, &tl), BRF_OK);
  brf_player *p = pl_started(ctx, tl);
  cr_expect_eq(brf_player_state(p), BRF_PLAYER_FINISHED);
  pl_drain(p, &got);
  pl_want w[] = {{BRF_CUE_SESSION_DONE, 0, "Session done"}};
  pl_expect_cues(&got, w, 1, "empty");
  cr_expect_eq(brf_player_record_count(p), 0);
  brf_player_free(p);
  brf_timeline_free(tl);
}

/* ---- big jumps against 1 ms ticks ---- */

static const pl_spec mixed[] = {
    {"Glute ball release", "90s, each side"},
    {"Cat-cow", "2x5, tempo 4s, rest 20s"},
    {"Bird dog", "2x3, hold 8s, alternating"},
    {"Psoas stretch", "hold 30s, each side"},
    {"Walk", "2min, alternating"},
};

static void expect_deterministic(const pl_spec *s, size_t n, const char *what) {
  brf_timeline *tl = pl_routine(ctx, s, n);
  got.n = 0;
  pl_play(ctx, tl, 1, 0, &got);
  other.n = 0;
  pl_play(ctx, tl, brf_timeline_total_ms(tl) + 1, 0, &other);
  pl_expect_same(&got, &other, what);
  other.n = 0;
  pl_play(ctx, tl, 7919, 1, &other);
  pl_expect_same(&got, &other, what);
  cr_expect_gt(got.n, 5);
  brf_timeline_free(tl);
}

Test(player, one_jump_and_one_millisecond_ticks_give_the_same_cues) {
  expect_deterministic(&mixed[0], 1, "each-side timed");
  expect_deterministic(&mixed[1], 1, "sets of reps");
  expect_deterministic(&mixed[2], 1, "alternating holds");
  expect_deterministic(&mixed[3], 1, "hold each side");
  expect_deterministic(&mixed[4], 1, "alternating timed");
  expect_deterministic(mixed, N(mixed), "whole routine");
}

/* The state after ticking to t equals the state after jumping to t. */
Test(player, a_jump_lands_exactly_where_ticks_would) {
  brf_timeline *tl = pl_routine(ctx, mixed, N(mixed));
  int64_t total = brf_timeline_total_ms(tl);
  int64_t marks[] = {1, 9999, 10000, 10001, 200003, 400000, total / 2, total - 1, total};
  for (size_t m = 0; m < N(marks); m++) {
    brf_player *a = pl_started(ctx, tl), *b = pl_started(ctx, tl);
    got.n = other.n = 0;
    pl_drain(a, &got);
    for (int64_t t = 0; t < marks[m]; t++) brf_player_advance(a, 1);
    pl_drain(a, &got);
    cr_assert_eq(brf_player_advance(b, marks[m]), BRF_OK);
    pl_drain(b, &other);
    pl_expect_same(&got, &other, "jump");
    cr_expect_eq(brf_player_state(a), brf_player_state(b));
    cr_expect_eq(brf_player_segment_index(a), brf_player_segment_index(b), "t=%lld",
                 (long long)marks[m]);
    cr_expect_eq(brf_player_step_index(a), brf_player_step_index(b));
    cr_expect_eq(brf_player_position_ms(a), marks[m]);
    cr_expect_eq(brf_player_position_ms(b), marks[m]);
    cr_expect_eq(brf_player_segment_remaining_ms(a), brf_player_segment_remaining_ms(b));
    for (size_t i = 0; i < N(mixed); i++) {
      int32_t sa, sb;
      int64_t da, db;
      cr_assert_eq(brf_player_record_at(a, i, &sa, NULL, &da), BRF_OK);
      cr_assert_eq(brf_player_record_at(b, i, &sb, NULL, &db), BRF_OK);
      cr_expect(sa == sb && da == db, "record %zu at t=%lld", i, (long long)marks[m]);
    }
    brf_player_free(a);
    brf_player_free(b);
  }
  brf_timeline_free(tl);
}

Test(player, segment_and_session_times_follow_the_position) {
  pl_spec s[] = {{"Cat-cow", "2 reps"}};
  brf_timeline *tl = pl_routine(ctx, s, 1);
  brf_player *p = pl_started(ctx, tl);
  cr_expect_eq(brf_player_segment_remaining_ms(p), 10000);
  cr_expect_eq(brf_player_session_remaining_ms(p), 16000);
  cr_assert_eq(brf_player_advance(p, 11500), BRF_OK);
  cr_expect_eq(brf_player_segment_index(p), 1);
  cr_expect_eq(brf_player_segment_elapsed_ms(p), 1500);
  cr_expect_eq(brf_player_segment_remaining_ms(p), 1500);
  cr_expect_eq(brf_player_session_elapsed_ms(p), 11500);
  cr_expect_eq(brf_player_session_remaining_ms(p), 4500);
  cr_assert_eq(brf_player_advance(p, 1500), BRF_OK);
  cr_expect_eq(brf_player_segment_index(p), 2, "a segment's end is the next one's start");
  cr_assert_eq(brf_player_advance(p, 100000), BRF_OK);
  cr_expect_eq(brf_player_state(p), BRF_PLAYER_FINISHED);
  cr_expect_eq(brf_player_session_elapsed_ms(p), 16000, "time past the end is not counted");
  cr_expect_eq(brf_player_session_remaining_ms(p), 0);
  cr_expect_eq(brf_player_step_index(p), 1);
  cr_expect_eq(brf_player_advance(p, 5), BRF_OK, "advancing a finished player is harmless");
  brf_player_free(p);
  brf_timeline_free(tl);
}

/* ---- allocation ---- */

Test(player, a_whole_session_allocates_nothing_after_new) {
  brf_test_alloc own;
  brf_context *c = brf_test_context(&own);
  brf_timeline *tl = pl_routine(c, mixed, N(mixed));
  brf_player *p = NULL;
  cr_assert_eq(brf_player_new(c, tl, &p), BRF_OK);
  size_t calls = own.calls;
  cr_assert_eq(brf_player_start(p), BRF_OK);
  size_t cues = 0, ticks = 0;
  while (brf_player_state(p) == BRF_PLAYER_RUNNING) {
    cr_assert_eq(brf_player_advance(p, 1), BRF_OK);
    ticks++;
    for (size_t i = 0; i < brf_player_cue_count(p); i++) {
      int32_t k;
      int64_t at;
      size_t ex;
      cr_assert_eq(brf_player_cue_at(p, i, &k, &at, &ex), BRF_OK);
      cr_assert_not_null(brf_player_cue_text(p, i));
      cues++;
    }
    brf_player_cues_clear(p);
    if (ticks == 50000) {
      brf_player_pause(p);
      brf_player_advance(p, 1000);
      brf_player_resume(p);
      brf_player_back(p);
      brf_player_skip(p);
      brf_player_advance(p, -1); /* an error message, but no allocation */
    }
  }
  cr_expect_eq(own.calls, calls, "%zu allocations while playing", own.calls - calls);
  cr_expect_gt(cues, 100);
  cr_expect_gt(ticks, 500000);
  brf_player_free(p);
  brf_timeline_free(tl);
  brf_context_free(c);
  cr_expect_eq(own.live_blocks, 0);
}

/* Issue 12: a running player needs at most 2 KB beyond its timeline
 * (docs/player.md: a fixed part plus 16 bytes per step for its record, so
 * under 2 KB up to 74 steps). Bytes are those asked of the allocator. */
static size_t player_bytes(size_t steps) {
  static char names[PL_MAX_STEPS][24];
  pl_spec specs[PL_MAX_STEPS];
  brf_test_alloc own;
  brf_context *c = brf_test_context(&own);
  brf_timeline *tl;
  brf_player *p = NULL;
  size_t before, bytes;
  cr_assert_leq(steps, PL_MAX_STEPS);
  for (size_t i = 0; i < steps; i++) {
    snprintf(names[i], sizeof names[i], "s%zu", i);
    specs[i].name = names[i];
    specs[i].dose = i % 2 ? "3x10" : "hold 30s, each side";
  }
  tl = pl_routine(c, specs, steps);
  before = own.live_bytes;
  cr_assert_eq(brf_player_new(c, tl, &p), BRF_OK);
  cr_assert_eq(brf_player_start(p), BRF_OK);
  cr_assert_eq(brf_player_advance(p, 90000), BRF_OK);
  bytes = own.live_bytes - before;
  brf_player_free(p);
  brf_timeline_free(tl);
  brf_test_context_free(c, &own);
  return bytes;
}

Test(player, a_running_player_needs_under_2_kb_beyond_its_timeline) {
  size_t one = player_bytes(1), six = player_bytes(6), many = player_bytes(74);
  cr_expect_lt(six, 2048, "6 steps: %zu bytes", six);
  cr_expect_lt(many, 2048, "74 steps: %zu bytes", many);
  cr_expect_leq(many - one, 73 * 16, "at most 16 bytes per extra step (%zu)", many - one);
  cr_expect_gt(many, one, "the record grows with the steps");
}

Test(player, player_new_allocation_failure_leaks_nothing) {
  brf_test_alloc own;
  brf_context *c = brf_test_context(&own);
  brf_timeline *tl = pl_routine(c, mixed, 2);
  size_t base = own.live_blocks;
  own.fail_at = own.calls + 1;
  brf_player *p = (brf_player *)&p;
  cr_expect_eq(brf_player_new(c, tl, &p), BRF_E_NOMEM);
  cr_expect_null(p);
  cr_expect_eq(own.live_blocks, base);
  own.fail_at = 0;
  cr_assert_eq(brf_player_new(c, tl, &p), BRF_OK);
  brf_player_free(p);
  brf_timeline_free(tl);
  brf_context_free(c);
  cr_expect_eq(own.live_blocks, 0);
}

Test(player, the_player_keeps_its_timeline_and_context_alive) {
  brf_context *c = NULL;
  cr_assert_eq(brf_context_new(&c), BRF_OK);
  brf_timeline *tl = pl_routine(c, mixed, 1);
  brf_player *p = NULL;
  cr_assert_eq(brf_player_new(c, tl, &p), BRF_OK);
  int64_t total = brf_timeline_total_ms(tl);
  brf_timeline_free(tl);
  brf_context_free(c);
  cr_assert_eq(brf_player_start(p), BRF_OK);
  cr_expect_str_eq(brf_player_cue_text(p, 0), "Get ready: Glute ball release");
  cr_expect_eq(brf_timeline_total_ms(brf_player_timeline(p)), total);
  cr_assert_eq(brf_player_advance(p, total), BRF_OK);
  cr_expect_eq(brf_player_state(p), BRF_PLAYER_FINISHED);
  brf_player_free(p);
}

Test(player, cue_kind_names_round_trip) {
  const char *names[] = {"get-ready",   "start", "rep",     "hold",          "halfway",
                         "countdown",   "switch-side", "rest", "next-up", "exercise-done",
                         "session-done"};
  cr_assert_eq(N(names), BRF_CUE_KIND_COUNT);
  for (int32_t k = 0; k < BRF_CUE_KIND_COUNT; k++) {
    cr_expect_str_eq(brf_player_cue_kind_name(k), names[k]);
    int32_t back = -1;
    cr_expect_eq(brf_player_cue_kind_from_name(names[k], &back), BRF_OK);
    cr_expect_eq(back, k);
  }
  cr_expect_null(brf_player_cue_kind_name(BRF_CUE_KIND_COUNT));
  cr_expect_null(brf_player_cue_kind_name(-1));
  int32_t k;
  cr_expect_eq(brf_player_cue_kind_from_name("halfway ", &k), BRF_E_NOT_FOUND);
  cr_expect_eq(brf_player_cue_kind_from_name(NULL, &k), BRF_E_INVALID);
  const char *state_names[] = {"not-reached", "in-progress", "done", "cut-short", "skipped"};
  for (int32_t i = 0; i < BRF_RECORD_STATUS_COUNT; i++)
    cr_expect_str_eq(brf_player_record_status_name(i), state_names[i]);
  cr_expect_null(brf_player_record_status_name(BRF_RECORD_STATUS_COUNT));
}
