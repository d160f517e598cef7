/* What a host reads from a player: state, position, queued cues and the
 * completion record. None of these calls allocates or changes the player
 * (except brf_player_cues_clear). */
#include "player/player_private.h"

const brf_timeline *brf_player_timeline(const brf_player *p) {
  return p == NULL ? NULL : p->tl;
}

int32_t brf_player_state(const brf_player *p) {
  return p == NULL ? -1 : p->state;
}

size_t brf_player_segment_index(const brf_player *p) {
  return p == NULL ? 0 : p->seg;
}

size_t brf_player_step_index(const brf_player *p) {
  return p == NULL ? 0 : p->step;
}

/* 0 is the first segment or step as well as the old getters' failure value
 * (docs/conventions.md, "Sentinels"). */
brf_status brf_player_segment_index_get(const brf_player *p, size_t *out) {
  if (p == NULL || out == NULL) return BRF_E_INVALID;
  *out = p->seg;
  return BRF_OK;
}

brf_status brf_player_step_index_get(const brf_player *p, size_t *out) {
  if (p == NULL || out == NULL) return BRF_E_INVALID;
  *out = p->step;
  return BRF_OK;
}

int64_t brf_player_position_ms(const brf_player *p) {
  return p == NULL ? -1 : p->pos;
}

int64_t brf_player_segment_elapsed_ms(const brf_player *p) {
  return p == NULL ? -1 : p->pos - p->tl->segs[p->seg].start_ms;
}

int64_t brf_player_segment_remaining_ms(const brf_player *p) {
  if (p == NULL) return -1;
  const brf__segment *g = &p->tl->segs[p->seg];
  return g->start_ms + g->duration_ms - p->pos;
}

int64_t brf_player_session_elapsed_ms(const brf_player *p) {
  return p == NULL ? -1 : p->clock;
}

int64_t brf_player_session_remaining_ms(const brf_player *p) {
  return p == NULL ? -1 : p->tl->total_ms - p->pos;
}

size_t brf_player_cue_count(const brf_player *p) {
  return p == NULL ? 0 : p->cue_count;
}

size_t brf_player_cues_dropped(const brf_player *p) {
  return p == NULL ? 0 : p->dropped;
}

/* The timeline cue behind queued cue `index`, and its offset; NULL when out of range. */
static const brf__cue *queued(const brf_player *p, size_t index, int64_t *offset) {
  for (size_t r = 0; r < p->run_count; r++) {
    if (index < p->runs[r].count) {
      *offset = p->runs[r].offset;
      return &p->tl->cues[p->runs[r].first + index];
    }
    index -= p->runs[r].count;
  }
  return NULL;
}

brf_status brf_player_cue_at(const brf_player *p, size_t index, int32_t *kind, int64_t *at_ms,
                             size_t *exercise_index) {
  BRF__ENTER_OBJ(p);
  if (p == NULL) return BRF_E_INVALID;
  int64_t offset = 0;
  const brf__cue *c = queued(p, index, &offset);
  if (c == NULL)
    return brf__error(p->ctx, BRF_E_RANGE, "cue %zu is out of range (%zu queued)", index,
                      p->cue_count);
  if (kind != NULL) *kind = c->kind;
  if (at_ms != NULL) *at_ms = c->pos_ms + offset;
  if (exercise_index != NULL) *exercise_index = c->exercise;
  return BRF_OK;
}

const char *brf_player_cue_text(const brf_player *p, size_t index) {
  if (p == NULL) return NULL;
  int64_t offset = 0;
  const brf__cue *c = queued(p, index, &offset);
  return c == NULL ? NULL : p->tl->text + c->text;
}

void brf_player_cues_clear(brf_player *p) {
  if (p == NULL) return;
  p->run_count = 0;
  p->cue_count = 0;
}

size_t brf_player_record_count(const brf_player *p) {
  return p == NULL ? 0 : p->tl->step_count;
}

brf_status brf_player_record_at(const brf_player *p, size_t index, int32_t *status,
                                int64_t *planned_ms, int64_t *done_ms) {
  BRF__ENTER_OBJ(p);
  if (p == NULL) return BRF_E_INVALID;
  if (index >= p->tl->step_count)
    return brf__error(p->ctx, BRF_E_RANGE, "record %zu is out of range (%zu steps)", index,
                      p->tl->step_count);
  const brf__step_record *r = &p->record[index];
  int active = p->state == BRF_PLAYER_RUNNING || p->state == BRF_PLAYER_PAUSED;
  if (status != NULL)
    *status = active && index == p->step && r->status != BRF_RECORD_DONE ? BRF_RECORD_IN_PROGRESS
                                                                         : r->status;
  if (planned_ms != NULL) *planned_ms = p->tl->steps[index].planned_ms;
  if (done_ms != NULL) *done_ms = r->done_ms;
  return BRF_OK;
}
