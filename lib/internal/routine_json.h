/* The body of a routine in JSON (docs/formats.md, "Routine"): the members
 * `name`, `steps` and `estimate`, shared by the routine format (where they
 * follow `format` and `format_version`) and by the schedule format (which
 * embeds one routine per item). One reader and one writer, so that a routine
 * saved inside a schedule keeps every field the routine format keeps.
 * Provided by: routine. Used by: schedule. */
#ifndef BRF_INTERNAL_ROUTINE_JSON_H
#define BRF_INTERNAL_ROUTINE_JSON_H

#include "backrelief/catalog.h"
#include "backrelief/routine.h"
#include "util/json.h"

/* The body's keys, for the key list of the object that holds them:
 * `{"format", "format_version", BRF__ROUTINE_BODY_KEYS, NULL}`. */
#define BRF__ROUTINE_BODY_KEYS "name", "steps", "estimate", BRF__ROUTINE_GOAL_KEY

/* The optional `goal` member (a goal id, written only when the routine has
 * a goal; documents without it read as "no goal"). */
#define BRF__ROUTINE_GOAL_KEY "goal"

/* Write the body members of r, in the order name, steps (exercise, canonical
 * dose, phase, then note and reason when not empty), estimate, goal (when
 * the routine has one), into the
 * object w has open. Dose texts are allocated in ctx. Errors (BRF_E_NOMEM,
 * BRF_E_RANGE when the estimate overflows) latch in w; returns w->status. */
brf_status brf__routine_write_body(brf__jw *w, brf_context *ctx, const brf_routine *r);

/* Read the body members of obj, an object whose keys the caller has already
 * checked (with BRF__ROUTINE_BODY_KEYS among them), into a new routine in
 * jr->ctx whose exercise ids are resolved in cat. Errors latch in jr with
 * the current JSON path (the caller pushes its own segments first, so a
 * schedule reports `items[1].routine.steps[0].dose: ...`): BRF_E_SCHEMA,
 * BRF_E_RANGE (a dose number outside its bounds), BRF_E_NOMEM, and
 * BRF_E_NOT_FOUND for an exercise id cat lacks, in both formats
 * (docs/conventions.md, "Readers: one status per situation"). Returns
 * jr->status; *out is the routine (owned by the caller) on BRF_OK and NULL
 * otherwise. */
brf_status brf__routine_read_body(brf__jr *jr, const brf__json *obj, const brf_catalog *cat,
                                  brf_routine **out);

#endif /* BRF_INTERNAL_ROUTINE_JSON_H */
