/* What other modules use of a dose beyond the public API: the one time
 * formula, the canonical text and a dose in the reader's words.
 * Provided by: dosage. Used by: adapt, catalog, planner, player, routine, schedule. */
#ifndef BRF_INTERNAL_DOSAGE_H
#define BRF_INTERNAL_DOSAGE_H

#include "backrelief/dosage.h"
#include "util/core.h"

/* The time one session of dose d takes (the one formula of
 * docs/notation.md, "Time estimates"), for modality (a BRF_MODALITY_* value
 * or -1 when unknown). Pure: it writes no error into any context, so it may
 * be called on a frozen object from many threads. Returns BRF_OK,
 * BRF_E_INVALID (NULL argument, unknown modality, or a dose with no reps,
 * duration or hold) or BRF_E_RANGE (int64 overflow). */
brf_status brf__dosage_estimate(const brf_dosage *d, int32_t modality, int64_t *min_ms,
                                int64_t *max_ms);

/* Read one field without touching any context (safe on shared objects and
 * on successful paths that must not leave an error behind). Returns 1 and
 * writes min/max when the field is set, 0 when it is unset or d is NULL. */
int brf__dosage_field(const brf_dosage *d, int32_t field, int64_t *min, int64_t *max);

/* Append the canonical text of d to b (errors latch in b->status). */
void brf__dosage_append(brf__buf *b, const brf_dosage *d);

/* Dose d as a person reads it, into buf (cap bytes with the NUL), writing
 * into no context: in a language other than English (lang, an index of
 * brf__lang_tags as brf__ctx_lang gives, above 0) the words of
 * brf_dosage_describe ("3 × 10 Wiederholungen, täglich"); in English, in a
 * build that left the description out (BRF_WITH_DOSAGE_DESCRIBE=OFF: the
 * watch), or when the words do not fit in cap, the canonical notation
 * ("3x10, daily"). Returns the length of the text written; when nothing
 * fits, buf holds "" (cap > 0) and the length of the first choice is
 * returned (>= cap), so that cap 0 measures. d is not NULL. */
size_t brf__dosage_text(const brf_dosage *d, int32_t lang, char *buf, size_t cap);

/* Append a time range in its canonical unit ("20-30s", "2-3d") to b. */
void brf__dosage_append_time(brf__buf *b, int64_t min_ms, int64_t max_ms);

#endif /* BRF_INTERNAL_DOSAGE_H */
