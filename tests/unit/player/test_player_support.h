/* Helpers shared by the player tests: routines built with the internal
 * timeline builder, a virtual clock that plays them, and the cue lists they
 * produce. */
#ifndef BRF_TEST_PLAYER_SUPPORT_H
#define BRF_TEST_PLAYER_SUPPORT_H

#include "player/player_builder.h"
#include "support.h"

typedef struct pl_spec {
  const char *name; /* also the id */
  const char *dose;
} pl_spec;

typedef struct pl_cue {
  int32_t kind;
  int64_t at;
  size_t ex;
  char text[96];
} pl_cue;

typedef struct pl_cues {
  pl_cue v[4096];
  size_t n;
} pl_cues;

#define PL_MAX_STEPS 80

/* A timeline of n (at most PL_MAX_STEPS) steps (modality unknown) at the
 * min of every range. */
brf_timeline *pl_routine(brf_context *ctx, const pl_spec *specs, size_t n);

/* A started player on tl (which the player keeps alive). */
brf_player *pl_started(brf_context *ctx, brf_timeline *tl);

/* Append every queued cue to out, then clear the queue. */
void pl_drain(brf_player *p, pl_cues *out);

/* Play a whole session from start, advancing `tick` ms at a time (or a
 * pseudo-random 1..tick when random is set), draining after each advance. */
void pl_play(brf_context *ctx, brf_timeline *tl, int64_t tick, int random, pl_cues *out);

/* Assert that two cue lists are equal, cue by cue. */
void pl_expect_same(const pl_cues *a, const pl_cues *b, const char *what);

/* One expected cue. */
typedef struct pl_want {
  int32_t kind;
  int64_t at;
  const char *text;
} pl_want;

/* Assert the cue list is exactly `want`. */
void pl_expect_cues(const pl_cues *got, const pl_want *want, size_t n, const char *what);

#endif
