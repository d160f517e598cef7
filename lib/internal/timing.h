/* The constants of the one time formula (docs/notation.md, "Time
 * estimates"), shared by brf__dosage_estimate, the routine estimate and the
 * session timeline so that the planner's estimates and the player's clock
 * agree exactly. All values are milliseconds.
 * Provided by: dosage. Used by: planner, player, routine. */
#ifndef BRF_INTERNAL_TIMING_H
#define BRF_INTERNAL_TIMING_H

#include <stdint.h>

#include "backrelief/vocab.h"
#include "util/core.h"

/* Rep time with neither hold nor tempo when the modality is unknown. */
#define BRF__REP_MS_DEFAULT INT64_C(3000)
/* Rep time with neither hold nor tempo for dynamic stretches and mobility
 * drills, which move slowly in and out of range. */
#define BRF__REP_MS_SLOW INT64_C(4000)
/* Pause between two held reps: relax and reset. */
#define BRF__RELAX_MS INT64_C(3000)
/* Rest between sets when the dose sets none (only when sets > 1). */
#define BRF__REST_MS_DEFAULT INT64_C(30000)
/* Switching sides once, for "each side". */
#define BRF__SWITCH_MS INT64_C(5000)
/* Routine level: before the first exercise, and between two exercises. */
#define BRF__GET_READY_MS INT64_C(10000)
#define BRF__TRANSITION_MS INT64_C(15000)

/* Rep time with neither hold nor tempo, indexed by BRF_MODALITY_*. */
static const int32_t brf__rep_ms_by_modality[BRF_MODALITY_COUNT] BRF__UNUSED = {
    BRF__REP_MS_DEFAULT, /* self-massage */
    BRF__REP_MS_DEFAULT, /* static-stretch */
    BRF__REP_MS_SLOW,    /* dynamic-stretch */
    BRF__REP_MS_SLOW,    /* mobility */
    BRF__REP_MS_DEFAULT, /* strength */
    BRF__REP_MS_DEFAULT, /* heat */
    BRF__REP_MS_DEFAULT, /* cold */
};

#endif /* BRF_INTERNAL_TIMING_H */
