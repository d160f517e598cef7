/**
 * @file player.h
 * @brief The session timeline (segments of get ready, work, relax, rest,
 *        switch side, transition and done) and the clock-driven player that
 *        walks it: cues, pause, resume, skip, back, stop, and a completion
 *        record.
 *
 * A ::brf_timeline lays a session out in segments. Its total equals the time
 * estimate of the same doses (docs/notation.md, "Time estimates"): one
 * formula for the planner and the player. A timeline is concrete, so it is
 * built from either the min or the max of every range (::BRF_TIMELINE_MIN,
 * ::BRF_TIMELINE_MAX); estimates report both.
 *
 * A ::brf_player is driven by the host's clock: the host calls
 * brf_player_advance() with the time that passed and drains the queued cues
 * by index. The library never reads the clock, never sleeps and never calls
 * back. The segment rules, cue rules, timing and memory are documented in
 * docs/player.md.
 */
#ifndef BACKRELIEF_PLAYER_H
#define BACKRELIEF_PLAYER_H

#include "backrelief/core.h"
#include "backrelief/dosage.h"
#include "backrelief/routine.h"
#include "backrelief/vocab.h"

#ifdef __cplusplus
extern "C" {
#endif

/**
 * @defgroup player Session timeline and player
 * @brief Segments of a session, and a player with cues driven by the host's clock.
 * @{
 */

/** An opaque, read-only session timeline. */
typedef struct brf_timeline brf_timeline;

/** An opaque session player. */
typedef struct brf_player brf_player;

/**
 * @name Which end of every range a timeline uses
 * @{
 */
#define BRF_TIMELINE_MIN 0 /**< Every range at its min (sets, reps, holds, rests...). */
#define BRF_TIMELINE_MAX 1 /**< Every range at its max. */
/** @} */

/**
 * @name Segment kinds
 * Pinned values; brf_timeline_segment_kind_name() gives the stable names.
 * @{
 */
#define BRF_SEGMENT_GET_READY 0   /**< Before the first exercise [`get-ready`]. */
#define BRF_SEGMENT_WORK 1        /**< A rep, a held rep, or a timed bout [`work`]. */
#define BRF_SEGMENT_RELAX 2       /**< Relax and reset between two held reps [`relax`]. */
#define BRF_SEGMENT_REST 3        /**< Rest between two sets [`rest`]. */
#define BRF_SEGMENT_SWITCH_SIDE 4 /**< Switch from the left to the right side [`switch-side`]. */
#define BRF_SEGMENT_TRANSITION 5  /**< Between two exercises [`transition`]. */
#define BRF_SEGMENT_DONE 6        /**< The end of the session, zero length [`done`]. */
#define BRF_SEGMENT_KIND_COUNT 7  /**< Number of segment kinds this version knows. */
/** @} */

/**
 * @name Sides of a segment
 * Ids from brf_side_id().
 *
 * Three families name sides; do not mix them up (docs/conventions.md, "Names"):
 * - `BRF_LATERALITY_*` (vocab.h): how an exercise works the two sides
 *   (brf_exercise_laterality(); ids brf_laterality_id()).
 * - `BRF_SIDES_*` (dosage.h): the value of a dose's ::BRF_DOSE_SIDES field;
 *   the same values as `BRF_LATERALITY_*`, so brf_laterality_id() names them.
 * - `BRF_SIDE_*` (player.h): which side one timeline segment works, left or
 *   right (brf_timeline_segment_at(); ids brf_side_id()).
 * @{
 */
#define BRF_SIDE_NONE 0  /**< Not sided: both sides together, or not work. */
#define BRF_SIDE_LEFT 1  /**< The left side (always done first). */
#define BRF_SIDE_RIGHT 2 /**< The right side. */
/** @} */

/**
 * @name Cue kinds
 * Pinned values with stable names (brf_player_cue_kind_name()).
 * @{
 */
#define BRF_CUE_GET_READY 0     /**< Before the first exercise, with its name [`get-ready`]. */
#define BRF_CUE_START 1         /**< The first bout of a set begins [`start`]. */
#define BRF_CUE_REP 2           /**< A rep without a hold begins [`rep`]. */
#define BRF_CUE_HOLD 3          /**< A hold begins [`hold`]. */
#define BRF_CUE_HALFWAY 4       /**< Halfway through a long work bout [`halfway`]. */
#define BRF_CUE_COUNTDOWN 5     /**< 3, 2 and 1 s before the end of a long segment [`countdown`]. */
#define BRF_CUE_SWITCH_SIDE 6   /**< Change to the other side [`switch-side`]. */
#define BRF_CUE_REST 7          /**< A rest or relax begins, saying what comes next [`rest`]. */
#define BRF_CUE_NEXT_UP 8       /**< A transition begins, naming the next exercise [`next-up`]. */
#define BRF_CUE_EXERCISE_DONE 9 /**< An exercise is finished [`exercise-done`]. */
#define BRF_CUE_SESSION_DONE 10 /**< The session is finished [`session-done`]. */
#define BRF_CUE_KIND_COUNT 11   /**< Number of cue kinds this version knows. */
/** @} */

/**
 * @name Cue rules
 * @{
 */
/** Segments at least this long (ms) get countdown cues 3, 2 and 1 s before their end. */
#define BRF_PLAYER_COUNTDOWN_MIN_MS 5000
/** Work bouts at least this long (ms) get a halfway cue. */
#define BRF_PLAYER_HALFWAY_MIN_MS 20000
/** brf_player_back() within this many ms of an exercise's start goes to the previous one. */
#define BRF_PLAYER_BACK_GRACE_MS 3000
/** How many separate runs of cues the queue holds between two brf_player_cues_clear(). */
#define BRF_PLAYER_CUE_RUNS 32
/** @} */

/**
 * @name Player states
 * @{
 */
#define BRF_PLAYER_IDLE 0     /**< Created, not started. */
#define BRF_PLAYER_RUNNING 1  /**< Started; brf_player_advance() moves it. */
#define BRF_PLAYER_PAUSED 2   /**< Paused; time passed to brf_player_advance() is not counted. */
#define BRF_PLAYER_FINISHED 3 /**< Reached the end of the session. */
#define BRF_PLAYER_STOPPED 4  /**< Stopped part-way by brf_player_stop(). */
/** @} */

/**
 * @name Completion status of a step
 * @{
 */
#define BRF_RECORD_NOT_REACHED 0 /**< No time spent in its work (or reached only by its lead-in). */
#define BRF_RECORD_IN_PROGRESS 1 /**< The current step of a running or paused player. */
#define BRF_RECORD_DONE 2        /**< Played to its end at least once. */
#define BRF_RECORD_CUT_SHORT 3   /**< Left (skip, back, stop) after some work, before its end. */
#define BRF_RECORD_SKIPPED 4     /**< Skipped before any of its work. */
#define BRF_RECORD_STATUS_COUNT 5 /**< Number of statuses this version knows. */
/** @} */

/**
 * @brief The stable name of a segment kind ("get-ready", "work", "relax",
 *        "rest", "switch-side", "transition", "done").
 * @param kind A `BRF_SEGMENT_*` value.
 * @return A static string, or NULL for an unknown kind.
 * @retval_on_fail{NULL}
 * @deprecated Use brf_segment_kind_id() (the same string).
 */
BRF_EXPORT const char *brf_timeline_segment_kind_name(int32_t kind);

/**
 * @brief The segment kind with a stable name.
 * @param name A NUL-terminated name such as "switch-side" (exact, lowercase).
 * @param[out] kind Receives the `BRF_SEGMENT_*` value.
 * @return ::BRF_OK, ::BRF_E_INVALID (NULL argument), ::BRF_E_NOT_FOUND (unknown name).
 * @deprecated Use brf_segment_kind_from_id(), which takes the id's length.
 */
BRF_EXPORT brf_status brf_timeline_segment_kind_from_name(const char *name, int32_t *kind);

/**
 * @brief Build the timeline of a whole routine: get ready, each step's
 *        segments with transitions between steps, then done.
 *
 * The timeline's total equals brf_routine_estimate_ms() for the same routine
 * (its minimum for ::BRF_TIMELINE_MIN, its maximum for ::BRF_TIMELINE_MAX):
 * both use the one time formula of docs/notation.md.
 * @param ctx The context.
 * @param routine The routine; only read during the call (the timeline copies
 *        the ids, names and doses it needs, so the routine may change or be
 *        freed afterwards).
 * @param which ::BRF_TIMELINE_MIN or ::BRF_TIMELINE_MAX: which end of every
 *        dose range the timeline plays.
 * @param[out] out Receives the timeline, freed with brf_timeline_free();
 *             NULL on failure.
 * @return ::BRF_OK; ::BRF_E_INVALID (NULL argument, unknown @p which, or a
 *         step whose dose has no reps, duration or hold); ::BRF_E_RANGE (the
 *         session time overflows); ::BRF_E_NOMEM.
 */
BRF_EXPORT brf_status brf_timeline_new(brf_context *ctx, const brf_routine *routine,
                                       int32_t which, brf_timeline **out);

/**
 * @brief Build the timeline of a session of one exercise: get ready, then
 *        the dose's segments, then done.
 *
 * brf_timeline_new() builds the timeline of a whole routine; this one is for
 * an app that plays a single exercise.
 * @param ctx The context.
 * @param exercise_id The exercise's id (non-empty UTF-8), copied.
 * @param name The name spoken in cues (non-empty UTF-8), copied.
 * @param modality A `BRF_MODALITY_*` value, or -1 when unknown (the default
 *        rep time depends on it).
 * @param dose The dose; only read during the call.
 * @param which ::BRF_TIMELINE_MIN or ::BRF_TIMELINE_MAX.
 * @param[out] out Receives the timeline, freed with brf_timeline_free();
 *             NULL on failure.
 * @return ::BRF_OK; ::BRF_E_INVALID (NULL or empty argument, invalid UTF-8,
 *         unknown modality or @p which, or a dose with no reps, duration or
 *         hold); ::BRF_E_RANGE (the session time overflows); ::BRF_E_NOMEM.
 */
BRF_EXPORT brf_status brf_timeline_new_from_dose(brf_context *ctx, const char *exercise_id,
                                                 const char *name, int32_t modality,
                                                 const brf_dosage *dose, int32_t which,
                                                 brf_timeline **out);

/**
 * @brief Release the caller's reference to a timeline.
 *
 * Players made from the timeline keep it alive until they are freed too.
 * @param tl The timeline, or NULL (no-op).
 */
BRF_EXPORT void brf_timeline_free(brf_timeline *tl);

/**
 * @brief The number of segments (at least 1: the final done segment).
 * @param tl The timeline.
 * @return The count, or 0 when @p tl is NULL.
 * @retval_on_fail{0}
 */
BRF_EXPORT size_t brf_timeline_segment_count(const brf_timeline *tl);

/**
 * @brief One segment. Every output pointer may be NULL.
 * @param tl The timeline.
 * @param index 0 .. brf_timeline_segment_count() - 1.
 * @param[out] kind Receives the `BRF_SEGMENT_*` kind.
 * @param[out] exercise Receives the step index (get ready and transitions
 *             carry the step they lead into; done carries the step count).
 * @param[out] set Receives the 1-based set, or 0 when not within a set
 *             (rests carry the set that just ended).
 * @param[out] rep Receives the 1-based rep, or 0 (timed bouts, holds alone,
 *             rests); relax carries the rep that just ended.
 * @param[out] side Receives a `BRF_SIDE_*` value.
 * @param[out] start_ms Receives the start, ms from the session's start.
 * @param[out] duration_ms Receives the length in ms (0 only for done).
 * @return ::BRF_OK, ::BRF_E_INVALID (NULL timeline), ::BRF_E_RANGE (index
 *         out of range; outputs untouched).
 */
BRF_EXPORT brf_status brf_timeline_segment_at(const brf_timeline *tl, size_t index,
                                              int32_t *kind, size_t *exercise, int32_t *set,
                                              int32_t *rep, int32_t *side, int64_t *start_ms,
                                              int64_t *duration_ms);

/**
 * @brief The length of the whole session: the sum of the segments.
 * @param tl The timeline.
 * @return The total in ms, or -1 when @p tl is NULL.
 * @retval_on_fail{-1}
 */
BRF_EXPORT int64_t brf_timeline_total_ms(const brf_timeline *tl);

/**
 * @brief The number of steps (exercises) of the timeline.
 * @param tl The timeline.
 * @return The count, or 0 when @p tl is NULL.
 * @retval_on_fail{0}
 */
BRF_EXPORT size_t brf_timeline_step_count(const brf_timeline *tl);

/**
 * @brief The exercise id of a step.
 * @param tl The timeline.
 * @param index The step index.
 * @return A NUL-terminated string owned by the timeline, valid while the
 *         timeline (or a player made from it) lives; NULL when out of range.
 * @retval_on_fail{NULL}
 */
BRF_EXPORT const char *brf_timeline_step_id(const brf_timeline *tl, size_t index);

/**
 * @brief The name of a step, as spoken in cues.
 * @param tl The timeline.
 * @param index The step index.
 * @return A NUL-terminated string owned by the timeline, valid while the
 *         timeline (or a player made from it) lives; NULL when out of range.
 * @retval_on_fail{NULL}
 */
BRF_EXPORT const char *brf_timeline_step_name(const brf_timeline *tl, size_t index);

/**
 * @brief Where a step's work lies on the timeline (its lead-in excluded).
 * @param tl The timeline.
 * @param index The step index.
 * @param[out] start_ms Receives the start of its first work segment (may be NULL).
 * @param[out] planned_ms Receives its length: the dose's time estimate at
 *             the timeline's end of the ranges (may be NULL).
 * @return ::BRF_OK, ::BRF_E_INVALID (NULL timeline), ::BRF_E_RANGE (index out of range).
 */
BRF_EXPORT brf_status brf_timeline_step_span(const brf_timeline *tl, size_t index,
                                             int64_t *start_ms, int64_t *planned_ms);

/**
 * @brief The stable name of a cue kind ("get-ready", "start", "rep",
 *        "hold", "halfway", "countdown", "switch-side", "rest", "next-up",
 *        "exercise-done", "session-done").
 * @param kind A `BRF_CUE_*` value.
 * @return A static string, or NULL for an unknown kind.
 * @retval_on_fail{NULL}
 * @deprecated Use brf_cue_kind_id() (the same string).
 */
BRF_EXPORT const char *brf_player_cue_kind_name(int32_t kind);

/**
 * @brief The cue kind with a stable name.
 * @param name A NUL-terminated name such as "next-up" (exact, lowercase).
 * @param[out] kind Receives the `BRF_CUE_*` value.
 * @return ::BRF_OK, ::BRF_E_INVALID (NULL argument), ::BRF_E_NOT_FOUND (unknown name).
 * @deprecated Use brf_cue_kind_from_id(), which takes the id's length.
 */
BRF_EXPORT brf_status brf_player_cue_kind_from_name(const char *name, int32_t *kind);

/**
 * @brief The stable name of a completion status ("not-reached",
 *        "in-progress", "done", "cut-short", "skipped").
 * @param status A `BRF_RECORD_*` value.
 * @return A static string, or NULL for an unknown status.
 * @retval_on_fail{NULL}
 * @deprecated Use brf_record_status_id() (the same string) and brf_record_status_from_id().
 */
BRF_EXPORT const char *brf_player_record_status_name(int32_t status);

/* Ids of the constants above: brf_<family>_id() and brf_<family>_from_id()
 * (docs/conventions.md, "Names"). */

/**
 * @brief The id of a segment kind, such as "switch-side".
 * @param value A `BRF_SEGMENT_*` value.
 * @return A static NUL-terminated string, or NULL for an unknown value.
 *         Thread-safe.
 * @retval_on_fail{NULL}
 */
BRF_EXPORT const char *brf_segment_kind_id(int32_t value);

/**
 * @brief The segment kind with an id (exact, case-sensitive match).
 * @param text The id, such as "switch-side"; need not be NUL-terminated.
 * @param len The length of @p text in bytes.
 * @param[out] out Receives the `BRF_SEGMENT_*` value; untouched on failure.
 * @return ::BRF_OK; ::BRF_E_INVALID when @p text or @p out is NULL;
 *         ::BRF_E_NOT_FOUND for an unknown id. No context is involved, so no
 *         message is set. Thread-safe.
 */
BRF_EXPORT brf_status brf_segment_kind_from_id(const char *text, size_t len, int32_t *out);

/**
 * @brief The id of a segment side, such as "left".
 *
 * Which side one segment of a timeline works; not how an exercise works its
 * sides (`BRF_LATERALITY_*`, brf_laterality_id()).
 * @param value A `BRF_SIDE_*` value.
 * @return A static NUL-terminated string, or NULL for an unknown value.
 *         Thread-safe.
 * @retval_on_fail{NULL}
 */
BRF_EXPORT const char *brf_side_id(int32_t value);

/**
 * @brief The segment side with an id (exact, case-sensitive match).
 *
 * Which side one segment of a timeline works; not how an exercise works its
 * sides (`BRF_LATERALITY_*`, brf_laterality_id()).
 * @param text The id, such as "left"; need not be NUL-terminated.
 * @param len The length of @p text in bytes.
 * @param[out] out Receives the `BRF_SIDE_*` value; untouched on failure.
 * @return ::BRF_OK; ::BRF_E_INVALID when @p text or @p out is NULL;
 *         ::BRF_E_NOT_FOUND for an unknown id. No context is involved, so no
 *         message is set. Thread-safe.
 */
BRF_EXPORT brf_status brf_side_from_id(const char *text, size_t len, int32_t *out);

/**
 * @brief The id of a cue kind, such as "next-up".
 * @param value A `BRF_CUE_*` value.
 * @return A static NUL-terminated string, or NULL for an unknown value.
 *         Thread-safe.
 * @retval_on_fail{NULL}
 */
BRF_EXPORT const char *brf_cue_kind_id(int32_t value);

/**
 * @brief The cue kind with an id (exact, case-sensitive match).
 * @param text The id, such as "next-up"; need not be NUL-terminated.
 * @param len The length of @p text in bytes.
 * @param[out] out Receives the `BRF_CUE_*` value; untouched on failure.
 * @return ::BRF_OK; ::BRF_E_INVALID when @p text or @p out is NULL;
 *         ::BRF_E_NOT_FOUND for an unknown id. No context is involved, so no
 *         message is set. Thread-safe.
 */
BRF_EXPORT brf_status brf_cue_kind_from_id(const char *text, size_t len, int32_t *out);

/**
 * @brief The id of a player state, such as "paused".
 * @param value A `BRF_PLAYER_IDLE` .. `BRF_PLAYER_STOPPED` value.
 * @return A static NUL-terminated string, or NULL for an unknown value.
 *         Thread-safe.
 * @retval_on_fail{NULL}
 */
BRF_EXPORT const char *brf_player_state_id(int32_t value);

/**
 * @brief The player state with an id (exact, case-sensitive match).
 * @param text The id, such as "paused"; need not be NUL-terminated.
 * @param len The length of @p text in bytes.
 * @param[out] out Receives the `BRF_PLAYER_IDLE` .. `BRF_PLAYER_STOPPED` value; untouched on failure.
 * @return ::BRF_OK; ::BRF_E_INVALID when @p text or @p out is NULL;
 *         ::BRF_E_NOT_FOUND for an unknown id. No context is involved, so no
 *         message is set. Thread-safe.
 */
BRF_EXPORT brf_status brf_player_state_from_id(const char *text, size_t len, int32_t *out);

/**
 * @brief The id of a completion status of a step, such as "cut-short".
 * @param value A `BRF_RECORD_*` value.
 * @return A static NUL-terminated string, or NULL for an unknown value.
 *         Thread-safe.
 * @retval_on_fail{NULL}
 */
BRF_EXPORT const char *brf_record_status_id(int32_t value);

/**
 * @brief The completion status of a step with an id (exact, case-sensitive match).
 * @param text The id, such as "cut-short"; need not be NUL-terminated.
 * @param len The length of @p text in bytes.
 * @param[out] out Receives the `BRF_RECORD_*` value; untouched on failure.
 * @return ::BRF_OK; ::BRF_E_INVALID when @p text or @p out is NULL;
 *         ::BRF_E_NOT_FOUND for an unknown id. No context is involved, so no
 *         message is set. Thread-safe.
 */
BRF_EXPORT brf_status brf_record_status_from_id(const char *text, size_t len, int32_t *out);

/**
 * @brief Create a player for a timeline, in state ::BRF_PLAYER_IDLE.
 *
 * The player references the timeline and keeps it alive: the caller may
 * free the timeline at once. Everything the player needs is allocated here
 * (a fixed part of under 1 KB plus 16 bytes per step; docs/player.md), so
 * that no later call allocates.
 * @param ctx The context.
 * @param tl The timeline (shared, read-only).
 * @param[out] out Receives the player, freed with brf_player_free(); NULL on failure.
 * @return ::BRF_OK, ::BRF_E_INVALID (NULL argument), ::BRF_E_NOMEM.
 * @deprecated Use brf_player_new_v2(), which takes the timeline as `const`
 *             (so the timeline of brf_player_timeline() can be played again).
 */
BRF_EXPORT brf_status brf_player_new(brf_context *ctx, brf_timeline *tl, brf_player **out);

/**
 * @brief Create a player for a timeline, in state ::BRF_PLAYER_IDLE; the
 *        timeline may be `const`, such as the one brf_player_timeline() gives.
 *
 * The player never changes what the timeline holds (segments, cues, steps,
 * names): timelines are read-only once built. It shares the timeline by a
 * reference count kept inside the timeline, which it raises here and lowers
 * in brf_player_free(); so the caller may free the timeline at once, and
 * several players may play one timeline. That count is not atomic: a
 * timeline and the players made from it belong to one thread at a time, as
 * their context does. Everything the player needs is allocated here
 * (docs/player.md), so that no later call allocates.
 * @param ctx The context.
 * @param tl The timeline (shared, read-only).
 * @param[out] out Receives the player, freed with brf_player_free(); NULL on failure.
 * @return ::BRF_OK, ::BRF_E_INVALID (NULL argument), ::BRF_E_NOMEM.
 */
BRF_EXPORT brf_status brf_player_new_v2(brf_context *ctx, const brf_timeline *tl,
                                        brf_player **out);

/**
 * @brief Release a player (and its reference to the timeline).
 * @param p The player, or NULL (no-op).
 */
BRF_EXPORT void brf_player_free(brf_player *p);

/**
 * @brief The timeline a player plays.
 * @param p The player.
 * @return The timeline, borrowed: valid while the player lives; NULL when @p p is NULL.
 * @retval_on_fail{NULL}
 */
BRF_EXPORT const brf_timeline *brf_player_timeline(const brf_player *p);

/**
 * @brief Start the session at time 0: state ::BRF_PLAYER_RUNNING (or
 *        ::BRF_PLAYER_FINISHED at once for a timeline with no steps), and
 *        the cues due at time 0 are queued.
 * @param p The player.
 * @return ::BRF_OK, ::BRF_E_INVALID (NULL), ::BRF_E_STATE (not idle).
 */
BRF_EXPORT brf_status brf_player_start(brf_player *p);

/**
 * @brief Let @p elapsed_ms of the host's clock pass. Allocates nothing.
 *
 * While running, the position moves on by @p elapsed_ms (no further than
 * the end), every cue that falls due is queued in order with its true
 * session time, and the completion record is updated; one call with a big
 * jump ends exactly where many small calls summing to it would. Reaching
 * the end finishes the session. While paused, finished or stopped, the
 * time is not counted and nothing changes.
 * @param p The player.
 * @param elapsed_ms The time that passed, >= 0.
 * @return ::BRF_OK, ::BRF_E_INVALID (NULL player or negative time),
 *         ::BRF_E_STATE (not started).
 */
BRF_EXPORT brf_status brf_player_advance(brf_player *p, int64_t elapsed_ms);

/**
 * @brief Pause: later time passed to brf_player_advance() is not counted.
 * @param p The player.
 * @return ::BRF_OK, ::BRF_E_INVALID (NULL), ::BRF_E_STATE (not running).
 */
BRF_EXPORT brf_status brf_player_pause(brf_player *p);

/**
 * @brief Resume a paused player.
 * @param p The player.
 * @return ::BRF_OK, ::BRF_E_INVALID (NULL), ::BRF_E_STATE (not paused).
 */
BRF_EXPORT brf_status brf_player_resume(brf_player *p);

/**
 * @brief Skip to the next exercise: the current step is recorded as
 *        skipped (or cut short when some of its work was done) and the
 *        position moves to the start of the next step's transition, whose
 *        cues are queued; skipping the last step finishes the session.
 *
 * During a transition the current step is the one it leads into, so a
 * skip there skips that exercise. The session time does not jump. A paused
 * player stays paused.
 * @param p The player.
 * @return ::BRF_OK, ::BRF_E_INVALID (NULL), ::BRF_E_STATE (not running or paused).
 */
BRF_EXPORT brf_status brf_player_skip(brf_player *p);

/**
 * @brief Go back to the start of the current step's lead-in (its get ready
 *        or transition), or to the previous step's when the position is
 *        less than ::BRF_PLAYER_BACK_GRACE_MS past that start; the cues of
 *        the start are queued again.
 *
 * A step left this way after some work is recorded as cut short (until it
 * is played to its end). The session time does not jump back. A paused
 * player stays paused.
 * @param p The player.
 * @return ::BRF_OK, ::BRF_E_INVALID (NULL), ::BRF_E_STATE (not running or paused).
 */
BRF_EXPORT brf_status brf_player_back(brf_player *p);

/**
 * @brief Stop part-way: state ::BRF_PLAYER_STOPPED; the current step is
 *        recorded as cut short when some of its work was done.
 * @param p The player.
 * @return ::BRF_OK, ::BRF_E_INVALID (NULL), ::BRF_E_STATE (not running or paused).
 */
BRF_EXPORT brf_status brf_player_stop(brf_player *p);

/**
 * @brief The state.
 * @param p The player.
 * @return A `BRF_PLAYER_*` state, or -1 when @p p is NULL.
 * @retval_on_fail{-1}
 */
BRF_EXPORT int32_t brf_player_state(const brf_player *p);

/**
 * @brief The index of the current segment (the done segment once finished).
 * @param p The player.
 * @return The segment index, or 0 when @p p is NULL.
 * @deprecated Use brf_player_segment_index_get(): 0 is also the first segment.
 * @retval_on_fail{0}
 */
BRF_EXPORT size_t brf_player_segment_index(const brf_player *p);

/**
 * @brief The index of the current segment, with a status that tells a failure from the first
 *        segment.
 * @param p The player.
 * @param[out] out Receives the segment index (the done segment once finished); untouched on
 *             failure.
 * @return ::BRF_OK; ::BRF_E_INVALID (NULL @p p or @p out).
 *         Records nothing in a context, so it may read a shared object
 *         (docs/conventions.md, "Sentinels").
 */
BRF_EXPORT brf_status brf_player_segment_index_get(const brf_player *p, size_t *out);

/**
 * @brief The index of the current step (transitions belong to the step they
 *        lead into; the step count once finished).
 * @param p The player.
 * @return The step index, or 0 when @p p is NULL.
 * @deprecated Use brf_player_step_index_get(): 0 is also the first step.
 * @retval_on_fail{0}
 */
BRF_EXPORT size_t brf_player_step_index(const brf_player *p);

/**
 * @brief The index of the current step, with a status that tells a failure from the first step.
 * @param p The player.
 * @param[out] out Receives the step index (transitions belong to the step they lead into; the step
 *             count once finished); untouched on failure.
 * @return ::BRF_OK; ::BRF_E_INVALID (NULL @p p or @p out).
 *         Records nothing in a context, so it may read a shared object
 *         (docs/conventions.md, "Sentinels").
 */
BRF_EXPORT brf_status brf_player_step_index_get(const brf_player *p, size_t *out);

/**
 * @brief The position on the timeline, in ms from its start (moved by
 *        advance, skip and back).
 * @param p The player.
 * @return The position, or -1 when @p p is NULL.
 * @retval_on_fail{-1}
 */
BRF_EXPORT int64_t brf_player_position_ms(const brf_player *p);

/**
 * @brief Time spent in the current segment.
 * @param p The player.
 * @return ms, or -1 when @p p is NULL.
 * @retval_on_fail{-1}
 */
BRF_EXPORT int64_t brf_player_segment_elapsed_ms(const brf_player *p);

/**
 * @brief Time left in the current segment.
 * @param p The player.
 * @return ms, or -1 when @p p is NULL.
 * @retval_on_fail{-1}
 */
BRF_EXPORT int64_t brf_player_segment_remaining_ms(const brf_player *p);

/**
 * @brief The session time: ms counted since start, paused time excluded
 *        (skip and back do not change it). Cue times use this clock.
 * @param p The player.
 * @return ms, or -1 when @p p is NULL.
 * @retval_on_fail{-1}
 */
BRF_EXPORT int64_t brf_player_session_elapsed_ms(const brf_player *p);

/**
 * @brief Time left on the timeline from the current position to the end.
 * @param p The player.
 * @return ms, or -1 when @p p is NULL.
 * @retval_on_fail{-1}
 */
BRF_EXPORT int64_t brf_player_session_remaining_ms(const brf_player *p);

/**
 * @brief The number of cues queued since the last brf_player_cues_clear().
 * @param p The player.
 * @return The count, or 0 when @p p is NULL.
 * @retval_on_fail{0}
 */
BRF_EXPORT size_t brf_player_cue_count(const brf_player *p);

/**
 * @brief One queued cue, oldest first. Every output pointer may be NULL.
 * @param p The player.
 * @param index 0 .. brf_player_cue_count() - 1.
 * @param[out] kind Receives the `BRF_CUE_*` kind.
 * @param[out] at_ms Receives the session time the cue fell due
 *             (brf_player_session_elapsed_ms() at that moment).
 * @param[out] exercise_index Receives the step the cue is about (the step
 *             count for session-done).
 * @return ::BRF_OK, ::BRF_E_INVALID (NULL player), ::BRF_E_RANGE (index out of range).
 */
BRF_EXPORT brf_status brf_player_cue_at(const brf_player *p, size_t index, int32_t *kind,
                                        int64_t *at_ms, size_t *exercise_index);

/**
 * @brief The short English text of a queued cue ("Get ready: Glute ball
 *        release", "Switch sides", "3", ...), which apps may replace.
 * @param p The player.
 * @param index 0 .. brf_player_cue_count() - 1.
 * @return A NUL-terminated UTF-8 string owned by the timeline: it stays
 *         valid while the player (or the timeline) lives, even after the
 *         cue is cleared; NULL when out of range.
 * @retval_on_fail{NULL}
 */
BRF_EXPORT const char *brf_player_cue_text(const brf_player *p, size_t index);

/**
 * @brief Empty the cue queue (after the host has handled the cues).
 * @param p The player, or NULL (no-op).
 */
BRF_EXPORT void brf_player_cues_clear(brf_player *p);

/**
 * @brief How many cues were dropped because the queue was full.
 *
 * The queue holds ::BRF_PLAYER_CUE_RUNS runs of consecutive cues; a run is
 * opened by start, skip and back, and any number of advances extend it. So
 * a host that clears the cues at least once per ::BRF_PLAYER_CUE_RUNS skips
 * and backs never loses one, however far one advance jumps. When a new run
 * does not fit, the oldest run is dropped and counted here.
 * @param p The player.
 * @return The number of cues dropped since the player was created; 0 when @p p is NULL.
 * @retval_on_fail{0}
 */
BRF_EXPORT size_t brf_player_cues_dropped(const brf_player *p);

/**
 * @brief The number of entries in the completion record: one per step.
 * @param p The player.
 * @return The step count, or 0 when @p p is NULL.
 * @retval_on_fail{0}
 */
BRF_EXPORT size_t brf_player_record_count(const brf_player *p);

/**
 * @brief What was done of one step. Every output pointer may be NULL.
 * @param p The player.
 * @param index The step index.
 * @param[out] status Receives a `BRF_RECORD_*` status.
 * @param[out] planned_ms Receives the step's planned time (its work,
 *             without the lead-in).
 * @param[out] done_ms Receives the time spent in the step's work segments,
 *             repeats after brf_player_back() included.
 * @return ::BRF_OK, ::BRF_E_INVALID (NULL player), ::BRF_E_RANGE (index out of range).
 */
BRF_EXPORT brf_status brf_player_record_at(const brf_player *p, size_t index, int32_t *status,
                                           int64_t *planned_ms, int64_t *done_ms);

/** @} */

#ifdef __cplusplus
}
#endif

#endif /* BACKRELIEF_PLAYER_H */
