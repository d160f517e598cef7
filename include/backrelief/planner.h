/**
 * @file planner.h
 * @brief The automatic planner: a routine for a goal, a time budget, the
 *        equipment at hand, the person's level and conditions, and the red-flag
 *        screen.
 *
 * Make a planner with brf_planner_new(), set what you know (only the goal and
 * the budget matter most; everything else has a documented default), then
 * call brf_planner_run() with a catalog. The result is a ::brf_routine whose
 * maximum estimate (brf_routine_estimate_ms()) is at most the budget, whose
 * steps are ordered by the sequencing rules (heat or cold first, then
 * mobility, release, stretching, strengthening), and whose steps each carry
 * the reason they were chosen (brf_routine_step_reason()) and a phase label.
 * After a run the planner also says what it left out and why
 * (brf_planner_omitted_count() and friends) and gives advisories
 * (brf_planner_advice()): review-level red flags, notes on where the sources
 * disagree, and what could not be planned.
 *
 * The same inputs and the same seed give the identical routine. The
 * algorithm and every rule with its source are in docs/planner.md.
 *
 * A planner is not thread-safe; use one planner per thread.
 */
#ifndef BACKRELIEF_PLANNER_H
#define BACKRELIEF_PLANNER_H

#include "backrelief/advice.h"
#include "backrelief/catalog.h"
#include "backrelief/core.h"
#include "backrelief/profile.h"
#include "backrelief/routine.h"
#include "backrelief/screen.h"

#ifdef __cplusplus
extern "C" {
#endif

/**
 * @defgroup planner Planner
 * @brief Planning a routine automatically.
 * @{
 */

/** An opaque planner: the inputs of a plan and the results of the last run. */
typedef struct brf_planner brf_planner;

/**
 * @name Goals
 * Pinned values; the ids are given in brackets.
 * @{
 */
#define BRF_GOAL_POST_LEG_WORKOUT 0 /**< Recovery after squats, deadlifts or lunges [`post-leg-workout`]. */
#define BRF_GOAL_LONG_SITTING 1     /**< Stiffness after long sitting [`long-sitting`]. */
#define BRF_GOAL_ACUTE_STRAIN 2     /**< The first days after a strain [`acute-strain`]. */
#define BRF_GOAL_MAINTENANCE 3      /**< Keeping a back that feels better [`maintenance`]. */
#define BRF_GOAL_STRENGTHEN 4       /**< Glute and core strength, the lasting fix [`strengthen`]. */
#define BRF_GOAL_COUNT 5            /**< Number of goals this version knows. */
/** @} */

/**
 * @name Plan phases
 * Where the person is in their recovery; the ids are given in brackets.
 *
 * Two families name phases; do not mix them up (docs/conventions.md, "Names"):
 * - `BRF_PHASE_*` (routine.h): the label of one routine step, such as
 *   warm-up or stretch (brf_routine_step_phase(); ids brf_routine_phase_id()).
 * - `BRF_PLAN_PHASE_*` (planner.h): where the person is in their recovery,
 *   which decides what the planner plans (brf_planner_set_phase(); ids
 *   brf_plan_phase_id()).
 * @{
 */
#define BRF_PLAN_PHASE_RELIEF 0        /**< Release and stretching, no strengthening [`relief`]. */
#define BRF_PLAN_PHASE_STRENGTHENING 1 /**< The back feels better: add strengthening [`strengthening`]. */
#define BRF_PLAN_PHASE_MAINTENANCE 2   /**< Keep it up: a little of each [`maintenance`]. */
#define BRF_PLAN_PHASE_COUNT 3         /**< Number of plan phases this version knows. */
/** @} */

/**
 * @name Policies
 * What to do where the sources disagree; the ids are given in brackets.
 * @{
 */
#define BRF_POLICY_CONSERVATIVE 0 /**< The more cautious reading (the default) [`conservative`]. */
#define BRF_POLICY_SEED 1         /**< Follow the seed article the goal comes from [`follow-seed`]. */
#define BRF_POLICY_COUNT 2        /**< Number of policies this version knows. */
/** @} */

/**
 * @name Omission causes
 * Why an exercise was left out of the last plan (brf_planner_omitted_cause()).
 * @{
 */
#define BRF_OMIT_TIME 0      /**< It did not fit in the time budget. */
#define BRF_OMIT_EQUIPMENT 1 /**< It needs equipment the person does not have. */
#define BRF_OMIT_CONDITION 2 /**< A condition of the person rules it out (skip or ask a clinician). */
#define BRF_OMIT_LEVEL 3     /**< It is above the person's level. */
#define BRF_OMIT_AVOID 4     /**< It works a region the person asked to avoid. */
#define BRF_OMIT_POLICY 5    /**< The policy or a safety rule of the goal rules it out. */
#define BRF_OMIT_COUNT 6     /**< Number of causes this version knows. */
/** @} */

/** The shortest budget brf_planner_set_minutes() accepts. */
#define BRF_PLANNER_MINUTES_MIN 1
/** The longest budget brf_planner_set_minutes() accepts (4 hours). */
#define BRF_PLANNER_MINUTES_MAX 240

/**
 * @brief The id of a goal, such as "post-leg-workout".
 * @param goal A `BRF_GOAL_*` value.
 * @return A static string, or NULL for an unknown value.
 * @retval_on_fail{NULL}
 */
BRF_EXPORT const char *brf_goal_id(int32_t goal);

/**
 * @brief The English label of a goal, such as "Back relief after long
 *        sitting": the default name of a planned routine (brf_planner_set_name()).
 * @param goal A `BRF_GOAL_*` value.
 * @return A static string, or NULL for an unknown value. Thread-safe.
 * @retval_on_fail{NULL}
 */
BRF_EXPORT const char *brf_goal_label(int32_t goal);

/**
 * @brief Read a goal id (exact, lowercase).
 * @param id The id, such as "acute-strain".
 * @param[out] out Receives the `BRF_GOAL_*` value.
 * @return ::BRF_OK, ::BRF_E_NOT_FOUND for an unknown id (output untouched),
 *         ::BRF_E_INVALID (NULL argument).
 * @deprecated Use brf_goal_from_id(), which takes the id's length.
 */
BRF_EXPORT brf_status brf_goal_parse(const char *id, int32_t *out);

/**
 * @brief The id of a plan phase, such as "relief".
 * @param phase A `BRF_PLAN_PHASE_*` value.
 * @return A static string, or NULL for an unknown value.
 * @retval_on_fail{NULL}
 */
BRF_EXPORT const char *brf_plan_phase_id(int32_t phase);

/**
 * @brief Read a plan phase id (exact, lowercase).
 * @param id The id, such as "strengthening".
 * @param[out] out Receives the `BRF_PLAN_PHASE_*` value.
 * @return ::BRF_OK, ::BRF_E_NOT_FOUND for an unknown id (output untouched),
 *         ::BRF_E_INVALID (NULL argument).
 * @deprecated Use brf_plan_phase_from_id(), which takes the id's length.
 */
BRF_EXPORT brf_status brf_plan_phase_parse(const char *id, int32_t *out);

/**
 * @brief The id of a policy, such as "conservative".
 * @param policy A `BRF_POLICY_*` value.
 * @return A static string, or NULL for an unknown value.
 * @retval_on_fail{NULL}
 */
BRF_EXPORT const char *brf_policy_id(int32_t policy);

/**
 * @brief Read a policy id (exact, lowercase).
 * @param id The id, such as "follow-seed".
 * @param[out] out Receives the `BRF_POLICY_*` value.
 * @return ::BRF_OK, ::BRF_E_NOT_FOUND for an unknown id (output untouched),
 *         ::BRF_E_INVALID (NULL argument).
 * @deprecated Use brf_policy_from_id(), which takes the id's length.
 */
BRF_EXPORT brf_status brf_policy_parse(const char *id, int32_t *out);

/* Ids of the constants above: brf_<family>_id() and brf_<family>_from_id()
 * (docs/conventions.md, "Names"). */

/**
 * @brief The goal with an id (exact, case-sensitive match).
 * @param text The id, such as "acute-strain"; need not be NUL-terminated.
 * @param len The length of @p text in bytes.
 * @param[out] out Receives the `BRF_GOAL_*` value; untouched on failure.
 * @return ::BRF_OK; ::BRF_E_INVALID when @p text or @p out is NULL;
 *         ::BRF_E_NOT_FOUND for an unknown id. No context is involved, so no
 *         message is set. Thread-safe.
 */
BRF_EXPORT brf_status brf_goal_from_id(const char *text, size_t len, int32_t *out);

/**
 * @brief The plan phase with an id (exact, case-sensitive match).
 *
 * Where the person is in their recovery; not the phase label of a routine
 * step (`BRF_PHASE_*`, brf_routine_phase_id()).
 * @param text The id, such as "strengthening"; need not be NUL-terminated.
 * @param len The length of @p text in bytes.
 * @param[out] out Receives the `BRF_PLAN_PHASE_*` value; untouched on failure.
 * @return ::BRF_OK; ::BRF_E_INVALID when @p text or @p out is NULL;
 *         ::BRF_E_NOT_FOUND for an unknown id. No context is involved, so no
 *         message is set. Thread-safe.
 */
BRF_EXPORT brf_status brf_plan_phase_from_id(const char *text, size_t len, int32_t *out);

/**
 * @brief The policy with an id (exact, case-sensitive match).
 * @param text The id, such as "follow-seed"; need not be NUL-terminated.
 * @param len The length of @p text in bytes.
 * @param[out] out Receives the `BRF_POLICY_*` value; untouched on failure.
 * @return ::BRF_OK; ::BRF_E_INVALID when @p text or @p out is NULL;
 *         ::BRF_E_NOT_FOUND for an unknown id. No context is involved, so no
 *         message is set. Thread-safe.
 */
BRF_EXPORT brf_status brf_policy_from_id(const char *text, size_t len, int32_t *out);

/**
 * @brief The id of a omission cause, such as "equipment".
 *
 * Why the planner left an exercise out (brf_planner_omitted_cause()).
 * @param value A `BRF_OMIT_*` value.
 * @return A static NUL-terminated string, or NULL for an unknown value.
 *         Thread-safe.
 * @retval_on_fail{NULL}
 */
BRF_EXPORT const char *brf_omission_cause_id(int32_t value);

/**
 * @brief The omission cause with an id (exact, case-sensitive match).
 *
 * Why the planner left an exercise out (brf_planner_omitted_cause()).
 * @param text The id, such as "equipment"; need not be NUL-terminated.
 * @param len The length of @p text in bytes.
 * @param[out] out Receives the `BRF_OMIT_*` value; untouched on failure.
 * @return ::BRF_OK; ::BRF_E_INVALID when @p text or @p out is NULL;
 *         ::BRF_E_NOT_FOUND for an unknown id. No context is involved, so no
 *         message is set. Thread-safe.
 */
BRF_EXPORT brf_status brf_omission_cause_from_id(const char *text, size_t len, int32_t *out);

/**
 * @brief Create a planner with the defaults: goal `maintenance`, 15 minutes,
 *        an empty profile (equipment `none` only, level beginner assumed),
 *        no focus or avoided region, the goal's own phase, the conservative
 *        policy, no screen and seed 0.
 * @param ctx The context; the planner keeps it alive.
 * @param[out] out Receives the planner, freed with brf_planner_free(); NULL on failure.
 * @return ::BRF_OK, ::BRF_E_INVALID (NULL argument), ::BRF_E_NOMEM.
 */
BRF_EXPORT brf_status brf_planner_new(brf_context *ctx, brf_planner **out);

/**
 * @brief Release a planner, its copies of the profile and screen, and its results.
 * @param p The planner, or NULL (no-op).
 */
BRF_EXPORT void brf_planner_free(brf_planner *p);

/**
 * @brief Set the goal.
 * @param p The planner.
 * @param goal A `BRF_GOAL_*` value.
 * @return ::BRF_OK, ::BRF_E_INVALID (NULL planner or unknown goal; unchanged).
 */
BRF_EXPORT brf_status brf_planner_set_goal(brf_planner *p, int32_t goal);

/**
 * @brief Set the time budget: the routine's maximum estimate will not exceed it.
 * @param p The planner.
 * @param minutes ::BRF_PLANNER_MINUTES_MIN to ::BRF_PLANNER_MINUTES_MAX.
 * @return ::BRF_OK, ::BRF_E_INVALID (NULL planner), ::BRF_E_RANGE (zero,
 *         negative or more than ::BRF_PLANNER_MINUTES_MAX; unchanged).
 */
BRF_EXPORT brf_status brf_planner_set_minutes(brf_planner *p, int32_t minutes);

/**
 * @brief Set the person (equipment at hand, level, conditions, a recent strain, age).
 * @param p The planner.
 * @param profile The profile (copied; it need not outlive the call), or NULL
 *        to go back to the default empty profile.
 * @return ::BRF_OK, ::BRF_E_INVALID (NULL planner), ::BRF_E_NOMEM (unchanged).
 */
BRF_EXPORT brf_status brf_planner_set_profile(brf_planner *p, const brf_profile *profile);

/**
 * @brief Add a region to focus on: it gets its own release, stretch or
 *        strengthening slot first, and exercises for it are preferred.
 * @param p The planner.
 * @param region A `BRF_REGION_*` value (adding it twice is harmless).
 * @return ::BRF_OK, ::BRF_E_INVALID (NULL planner or unknown region).
 */
BRF_EXPORT brf_status brf_planner_add_focus(brf_planner *p, int32_t region);

/**
 * @brief Remove every focus region.
 * @param p The planner.
 * @return ::BRF_OK, ::BRF_E_INVALID (NULL planner).
 */
BRF_EXPORT brf_status brf_planner_clear_focus(brf_planner *p);

/**
 * @brief Add a region to avoid: no exercise whose primary regions include it is planned.
 * @param p The planner.
 * @param region A `BRF_REGION_*` value.
 * @return ::BRF_OK, ::BRF_E_INVALID (NULL planner or unknown region).
 */
BRF_EXPORT brf_status brf_planner_add_avoid(brf_planner *p, int32_t region);

/**
 * @brief Remove every avoided region.
 * @param p The planner.
 * @return ::BRF_OK, ::BRF_E_INVALID (NULL planner).
 */
BRF_EXPORT brf_status brf_planner_clear_avoid(brf_planner *p);

/**
 * @brief Set the plan phase (by default each goal has its own: `strengthen`
 *        plans in the strengthening phase, `maintenance` in maintenance, the
 *        other goals in relief).
 * @param p The planner.
 * @param phase A `BRF_PLAN_PHASE_*` value, or -1 for the goal's own phase.
 * @return ::BRF_OK, ::BRF_E_INVALID (NULL planner or unknown phase; unchanged).
 */
BRF_EXPORT brf_status brf_planner_set_phase(brf_planner *p, int32_t phase);

/**
 * @brief Set the policy for where the sources disagree.
 * @param p The planner.
 * @param policy A `BRF_POLICY_*` value (default ::BRF_POLICY_CONSERVATIVE).
 * @return ::BRF_OK, ::BRF_E_INVALID (NULL planner or unknown policy; unchanged).
 */
BRF_EXPORT brf_status brf_planner_set_policy(brf_planner *p, int32_t policy);

/**
 * @brief Set the red-flag screen the run must respect.
 *
 * Emergency and urgent answers refuse the run (::BRF_E_REFER); review answers
 * plan with the review advice first; the conditions the answers imply
 * (brf_screen_implies_condition()) count as the profile's.
 * @param p The planner.
 * @param screen The answers (copied; it need not outlive the call), or NULL
 *        for no screen.
 * @return ::BRF_OK, ::BRF_E_INVALID (NULL planner), ::BRF_E_NOMEM (unchanged).
 */
BRF_EXPORT brf_status brf_planner_set_screen(brf_planner *p, const brf_screen *screen);

/**
 * @brief Set the seed that breaks ties between equally good exercises.
 * The same inputs with the same seed always give the same routine; another
 * seed may choose other exercises of equal standing.
 * @param p The planner.
 * @param seed Any value (default 0).
 * @return ::BRF_OK, ::BRF_E_INVALID (NULL planner).
 */
BRF_EXPORT brf_status brf_planner_set_seed(brf_planner *p, uint32_t seed);

/**
 * @brief Set the name of the routines the planner makes.
 *
 * By default (and after a NULL @p name) a planned routine is named after its
 * goal: brf_goal_label(), such as "Back relief after long sitting", short
 * enough for a calendar entry (a schedule's session title is its routine's
 * name). The name groups the routine's sessions in the journal and the
 * adaptation (docs/adaptation.md).
 * @param p The planner.
 * @param name The name (UTF-8, copied; "" gives routines without a name), or
 *        NULL for the goal's label.
 * @return ::BRF_OK, ::BRF_E_INVALID (NULL planner, or @p name not valid
 *         UTF-8; unchanged), ::BRF_E_NOMEM (unchanged).
 */
BRF_EXPORT brf_status brf_planner_set_name(brf_planner *p, const char *name);

/**
 * @brief Plan a routine from @p cat.
 *
 * When the screen has an emergency or urgent flag answered yes, no routine is
 * made: the result is ::BRF_E_REFER and the context's message is the screen's
 * advice (brf_screen_message()), which names the flags and how urgently to
 * seek care. Review-level flags plan as usual, with a warning advisory first
 * in brf_planner_advice().
 *
 * On ::BRF_OK and ::BRF_E_NOT_FOUND the omissions and advisories describe this
 * run; on any other status they are those of the previous run.
 * @param p The planner.
 * @param cat The catalog (borrowed; the routine does not refer to it after the call).
 * @param[out] out Receives the routine, freed with brf_routine_free(); NULL on failure.
 * The routine is named as brf_planner_set_name() says: by default after its
 * goal (brf_goal_label()).
 * @return ::BRF_OK; ::BRF_E_INVALID (NULL argument); ::BRF_E_REFER (red
 *         flags; see above); ::BRF_E_NOT_FOUND when no exercise can be planned
 *         (the message says why; the omissions list each exercise left out);
 *         ::BRF_E_NOMEM.
 */
BRF_EXPORT brf_status brf_planner_run(brf_planner *p, const brf_catalog *cat,
                                      brf_routine **out);

/**
 * @brief The number of exercises the last run left out.
 * Only exercises of a kind the goal uses are listed (a stretch left out of a
 * strengthening plan because it is a stretch is not).
 * @param p The planner.
 * @return The count; 0 before a run or when @p p is NULL.
 * @retval_on_fail{0}
 */
BRF_EXPORT size_t brf_planner_omitted_count(const brf_planner *p);

/**
 * @brief The id of an exercise the last run left out.
 * @param p The planner.
 * @param i 0 to brf_planner_omitted_count() - 1.
 * @return A string owned by the planner, valid until the next successful run
 *         or brf_planner_free(); NULL when out of range.
 * @retval_on_fail{NULL}
 */
BRF_EXPORT const char *brf_planner_omitted_exercise(const brf_planner *p, size_t i);

/**
 * @brief Why the last run left an exercise out, in plain English.
 * @param p The planner.
 * @param i 0 to brf_planner_omitted_count() - 1.
 * @return A string owned by the planner, valid as brf_planner_omitted_exercise();
 *         NULL when out of range.
 * @retval_on_fail{NULL}
 */
BRF_EXPORT const char *brf_planner_omitted_reason(const brf_planner *p, size_t i);

/**
 * @brief The cause of an omission.
 * @param p The planner.
 * @param i 0 to brf_planner_omitted_count() - 1.
 * @return A `BRF_OMIT_*` value, or -1 when out of range.
 * @retval_on_fail{-1}
 */
BRF_EXPORT int32_t brf_planner_omitted_cause(const brf_planner *p, size_t i);

/**
 * @brief The advisories of the last run: review-level red flags (first, as a
 *        warning), source disagreements and the policy applied, strain and
 *        phase rules, and slots that could not be filled.
 * @param p The planner.
 * @return A list owned by the planner (read it with brf_advice_count() and
 *         friends; do not free it), valid until the next successful run or
 *         brf_planner_free(); NULL before a run or when @p p is NULL.
 * @deprecated Use brf_planner_advice_get(): NULL is also the answer before a run.
 * @retval_on_fail{NULL}
 */
BRF_EXPORT const brf_advice *brf_planner_advice(const brf_planner *p);

/**
 * @brief The advisories of the last run, with a status that tells a failure from "no run yet".
 * @param p The planner.
 * @param[out] out Receives a list owned by the planner (do not free it), valid until the next
 *             successful run or brf_planner_free(), or NULL before a run; untouched on failure.
 * @return ::BRF_OK; ::BRF_E_INVALID (NULL @p p or @p out).
 *         Records nothing in a context, so it may read a shared object
 *         (docs/conventions.md, "Sentinels").
 */
BRF_EXPORT brf_status brf_planner_advice_get(const brf_planner *p, const brf_advice **out);

/** @} */

#ifdef __cplusplus
}
#endif

#endif /* BACKRELIEF_PLANNER_H */
