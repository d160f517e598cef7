/* Controlling the player: pause and resume, skip, back, stop part-way, the
 * completion record, the cue queue's bound, and misuse. */
#include <criterion/criterion.h>
#include <string.h>

#include "support.h"
#include "test_player_support.h"

BRF_TEST_CONTEXT_DECLARE();
static pl_cues got, other;
static brf_timeline *tl;

/* Three steps; the times are checked by the_layout_assumed_by_these_tests. */
static const pl_spec three[] = {
    {"A", "hold 20s"},        /* get ready 0-10000, work 10000-30000 */
    {"B", "2x5, rest 10s"},   /* transition 30000-45000, work 45000-85000 */
    {"C", "3 reps"},          /* transition 85000-100000, work 100000-109000 */
};

static void setup(void) {
  got.n = other.n = 0;
  tl = pl_routine(ctx, three, 3);
}
static void teardown(void) { brf_timeline_free(tl); }

BRF_TEST_CONTEXT_FIXTURE_WITH(control, setup, teardown);

static void expect_record(const brf_player *p, size_t i, int32_t status, int64_t done) {
  int32_t s = -1;
  int64_t planned = -1, d = -1;
  cr_assert_eq(brf_player_record_at(p, i, &s, &planned, &d), BRF_OK);
  cr_expect_eq(s, status, "step %zu: status %s, expected %s", i,
               brf_player_record_status_name(s), brf_player_record_status_name(status));
  cr_expect_eq(d, done, "step %zu: done %lld ms, expected %lld", i, (long long)d,
               (long long)done);
  int64_t span = -2;
  cr_assert_eq(brf_timeline_step_span(tl, i, NULL, &span), BRF_OK);
  cr_expect_eq(planned, span);
}

Test(control, the_layout_assumed_by_these_tests) {
  cr_expect_eq(brf_timeline_total_ms(tl), 109000);
  int64_t start = 0, planned = 0;
  cr_assert_eq(brf_timeline_step_span(tl, 1, &start, &planned), BRF_OK);
  cr_expect(start == 45000 && planned == 40000);
  cr_assert_eq(brf_timeline_step_span(tl, 2, &start, &planned), BRF_OK);
  cr_expect(start == 100000 && planned == 9000);
}

Test(control, a_full_play_records_every_step_done_with_its_planned_time) {
  brf_player *p = pl_started(ctx, tl);
  expect_record(p, 0, BRF_RECORD_IN_PROGRESS, 0);
  expect_record(p, 1, BRF_RECORD_NOT_REACHED, 0);
  cr_assert_eq(brf_player_advance(p, 35000), BRF_OK);
  expect_record(p, 0, BRF_RECORD_DONE, 20000);
  expect_record(p, 1, BRF_RECORD_IN_PROGRESS, 0);
  cr_assert_eq(brf_player_advance(p, 1000000), BRF_OK);
  for (size_t i = 0; i < 3; i++) {
    int64_t planned;
    cr_assert_eq(brf_timeline_step_span(tl, i, NULL, &planned), BRF_OK);
    expect_record(p, i, BRF_RECORD_DONE, planned);
  }
  cr_expect_eq(brf_player_record_count(p), 3);
  brf_player_free(p);
}

Test(control, paused_time_is_not_counted_and_cue_times_exclude_it) {
  pl_play(ctx, tl, 1000000, 0, &other);
  brf_player *p = pl_started(ctx, tl);
  pl_drain(p, &got);
  cr_assert_eq(brf_player_advance(p, 15000), BRF_OK);
  cr_assert_eq(brf_player_pause(p), BRF_OK);
  cr_expect_eq(brf_player_state(p), BRF_PLAYER_PAUSED);
  cr_assert_eq(brf_player_advance(p, 600000), BRF_OK);
  cr_expect_eq(brf_player_position_ms(p), 15000);
  cr_expect_eq(brf_player_session_elapsed_ms(p), 15000);
  cr_expect_eq(brf_player_segment_remaining_ms(p), 15000);
  expect_record(p, 0, BRF_RECORD_IN_PROGRESS, 5000);
  cr_assert_eq(brf_player_resume(p), BRF_OK);
  cr_expect_eq(brf_player_state(p), BRF_PLAYER_RUNNING);
  for (int i = 0; brf_player_state(p) == BRF_PLAYER_RUNNING; i++) {
    cr_assert_eq(brf_player_advance(p, 700), BRF_OK);
    if (i % 7 == 3 && brf_player_state(p) == BRF_PLAYER_RUNNING) {
      cr_assert_eq(brf_player_pause(p), BRF_OK);
      cr_assert_eq(brf_player_advance(p, 12345), BRF_OK);
      cr_assert_eq(brf_player_resume(p), BRF_OK);
    }
  }
  cr_expect_eq(brf_player_state(p), BRF_PLAYER_FINISHED);
  pl_drain(p, &got);
  pl_expect_same(&got, &other, "pauses");
  brf_player_free(p);
}

Test(control, skip_moves_to_the_next_transition_and_records_skipped_or_cut_short) {
  brf_player *p = pl_started(ctx, tl);
  pl_drain(p, &got);
  cr_assert_eq(brf_player_advance(p, 12000), BRF_OK); /* 2 s into A's hold */
  got.n = 0;
  pl_drain(p, &got);
  cr_assert_eq(brf_player_skip(p), BRF_OK);
  cr_expect_eq(brf_player_position_ms(p), 30000);
  cr_expect_eq(brf_player_step_index(p), 1);
  cr_expect_eq(brf_player_session_elapsed_ms(p), 12000, "skip does not move the clock");
  got.n = 0;
  pl_drain(p, &got);
  pl_want w[] = {{BRF_CUE_NEXT_UP, 12000, "Rest 15 s. Next up: B"}};
  pl_expect_cues(&got, w, 1, "after skip: no exercise-done for the skipped exercise");
  expect_record(p, 0, BRF_RECORD_CUT_SHORT, 2000);
  /* skipping during B's transition skips B */
  cr_assert_eq(brf_player_advance(p, 4000), BRF_OK);
  cr_assert_eq(brf_player_skip(p), BRF_OK);
  expect_record(p, 1, BRF_RECORD_SKIPPED, 0);
  cr_expect_eq(brf_player_position_ms(p), 85000);
  cr_assert_eq(brf_player_advance(p, 1000000), BRF_OK);
  cr_expect_eq(brf_player_state(p), BRF_PLAYER_FINISHED);
  expect_record(p, 2, BRF_RECORD_DONE, 9000);
  cr_expect_eq(brf_player_session_elapsed_ms(p), 12000 + 4000 + 24000);
  brf_player_free(p);
}

Test(control, skipping_the_last_step_finishes_with_session_done) {
  brf_player *p = pl_started(ctx, tl);
  cr_assert_eq(brf_player_skip(p), BRF_OK); /* during get ready: A skipped */
  expect_record(p, 0, BRF_RECORD_SKIPPED, 0);
  cr_assert_eq(brf_player_pause(p), BRF_OK);
  cr_assert_eq(brf_player_skip(p), BRF_OK);
  cr_expect_eq(brf_player_state(p), BRF_PLAYER_PAUSED, "a paused player stays paused");
  cr_assert_eq(brf_player_skip(p), BRF_OK);
  cr_expect_eq(brf_player_state(p), BRF_PLAYER_FINISHED);
  cr_expect_eq(brf_player_session_remaining_ms(p), 0);
  pl_drain(p, &got);
  cr_assert_gt(got.n, 0);
  cr_expect_eq(got.v[got.n - 1].kind, BRF_CUE_SESSION_DONE);
  cr_expect_neq(got.v[got.n - 2].kind, BRF_CUE_EXERCISE_DONE);
  for (size_t i = 0; i < 3; i++) expect_record(p, i, BRF_RECORD_SKIPPED, 0);
  cr_expect_eq(brf_player_skip(p), BRF_E_STATE);
  brf_player_free(p);
}

Test(control, back_restarts_the_current_step_or_goes_to_the_previous_within_the_grace) {
  brf_player *p = pl_started(ctx, tl);
  cr_assert_eq(brf_player_advance(p, 50000), BRF_OK); /* B: 5 s of work */
  pl_drain(p, &got);
  cr_assert_eq(brf_player_back(p), BRF_OK);
  cr_expect_eq(brf_player_position_ms(p), 30000, "to the start of B's transition");
  cr_expect_eq(brf_player_step_index(p), 1);
  got.n = 0;
  pl_drain(p, &got);
  pl_want w[] = {{BRF_CUE_NEXT_UP, 50000, "Rest 15 s. Next up: B"}};
  pl_expect_cues(&got, w, 1, "back replays the start's cues");
  expect_record(p, 1, BRF_RECORD_IN_PROGRESS, 5000);
  /* within the grace: to A, and B is left cut short */
  cr_assert_eq(brf_player_advance(p, BRF_PLAYER_BACK_GRACE_MS - 1), BRF_OK);
  cr_assert_eq(brf_player_back(p), BRF_OK);
  cr_expect_eq(brf_player_position_ms(p), 0);
  cr_expect_eq(brf_player_step_index(p), 0);
  expect_record(p, 1, BRF_RECORD_CUT_SHORT, 5000);
  expect_record(p, 0, BRF_RECORD_DONE, 20000);
  got.n = 0;
  pl_drain(p, &got);
  pl_want w2[] = {{BRF_CUE_GET_READY, 52999, "Get ready: A"}};
  pl_expect_cues(&got, w2, 1, "back to the first step");
  /* the first step has no previous: back stays on it */
  cr_assert_eq(brf_player_back(p), BRF_OK);
  cr_expect_eq(brf_player_position_ms(p), 0);
  /* replaying: A is done twice over, B completes this time */
  cr_assert_eq(brf_player_advance(p, 1000000), BRF_OK);
  expect_record(p, 0, BRF_RECORD_DONE, 40000);
  expect_record(p, 1, BRF_RECORD_DONE, 45000);
  expect_record(p, 2, BRF_RECORD_DONE, 9000);
  cr_expect_eq(brf_player_session_elapsed_ms(p), 52999 + 109000);
  brf_player_free(p);
}

Test(control, stop_part_way_records_what_was_done) {
  brf_player *p = pl_started(ctx, tl);
  cr_assert_eq(brf_player_advance(p, 46000), BRF_OK);
  cr_assert_eq(brf_player_stop(p), BRF_OK);
  cr_expect_eq(brf_player_state(p), BRF_PLAYER_STOPPED);
  expect_record(p, 0, BRF_RECORD_DONE, 20000);
  expect_record(p, 1, BRF_RECORD_CUT_SHORT, 1000);
  expect_record(p, 2, BRF_RECORD_NOT_REACHED, 0);
  cr_expect_eq(brf_player_advance(p, 5000), BRF_OK);
  cr_expect_eq(brf_player_position_ms(p), 46000, "a stopped player does not move");
  cr_expect_eq(brf_player_pause(p), BRF_E_STATE);
  cr_expect_eq(brf_player_resume(p), BRF_E_STATE);
  cr_expect_eq(brf_player_skip(p), BRF_E_STATE);
  cr_expect_eq(brf_player_back(p), BRF_E_STATE);
  cr_expect_eq(brf_player_stop(p), BRF_E_STATE);
  cr_expect_eq(brf_player_start(p), BRF_E_STATE);
  brf_player_free(p);
  /* stopping in a lead-in leaves the step not reached */
  p = pl_started(ctx, tl);
  cr_assert_eq(brf_player_advance(p, 32000), BRF_OK);
  cr_assert_eq(brf_player_pause(p), BRF_OK);
  cr_assert_eq(brf_player_stop(p), BRF_OK);
  expect_record(p, 1, BRF_RECORD_NOT_REACHED, 0);
  brf_player_free(p);
}

Test(control, the_queue_keeps_the_newest_runs_and_counts_what_it_drops) {
  brf_player *p = pl_started(ctx, tl);
  for (int i = 0; i < 40; i++) cr_assert_eq(brf_player_back(p), BRF_OK);
  /* 41 runs of one get-ready cue each, 32 kept */
  cr_expect_eq(brf_player_cue_count(p), BRF_PLAYER_CUE_RUNS);
  cr_expect_eq(brf_player_cues_dropped(p), 41 - BRF_PLAYER_CUE_RUNS);
  brf_player_cues_clear(p);
  /* one run holds a whole session however far one advance jumps */
  cr_assert_eq(brf_player_advance(p, 1000000), BRF_OK);
  pl_drain(p, &got);
  pl_play(ctx, tl, 1000000, 0, &other);
  cr_expect_eq(got.n + 1, other.n, "every cue but the get-ready already drained");
  cr_expect_eq(brf_player_cues_dropped(p), 41 - BRF_PLAYER_CUE_RUNS);
  brf_player_free(p);
}

Test(control, cue_texts_outlive_the_queue_and_belong_to_the_timeline) {
  brf_player *p = pl_started(ctx, tl);
  cr_expect_eq(brf_player_timeline(p), tl);
  const char *t = brf_player_cue_text(p, 0);
  cr_assert_str_eq(t, "Get ready: A");
  brf_player_cues_clear(p);
  cr_assert_eq(brf_player_advance(p, 1000000), BRF_OK);
  cr_expect_str_eq(t, "Get ready: A", "still valid after clear and advance");
  brf_player_free(p);
}

Test(control, misuse_is_refused_without_crashing) {
  brf_player *p = NULL;
  cr_expect_eq(brf_player_new(NULL, tl, &p), BRF_E_INVALID);
  cr_expect_eq(brf_player_new(ctx, NULL, &p), BRF_E_INVALID);
  cr_expect_eq(brf_player_new(ctx, tl, NULL), BRF_E_INVALID);
  cr_assert_eq(brf_player_new(ctx, tl, &p), BRF_OK);
  cr_expect_eq(brf_player_state(p), BRF_PLAYER_IDLE);
  cr_expect_eq(brf_player_advance(p, 10), BRF_E_STATE);
  cr_expect(strstr(brf_context_errmsg(ctx), "not started") != NULL);
  cr_expect_eq(brf_player_pause(p), BRF_E_STATE);
  cr_expect_eq(brf_player_resume(p), BRF_E_STATE);
  cr_expect_eq(brf_player_skip(p), BRF_E_STATE);
  cr_expect_eq(brf_player_back(p), BRF_E_STATE);
  cr_expect_eq(brf_player_stop(p), BRF_E_STATE);
  cr_expect_eq(brf_player_cue_count(p), 0);
  cr_assert_eq(brf_player_start(p), BRF_OK);
  cr_expect_eq(brf_player_start(p), BRF_E_STATE);
  cr_expect_eq(brf_player_resume(p), BRF_E_STATE);
  cr_expect_eq(brf_player_advance(p, -1), BRF_E_INVALID);
  cr_expect(strstr(brf_context_errmsg(ctx), "-1") != NULL);
  int32_t kind = -5;
  cr_expect_eq(brf_player_cue_at(p, 1, &kind, NULL, NULL), BRF_E_RANGE);
  cr_expect_eq(kind, -5);
  cr_expect_eq(brf_player_cue_at(p, 0, NULL, NULL, NULL), BRF_OK);
  cr_expect_null(brf_player_cue_text(p, 1));
  cr_expect_eq(brf_player_record_at(p, 3, NULL, NULL, NULL), BRF_E_RANGE);
  cr_expect_eq(brf_player_pause(p), BRF_OK);
  cr_expect_eq(brf_player_pause(p), BRF_E_STATE);
  brf_player_free(p);
  /* NULL players */
  cr_expect_eq(brf_player_start(NULL), BRF_E_INVALID);
  cr_expect_eq(brf_player_advance(NULL, 1), BRF_E_INVALID);
  cr_expect_eq(brf_player_pause(NULL), BRF_E_INVALID);
  cr_expect_eq(brf_player_resume(NULL), BRF_E_INVALID);
  cr_expect_eq(brf_player_skip(NULL), BRF_E_INVALID);
  cr_expect_eq(brf_player_back(NULL), BRF_E_INVALID);
  cr_expect_eq(brf_player_stop(NULL), BRF_E_INVALID);
  cr_expect_eq(brf_player_state(NULL), -1);
  cr_expect_eq(brf_player_segment_index(NULL), 0);
  cr_expect_eq(brf_player_step_index(NULL), 0);
  cr_expect_eq(brf_player_position_ms(NULL), -1);
  cr_expect_eq(brf_player_segment_elapsed_ms(NULL), -1);
  cr_expect_eq(brf_player_segment_remaining_ms(NULL), -1);
  cr_expect_eq(brf_player_session_elapsed_ms(NULL), -1);
  cr_expect_eq(brf_player_session_remaining_ms(NULL), -1);
  cr_expect_eq(brf_player_cue_count(NULL), 0);
  cr_expect_eq(brf_player_cues_dropped(NULL), 0);
  cr_expect_eq(brf_player_cue_at(NULL, 0, NULL, NULL, NULL), BRF_E_INVALID);
  cr_expect_null(brf_player_cue_text(NULL, 0));
  cr_expect_eq(brf_player_record_count(NULL), 0);
  cr_expect_eq(brf_player_record_at(NULL, 0, NULL, NULL, NULL), BRF_E_INVALID);
  cr_expect_null(brf_player_timeline(NULL));
  brf_player_cues_clear(NULL);
  brf_player_free(NULL);
  cr_expect_eq(brf_timeline_segment_count(NULL), 0);
  cr_expect_eq(brf_timeline_total_ms(NULL), -1);
  cr_expect_eq(brf_timeline_step_count(NULL), 0);
}
