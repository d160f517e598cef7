/**
 * @file core.h
 * @brief Status codes, the context (allocator and error detail), owned
 *        memory, and the run-time version.
 *
 * Every object of the library is created from a ::brf_context. The context
 * owns the allocator every byte goes through and the detail of the most recent
 * error. See docs/conventions.md for the rules every module follows.
 */
#ifndef BACKRELIEF_CORE_H
#define BACKRELIEF_CORE_H

#include <stddef.h>
#include <stdint.h>

#include "backrelief/export.h"
#include "backrelief/version.h"

#ifdef __cplusplus
extern "C" {
#endif

/**
 * @defgroup status Status codes
 * @brief Pinned result values returned by almost every function.
 *
 * Values never change and new codes are only ever added at the end
 * (the most negative value). ::BRF_OK and ::BRF_DONE are not errors.
 * @{
 */

/** The result of a call: ::BRF_OK, ::BRF_DONE, or a negative `BRF_E_*` error. */
typedef int32_t brf_status;

#define BRF_OK 0                  /**< Success. */
#define BRF_DONE 1                /**< Success: an iteration has no more items. */
#define BRF_E_INVALID (-1)        /**< An argument is invalid (NULL, bad code, bad text). */
#define BRF_E_NOMEM (-2)          /**< The allocator returned NULL. */
#define BRF_E_PARSE (-3)          /**< Text is not well formed (see the error position). */
#define BRF_E_SCHEMA (-4)         /**< Well formed, but not a valid document of its kind. */
#define BRF_E_NOT_FOUND (-5)      /**< No such item (id, field, file). */
#define BRF_E_RANGE (-6)          /**< A number is outside its documented bounds. */
#define BRF_E_IO (-7)             /**< Reading or writing a file failed. */
#define BRF_E_STATE (-8)          /**< The object is not in a state that allows the call. */
#define BRF_E_BUFFER_TOO_SMALL (-9) /**< The caller's buffer is too small; the size needed is reported. */
#define BRF_E_REFER (-10)         /**< Warning signs: the person must see a clinician instead. */
#define BRF_E_UNSUPPORTED (-11)   /**< Not available in this build or for this input. */
#define BRF_E_INTERNAL (-12)      /**< A bug in libbackrelief: please report it. */
#define BRF_E_LIMIT (-13)         /**< A context limit (brf_context_set_limit()) was reached; the message names it and its value. */

/**
 * @brief A short, static English description of a status.
 * @param s Any status value.
 * @return A static NUL-terminated string, never NULL; "unknown status" for a
 *         value this version does not know. Thread-safe.
 * @retval_on_fail{"unknown status"}
 */
BRF_EXPORT const char *brf_status_str(brf_status s);

/**
 * @brief The name of a status constant, such as "BRF_E_PARSE".
 * @param s Any status value.
 * @return A static NUL-terminated string, never NULL; "BRF_E_UNKNOWN" for a
 *         value this version does not know. Thread-safe.
 * @retval_on_fail{"BRF_E_UNKNOWN"}
 */
BRF_EXPORT const char *brf_status_name(brf_status s);

/** @} */

/**
 * @defgroup context Context and allocator
 * @brief The object every other object is created from.
 * @{
 */

/** Allocate @p size bytes; return NULL on failure. */
typedef void *(*brf_alloc_fn)(void *user, size_t size);
/** Resize @p ptr (which may be NULL) to @p size bytes; return NULL on failure, leaving @p ptr valid. */
typedef void *(*brf_realloc_fn)(void *user, void *ptr, size_t size);
/** Free @p ptr (which may be NULL). */
typedef void (*brf_free_fn)(void *user, void *ptr);

/**
 * @brief Memory functions for a context.
 *
 * The one public struct: it is only ever passed by pointer and copied by
 * brf_context_new_with_allocator(), never returned by value. All three
 * functions are required. @p user is passed back to each call unchanged.
 * The library never asks for zero bytes.
 */
typedef struct brf_allocator {
  brf_alloc_fn alloc;     /**< Allocate. */
  brf_realloc_fn realloc; /**< Resize. */
  brf_free_fn free;       /**< Release. */
  void *user;             /**< Passed to every call. */
} brf_allocator;

/** An opaque context: allocator, error detail, and the owner of all objects. */
typedef struct brf_context brf_context;

/**
 * @name Limits
 * What one call may cost, per context, like SQLite's `SQLITE_LIMIT_*`: an
 * input that would go past a limit is refused with ::BRF_E_LIMIT (the message
 * names the limit and its value) before the memory is asked for. The defaults
 * fit every real routine, schedule and catalog, and keep any one call within
 * a few MB; docs/conventions.md ("Limits") gives the arithmetic.
 * @{
 */
#define BRF_LIMIT_ROUTINE_STEPS 0     /**< Steps in one routine (default 200). */
#define BRF_LIMIT_TIMELINE_SEGMENTS 1 /**< Segments in one timeline (default 20,000). */
#define BRF_LIMIT_TIMELINE_CUES 2     /**< Cues in one timeline (default 20,000). */
#define BRF_LIMIT_DOSE_REPS 3         /**< Reps x sets x sides a timeline lays out for one dose (default 2,000). */
#define BRF_LIMIT_OUTPUT_BYTES 4      /**< Bytes of text any one writer produces (default 4 MiB). */
#define BRF_LIMIT_CALENDAR_ITEMS 5    /**< Sessions x steps in one calendar export (default 50,000). */
#define BRF_LIMIT_IMPORT_ENTRIES 6    /**< Entries in one import (default 10,000). */
#define BRF_LIMIT_INPUT_BYTES 7       /**< Bytes of one document a reader accepts (default 4 MiB). */
#define BRF_LIMIT_COUNT 8             /**< The number of limits; not a limit. */
/** @} */

/**
 * @brief Set one limit of a context (a `BRF_LIMIT_*` id) for the calls that follow.
 *
 * A limit can be lowered or raised; raising it lets a call use more memory.
 * @param ctx The context.
 * @param id A `BRF_LIMIT_*` id, 0 to ::BRF_LIMIT_COUNT - 1.
 * @param value The new limit, 1 to INT64_MAX.
 * @return ::BRF_OK, ::BRF_E_INVALID when @p ctx is NULL or @p id unknown,
 *         ::BRF_E_RANGE when @p value is below 1.
 */
BRF_EXPORT brf_status brf_context_set_limit(brf_context *ctx, int32_t id, int64_t value);

/**
 * @brief The current value of one limit of a context.
 * @param ctx The context.
 * @param id A `BRF_LIMIT_*` id.
 * @return The limit; -1 when @p ctx is NULL or @p id unknown.
 * @retval_on_fail{-1}
 */
BRF_EXPORT int64_t brf_context_limit(const brf_context *ctx, int32_t id);

/**
 * @brief Create a context that uses the C library's malloc, realloc and free.
 * @param[out] out Receives the new context; set to NULL on failure.
 * @return ::BRF_OK, ::BRF_E_INVALID when @p out is NULL, ::BRF_E_NOMEM.
 */
BRF_EXPORT brf_status brf_context_new(brf_context **out);

/**
 * @brief Create a context whose every allocation goes through @p allocator.
 * @param allocator Copied into the context; the struct itself need not outlive the call,
 *        but its functions and @c user must outlive the context.
 * @param[out] out Receives the new context; set to NULL on failure.
 * @return ::BRF_OK, ::BRF_E_INVALID when an argument or a function pointer is NULL,
 *         ::BRF_E_NOMEM.
 */
BRF_EXPORT brf_status brf_context_new_with_allocator(const brf_allocator *allocator,
                                                     brf_context **out);

/**
 * @brief Release a context.
 *
 * Safe in any order with the objects created from it: the memory is released
 * when the context and every object made from it have been freed, so
 * garbage-collected hosts may finalise in any order. Strings returned to the
 * caller must be freed with brf_free() before the context is freed.
 * @param ctx The context, or NULL (no-op).
 */
BRF_EXPORT void brf_context_free(brf_context *ctx);

/**
 * @brief The message of the failure of the last call on this context.
 *
 * The error state belongs to the last call that used the context (see
 * docs/conventions.md, "Error state and warnings"): a call that succeeds
 * (::BRF_OK or ::BRF_DONE) clears it, one that fails sets it. Read-only
 * functions of a catalog and its exercises, functions that return a value
 * rather than a status, and size queries (`cap` 0) leave it as it was. Input
 * text quoted in a message is escaped: control bytes and invalid UTF-8 appear
 * as `\xNN`.
 * @param ctx The context; NULL gives a static message.
 * @return A NUL-terminated UTF-8 string without control bytes, owned by the
 *         context, valid until the next call on this context or until the
 *         context is freed; "" when the last call succeeded, or since
 *         creation or brf_context_clear_error().
 * @retval_on_fail{"no context (NULL)"}
 */
BRF_EXPORT const char *brf_context_errmsg(const brf_context *ctx);

/**
 * @brief The status of the failure of the last call on this context.
 *
 * Reading it changes nothing. See brf_context_errmsg() for which calls set
 * and clear it.
 * @param ctx The context.
 * @return The negative status, or ::BRF_OK when the last call succeeded (or
 *         since creation or brf_context_clear_error()); ::BRF_E_INVALID when
 *         @p ctx is NULL.
 */
BRF_EXPORT brf_status brf_context_errcode(const brf_context *ctx);

/**
 * @brief The 1-based line of the most recent parse or schema error.
 * @param ctx The context.
 * @return The line, or 0 when the most recent failure has no position (or @p ctx is NULL).
 * @retval_on_fail{0}
 */
BRF_EXPORT size_t brf_context_error_line(const brf_context *ctx);

/**
 * @brief The 1-based column, counted in bytes, of the most recent parse error.
 * @param ctx The context.
 * @return The column, or 0 when the most recent failure has no position (or @p ctx is NULL).
 * @retval_on_fail{0}
 */
BRF_EXPORT size_t brf_context_error_column(const brf_context *ctx);

/**
 * @brief The 0-based byte offset of the most recent parse error.
 * @param ctx The context.
 * @return The offset; 0 when the failure has no position (check the line, which is 0 then).
 * @retval_on_fail{0}
 */
BRF_EXPORT size_t brf_context_error_offset(const brf_context *ctx);

/**
 * @brief Forget the most recent failure: errcode becomes ::BRF_OK and errmsg "".
 *
 * Since 1.1 every successful call clears the error itself, so this is rarely
 * needed. The warnings stay.
 * @param ctx The context, or NULL (no-op).
 */
BRF_EXPORT void brf_context_clear_error(brf_context *ctx);

/**
 * @brief How many warnings the last call on this context left.
 *
 * A warning says that a call succeeded but repaired or dropped something, for
 * example brf_journal_load() ignoring a last line cut short by a torn write.
 * Warnings never come with a failure status and never set the error. Each
 * call that clears the error (docs/conventions.md, "Error state and
 * warnings") also clears the warnings at its start, so they describe the last
 * call only; at most 8 (512 bytes of text) are kept.
 * @param ctx The context.
 * @return The number of warnings, 0 when there are none.
 * @retval_on_fail{0} when @p ctx is NULL.
 */
BRF_EXPORT size_t brf_context_warning_count(const brf_context *ctx);

/**
 * @brief The text of one warning of the last call on this context.
 * @param ctx The context.
 * @param index 0 to brf_context_warning_count() - 1, in the order they arose.
 * @return A NUL-terminated UTF-8 string without control bytes (input text is
 *         escaped as in error messages), owned by the context and valid until
 *         the next call on this context or until the context is freed.
 * @retval_on_fail{NULL} when @p ctx is NULL or @p index is out of range.
 */
BRF_EXPORT const char *brf_context_warning(const brf_context *ctx, size_t index);

/**
 * @name Locale
 * The language of the texts the library hands out (docs/localisation.md). A
 * context starts in English ("en"), the language of the built-in content;
 * translations are data (data/i18n/TAG/), compiled in unless the build
 * sets `BRF_WITH_TRANSLATIONS=OFF`. Today the built-in catalog's exercise
 * text is translated (German, Spanish, French); cues, screening, planner
 * reasons, adaptation messages and iCalendar text are still English.
 * @{
 */
/** The longest locale tag a context keeps, in bytes (without the NUL). */
#define BRF_LOCALE_MAX 63

/**
 * @brief Choose the language of the texts this context's objects hand out.
 *
 * @p tag is a BCP 47 language tag such as "de", "de-AT", "fr-CA" or
 * "es-419", matched without regard to case. It falls back the RFC 4647 way,
 * subtag by subtag, to a language the library has texts for: "de-AT" uses
 * German, "en-GB" English. Objects made afterwards speak that language; the
 * built-in catalog takes the context's language when it is made
 * (brf_catalog_new_builtin()), so set the locale first.
 *
 * Every failure leaves the context in English ("en"), so that an app that
 * passes on whatever its platform reports always gets readable text.
 * Like every setter of a context, call it before the context's objects are
 * shared between threads (docs/threading.md).
 * @param ctx The context.
 * @param tag A BCP 47 tag (at most ::BRF_LOCALE_MAX bytes).
 * @return ::BRF_OK when the library has texts for the tag or a shorter
 *         form of it; ::BRF_E_NOT_FOUND for a well-formed tag of a language
 *         it has no texts for ("sv", "pt-BR"): English is used;
 *         ::BRF_E_UNSUPPORTED for a language whose texts this build left out
 *         (`BRF_WITH_TRANSLATIONS=OFF`): English is used; ::BRF_E_INVALID
 *         when @p ctx is NULL (nothing changes), or @p tag is NULL or not a
 *         well-formed tag ("de_AT", "", "german!"): English is used. The
 *         message names the tag and says that English is used.
 */
BRF_EXPORT brf_status brf_context_set_locale(brf_context *ctx, const char *tag);

/**
 * @brief The locale tag of a context, as set, in canonical case ("de-AT").
 * @param ctx The context.
 * @return A NUL-terminated tag owned by the context, valid until the next
 *         brf_context_set_locale() on it or until it is freed: "en" for a new
 *         context and after a failed brf_context_set_locale().
 * @retval_on_fail{NULL} when @p ctx is NULL.
 */
BRF_EXPORT const char *brf_context_locale(const brf_context *ctx);

/**
 * @brief The language the context's texts are in: the tag its locale fell back to.
 *
 * "de" for a context set to "de-AT", "en" for one set to "en-GB" or after a
 * failure. Pass it to the `_text` getters that take a locale
 * (brf_exercise_text()) to read the same language.
 * @param ctx The context.
 * @return A static tag (one of brf_locale_at()).
 * @retval_on_fail{NULL} when @p ctx is NULL.
 */
BRF_EXPORT const char *brf_context_text_locale(const brf_context *ctx);

/**
 * @brief How many languages this build has texts for, English included.
 * @return 4 with the translations (en, de, es, fr), 1 without. Thread-safe.
 * @never_fails
 */
BRF_EXPORT size_t brf_locale_count(void);

/**
 * @brief The tag of one language this build has texts for.
 * @param index 0 to brf_locale_count() - 1; 0 is always "en", the source language.
 * @return A static tag. Thread-safe.
 * @retval_on_fail{NULL} when @p index is out of range.
 */
BRF_EXPORT const char *brf_locale_at(size_t index);
/** @} */

/**
 * @brief Free memory that the library handed to the caller (strings, buffers).
 * @param ctx The context the memory came from.
 * @param ptr The memory, or NULL (no-op).
 */
BRF_EXPORT void brf_free(brf_context *ctx, void *ptr);

/** @} */

/**
 * @defgroup version Run-time version
 * @{
 */

/**
 * @brief The library's version as ::BRF_VERSION_NUMBER encodes it.
 * @return (major << 16) | (minor << 8) | patch of the library actually loaded.
 * @never_fails
 */
BRF_EXPORT uint32_t brf_version(void);

/**
 * @brief The library's version as text.
 * @return A static "MAJOR.MINOR.PATCH" string.
 * @never_fails
 */
BRF_EXPORT const char *brf_version_string(void);

/**
 * @brief The library's ABI major (the SONAME suffix).
 * @return The ABI version of the library actually loaded; bindings refuse a major they do not know.
 * @never_fails
 */
BRF_EXPORT uint32_t brf_abi_version(void);

/** @} */

#ifdef __cplusplus
}
#endif

#endif /* BACKRELIEF_CORE_H */
