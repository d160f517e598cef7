/* The player: a position on a read-only timeline moved by the host's clock.
 * Everything is allocated by brf_player_new; the calls that move the player
 * only index into the timeline (its cues were made when it was built), so
 * brf_player_advance allocates nothing, and a jump of any size makes due
 * exactly the cues that many small steps would (docs/player.md). */
#include <string.h>

#include "player/player_private.h"

/* The player only reads the timeline; it shares it by its reference count,
 * the one member a player changes (brf__timeline_release), so a const
 * timeline (brf_player_timeline()) can be played again. */
static brf_status player_make(brf_context *ctx, const brf_timeline *ctl, brf_player **out,
                              const char *fn) {
  if (out != NULL) *out = NULL;
  if (ctx == NULL) return BRF_E_INVALID;
  if (ctl == NULL || out == NULL) return brf__error(ctx, BRF_E_INVALID, "%s: NULL argument", fn);
  brf_timeline *tl = (brf_timeline *)(uintptr_t)ctl; /* for tl->refs only */
  size_t n = tl->step_count;
  if (n > (SIZE_MAX - sizeof(brf_player)) / sizeof(brf__step_record)) return brf__nomem(ctx);
  brf_player *p = brf__alloc(ctx, sizeof *p + n * sizeof(brf__step_record));
  if (p == NULL) return brf__nomem(ctx);
  memset(p, 0, sizeof *p + n * sizeof(brf__step_record));
  p->ctx = ctx;
  p->tl = tl;
  p->state = BRF_PLAYER_IDLE;
  for (size_t i = 0; i < n; i++) p->record[i].status = BRF_RECORD_NOT_REACHED;
  tl->refs++;
  brf__ctx_retain(ctx);
  *out = p;
  return BRF_OK;
}

brf_status brf_player_new(brf_context *ctx, brf_timeline *tl, brf_player **out) {
  brf__enter(ctx);
  return player_make(ctx, tl, out, "brf_player_new");
}

brf_status brf_player_new_v2(brf_context *ctx, const brf_timeline *tl, brf_player **out) {
  brf__enter(ctx);
  return player_make(ctx, tl, out, "brf_player_new_v2");
}

void brf_player_free(brf_player *p) {
  if (p == NULL) return;
  brf_context *ctx = p->ctx;
  brf__timeline_release(p->tl);
  brf__free(ctx, p);
  brf__ctx_release(ctx);
}

/* Queue `count` timeline cues from `first`, due at pos_ms + offset. */
static void queue_run(brf_player *p, size_t first, size_t count, int64_t offset) {
  if (count == 0) return;
  if (p->run_count > 0) {
    brf__cue_run *last = &p->runs[p->run_count - 1];
    if (last->first + last->count == first && last->offset == offset) {
      last->count += count;
      p->cue_count += count;
      return;
    }
  }
  if (p->run_count == BRF_PLAYER_CUE_RUNS) {
    /* Full: the host has not drained for BRF_PLAYER_CUE_RUNS jumps; the
     * oldest cues are the stalest, so they go. */
    p->dropped += p->runs[0].count;
    p->cue_count -= p->runs[0].count;
    memmove(&p->runs[0], &p->runs[1], (BRF_PLAYER_CUE_RUNS - 1) * sizeof p->runs[0]);
    p->run_count--;
  }
  brf__cue_run *r = &p->runs[p->run_count++];
  r->first = first;
  r->count = count;
  r->offset = offset;
  p->cue_count += count;
}

/* Put the player at the start of segment `seg` and queue the cues due
 * there, except an exercise-done cue: it belongs to the end of the exercise
 * before, which a jump did not finish. */
static void jump_to(brf_player *p, size_t seg) {
  const brf_timeline *tl = p->tl;
  p->seg = seg;
  p->step = tl->segs[seg].exercise;
  p->pos = tl->segs[seg].start_ms;
  size_t first = brf__timeline_cue_lower(tl, p->pos), last;
  while (first < tl->cue_count && tl->cues[first].pos_ms == p->pos &&
         tl->cues[first].kind == BRF_CUE_EXERCISE_DONE)
    first++;
  for (last = first; last < tl->cue_count && tl->cues[last].pos_ms == p->pos; last++) {
  }
  queue_run(p, first, last - first, p->clock - p->pos);
  p->next_cue = last;
  if (seg + 1 == tl->seg_count) p->state = BRF_PLAYER_FINISHED;
}

brf_status brf_player_start(brf_player *p) {
  BRF__ENTER_OBJ(p);
  if (p == NULL) return BRF_E_INVALID;
  if (p->state != BRF_PLAYER_IDLE)
    return brf__error(p->ctx, BRF_E_STATE, "brf_player_start: the player was already started");
  p->state = BRF_PLAYER_RUNNING;
  p->clock = 0;
  jump_to(p, 0);
  return BRF_OK;
}

/* Credit the work of every step the move from a to b crosses. */
static void credit_work(brf_player *p, int64_t a, int64_t b) {
  const brf_timeline *tl = p->tl;
  for (size_t i = p->step; i < tl->step_count && tl->steps[i].lead_start_ms < b; i++) {
    int64_t ws = tl->steps[i].work_start_ms, we = ws + tl->steps[i].planned_ms;
    int64_t from = a > ws ? a : ws, to = b < we ? b : we;
    if (to > from) p->record[i].done_ms += to - from;
    if (b >= we && a < we) p->record[i].status = BRF_RECORD_DONE;
  }
}

brf_status brf_player_advance(brf_player *p, int64_t elapsed_ms) {
  BRF__ENTER_OBJ(p);
  if (p == NULL) return BRF_E_INVALID;
  if (elapsed_ms < 0)
    return brf__error(p->ctx, BRF_E_INVALID, "brf_player_advance: negative time %lld ms",
                      (long long)elapsed_ms);
  if (p->state == BRF_PLAYER_IDLE)
    return brf__error(p->ctx, BRF_E_STATE, "brf_player_advance: the player was not started");
  if (p->state != BRF_PLAYER_RUNNING) return BRF_OK;
  const brf_timeline *tl = p->tl;
  int64_t room = tl->total_ms - p->pos;
  int64_t move = elapsed_ms < room ? elapsed_ms : room;
  int64_t a = p->pos, b = a + move;
  size_t last = p->next_cue;
  while (last < tl->cue_count && tl->cues[last].pos_ms <= b) last++;
  queue_run(p, p->next_cue, last - p->next_cue, p->clock - a);
  p->next_cue = last;
  credit_work(p, a, b);
  while (p->seg + 1 < tl->seg_count &&
         tl->segs[p->seg].start_ms + tl->segs[p->seg].duration_ms <= b)
    p->seg++;
  p->step = tl->segs[p->seg].exercise;
  p->pos = b;
  p->clock += move;
  if (p->seg + 1 == tl->seg_count) p->state = BRF_PLAYER_FINISHED;
  return BRF_OK;
}

/* The check of the moves that need a running or paused player (p may be
 * NULL: BRF_E_INVALID). */
static brf_status need_active(brf_player *p, const char *fn) {
  if (p == NULL) return BRF_E_INVALID;
  if (p->state == BRF_PLAYER_RUNNING || p->state == BRF_PLAYER_PAUSED) return BRF_OK;
  return brf__error(p->ctx, BRF_E_STATE, "%s: the player is not running or paused", fn);
}

/* Pause and resume are the same move between the two states, each way. */
static brf_status switch_state(brf_player *p, int32_t from, int32_t to, const char *fn,
                               const char *not_from) {
  if (p == NULL) return BRF_E_INVALID;
  if (p->state != from)
    return brf__error(p->ctx, BRF_E_STATE, "%s: the player is not %s", fn, not_from);
  p->state = to;
  return BRF_OK;
}

brf_status brf_player_pause(brf_player *p) {
  BRF__ENTER_OBJ(p);
  return switch_state(p, BRF_PLAYER_RUNNING, BRF_PLAYER_PAUSED, "brf_player_pause", "running");
}

brf_status brf_player_resume(brf_player *p) {
  BRF__ENTER_OBJ(p);
  return switch_state(p, BRF_PLAYER_PAUSED, BRF_PLAYER_RUNNING, "brf_player_resume", "paused");
}

/* Record that the current step is left before its end. */
static void leave_step(brf_player *p, int skipping) {
  if (p->step >= p->tl->step_count) return;
  brf__step_record *r = &p->record[p->step];
  if (r->status == BRF_RECORD_DONE) return;
  if (r->done_ms > 0) r->status = BRF_RECORD_CUT_SHORT;
  else if (skipping) r->status = BRF_RECORD_SKIPPED;
}

brf_status brf_player_skip(brf_player *p) {
  BRF__ENTER_OBJ(p);
  brf_status s = need_active(p, "brf_player_skip");
  if (s != BRF_OK) return s;
  const brf_timeline *tl = p->tl;
  leave_step(p, 1);
  size_t next = p->step + 1;
  jump_to(p, next < tl->step_count ? tl->steps[next].lead_segment : tl->seg_count - 1);
  return BRF_OK;
}

brf_status brf_player_back(brf_player *p) {
  BRF__ENTER_OBJ(p);
  brf_status s = need_active(p, "brf_player_back");
  if (s != BRF_OK) return s;
  const brf_timeline *tl = p->tl;
  size_t target = p->step;
  if (target > 0 && p->pos - tl->steps[target].lead_start_ms < BRF_PLAYER_BACK_GRACE_MS) {
    leave_step(p, 0);
    target--;
  }
  jump_to(p, tl->steps[target].lead_segment);
  return BRF_OK;
}

brf_status brf_player_stop(brf_player *p) {
  BRF__ENTER_OBJ(p);
  brf_status s = need_active(p, "brf_player_stop");
  if (s != BRF_OK) return s;
  leave_step(p, 0);
  p->state = BRF_PLAYER_STOPPED;
  return BRF_OK;
}
