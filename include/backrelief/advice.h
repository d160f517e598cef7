/**
 * @file advice.h
 * @brief Advice lists: sourced, non-blocking advisories about a dose, a
 *        routine or a plan.
 *
 * Checks such as brf_dosage_check() never reject what they look at: they
 * return a ::brf_advice list, possibly empty, whose items each carry a stable
 * rule id, a severity, an English sentence and the source the rule comes
 * from (a guideline of the clinical evidence base and/or a seed text).
 */
#ifndef BACKRELIEF_ADVICE_H
#define BACKRELIEF_ADVICE_H

#include "backrelief/core.h"

#ifdef __cplusplus
extern "C" {
#endif

/**
 * @defgroup advice Advice lists
 * @brief Advisories returned by the checks of every module.
 * @{
 */

/** An opaque, read-only list of advisories. */
typedef struct brf_advice brf_advice;

#define BRF_ADVICE_INFO 0    /**< Worth knowing; the dose is within or near the norm. */
#define BRF_ADVICE_CAUTION 1 /**< Outside a sourced norm; fine if chosen on purpose. */
#define BRF_ADVICE_WARNING 2 /**< Outside a sourced safety bound; reconsider the dose. */

/* Ids of the constants above: brf_<family>_id() and brf_<family>_from_id()
 * (docs/conventions.md, "Names"). */

/**
 * @brief The id of a severity, such as "caution".
 *
 * The severity of an advisory (brf_advice_severity()).
 * @param value A `BRF_ADVICE_*` value.
 * @return A static NUL-terminated string, or NULL for an unknown value.
 *         Thread-safe.
 * @retval_on_fail{NULL}
 */
BRF_EXPORT const char *brf_advice_severity_id(int32_t value);

/**
 * @brief The severity with an id (exact, case-sensitive match).
 *
 * The severity of an advisory (brf_advice_severity()).
 * @param text The id, such as "caution"; need not be NUL-terminated.
 * @param len The length of @p text in bytes.
 * @param[out] out Receives the `BRF_ADVICE_*` value; untouched on failure.
 * @return ::BRF_OK; ::BRF_E_INVALID when @p text or @p out is NULL;
 *         ::BRF_E_NOT_FOUND for an unknown id. No context is involved, so no
 *         message is set. Thread-safe.
 */
BRF_EXPORT brf_status brf_advice_severity_from_id(const char *text, size_t len, int32_t *out);

/**
 * @brief Release an advice list.
 * @param a The list, or NULL (no-op).
 */
BRF_EXPORT void brf_advice_free(brf_advice *a);

/**
 * @brief The number of advisories in the list.
 * @param a The list.
 * @return The count; 0 when @p a is NULL.
 * @retval_on_fail{0}
 */
BRF_EXPORT size_t brf_advice_count(const brf_advice *a);

/**
 * @brief The rule id of advisory @p i, a stable lowercase slug such as
 *        `hold-longer-than-norm` (the ids are listed in docs/notation.md).
 * @param a The list.
 * @param i The index, below brf_advice_count().
 * @return A NUL-terminated string owned by @p a, valid until @p a is freed;
 *         NULL when @p a is NULL or @p i is out of range.
 * @retval_on_fail{NULL}
 */
BRF_EXPORT const char *brf_advice_rule(const brf_advice *a, size_t i);

/**
 * @brief The severity of advisory @p i.
 * @param a The list.
 * @param i The index, below brf_advice_count().
 * @return ::BRF_ADVICE_INFO, ::BRF_ADVICE_CAUTION or ::BRF_ADVICE_WARNING;
 *         -1 when @p a is NULL or @p i is out of range.
 * @retval_on_fail{-1}
 */
BRF_EXPORT int32_t brf_advice_severity(const brf_advice *a, size_t i);

/**
 * @brief The English sentence of advisory @p i, naming the values involved.
 * @param a The list.
 * @param i The index, below brf_advice_count().
 * @return A NUL-terminated UTF-8 string owned by @p a, valid until @p a is
 *         freed; NULL when @p a is NULL or @p i is out of range.
 * @retval_on_fail{NULL}
 */
BRF_EXPORT const char *brf_advice_message(const brf_advice *a, size_t i);

/**
 * @brief The source of advisory @p i: the guideline (with its section of the
 *        clinical evidence base) and/or the seed text the rule comes from.
 * @param a The list.
 * @param i The index, below brf_advice_count().
 * @return A NUL-terminated UTF-8 string owned by @p a, valid until @p a is
 *         freed; NULL when @p a is NULL or @p i is out of range.
 * @retval_on_fail{NULL}
 */
BRF_EXPORT const char *brf_advice_source(const brf_advice *a, size_t i);

/** @} */

#ifdef __cplusplus
}
#endif

#endif /* BACKRELIEF_ADVICE_H */
