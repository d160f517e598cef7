/* The layout of timelines and players, shared by the files of the player
 * module only. */
#ifndef BRF_PLAYER_PRIVATE_H
#define BRF_PLAYER_PRIVATE_H

#include "player/player_builder.h"

typedef struct brf__segment {
  int64_t start_ms;
  int64_t duration_ms;
  size_t exercise;
  int32_t kind, set, rep, side;
} brf__segment;

/* A cue of a linear play of the timeline, at position pos_ms. Cues are
 * sorted by pos_ms, so whatever a move from a to b makes due is one
 * contiguous run of this array. */
typedef struct brf__cue {
  int64_t pos_ms;
  size_t exercise;
  size_t text; /* offset in the timeline's text pool */
  int32_t kind;
} brf__cue;

typedef struct brf__tl_step {
  size_t id, name;         /* offsets in the text pool */
  size_t lead_segment;     /* index of its get-ready or transition segment */
  int64_t lead_start_ms;   /* start of that segment */
  int64_t work_start_ms;   /* start of its first work segment */
  int64_t planned_ms;      /* its work, lead-in excluded */
} brf__tl_step;

struct brf_timeline {
  brf_context *ctx;
  size_t refs; /* the caller's reference and one per player */
  brf__segment *segs;
  size_t seg_count;
  brf__cue *cues;
  size_t cue_count;
  brf__tl_step *steps;
  size_t step_count;
  char *text; /* NUL-separated strings */
  int64_t total_ms;
};

/* A run of consecutive timeline cues queued with one clock offset: cue k of
 * the run fell due at session time cues[first + k].pos_ms + offset. Linear
 * play keeps the offset, so advances extend one run; start, skip and back
 * open a new one. */
typedef struct brf__cue_run {
  size_t first, count;
  int64_t offset;
} brf__cue_run;

typedef struct brf__step_record {
  int64_t done_ms;
  int32_t status; /* BRF_RECORD_NOT_REACHED, _DONE, _CUT_SHORT or _SKIPPED */
} brf__step_record;

struct brf_player {
  brf_context *ctx;
  brf_timeline *tl; /* one reference held */
  int32_t state;
  size_t seg;      /* current segment */
  size_t step;     /* its exercise (the step count on the done segment) */
  int64_t pos;     /* position on the timeline */
  int64_t clock;   /* session time: counted time, pauses excluded */
  size_t next_cue; /* first timeline cue not yet queued by a linear play */
  size_t run_count, cue_count, dropped;
  brf__cue_run runs[BRF_PLAYER_CUE_RUNS];
  brf__step_record record[]; /* one per step */
};

/* Release one reference (the last frees the timeline). */
void brf__timeline_release(brf_timeline *tl);

/* Index of the first cue with pos_ms >= pos (cue_count when none). */
size_t brf__timeline_cue_lower(const brf_timeline *tl, int64_t pos);

#endif /* BRF_PLAYER_PRIVATE_H */
