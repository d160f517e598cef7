/**
 * @file vocab.h
 * @brief Pinned vocabulary constants shared by the modules: modalities, body
 *        regions, equipment, levels, laterality, starting positions,
 *        conditions, contraindication actions and source kinds.
 *
 * Each constant is an `int32_t` value that never changes; each has a stable
 * lowercase JSON id (given in brackets). New values are only added at the end.
 */
#ifndef BACKRELIEF_VOCAB_H
#define BACKRELIEF_VOCAB_H

#include "backrelief/core.h"

#ifdef __cplusplus
extern "C" {
#endif

/**
 * @defgroup modality Modalities
 * @brief What kind of exercise or application an exercise is.
 * @{
 */
#define BRF_MODALITY_SELF_MASSAGE 0    /**< Self-massage with a ball or roller [`self-massage`]. */
#define BRF_MODALITY_STATIC_STRETCH 1  /**< Static stretch, held [`static-stretch`]. */
#define BRF_MODALITY_DYNAMIC_STRETCH 2 /**< Dynamic stretch, moved in and out [`dynamic-stretch`]. */
#define BRF_MODALITY_MOBILITY 3        /**< Mobility drill [`mobility`]. */
#define BRF_MODALITY_STRENGTH 4        /**< Strengthening or activation [`strength`]. */
#define BRF_MODALITY_HEAT 5            /**< Heat: sauna, bath, heat pack [`heat`]. */
#define BRF_MODALITY_COLD 6            /**< Cold pack [`cold`]. */
#define BRF_MODALITY_COUNT 7           /**< Number of modalities this version knows. */
/** @} */

/**
 * @defgroup vocab_region Body regions
 * @brief Where an exercise works; an exercise lists primary and secondary regions.
 * @{
 */
#define BRF_REGION_LOWER_BACK  0  /**< Lower back (lumbar erector spinae, quadratus lumborum, multifidus). [`lower-back`] */
#define BRF_REGION_GLUTES      1  /**< Gluteal muscles. [`glutes`] */
#define BRF_REGION_PIRIFORMIS  2  /**< Piriformis and the deep hip external rotators. [`piriformis`] */
#define BRF_REGION_HIP_FLEXORS 3  /**< Hip flexors (iliopsoas, rectus femoris at the hip). [`hip-flexors`] */
#define BRF_REGION_ADDUCTORS   4  /**< Adductors (inner thigh, groin). [`adductors`] */
#define BRF_REGION_QUADRICEPS  5  /**< Quadriceps (front of the thigh). [`quadriceps`] */
#define BRF_REGION_HAMSTRINGS  6  /**< Hamstrings (back of the thigh). [`hamstrings`] */
#define BRF_REGION_IT_BAND     7  /**< Iliotibial band and tensor fasciae latae. [`it-band`] */
#define BRF_REGION_CALVES      8  /**< Calves. [`calves`] */
#define BRF_REGION_ABDOMINALS  9  /**< Abdominals (rectus and transversus abdominis). [`abdominals`] */
#define BRF_REGION_OBLIQUES    10 /**< Obliques. [`obliques`] */
#define BRF_REGION_MID_BACK    11 /**< Mid back (thoracic spine). [`mid-back`] */
#define BRF_REGION_NECK        12 /**< Neck. [`neck`] */
#define BRF_REGION_UPPER_BACK  13 /**< Upper back and shoulder girdle (levator scapulae, upper trapezius). [`upper-back`] */
#define BRF_REGION_COUNT       14 /**< Number of values this version knows. */
/** @} */

/**
 * @defgroup vocab_equipment Equipment
 * @brief What an exercise needs; the user must have all of it. `none` is always available.
 * @{
 */
#define BRF_EQUIPMENT_NONE         0  /**< Nothing is needed. [`none`] */
#define BRF_EQUIPMENT_MAT          1  /**< An exercise mat or soft floor. [`mat`] */
#define BRF_EQUIPMENT_FOAM_ROLLER  2  /**< A foam roller. [`foam-roller`] */
#define BRF_EQUIPMENT_MASSAGE_BALL 3  /**< A massage ball: golf, lacrosse or bocce ball. [`massage-ball`] */
#define BRF_EQUIPMENT_BAND         4  /**< A resistance band or mini band. [`band`] */
#define BRF_EQUIPMENT_DUMBBELL     5  /**< A dumbbell. [`dumbbell`] */
#define BRF_EQUIPMENT_BARBELL      6  /**< A barbell. [`barbell`] */
#define BRF_EQUIPMENT_KETTLEBELL   7  /**< A kettlebell. [`kettlebell`] */
#define BRF_EQUIPMENT_BENCH        8  /**< A bench or sturdy raised surface. [`bench`] */
#define BRF_EQUIPMENT_CHAIR        9  /**< A chair. [`chair`] */
#define BRF_EQUIPMENT_WALL         10 /**< A wall. [`wall`] */
#define BRF_EQUIPMENT_SAUNA        11 /**< A sauna or steam room. [`sauna`] */
#define BRF_EQUIPMENT_BATH         12 /**< A bath tub. [`bath`] */
#define BRF_EQUIPMENT_COLD_PACK    13 /**< A cold pack, ice pack or bag of frozen peas. [`cold-pack`] */
#define BRF_EQUIPMENT_HEAT_PACK    14 /**< A heat pack, wheat pack or hot water bottle. [`heat-pack`] */
#define BRF_EQUIPMENT_TOWEL        15 /**< A towel or strap. [`towel`] */
#define BRF_EQUIPMENT_COUNT        16 /**< Number of values this version knows. */
/** @} */

/**
 * @defgroup vocab_level Levels
 * @brief How demanding an exercise is; levels are ordered.
 * @{
 */
#define BRF_LEVEL_BEGINNER     0  /**< Suitable for a first session. [`beginner`] */
#define BRF_LEVEL_INTERMEDIATE 1  /**< Needs some practice or strength. [`intermediate`] */
#define BRF_LEVEL_ADVANCED     2  /**< For people already training regularly. [`advanced`] */
#define BRF_LEVEL_COUNT        3  /**< Number of values this version knows. */
/** @} */

/**
 * @defgroup vocab_laterality Laterality
 * @brief How the two sides of the body are worked. The values equal the dosage `sides` codes.
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
#define BRF_LATERALITY_BOTH_SIDES  0  /**< Both sides together (or no side at all). [`both-sides`] */
#define BRF_LATERALITY_EACH_SIDE   1  /**< One side, then the other side. [`each-side`] */
#define BRF_LATERALITY_ALTERNATING 2  /**< Left and right alternate on every repetition. [`alternating`] */
#define BRF_LATERALITY_COUNT       3  /**< Number of values this version knows. */
/** @} */

/**
 * @defgroup vocab_position Starting positions
 * @brief The position an exercise starts from.
 * @{
 */
#define BRF_POSITION_SUPINE        0  /**< Lying on the back. [`supine`] */
#define BRF_POSITION_PRONE         1  /**< Lying face down. [`prone`] */
#define BRF_POSITION_SIDE_LYING    2  /**< Lying on one side. [`side-lying`] */
#define BRF_POSITION_ALL_FOURS     3  /**< On hands and knees. [`all-fours`] */
#define BRF_POSITION_KNEELING      4  /**< Kneeling on both knees. [`kneeling`] */
#define BRF_POSITION_HALF_KNEELING 5  /**< Kneeling on one knee, the other foot in front. [`half-kneeling`] */
#define BRF_POSITION_SEATED        6  /**< Sitting on the floor, a chair or a bench. [`seated`] */
#define BRF_POSITION_STANDING      7  /**< Standing. [`standing`] */
#define BRF_POSITION_COUNT         8  /**< Number of values this version knows. */
/** @} */

/**
 * @defgroup vocab_condition Conditions
 * @brief Conditions that a contraindication or caution names.
 * @{
 */
#define BRF_CONDITION_PREGNANCY            0  /**< Pregnancy. [`pregnancy`] */
#define BRF_CONDITION_OSTEOPOROSIS         1  /**< Osteoporosis or low bone density. [`osteoporosis`] */
#define BRF_CONDITION_RECENT_SURGERY       2  /**< Surgery in the area in recent months. [`recent-surgery`] */
#define BRF_CONDITION_KNEE_PROBLEMS        3  /**< Knee pain or a knee injury (including meniscal problems). [`knee-problems`] */
#define BRF_CONDITION_REDUCED_SENSATION    4  /**< Reduced or lost sensation of heat, cold or touch in the area. [`reduced-sensation`] */
#define BRF_CONDITION_HIP_REPLACEMENT      5  /**< A hip replacement. [`hip-replacement`] */
#define BRF_CONDITION_HIP_IMPINGEMENT      6  /**< Hip impingement or hip joint pain. [`hip-impingement`] */
#define BRF_CONDITION_WRIST_PROBLEMS       7  /**< Wrist pain. [`wrist-problems`] */
#define BRF_CONDITION_SHOULDER_PROBLEMS    8  /**< Shoulder pain. [`shoulder-problems`] */
#define BRF_CONDITION_NECK_PROBLEMS        9  /**< Neck pain or a neck injury. [`neck-problems`] */
#define BRF_CONDITION_LEG_SYMPTOMS         10 /**< Pain, tingling or numbness spreading into a leg. [`leg-symptoms`] */
#define BRF_CONDITION_SPINAL_STENOSIS      11 /**< Spinal stenosis or spondylolisthesis. [`spinal-stenosis`] */
#define BRF_CONDITION_ACUTE_INJURY         12 /**< A fresh injury, bruising or swelling from the last 48-72 hours. [`acute-injury`] */
#define BRF_CONDITION_OPEN_WOUND           13 /**< Open wounds or broken skin in the area. [`open-wound`] */
#define BRF_CONDITION_FRACTURE             14 /**< A bone fracture, known or suspected. [`fracture`] */
#define BRF_CONDITION_DEEP_VEIN_THROMBOSIS 15 /**< Deep vein thrombosis, known or suspected. [`deep-vein-thrombosis`] */
#define BRF_CONDITION_BLEEDING_DISORDER    16 /**< A bleeding disorder or anticoagulant medicine. [`bleeding-disorder`] */
#define BRF_CONDITION_CIRCULATORY_PROBLEMS 17 /**< Poor circulation or peripheral vascular disease. [`circulatory-problems`] */
#define BRF_CONDITION_HEART_CONDITION      18 /**< A heart condition (angina, recent heart attack, heart failure, severe aortic stenosis). [`heart-condition`] */
#define BRF_CONDITION_BLOOD_PRESSURE       19 /**< Uncontrolled high or low blood pressure. [`blood-pressure`] */
#define BRF_CONDITION_COLD_SENSITIVITY     20 /**< Cold sensitivity (Raynaud's, cold urticaria). [`cold-sensitivity`] */
#define BRF_CONDITION_DIABETES             21 /**< Diabetes. [`diabetes`] */
#define BRF_CONDITION_SKIN_CONDITION       22 /**< A skin condition in the area. [`skin-condition`] */
#define BRF_CONDITION_FEVER                23 /**< Fever or an acute infection. [`fever`] */
#define BRF_CONDITION_ALCOHOL              24 /**< Alcohol taken recently. [`alcohol`] */
#define BRF_CONDITION_CANCER_HISTORY       25 /**< A history of cancer or a tumour. [`cancer-history`] */
#define BRF_CONDITION_INFLAMMATION         26 /**< Local tissue inflammation. [`inflammation`] */
#define BRF_CONDITION_COUNT                27 /**< Number of values this version knows. */
/** @} */

/**
 * @defgroup vocab_action Contraindication actions
 * @brief What to do when a contraindication's condition applies.
 * @{
 */
#define BRF_ACTION_SKIP          0  /**< Do not do the exercise. [`skip`] */
#define BRF_ACTION_MODIFY        1  /**< Do it in the modified way the note describes. [`modify`] */
#define BRF_ACTION_ASK_CLINICIAN 2  /**< Ask a clinician before doing it. [`ask-clinician`] */
#define BRF_ACTION_COUNT         3  /**< Number of values this version knows. */
/** @} */

/**
 * @defgroup vocab_source_kind Source kinds
 * @brief Where a piece of content comes from.
 * @{
 */
#define BRF_SOURCE_SEED      0  /**< One of the seed articles; the reference is its file name. [`seed`] */
#define BRF_SOURCE_GUIDELINE 1  /**< A clinical guideline or an official patient page; the reference is its name. [`guideline`] */
#define BRF_SOURCE_PAPER     2  /**< A paper or review; the reference is its citation. [`paper`] */
#define BRF_SOURCE_DATABASE  3  /**< An exercise database (such as free-exercise-db); the reference names the database and its entry. [`database`] */
#define BRF_SOURCE_COUNT     4  /**< Number of values this version knows. */
/** @} */

/**
 * @defgroup vocab_kind Vocabulary kinds and conversion
 * @brief Convert between the pinned constants and their JSON ids.
 *
 * Each kind below names one of the vocabularies above. The functions are
 * pure: they read static tables only and are safe from any thread.
 * @{
 */
#define BRF_VOCAB_MODALITY 0    /**< Modalities (`BRF_MODALITY_*`). */
#define BRF_VOCAB_REGION 1      /**< Body regions (`BRF_REGION_*`). */
#define BRF_VOCAB_EQUIPMENT 2   /**< Equipment (`BRF_EQUIPMENT_*`). */
#define BRF_VOCAB_LEVEL 3       /**< Levels (`BRF_LEVEL_*`). */
#define BRF_VOCAB_LATERALITY 4  /**< Laterality (`BRF_LATERALITY_*`). */
#define BRF_VOCAB_POSITION 5    /**< Starting positions (`BRF_POSITION_*`). */
#define BRF_VOCAB_CONDITION 6   /**< Conditions (`BRF_CONDITION_*`). */
#define BRF_VOCAB_ACTION 7      /**< Contraindication actions (`BRF_ACTION_*`). */
#define BRF_VOCAB_SOURCE_KIND 8 /**< Source kinds (`BRF_SOURCE_*`). */
#define BRF_VOCAB_KIND_COUNT 9  /**< Number of vocabulary kinds this version knows. */

/**
 * @brief The JSON id of a vocabulary value, such as "lower-back".
 * @param kind A `BRF_VOCAB_*` kind.
 * @param value A constant of that kind.
 * @return A static NUL-terminated string, or NULL when @p kind or @p value is
 *         unknown. Thread-safe.
 * @retval_on_fail{NULL}
 */
BRF_EXPORT const char *brf_vocab_id(int32_t kind, int32_t value);

/**
 * @brief The constant for a JSON id (exact, lowercase match).
 * @param kind A `BRF_VOCAB_*` kind.
 * @param id A NUL-terminated id such as "foam-roller".
 * @param[out] out_value Receives the constant; left unchanged on failure.
 * @return ::BRF_OK; ::BRF_E_INVALID when @p id or @p out_value is NULL or
 *         @p kind is unknown; ::BRF_E_NOT_FOUND when the id is not in that
 *         vocabulary. Writes no error message (it has no context). Thread-safe.
 * @deprecated Use brf_vocab_from_id() (which takes the id's length) or the
 *             vocabulary's own brf_<family>_from_id(), such as brf_region_from_id().
 */
BRF_EXPORT brf_status brf_vocab_parse(int32_t kind, const char *id, int32_t *out_value);

/**
 * @brief The display label of a vocabulary value in a chosen language, such
 *        as "foam roller" (en), "Faszienrolle" (de), "rodillo de espuma" (es).
 *
 * The words a person reads, where brf_vocab_id() gives the id, which is a
 * contract ("foam-roller", "knee-problems"). Labels are lower case except
 * where the language writes a capital (German nouns), with no full stop.
 * The language is found by the fallbacks of brf_context_set_locale()
 * ("de-AT" reads German); a language without texts ("sv"), a malformed tag
 * or a build without translations (BRF_WITH_TRANSLATIONS=OFF) reads English.
 * The labels are data (data/messages/vocab.json and its translations,
 * docs/localisation.md). The planner's and the checks' texts in a language
 * other than English name equipment, conditions, levels and regions by
 * these labels; English texts keep the ids. Pure and thread-safe: it writes
 * no context.
 * @param kind A `BRF_VOCAB_*` kind.
 * @param value A constant of that kind.
 * @param locale A BCP 47 tag such as "en", "de" or "fr-CA".
 * @return A static NUL-terminated string.
 * @retval_on_fail{NULL} when @p kind or @p value is unknown or @p locale is NULL.
 */
BRF_EXPORT const char *brf_vocab_label(int32_t kind, int32_t value, const char *locale);

/**
 * @brief The number of values a vocabulary has; values run from 0 to count - 1.
 * @param kind A `BRF_VOCAB_*` kind.
 * @return The count (the kind's `_COUNT` constant), or 0 for an unknown kind.
 * @retval_on_fail{0}
 */
BRF_EXPORT size_t brf_vocab_count(int32_t kind);

/**
 * @brief The name of a vocabulary kind, such as "equipment".
 * @param kind A `BRF_VOCAB_*` kind.
 * @return A static string, or NULL for an unknown kind.
 * @retval_on_fail{NULL}
 * @deprecated Use brf_vocab_kind_id() (the same string) and brf_vocab_kind_from_id().
 */
BRF_EXPORT const char *brf_vocab_kind_name(int32_t kind);

/* The one id pattern (docs/conventions.md, "Names"): brf_vocab_id() with
 * brf_vocab_from_id() for any kind, and brf_<family>_id() with
 * brf_<family>_from_id() for each vocabulary. */

/**
 * @brief The constant for a JSON id of a vocabulary (exact, case-sensitive match).
 * @param kind A `BRF_VOCAB_*` kind.
 * @param text The id, such as "foam-roller"; need not be NUL-terminated.
 * @param len The length of @p text in bytes.
 * @param[out] out Receives the constant; untouched on failure.
 * @return ::BRF_OK; ::BRF_E_INVALID when @p text or @p out is NULL or
 *         @p kind is unknown; ::BRF_E_NOT_FOUND when the id is not in that
 *         vocabulary. No context is involved, so no message is set. Thread-safe.
 */
BRF_EXPORT brf_status brf_vocab_from_id(int32_t kind, const char *text, size_t len,
                                        int32_t *out);

/**
 * @brief The id of a modality, such as "self-massage".
 * @param value A `BRF_MODALITY_*` value.
 * @return A static NUL-terminated string, or NULL for an unknown value.
 *         Thread-safe.
 * @retval_on_fail{NULL}
 */
BRF_EXPORT const char *brf_modality_id(int32_t value);

/**
 * @brief The modality with an id (exact, case-sensitive match).
 * @param text The id, such as "self-massage"; need not be NUL-terminated.
 * @param len The length of @p text in bytes.
 * @param[out] out Receives the `BRF_MODALITY_*` value; untouched on failure.
 * @return ::BRF_OK; ::BRF_E_INVALID when @p text or @p out is NULL;
 *         ::BRF_E_NOT_FOUND for an unknown id. No context is involved, so no
 *         message is set. Thread-safe.
 */
BRF_EXPORT brf_status brf_modality_from_id(const char *text, size_t len, int32_t *out);

/**
 * @brief The id of a body region, such as "lower-back".
 * @param value A `BRF_REGION_*` value.
 * @return A static NUL-terminated string, or NULL for an unknown value.
 *         Thread-safe.
 * @retval_on_fail{NULL}
 */
BRF_EXPORT const char *brf_region_id(int32_t value);

/**
 * @brief The body region with an id (exact, case-sensitive match).
 * @param text The id, such as "lower-back"; need not be NUL-terminated.
 * @param len The length of @p text in bytes.
 * @param[out] out Receives the `BRF_REGION_*` value; untouched on failure.
 * @return ::BRF_OK; ::BRF_E_INVALID when @p text or @p out is NULL;
 *         ::BRF_E_NOT_FOUND for an unknown id. No context is involved, so no
 *         message is set. Thread-safe.
 */
BRF_EXPORT brf_status brf_region_from_id(const char *text, size_t len, int32_t *out);

/**
 * @brief The id of a piece of equipment, such as "foam-roller".
 * @param value A `BRF_EQUIPMENT_*` value.
 * @return A static NUL-terminated string, or NULL for an unknown value.
 *         Thread-safe.
 * @retval_on_fail{NULL}
 */
BRF_EXPORT const char *brf_equipment_id(int32_t value);

/**
 * @brief The piece of equipment with an id (exact, case-sensitive match).
 * @param text The id, such as "foam-roller"; need not be NUL-terminated.
 * @param len The length of @p text in bytes.
 * @param[out] out Receives the `BRF_EQUIPMENT_*` value; untouched on failure.
 * @return ::BRF_OK; ::BRF_E_INVALID when @p text or @p out is NULL;
 *         ::BRF_E_NOT_FOUND for an unknown id. No context is involved, so no
 *         message is set. Thread-safe.
 */
BRF_EXPORT brf_status brf_equipment_from_id(const char *text, size_t len, int32_t *out);

/**
 * @brief The id of a level, such as "beginner".
 * @param value A `BRF_LEVEL_*` value.
 * @return A static NUL-terminated string, or NULL for an unknown value.
 *         Thread-safe.
 * @retval_on_fail{NULL}
 */
BRF_EXPORT const char *brf_level_id(int32_t value);

/**
 * @brief The level with an id (exact, case-sensitive match).
 * @param text The id, such as "beginner"; need not be NUL-terminated.
 * @param len The length of @p text in bytes.
 * @param[out] out Receives the `BRF_LEVEL_*` value; untouched on failure.
 * @return ::BRF_OK; ::BRF_E_INVALID when @p text or @p out is NULL;
 *         ::BRF_E_NOT_FOUND for an unknown id. No context is involved, so no
 *         message is set. Thread-safe.
 */
BRF_EXPORT brf_status brf_level_from_id(const char *text, size_t len, int32_t *out);

/**
 * @brief The id of a laterality, such as "each-side".
 *
 * How an exercise works the two sides; the dose's `BRF_SIDES_*` codes have
 * the same values and ids. Not a segment's `BRF_SIDE_*` (brf_side_id()).
 * @param value A `BRF_LATERALITY_*` value.
 * @return A static NUL-terminated string, or NULL for an unknown value.
 *         Thread-safe.
 * @retval_on_fail{NULL}
 */
BRF_EXPORT const char *brf_laterality_id(int32_t value);

/**
 * @brief The laterality with an id (exact, case-sensitive match).
 *
 * How an exercise works the two sides; the dose's `BRF_SIDES_*` codes have
 * the same values and ids. Not a segment's `BRF_SIDE_*` (brf_side_id()).
 * @param text The id, such as "each-side"; need not be NUL-terminated.
 * @param len The length of @p text in bytes.
 * @param[out] out Receives the `BRF_LATERALITY_*` value; untouched on failure.
 * @return ::BRF_OK; ::BRF_E_INVALID when @p text or @p out is NULL;
 *         ::BRF_E_NOT_FOUND for an unknown id. No context is involved, so no
 *         message is set. Thread-safe.
 */
BRF_EXPORT brf_status brf_laterality_from_id(const char *text, size_t len, int32_t *out);

/**
 * @brief The id of a starting position, such as "half-kneeling".
 * @param value A `BRF_POSITION_*` value.
 * @return A static NUL-terminated string, or NULL for an unknown value.
 *         Thread-safe.
 * @retval_on_fail{NULL}
 */
BRF_EXPORT const char *brf_position_id(int32_t value);

/**
 * @brief The starting position with an id (exact, case-sensitive match).
 * @param text The id, such as "half-kneeling"; need not be NUL-terminated.
 * @param len The length of @p text in bytes.
 * @param[out] out Receives the `BRF_POSITION_*` value; untouched on failure.
 * @return ::BRF_OK; ::BRF_E_INVALID when @p text or @p out is NULL;
 *         ::BRF_E_NOT_FOUND for an unknown id. No context is involved, so no
 *         message is set. Thread-safe.
 */
BRF_EXPORT brf_status brf_position_from_id(const char *text, size_t len, int32_t *out);

/**
 * @brief The id of a condition, such as "knee-problems".
 * @param value A `BRF_CONDITION_*` value.
 * @return A static NUL-terminated string, or NULL for an unknown value.
 *         Thread-safe.
 * @retval_on_fail{NULL}
 */
BRF_EXPORT const char *brf_condition_id(int32_t value);

/**
 * @brief The condition with an id (exact, case-sensitive match).
 * @param text The id, such as "knee-problems"; need not be NUL-terminated.
 * @param len The length of @p text in bytes.
 * @param[out] out Receives the `BRF_CONDITION_*` value; untouched on failure.
 * @return ::BRF_OK; ::BRF_E_INVALID when @p text or @p out is NULL;
 *         ::BRF_E_NOT_FOUND for an unknown id. No context is involved, so no
 *         message is set. Thread-safe.
 */
BRF_EXPORT brf_status brf_condition_from_id(const char *text, size_t len, int32_t *out);

/**
 * @brief The id of a contraindication action, such as "ask-clinician".
 * @param value A `BRF_ACTION_*` value.
 * @return A static NUL-terminated string, or NULL for an unknown value.
 *         Thread-safe.
 * @retval_on_fail{NULL}
 */
BRF_EXPORT const char *brf_action_id(int32_t value);

/**
 * @brief The contraindication action with an id (exact, case-sensitive match).
 * @param text The id, such as "ask-clinician"; need not be NUL-terminated.
 * @param len The length of @p text in bytes.
 * @param[out] out Receives the `BRF_ACTION_*` value; untouched on failure.
 * @return ::BRF_OK; ::BRF_E_INVALID when @p text or @p out is NULL;
 *         ::BRF_E_NOT_FOUND for an unknown id. No context is involved, so no
 *         message is set. Thread-safe.
 */
BRF_EXPORT brf_status brf_action_from_id(const char *text, size_t len, int32_t *out);

/**
 * @brief The id of a source kind, such as "guideline".
 * @param value A `BRF_SOURCE_*` value.
 * @return A static NUL-terminated string, or NULL for an unknown value.
 *         Thread-safe.
 * @retval_on_fail{NULL}
 */
BRF_EXPORT const char *brf_source_kind_id(int32_t value);

/**
 * @brief The source kind with an id (exact, case-sensitive match).
 * @param text The id, such as "guideline"; need not be NUL-terminated.
 * @param len The length of @p text in bytes.
 * @param[out] out Receives the `BRF_SOURCE_*` value; untouched on failure.
 * @return ::BRF_OK; ::BRF_E_INVALID when @p text or @p out is NULL;
 *         ::BRF_E_NOT_FOUND for an unknown id. No context is involved, so no
 *         message is set. Thread-safe.
 */
BRF_EXPORT brf_status brf_source_kind_from_id(const char *text, size_t len, int32_t *out);

/**
 * @brief The id of a vocabulary kind, such as "source-kind".
 *
 * The ids are the names brf_vocab_kind_name() gives.
 * @param value A `BRF_VOCAB_*` value.
 * @return A static NUL-terminated string, or NULL for an unknown value.
 *         Thread-safe.
 * @retval_on_fail{NULL}
 */
BRF_EXPORT const char *brf_vocab_kind_id(int32_t value);

/**
 * @brief The vocabulary kind with an id (exact, case-sensitive match).
 *
 * The ids are the names brf_vocab_kind_name() gives.
 * @param text The id, such as "source-kind"; need not be NUL-terminated.
 * @param len The length of @p text in bytes.
 * @param[out] out Receives the `BRF_VOCAB_*` value; untouched on failure.
 * @return ::BRF_OK; ::BRF_E_INVALID when @p text or @p out is NULL;
 *         ::BRF_E_NOT_FOUND for an unknown id. No context is involved, so no
 *         message is set. Thread-safe.
 */
BRF_EXPORT brf_status brf_vocab_kind_from_id(const char *text, size_t len, int32_t *out);
/** @} */

#ifdef __cplusplus
}
#endif

#endif /* BACKRELIEF_VOCAB_H */
