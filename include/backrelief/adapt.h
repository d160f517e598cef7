/**
 * @file adapt.h
 * @brief Pain-gated adaptation: from the journal, suggest whether to
 *        progress, hold, regress, move to the strengthening phase, taper
 *        the frequency, handle a flare-up, or stop and refer.
 *
 * The rules are deterministic and documented, each with its source, in
 * docs/adaptation.md (traffic-light pain monitoring after Silbernagel and
 * clinic practice; progression and regression along the catalog's links;
 * the phase and taper rules of the seed texts; red flags from the screen).
 * Every suggestion carries its reasons as an advice list. A suggestion is a
 * suggestion: the app shows it and the person (or their clinician) decides.
 */
#ifndef BACKRELIEF_ADAPT_H
#define BACKRELIEF_ADAPT_H

#include "backrelief/advice.h"
#include "backrelief/catalog.h"
#include "backrelief/core.h"
#include "backrelief/journal.h"
#include "backrelief/profile.h"
#include "backrelief/routine.h"
#include "backrelief/screen.h"

#ifdef __cplusplus
extern "C" {
#endif

/**
 * @defgroup adapt Adaptation
 * @brief Suggestions computed from the journal.
 * @{
 */

/**
 * @name Outcomes
 * Pinned values; the ids are given in brackets.
 * @{
 */
#define BRF_ADAPT_INSUFFICIENT_DATA 0 /**< Not enough rated sessions to judge [`insufficient-data`]. */
#define BRF_ADAPT_PROGRESS 1          /**< Green responses: a little more [`progress`]. */
#define BRF_ADAPT_HOLD 2              /**< Amber response: keep the same dose [`hold`]. */
#define BRF_ADAPT_REGRESS 3           /**< Red response: less, or an easier variant [`regress`]. */
#define BRF_ADAPT_ADVANCE_PHASE 4     /**< Tightness stays low: add strengthening [`advance-phase`]. */
#define BRF_ADAPT_TAPER 5             /**< Weeks of daily relief with low pain: 2-3 times a week [`taper`]. */
#define BRF_ADAPT_FLARE_UP 6          /**< A sudden rise: regress, reduce volume, back to relief work [`flare-up`]. */
#define BRF_ADAPT_REFER 7             /**< Stop and see a clinician [`refer`]. */
#define BRF_ADAPT_RESTART 8           /**< After a gap: restart lower (brf_adapt_next() only) [`restart`]. */
#define BRF_ADAPT_OUTCOME_COUNT 9     /**< Number of outcomes this version knows. */
/** @} */

/** An opaque suggestion: an outcome, its reasons, and optionally an adapted routine and frequency. */
typedef struct brf_adapt_suggestion brf_adapt_suggestion;

/**
 * @brief The id of an outcome, such as "flare-up".
 * @param outcome A `BRF_ADAPT_*` value.
 * @return A static string, or NULL for an unknown value.
 * @retval_on_fail{NULL}
 */
BRF_EXPORT const char *brf_adapt_outcome_id(int32_t outcome);

/* Ids of the constants above: brf_<family>_id() and brf_<family>_from_id()
 * (docs/conventions.md, "Names"). */

/**
 * @brief The adaptation outcome with an id (exact, case-sensitive match).
 * @param text The id, such as "flare-up"; need not be NUL-terminated.
 * @param len The length of @p text in bytes.
 * @param[out] out Receives the `BRF_ADAPT_*` value; untouched on failure.
 * @return ::BRF_OK; ::BRF_E_INVALID when @p text or @p out is NULL;
 *         ::BRF_E_NOT_FOUND for an unknown id. No context is involved, so no
 *         message is set. Thread-safe.
 */
BRF_EXPORT brf_status brf_adapt_outcome_from_id(const char *text, size_t len, int32_t *out);

/**
 * @brief Suggest the next step for a routine from the journal.
 *
 * The journal entries considered are those whose routine name equals the
 * routine's name (all entries when the routine's name is ""), ordered by
 * date, then time, then journal order. The rules are applied in the order of
 * docs/adaptation.md and the first that applies gives the outcome.
 * @param ctx The context of the suggestion.
 * @param journal The journal (read only).
 * @param routine The routine the person is doing (read only; copied when adapted).
 * @param catalog The catalog that resolves progression and regression links
 *        and provides strengthening exercises; may be NULL (then only doses
 *        change and the phase advance has no adapted routine; a reason says so).
 * @param profile The person's profile, or NULL: a linked exercise that needs
 *        equipment the person lacks, or is above the person's level, is not chosen.
 * @param screen The person's red-flag answers, or NULL.
 * @param[out] out Receives the suggestion, freed with brf_adapt_suggestion_free(); NULL on failure.
 * @return ::BRF_OK (also for the outcome ::BRF_ADAPT_REFER, which is a
 *         result, not an error); ::BRF_E_INVALID (NULL @p ctx, @p journal,
 *         @p routine or @p out); ::BRF_E_NOMEM.
 */
BRF_EXPORT brf_status brf_adapt_suggest(brf_context *ctx, const brf_journal *journal,
                                        const brf_routine *routine, const brf_catalog *catalog,
                                        const brf_profile *profile, const brf_screen *screen,
                                        brf_adapt_suggestion **out);

/**
 * @brief Suggest the next single step for a routine from the person's own
 *        baseline, within their time (adaptation v2, docs/adaptation.md).
 *
 * Only the entries of the routine count (brf_journal_entry_is_for(): the
 * routine id when the entry and the routine both have one, else the name
 * exactly, "" matching only ""), dated on or before @p today (later ones are
 * left out, each named in a `future-entry` reason). The traffic light is
 * read against the person's baseline (the median pain before of the last 5
 * sessions). The outcome is one of ::BRF_ADAPT_INSUFFICIENT_DATA,
 * ::BRF_ADAPT_PROGRESS, ::BRF_ADAPT_HOLD, ::BRF_ADAPT_REGRESS,
 * ::BRF_ADAPT_RESTART or ::BRF_ADAPT_REFER. A progress changes one thing
 * (one dose field of one step, or one exercise for its progression) and is
 * earned: two green sessions on different days after @p last_change_day
 * and at least 3 days since it. A regress goes back to @p previous when
 * given (the last change undone), else one dose step down; red results
 * also carry the flare-up plan as a `flare-up-plan` reason. A gap of 7
 * days or more restarts one step lower (@p previous, else one dose step
 * down), 21 days or more at @p start. The adapted routine
 * (brf_adapt_suggestion_routine_get()) is the routine to save when the
 * person applies the suggestion; the caller records the day it was
 * applied and passes it as @p last_change_day next time.
 * @param ctx The context of the suggestion.
 * @param journal The journal (read only).
 * @param routine The routine the person is doing (read only; copied when adapted).
 * @param previous The routine before the last applied change, or NULL.
 * @param start The routine as first planned (its starting doses), or NULL.
 * @param catalog The catalog that resolves progression links, or NULL (doses only).
 * @param profile The person's profile, or NULL: a progression is at most
 *        the profile's level (without a profile, one level above the
 *        exercise it replaces) and avoids the profile's conditions.
 * @param screen The person's red-flag answers, or NULL.
 * @param today The day to evaluate as of (days since 1970-01-01, as the journal).
 * @param last_change_day The day the last suggestion was applied, or a
 *        negative value when none was.
 * @param budget_ms The routine's time budget in ms (a progression keeps the
 *        routine's longest estimate, brf_routine_estimate_ms(), within it), or 0 for none.
 * @param[out] out Receives the suggestion, freed with brf_adapt_suggestion_free(); NULL on failure.
 * @return ::BRF_OK (also for ::BRF_ADAPT_REFER); ::BRF_E_INVALID (NULL @p ctx,
 *         @p journal, @p routine or @p out; negative @p budget_ms); ::BRF_E_NOMEM.
 */
BRF_EXPORT brf_status brf_adapt_next(brf_context *ctx, const brf_journal *journal,
                                     const brf_routine *routine, const brf_routine *previous,
                                     const brf_routine *start, const brf_catalog *catalog,
                                     const brf_profile *profile, const brf_screen *screen,
                                     int32_t today, int32_t last_change_day, int64_t budget_ms,
                                     brf_adapt_suggestion **out);

/**
 * @brief Release a suggestion, its reasons and its adapted routine.
 * @param s The suggestion, or NULL (no-op).
 */
BRF_EXPORT void brf_adapt_suggestion_free(brf_adapt_suggestion *s);

/**
 * @brief The outcome of a suggestion.
 * @param s The suggestion.
 * @return A `BRF_ADAPT_*` value, or -1 when @p s is NULL.
 * @retval_on_fail{-1}
 */
BRF_EXPORT int32_t brf_adapt_suggestion_outcome(const brf_adapt_suggestion *s);

/**
 * @brief The reasons of a suggestion, never empty: the rule that decided
 *        first, then one item per change made to the routine. Each item has
 *        a rule id of docs/adaptation.md, a message naming the values, and
 *        its source.
 * @param s The suggestion.
 * @return A list owned by @p s (do not free it), valid until @p s is freed;
 *         NULL when @p s is NULL.
 * @retval_on_fail{NULL}
 */
BRF_EXPORT const brf_advice *brf_adapt_suggestion_reasons(const brf_adapt_suggestion *s);

/**
 * @brief The adapted routine, when the outcome changes the routine
 *        (progress, regress, flare-up, phase advance, taper).
 * @param s The suggestion.
 * @return A routine owned by @p s (clone it to keep it), valid until @p s is
 *         freed; NULL when there is none or @p s is NULL.
 * @deprecated Use brf_adapt_suggestion_routine_get(): NULL is also the answer when
 *             the outcome leaves the routine as it is.
 * @retval_on_fail{NULL}
 */
BRF_EXPORT const brf_routine *brf_adapt_suggestion_routine(const brf_adapt_suggestion *s);

/**
 * @brief The adapted routine, with a status that tells a failure from "no change".
 * @param s The suggestion.
 * @param[out] out Receives a routine owned by @p s (clone it to keep it), valid until @p s is
 *             freed, or NULL when the outcome leaves the routine as it is; untouched on failure.
 * @return ::BRF_OK; ::BRF_E_INVALID (NULL @p s or @p out).
 *         Records nothing in a context, so it may read a shared object
 *         (docs/conventions.md, "Sentinels").
 */
BRF_EXPORT brf_status brf_adapt_suggestion_routine_get(const brf_adapt_suggestion *s,
                                                       const brf_routine **out);

/**
 * @brief The suggested frequency in dose notation (such as "2-3x/week"),
 *        when the outcome changes how often the routine is done.
 * @param s The suggestion.
 * @return A string owned by @p s, valid until @p s is freed; NULL when
 *         there is none or @p s is NULL.
 * @deprecated Use brf_adapt_suggestion_frequency_get(): NULL is also the answer
 *             when the outcome leaves the frequency as it is.
 * @retval_on_fail{NULL}
 */
BRF_EXPORT const char *brf_adapt_suggestion_frequency(const brf_adapt_suggestion *s);

/**
 * @brief The suggested frequency, with a status that tells a failure from "no change".
 * @param s The suggestion.
 * @param[out] out Receives a string in dose notation owned by @p s, valid until @p s is freed, or
 *             NULL when the outcome leaves the frequency as it is; untouched on failure.
 * @return ::BRF_OK; ::BRF_E_INVALID (NULL @p s or @p out).
 *         Records nothing in a context, so it may read a shared object
 *         (docs/conventions.md, "Sentinels").
 */
BRF_EXPORT brf_status brf_adapt_suggestion_frequency_get(const brf_adapt_suggestion *s,
                                                         const char **out);

/** @} */

#ifdef __cplusplus
}
#endif

#endif /* BACKRELIEF_ADAPT_H */
