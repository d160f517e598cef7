/**
 * @file profile.h
 * @brief What the library knows about the person: equipment at hand, level,
 *        conditions, a recent strain and age.
 *
 * A ::brf_profile is read by brf_routine_check() (and later by the planner,
 * schedules and adaptation). Every field is optional: a new profile has only
 * `none` as equipment, no level, no condition, no strain and no age.
 * Vocabulary values are the pinned constants of @ref vocab.h.
 */
#ifndef BACKRELIEF_PROFILE_H
#define BACKRELIEF_PROFILE_H

#include "backrelief/core.h"
#include "backrelief/vocab.h"

#ifdef __cplusplus
extern "C" {
#endif

/**
 * @defgroup profile Profiles
 * @brief The person a routine is checked or planned for.
 * @{
 */

/** An opaque profile of the person. */
typedef struct brf_profile brf_profile;

/** The oldest age brf_profile_set_age_years() accepts. */
#define BRF_PROFILE_AGE_MAX 130
/** The longest time since a strain brf_profile_set_strain_hours_ago() accepts (10 years). */
#define BRF_PROFILE_STRAIN_HOURS_MAX 87600

/**
 * @brief Create an empty profile (equipment `none` only, nothing else set).
 * @param ctx The context; the profile keeps it alive.
 * @param[out] out Receives the profile, freed with brf_profile_free(); NULL on failure.
 * @return ::BRF_OK, ::BRF_E_INVALID (NULL argument), ::BRF_E_NOMEM.
 */
BRF_EXPORT brf_status brf_profile_new(brf_context *ctx, brf_profile **out);

/**
 * @brief Release a profile.
 * @param p The profile, or NULL (no-op).
 */
BRF_EXPORT void brf_profile_free(brf_profile *p);

/**
 * @brief Copy a profile.
 * @param ctx The context of the copy.
 * @param p The profile to copy.
 * @param[out] out Receives the copy, freed with brf_profile_free(); NULL on failure.
 * @return ::BRF_OK, ::BRF_E_INVALID (NULL argument), ::BRF_E_NOMEM.
 */
BRF_EXPORT brf_status brf_profile_clone(brf_context *ctx, const brf_profile *p,
                                        brf_profile **out);

/**
 * @brief Say the person has (or does not have) one piece of equipment.
 *
 * `none` (::BRF_EQUIPMENT_NONE) is always available and cannot be removed.
 * @param p The profile.
 * @param equipment A `BRF_EQUIPMENT_*` value.
 * @param available 1 to add it, 0 to remove it.
 * @return ::BRF_OK, ::BRF_E_INVALID (NULL profile, unknown code, or
 *         @p available not 0 or 1; the profile is then unchanged).
 */
BRF_EXPORT brf_status brf_profile_set_equipment(brf_profile *p, int32_t equipment,
                                                int32_t available);

/**
 * @brief Whether the person has a piece of equipment.
 * @param p The profile.
 * @param equipment A `BRF_EQUIPMENT_*` value.
 * @return 1 when available (always for `none`), 0 when not, when the code is
 *         unknown or when @p p is NULL.
 * @retval_on_fail{0}
 */
BRF_EXPORT int32_t brf_profile_has_equipment(const brf_profile *p, int32_t equipment);

/**
 * @brief Remove every piece of equipment but `none`.
 * @param p The profile.
 * @return ::BRF_OK, ::BRF_E_INVALID when @p p is NULL.
 */
BRF_EXPORT brf_status brf_profile_clear_equipment(brf_profile *p);

/**
 * @brief Set the person's level.
 * @param p The profile.
 * @param level A `BRF_LEVEL_*` value, or -1 to unset it.
 * @return ::BRF_OK, ::BRF_E_INVALID (NULL profile or unknown code; unchanged).
 */
BRF_EXPORT brf_status brf_profile_set_level(brf_profile *p, int32_t level);

/**
 * @brief The person's level.
 * @param p The profile.
 * @return A `BRF_LEVEL_*` value, or -1 when unset or @p p is NULL.
 * @deprecated Use brf_profile_level_get(): -1 is also the answer for an unset level.
 * @retval_on_fail{-1}
 */
BRF_EXPORT int32_t brf_profile_level(const brf_profile *p);

/**
 * @brief The person's level, with a status that tells a failure from "unset".
 * @param p The profile.
 * @param[out] out Receives a `BRF_LEVEL_*` value, or -1 when unset; untouched on failure.
 * @return ::BRF_OK; ::BRF_E_INVALID (NULL @p p or @p out).
 *         Records nothing in a context, so it may read a shared object
 *         (docs/conventions.md, "Sentinels").
 */
BRF_EXPORT brf_status brf_profile_level_get(const brf_profile *p, int32_t *out);

/**
 * @brief Say the person has (or does not have) a condition.
 * @param p The profile.
 * @param condition A `BRF_CONDITION_*` value.
 * @param present 1 to add it, 0 to remove it.
 * @return ::BRF_OK, ::BRF_E_INVALID (NULL profile, unknown code, or
 *         @p present not 0 or 1; unchanged).
 */
BRF_EXPORT brf_status brf_profile_set_condition(brf_profile *p, int32_t condition,
                                                int32_t present);

/**
 * @brief Whether the person has a condition.
 * @param p The profile.
 * @param condition A `BRF_CONDITION_*` value.
 * @return 1 when present, 0 when not, when the code is unknown or @p p is NULL.
 * @retval_on_fail{0}
 */
BRF_EXPORT int32_t brf_profile_has_condition(const brf_profile *p, int32_t condition);

/**
 * @brief Report an acute strain that happened @p hours_ago hours before now.
 *
 * Replaces any strain set before (in hours or by day).
 * @param p The profile.
 * @param hours_ago 0 to ::BRF_PROFILE_STRAIN_HOURS_MAX, or -1 to clear the strain.
 * @return ::BRF_OK, ::BRF_E_INVALID (NULL profile), ::BRF_E_RANGE (out of bounds; unchanged).
 */
BRF_EXPORT brf_status brf_profile_set_strain_hours_ago(brf_profile *p, int64_t hours_ago);

/**
 * @brief Report an acute strain by calendar day.
 *
 * The library never reads the clock, so the day the profile describes is
 * given too. The strain then counts as `(today_day - onset_day) * 24` hours
 * ago: a strain from today is 0 hours old, one from yesterday 24 hours.
 * Replaces any strain set before.
 * @param p The profile.
 * @param onset_day The day of the strain, in days since 1970-01-01.
 * @param today_day The day the profile describes, in days since 1970-01-01.
 * @return ::BRF_OK, ::BRF_E_INVALID (NULL profile), ::BRF_E_RANGE (onset after
 *         today, or more than ::BRF_PROFILE_STRAIN_HOURS_MAX hours before; unchanged).
 */
BRF_EXPORT brf_status brf_profile_set_strain_onset_day(brf_profile *p, int32_t onset_day,
                                                       int32_t today_day);

/**
 * @brief How long ago the strain happened, in hours.
 * @param p The profile.
 * @param[out] hours_ago Receives the hours (for a strain set by day, the days times 24).
 * @return ::BRF_OK, ::BRF_E_NOT_FOUND when no strain is reported (output
 *         untouched), ::BRF_E_INVALID (NULL argument).
 */
BRF_EXPORT brf_status brf_profile_strain_hours_ago(const brf_profile *p, int64_t *hours_ago);

/**
 * @brief The day of the strain, when it was set by day.
 * @param p The profile.
 * @param[out] onset_day Receives the onset day (days since 1970-01-01).
 * @param[out] today_day Receives the day the profile describes (may be NULL).
 * @return ::BRF_OK, ::BRF_E_NOT_FOUND when no strain is reported or it was
 *         set in hours (outputs untouched), ::BRF_E_INVALID (NULL @p p or @p onset_day).
 */
BRF_EXPORT brf_status brf_profile_strain_onset_day(const brf_profile *p, int32_t *onset_day,
                                                   int32_t *today_day);

/**
 * @brief Set the person's age.
 * @param p The profile.
 * @param years 0 to ::BRF_PROFILE_AGE_MAX, or -1 to unset it.
 * @return ::BRF_OK, ::BRF_E_INVALID (NULL profile), ::BRF_E_RANGE (unchanged).
 */
BRF_EXPORT brf_status brf_profile_set_age_years(brf_profile *p, int32_t years);

/**
 * @brief The person's age.
 * @param p The profile.
 * @return The age in years, or -1 when unset or @p p is NULL.
 * @deprecated Use brf_profile_age_years_get(): -1 is also the answer for an unset age.
 * @retval_on_fail{-1}
 */
BRF_EXPORT int32_t brf_profile_age_years(const brf_profile *p);

/**
 * @brief The person's age, with a status that tells a failure from "unset".
 * @param p The profile.
 * @param[out] out Receives the age in years, or -1 when unset; untouched on failure.
 * @return ::BRF_OK; ::BRF_E_INVALID (NULL @p p or @p out).
 *         Records nothing in a context, so it may read a shared object
 *         (docs/conventions.md, "Sentinels").
 */
BRF_EXPORT brf_status brf_profile_age_years_get(const brf_profile *p, int32_t *out);

/**
 * @name Directional preference
 * The direction of repeated movement that eases the person's symptoms, as a
 * clinician found it (McKenzie/MDT practice). Exercises of repeated extension
 * (prone extension, the prone press-up) are planned only for `extension`,
 * those of repeated flexion (back flexion, knee to chest, child's pose) only
 * for `flexion` (docs/planner.md, "Filters"). Pinned values.
 * @{
 */
#define BRF_DIRECTION_UNKNOWN 0   /**< Not known, the default: no directional exercise. [`unknown`] */
#define BRF_DIRECTION_NONE 1      /**< Known to have none: no directional exercise. [`none`] */
#define BRF_DIRECTION_EXTENSION 2 /**< Symptoms ease with extension. [`extension`] */
#define BRF_DIRECTION_FLEXION 3   /**< Symptoms ease with flexion. [`flexion`] */
#define BRF_DIRECTION_COUNT 4     /**< Number of values this version knows. */
/** @} */

/**
 * @brief Set the person's directional preference.
 * @param p The profile.
 * @param direction A `BRF_DIRECTION_*` value.
 * @return ::BRF_OK, ::BRF_E_INVALID (NULL profile or an unknown value; unchanged).
 */
BRF_EXPORT brf_status brf_profile_set_direction(brf_profile *p, int32_t direction);

/**
 * @brief The person's directional preference.
 * @param p The profile.
 * @param[out] out Receives the `BRF_DIRECTION_*` value (::BRF_DIRECTION_UNKNOWN
 *        unless set); untouched on failure.
 * @return ::BRF_OK; ::BRF_E_INVALID (NULL @p p or @p out).
 *         Records nothing in a context, so it may read a shared object
 *         (docs/conventions.md, "Sentinels").
 */
BRF_EXPORT brf_status brf_profile_direction_get(const brf_profile *p, int32_t *out);

/**
 * @brief The id of a directional preference: "unknown", "none", "extension"
 *        or "flexion".
 * @param direction A `BRF_DIRECTION_*` value.
 * @return A static string, or NULL for an unknown value.
 * @retval_on_fail{NULL}
 */
BRF_EXPORT const char *brf_direction_id(int32_t direction);

/**
 * @name Heat or cold preference
 * Heat or cold for back pain is a personal preference ("How To Loosen Up
 * Lower Back Muscles", web article; ACP 2017 gives superficial heat the better
 * evidence, so a goal that offers both lists heat first). A plan slot that
 * offers both (the `acute-strain` goal's thermal slot) plans the preferred one
 * first; when it is excluded (a condition, missing equipment) the other one is
 * planned. Slots that name one of them are unchanged. Pinned values.
 * @{
 */
#define BRF_THERMAL_ANY 0  /**< No preference, the default: the goal's own order. [`any`] */
#define BRF_THERMAL_HEAT 1 /**< Heat first. [`heat`] */
#define BRF_THERMAL_COLD 2 /**< Cold first. [`cold`] */
#define BRF_THERMAL_COUNT 3 /**< Number of values this version knows. */
/** @} */

/**
 * @brief Set whether the person prefers heat or cold.
 * @param p The profile.
 * @param thermal A `BRF_THERMAL_*` value.
 * @return ::BRF_OK, ::BRF_E_INVALID (NULL profile or an unknown value; unchanged).
 */
BRF_EXPORT brf_status brf_profile_set_thermal(brf_profile *p, int32_t thermal);

/**
 * @brief Whether the person prefers heat or cold.
 * @param p The profile.
 * @param[out] out Receives the `BRF_THERMAL_*` value (::BRF_THERMAL_ANY unless
 *        set); untouched on failure.
 * @return ::BRF_OK; ::BRF_E_INVALID (NULL @p p or @p out).
 *         Records nothing in a context, so it may read a shared object
 *         (docs/conventions.md, "Sentinels").
 */
BRF_EXPORT brf_status brf_profile_thermal_get(const brf_profile *p, int32_t *out);

/**
 * @brief The id of a heat or cold preference: "any", "heat" or "cold".
 * @param thermal A `BRF_THERMAL_*` value.
 * @return A static string, or NULL for an unknown value.
 * @retval_on_fail{NULL}
 */
BRF_EXPORT const char *brf_thermal_id(int32_t thermal);

/** @} */

#ifdef __cplusplus
}
#endif

#endif /* BACKRELIEF_PROFILE_H */
