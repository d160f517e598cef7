/**
 * @file journal.h
 * @brief The progress journal: one entry per session done (date, time,
 *        routine, steps done, cut short or skipped, pain and tightness
 *        before, right after and the next morning, effort, a note), stored
 *        as JSON Lines, and adherence (sessions done against prescribed).
 *
 * Entries are addressed by index, 0 to brf_journal_count() - 1, in the order
 * they were added or loaded (the order of the file). Pain, tightness and
 * effort are 0-10 numeric rating scales (0 = none, 10 = worst imaginable);
 * ::BRF_JOURNAL_UNSET (-1) means "not recorded". Every string a getter
 * returns is owned by its entry and stays valid until that value is
 * replaced (brf_journal_entry_set_session() replaces the session,
 * brf_journal_entry_set_routine_id() the routine id, brf_journal_entry_set_note() the note, brf_journal_entry_set_from_player()
 * the step ids) or the journal is freed; adding entries or steps and setting
 * numbers leave it valid (docs/conventions.md, "Borrowed pointers and what
 * invalidates them"). A failing call leaves the journal as it was. The file format (one JSON object a line, appended) and the torn-line
 * rules are documented in docs/formats.md, section "Journal".
 */
#ifndef BACKRELIEF_JOURNAL_H
#define BACKRELIEF_JOURNAL_H

#include "backrelief/core.h"
#include "backrelief/player.h"

#ifdef __cplusplus
extern "C" {
#endif

/**
 * @defgroup journal Progress journal
 * @brief Recording sessions, storing them as JSON Lines, and adherence.
 * @{
 */

/** An opaque journal: an ordered list of session entries. */
typedef struct brf_journal brf_journal;

#define BRF_JOURNAL_UNSET (-1) /**< A rating, time or effort that was not recorded. */
#define BRF_JOURNAL_SCALE_MAX 10 /**< The top of the 0-10 pain, tightness and effort scales. */
#define BRF_JOURNAL_DIFFICULTY_MAX 5 /**< The top of the 1-5 difficulty scale of an exercise rating (1 very easy, 5 too hard). */

/**
 * @name When a rating was taken
 * Pinned values; the JSON keys are given in brackets.
 * @{
 */
#define BRF_JOURNAL_BEFORE 0       /**< Before the session [`before`]. */
#define BRF_JOURNAL_AFTER 1        /**< Right after the session (the worst during it) [`after`]. */
#define BRF_JOURNAL_NEXT_MORNING 2 /**< The next morning [`next_morning`]. */
/** @} */

/**
 * @name Step statuses
 * Pinned values; the JSON ids are given in brackets.
 * @{
 */
#define BRF_JOURNAL_STEP_DONE 0       /**< Done in full [`done`]. */
#define BRF_JOURNAL_STEP_CUT_SHORT 1  /**< Started, stopped early [`cut-short`]. */
#define BRF_JOURNAL_STEP_SKIPPED 2    /**< Not done [`skipped`]. */
#define BRF_JOURNAL_STEP_STATUS_COUNT 3 /**< Number of statuses this version knows. */
/** @} */

/* Ids of the constants above: brf_<family>_id() and brf_<family>_from_id()
 * (docs/conventions.md, "Names"). */

/**
 * @brief The id of a rating moment, such as "next_morning".
 *
 * The ids are the JSON keys of the ratings (with an underscore).
 * @param value A `BRF_JOURNAL_BEFORE`, `BRF_JOURNAL_AFTER` or `BRF_JOURNAL_NEXT_MORNING` value.
 * @return A static NUL-terminated string, or NULL for an unknown value.
 *         Thread-safe.
 * @retval_on_fail{NULL}
 */
BRF_EXPORT const char *brf_journal_moment_id(int32_t value);

/**
 * @brief The rating moment with an id (exact, case-sensitive match).
 *
 * The ids are the JSON keys of the ratings (with an underscore).
 * @param text The id, such as "next_morning"; need not be NUL-terminated.
 * @param len The length of @p text in bytes.
 * @param[out] out Receives the `BRF_JOURNAL_BEFORE`, `BRF_JOURNAL_AFTER` or `BRF_JOURNAL_NEXT_MORNING` value; untouched on failure.
 * @return ::BRF_OK; ::BRF_E_INVALID when @p text or @p out is NULL;
 *         ::BRF_E_NOT_FOUND for an unknown id. No context is involved, so no
 *         message is set. Thread-safe.
 */
BRF_EXPORT brf_status brf_journal_moment_from_id(const char *text, size_t len, int32_t *out);

/**
 * @brief The id of a journal step status, such as "cut-short".
 * @param value A `BRF_JOURNAL_STEP_*` value.
 * @return A static NUL-terminated string, or NULL for an unknown value.
 *         Thread-safe.
 * @retval_on_fail{NULL}
 */
BRF_EXPORT const char *brf_journal_step_status_id(int32_t value);

/**
 * @brief The journal step status with an id (exact, case-sensitive match).
 * @param text The id, such as "cut-short"; need not be NUL-terminated.
 * @param len The length of @p text in bytes.
 * @param[out] out Receives the `BRF_JOURNAL_STEP_*` value; untouched on failure.
 * @return ::BRF_OK; ::BRF_E_INVALID when @p text or @p out is NULL;
 *         ::BRF_E_NOT_FOUND for an unknown id. No context is involved, so no
 *         message is set. Thread-safe.
 */
BRF_EXPORT brf_status brf_journal_step_status_from_id(const char *text, size_t len, int32_t *out);

/**
 * @brief Create an empty journal.
 * @param ctx The context; the journal keeps it alive.
 * @param[out] out Receives the journal, freed with brf_journal_free(); NULL on failure.
 * @return ::BRF_OK, ::BRF_E_INVALID (NULL argument), ::BRF_E_NOMEM.
 */
BRF_EXPORT brf_status brf_journal_new(brf_context *ctx, brf_journal **out);

/**
 * @brief Release a journal and everything it owns.
 * @param j The journal, or NULL (no-op).
 */
BRF_EXPORT void brf_journal_free(brf_journal *j);

/**
 * @brief The number of entries.
 * @param j The journal.
 * @return The count; 0 when @p j is NULL.
 * @retval_on_fail{0}
 */
BRF_EXPORT size_t brf_journal_count(const brf_journal *j);

/**
 * @brief Append an entry with every rating, effort and count unset (0 steps).
 * @param j The journal.
 * @param day The session's date, days since 1970-01-01 (::BRF_DATE_MIN to
 *        ::BRF_DATE_MAX of calendar.h).
 * @param minutes The local time of day, 0 to 1439, or ::BRF_JOURNAL_UNSET.
 * @param routine The routine's name (UTF-8, copied); NULL gives "".
 * @param[out] out_index Receives the new entry's index (may be NULL).
 * @return ::BRF_OK; ::BRF_E_INVALID (NULL journal, invalid UTF-8);
 *         ::BRF_E_RANGE (date or time out of range); ::BRF_E_NOMEM.
 */
BRF_EXPORT brf_status brf_journal_add(brf_journal *j, int32_t day, int32_t minutes,
                                      const char *routine, size_t *out_index);

/**
 * @brief Set the session reference of an entry: a session id or a schedule
 *        reference, as free text.
 * @param j The journal.
 * @param index The entry.
 * @param session UTF-8 text (copied); NULL or "" clears it.
 * @return ::BRF_OK, ::BRF_E_INVALID (NULL journal, invalid UTF-8),
 *         ::BRF_E_RANGE (index out of range), ::BRF_E_NOMEM.
 */
BRF_EXPORT brf_status brf_journal_entry_set_session(brf_journal *j, size_t index,
                                                    const char *session);

/**
 * @brief Set the numbers of steps done, cut short and skipped.
 * @param j The journal.
 * @param index The entry.
 * @param done Steps done in full, 0 to 10000.
 * @param cut_short Steps stopped early, 0 to 10000.
 * @param skipped Steps not done, 0 to 10000.
 * @return ::BRF_OK, ::BRF_E_INVALID (NULL journal), ::BRF_E_RANGE (index or a count out of range).
 */
BRF_EXPORT brf_status brf_journal_entry_set_counts(brf_journal *j, size_t index, int32_t done,
                                                   int32_t cut_short, int32_t skipped);

/**
 * @brief Append a per-step status (the exercise id and what happened) and
 *        add one to the matching count.
 * @param j The journal.
 * @param index The entry.
 * @param exercise_id The step's exercise id (UTF-8, non-empty, copied).
 * @param status A `BRF_JOURNAL_STEP_*` value.
 * @return ::BRF_OK; ::BRF_E_INVALID (NULL argument, "" id, invalid UTF-8,
 *         unknown status); ::BRF_E_RANGE (index out of range, or the count
 *         would pass 10000); ::BRF_E_NOMEM.
 */
BRF_EXPORT brf_status brf_journal_entry_add_step(brf_journal *j, size_t index,
                                                 const char *exercise_id, int32_t status);

/**
 * @brief Fill an entry's steps from a player's completion record: one
 *        per-step status per step of the player's timeline (its exercise
 *        id), and the three counts, replacing what the entry held.
 *
 * Record statuses map as follows: done gives done; cut short, and in
 * progress (the session ended while in that step), give cut short; skipped,
 * and not reached (the session stopped before it), give skipped.
 * @param j The journal.
 * @param index The entry.
 * @param player The player (read only), usually finished or stopped.
 * @return ::BRF_OK, ::BRF_E_INVALID (NULL argument), ::BRF_E_RANGE (index
 *         out of range, or more than 10000 steps), ::BRF_E_NOMEM (the entry
 *         is unchanged).
 */
BRF_EXPORT brf_status brf_journal_entry_set_from_player(brf_journal *j, size_t index,
                                                        const brf_player *player);

/**
 * @brief Set a pain rating of an entry.
 * @param j The journal.
 * @param index The entry.
 * @param when ::BRF_JOURNAL_BEFORE, ::BRF_JOURNAL_AFTER or ::BRF_JOURNAL_NEXT_MORNING.
 * @param value 0 to 10, or ::BRF_JOURNAL_UNSET to clear it.
 * @return ::BRF_OK, ::BRF_E_INVALID (NULL journal, unknown @p when),
 *         ::BRF_E_RANGE (index or value out of range).
 */
BRF_EXPORT brf_status brf_journal_entry_set_pain(brf_journal *j, size_t index, int32_t when,
                                                 int32_t value);

/**
 * @brief Set a tightness rating of an entry.
 * @param j The journal.
 * @param index The entry.
 * @param when ::BRF_JOURNAL_BEFORE, ::BRF_JOURNAL_AFTER or ::BRF_JOURNAL_NEXT_MORNING.
 * @param value 0 to 10, or ::BRF_JOURNAL_UNSET to clear it.
 * @return ::BRF_OK, ::BRF_E_INVALID (NULL journal, unknown @p when),
 *         ::BRF_E_RANGE (index or value out of range).
 */
BRF_EXPORT brf_status brf_journal_entry_set_tightness(brf_journal *j, size_t index,
                                                      int32_t when, int32_t value);

/**
 * @brief Record the next-morning ratings of an existing entry (people record
 *        them the day after), both at once; the app then rewrites the file
 *        (brf_journal_to_jsonl()) or appends nothing and keeps it in memory.
 * @param j The journal.
 * @param index The entry.
 * @param pain 0 to 10, or ::BRF_JOURNAL_UNSET.
 * @param tightness 0 to 10, or ::BRF_JOURNAL_UNSET.
 * @return ::BRF_OK, ::BRF_E_INVALID (NULL journal), ::BRF_E_RANGE (index or
 *         a value out of range; nothing is changed).
 */
BRF_EXPORT brf_status brf_journal_entry_set_next_morning(brf_journal *j, size_t index,
                                                         int32_t pain, int32_t tightness);

/**
 * @brief Set the effort of an entry (how hard the session felt).
 * @param j The journal.
 * @param index The entry.
 * @param effort 0 to 10, or ::BRF_JOURNAL_UNSET.
 * @return ::BRF_OK, ::BRF_E_INVALID (NULL journal), ::BRF_E_RANGE.
 */
BRF_EXPORT brf_status brf_journal_entry_set_effort(brf_journal *j, size_t index, int32_t effort);

/**
 * @brief Set the free note of an entry.
 * @param j The journal.
 * @param index The entry.
 * @param note UTF-8 text (copied; newlines are allowed); NULL or "" clears it.
 * @return ::BRF_OK, ::BRF_E_INVALID (NULL journal, invalid UTF-8),
 *         ::BRF_E_RANGE (index out of range), ::BRF_E_NOMEM.
 */
BRF_EXPORT brf_status brf_journal_entry_set_note(brf_journal *j, size_t index, const char *note);

/**
 * @brief The date of an entry.
 * @param j The journal.
 * @param index The entry.
 * @return Days since 1970-01-01; ::BRF_JOURNAL_UNSET when @p j is NULL or
 *         @p index is out of range (check brf_journal_count() first).
 * @deprecated Use brf_journal_entry_day_get(): ::BRF_JOURNAL_UNSET (-1) is also the
 *             date 1969-12-31, which brf_journal_add() accepts.
 * @retval_on_fail{BRF_JOURNAL_UNSET}
 */
BRF_EXPORT int32_t brf_journal_entry_day(const brf_journal *j, size_t index);

/**
 * @brief The date of an entry, with a status that tells a failure from a date.
 * @param j The journal.
 * @param index The entry.
 * @param[out] out Receives the days since 1970-01-01 (any `int32_t`, -1 included); untouched on
 *             failure.
 * @return ::BRF_OK; ::BRF_E_INVALID (NULL @p j or @p out); ::BRF_E_RANGE (@p index
 *         out of range).
 *         Records nothing in a context, so it may read a shared object
 *         (docs/conventions.md, "Sentinels").
 */
BRF_EXPORT brf_status brf_journal_entry_day_get(const brf_journal *j, size_t index,
                                                int32_t *out);

/**
 * @brief The time of day of an entry.
 * @param j The journal.
 * @param index The entry.
 * @return Minutes since midnight, or ::BRF_JOURNAL_UNSET (not recorded, NULL, out of range).
 * @deprecated Use brf_journal_entry_minutes_get(): ::BRF_JOURNAL_UNSET is also the
 *             answer for an entry without a time.
 * @retval_on_fail{BRF_JOURNAL_UNSET}
 */
BRF_EXPORT int32_t brf_journal_entry_minutes(const brf_journal *j, size_t index);

/**
 * @brief The time of day of an entry, with a status that tells a failure from "not recorded".
 * @param j The journal.
 * @param index The entry.
 * @param[out] out Receives the minutes since midnight, or ::BRF_JOURNAL_UNSET when the entry has no
 *             time; untouched on failure.
 * @return ::BRF_OK; ::BRF_E_INVALID (NULL @p j or @p out); ::BRF_E_RANGE (@p index
 *         out of range).
 *         Records nothing in a context, so it may read a shared object
 *         (docs/conventions.md, "Sentinels").
 */
BRF_EXPORT brf_status brf_journal_entry_minutes_get(const brf_journal *j, size_t index,
                                                    int32_t *out);

/**
 * @brief The routine's name of an entry.
 * @param j The journal.
 * @param index The entry.
 * @return A string owned by the journal ("" when none), or NULL (NULL, out of range).
 * @retval_on_fail{NULL}
 */
BRF_EXPORT const char *brf_journal_entry_routine(const brf_journal *j, size_t index);

/**
 * @brief Record the stable id of the routine an entry was done with
 *        (brf_routine_id()), which matches the entry to its routine across
 *        renames (brf_journal_entry_is_for()).
 * @param j The journal.
 * @param index The entry.
 * @param id A routine id (1 to 64 ASCII letters, digits, '-', '_' or '.');
 *        NULL or "" clears it (the entry is then matched by the routine's name).
 * @return ::BRF_OK, ::BRF_E_INVALID (NULL journal, @p id not an id),
 *         ::BRF_E_RANGE (index out of range), ::BRF_E_NOMEM.
 */
BRF_EXPORT brf_status brf_journal_entry_set_routine_id(brf_journal *j, size_t index,
                                                       const char *id);

/**
 * @brief The stable id of the routine of an entry.
 * @param j The journal.
 * @param index The entry.
 * @return A string owned by the journal ("" when not recorded, as in lines
 *         written before the member existed), or NULL (NULL, out of range).
 * @retval_on_fail{NULL}
 */
BRF_EXPORT const char *brf_journal_entry_routine_id(const brf_journal *j, size_t index);

/**
 * @brief Whether an entry is a session of a routine: when both the entry and
 *        the routine have a routine id, the ids are equal; otherwise the
 *        entry's routine name equals the routine's name (exactly; "" matches "").
 * @param j The journal.
 * @param index The entry.
 * @param routine The routine.
 * @return 1 when it is, 0 when not (and when an argument is NULL or @p index
 *         out of range).
 * @retval_on_fail{0}
 */
BRF_EXPORT int32_t brf_journal_entry_is_for(const brf_journal *j, size_t index,
                                            const brf_routine *routine);

/**
 * @brief The session reference of an entry.
 * @param j The journal.
 * @param index The entry.
 * @return A string owned by the journal ("" when none), or NULL (NULL, out of range).
 * @retval_on_fail{NULL}
 */
BRF_EXPORT const char *brf_journal_entry_session(const brf_journal *j, size_t index);

/**
 * @brief The number of steps of an entry with a given status.
 * @param j The journal.
 * @param index The entry.
 * @param status A `BRF_JOURNAL_STEP_*` value.
 * @return The count; -1 when @p j is NULL, @p index out of range or @p status unknown.
 * @retval_on_fail{-1}
 */
BRF_EXPORT int32_t brf_journal_entry_count_of(const brf_journal *j, size_t index, int32_t status);

/**
 * @brief The number of per-step statuses recorded in an entry.
 * @param j The journal.
 * @param index The entry.
 * @return The count; 0 when @p j is NULL or @p index is out of range.
 * @retval_on_fail{0}
 */
BRF_EXPORT size_t brf_journal_entry_step_count(const brf_journal *j, size_t index);

/**
 * @brief The exercise id of one per-step status.
 * @param j The journal.
 * @param index The entry.
 * @param k 0 to brf_journal_entry_step_count() - 1.
 * @return A string owned by the journal, or NULL (NULL, out of range).
 * @retval_on_fail{NULL}
 */
BRF_EXPORT const char *brf_journal_entry_step_exercise(const brf_journal *j, size_t index,
                                                       size_t k);

/**
 * @brief The status of one per-step status.
 * @param j The journal.
 * @param index The entry.
 * @param k 0 to brf_journal_entry_step_count() - 1.
 * @return A `BRF_JOURNAL_STEP_*` value, or -1 (NULL, out of range).
 * @retval_on_fail{-1}
 */
BRF_EXPORT int32_t brf_journal_entry_step_status(const brf_journal *j, size_t index, size_t k);

/**
 * @brief A pain rating of an entry.
 * @param j The journal.
 * @param index The entry.
 * @param when ::BRF_JOURNAL_BEFORE, ::BRF_JOURNAL_AFTER or ::BRF_JOURNAL_NEXT_MORNING.
 * @return 0 to 10, or ::BRF_JOURNAL_UNSET (not recorded, NULL, out of range, unknown @p when).
 * @deprecated Use brf_journal_entry_pain_get(): ::BRF_JOURNAL_UNSET is also the
 *             answer for a rating not recorded.
 * @retval_on_fail{BRF_JOURNAL_UNSET}
 */
BRF_EXPORT int32_t brf_journal_entry_pain(const brf_journal *j, size_t index, int32_t when);

/**
 * @brief A pain rating of an entry, with a status that tells a failure from "not recorded".
 * @param j The journal.
 * @param index The entry.
 * @param when ::BRF_JOURNAL_BEFORE, ::BRF_JOURNAL_AFTER or ::BRF_JOURNAL_NEXT_MORNING.
 * @param[out] out Receives 0 to 10, or ::BRF_JOURNAL_UNSET when not recorded; untouched on failure.
 * @return ::BRF_OK; ::BRF_E_INVALID (NULL @p j or @p out, unknown @p when, as
 *         brf_journal_entry_set_pain() answers); ::BRF_E_RANGE (@p index out of range).
 *         Records nothing in a context, so it may read a shared object
 *         (docs/conventions.md, "Sentinels").
 */
BRF_EXPORT brf_status brf_journal_entry_pain_get(const brf_journal *j, size_t index,
                                                 int32_t when, int32_t *out);

/**
 * @brief A tightness rating of an entry.
 * @param j The journal.
 * @param index The entry.
 * @param when ::BRF_JOURNAL_BEFORE, ::BRF_JOURNAL_AFTER or ::BRF_JOURNAL_NEXT_MORNING.
 * @return 0 to 10, or ::BRF_JOURNAL_UNSET (not recorded, NULL, out of range, unknown @p when).
 * @deprecated Use brf_journal_entry_tightness_get(): ::BRF_JOURNAL_UNSET is also
 *             the answer for a rating not recorded.
 * @retval_on_fail{BRF_JOURNAL_UNSET}
 */
BRF_EXPORT int32_t brf_journal_entry_tightness(const brf_journal *j, size_t index, int32_t when);

/**
 * @brief A tightness rating of an entry, with a status that tells a failure from "not recorded".
 * @param j The journal.
 * @param index The entry.
 * @param when ::BRF_JOURNAL_BEFORE, ::BRF_JOURNAL_AFTER or ::BRF_JOURNAL_NEXT_MORNING.
 * @param[out] out Receives 0 to 10, or ::BRF_JOURNAL_UNSET when not recorded; untouched on failure.
 * @return ::BRF_OK; ::BRF_E_INVALID (NULL @p j or @p out, unknown @p when, as
 *         brf_journal_entry_set_pain() answers); ::BRF_E_RANGE (@p index out of range).
 *         Records nothing in a context, so it may read a shared object
 *         (docs/conventions.md, "Sentinels").
 */
BRF_EXPORT brf_status brf_journal_entry_tightness_get(const brf_journal *j, size_t index,
                                                      int32_t when, int32_t *out);

/**
 * @brief The effort of an entry.
 * @param j The journal.
 * @param index The entry.
 * @return 0 to 10, or ::BRF_JOURNAL_UNSET (not recorded, NULL, out of range).
 * @deprecated Use brf_journal_entry_effort_get(): ::BRF_JOURNAL_UNSET is also the
 *             answer for an effort not recorded.
 * @retval_on_fail{BRF_JOURNAL_UNSET}
 */
BRF_EXPORT int32_t brf_journal_entry_effort(const brf_journal *j, size_t index);

/**
 * @brief The effort of an entry, with a status that tells a failure from "not recorded".
 * @param j The journal.
 * @param index The entry.
 * @param[out] out Receives 0 to 10, or ::BRF_JOURNAL_UNSET when not recorded; untouched on failure.
 * @return ::BRF_OK; ::BRF_E_INVALID (NULL @p j or @p out); ::BRF_E_RANGE (@p index
 *         out of range).
 *         Records nothing in a context, so it may read a shared object
 *         (docs/conventions.md, "Sentinels").
 */
BRF_EXPORT brf_status brf_journal_entry_effort_get(const brf_journal *j, size_t index,
                                                   int32_t *out);

/**
 * @brief Set the worst pain during the session (0-10), which the adaptation
 *        rules read as the pain during (with the pain right after; the worse
 *        of the two counts, docs/adaptation.md).
 * @param j The journal.
 * @param index The entry.
 * @param value 0 to 10, or ::BRF_JOURNAL_UNSET to clear it.
 * @return ::BRF_OK, ::BRF_E_INVALID (NULL journal), ::BRF_E_RANGE (index or value out of range).
 */
BRF_EXPORT brf_status brf_journal_entry_set_pain_during(brf_journal *j, size_t index,
                                                        int32_t value);

/**
 * @brief The worst pain during the session.
 * @param j The journal.
 * @param index The entry.
 * @param[out] out Receives 0 to 10, or ::BRF_JOURNAL_UNSET when not recorded (as in lines
 *             written before it existed); untouched on failure.
 * @return ::BRF_OK; ::BRF_E_INVALID (NULL @p j or @p out); ::BRF_E_RANGE (@p index out of range).
 *         Records nothing in a context, so it may read a shared object
 *         (docs/conventions.md, "Sentinels").
 */
BRF_EXPORT brf_status brf_journal_entry_pain_during_get(const brf_journal *j, size_t index,
                                                        int32_t *out);

/**
 * @brief Rate one exercise of a session: how hard it was and the pain it
 *        gave while doing it. Rating an exercise again replaces its rating.
 *
 * brf_adapt_next() holds an exercise whose pain rose during it (4/10 or more
 * and 2 or more above the person's baseline) instead of progressing it,
 * lowers one rated above 5/10 and refers on severe pain (docs/adaptation.md,
 * "Pain during and per-exercise ratings").
 * @param j The journal.
 * @param index The entry.
 * @param exercise_id The exercise id (UTF-8, non-empty, copied).
 * @param difficulty 1 (very easy) to ::BRF_JOURNAL_DIFFICULTY_MAX (too hard), or ::BRF_JOURNAL_UNSET.
 * @param pain 0 to 10, or ::BRF_JOURNAL_UNSET.
 * @return ::BRF_OK; ::BRF_E_INVALID (NULL journal, NULL, "" or invalid UTF-8 id);
 *         ::BRF_E_RANGE (index, difficulty or pain out of range; nothing is changed);
 *         ::BRF_E_NOMEM.
 */
BRF_EXPORT brf_status brf_journal_entry_rate_exercise(brf_journal *j, size_t index,
                                                      const char *exercise_id,
                                                      int32_t difficulty, int32_t pain);

/**
 * @brief The number of per-exercise ratings of an entry.
 * @param j The journal.
 * @param index The entry.
 * @return The count; 0 when @p j is NULL or @p index out of range.
 * @retval_on_fail{0}
 */
BRF_EXPORT size_t brf_journal_entry_rating_count(const brf_journal *j, size_t index);

/**
 * @brief The exercise id of a per-exercise rating.
 * @param j The journal.
 * @param index The entry.
 * @param k 0 to brf_journal_entry_rating_count() - 1, in the order first rated.
 * @return A string owned by the journal, or NULL (NULL, out of range).
 * @retval_on_fail{NULL}
 */
BRF_EXPORT const char *brf_journal_entry_rating_exercise(const brf_journal *j, size_t index,
                                                         size_t k);

/**
 * @brief The values of a per-exercise rating.
 * @param j The journal.
 * @param index The entry.
 * @param k 0 to brf_journal_entry_rating_count() - 1.
 * @param[out] out_difficulty Receives 1 to 5, or ::BRF_JOURNAL_UNSET; untouched on failure.
 * @param[out] out_pain Receives 0 to 10, or ::BRF_JOURNAL_UNSET; untouched on failure.
 * @return ::BRF_OK; ::BRF_E_INVALID (NULL @p j or an out-parameter); ::BRF_E_RANGE
 *         (@p index or @p k out of range). Records nothing in a context.
 */
BRF_EXPORT brf_status brf_journal_entry_rating_get(const brf_journal *j, size_t index, size_t k,
                                                   int32_t *out_difficulty, int32_t *out_pain);

/**
 * @brief The free note of an entry.
 * @param j The journal.
 * @param index The entry.
 * @return A string owned by the journal ("" when none), or NULL (NULL, out of range).
 * @retval_on_fail{NULL}
 */
BRF_EXPORT const char *brf_journal_entry_note(const brf_journal *j, size_t index);

/**
 * @brief One entry as one JSON line, ending in "\n", for the app to append
 *        to its journal file (and fsync).
 * @param ctx The context whose allocator provides the text.
 * @param j The journal.
 * @param index The entry.
 * @param[out] out Receives the NUL-terminated line, owned by the caller and
 *             freed with brf_free(); NULL on failure.
 * @param[out] out_len Receives the length without the NUL (may be NULL).
 * @return ::BRF_OK, ::BRF_E_INVALID (NULL argument), ::BRF_E_RANGE (index
 *         out of range), ::BRF_E_NOMEM.
 */
BRF_EXPORT brf_status brf_journal_entry_to_line(brf_context *ctx, const brf_journal *j,
                                                size_t index, char **out, size_t *out_len);

/**
 * @brief The whole journal as JSON Lines: every entry's line, in order.
 * @param ctx The context whose allocator provides the text.
 * @param j The journal.
 * @param[out] out Receives the NUL-terminated text ("" for an empty
 *             journal), owned by the caller and freed with brf_free(); NULL on failure.
 * @param[out] out_len Receives the length without the NUL (may be NULL).
 * @return ::BRF_OK, ::BRF_E_INVALID (NULL argument), ::BRF_E_NOMEM.
 */
BRF_EXPORT brf_status brf_journal_to_jsonl(brf_context *ctx, const brf_journal *j, char **out,
                                           size_t *out_len);

/**
 * @brief Read a journal written as JSON Lines.
 *
 * Lines end in "\n" (a "\r" before it is ignored); empty lines are skipped.
 * Every complete line (one that ends in "\n") must be a valid entry: a line
 * that is not is an error naming its 1-based line number (the context's
 * error line; the offset is the byte offset in @p text), and nothing is
 * loaded, so nothing is dropped silently. The last line, when it does not
 * end in "\n", is the crash case: when it is a valid entry it is loaded (see
 * brf_journal_tail_unterminated()); otherwise it is a torn write, not
 * loaded, and reported by brf_journal_torn_tail() and by one warning on the
 * context (brf_context_warning()) naming its line and the reason; the call
 * still succeeds and leaves no error. The entries before it always load.
 * @param ctx The context; the journal keeps it alive.
 * @param text UTF-8 JSON Lines (need not be NUL-terminated); NULL only with @p len 0.
 * @param len The length of @p text in bytes (0 gives an empty journal).
 * @param[out] out Receives the journal, freed with brf_journal_free(); NULL on failure.
 * @return ::BRF_OK; ::BRF_E_PARSE (a complete line that is not JSON, with
 *         its line number); ::BRF_E_SCHEMA (a complete line that is not a
 *         valid entry, or a newer `format_version`, with its line and JSON
 *         path); ::BRF_E_RANGE (a number, date or time out of range, such
 *         as a pain of 11 or 2026-02-30, with its line and JSON path; before
 *         API 1.1 these gave ::BRF_E_SCHEMA);
 *         ::BRF_E_INVALID (NULL @p ctx or @p out, or NULL @p text with a
 *         non-zero @p len); ::BRF_E_NOMEM.
 */
BRF_EXPORT brf_status brf_journal_load(brf_context *ctx, const char *text, size_t len,
                                       brf_journal **out);

/**
 * @brief Whether the text loaded by brf_journal_load() ended in a torn
 *        line (no final "\n" and not a valid entry), which was not loaded.
 * @param j The journal.
 * @param[out] out_offset Receives the byte offset where the torn line
 *             starts: truncate the file there before appending (may be NULL;
 *             written only when the result is 1).
 * @return 1 when a torn line was found, 0 otherwise (also for a journal not
 *         made by brf_journal_load(), and when @p j is NULL).
 * @retval_on_fail{0}
 */
BRF_EXPORT int32_t brf_journal_torn_tail(const brf_journal *j, size_t *out_offset);

/**
 * @brief Whether the text loaded by brf_journal_load() ended in a valid
 *        entry without its final "\n" (it was loaded): the app writes "\n"
 *        before appending the next line.
 * @param j The journal.
 * @return 1 when so, 0 otherwise (and when @p j is NULL).
 * @retval_on_fail{0}
 */
BRF_EXPORT int32_t brf_journal_tail_unterminated(const brf_journal *j);

/**
 * @brief Adherence over a period: sessions done against sessions prescribed.
 *
 * A session counts as done when its entry has at least one step done or cut
 * short, or has no step recorded at all (the person logged the session
 * without detail); an entry whose steps were all skipped does not count.
 * Every entry counts once, so two sessions on one day count twice. The
 * percentage is capped at 100: extra sessions do not make up for missed
 * ones elsewhere. See docs/formats.md, section "Journal", for the rules.
 * @param j The journal.
 * @param from_day The first day of the period (inclusive).
 * @param to_day The last day of the period (inclusive), not before @p from_day.
 * @param prescribed The number of sessions prescribed in the period (from
 *        the schedule), 0 to 1000000.
 * @param[out] out_done Receives the sessions done in the period (may be NULL).
 * @param[out] out_percent Receives min(done, prescribed) * 100 / prescribed,
 *             rounded down, or ::BRF_JOURNAL_UNSET when @p prescribed is 0 (may be NULL).
 * @return ::BRF_OK, ::BRF_E_INVALID (NULL journal), ::BRF_E_RANGE
 *         (@p to_day before @p from_day, @p prescribed out of range).
 */
BRF_EXPORT brf_status brf_journal_adherence(const brf_journal *j, int32_t from_day,
                                            int32_t to_day, int64_t prescribed,
                                            int64_t *out_done, int32_t *out_percent);

/**
 * @brief The Monday that starts the ISO week (Monday to Sunday) of a date.
 * @param day Days since 1970-01-01 (any int32_t value).
 * @return The Monday's day number (@p day itself on a Monday); INT32_MIN
 *         for the six days above INT32_MIN, whose Monday is not representable.
 * @retval_on_fail{INT32_MIN}
 */
BRF_EXPORT int32_t brf_journal_week_start(int32_t day);

/**
 * @brief Adherence in one ISO week, from the prescribed session dates
 *        (one array element per prescribed session, as a schedule lists them).
 *
 * The prescribed count is the number of elements of @p prescribed_days that
 * fall in the week starting at brf_journal_week_start(@p day); sessions done
 * are counted in the same week as brf_journal_adherence() counts them, so a
 * session done a day late in the same week still counts.
 * @param j The journal.
 * @param prescribed_days Prescribed session dates (any order; may be NULL when @p count is 0).
 * @param count The number of elements of @p prescribed_days.
 * @param day Any day of the week wanted.
 * @param[out] out_prescribed Receives the sessions prescribed in that week (may be NULL).
 * @param[out] out_done Receives the sessions done in that week (may be NULL).
 * @param[out] out_percent Receives the capped percentage, or ::BRF_JOURNAL_UNSET
 *             when nothing was prescribed that week (may be NULL).
 * @return ::BRF_OK, ::BRF_E_INVALID (NULL journal, or NULL @p prescribed_days
 *         with a non-zero @p count).
 */
BRF_EXPORT brf_status brf_journal_adherence_week(const brf_journal *j,
                                                 const int32_t *prescribed_days, size_t count,
                                                 int32_t day, int64_t *out_prescribed,
                                                 int64_t *out_done, int32_t *out_percent);

/**
 * @brief Adherence of one exercise over a period: the sessions in which it
 *        was done against the sessions in which it was due.
 *
 * A programme gives each exercise its own rhythm (a stretch daily, a roll
 * 3 times a week, a strengthening exercise every other day), so a missed
 * daily stretch and a roll done as prescribed read differently here,
 * where brf_journal_adherence() counts whole sessions. The due days come
 * from the schedule: one element per session in which the exercise is due
 * (brf_schedule_session_exercise_id() lists a session's exercises), so an
 * exercise due twice a day appears twice on that day.
 *
 * An entry of the routine (brf_journal_entry_is_for(); every entry when
 * @p routine is NULL) dated in the period counts the exercise as done when
 * one of its per-step statuses names the exercise as done or cut short
 * (brf_journal_entry_add_step()); an entry logged without per-step detail
 * that counts as a session done (see brf_journal_adherence()) counts every
 * exercise due on its day. The percentage is worked out ISO week by ISO
 * week (each clipped to the period): sessions done in a week count up to
 * the sessions due that week, so extra sessions in one week do not make up
 * for missed ones in another, and one done a day late in the same week
 * still counts. See docs/formats.md, "Journal".
 * @param j The journal.
 * @param routine The routine whose entries count, or NULL for every entry.
 * @param exercise_id The exercise (non-empty).
 * @param due_days The days the exercise is due, one element per session (any order; may be
 *        NULL when @p due_count is 0).
 * @param due_count The number of elements of @p due_days.
 * @param from_day The first day of the period (inclusive).
 * @param to_day The last day of the period (inclusive), not before @p from_day.
 * @param[out] out_due Receives the sessions due in the period (may be NULL).
 * @param[out] out_done Receives the entries in the period in which the exercise was done (may
 *             be NULL).
 * @param[out] out_percent Receives the sum over the weeks of min(done, due), times 100, over
 *             the sessions due, rounded down; ::BRF_JOURNAL_UNSET when nothing was due (may
 *             be NULL).
 * @return ::BRF_OK; ::BRF_E_INVALID (NULL journal, NULL or "" @p exercise_id, NULL
 *         @p due_days with a non-zero @p due_count); ::BRF_E_RANGE (@p to_day before
 *         @p from_day).
 */
BRF_EXPORT brf_status brf_journal_adherence_exercise(const brf_journal *j,
                                                     const brf_routine *routine,
                                                     const char *exercise_id,
                                                     const int32_t *due_days, size_t due_count,
                                                     int32_t from_day, int32_t to_day,
                                                     int64_t *out_due, int64_t *out_done,
                                                     int32_t *out_percent);

/** @} */

#ifdef __cplusplus
}
#endif

#endif /* BACKRELIEF_JOURNAL_H */
