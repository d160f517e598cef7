/**
 * @file schedule.h
 * @brief Multi-week schedules: dated sessions from routines and frequencies,
 *        with JSON and iCalendar (RFC 5545) export.
 *
 * A schedule starts on a civil date and runs for a number of weeks. It holds
 * items: each a routine (copied) or a single exercise, with a frequency (a
 * ::brf_dosage holding only ::BRF_DOSE_PER_DAY, ::BRF_DOSE_PER_WEEK,
 * ::BRF_DOSE_INTERVAL_MS and ::BRF_DOSE_WINDOW_MS) and options set through the
 * item's index: preferred weekdays and times, a spacing policy, a taper, a
 * window after an onset, and a trigger (the day after each leg-workout day).
 * brf_schedule_generate() turns all of it into dated sessions, read by index.
 * Every rule is documented with its source in docs/schedules.md.
 *
 * Dates are days since 1970-01-01 and times minutes since midnight, as in
 * calendar.h. Times are floating local times unless a time zone id is set;
 * nothing depends on the machine's clock or time zone.
 *
 * Threading: a schedule, generated or not, is used by one thread at a time
 * (docs/threading.md): its const functions record their failures in the
 * schedule's context, so it cannot be shared like a frozen catalog.
 */
#ifndef BACKRELIEF_SCHEDULE_H
#define BACKRELIEF_SCHEDULE_H

#include "backrelief/catalog.h"
#include "backrelief/core.h"
#include "backrelief/dosage.h"
#include "backrelief/routine.h"

#ifdef __cplusplus
extern "C" {
#endif

/**
 * @defgroup schedule Schedules
 * @{
 */

/** An opaque schedule: a start date, weeks, items, options and sessions. */
typedef struct brf_schedule brf_schedule;

#define BRF_SCHEDULE_WEEKS_MAX 104     /**< Most weeks a schedule may span. */
#define BRF_SCHEDULE_ITEMS_MAX 64      /**< Most items a schedule may hold. */
#define BRF_SCHEDULE_REST_DAYS_MAX 1024 /**< Most specific rest dates a schedule may hold. */
#define BRF_SCHEDULE_SESSIONS_MAX 100000 /**< Most sessions a schedule may generate. */

#define BRF_SCHEDULE_KIND_ROUTINE 0  /**< The item is a routine [`routine`]. */
#define BRF_SCHEDULE_KIND_EXERCISE 1 /**< The item is a single exercise (a one-step routine) [`exercise`]. */
#define BRF_SCHEDULE_KIND_PROGRAMME 2 /**< The item is a programme: each step at its own frequency [`programme`]. */

#define BRF_SPACING_ANY 0             /**< Sessions may fall on consecutive days [`any`]. */
#define BRF_SPACING_NOT_CONSECUTIVE 1 /**< Never on two consecutive days [`not-consecutive`]. */

/** brf_schedule_to_ical() flag: one VEVENT per session, never an RRULE. */
#define BRF_SCHEDULE_ICAL_EXPAND 1u
/**
 * Reader flag of brf_schedule_from_json_v2(): a `sessions` array that differs
 * from the sessions this version's rules give is not an error; the sessions
 * are made again by the rules and a warning (brf_context_warning()) says from
 * which session they differed. For a schedule saved by an older version whose
 * rules have changed since (docs/schedules.md, rule G7). A `sessions` array
 * that is not well formed is still an error. Its bit is apart from the
 * ::BRF_JSON_PRETTY writer flag, which every reader accepts and ignores.
 */
#define BRF_SCHEDULE_READ_REGENERATE 0x100u

/* Ids of the constants above: brf_<family>_id() and brf_<family>_from_id()
 * (docs/conventions.md, "Names"). */

/**
 * @brief The id of a schedule item kind, such as "exercise".
 * @param value A `BRF_SCHEDULE_KIND_*` value.
 * @return A static NUL-terminated string, or NULL for an unknown value.
 *         Thread-safe.
 * @retval_on_fail{NULL}
 */
BRF_EXPORT const char *brf_schedule_kind_id(int32_t value);

/**
 * @brief The schedule item kind with an id (exact, case-sensitive match).
 * @param text The id, such as "exercise"; need not be NUL-terminated.
 * @param len The length of @p text in bytes.
 * @param[out] out Receives the `BRF_SCHEDULE_KIND_*` value; untouched on failure.
 * @return ::BRF_OK; ::BRF_E_INVALID when @p text or @p out is NULL;
 *         ::BRF_E_NOT_FOUND for an unknown id. No context is involved, so no
 *         message is set. Thread-safe.
 */
BRF_EXPORT brf_status brf_schedule_kind_from_id(const char *text, size_t len, int32_t *out);

/**
 * @brief The id of a spacing policy, such as "not-consecutive".
 * @param value A `BRF_SPACING_*` value.
 * @return A static NUL-terminated string, or NULL for an unknown value.
 *         Thread-safe.
 * @retval_on_fail{NULL}
 */
BRF_EXPORT const char *brf_spacing_id(int32_t value);

/**
 * @brief The spacing policy with an id (exact, case-sensitive match).
 * @param text The id, such as "not-consecutive"; need not be NUL-terminated.
 * @param len The length of @p text in bytes.
 * @param[out] out Receives the `BRF_SPACING_*` value; untouched on failure.
 * @return ::BRF_OK; ::BRF_E_INVALID when @p text or @p out is NULL;
 *         ::BRF_E_NOT_FOUND for an unknown id. No context is involved, so no
 *         message is set. Thread-safe.
 */
BRF_EXPORT brf_status brf_spacing_from_id(const char *text, size_t len, int32_t *out);

/**
 * @brief Create an empty schedule.
 * @param ctx The context (retained by the schedule).
 * @param start_day The first day (days since 1970-01-01).
 * @param weeks The number of weeks, 1..::BRF_SCHEDULE_WEEKS_MAX.
 * @param[out] out Receives the schedule (free with brf_schedule_free()); NULL on failure.
 * @return ::BRF_OK; ::BRF_E_INVALID for a NULL @p ctx or @p out; ::BRF_E_RANGE
 *         for a start outside the calendar's dates (the last day included) or
 *         @p weeks out of range; ::BRF_E_NOMEM.
 */
BRF_EXPORT brf_status brf_schedule_new(brf_context *ctx, int32_t start_day, int32_t weeks,
                                       brf_schedule **out);

/**
 * @brief Free a schedule and everything it owns.
 * @param s The schedule, or NULL.
 */
BRF_EXPORT void brf_schedule_free(brf_schedule *s);

/**
 * @brief The first day of the schedule.
 * @param s The schedule.
 * @return Days since 1970-01-01; 0 when @p s is NULL.
 * @deprecated Use brf_schedule_start_day_get(): 0 is also the date 1970-01-01.
 * @retval_on_fail{0}
 */
BRF_EXPORT int32_t brf_schedule_start_day(const brf_schedule *s);

/**
 * @brief The first day of the schedule, with a status that tells a failure from 1970-01-01.
 * @param s The schedule.
 * @param[out] out Receives the days since 1970-01-01; untouched on failure.
 * @return ::BRF_OK; ::BRF_E_INVALID (NULL @p s or @p out).
 *         Records nothing in a context, so it may read a shared object
 *         (docs/conventions.md, "Sentinels").
 */
BRF_EXPORT brf_status brf_schedule_start_day_get(const brf_schedule *s, int32_t *out);

/**
 * @brief The number of weeks the schedule spans.
 * @param s The schedule.
 * @return 1..::BRF_SCHEDULE_WEEKS_MAX; 0 when @p s is NULL.
 * @retval_on_fail{0}
 */
BRF_EXPORT int32_t brf_schedule_weeks(const brf_schedule *s);

/**
 * @brief Add a routine with its frequency.
 * @param s The schedule.
 * @param r The routine (copied; need not outlive the call; at least one step).
 * @param frequency The frequency (copied), holding only frequency fields; NULL
 *        or empty means once a day.
 * @param[out] out_index Receives the item's index (may be NULL).
 * @return ::BRF_OK; ::BRF_E_INVALID (NULL @p s or @p r, a routine without
 *         steps, a frequency with other fields); ::BRF_E_RANGE when the
 *         schedule already holds ::BRF_SCHEDULE_ITEMS_MAX items; ::BRF_E_NOMEM.
 */
BRF_EXPORT brf_status brf_schedule_add_routine(brf_schedule *s, const brf_routine *r,
                                               const brf_dosage *frequency, size_t *out_index);

/**
 * @brief Add a single exercise with its dose and frequency.
 *
 * The item holds a one-step routine named after the exercise.
 * @param s The schedule.
 * @param ex The exercise (borrowed for the call).
 * @param dose The dose (copied), or NULL for the exercise's default dose.
 * @param frequency As for brf_schedule_add_routine(): NULL or empty means
 *        once a day.
 * @param[out] out_index Receives the item's index (may be NULL).
 * @return As brf_schedule_add_routine(), plus the statuses of
 *         brf_routine_append() for the dose.
 */
BRF_EXPORT brf_status brf_schedule_add_exercise(brf_schedule *s, const brf_exercise *ex,
                                                const brf_dosage *dose,
                                                const brf_dosage *frequency, size_t *out_index);

/**
 * @brief The number of items.
 * @param s The schedule.
 * @return The count; 0 when @p s is NULL.
 * @retval_on_fail{0}
 */
BRF_EXPORT size_t brf_schedule_item_count(const brf_schedule *s);

/**
 * @brief An item's routine.
 * @param s The schedule.
 * @param item The item's index.
 * @return The routine, owned by the schedule and valid until it is freed;
 *         NULL for a NULL @p s or an index out of range.
 * @retval_on_fail{NULL}
 */
BRF_EXPORT const brf_routine *brf_schedule_item_routine(const brf_schedule *s, size_t item);

/**
 * @brief An item's kind.
 * @param s The schedule.
 * @param item The item's index.
 * @return ::BRF_SCHEDULE_KIND_ROUTINE or ::BRF_SCHEDULE_KIND_EXERCISE; -1 for
 *         a NULL @p s or an index out of range.
 * @retval_on_fail{-1}
 */
BRF_EXPORT int32_t brf_schedule_item_kind(const brf_schedule *s, size_t item);

/**
 * @brief Replace an item's frequency.
 * @param s The schedule.
 * @param item The item's index.
 * @param frequency The frequency (copied); NULL or empty means once a day.
 * @return ::BRF_OK; ::BRF_E_INVALID (NULL @p s, other fields than frequency
 *         fields); ::BRF_E_RANGE (index); ::BRF_E_NOMEM.
 */
BRF_EXPORT brf_status brf_schedule_item_set_frequency(brf_schedule *s, size_t item,
                                                      const brf_dosage *frequency);

/**
 * @brief Replace an item's frequency from notation ("3x/week", "every other
 *        day", "2x/day", "every 1-2h, for 2-3d").
 * @param s The schedule.
 * @param item The item's index.
 * @param text The notation (need not be NUL-terminated).
 * @param len Its length in bytes.
 * @return As brf_schedule_item_set_frequency(), plus the statuses of
 *         brf_dosage_parse() (::BRF_E_PARSE, ::BRF_E_RANGE).
 */
BRF_EXPORT brf_status brf_schedule_item_set_frequency_text(brf_schedule *s, size_t item,
                                                           const char *text, size_t len);

/**
 * @brief Set an item's preferred weekdays.
 *
 * For weekly frequencies they are chosen first; for daily and day-interval
 * frequencies they restrict the days (docs/schedules.md).
 * @param s The schedule.
 * @param item The item's index.
 * @param mask A weekday mask (bit 0 Monday); 0 clears the preference.
 * @return ::BRF_OK; ::BRF_E_INVALID (NULL @p s, bits above Sunday); ::BRF_E_RANGE (index).
 */
BRF_EXPORT brf_status brf_schedule_item_set_weekdays(brf_schedule *s, size_t item,
                                                     uint32_t mask);

/**
 * @brief Set an item's preferred times of day.
 *
 * One session a day is at @p first; N a day are spread evenly from @p first
 * to @p last; interval sessions within a day start at @p first and end by
 * @p last. Defaults: 08:00 and 20:00.
 * @param s The schedule.
 * @param item The item's index.
 * @param first The first time (minutes since midnight, 0..::BRF_TIME_MAX).
 * @param last The last time (@p first..::BRF_TIME_MAX).
 * @return ::BRF_OK; ::BRF_E_INVALID (NULL @p s); ::BRF_E_RANGE (index, times).
 */
BRF_EXPORT brf_status brf_schedule_item_set_times(brf_schedule *s, size_t item, int32_t first,
                                                  int32_t last);

/**
 * @brief Set an item's spacing policy.
 * @param s The schedule.
 * @param item The item's index.
 * @param policy ::BRF_SPACING_ANY or ::BRF_SPACING_NOT_CONSECUTIVE.
 * @return ::BRF_OK; ::BRF_E_INVALID (NULL @p s, unknown policy); ::BRF_E_RANGE (index).
 */
BRF_EXPORT brf_status brf_schedule_item_set_spacing(brf_schedule *s, size_t item,
                                                    int32_t policy);

/**
 * @brief Set a taper: daily for the first weeks, then fewer days a week.
 *
 * After @p daily_weeks daily weeks the item happens @p max_per_week days a
 * week for as many weeks again, then @p min_per_week days a week (the recovery-exercises article;
 * docs/schedules.md). With a trigger set, the tapered weeks follow the
 * trigger instead of a count.
 * @param s The schedule.
 * @param item The item's index.
 * @param daily_weeks Daily weeks, 1..::BRF_SCHEDULE_WEEKS_MAX; 0 removes the taper.
 * @param min_per_week Days a week at the end, 1..7.
 * @param max_per_week Days a week right after the daily weeks, @p min_per_week..7.
 * @return ::BRF_OK; ::BRF_E_INVALID (NULL @p s); ::BRF_E_RANGE (index, numbers).
 */
BRF_EXPORT brf_status brf_schedule_item_set_taper(brf_schedule *s, size_t item,
                                                  int32_t daily_weeks, int32_t min_per_week,
                                                  int32_t max_per_week);

/**
 * @brief Restrict an item to a window after an onset (a strain).
 *
 * Sessions happen only at times t with onset <= t < onset + length.
 * @param s The schedule.
 * @param item The item's index.
 * @param onset_day The onset's date.
 * @param onset_minute The onset's time of day (0..::BRF_TIME_MAX).
 * @param length_ms The window's length, 1 ms..104 weeks; -1 takes the
 *        minimum of the frequency's ::BRF_DOSE_WINDOW_MS, or 48 h without one.
 * @return ::BRF_OK; ::BRF_E_INVALID (NULL @p s); ::BRF_E_RANGE (index, values).
 */
BRF_EXPORT brf_status brf_schedule_item_set_window(brf_schedule *s, size_t item,
                                                   int32_t onset_day, int32_t onset_minute,
                                                   int64_t length_ms);

/**
 * @brief Remove an item's window.
 * @param s The schedule.
 * @param item The item's index.
 * @return ::BRF_OK; ::BRF_E_INVALID (NULL @p s); ::BRF_E_RANGE (index).
 */
BRF_EXPORT brf_status brf_schedule_item_clear_window(brf_schedule *s, size_t item);

/**
 * @brief Make an item follow events: it happens on the day after each of the
 *        given weekdays (the person's leg-workout days; the glute-knots and recovery-exercises articles).
 * @param s The schedule.
 * @param item The item's index.
 * @param mask The event weekdays (bit 0 Monday); 0 removes the trigger.
 * @return ::BRF_OK; ::BRF_E_INVALID (NULL @p s, bits above Sunday); ::BRF_E_RANGE (index).
 */
BRF_EXPORT brf_status brf_schedule_item_set_after_weekdays(brf_schedule *s, size_t item,
                                                           uint32_t mask);

/**
 * @brief Set the weekdays on which nothing is scheduled.
 * @param s The schedule.
 * @param mask A weekday mask (bit 0 Monday); 0 clears it; all seven days is ::BRF_E_INVALID.
 * @return ::BRF_OK; ::BRF_E_INVALID.
 */
BRF_EXPORT brf_status brf_schedule_set_rest_weekdays(brf_schedule *s, uint32_t mask);

/**
 * @brief Add a specific rest date (adding one twice is a no-op).
 * @param s The schedule.
 * @param day The date.
 * @return ::BRF_OK; ::BRF_E_INVALID (NULL @p s); ::BRF_E_RANGE (a date
 *         outside the calendar, or ::BRF_SCHEDULE_REST_DAYS_MAX dates held); ::BRF_E_NOMEM.
 */
BRF_EXPORT brf_status brf_schedule_add_rest_day(brf_schedule *s, int32_t day);

/**
 * @brief Set the time zone id written with the times (an IANA id such as
 *        "Europe/Berlin"; the library does not check it against a database).
 * @param s The schedule.
 * @param tzid The id (copied): printable ASCII without `"`, `;`, `:` or `,`,
 *        1..64 bytes; NULL for floating local times.
 * @return ::BRF_OK; ::BRF_E_INVALID (NULL @p s, a bad id); ::BRF_E_NOMEM.
 */
BRF_EXPORT brf_status brf_schedule_set_time_zone(brf_schedule *s, const char *tzid);

/**
 * @brief The time zone id.
 * @param s The schedule.
 * @return The id, owned by the schedule until it is set again or freed; NULL
 *         for floating times or a NULL @p s.
 * @deprecated Use brf_schedule_time_zone_get(): NULL is also the answer for
 *             floating times.
 * @retval_on_fail{NULL}
 */
BRF_EXPORT const char *brf_schedule_time_zone(const brf_schedule *s);

/**
 * @brief The time zone id, with a status that tells a failure from floating times.
 * @param s The schedule.
 * @param[out] out Receives the id, owned by the schedule until it is set again or freed, or NULL
 *             for floating times; untouched on failure.
 * @return ::BRF_OK; ::BRF_E_INVALID (NULL @p s or @p out).
 *         Records nothing in a context, so it may read a shared object
 *         (docs/conventions.md, "Sentinels").
 */
BRF_EXPORT brf_status brf_schedule_time_zone_get(const brf_schedule *s, const char **out);

/**
 * @brief Set a reminder before each session (a VALARM in iCalendar).
 * @param s The schedule.
 * @param before_ms How long before the start, 0..24 h; -1 for no reminder.
 * @return ::BRF_OK; ::BRF_E_INVALID (NULL @p s); ::BRF_E_RANGE.
 */
BRF_EXPORT brf_status brf_schedule_set_reminder_ms(brf_schedule *s, int64_t before_ms);

/**
 * @brief Compute the dated sessions from the items and options.
 *
 * Any setter above discards the sessions; call this again before reading them.
 * @param s The schedule.
 * @return ::BRF_OK; ::BRF_E_INVALID (NULL @p s); ::BRF_E_STATE (no items);
 *         ::BRF_E_RANGE (more than ::BRF_SCHEDULE_SESSIONS_MAX sessions);
 *         ::BRF_E_NOMEM. On failure the sessions are as before the call.
 */
BRF_EXPORT brf_status brf_schedule_generate(brf_schedule *s);

/**
 * @brief Whether the sessions are current (brf_schedule_generate() ran after the last change).
 * @param s The schedule.
 * @return 1 or 0 (0 for NULL).
 * @retval_on_fail{0}
 */
BRF_EXPORT int32_t brf_schedule_is_generated(const brf_schedule *s);

/**
 * @brief The number of sessions, in order of date, time and item.
 * @param s The schedule.
 * @return The count; 0 for NULL or a schedule not generated.
 * @retval_on_fail{0}
 */
BRF_EXPORT size_t brf_schedule_session_count(const brf_schedule *s);

/**
 * @brief A session's date.
 * @param s The schedule.
 * @param index The session's index.
 * @return Days since 1970-01-01; INT32_MIN for NULL or an index out of range.
 * @retval_on_fail{INT32_MIN}
 */
BRF_EXPORT int32_t brf_schedule_session_date(const brf_schedule *s, size_t index);

/**
 * @brief A session's time of day.
 * @param s The schedule.
 * @param index The session's index.
 * @return Minutes since midnight; -1 for NULL or an index out of range.
 * @retval_on_fail{-1}
 */
BRF_EXPORT int32_t brf_schedule_session_time(const brf_schedule *s, size_t index);

/**
 * @brief A session's item.
 * @param s The schedule.
 * @param index The session's index.
 * @return The item's index; SIZE_MAX for NULL or an index out of range.
 * @retval_on_fail{SIZE_MAX}
 */
BRF_EXPORT size_t brf_schedule_session_item(const brf_schedule *s, size_t index);

/**
 * @brief A session's occurrence: its rank among its item's sessions, from 0.
 * @param s The schedule.
 * @param index The session's index.
 * @return The rank; SIZE_MAX for NULL or an index out of range.
 * @retval_on_fail{SIZE_MAX}
 */
BRF_EXPORT size_t brf_schedule_session_occurrence(const brf_schedule *s, size_t index);

/**
 * @brief A session's expected duration: the maximum of its routine's estimate.
 * @param s The schedule.
 * @param index The session's index.
 * @return Milliseconds; -1 for NULL or an index out of range.
 * @retval_on_fail{-1}
 */
BRF_EXPORT int64_t brf_schedule_session_duration_ms(const brf_schedule *s, size_t index);

/**
 * @brief A session's title: its routine's name (the exercise's name for a
 *        single exercise; "Session" when the routine has no name).
 * @param s The schedule.
 * @param index The session's index.
 * @return A string owned by the schedule (the name of the item's routine,
 *         which the schedule never changes), valid until the schedule is
 *         freed; NULL for NULL or an index out of range.
 * @retval_on_fail{NULL}
 */
BRF_EXPORT const char *brf_schedule_session_title(const brf_schedule *s, size_t index);

/* Programmes (docs/schedules.md, "Programmes"): each step of a routine at its
 * own frequency. API 1.2. */

/**
 * @brief Add a routine as a programme: each step keeps its own frequency.
 *
 * Each step is scheduled at the frequency fields of its dose (`daily`,
 * `3x/week`, `every other day`, `2x/day`, `every 2h, for 2-3d`); a step whose
 * dose has none follows the routine's most frequent step. The steps due on
 * the same day at the same time make one session; a step with an interval
 * under a day (a cold pack every 2 h) makes its own small sessions. Strength
 * steps are never on consecutive days, and share their days: those of the
 * most frequent strength step, every other day for a strength step with no
 * frequency (docs/schedules.md, rule G7). brf_schedule_item_set_window() gives
 * the onset of the steps with a `for ...` window (without one,
 * brf_schedule_generate() fails naming the step); brf_schedule_step_set_taper()
 * and brf_schedule_step_set_after_weekdays() set a step's taper and trigger.
 * The item's own frequency, taper and trigger are not used; its times,
 * preferred weekdays, spacing and window are.
 * @param s The schedule.
 * @param r The routine (copied), 1 to 64 steps.
 * @param[out] out_index Receives the item's index (may be NULL).
 * @return ::BRF_OK; ::BRF_E_INVALID (NULL @p s or @p r, no steps, no time
 *         estimate); ::BRF_E_RANGE (more than 64 steps, or
 *         ::BRF_SCHEDULE_ITEMS_MAX items held); ::BRF_E_NOMEM.
 */
BRF_EXPORT brf_status brf_schedule_add_programme(brf_schedule *s, const brf_routine *r,
                                                 size_t *out_index);

/**
 * @brief Set a programme step's taper: daily for the first weeks, then
 *        @p max_per_week days a week for as many weeks again, then @p min_per_week.
 * @param s The schedule.
 * @param item The programme item's index.
 * @param step The step's index in the routine.
 * @param daily_weeks Daily weeks, 1..::BRF_SCHEDULE_WEEKS_MAX; 0 removes the taper.
 * @param min_per_week Days a week at the end, 1..7.
 * @param max_per_week Days a week right after the daily weeks, @p min_per_week..7.
 * @return ::BRF_OK; ::BRF_E_INVALID (NULL @p s, not a programme);
 *         ::BRF_E_RANGE (index, step, numbers).
 */
BRF_EXPORT brf_status brf_schedule_step_set_taper(brf_schedule *s, size_t item, size_t step,
                                                  int32_t daily_weeks, int32_t min_per_week,
                                                  int32_t max_per_week);

/**
 * @brief Make a programme step follow events: the day after each of the
 *        given weekdays (leg-workout days; the glute-knots and recovery-exercises articles).
 * @param s The schedule.
 * @param item The programme item's index.
 * @param step The step's index in the routine.
 * @param mask The event weekdays (bit 0 Monday); 0 removes the trigger.
 * @return ::BRF_OK; ::BRF_E_INVALID (NULL @p s, not a programme, bits above
 *         Sunday); ::BRF_E_RANGE (index, step).
 */
BRF_EXPORT brf_status brf_schedule_step_set_after_weekdays(brf_schedule *s, size_t item,
                                                           size_t step, uint32_t mask);

/**
 * @brief The number of steps in a session: the steps of a programme due
 *        then, or every step of a routine or exercise item.
 * @param s The schedule.
 * @param index The session's index.
 * @return The count; 0 for NULL or an index out of range.
 * @retval_on_fail{0}
 */
BRF_EXPORT size_t brf_schedule_session_step_count(const brf_schedule *s, size_t index);

/**
 * @brief A step of a session: its index in the item's routine
 *        (brf_schedule_item_routine()), in routine order.
 * @param s The schedule.
 * @param index The session's index.
 * @param k The step's rank in the session, 0..brf_schedule_session_step_count() - 1.
 * @return The step's index in the routine; SIZE_MAX for NULL or an index out of range.
 * @retval_on_fail{SIZE_MAX}
 */
BRF_EXPORT size_t brf_schedule_session_step(const brf_schedule *s, size_t index, size_t k);

/**
 * @brief The exercise id of a step of a session.
 * @param s The schedule.
 * @param index The session's index.
 * @param k The step's rank in the session.
 * @return The id, owned by the schedule until it is freed; NULL for NULL or
 *         an index out of range.
 * @retval_on_fail{NULL}
 */
BRF_EXPORT const char *brf_schedule_session_exercise_id(const brf_schedule *s, size_t index,
                                                        size_t k);

/**
 * @brief Today's session: the routine of an item's steps due on a day.
 *
 * For a programme, the steps due in any of the item's sessions that day, in
 * routine order (with their doses, notes and phases); for a routine or
 * exercise item with a session that day, its whole routine. The result is
 * ready for brf_timeline_new() and the player.
 * @param ctx Receives the error message on failure.
 * @param s The schedule (generated).
 * @param item The item's index.
 * @param day The date.
 * @param[out] out Receives the routine (owned: free with brf_routine_free()); NULL on failure.
 * @return ::BRF_OK; ::BRF_E_INVALID (NULL argument); ::BRF_E_STATE (not
 *         generated); ::BRF_E_RANGE (@p item, or a date outside the
 *         schedule); ::BRF_E_NOT_FOUND (nothing is due that day: the message
 *         says so); ::BRF_E_NOMEM.
 */
BRF_EXPORT brf_status brf_schedule_routine_for_day(brf_context *ctx, const brf_schedule *s,
                                                   size_t item, int32_t day, brf_routine **out);

/**
 * @brief Write the schedule as JSON (format `backrelief-schedule`, version 1;
 *        docs/formats.md).
 * @param ctx Receives the error message on failure.
 * @param s The schedule (generated).
 * @param[out] out Receives the text (owned: free with brf_free()); NULL on failure.
 * @param[out] out_len Receives its length without the NUL (may be NULL).
 * @return ::BRF_OK; ::BRF_E_INVALID (NULL argument); ::BRF_E_STATE (not
 *         generated); ::BRF_E_NOMEM.
 * @deprecated Use brf_schedule_to_json_v2(), which takes the writer flags
 *             like every JSON writer; this one always writes
 *             ::BRF_JSON_PRETTY.
 */
BRF_EXPORT brf_status brf_schedule_to_json(brf_context *ctx, const brf_schedule *s, char **out,
                                           size_t *out_len);

/**
 * @brief Read a schedule from JSON and generate its sessions.
 *
 * A `sessions` array, when present, must equal the recomputed sessions.
 * @param ctx The context (retained by the schedule; receives errors with the JSON path).
 * @param text The text (need not be NUL-terminated).
 * @param len Its length in bytes.
 * @param cat The catalog the routines' exercise ids are resolved against.
 * @param[out] out Receives the schedule; NULL on failure.
 * @return ::BRF_OK; ::BRF_E_INVALID (NULL argument); ::BRF_E_PARSE (not
 *         JSON); ::BRF_E_SCHEMA (not a valid schedule, an unknown `format`
 *         or a newer `format_version`, sessions that differ: the message
 *         names the path); ::BRF_E_NOT_FOUND (an exercise id that @p cat
 *         lacks, with its path); ::BRF_E_RANGE (a number, date, time or dose
 *         outside its bounds, or not 1 to ::BRF_SCHEDULE_ITEMS_MAX items,
 *         with its path); ::BRF_E_NOMEM. The statuses are those of every
 *         reader (docs/conventions.md, "Readers: one status per situation");
 *         before API 1.1 an unknown exercise id and a value out of bounds
 *         gave ::BRF_E_SCHEMA.
 */
BRF_EXPORT brf_status brf_schedule_from_json(brf_context *ctx, const char *text, size_t len,
                                             const brf_catalog *cat, brf_schedule **out);

/* The schedule format with the JSON flags (docs/conventions.md, "Flags"). */

/**
 * @brief Write the schedule as JSON, compact or pretty, like every JSON writer.
 *
 * The document is the one brf_schedule_to_json() writes (which is this
 * function with ::BRF_JSON_PRETTY); compact output has no whitespace.
 * @param ctx Receives the error message on failure.
 * @param s The schedule (generated).
 * @param flags ::BRF_JSON_COMPACT (0) or ::BRF_JSON_PRETTY.
 * @param[out] out Receives the text (owned: free with brf_free()); NULL on failure.
 * @param[out] out_len Receives its length without the NUL (may be NULL).
 * @return ::BRF_OK; ::BRF_E_INVALID (NULL argument, unknown flags);
 *         ::BRF_E_STATE (not generated); ::BRF_E_NOMEM.
 */
BRF_EXPORT brf_status brf_schedule_to_json_v2(brf_context *ctx, const brf_schedule *s,
                                              uint32_t flags, char **out, size_t *out_len);

/**
 * @brief Read a schedule from JSON and generate its sessions, taking the
 *        reader flags like every JSON reader.
 *
 * The same reader as brf_schedule_from_json().
 * @param ctx The context (retained by the schedule; receives errors with the JSON path).
 * @param text The text (need not be NUL-terminated).
 * @param len Its length in bytes.
 * @param cat The catalog the routines' exercise ids are resolved against.
 * @param flags 0 or ::BRF_SCHEDULE_READ_REGENERATE (sessions that differ
 *        from the rules are made again, with a warning); the writer flag
 *        ::BRF_JSON_PRETTY is accepted and ignored; any other bit gives
 *        ::BRF_E_INVALID.
 * @param[out] out Receives the schedule; NULL on failure.
 * @return As brf_schedule_from_json(), and ::BRF_E_INVALID for unknown flags.
 */
BRF_EXPORT brf_status brf_schedule_from_json_v2(brf_context *ctx, const char *text, size_t len,
                                                const brf_catalog *cat, uint32_t flags,
                                                brf_schedule **out);

/**
 * @brief Write the schedule as an iCalendar (RFC 5545) VCALENDAR.
 *
 * One VEVENT per series (an RRULE with a COUNT) or per session; the same
 * schedule always gives the same bytes (docs/schedules.md).
 * @param ctx Receives the error message on failure.
 * @param s The schedule (generated).
 * @param flags 0 or ::BRF_SCHEDULE_ICAL_EXPAND.
 * @param[out] out Receives the text (owned: free with brf_free()); NULL on failure.
 * @param[out] out_len Receives its length without the NUL (may be NULL).
 * @return ::BRF_OK; ::BRF_E_INVALID (NULL argument, unknown flag); ::BRF_E_STATE
 *         (not generated); ::BRF_E_LIMIT (more than ::BRF_LIMIT_CALENDAR_ITEMS
 *         sessions x steps, checked before writing, or more than
 *         ::BRF_LIMIT_OUTPUT_BYTES of text); ::BRF_E_NOMEM.
 */
BRF_EXPORT brf_status brf_schedule_to_ical(brf_context *ctx, const brf_schedule *s,
                                           uint32_t flags, char **out, size_t *out_len);

/**
 * @brief Write the iCalendar text into a caller buffer.
 * @param ctx Receives the error message on failure.
 * @param s The schedule (generated).
 * @param flags As for brf_schedule_to_ical().
 * @param buf The buffer (may be NULL when @p cap is 0).
 * @param cap Its size in bytes, the NUL included.
 * @param[out] needed Receives the size needed, the NUL included (may be NULL).
 * @return As brf_schedule_to_ical(), plus ::BRF_E_BUFFER_TOO_SMALL (the
 *         buffer then holds "" when @p cap > 0).
 */
BRF_EXPORT brf_status brf_schedule_ical_format(brf_context *ctx, const brf_schedule *s,
                                               uint32_t flags, char *buf, size_t cap,
                                               size_t *needed);

/** @} */

#ifdef __cplusplus
}
#endif

#endif /* BACKRELIEF_SCHEDULE_H */
