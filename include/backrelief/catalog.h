/**
 * @file catalog.h
 * @brief The exercise catalog: exercises with their technique, doses and
 *        sources, the built-in back-relief catalog, custom exercises, and
 *        queries.
 *
 * A ::brf_catalog holds exercises in catalog order (the order they were
 * added; the built-in catalog keeps the order of data/catalog/builtin.json).
 * A ::brf_exercise is always borrowed from its catalog, and so is every
 * string its getters return (UTF-8). One rule covers them all: they stay
 * valid until the catalog is freed, whatever changes it meanwhile. An
 * exercise replaced by brf_catalog_set_default_dose() is kept, unchanged,
 * until then: a pointer taken before the change still reads the old dose, and
 * brf_catalog_find() gives the new one. Queries never hand out a replaced
 * exercise (see @ref query). The rule for every kind of borrowed pointer is
 * the table "Borrowed pointers and what invalidates them" of
 * docs/conventions.md. Vocabulary values are the pinned constants of
 * @ref vocab.h.
 *
 * Threading: a catalog belongs to one thread at a time until
 * brf_catalog_freeze() (until then even its `const` readers may fill it in:
 * see brf_catalog_from_image()); afterwards every function taking a `const`
 * catalog or exercise may be called from many threads at once (none of them
 * writes to the catalog or its context), and every mutating call returns
 * ::BRF_E_STATE.
 */
#ifndef BACKRELIEF_CATALOG_H
#define BACKRELIEF_CATALOG_H

#include "backrelief/core.h"
#include "backrelief/vocab.h"

#ifdef __cplusplus
extern "C" {
#endif

/** An opaque catalog of exercises. */
typedef struct brf_catalog brf_catalog;
/** An opaque exercise, always borrowed from a ::brf_catalog. */
typedef struct brf_exercise brf_exercise;
/** An opaque builder for a custom exercise, added with brf_catalog_add(). */
typedef struct brf_exercise_draft brf_exercise_draft;
/** An opaque query over a catalog (filters, results, cursor). */
typedef struct brf_query brf_query;

/**
 * @defgroup catalog Catalogs
 * @{
 */

/**
 * @brief Open the built-in back-relief catalog (see docs/catalog.md).
 *
 * The exercises are static data compiled into the library: only the handle
 * is allocated, and the exercise pointers point into read-only data.
 * @param ctx The context.
 * @param[out] out Receives the catalog (free with brf_catalog_free()); NULL on failure.
 * @return ::BRF_OK; ::BRF_E_INVALID when an argument is NULL; ::BRF_E_NOMEM;
 *         ::BRF_E_UNSUPPORTED when the library was built without
 *         `BRF_WITH_BUILTIN_CATALOG`.
 */
BRF_EXPORT brf_status brf_catalog_new_builtin(brf_context *ctx, brf_catalog **out);

/**
 * @brief Create an empty catalog, for custom or imported exercises.
 * @param ctx The context.
 * @param[out] out Receives the catalog (free with brf_catalog_free()); NULL on failure.
 * @return ::BRF_OK, ::BRF_E_INVALID when an argument is NULL, ::BRF_E_NOMEM.
 */
BRF_EXPORT brf_status brf_catalog_new_empty(brf_context *ctx, brf_catalog **out);

/**
 * @brief Free a catalog and every exercise it owns.
 *
 * Exercise pointers and strings taken from it become invalid, and so do its
 * queries (free them first: a query borrows its catalog).
 * @param cat The catalog, or NULL (no-op).
 */
BRF_EXPORT void brf_catalog_free(brf_catalog *cat);

/**
 * @brief The number of exercises.
 * @param cat The catalog.
 * @return The count; 0 when @p cat is NULL.
 * @retval_on_fail{0}
 */
BRF_EXPORT size_t brf_catalog_count(const brf_catalog *cat);

/**
 * @brief The exercise at an index, in catalog order.
 * @param cat The catalog.
 * @param index 0 to brf_catalog_count() - 1.
 * @return A borrowed exercise (see the file comment for its lifetime), or NULL
 *         when @p cat is NULL or @p index is out of range.
 * @retval_on_fail{NULL}
 */
BRF_EXPORT const brf_exercise *brf_catalog_at(const brf_catalog *cat, size_t index);

/**
 * @brief Find an exercise by id (exact match), in constant or logarithmic time.
 * @param cat The catalog.
 * @param id The exercise id, such as "glute-ball-release".
 * @return A borrowed exercise, or NULL when there is none or an argument is
 *         NULL. Writes nothing to the context, so it is safe on a frozen
 *         catalog from many threads.
 * @retval_on_fail{NULL}
 */
BRF_EXPORT const brf_exercise *brf_catalog_find(const brf_catalog *cat, const char *id);

/**
 * @brief Add a custom exercise: every string and list of @p draft is copied.
 *
 * The draft needs an id, a name and a modality. Nothing changes in the
 * catalog when the call fails.
 * @param cat The catalog.
 * @param draft The exercise to copy; it stays owned by the caller and unchanged.
 * @return ::BRF_OK; ::BRF_E_INVALID when an argument is NULL, the draft has no
 *         id, an empty name or no modality, or the id is already in the catalog
 *         (the message names the id); ::BRF_E_STATE when the catalog is frozen;
 *         ::BRF_E_NOMEM.
 */
BRF_EXPORT brf_status brf_catalog_add(brf_catalog *cat, const brf_exercise_draft *draft);

/**
 * @brief Replace the default dose of one exercise.
 *
 * Any valid dose notation is accepted (brf_dosage_parse()) and stored in
 * canonical notation, with the session time the longest-duration query
 * filter uses (none when the dose has no reps, duration or hold). The
 * exercise is replaced by a new one: brf_catalog_find() and
 * brf_catalog_at() give the new pointer. Pointers taken before stay valid
 * until the catalog is freed and read the exercise as it was (the old dose);
 * the replaced copy is kept that long (built-in exercises are static data
 * and cost nothing). An app that changes doses without end in a long-lived
 * catalog can copy it with brf_catalog_merge() into a new empty catalog and
 * free the old one. Queries of this catalog run again before they hand out
 * another result (see brf_query_next()).
 * @param cat The catalog.
 * @param id The exercise id.
 * @param notation The new dose, such as "3x10, each side".
 * @return ::BRF_OK; ::BRF_E_INVALID when an argument is NULL or @p notation is
 *         empty or not UTF-8; ::BRF_E_PARSE or ::BRF_E_RANGE when it is not
 *         valid dose notation (the parser's message and column stay in the
 *         context); ::BRF_E_NOT_FOUND when no exercise has @p id;
 *         ::BRF_E_STATE when frozen; ::BRF_E_NOMEM.
 */
BRF_EXPORT brf_status brf_catalog_set_default_dose(brf_catalog *cat, const char *id,
                                                   const char *notation);

/**
 * @brief Append the exercises of @p src that @p dst does not have.
 *
 * Conflict policy: ids are unique, and on a conflict the exercise already in
 * @p dst wins (the one in @p src is skipped). New exercises are appended in
 * @p src's order and copied (built-in static data is shared, not copied), so
 * @p src may be freed afterwards. All or nothing: on failure @p dst is unchanged.
 * @param dst The catalog to add to.
 * @param src The catalog to read from (may be frozen; may equal @p dst, a no-op).
 * @return ::BRF_OK; ::BRF_E_INVALID when an argument is NULL; ::BRF_E_STATE
 *         when @p dst is frozen; ::BRF_E_NOMEM.
 */
BRF_EXPORT brf_status brf_catalog_merge(brf_catalog *dst, const brf_catalog *src);

/**
 * @brief Make the catalog read-only, for sharing between threads.
 *
 * Afterwards brf_catalog_add(), brf_catalog_set_default_dose() and
 * brf_catalog_merge() into it return ::BRF_E_STATE. Freezing cannot be undone.
 * Exercises of a catalog image not read yet are built now (see
 * brf_catalog_from_image()), so no reader writes a frozen catalog.
 * @param cat The catalog.
 * @return ::BRF_OK (also when already frozen), ::BRF_E_INVALID when @p cat is NULL.
 */
BRF_EXPORT brf_status brf_catalog_freeze(brf_catalog *cat);

/**
 * @brief Whether brf_catalog_freeze() was called.
 * @param cat The catalog.
 * @return 1 when frozen, 0 when not or when @p cat is NULL.
 * @retval_on_fail{0}
 */
BRF_EXPORT int32_t brf_catalog_is_frozen(const brf_catalog *cat);

/** @} */

/**
 * @defgroup catalog_image Catalog images
 * @brief A catalog as pre-parsed bytes that load in a fraction of the time
 *        of its JSON (docs/formats.md, "Catalog image").
 *
 * An image is a cache, not a record: keep the catalog document
 * (brf_catalog_to_json()) as the user's data and make the image from it.
 * Its bytes are the same on every machine (little-endian words, no
 * alignment needed), but only this image version reads: a library that
 * meets an image of another version answers ::BRF_E_SCHEMA, and the app
 * makes the image again from the document. A reader checks an image as it
 * checks a document (every reference, value, id and dose), so bytes that
 * are damaged or made up give an error, never a wrong catalog or a crash.
 * These functions answer ::BRF_E_UNSUPPORTED in a build without them
 * (`BRF_WITH_CATALOG_IMAGE=OFF`).
 * @{
 */

/** Flag of brf_catalog_from_image() and brf_catalog_merge_image(): the
 * catalog's texts point into the caller's image instead of a copy. The
 * caller keeps the image's bytes alive and unchanged until the catalog, and
 * every catalog it was merged into, is freed (a file mapped for the life of
 * the process, for example). */
#define BRF_CATALOG_IMAGE_BORROW 1u

/**
 * @brief Write a catalog as a catalog image.
 *
 * Every exercise of the catalog, in its order, with every field, as
 * brf_catalog_to_json() writes them: brf_catalog_from_image() of the result
 * gives a catalog whose brf_catalog_to_json() is byte for byte that of
 * @p cat.
 * @param ctx The context whose allocator provides the bytes.
 * @param cat The catalog (may be frozen).
 * @param flags 0.
 * @param[out] out Receives the image's bytes (binary: they contain NULs, so
 *             use @p out_len, not strlen), owned by the caller and freed
 *             with brf_free(); NULL on failure. `char` like every owned
 *             output of the API, so bindings receive it the same way.
 * @param[out] out_len Receives its length in bytes (may be NULL; untouched on
 *             failure).
 * @return ::BRF_OK; ::BRF_E_INVALID for a NULL @p ctx, @p cat or @p out, or
 *         unknown flags; ::BRF_E_LIMIT when the image would exceed the
 *         context's ::BRF_LIMIT_OUTPUT_BYTES; ::BRF_E_RANGE for a catalog
 *         too large for an image (4 GiB); ::BRF_E_NOMEM.
 */
BRF_EXPORT brf_status brf_catalog_to_image(brf_context *ctx, const brf_catalog *cat,
                                           uint32_t flags, char **out, size_t *out_len);

/**
 * @brief Read a catalog image into a new catalog.
 *
 * The whole image is checked here. With ::BRF_CATALOG_IMAGE_BORROW each
 * exercise is then built only when first read (brf_catalog_at(),
 * brf_catalog_find(), a query with text, the planner, ...), into memory taken
 * now, so reading never fails and a start-up that reads a few of many
 * exercises builds only those; brf_catalog_freeze() builds the rest. With
 * copied texts every exercise is built before this returns.
 * @param ctx The context.
 * @param image The image's bytes (any alignment); NULL only with @p len 0.
 * @param len Its length in bytes.
 * @param flags 0 (the texts are copied) or ::BRF_CATALOG_IMAGE_BORROW.
 * @param[out] out Receives the catalog (free with brf_catalog_free()); NULL
 *             on failure.
 * @return ::BRF_OK; ::BRF_E_PARSE for bytes that are not a catalog image or
 *         a damaged one (wrong length, texts not valid UTF-8); ::BRF_E_SCHEMA
 *         for an image of another version, or one whose exercise is not
 *         valid (a reference or list outside the image, an unknown
 *         vocabulary value, an id that is not a slug or appears twice, an
 *         empty required text, a dose that does not parse or is not written
 *         in its canonical notation: the message names the exercise's index);
 *         ::BRF_E_RANGE for a dose out of bounds; ::BRF_E_LIMIT above the
 *         context's ::BRF_LIMIT_INPUT_BYTES; ::BRF_E_INVALID for a NULL
 *         argument or unknown flags; ::BRF_E_NOMEM.
 */
BRF_EXPORT brf_status brf_catalog_from_image(brf_context *ctx, const void *image, size_t len,
                                             uint32_t flags, brf_catalog **out);

/**
 * @brief Add the exercises of a catalog image to a catalog.
 *
 * As brf_catalog_merge() of brf_catalog_from_image()'s catalog, without the
 * copy: on a conflict of ids the exercise already in @p dst wins; all or
 * nothing (on any failure @p dst is unchanged).
 * @param dst The catalog to add to (not frozen).
 * @param image The image's bytes; NULL only with @p len 0.
 * @param len Its length in bytes.
 * @param flags 0 or ::BRF_CATALOG_IMAGE_BORROW (then the image must outlive
 *        @p dst).
 * @return As brf_catalog_from_image(); ::BRF_E_STATE when @p dst is frozen;
 *         ::BRF_E_INVALID for a NULL @p dst.
 */
BRF_EXPORT brf_status brf_catalog_merge_image(brf_catalog *dst, const void *image, size_t len,
                                              uint32_t flags);

/** @} */

/**
 * @defgroup exercise Exercise fields
 * @brief Getters; strings are borrowed from the catalog (see @ref catalog.h).
 *
 * Every getter accepts NULL and then returns NULL, 0 or -1. List getters
 * come as `_count` plus `_at`-style accessors by index; an index out of range
 * gives NULL or -1.
 * @{
 */

/**
 * @brief The stable id, a lowercase ASCII slug such as "cat-camel".
 * @param ex The exercise.
 * @return A borrowed string, or NULL when @p ex is NULL.
 * @retval_on_fail{NULL}
 */
BRF_EXPORT const char *brf_exercise_id(const brf_exercise *ex);
/**
 * @brief The display name.
 * @param ex The exercise.
 * @return A borrowed string, or NULL when @p ex is NULL.
 * @retval_on_fail{NULL}
 */
BRF_EXPORT const char *brf_exercise_name(const brf_exercise *ex);
/**
 * @brief A one-line summary.
 * @param ex The exercise.
 * @return A borrowed string ("" when none), or NULL when @p ex is NULL.
 * @retval_on_fail{NULL}
 */
BRF_EXPORT const char *brf_exercise_summary(const brf_exercise *ex);
/**
 * @brief The modality.
 * @param ex The exercise.
 * @return A `BRF_MODALITY_*` value, or -1 when @p ex is NULL.
 * @retval_on_fail{-1}
 */
BRF_EXPORT int32_t brf_exercise_modality(const brf_exercise *ex);
/**
 * @brief The level.
 * @param ex The exercise.
 * @return A `BRF_LEVEL_*` value, or -1 when @p ex is NULL.
 * @retval_on_fail{-1}
 */
BRF_EXPORT int32_t brf_exercise_level(const brf_exercise *ex);
/**
 * @brief How the sides of the body are worked.
 * @param ex The exercise.
 * @return A `BRF_LATERALITY_*` value, or -1 when @p ex is NULL.
 * @retval_on_fail{-1}
 */
BRF_EXPORT int32_t brf_exercise_laterality(const brf_exercise *ex);
/**
 * @brief The starting position.
 * @param ex The exercise.
 * @return A `BRF_POSITION_*` value, or -1 when not given or @p ex is NULL.
 * @deprecated Use brf_exercise_position_get(): -1 is also the answer for an
 *             exercise without a position.
 * @retval_on_fail{-1}
 */
BRF_EXPORT int32_t brf_exercise_position(const brf_exercise *ex);

/**
 * @brief The starting position, with a status that tells a failure from "no position".
 * @param ex The exercise.
 * @param[out] out Receives a `BRF_POSITION_*` value, or -1 when the exercise gives none; untouched
 *             on failure.
 * @return ::BRF_OK; ::BRF_E_INVALID (NULL @p ex or @p out).
 *         Records nothing in a context, so it may read a shared object
 *         (docs/conventions.md, "Sentinels").
 */
BRF_EXPORT brf_status brf_exercise_position_get(const brf_exercise *ex, int32_t *out);
/**
 * @brief The default dose in the dose notation, such as "10min, each side, daily".
 * @param ex The exercise.
 * @return A borrowed string ("" when none), or NULL when @p ex is NULL.
 * @retval_on_fail{NULL}
 */
BRF_EXPORT const char *brf_exercise_default_dose(const brf_exercise *ex);
/**
 * @brief Why the default dose was chosen where sources disagree.
 * @param ex The exercise.
 * @return A borrowed string ("" when none), or NULL when @p ex is NULL.
 * @retval_on_fail{NULL}
 */
BRF_EXPORT const char *brf_exercise_dose_note(const brf_exercise *ex);

/**
 * @brief The number of aliases (other names).
 * @param ex The exercise.
 * @return The count; 0 when @p ex is NULL.
 * @retval_on_fail{0}
 */
BRF_EXPORT size_t brf_exercise_alias_count(const brf_exercise *ex);
/**
 * @brief One alias.
 * @param ex The exercise.
 * @param index 0 to brf_exercise_alias_count() - 1.
 * @return A borrowed string, or NULL when out of range.
 * @retval_on_fail{NULL}
 */
BRF_EXPORT const char *brf_exercise_alias_at(const brf_exercise *ex, size_t index);

/**
 * @brief The number of body regions of one kind.
 * @param ex The exercise.
 * @param scope ::BRF_REGIONS_PRIMARY, ::BRF_REGIONS_SECONDARY or ::BRF_REGIONS_ANY
 *        (primary ones first, then secondary ones).
 * @return The count; 0 when @p ex is NULL or @p scope is unknown.
 * @retval_on_fail{0}
 */
BRF_EXPORT size_t brf_exercise_region_count(const brf_exercise *ex, int32_t scope);
/**
 * @brief One body region.
 * @param ex The exercise.
 * @param scope As for brf_exercise_region_count().
 * @param index 0 to brf_exercise_region_count() - 1.
 * @return A `BRF_REGION_*` value, or -1 when out of range.
 * @retval_on_fail{-1}
 */
BRF_EXPORT int32_t brf_exercise_region_at(const brf_exercise *ex, int32_t scope, size_t index);

#define BRF_REGIONS_PRIMARY 0   /**< Primary regions only. */
#define BRF_REGIONS_SECONDARY 1 /**< Secondary regions only. */
#define BRF_REGIONS_ANY 2       /**< Primary, then secondary regions. */

/**
 * @brief The number of equipment items needed (all of them).
 * @param ex The exercise.
 * @return The count; 0 when @p ex is NULL.
 * @retval_on_fail{0}
 */
BRF_EXPORT size_t brf_exercise_equipment_count(const brf_exercise *ex);
/**
 * @brief One equipment item.
 * @param ex The exercise.
 * @param index 0 to brf_exercise_equipment_count() - 1.
 * @return A `BRF_EQUIPMENT_*` value, or -1 when out of range.
 * @retval_on_fail{-1}
 */
BRF_EXPORT int32_t brf_exercise_equipment_at(const brf_exercise *ex, size_t index);

/**
 * @brief The number of step-by-step instructions.
 * @param ex The exercise.
 * @return The count; 0 when @p ex is NULL.
 * @retval_on_fail{0}
 */
BRF_EXPORT size_t brf_exercise_instruction_count(const brf_exercise *ex);
/**
 * @brief One instruction step, in order.
 * @param ex The exercise.
 * @param index 0 to brf_exercise_instruction_count() - 1.
 * @return A borrowed string, or NULL when out of range.
 * @retval_on_fail{NULL}
 */
BRF_EXPORT const char *brf_exercise_instruction_at(const brf_exercise *ex, size_t index);

/**
 * @brief The number of technique cues.
 * @param ex The exercise.
 * @return The count; 0 when @p ex is NULL.
 * @retval_on_fail{0}
 */
BRF_EXPORT size_t brf_exercise_cue_count(const brf_exercise *ex);
/**
 * @brief One technique cue.
 * @param ex The exercise.
 * @param index 0 to brf_exercise_cue_count() - 1.
 * @return A borrowed string, or NULL when out of range.
 * @retval_on_fail{NULL}
 */
BRF_EXPORT const char *brf_exercise_cue_at(const brf_exercise *ex, size_t index);

/**
 * @brief The number of cautions.
 * @param ex The exercise.
 * @return The count; 0 when @p ex is NULL.
 * @retval_on_fail{0}
 */
BRF_EXPORT size_t brf_exercise_caution_count(const brf_exercise *ex);
/**
 * @brief One caution.
 * @param ex The exercise.
 * @param index 0 to brf_exercise_caution_count() - 1.
 * @return A borrowed string, or NULL when out of range.
 * @retval_on_fail{NULL}
 */
BRF_EXPORT const char *brf_exercise_caution_at(const brf_exercise *ex, size_t index);

/**
 * @brief The number of contraindications (condition plus action).
 * @param ex The exercise.
 * @return The count; 0 when @p ex is NULL.
 * @retval_on_fail{0}
 */
BRF_EXPORT size_t brf_exercise_contraindication_count(const brf_exercise *ex);
/**
 * @brief The condition of one contraindication.
 * @param ex The exercise.
 * @param index 0 to brf_exercise_contraindication_count() - 1.
 * @return A `BRF_CONDITION_*` value, or -1 when out of range.
 * @retval_on_fail{-1}
 */
BRF_EXPORT int32_t brf_exercise_contraindication_condition(const brf_exercise *ex, size_t index);
/**
 * @brief What to do when the condition applies.
 * @param ex The exercise.
 * @param index 0 to brf_exercise_contraindication_count() - 1.
 * @return A `BRF_ACTION_*` value, or -1 when out of range.
 * @retval_on_fail{-1}
 */
BRF_EXPORT int32_t brf_exercise_contraindication_action(const brf_exercise *ex, size_t index);
/**
 * @brief The explanation or the modification of one contraindication.
 * @param ex The exercise.
 * @param index 0 to brf_exercise_contraindication_count() - 1.
 * @return A borrowed string ("" when none), or NULL when out of range.
 * @retval_on_fail{NULL}
 */
BRF_EXPORT const char *brf_exercise_contraindication_note(const brf_exercise *ex, size_t index);

/**
 * @brief The number of alternative doses that sources give.
 * @param ex The exercise.
 * @return The count; 0 when @p ex is NULL.
 * @retval_on_fail{0}
 */
BRF_EXPORT size_t brf_exercise_alternative_dose_count(const brf_exercise *ex);
/**
 * @brief One alternative dose, in the dose notation.
 * @param ex The exercise.
 * @param index 0 to brf_exercise_alternative_dose_count() - 1.
 * @return A borrowed string, or NULL when out of range.
 * @retval_on_fail{NULL}
 */
BRF_EXPORT const char *brf_exercise_alternative_dose_at(const brf_exercise *ex, size_t index);
/**
 * @brief The kind of source of one alternative dose.
 * @param ex The exercise.
 * @param index 0 to brf_exercise_alternative_dose_count() - 1.
 * @return A `BRF_SOURCE_*` value, or -1 when out of range.
 * @retval_on_fail{-1}
 */
BRF_EXPORT int32_t brf_exercise_alternative_dose_source_kind(const brf_exercise *ex,
                                                            size_t index);
/**
 * @brief The source of one alternative dose (a seed file name, guideline or citation).
 * @param ex The exercise.
 * @param index 0 to brf_exercise_alternative_dose_count() - 1.
 * @return A borrowed string, or NULL when out of range.
 * @retval_on_fail{NULL}
 */
BRF_EXPORT const char *brf_exercise_alternative_dose_source(const brf_exercise *ex, size_t index);
/**
 * @brief A note on one alternative dose (when it applies).
 * @param ex The exercise.
 * @param index 0 to brf_exercise_alternative_dose_count() - 1.
 * @return A borrowed string ("" when none), or NULL when out of range.
 * @retval_on_fail{NULL}
 */
BRF_EXPORT const char *brf_exercise_alternative_dose_note(const brf_exercise *ex, size_t index);

/**
 * @brief The number of progressions (harder versions).
 * @param ex The exercise.
 * @return The count; 0 when @p ex is NULL.
 * @retval_on_fail{0}
 */
BRF_EXPORT size_t brf_exercise_progression_count(const brf_exercise *ex);
/**
 * @brief The exercise id a progression links to.
 * @param ex The exercise.
 * @param index 0 to brf_exercise_progression_count() - 1.
 * @return A borrowed id, or NULL when the progression is a named variation
 *         (see brf_exercise_progression_text()) or out of range.
 * @deprecated Use brf_exercise_progression_exercise_get(): NULL is also the answer for a
 *             named variation.
 * @retval_on_fail{NULL}
 */
BRF_EXPORT const char *brf_exercise_progression_exercise(const brf_exercise *ex, size_t index);

/**
 * @brief The exercise id a progression links to, with a status that tells a bad index from a
 *        variation.
 * @param ex The exercise.
 * @param index The progression, 0 to brf_exercise_progression_count() - 1.
 * @param[out] out Receives a borrowed id (valid as long as the exercise), or NULL when the
 *             progression is a named variation (see brf_exercise_progression_text()); untouched on
 *             failure.
 * @return ::BRF_OK; ::BRF_E_INVALID (NULL @p ex or @p out); ::BRF_E_RANGE
 *         (@p index out of range).
 *         Records nothing in a context, so it may read a shared object
 *         (docs/conventions.md, "Sentinels").
 */
BRF_EXPORT brf_status brf_exercise_progression_exercise_get(const brf_exercise *ex, size_t index,
                                                            const char **out);
/**
 * @brief The description of a progression (the variation, or a note on the link).
 * @param ex The exercise.
 * @param index 0 to brf_exercise_progression_count() - 1.
 * @return A borrowed string ("" when none), or NULL when out of range.
 * @retval_on_fail{NULL}
 */
BRF_EXPORT const char *brf_exercise_progression_text(const brf_exercise *ex, size_t index);
/**
 * @brief The number of regressions (easier versions).
 * @param ex The exercise.
 * @return The count; 0 when @p ex is NULL.
 * @retval_on_fail{0}
 */
BRF_EXPORT size_t brf_exercise_regression_count(const brf_exercise *ex);
/**
 * @brief The exercise id a regression links to.
 * @param ex The exercise.
 * @param index 0 to brf_exercise_regression_count() - 1.
 * @return A borrowed id, or NULL for a named variation or out of range.
 * @deprecated Use brf_exercise_regression_exercise_get(): NULL is also the answer for a
 *             named variation.
 * @retval_on_fail{NULL}
 */
BRF_EXPORT const char *brf_exercise_regression_exercise(const brf_exercise *ex, size_t index);

/**
 * @brief The exercise id a regression links to, with a status that tells a bad index from a
 *        variation.
 * @param ex The exercise.
 * @param index The regression, 0 to brf_exercise_regression_count() - 1.
 * @param[out] out Receives a borrowed id (valid as long as the exercise), or NULL when the
 *             regression is a named variation (see brf_exercise_regression_text()); untouched on
 *             failure.
 * @return ::BRF_OK; ::BRF_E_INVALID (NULL @p ex or @p out); ::BRF_E_RANGE
 *         (@p index out of range).
 *         Records nothing in a context, so it may read a shared object
 *         (docs/conventions.md, "Sentinels").
 */
BRF_EXPORT brf_status brf_exercise_regression_exercise_get(const brf_exercise *ex, size_t index,
                                                           const char **out);
/**
 * @brief The description of a regression.
 * @param ex The exercise.
 * @param index 0 to brf_exercise_regression_count() - 1.
 * @return A borrowed string ("" when none), or NULL when out of range.
 * @retval_on_fail{NULL}
 */
BRF_EXPORT const char *brf_exercise_regression_text(const brf_exercise *ex, size_t index);

/**
 * @brief The number of sources of the exercise and its default dose.
 * @param ex The exercise.
 * @return The count; 0 when @p ex is NULL.
 * @retval_on_fail{0}
 */
BRF_EXPORT size_t brf_exercise_source_count(const brf_exercise *ex);
/**
 * @brief The kind of one source.
 * @param ex The exercise.
 * @param index 0 to brf_exercise_source_count() - 1.
 * @return A `BRF_SOURCE_*` value, or -1 when out of range.
 * @retval_on_fail{-1}
 */
BRF_EXPORT int32_t brf_exercise_source_kind(const brf_exercise *ex, size_t index);
/**
 * @brief One source's reference: a seed file name such as
 *        "001_1010ecec4874739b.txt", a guideline's name or a citation.
 * @param ex The exercise.
 * @param index 0 to brf_exercise_source_count() - 1.
 * @return A borrowed string, or NULL when out of range.
 * @retval_on_fail{NULL}
 */
BRF_EXPORT const char *brf_exercise_source_ref(const brf_exercise *ex, size_t index);
/**
 * @brief What one source contributes.
 * @param ex The exercise.
 * @param index 0 to brf_exercise_source_count() - 1.
 * @return A borrowed string ("" when none), or NULL when out of range.
 * @retval_on_fail{NULL}
 */
BRF_EXPORT const char *brf_exercise_source_note(const brf_exercise *ex, size_t index);

/**
 * @brief The number of media references (URIs).
 * @param ex The exercise.
 * @return The count; 0 when @p ex is NULL.
 * @retval_on_fail{0}
 */
BRF_EXPORT size_t brf_exercise_media_count(const brf_exercise *ex);
/**
 * @brief One media URI.
 * @param ex The exercise.
 * @param index 0 to brf_exercise_media_count() - 1.
 * @return A borrowed string, or NULL when out of range.
 * @retval_on_fail{NULL}
 */
BRF_EXPORT const char *brf_exercise_media_at(const brf_exercise *ex, size_t index);

/**
 * @name Exercise text in a chosen language
 * Selectors of brf_exercise_text(): which text of an exercise to read. They
 * are argument selectors with no text form (docs/conventions.md, "Families
 * without ids"). Values are pinned; new ones are added at the end.
 * @{
 */
#define BRF_EXERCISE_TEXT_NAME 0                 /**< brf_exercise_name() (index 0). */
#define BRF_EXERCISE_TEXT_SUMMARY 1              /**< brf_exercise_summary() (index 0). */
#define BRF_EXERCISE_TEXT_DOSE_NOTE 2            /**< brf_exercise_dose_note() (index 0). */
#define BRF_EXERCISE_TEXT_INSTRUCTION 3          /**< brf_exercise_instruction_at(). */
#define BRF_EXERCISE_TEXT_CUE 4                  /**< brf_exercise_cue_at(). */
#define BRF_EXERCISE_TEXT_CAUTION 5              /**< brf_exercise_caution_at(). */
#define BRF_EXERCISE_TEXT_CONTRAINDICATION_NOTE 6 /**< brf_exercise_contraindication_note(). */
#define BRF_EXERCISE_TEXT_ALTERNATIVE_DOSE_NOTE 7 /**< brf_exercise_alternative_dose_note(). */
#define BRF_EXERCISE_TEXT_PROGRESSION 8          /**< brf_exercise_progression_text(). */
#define BRF_EXERCISE_TEXT_REGRESSION 9           /**< brf_exercise_regression_text(). */
/** @} */

/**
 * @brief One text of an exercise in a chosen language, whatever language its catalog speaks.
 *
 * The getters above answer in the language of the catalog, which is the
 * locale of its context when brf_catalog_new_builtin() made it
 * (brf_context_set_locale()). This one takes the language as an argument, so
 * an app can show the English (source) text beside the translation, or
 * several languages from one catalog: `brf_exercise_text(ex,
 * BRF_EXERCISE_TEXT_NAME, 0, "en")`.
 *
 * For a built-in exercise (its text is the built-in catalog's in any
 * language: a dose changed with brf_catalog_set_default_dose() keeps it so)
 * the text is the translation into @p locale, found by the fallbacks of
 * brf_context_set_locale() ("de-AT" reads German); a language without
 * translations, or a malformed tag, reads English. Any other exercise (a
 * custom one, or one whose text was changed) has only its own text, which is
 * returned whatever @p locale says. Pure and thread-safe on a frozen catalog:
 * it writes no context.
 * @param ex The exercise.
 * @param field A `BRF_EXERCISE_TEXT_*` selector.
 * @param index For the list fields, 0 to their count - 1 (for example
 *        brf_exercise_instruction_count()); 0 for the name, summary and dose note.
 * @param locale A BCP 47 tag such as "en", "de" or "fr-CA".
 * @return A borrowed string with the lifetime of the exercise's own texts
 *         (static for the built-in catalog). The dose note, a contraindication
 *         note and an alternative dose's note may be "" (none).
 * @retval_on_fail{NULL} when @p ex or @p locale is NULL, @p field is unknown or
 *         @p index is out of range.
 */
BRF_EXPORT const char *brf_exercise_text(const brf_exercise *ex, int32_t field, size_t index,
                                         const char *locale);

/** @} */

/**
 * @defgroup draft Custom exercises
 * @brief Build an exercise field by field, then copy it into a catalog with
 *        brf_catalog_add().
 *
 * Every setter copies its strings and checks its input at once: a NULL draft
 * or string, invalid UTF-8, an empty required string or an unknown vocabulary
 * code gives ::BRF_E_INVALID (with a message) and leaves the draft unchanged.
 * A new draft has level beginner, laterality both sides, no position (-1) and
 * no modality. Setters return ::BRF_OK, ::BRF_E_INVALID or ::BRF_E_NOMEM.
 * @{
 */

/**
 * @brief Create an empty draft.
 * @param ctx The context.
 * @param[out] out Receives the draft (free with brf_exercise_draft_free()); NULL on failure.
 * @return ::BRF_OK, ::BRF_E_INVALID when an argument is NULL, ::BRF_E_NOMEM.
 */
BRF_EXPORT brf_status brf_exercise_draft_new(brf_context *ctx, brf_exercise_draft **out);
/**
 * @brief Free a draft.
 * @param draft The draft, or NULL (no-op).
 */
BRF_EXPORT void brf_exercise_draft_free(brf_exercise_draft *draft);
/**
 * @brief Set the id.
 * @param draft The draft.
 * @param id Lowercase ASCII letters and digits in groups joined by single
 *        hyphens, at most 64 bytes (e.g. "wall-sit").
 * @return ::BRF_OK, ::BRF_E_INVALID (not a slug), ::BRF_E_NOMEM.
 */
BRF_EXPORT brf_status brf_exercise_draft_set_id(brf_exercise_draft *draft, const char *id);
/**
 * @brief Set the name.
 * @param draft The draft.
 * @param name Non-empty UTF-8.
 * @return ::BRF_OK, ::BRF_E_INVALID, ::BRF_E_NOMEM.
 */
BRF_EXPORT brf_status brf_exercise_draft_set_name(brf_exercise_draft *draft, const char *name);
/**
 * @brief Set the one-line summary.
 * @param draft The draft.
 * @param summary UTF-8 (may be empty).
 * @return ::BRF_OK, ::BRF_E_INVALID, ::BRF_E_NOMEM.
 */
BRF_EXPORT brf_status brf_exercise_draft_set_summary(brf_exercise_draft *draft,
                                                     const char *summary);
/**
 * @brief Set the default dose: any valid dose notation, stored canonical.
 *
 * brf_catalog_add() gives the exercise the session time of this dose (for
 * the longest-duration query filter).
 * @param draft The draft.
 * @param dose Dose notation, or "" for none.
 * @return ::BRF_OK; ::BRF_E_PARSE or ::BRF_E_RANGE for invalid notation (the
 *         parser's message stays in the context; the draft is unchanged);
 *         ::BRF_E_INVALID; ::BRF_E_NOMEM.
 */
BRF_EXPORT brf_status brf_exercise_draft_set_default_dose(brf_exercise_draft *draft,
                                                          const char *dose);
/**
 * @brief Set the note on the choice of default dose.
 * @param draft The draft.
 * @param note UTF-8 (may be empty).
 * @return ::BRF_OK, ::BRF_E_INVALID, ::BRF_E_NOMEM.
 */
BRF_EXPORT brf_status brf_exercise_draft_set_dose_note(brf_exercise_draft *draft,
                                                       const char *note);
/**
 * @brief Set the modality (required).
 * @param draft The draft.
 * @param modality A `BRF_MODALITY_*` value.
 * @return ::BRF_OK, ::BRF_E_INVALID.
 */
BRF_EXPORT brf_status brf_exercise_draft_set_modality(brf_exercise_draft *draft, int32_t modality);
/**
 * @brief Set the level.
 * @param draft The draft.
 * @param level A `BRF_LEVEL_*` value.
 * @return ::BRF_OK, ::BRF_E_INVALID.
 */
BRF_EXPORT brf_status brf_exercise_draft_set_level(brf_exercise_draft *draft, int32_t level);
/**
 * @brief Set the laterality.
 * @param draft The draft.
 * @param laterality A `BRF_LATERALITY_*` value.
 * @return ::BRF_OK, ::BRF_E_INVALID.
 */
BRF_EXPORT brf_status brf_exercise_draft_set_laterality(brf_exercise_draft *draft,
                                                        int32_t laterality);
/**
 * @brief Set the starting position.
 * @param draft The draft.
 * @param position A `BRF_POSITION_*` value.
 * @return ::BRF_OK, ::BRF_E_INVALID.
 */
BRF_EXPORT brf_status brf_exercise_draft_set_position(brf_exercise_draft *draft, int32_t position);
/**
 * @brief Add an alias.
 * @param draft The draft.
 * @param alias Non-empty UTF-8.
 * @return ::BRF_OK, ::BRF_E_INVALID, ::BRF_E_NOMEM.
 */
BRF_EXPORT brf_status brf_exercise_draft_add_alias(brf_exercise_draft *draft, const char *alias);
/**
 * @brief Add a body region.
 * @param draft The draft.
 * @param region A `BRF_REGION_*` value.
 * @param scope ::BRF_REGIONS_PRIMARY or ::BRF_REGIONS_SECONDARY.
 * @return ::BRF_OK, ::BRF_E_INVALID, ::BRF_E_NOMEM.
 */
BRF_EXPORT brf_status brf_exercise_draft_add_region(brf_exercise_draft *draft, int32_t region,
                                                    int32_t scope);
/**
 * @brief Add an equipment item the exercise needs.
 * @param draft The draft.
 * @param equipment A `BRF_EQUIPMENT_*` value.
 * @return ::BRF_OK, ::BRF_E_INVALID, ::BRF_E_NOMEM.
 */
BRF_EXPORT brf_status brf_exercise_draft_add_equipment(brf_exercise_draft *draft,
                                                       int32_t equipment);
/**
 * @brief Add the next instruction step.
 * @param draft The draft.
 * @param step Non-empty UTF-8.
 * @return ::BRF_OK, ::BRF_E_INVALID, ::BRF_E_NOMEM.
 */
BRF_EXPORT brf_status brf_exercise_draft_add_instruction(brf_exercise_draft *draft,
                                                         const char *step);
/**
 * @brief Add a technique cue.
 * @param draft The draft.
 * @param cue Non-empty UTF-8.
 * @return ::BRF_OK, ::BRF_E_INVALID, ::BRF_E_NOMEM.
 */
BRF_EXPORT brf_status brf_exercise_draft_add_cue(brf_exercise_draft *draft, const char *cue);
/**
 * @brief Add a caution.
 * @param draft The draft.
 * @param caution Non-empty UTF-8.
 * @return ::BRF_OK, ::BRF_E_INVALID, ::BRF_E_NOMEM.
 */
BRF_EXPORT brf_status brf_exercise_draft_add_caution(brf_exercise_draft *draft,
                                                     const char *caution);
/**
 * @brief Add a contraindication.
 * @param draft The draft.
 * @param condition A `BRF_CONDITION_*` value.
 * @param action A `BRF_ACTION_*` value.
 * @param note UTF-8 explanation or modification (may be empty).
 * @return ::BRF_OK, ::BRF_E_INVALID, ::BRF_E_NOMEM.
 */
BRF_EXPORT brf_status brf_exercise_draft_add_contraindication(brf_exercise_draft *draft,
                                                              int32_t condition, int32_t action,
                                                              const char *note);
/**
 * @brief Add an alternative dose with its source.
 * @param draft The draft.
 * @param dose Dose notation (any valid notation; stored canonical).
 * @param source_kind A `BRF_SOURCE_*` value.
 * @param source_ref Non-empty UTF-8 reference.
 * @param note UTF-8 (may be empty).
 * @return ::BRF_OK; ::BRF_E_PARSE or ::BRF_E_RANGE for invalid notation (the
 *         parser's message stays in the context); ::BRF_E_INVALID; ::BRF_E_NOMEM.
 */
BRF_EXPORT brf_status brf_exercise_draft_add_alternative_dose(brf_exercise_draft *draft,
                                                              const char *dose,
                                                              int32_t source_kind,
                                                              const char *source_ref,
                                                              const char *note);
/**
 * @brief Add a progression.
 * @param draft The draft.
 * @param exercise_id The id of the harder exercise (a slug), or NULL for a named variation.
 * @param text The variation's description or a note; non-empty when @p exercise_id is NULL.
 * @return ::BRF_OK, ::BRF_E_INVALID, ::BRF_E_NOMEM.
 */
BRF_EXPORT brf_status brf_exercise_draft_add_progression(brf_exercise_draft *draft,
                                                         const char *exercise_id,
                                                         const char *text);
/**
 * @brief Add a regression.
 * @param draft The draft.
 * @param exercise_id The id of the easier exercise (a slug), or NULL for a named variation.
 * @param text The variation's description or a note; non-empty when @p exercise_id is NULL.
 * @return ::BRF_OK, ::BRF_E_INVALID, ::BRF_E_NOMEM.
 */
BRF_EXPORT brf_status brf_exercise_draft_add_regression(brf_exercise_draft *draft,
                                                        const char *exercise_id,
                                                        const char *text);
/**
 * @brief Add a source.
 * @param draft The draft.
 * @param kind A `BRF_SOURCE_*` value.
 * @param ref Non-empty UTF-8 reference.
 * @param note UTF-8 (may be empty).
 * @return ::BRF_OK, ::BRF_E_INVALID, ::BRF_E_NOMEM.
 */
BRF_EXPORT brf_status brf_exercise_draft_add_source(brf_exercise_draft *draft, int32_t kind,
                                                    const char *ref, const char *note);
/**
 * @brief Add a media reference.
 * @param draft The draft.
 * @param uri Non-empty UTF-8 URI.
 * @return ::BRF_OK, ::BRF_E_INVALID, ::BRF_E_NOMEM.
 */
BRF_EXPORT brf_status brf_exercise_draft_add_media(brf_exercise_draft *draft, const char *uri);

/** @} */

/**
 * @defgroup query Queries
 * @brief Combinable filters over a catalog; results in catalog order.
 *
 * A query borrows its catalog, which must outlive it. Set filters, then
 * brf_query_run() (or just call brf_query_next(), which runs it first).
 * Results keep catalog order. An exercise matches when it passes every
 * filter that is set.
 *
 * A query never hands out a freed or replaced exercise. It remembers the
 * catalog's state at its last run; when the catalog has changed since
 * (brf_catalog_add(), brf_catalog_set_default_dose(), brf_catalog_merge()),
 * brf_query_next() and brf_query_reset() run it again first, so results
 * always answer the catalog as it is now. brf_query_count() and
 * brf_query_at() take a `const` query and never run it: they answer from the
 * last run, each result read as the catalog lists it now. A filter change
 * drops the results until the next run.
 * @{
 */

/**
 * @brief Create a query with no filters (it matches every exercise).
 * @param ctx The context (it may differ from the catalog's, e.g. one per thread).
 * @param cat The catalog to search; borrowed.
 * @param[out] out Receives the query (free with brf_query_free()); NULL on failure.
 * @return ::BRF_OK, ::BRF_E_INVALID when an argument is NULL, ::BRF_E_NOMEM.
 */
BRF_EXPORT brf_status brf_query_new(brf_context *ctx, const brf_catalog *cat, brf_query **out);
/**
 * @brief Free a query.
 * @param q The query, or NULL (no-op).
 */
BRF_EXPORT void brf_query_free(brf_query *q);
/**
 * @brief Keep exercises that work a body region.
 * @param q The query.
 * @param region A `BRF_REGION_*` value, or -1 to remove this filter.
 * @param scope ::BRF_REGIONS_PRIMARY (among primary regions) or ::BRF_REGIONS_ANY.
 * @return ::BRF_OK, ::BRF_E_INVALID for an unknown code.
 */
BRF_EXPORT brf_status brf_query_set_region(brf_query *q, int32_t region, int32_t scope);
/**
 * @brief Keep exercises of one modality.
 * @param q The query.
 * @param modality A `BRF_MODALITY_*` value, or -1 to remove this filter.
 * @return ::BRF_OK, ::BRF_E_INVALID for an unknown code.
 */
BRF_EXPORT brf_status brf_query_set_modality(brf_query *q, int32_t modality);
/**
 * @brief Keep exercises whose every equipment item the user has.
 *
 * `none` is always available, so with an empty set only exercises that need
 * nothing match.
 * @param q The query.
 * @param equipment The `BRF_EQUIPMENT_*` values the user has (copied); may be
 *        NULL when @p count is 0.
 * @param count The number of values.
 * @return ::BRF_OK, ::BRF_E_INVALID for an unknown code (the filter is then unchanged).
 */
BRF_EXPORT brf_status brf_query_set_equipment(brf_query *q, const int32_t *equipment,
                                              size_t count);
/**
 * @brief Remove the equipment filter.
 * @param q The query.
 * @return ::BRF_OK, ::BRF_E_INVALID when @p q is NULL.
 */
BRF_EXPORT brf_status brf_query_clear_equipment(brf_query *q);
/**
 * @brief Keep exercises at most as demanding as a level.
 * @param q The query.
 * @param level A `BRF_LEVEL_*` value, or -1 to remove this filter.
 * @return ::BRF_OK, ::BRF_E_INVALID for an unknown code.
 */
BRF_EXPORT brf_status brf_query_set_max_level(brf_query *q, int32_t level);
/**
 * @brief Keep exercises with one laterality.
 * @param q The query.
 * @param laterality A `BRF_LATERALITY_*` value, or -1 to remove this filter.
 * @return ::BRF_OK, ::BRF_E_INVALID for an unknown code.
 */
BRF_EXPORT brf_status brf_query_set_laterality(brf_query *q, int32_t laterality);
/**
 * @brief Keep exercises whose default dose takes at most this long per session.
 *
 * Uses the longest estimate of the default dose (the formula of
 * docs/notation.md, section "Time estimates"). Exercises whose dose has no
 * known estimate (no session time, or changed since the catalog was built)
 * never match while this filter is set.
 * @param q The query.
 * @param max_ms The longest session in milliseconds, or -1 to remove this filter.
 * @return ::BRF_OK, ::BRF_E_INVALID when @p q is NULL or @p max_ms < -1.
 */
BRF_EXPORT brf_status brf_query_set_max_duration_ms(brf_query *q, int64_t max_ms);
/**
 * @brief Keep exercises whose name, an alias or an instruction contains a text.
 *
 * ASCII letters match case-insensitively; other characters (UTF-8) must
 * match exactly.
 * @param q The query.
 * @param text UTF-8 (copied); NULL or "" removes this filter.
 * @return ::BRF_OK, ::BRF_E_INVALID for invalid UTF-8, ::BRF_E_NOMEM.
 */
BRF_EXPORT brf_status brf_query_set_text(brf_query *q, const char *text);
/**
 * @brief Evaluate the filters over the catalog as it is now and keep the
 *        results; rewinds the cursor.
 * @param q The query.
 * @return ::BRF_OK, ::BRF_E_INVALID when @p q is NULL, ::BRF_E_NOMEM (results
 *         then empty).
 */
BRF_EXPORT brf_status brf_query_run(brf_query *q);
/**
 * @brief The next result; runs the query first when it has not run since
 *        a filter or its catalog changed.
 *
 * After a filter change (or before the first run) it starts at the first
 * result. After a catalog change in the middle of an iteration it runs the
 * query again and goes on after the last exercise it handed out, in catalog
 * order: none is handed out twice, an exercise added meanwhile that matches
 * comes at the end, an exercise not reached yet is handed out as it is now
 * (with its new dose; not at all if it no longer matches). So a loop may
 * change doses of the exercises it is given.
 * @param q The query.
 * @param[out] out Receives a borrowed exercise (valid until the catalog is
 *             freed); NULL at the end, and NULL on failure.
 * @return ::BRF_OK with an exercise, ::BRF_DONE after the last one,
 *         ::BRF_E_INVALID when an argument is NULL, ::BRF_E_NOMEM (a run
 *         failed: the results are then empty and the next call runs again
 *         from the first result).
 */
BRF_EXPORT brf_status brf_query_next(brf_query *q, const brf_exercise **out);
/**
 * @brief Rewind the cursor to the first result.
 *
 * Filters are kept, and so are the results unless the catalog changed since
 * the last run: then the query runs again now (brf_query_count() and
 * brf_query_at() answer the catalog as it is). Iterating a kept query again
 * is therefore reset, then brf_query_next() until ::BRF_DONE.
 * @param q The query.
 * @return ::BRF_OK, ::BRF_E_INVALID when @p q is NULL, ::BRF_E_NOMEM (the
 *         run failed; results empty, the next brf_query_next() runs again).
 */
BRF_EXPORT brf_status brf_query_reset(brf_query *q);
/**
 * @brief The number of results of the last run.
 *
 * It never runs the query: after a catalog change it is the count of the
 * last run until brf_query_run(), brf_query_reset() or brf_query_next() runs
 * it again.
 * @param q The query.
 * @return The count; 0 before a run, after a filter change, or when @p q is NULL.
 * @retval_on_fail{0}
 */
BRF_EXPORT size_t brf_query_count(const brf_query *q);
/**
 * @brief One result of the last run, in catalog order.
 *
 * It never runs the query. The exercise is the one the catalog lists now
 * (after brf_catalog_set_default_dose() the new one, never a freed pointer);
 * which exercises are results is decided by the last run, so after a catalog
 * change call brf_query_reset() or brf_query_run() for results that answer
 * the filters again.
 * @param q The query.
 * @param index 0 to brf_query_count() - 1.
 * @return A borrowed exercise (valid until the catalog is freed), or NULL
 *         when out of range.
 * @retval_on_fail{NULL}
 */
BRF_EXPORT const brf_exercise *brf_query_at(const brf_query *q, size_t index);

/** @} */

#ifdef __cplusplus
}
#endif

#endif /* BACKRELIEF_CATALOG_H */
