/* The timeline's public face: the one-exercise constructor, segment and step
 * access, kind names, and the shared reference count that lets players keep
 * their timeline alive. */

#include "player/player_private.h"

static const char *const segment_names[BRF_SEGMENT_KIND_COUNT] = {
    "get-ready", "work", "relax", "rest", "switch-side", "transition", "done",
};

static const char *const cue_names[BRF_CUE_KIND_COUNT] = {
    "get-ready",   "start", "rep",  "hold",    "halfway",       "countdown",
    "switch-side", "rest",  "next-up", "exercise-done", "session-done",
};

static const char *const record_names[BRF_RECORD_STATUS_COUNT] = {
    "not-reached", "in-progress", "done", "cut-short", "skipped",
};

static const char *const side_names[] = {"none", "left", "right"};

static const char *const state_names[] = {"idle", "running", "paused", "finished", "stopped"};

#define N(a) (sizeof(a) / sizeof((a)[0]))


BRF__ID_FUNCTIONS(segment_kind, segment_names, N(segment_names))
BRF__ID_FUNCTIONS(side, side_names, N(side_names))
BRF__ID_FUNCTIONS(cue_kind, cue_names, N(cue_names))
BRF__ID_FUNCTIONS(player_state, state_names, N(state_names))
BRF__ID_FUNCTIONS(record_status, record_names, N(record_names))

const char *brf_timeline_segment_kind_name(int32_t kind) {
  return brf__name_at(segment_names, BRF_SEGMENT_KIND_COUNT, kind);
}

brf_status brf_timeline_segment_kind_from_name(const char *name, int32_t *kind) {
  return brf__name_index(segment_names, BRF_SEGMENT_KIND_COUNT, name, kind);
}

const char *brf_player_cue_kind_name(int32_t kind) {
  return brf__name_at(cue_names, BRF_CUE_KIND_COUNT, kind);
}

brf_status brf_player_cue_kind_from_name(const char *name, int32_t *kind) {
  return brf__name_index(cue_names, BRF_CUE_KIND_COUNT, name, kind);
}

const char *brf_player_record_status_name(int32_t status) {
  return brf__name_at(record_names, BRF_RECORD_STATUS_COUNT, status);
}

brf_status brf_timeline_new_from_dose(brf_context *ctx, const char *exercise_id,
                                      const char *name, int32_t modality,
                                      const brf_dosage *dose, int32_t which,
                                      brf_timeline **out) {
  brf__enter(ctx);
  brf__timeline_step step = {exercise_id, name, modality, dose};
  return brf__timeline_build(ctx, &step, 1, which, out);
}

void brf__timeline_release(brf_timeline *tl) {
  if (tl == NULL || --tl->refs > 0) return;
  brf_context *ctx = tl->ctx;
  brf__free(ctx, tl->segs);
  brf__free(ctx, tl->cues);
  brf__free(ctx, tl->steps);
  brf__free(ctx, tl->text);
  brf__free(ctx, tl);
  brf__ctx_release(ctx);
}

void brf_timeline_free(brf_timeline *tl) {
  brf__timeline_release(tl);
}

size_t brf_timeline_segment_count(const brf_timeline *tl) {
  return tl == NULL ? 0 : tl->seg_count;
}

brf_status brf_timeline_segment_at(const brf_timeline *tl, size_t index, int32_t *kind,
                                   size_t *exercise, int32_t *set, int32_t *rep, int32_t *side,
                                   int64_t *start_ms, int64_t *duration_ms) {
  BRF__ENTER_OBJ(tl);
  if (tl == NULL) return BRF_E_INVALID;
  if (index >= tl->seg_count)
    return brf__error(tl->ctx, BRF_E_RANGE, "segment %zu is out of range (the timeline has %zu)",
                      index, tl->seg_count);
  const brf__segment *g = &tl->segs[index];
  if (kind != NULL) *kind = g->kind;
  if (exercise != NULL) *exercise = g->exercise;
  if (set != NULL) *set = g->set;
  if (rep != NULL) *rep = g->rep;
  if (side != NULL) *side = g->side;
  if (start_ms != NULL) *start_ms = g->start_ms;
  if (duration_ms != NULL) *duration_ms = g->duration_ms;
  return BRF_OK;
}

int64_t brf_timeline_total_ms(const brf_timeline *tl) {
  return tl == NULL ? -1 : tl->total_ms;
}

size_t brf_timeline_step_count(const brf_timeline *tl) {
  return tl == NULL ? 0 : tl->step_count;
}

const char *brf_timeline_step_id(const brf_timeline *tl, size_t index) {
  if (tl == NULL || index >= tl->step_count) return NULL;
  return tl->text + tl->steps[index].id;
}

const char *brf_timeline_step_name(const brf_timeline *tl, size_t index) {
  if (tl == NULL || index >= tl->step_count) return NULL;
  return tl->text + tl->steps[index].name;
}

brf_status brf_timeline_step_span(const brf_timeline *tl, size_t index, int64_t *start_ms,
                                  int64_t *planned_ms) {
  BRF__ENTER_OBJ(tl);
  if (tl == NULL) return BRF_E_INVALID;
  if (index >= tl->step_count)
    return brf__error(tl->ctx, BRF_E_RANGE, "step %zu is out of range (the timeline has %zu)",
                      index, tl->step_count);
  if (start_ms != NULL) *start_ms = tl->steps[index].work_start_ms;
  if (planned_ms != NULL) *planned_ms = tl->steps[index].planned_ms;
  return BRF_OK;
}

size_t brf__timeline_cue_lower(const brf_timeline *tl, int64_t pos) {
  size_t lo = 0, hi = tl->cue_count;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (tl->cues[mid].pos_ms < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
