/* 06_player_loop: play a short session with a simulated clock. The library
 * never reads the clock or sleeps: the app calls brf_player_advance() with the
 * time that passed (here 1000 ms per "tick"), then reads and clears the cues
 * that fell due (to speak or show them). Pausing stops the session clock.
 * At the end the completion record says what was done of each step.
 * Introduces: brf_timeline_new, brf_player_*, cues, pause/resume, the record. */
#include <string.h>

#include "common.h"

/* Print and clear the cues queued since the last call. */
static void drain(brf_context *ctx, brf_player *pl) {
  for (size_t i = 0; i < brf_player_cue_count(pl); i++) {
    int32_t kind = 0;
    int64_t at_ms = 0;
    CHECK(ctx, brf_player_cue_at(pl, i, &kind, &at_ms, NULL));
    printf("  %3lld s  %-13s %s\n", (long long)(at_ms / 1000), brf_player_cue_kind_name(kind),
           brf_player_cue_text(pl, i));
  }
  brf_player_cues_clear(pl);
}

int main(void) {
  brf_context *ctx = NULL;
  brf_catalog *cat = NULL;
  brf_routine *r = NULL;
  brf_dosage *d = NULL, *roll = NULL;
  brf_timeline *tl = NULL;
  brf_player *pl = NULL;
  CHECK(ctx, brf_context_new(&ctx));
  CHECK(ctx, brf_catalog_new_builtin(ctx, &cat));

  /* A tiny routine of two steps with short doses, so the whole session prints. */
  const char *hold = "2 reps, hold 8s, each side", *bout = "15s";
  CHECK(ctx, brf_routine_new(ctx, &r));
  CHECK(ctx, brf_routine_append(r, brf_catalog_find(cat, "seated-piriformis-stretch"), NULL));
  CHECK(ctx, brf_dosage_parse(ctx, hold, strlen(hold), &d));
  CHECK(ctx, brf_routine_step_set_dose(r, 0, d));
  CHECK(ctx, brf_routine_append(r, brf_catalog_find(cat, "glute-ball-release"), NULL));
  CHECK(ctx, brf_dosage_parse(ctx, bout, strlen(bout), &roll));
  CHECK(ctx, brf_routine_step_set_dose(r, 1, roll));

  /* A timeline plays one end of every dose range (here the minimum). */
  CHECK(ctx, brf_timeline_new(ctx, r, BRF_TIMELINE_MIN, &tl));
  printf("%zu segments, %lld s in all\n", brf_timeline_segment_count(tl),
         (long long)(brf_timeline_total_ms(tl) / 1000));
  /* The player keeps the timeline alive, so it may be freed now. */
  CHECK(ctx, brf_player_new(ctx, tl, &pl));
  brf_timeline_free(tl);

  CHECK(ctx, brf_player_start(pl));
  drain(ctx, pl);
  for (int tick = 1; brf_player_state(pl) != BRF_PLAYER_FINISHED; tick++) {
    if (tick == 10) { /* the phone rings: pause; five ticks pass unnoticed */
      CHECK(ctx, brf_player_pause(pl));
      for (int i = 0; i < 5; i++)
        CHECK(ctx, brf_player_advance(pl, 1000));
      printf("  -- paused for 5 s at %lld s, resumed --\n",
             (long long)(brf_player_session_elapsed_ms(pl) / 1000));
      CHECK(ctx, brf_player_resume(pl));
    }
    CHECK(ctx, brf_player_advance(pl, 1000));
    drain(ctx, pl);
  }

  printf("completion record:\n");
  for (size_t i = 0; i < brf_player_record_count(pl); i++) {
    int32_t status = 0;
    int64_t planned = 0, done = 0;
    CHECK(ctx, brf_player_record_at(pl, i, &status, &planned, &done));
    printf("  %s: %s, %lld of %lld s\n", brf_timeline_step_name(brf_player_timeline(pl), i),
           brf_player_record_status_name(status), (long long)(done / 1000),
           (long long)(planned / 1000));
  }

  brf_player_free(pl);
  brf_dosage_free(d);
  brf_dosage_free(roll);
  brf_routine_free(r);
  brf_catalog_free(cat);
  brf_context_free(ctx);
  return 0;
}
