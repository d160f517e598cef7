/**
 * @file calendar.h
 * @brief Civil dates, times of day and weekday sets.
 *
 * A date is an `int32_t` count of days since 1970-01-01 (day 0) in the
 * proleptic Gregorian calendar, valid from 0001-01-01 (::BRF_DATE_MIN) to
 * 9999-12-31 (::BRF_DATE_MAX); earlier days are negative. A time of day is an
 * `int32_t` count of minutes since midnight, 0 (00:00) to 1439 (23:59). Both
 * are civil values: nothing here reads the clock, the machine's time zone or
 * its locale, so the same call gives the same answer everywhere. See
 * docs/calendar.md.
 */
#ifndef BACKRELIEF_CALENDAR_H
#define BACKRELIEF_CALENDAR_H

#include "backrelief/core.h"

#ifdef __cplusplus
extern "C" {
#endif

/**
 * @defgroup calendar Civil dates and times of day
 * @{
 */

#define BRF_DATE_MIN (-719162)  /**< 0001-01-01, the first valid date (days since 1970-01-01). */
#define BRF_DATE_MAX 2932896    /**< 9999-12-31, the last valid date (days since 1970-01-01). */
#define BRF_TIME_MAX 1439       /**< 23:59, the last valid time of day (minutes since midnight). */

#define BRF_WEEKDAY_MONDAY 1    /**< ISO weekday number of Monday [`mon`]. */
#define BRF_WEEKDAY_TUESDAY 2   /**< ISO weekday number of Tuesday [`tue`]. */
#define BRF_WEEKDAY_WEDNESDAY 3 /**< ISO weekday number of Wednesday [`wed`]. */
#define BRF_WEEKDAY_THURSDAY 4  /**< ISO weekday number of Thursday [`thu`]. */
#define BRF_WEEKDAY_FRIDAY 5    /**< ISO weekday number of Friday [`fri`]. */
#define BRF_WEEKDAY_SATURDAY 6  /**< ISO weekday number of Saturday [`sat`]. */
#define BRF_WEEKDAY_SUNDAY 7    /**< ISO weekday number of Sunday [`sun`]. */

/** The bit of weekday @p wd (1 Monday .. 7 Sunday) in a weekday mask: bit 0 is Monday.
 *  Any other @p wd gives 0 (no bit), never a shift by a negative count. */
#define BRF_WEEKDAY_BIT(wd) ((wd) >= 1 && (wd) <= 7 ? (1u << ((wd) - 1)) : 0u)
#define BRF_WEEKDAYS_ALL 0x7Fu  /**< A weekday mask holding every day of the week. */

/* Ids of the constants above: brf_<family>_id() and brf_<family>_from_id()
 * (docs/conventions.md, "Names"). */

/**
 * @brief The id of a weekday, such as "mon".
 *
 * Values run from 1 (Monday) to 7 (Sunday); the ids are the short names
 * brf_weekdays_parse() reads.
 * @param value A `BRF_WEEKDAY_*` value.
 * @return A static NUL-terminated string, or NULL for an unknown value.
 *         Thread-safe.
 * @retval_on_fail{NULL}
 */
BRF_EXPORT const char *brf_weekday_id(int32_t value);

/**
 * @brief The weekday with an id (exact, case-sensitive match).
 *
 * Values run from 1 (Monday) to 7 (Sunday); the ids are the short names
 * brf_weekdays_parse() reads.
 * @param text The id, such as "mon"; need not be NUL-terminated.
 * @param len The length of @p text in bytes.
 * @param[out] out Receives the `BRF_WEEKDAY_*` value; untouched on failure.
 * @return ::BRF_OK; ::BRF_E_INVALID when @p text or @p out is NULL;
 *         ::BRF_E_NOT_FOUND for an unknown id. No context is involved, so no
 *         message is set. Thread-safe.
 */
BRF_EXPORT brf_status brf_weekday_from_id(const char *text, size_t len, int32_t *out);

/**
 * @brief The date of a calendar day.
 * @param ctx Receives the error message on failure; may be NULL.
 * @param year 1 to 9999.
 * @param month 1 to 12.
 * @param mday Day of the month, 1 to 28, 29, 30 or 31 as the month has.
 * @param[out] out_day Receives the days since 1970-01-01; untouched on failure.
 * @return ::BRF_OK; ::BRF_E_INVALID when @p out_day is NULL; ::BRF_E_RANGE for
 *         a date that does not exist (2026-02-29, month 13, year 0), with a
 *         message naming it.
 */
BRF_EXPORT brf_status brf_date_from_ymd(brf_context *ctx, int32_t year, int32_t month,
                                        int32_t mday, int32_t *out_day);

/**
 * @brief The calendar day of a date.
 * @param day Days since 1970-01-01, ::BRF_DATE_MIN to ::BRF_DATE_MAX.
 * @param[out] year Receives the year (1 to 9999); may be NULL.
 * @param[out] month Receives the month (1 to 12); may be NULL.
 * @param[out] mday Receives the day of the month (1 to 31); may be NULL.
 * @return ::BRF_OK; ::BRF_E_RANGE when @p day is outside the valid range
 *         (the outputs are untouched then).
 */
BRF_EXPORT brf_status brf_date_to_ymd(int32_t day, int32_t *year, int32_t *month, int32_t *mday);

/**
 * @brief The ISO weekday of a date.
 * @param day Days since 1970-01-01, ::BRF_DATE_MIN to ::BRF_DATE_MAX.
 * @return 1 (Monday, ::BRF_WEEKDAY_MONDAY) to 7 (Sunday); 0 when @p day is out of range.
 * @retval_on_fail{0}
 */
BRF_EXPORT int32_t brf_date_weekday(int32_t day);

/**
 * @brief Parse an ISO-8601 calendar date written exactly as `YYYY-MM-DD`.
 *
 * Four digits, a hyphen, two digits, a hyphen, two digits; nothing else (no
 * spaces, signs, week dates or times).
 * @param ctx Receives the error message and position on failure; may be NULL.
 * @param text The text; need not be NUL-terminated.
 * @param len The length of @p text in bytes.
 * @param[out] out_day Receives the days since 1970-01-01; untouched on failure.
 * @return ::BRF_OK; ::BRF_E_INVALID when @p text (with @p len > 0) or @p out_day
 *         is NULL; ::BRF_E_PARSE when the text does not have that shape (the
 *         error column is the first offending byte); ::BRF_E_RANGE for a
 *         well-formed date that does not exist, such as 2026-02-29 (the column
 *         points at the offending field).
 */
BRF_EXPORT brf_status brf_date_parse(brf_context *ctx, const char *text, size_t len,
                                     int32_t *out_day);

/**
 * @brief Write a date as `YYYY-MM-DD`.
 * @param day Days since 1970-01-01, ::BRF_DATE_MIN to ::BRF_DATE_MAX.
 * @param buf The caller's buffer; may be NULL when @p cap is 0.
 * @param cap The size of @p buf in bytes; 11 is always enough.
 * @param[out] needed Receives the size required including the NUL (11); may be NULL.
 * @return ::BRF_OK; ::BRF_E_RANGE when @p day is out of range;
 *         ::BRF_E_BUFFER_TOO_SMALL when @p cap < 11 (then @p buf holds "" if
 *         @p cap > 0); ::BRF_E_INVALID when @p buf is NULL and @p cap > 0.
 */
BRF_EXPORT brf_status brf_date_format(int32_t day, char *buf, size_t cap, size_t *needed);

/**
 * @brief Parse a time of day written exactly as `HH:MM` (24-hour clock).
 * @param ctx Receives the error message and position on failure; may be NULL.
 * @param text The text; need not be NUL-terminated.
 * @param len The length of @p text in bytes.
 * @param[out] out_minutes Receives the minutes since midnight (0 to 1439); untouched on failure.
 * @return ::BRF_OK; ::BRF_E_INVALID when @p text (with @p len > 0) or
 *         @p out_minutes is NULL; ::BRF_E_PARSE when the text is not two
 *         digits, a colon and two digits; ::BRF_E_RANGE for an hour above 23
 *         or a minute above 59 (the column points at the field).
 */
BRF_EXPORT brf_status brf_time_parse(brf_context *ctx, const char *text, size_t len,
                                     int32_t *out_minutes);

/**
 * @brief Write a time of day as `HH:MM`.
 * @param minutes Minutes since midnight, 0 to ::BRF_TIME_MAX.
 * @param buf The caller's buffer; may be NULL when @p cap is 0.
 * @param cap The size of @p buf in bytes; 6 is always enough.
 * @param[out] needed Receives the size required including the NUL (6); may be NULL.
 * @return ::BRF_OK; ::BRF_E_RANGE when @p minutes is out of range;
 *         ::BRF_E_BUFFER_TOO_SMALL when @p cap < 6 (then @p buf holds "" if
 *         @p cap > 0); ::BRF_E_INVALID when @p buf is NULL and @p cap > 0.
 */
BRF_EXPORT brf_status brf_time_format(int32_t minutes, char *buf, size_t cap, size_t *needed);

/**
 * @brief Parse a comma-separated list of weekday names into a weekday mask.
 *
 * Names are `mon tue wed thu fri sat sun` or the full English names
 * (`monday` ...), in any ASCII case, separated by commas with optional spaces
 * around each name: `mon,thu` gives
 * `BRF_WEEKDAY_BIT(1) | BRF_WEEKDAY_BIT(4)`. A day listed twice, an empty item
 * and an empty list are errors.
 * @param ctx Receives the error message and position on failure; may be NULL.
 * @param text The text; need not be NUL-terminated.
 * @param len The length of @p text in bytes.
 * @param[out] out_mask Receives the mask (bit 0 Monday .. bit 6 Sunday); untouched on failure.
 * @return ::BRF_OK; ::BRF_E_INVALID when @p text (with @p len > 0) or
 *         @p out_mask is NULL; ::BRF_E_PARSE for an unknown name, an empty item
 *         or a repeated day, naming it, with the column of the item.
 */
BRF_EXPORT brf_status brf_weekdays_parse(brf_context *ctx, const char *text, size_t len,
                                         uint32_t *out_mask);

/**
 * @brief Write a weekday mask as a comma-separated list, Monday first (`mon,thu`).
 * @param mask Bit 0 Monday .. bit 6 Sunday; 0 gives "".
 * @param buf The caller's buffer; may be NULL when @p cap is 0.
 * @param cap The size of @p buf in bytes; 28 is always enough.
 * @param[out] needed Receives the size required including the NUL; may be NULL.
 * @return ::BRF_OK; ::BRF_E_RANGE when @p mask has bits above bit 6;
 *         ::BRF_E_BUFFER_TOO_SMALL when @p cap is too small (then @p buf holds
 *         "" if @p cap > 0); ::BRF_E_INVALID when @p buf is NULL and @p cap > 0.
 */
BRF_EXPORT brf_status brf_weekdays_format(uint32_t mask, char *buf, size_t cap, size_t *needed);

/** @} */

#ifdef __cplusplus
}
#endif

#endif /* BACKRELIEF_CALENDAR_H */
