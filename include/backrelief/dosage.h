/**
 * @file dosage.h
 * @brief Doses: sets, reps, holds, durations, sides, tempo, rest, frequency,
 *        interval and window; the dose notation (`3x10, each side, rest 1min`);
 *        validation against sourced norms; and the time one session takes.
 *
 * A ::brf_dosage holds up to eleven fields. Every field is a range (min and
 * max, equal when exact) and may be unset. Times are milliseconds. The
 * notation, its grammar, the bounds of every field, the time formula and the
 * validation rules are documented in docs/notation.md.
 */
#ifndef BACKRELIEF_DOSAGE_H
#define BACKRELIEF_DOSAGE_H

#include "backrelief/advice.h"
#include "backrelief/core.h"
#include "backrelief/vocab.h"

#ifdef __cplusplus
extern "C" {
#endif

/**
 * @defgroup dosage Doses
 * @brief The dose model, its notation, validation and time estimates.
 * @{
 */

/** An opaque dose. */
typedef struct brf_dosage brf_dosage;

/**
 * @name Field codes
 * Pinned values; the bounds are those of brf_dosage_field_bounds().
 * @{
 */
#define BRF_DOSE_SETS 0        /**< Sets, 1..100. */
#define BRF_DOSE_REPS 1        /**< Repetitions per set, 1..1000. */
#define BRF_DOSE_HOLD_MS 2     /**< Hold per rep, 1 ms..1 h. */
#define BRF_DOSE_DURATION_MS 3 /**< Time per set, or in all when there are no sets; 1 ms..24 h. */
#define BRF_DOSE_SIDES 4       /**< 0 both sides together, 1 each side in turn, 2 alternating; min = max. */
#define BRF_DOSE_TEMPO_MS 5    /**< Time per rep, 1 ms..10 min. */
#define BRF_DOSE_REST_MS 6     /**< Rest between sets, 0..1 h. */
#define BRF_DOSE_PER_DAY 7     /**< Applications per day, 1..24. */
#define BRF_DOSE_PER_WEEK 8    /**< Applications (days) per week, 1..7. */
#define BRF_DOSE_INTERVAL_MS 9 /**< Time between applications, 1 ms..52 weeks. */
#define BRF_DOSE_WINDOW_MS 10  /**< How long the dose applies, 1 ms..104 weeks. */
#define BRF_DOSE_FIELD_COUNT 11 /**< Number of field codes this version knows. */
/** @} */

/**
 * @name Values of ::BRF_DOSE_SIDES
 * The same values as `BRF_LATERALITY_*`; their ids come from brf_laterality_id().
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
#define BRF_SIDES_BOTH 0        /**< Both sides together (`both sides`). */
#define BRF_SIDES_EACH 1        /**< Each side in turn (`each side`). */
#define BRF_SIDES_ALTERNATING 2 /**< Alternating, every rep left then right (`alternating`). */
/** @} */

/**
 * @brief Create an empty dose (no field set).
 * @param ctx The context; the dose keeps it alive.
 * @param[out] out Receives the dose, freed with brf_dosage_free(); NULL on failure.
 * @return ::BRF_OK, ::BRF_E_INVALID (NULL argument), ::BRF_E_NOMEM.
 */
BRF_EXPORT brf_status brf_dosage_new(brf_context *ctx, brf_dosage **out);

/**
 * @brief Release a dose.
 * @param d The dose, or NULL (no-op).
 */
BRF_EXPORT void brf_dosage_free(brf_dosage *d);

/**
 * @brief Copy a dose.
 * @param ctx The context of the copy.
 * @param d The dose to copy.
 * @param[out] out Receives the copy, freed with brf_dosage_free(); NULL on failure.
 * @return ::BRF_OK, ::BRF_E_INVALID (NULL argument), ::BRF_E_NOMEM.
 */
BRF_EXPORT brf_status brf_dosage_clone(brf_context *ctx, const brf_dosage *d, brf_dosage **out);

/**
 * @brief Read one field. Errors are recorded in the dose's context.
 * @param d The dose.
 * @param field A `BRF_DOSE_*` code.
 * @param[out] min Receives the lower end (may be NULL).
 * @param[out] max Receives the upper end (may be NULL).
 * @return ::BRF_OK, ::BRF_E_NOT_FOUND when the field is unset (outputs
 *         untouched), ::BRF_E_INVALID (NULL dose or unknown field).
 */
BRF_EXPORT brf_status brf_dosage_get(const brf_dosage *d, int32_t field, int64_t *min,
                                     int64_t *max);

/**
 * @brief Set one field to the range @p min..@p max (equal when exact).
 *        Errors are recorded in the dose's context; the dose is unchanged.
 * @param d The dose.
 * @param field A `BRF_DOSE_*` code.
 * @param min The lower end.
 * @param max The upper end.
 * @return ::BRF_OK, ::BRF_E_RANGE (min > max, an end outside the field's
 *         bounds, or a sides range whose ends differ), ::BRF_E_INVALID (NULL
 *         dose or unknown field).
 */
BRF_EXPORT brf_status brf_dosage_set(brf_dosage *d, int32_t field, int64_t min, int64_t max);

/**
 * @brief Unset one field (a no-op when it is unset).
 * @param d The dose.
 * @param field A `BRF_DOSE_*` code.
 * @return ::BRF_OK, ::BRF_E_INVALID (NULL dose or unknown field).
 */
BRF_EXPORT brf_status brf_dosage_unset(brf_dosage *d, int32_t field);

/**
 * @brief Whether a dose has no field set.
 * @param d The dose.
 * @return 1 when no field is set, 0 otherwise; 1 when @p d is NULL.
 * @retval_on_fail{1}
 */
BRF_EXPORT int32_t brf_dosage_is_empty(const brf_dosage *d);

/**
 * @brief Whether two doses have the same fields set to the same ranges.
 * @param a A dose.
 * @param b A dose.
 * @return 1 when equal, 0 otherwise; 1 when both are NULL, 0 when one is.
 * @retval_on_fail{1} Both NULL (only one NULL gives 0).
 */
BRF_EXPORT int32_t brf_dosage_equal(const brf_dosage *a, const brf_dosage *b);

/**
 * @brief The lowercase name of a field (`sets`, `reps`, `hold`, `duration`,
 *        `sides`, `tempo`, `rest`, `per-day`, `per-week`, `interval`, `window`).
 * @param field A `BRF_DOSE_*` code.
 * @return A static string; NULL for an unknown code.
 * @retval_on_fail{NULL}
 * @deprecated Use brf_dose_field_id() (the same string) and brf_dose_field_from_id().
 */
BRF_EXPORT const char *brf_dosage_field_name(int32_t field);

/* Ids of the constants above: brf_<family>_id() and brf_<family>_from_id()
 * (docs/conventions.md, "Names"). */

/**
 * @brief The id of a dose field, such as "per-day".
 *
 * The ids are the names brf_dosage_field_name() gives.
 * @param value A `BRF_DOSE_*` value.
 * @return A static NUL-terminated string, or NULL for an unknown value.
 *         Thread-safe.
 * @retval_on_fail{NULL}
 */
BRF_EXPORT const char *brf_dose_field_id(int32_t value);

/**
 * @brief The dose field with an id (exact, case-sensitive match).
 *
 * The ids are the names brf_dosage_field_name() gives.
 * @param text The id, such as "per-day"; need not be NUL-terminated.
 * @param len The length of @p text in bytes.
 * @param[out] out Receives the `BRF_DOSE_*` value; untouched on failure.
 * @return ::BRF_OK; ::BRF_E_INVALID when @p text or @p out is NULL;
 *         ::BRF_E_NOT_FOUND for an unknown id. No context is involved, so no
 *         message is set. Thread-safe.
 */
BRF_EXPORT brf_status brf_dose_field_from_id(const char *text, size_t len, int32_t *out);

/**
 * @brief The documented bounds of a field (both inclusive).
 * @param field A `BRF_DOSE_*` code.
 * @param[out] lowest Receives the smallest allowed value (may be NULL).
 * @param[out] highest Receives the largest allowed value (may be NULL).
 * @return ::BRF_OK, ::BRF_E_INVALID for an unknown code.
 */
BRF_EXPORT brf_status brf_dosage_field_bounds(int32_t field, int64_t *lowest, int64_t *highest);

/**
 * @brief Parse a dose written in the notation of docs/notation.md, such as
 *        `3x10/side, rest 60s` or `20 min, every 1-2 h, for 48-72 h`.
 * @param ctx The context; errors carry line 1, the 1-based byte column and
 *        the byte offset of the offending token.
 * @param text UTF-8 text (need not be NUL-terminated); NULL only with @p len 0.
 * @param len The length of @p text in bytes.
 * @param[out] out Receives the dose, freed with brf_dosage_free(); NULL on failure.
 * @return ::BRF_OK; ::BRF_E_PARSE for empty or malformed text, invalid UTF-8,
 *         an unknown word or unit, a clause given twice or conflicting
 *         sides; ::BRF_E_RANGE for a backwards range, a number past its
 *         field's bounds or past int64; ::BRF_E_INVALID (NULL @p ctx or
 *         @p out, or NULL @p text with a non-zero @p len); ::BRF_E_NOMEM.
 */
BRF_EXPORT brf_status brf_dosage_parse(brf_context *ctx, const char *text, size_t len,
                                       brf_dosage **out);

/**
 * @brief Write the canonical text of a dose into a caller's buffer.
 *
 * The empty dose is written as "" (and is the one dose the parser cannot
 * read back, since empty text is rejected).
 * @param d The dose.
 * @param buf The buffer (may be NULL when @p cap is 0).
 * @param cap The size of @p buf in bytes, including the NUL.
 * @param[out] needed Receives the size needed, including the NUL (may be NULL).
 * @return ::BRF_OK, ::BRF_E_BUFFER_TOO_SMALL (the buffer holds "" when
 *         @p cap > 0), ::BRF_E_INVALID (NULL dose, or NULL @p buf with a
 *         non-zero @p cap).
 */
BRF_EXPORT brf_status brf_dosage_format(const brf_dosage *d, char *buf, size_t cap,
                                        size_t *needed);

/**
 * @brief Write a dose as a person reads it, in a chosen language, into a
 *        caller's buffer.
 *
 * The same clauses in the same order as brf_dosage_format(), each a whole
 * phrase of the language ("3 × 10 Wiederholungen, auf jeder Seite, 1 Min.
 * Pause, täglich"; docs/notation.md, "A dose in the reader's language"),
 * numbers written the local way (a time that is not whole seconds in
 * seconds with the language's decimal sign: "1,5 s"). For "en" the text is
 * exactly brf_dosage_format()'s notation. The text is for reading only:
 * brf_dosage_parse() reads the notation, never this text (except English's).
 *
 * A language without texts ("sv"), a malformed tag or a build without
 * translations (`BRF_WITH_TRANSLATIONS=OFF`) writes English; tags fall back
 * as in brf_context_set_locale() ("de-AT" is German). An app shows the
 * language of its context with brf_context_text_locale(). Writes nothing but
 * @p buf, @p needed and, on failure, the error of the dose's context.
 * @param d The dose.
 * @param locale A BCP 47 tag such as "en", "de" or "fr-CA".
 * @param buf The buffer (may be NULL when @p cap is 0).
 * @param cap The size of @p buf in bytes, including the NUL.
 * @param[out] needed Receives the size needed, including the NUL (may be NULL).
 * @return ::BRF_OK, ::BRF_E_BUFFER_TOO_SMALL (the buffer holds "" when
 *         @p cap > 0), ::BRF_E_INVALID (NULL dose or @p locale, or NULL
 *         @p buf with a non-zero @p cap), ::BRF_E_UNSUPPORTED in a build
 *         that left it out (`BRF_WITH_DOSAGE_DESCRIBE=OFF`; the buffer holds
 *         "": show brf_dosage_format()'s notation instead).
 */
BRF_EXPORT brf_status brf_dosage_describe(const brf_dosage *d, const char *locale, char *buf,
                                          size_t cap, size_t *needed);

/**
 * @brief The canonical text of a dose as an owned string.
 * @param ctx The context whose allocator provides the string.
 * @param d The dose.
 * @param[out] out Receives the NUL-terminated string, owned by the caller and
 *             freed with brf_free(); NULL on failure.
 * @param[out] out_len Receives the length without the NUL (may be NULL).
 * @return ::BRF_OK, ::BRF_E_INVALID (NULL argument), ::BRF_E_NOMEM.
 */
BRF_EXPORT brf_status brf_dosage_to_string(brf_context *ctx, const brf_dosage *d, char **out,
                                           size_t *out_len);

/**
 * @brief Compare a dose for a modality with the sourced norms and return
 *        advisories. Advisories inform; they never reject a dose.
 * @param ctx The context of the advice list.
 * @param d The dose.
 * @param modality A `BRF_MODALITY_*` value, or -1 when unknown (then only
 *        the rules that hold for every modality apply).
 * @param[out] out Receives the list (possibly empty), freed with
 *             brf_advice_free(); NULL on failure.
 * @return ::BRF_OK, ::BRF_E_INVALID (NULL argument or unknown modality),
 *         ::BRF_E_NOMEM.
 */
BRF_EXPORT brf_status brf_dosage_check(brf_context *ctx, const brf_dosage *d, int32_t modality,
                                       brf_advice **out);

/**
 * @brief The time one session of this dose takes, for an unknown modality
 *        (formula in docs/notation.md, section "Time estimates").
 * @param d The dose.
 * @param[out] min_ms Receives the estimate with every field at its min.
 * @param[out] max_ms Receives the estimate with every field at its max.
 * @return ::BRF_OK; ::BRF_E_INVALID (NULL argument, or a dose with no
 *         reps, duration or hold, which has no session time; recorded in the
 *         dose's context); ::BRF_E_RANGE on int64 overflow.
 */
BRF_EXPORT brf_status brf_dosage_estimate_ms(const brf_dosage *d, int64_t *min_ms,
                                             int64_t *max_ms);

/**
 * @brief The time one session of this dose takes for a modality (the default
 *        rep time depends on it).
 * @param d The dose.
 * @param modality A `BRF_MODALITY_*` value, or -1 when unknown.
 * @param[out] min_ms Receives the estimate with every field at its min.
 * @param[out] max_ms Receives the estimate with every field at its max.
 * @return ::BRF_OK; ::BRF_E_INVALID (NULL argument, unknown modality, or a
 *         dose with no session time); ::BRF_E_RANGE on int64 overflow.
 */
BRF_EXPORT brf_status brf_dosage_estimate_for_modality_ms(const brf_dosage *d, int32_t modality,
                                                          int64_t *min_ms, int64_t *max_ms);

/** @} */

#ifdef __cplusplus
}
#endif

#endif /* BACKRELIEF_DOSAGE_H */
