/* The session timeline's internal builder: brf_timeline_new
 * (lib/player/player_from_routine.c, from a routine's public getters) and the
 * public one-dose constructor turn their steps into a brf_timeline here.
 * The timeline is the one time formula of docs/notation.md laid out as
 * segments, so its total equals brf__dosage_estimate per step plus
 * BRF__GET_READY_MS and the transitions (docs/player.md). */
#ifndef BRF_PLAYER_BUILDER_H
#define BRF_PLAYER_BUILDER_H

#include "backrelief/dosage.h"
#include "backrelief/player.h"
#include "util/core.h"

/* One exercise of a session. The strings and the dose are only read during
 * the call: the timeline copies what it needs. */
typedef struct brf__timeline_step {
  const char *exercise_id; /* non-empty UTF-8 */
  const char *name;        /* non-empty UTF-8, spoken in cues */
  int32_t modality;        /* BRF_MODALITY_*, or -1 when unknown */
  const brf_dosage *dose;  /* must have reps, a duration or a hold */
} brf__timeline_step;

/* Build the timeline of count steps (count may be 0: the timeline is then a
 * single zero-length done segment). which is BRF_TIMELINE_MIN (every range
 * at its min) or BRF_TIMELINE_MAX. Returns BRF_OK, BRF_E_INVALID (NULL
 * argument, bad which, bad text, unknown modality, a dose with no session
 * time; the message names the step), BRF_E_RANGE (overflow), BRF_E_NOMEM.
 * *out is NULL on failure. */
brf_status brf__timeline_build(brf_context *ctx, const brf__timeline_step *steps, size_t count,
                               int32_t which, brf_timeline **out);

#endif /* BRF_PLAYER_BUILDER_H */
