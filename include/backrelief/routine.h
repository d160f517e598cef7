/**
 * @file routine.h
 * @brief Routines: ordered steps of exercises with their doses, phases,
 *        notes and reasons, and the time a routine takes.
 *
 * A ::brf_routine is self-contained: each step copies what it needs from the
 * catalog exercise it was made from (id, name, modality, laterality, primary
 * regions, equipment and contraindications) and owns a copy of its dose, so a
 * routine outlives the catalog it was built from.
 *
 * Steps are addressed by index, 0 to brf_routine_step_count() - 1. Every
 * string and dose a getter returns is owned by its step and stays valid
 * until that value is replaced (brf_routine_step_set_note() replaces the
 * note, brf_routine_step_set_reason() the reason, brf_routine_step_set_dose()
 * the dose), the step is removed, or the routine is freed. Inserting,
 * appending, moving and changing other steps leave it valid (after a move
 * the pointer belongs to the step's new index). The routine's name lives
 * until brf_routine_set_name() or brf_routine_free(). The table
 * "Borrowed pointers and what invalidates them" of docs/conventions.md
 * gives the rule for every kind. A failing call leaves the routine exactly
 * as it was.
 *
 * Every step's dose has a session time (reps, a duration or a hold), so a
 * routine's estimate (brf_routine_estimate_ms()) is always known. The rules
 * are documented in docs/routines.md.
 */
#ifndef BACKRELIEF_ROUTINE_H
#define BACKRELIEF_ROUTINE_H

#include "backrelief/advice.h"
#include "backrelief/catalog.h"
#include "backrelief/core.h"
#include "backrelief/dosage.h"
#include "backrelief/profile.h"
#include "backrelief/vocab.h"
#include "backrelief/json.h"

#ifdef __cplusplus
extern "C" {
#endif

/**
 * @defgroup routine Routines
 * @brief Composing a routine by hand.
 * @{
 */

/** An opaque routine: a name and ordered steps. */
typedef struct brf_routine brf_routine;

/**
 * @name Phases
 * Pinned labels of a step; the JSON ids are given in brackets.
 *
 * Two families name phases; do not mix them up (docs/conventions.md, "Names"):
 * - `BRF_PHASE_*` (routine.h): the label of one routine step, such as
 *   warm-up or stretch (brf_routine_step_phase(); ids brf_routine_phase_id()).
 * - `BRF_PLAN_PHASE_*` (planner.h): where the person is in their recovery,
 *   which decides what the planner plans (brf_planner_set_phase(); ids
 *   brf_plan_phase_id()).
 * @{
 */
#define BRF_PHASE_NONE 0       /**< No phase given [`none`]. */
#define BRF_PHASE_WARM_UP 1    /**< Warm-up [`warm-up`]. */
#define BRF_PHASE_RELEASE 2    /**< Release with a ball or roller [`release`]. */
#define BRF_PHASE_STRETCH 3    /**< Stretching [`stretch`]. */
#define BRF_PHASE_STRENGTHEN 4 /**< Strengthening [`strengthen`]. */
#define BRF_PHASE_COOL_DOWN 5  /**< Cool-down [`cool-down`]. */
#define BRF_PHASE_COUNT 6      /**< Number of phases this version knows. */
/** @} */

/**
 * @brief The id of a phase, such as "warm-up".
 * @param phase A `BRF_PHASE_*` value.
 * @return A static string, or NULL for an unknown value.
 * @retval_on_fail{NULL}
 */
BRF_EXPORT const char *brf_routine_phase_id(int32_t phase);

/**
 * @brief Read a phase id (exact, lowercase).
 * @param id The id, such as "cool-down".
 * @param[out] out Receives the `BRF_PHASE_*` value.
 * @return ::BRF_OK, ::BRF_E_NOT_FOUND for an unknown id (output untouched),
 *         ::BRF_E_INVALID (NULL argument).
 * @deprecated Use brf_routine_phase_from_id(), which takes the id's length.
 */
BRF_EXPORT brf_status brf_routine_phase_parse(const char *id, int32_t *out);

/* Ids of the constants above: brf_<family>_id() and brf_<family>_from_id()
 * (docs/conventions.md, "Names"). */

/**
 * @brief The step phase with an id (exact, case-sensitive match).
 *
 * The phase label of a routine step; not the planner's plan phase
 * (`BRF_PLAN_PHASE_*`, brf_plan_phase_id()).
 * @param text The id, such as "cool-down"; need not be NUL-terminated.
 * @param len The length of @p text in bytes.
 * @param[out] out Receives the `BRF_PHASE_*` value; untouched on failure.
 * @return ::BRF_OK; ::BRF_E_INVALID when @p text or @p out is NULL;
 *         ::BRF_E_NOT_FOUND for an unknown id. No context is involved, so no
 *         message is set. Thread-safe.
 */
BRF_EXPORT brf_status brf_routine_phase_from_id(const char *text, size_t len, int32_t *out);

/**
 * @brief Create an empty routine with the name "".
 * @param ctx The context; the routine keeps it alive.
 * @param[out] out Receives the routine, freed with brf_routine_free(); NULL on failure.
 * @return ::BRF_OK, ::BRF_E_INVALID (NULL argument), ::BRF_E_NOMEM.
 */
BRF_EXPORT brf_status brf_routine_new(brf_context *ctx, brf_routine **out);

/**
 * @brief Release a routine and every step, string and dose it owns.
 * @param r The routine, or NULL (no-op).
 */
BRF_EXPORT void brf_routine_free(brf_routine *r);

/**
 * @brief Copy a routine, every step included.
 * @param ctx The context of the copy.
 * @param r The routine to copy.
 * @param[out] out Receives the copy, freed with brf_routine_free(); NULL on failure.
 * @return ::BRF_OK, ::BRF_E_INVALID (NULL argument), ::BRF_E_NOMEM.
 */
BRF_EXPORT brf_status brf_routine_clone(brf_context *ctx, const brf_routine *r,
                                        brf_routine **out);

/**
 * @brief Set the routine's name (copied).
 * @param r The routine.
 * @param name UTF-8 text; NULL or "" gives the name "".
 * @return ::BRF_OK, ::BRF_E_INVALID (NULL routine or invalid UTF-8),
 *         ::BRF_E_NOMEM (the name is unchanged).
 */
BRF_EXPORT brf_status brf_routine_set_name(brf_routine *r, const char *name);

/**
 * @brief The routine's name.
 * @param r The routine.
 * @return A string owned by the routine, valid until the name is set again or
 *         the routine is freed ("" when none); NULL when @p r is NULL.
 * @retval_on_fail{NULL}
 */
BRF_EXPORT const char *brf_routine_name(const brf_routine *r);

/**
 * @brief Set the goal the routine serves (brf_planner_run() sets it to the
 *        planner's goal).
 *
 * The goal is one of the planner's (`BRF_GOAL_*` in planner.h, ids from
 * brf_goal_id(), such as "strengthen"); it is kept by brf_routine_clone()
 * and by the routine format's `goal` member (docs/formats.md). It works
 * whether or not the planner module is built.
 * @param r The routine.
 * @param goal A `BRF_GOAL_*` value, or -1 for no goal (a new routine has none).
 * @return ::BRF_OK; ::BRF_E_INVALID (NULL @p r, or a value that is neither -1
 *         nor a `BRF_GOAL_*` value; the goal is unchanged).
 */
BRF_EXPORT brf_status brf_routine_set_goal(brf_routine *r, int32_t goal);

/**
 * @brief The goal the routine serves.
 * @param r The routine.
 * @param[out] out Receives a `BRF_GOAL_*` value, or -1 when the routine has no
 *        goal; untouched on failure.
 * @return ::BRF_OK; ::BRF_E_INVALID (NULL @p r or @p out). Records nothing in a
 *         context, so it may read a shared routine (docs/conventions.md,
 *         "Sentinels").
 */
BRF_EXPORT brf_status brf_routine_goal_get(const brf_routine *r, int32_t *out);

/**
 * @brief Append a step at the end.
 *
 * The step copies the exercise's id, name, modality, laterality, primary
 * regions, equipment and contraindications, and a copy of the dose: @p dose
 * when given, else the exercise's default dose parsed. Its phase is
 * ::BRF_PHASE_NONE and its note and reason are "".
 * @param r The routine.
 * @param ex The exercise (borrowed; need not outlive the call).
 * @param dose The dose (copied), or NULL for the exercise's default dose.
 * @return ::BRF_OK; ::BRF_E_INVALID (NULL @p r or @p ex, an empty @p dose, a
 *         dose with no session time, or no @p dose and an exercise without a
 *         default dose; the message names the exercise); ::BRF_E_PARSE or
 *         ::BRF_E_RANGE when the default dose does not parse; ::BRF_E_RANGE
 *         when the routine already holds `SIZE_MAX / 2` steps; ::BRF_E_NOMEM.
 */
BRF_EXPORT brf_status brf_routine_append(brf_routine *r, const brf_exercise *ex,
                                         const brf_dosage *dose);

/**
 * @brief Insert a step before index @p index (brf_routine_step_count() appends).
 * @param r The routine.
 * @param index 0 to brf_routine_step_count().
 * @param ex The exercise (borrowed).
 * @param dose The dose (copied), or NULL for the exercise's default dose.
 * @return As brf_routine_append(), and ::BRF_E_RANGE when @p index is past the end.
 */
BRF_EXPORT brf_status brf_routine_insert(brf_routine *r, size_t index, const brf_exercise *ex,
                                         const brf_dosage *dose);

/**
 * @brief Move the step at @p from so that it ends at index @p to; the steps
 *        between shift by one. Never allocates.
 * @param r The routine.
 * @param from The index of the step to move.
 * @param to Its new index, 0 to brf_routine_step_count() - 1.
 * @return ::BRF_OK, ::BRF_E_INVALID (NULL routine), ::BRF_E_RANGE (an index out of range).
 */
BRF_EXPORT brf_status brf_routine_move(brf_routine *r, size_t from, size_t to);

/**
 * @brief Remove and free the step at @p index; later steps shift down. Never allocates.
 * @param r The routine.
 * @param index The step.
 * @return ::BRF_OK, ::BRF_E_INVALID (NULL routine), ::BRF_E_RANGE (out of range).
 */
BRF_EXPORT brf_status brf_routine_remove(brf_routine *r, size_t index);

/**
 * @brief The number of steps.
 * @param r The routine.
 * @return The count; 0 when @p r is NULL.
 * @retval_on_fail{0}
 */
BRF_EXPORT size_t brf_routine_step_count(const brf_routine *r);

/**
 * @brief The total time of the routine (the formula of docs/routines.md):
 *        a get-ready time, every step's dose estimate and a transition
 *        between two steps; 0 for an empty routine.
 * @param r The routine.
 * @param[out] min_ms Receives the estimate with every dose field at its min (may be NULL).
 * @param[out] max_ms Receives the estimate with every dose field at its max (may be NULL).
 * @return ::BRF_OK, ::BRF_E_INVALID (NULL routine), ::BRF_E_RANGE (int64 overflow).
 */
BRF_EXPORT brf_status brf_routine_estimate_ms(const brf_routine *r, int64_t *min_ms,
                                              int64_t *max_ms);

/** @} */

/**
 * @defgroup routine_step Routine steps
 * @brief Getters and setters of one step. Getters accept NULL and an index
 *        out of range and then return NULL or -1 (0 for counts).
 * @{
 */

/**
 * @brief The exercise id of a step.
 * @param r The routine.
 * @param index The step.
 * @return A string owned by the routine (see the file comment), or NULL.
 * @retval_on_fail{NULL}
 */
BRF_EXPORT const char *brf_routine_step_exercise_id(const brf_routine *r, size_t index);

/**
 * @brief The exercise's display name, as copied when the step was made.
 * @param r The routine.
 * @param index The step.
 * @return A string owned by the routine, or NULL.
 * @retval_on_fail{NULL}
 */
BRF_EXPORT const char *brf_routine_step_name(const brf_routine *r, size_t index);

/**
 * @brief The exercise's modality.
 * @param r The routine.
 * @param index The step.
 * @return A `BRF_MODALITY_*` value, or -1.
 * @retval_on_fail{-1}
 */
BRF_EXPORT int32_t brf_routine_step_modality(const brf_routine *r, size_t index);

/**
 * @brief The exercise's laterality.
 * @param r The routine.
 * @param index The step.
 * @return A `BRF_LATERALITY_*` value, or -1.
 * @retval_on_fail{-1}
 */
BRF_EXPORT int32_t brf_routine_step_laterality(const brf_routine *r, size_t index);

/**
 * @brief The phase label of a step.
 * @param r The routine.
 * @param index The step.
 * @return A `BRF_PHASE_*` value, or -1.
 * @retval_on_fail{-1}
 */
BRF_EXPORT int32_t brf_routine_step_phase(const brf_routine *r, size_t index);

/**
 * @brief The dose of a step.
 * @param r The routine.
 * @param index The step.
 * @return A dose owned by the routine (read it; do not free it), valid until
 *         the step's dose is set, the step is removed or the routine is
 *         freed; NULL when out of range.
 * @retval_on_fail{NULL}
 */
BRF_EXPORT const brf_dosage *brf_routine_step_dose(const brf_routine *r, size_t index);

/**
 * @brief The note of a step (free text for the person).
 * @param r The routine.
 * @param index The step.
 * @return A string owned by the routine ("" when none), or NULL.
 * @retval_on_fail{NULL}
 */
BRF_EXPORT const char *brf_routine_step_note(const brf_routine *r, size_t index);

/**
 * @brief Why the step was chosen (set by the planner or brf_routine_step_set_reason()).
 * @param r The routine.
 * @param index The step.
 * @return A string owned by the routine ("" when none), or NULL.
 * @retval_on_fail{NULL}
 */
BRF_EXPORT const char *brf_routine_step_reason(const brf_routine *r, size_t index);

/**
 * @brief The number of primary body regions of a step's exercise.
 * @param r The routine.
 * @param index The step.
 * @return The count, 0 when out of range.
 * @retval_on_fail{0}
 */
BRF_EXPORT size_t brf_routine_step_region_count(const brf_routine *r, size_t index);

/**
 * @brief One primary body region of a step's exercise.
 * @param r The routine.
 * @param index The step.
 * @param k 0 to brf_routine_step_region_count() - 1.
 * @return A `BRF_REGION_*` value, or -1.
 * @retval_on_fail{-1}
 */
BRF_EXPORT int32_t brf_routine_step_region_at(const brf_routine *r, size_t index, size_t k);

/**
 * @brief The number of equipment items a step's exercise needs.
 * @param r The routine.
 * @param index The step.
 * @return The count, 0 when out of range.
 * @retval_on_fail{0}
 */
BRF_EXPORT size_t brf_routine_step_equipment_count(const brf_routine *r, size_t index);

/**
 * @brief One equipment item of a step's exercise.
 * @param r The routine.
 * @param index The step.
 * @param k 0 to brf_routine_step_equipment_count() - 1.
 * @return A `BRF_EQUIPMENT_*` value, or -1.
 * @retval_on_fail{-1}
 */
BRF_EXPORT int32_t brf_routine_step_equipment_at(const brf_routine *r, size_t index, size_t k);

/**
 * @brief The number of contraindications copied from a step's exercise.
 * @param r The routine.
 * @param index The step.
 * @return The count, 0 when out of range.
 * @retval_on_fail{0}
 */
BRF_EXPORT size_t brf_routine_step_contraindication_count(const brf_routine *r, size_t index);

/**
 * @brief The condition of one contraindication of a step.
 * @param r The routine.
 * @param index The step.
 * @param k 0 to brf_routine_step_contraindication_count() - 1.
 * @return A `BRF_CONDITION_*` value, or -1.
 * @retval_on_fail{-1}
 */
BRF_EXPORT int32_t brf_routine_step_contraindication_condition(const brf_routine *r,
                                                               size_t index, size_t k);

/**
 * @brief What to do when the condition of one contraindication applies.
 * @param r The routine.
 * @param index The step.
 * @param k 0 to brf_routine_step_contraindication_count() - 1.
 * @return A `BRF_ACTION_*` value, or -1.
 * @retval_on_fail{-1}
 */
BRF_EXPORT int32_t brf_routine_step_contraindication_action(const brf_routine *r,
                                                            size_t index, size_t k);

/**
 * @brief The explanation of one contraindication of a step.
 * @param r The routine.
 * @param index The step.
 * @param k 0 to brf_routine_step_contraindication_count() - 1.
 * @return A string owned by the routine ("" when none), or NULL.
 * @retval_on_fail{NULL}
 */
BRF_EXPORT const char *brf_routine_step_contraindication_note(const brf_routine *r,
                                                              size_t index, size_t k);

/**
 * @brief Replace the dose of a step with a copy of @p dose.
 * @param r The routine.
 * @param index The step.
 * @param dose The dose (copied); it must have a session time.
 * @return ::BRF_OK, ::BRF_E_INVALID (NULL argument, an empty dose or one with
 *         no session time), ::BRF_E_RANGE (index out of range), ::BRF_E_NOMEM.
 */
BRF_EXPORT brf_status brf_routine_step_set_dose(brf_routine *r, size_t index,
                                                const brf_dosage *dose);

/**
 * @brief Set the note of a step (copied).
 * @param r The routine.
 * @param index The step.
 * @param note UTF-8 text; NULL or "" clears it.
 * @return ::BRF_OK, ::BRF_E_INVALID (NULL routine or invalid UTF-8),
 *         ::BRF_E_RANGE (index out of range), ::BRF_E_NOMEM.
 */
BRF_EXPORT brf_status brf_routine_step_set_note(brf_routine *r, size_t index, const char *note);

/**
 * @brief Set the reason of a step (copied): why it was chosen.
 * @param r The routine.
 * @param index The step.
 * @param reason UTF-8 text; NULL or "" clears it.
 * @return ::BRF_OK, ::BRF_E_INVALID (NULL routine or invalid UTF-8),
 *         ::BRF_E_RANGE (index out of range), ::BRF_E_NOMEM.
 */
BRF_EXPORT brf_status brf_routine_step_set_reason(brf_routine *r, size_t index,
                                                  const char *reason);

/**
 * @brief Set the phase label of a step.
 * @param r The routine.
 * @param index The step.
 * @param phase A `BRF_PHASE_*` value.
 * @return ::BRF_OK, ::BRF_E_INVALID (NULL routine or unknown phase),
 *         ::BRF_E_RANGE (index out of range).
 */
BRF_EXPORT brf_status brf_routine_step_set_phase(brf_routine *r, size_t index, int32_t phase);

/** @} */

/**
 * @defgroup routine_check Checking a routine
 * @brief Sequencing rules, the person's profile and every dose's advisories.
 * @{
 */

/**
 * @brief Check a routine against the sequencing rules and, when given, the
 *        person's profile. Advisories inform; they never change the routine.
 *
 * Rules (ids, severities and sources in docs/routines.md):
 * `release-after-stretch`, `strengthen-before-release-or-stretch`,
 * `heat-after-stretch`, `lower-back-stretch`, and with a profile
 * `heat-after-strain`, `equipment-missing` and `contraindicated`; then each
 * step's dose advisories (brf_dosage_check(), same rule ids). Advisories come
 * step by step in routine order; each message names its steps, numbered
 * from 1 ("step 2 (glute-stretch)").
 * @param ctx The context of the advice list.
 * @param r The routine.
 * @param profile The person, or NULL to apply only the rules that need no profile.
 * @param[out] out Receives the list (possibly empty), freed with
 *             brf_advice_free(); NULL on failure.
 * @return ::BRF_OK, ::BRF_E_INVALID (NULL @p ctx, @p r or @p out), ::BRF_E_NOMEM.
 */
BRF_EXPORT brf_status brf_routine_check(brf_context *ctx, const brf_routine *r,
                                        const brf_profile *profile, brf_advice **out);

/** @} */

/**
 * @defgroup routine_json Routine JSON
 * @brief The `backrelief-routine` format of docs/formats.md, section "Routine".
 * @{
 */

/**
 * @brief Read a routine from its JSON form, resolving each step's exercise
 *        id in @p cat.
 *
 * Each step copies its exercise from @p cat (which need not outlive the
 * routine). A step without `dose` takes the exercise's default dose. The
 * `estimate` member is checked for shape and otherwise ignored: the
 * estimate is always recomputed.
 * @param ctx The context; errors carry the JSON path and the line, column
 *        and byte offset of the offending value.
 * @param text UTF-8 JSON (need not be NUL-terminated); NULL only with @p len 0.
 * @param len The length of @p text in bytes.
 * @param cat The catalog the exercise ids are looked up in.
 * @param flags 0 (::BRF_JSON_PRETTY is accepted and ignored).
 * @param[out] out Receives the routine, freed with brf_routine_free(); NULL on failure.
 * @return ::BRF_OK; ::BRF_E_PARSE (not well-formed JSON, nesting too deep
 *         included); ::BRF_E_SCHEMA (not a valid routine document, including
 *         an unknown `format`, a newer `format_version`, a dose that does not
 *         parse or has no session time; the message starts with the path,
 *         such as `steps[2].dose`); ::BRF_E_NOT_FOUND (an exercise id that
 *         @p cat lacks, with its path); ::BRF_E_RANGE (a number outside its
 *         bounds, in `estimate` or in a dose, with its path; input above
 *         4 GiB); ::BRF_E_INVALID (NULL argument or unknown flags);
 *         ::BRF_E_NOMEM. The statuses are those of every reader
 *         (docs/conventions.md, "Readers: one status per situation"); before
 *         API 1.1 a newer `format_version` gave ::BRF_E_UNSUPPORTED and a
 *         number out of bounds ::BRF_E_SCHEMA.
 */
BRF_EXPORT brf_status brf_routine_from_json(brf_context *ctx, const char *text, size_t len,
                                            const brf_catalog *cat, uint32_t flags,
                                            brf_routine **out);

/**
 * @brief Write a routine as JSON, with its estimate for readers.
 *
 * Reading the output back with brf_routine_from_json() and writing it again
 * gives the same bytes.
 * @param ctx The context whose allocator provides the text.
 * @param r The routine.
 * @param flags 0 for compact output, or ::BRF_JSON_PRETTY.
 * @param[out] out Receives the NUL-terminated text, owned by the caller and
 *             freed with brf_free(); NULL on failure.
 * @param[out] out_len Receives the length without the NUL (may be NULL).
 * @return ::BRF_OK, ::BRF_E_INVALID (NULL argument or unknown flags),
 *         ::BRF_E_RANGE (the estimate overflows), ::BRF_E_NOMEM.
 */
BRF_EXPORT brf_status brf_routine_to_json(brf_context *ctx, const brf_routine *r, uint32_t flags,
                                          char **out, size_t *out_len);

/** @} */

#ifdef __cplusplus
}
#endif

#endif /* BACKRELIEF_ROUTINE_H */
