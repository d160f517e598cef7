/**
 * @file json.h
 * @brief JSON documents: the catalog format (docs/formats.md) read and
 *        written, and the import of the free-exercise-db catalog.
 *
 * The library reads JSON with its own strict reader (RFC 8259, UTF-8
 * validated, bounded nesting, locale-free numbers). A document that is not
 * well-formed JSON gives ::BRF_E_PARSE with the 1-based line, the 1-based
 * byte column and the byte offset in the context; a well-formed document
 * that is not valid for its format gives ::BRF_E_SCHEMA, with a message that
 * starts with the JSON path of the offending value (for example
 * `exercises[3].default_dose: bad dose notation ...`) and that value's
 * position. Output is deterministic: the same catalog always gives the same
 * bytes.
 */
#ifndef BACKRELIEF_JSON_H
#define BACKRELIEF_JSON_H

#include "backrelief/advice.h"
#include "backrelief/catalog.h"
#include "backrelief/core.h"

#ifdef __cplusplus
extern "C" {
#endif

/**
 * @defgroup json JSON formats
 * @{
 */

/** Writer flag: compact output, no whitespace at all (the default, 0). */
#define BRF_JSON_COMPACT 0u
/** Writer flag: indent by two spaces, `"key": value`, and end with a newline. */
#define BRF_JSON_PRETTY 1u

/**
 * @brief Read a catalog document (`"format": "backrelief-catalog"`, version 1).
 *
 * Every exercise is checked before the catalog is handed out: all or
 * nothing. Doses may be written in any valid dose notation and are stored in
 * canonical notation (so brf_catalog_to_json() writes them canonical).
 * Fields, defaults and rules: docs/formats.md, section "Catalog".
 * @param ctx The context; it provides the memory and receives errors.
 * @param text UTF-8 JSON (need not be NUL-terminated); NULL only with @p len 0.
 * @param len The length of @p text in bytes.
 * @param flags 0; the writer flag ::BRF_JSON_PRETTY is accepted and ignored
 *        (docs/conventions.md, "Flags"); any other bit gives ::BRF_E_INVALID.
 * @param[out] out Receives a new, unfrozen catalog (free with brf_catalog_free());
 *             NULL on failure.
 * @return ::BRF_OK; ::BRF_E_PARSE when @p text is not well-formed JSON (with
 *         line, column and offset); ::BRF_E_SCHEMA when it is not a valid
 *         catalog: wrong type, missing required field, unknown or duplicate
 *         key, unknown vocabulary id, bad dose notation, duplicate exercise
 *         id, unknown `format` or a `format_version` other than 1 (the
 *         message names the JSON path); ::BRF_E_RANGE for a dose whose
 *         numbers are outside the notation's bounds (with its path) and for
 *         input above 4 GiB; ::BRF_E_INVALID for a NULL argument or unknown
 *         flags; ::BRF_E_NOMEM. The statuses are those of every reader
 *         (docs/conventions.md, "Readers: one status per situation").
 */
BRF_EXPORT brf_status brf_catalog_from_json(brf_context *ctx, const char *text, size_t len,
                                            uint32_t flags, brf_catalog **out);

/**
 * @brief Read a catalog document into an existing catalog: the exercises
 *        that @p dst does not have are appended.
 *
 * What brf_catalog_from_json(), brf_catalog_merge() and brf_catalog_free()
 * do together, without copying the exercises a second time: an app that
 * keeps its users' exercises in a file and shows them beside the built-in
 * ones (the example CLI at every start) reads them straight into the
 * built-in catalog. The same document is accepted, with the same statuses
 * and messages. Conflict policy as brf_catalog_merge(): on a conflict of ids
 * the exercise already in @p dst wins (the one in the document is skipped;
 * its bytes are kept with @p dst until it is freed). All or nothing: the
 * whole document is checked first, and on failure @p dst is unchanged.
 * Queries of @p dst run again before they hand out another result.
 * @param dst The catalog to add to; its context receives errors.
 * @param text UTF-8 JSON (need not be NUL-terminated); NULL only with @p len 0.
 * @param len The length of @p text in bytes.
 * @param flags 0; ::BRF_JSON_PRETTY is accepted and ignored, as by
 *        brf_catalog_from_json(); any other bit gives ::BRF_E_INVALID.
 * @return The statuses of brf_catalog_from_json(); ::BRF_E_STATE when
 *         @p dst is frozen.
 */
BRF_EXPORT brf_status brf_catalog_merge_json(brf_catalog *dst, const char *text, size_t len,
                                             uint32_t flags);

/**
 * @brief Write a catalog as a catalog document.
 *
 * Every field of every exercise is written in a fixed order (an exercise
 * without a position leaves `position` out), so export, import and export
 * again gives the same bytes, and the pretty form of the built-in catalog is
 * data/catalog/builtin.json.
 * @param ctx The context whose allocator provides the text.
 * @param cat The catalog (may be frozen).
 * @param flags ::BRF_JSON_COMPACT or ::BRF_JSON_PRETTY.
 * @param[out] out Receives the NUL-terminated UTF-8 text, owned by the caller
 *             and freed with brf_free(); NULL on failure.
 * @param[out] out_len Receives the length without the NUL (may be NULL).
 * @return ::BRF_OK; ::BRF_E_INVALID for a NULL argument or unknown flags;
 *         ::BRF_E_NOMEM.
 */
BRF_EXPORT brf_status brf_catalog_to_json(brf_context *ctx, const brf_catalog *cat,
                                          uint32_t flags, char **out, size_t *out_len);

/**
 * @brief Import the free-exercise-db catalog (`dist/exercises.json` of
 *        yuhonas/free-exercise-db: a JSON array of exercises).
 *
 * Every entry becomes an exercise whose id is the entry's id as a slug
 * (made unique with `-2`, `-3`, ... when two entries give the same slug;
 * a slug that a built-in exercise has as its id gets the prefix `fedb-`,
 * reported with the rule `free-exercise-db.id`), with a source of kind
 * ::BRF_SOURCE_DATABASE whose reference is `free-exercise-db: <entry id>`. Categories, equipment, muscles and levels
 * are mapped to the vocabulary by the table in docs/formats.md (section
 * "free-exercise-db import"); force, mechanic and the original values are
 * kept in the summary. Every value mapped approximately or dropped is
 * reported: nothing is dropped silently.
 * @param ctx The context.
 * @param text UTF-8 JSON (need not be NUL-terminated); NULL only with @p len 0.
 * @param len The length of @p text in bytes.
 * @param flags 0; the writer flag ::BRF_JSON_PRETTY is accepted and ignored
 *        (docs/conventions.md, "Flags"); any other bit gives ::BRF_E_INVALID.
 * @param[out] out Receives a new catalog (free with brf_catalog_free()); NULL on failure.
 * @param[out] report When not NULL, receives the mapping report, freed with
 *             brf_advice_free(): one advisory per entry and field mapped
 *             approximately (::BRF_ADVICE_INFO) or dropped
 *             (::BRF_ADVICE_CAUTION); its rule is `free-exercise-db.<field>`,
 *             its source the entry's id; its message starts with the
 *             exercise's id in the returned catalog. NULL on failure.
 * Entries are read as the array is parsed, so the first error in document
 * order is the one returned: an entry with a schema error before a syntax
 * error later in the text gives ::BRF_E_SCHEMA. Nothing is returned on any
 * error.
 * @return ::BRF_OK; ::BRF_E_PARSE for text that is not well-formed JSON (up
 *         to the first entry with a schema error); ::BRF_E_SCHEMA for a
 *         document that is not an array of entries, an entry without `id` or
 *         `name`, a value of the wrong type, or an id that gives no slug (the
 *         message names the path, e.g. `[12].name`); ::BRF_E_INVALID for a
 *         NULL argument or unknown flags; ::BRF_E_NOMEM.
 * @deprecated Use brf_catalog_import_free_exercise_db_v2(), whose catalog
 *             comes last like every other out parameter.
 */
BRF_EXPORT brf_status brf_catalog_import_free_exercise_db(brf_context *ctx, const char *text,
                                                          size_t len, uint32_t flags,
                                                          brf_catalog **out,
                                                          brf_advice **report);

/**
 * @brief Import the free-exercise-db catalog, with the catalog as the last
 *        parameter (out parameters last, docs/conventions.md).
 *
 * The same import as brf_catalog_import_free_exercise_db() (mapping,
 * report, errors), with @p report and @p out swapped.
 * @param ctx The context.
 * @param text UTF-8 JSON (need not be NUL-terminated); NULL only with @p len 0.
 * @param len The length of @p text in bytes.
 * @param flags 0; the writer flag ::BRF_JSON_PRETTY is accepted and ignored
 *        (docs/conventions.md, "Flags"); any other bit gives ::BRF_E_INVALID.
 * @param[out] report When not NULL, receives the mapping report, freed with
 *             brf_advice_free(); NULL on failure.
 * @param[out] out Receives a new catalog (free with brf_catalog_free()); NULL on failure.
 * @return As brf_catalog_import_free_exercise_db(): ::BRF_OK; ::BRF_E_PARSE;
 *         ::BRF_E_SCHEMA; ::BRF_E_INVALID for a NULL @p ctx or @p out, NULL
 *         @p text with a non-zero @p len, or unknown flags; ::BRF_E_NOMEM.
 */
BRF_EXPORT brf_status brf_catalog_import_free_exercise_db_v2(brf_context *ctx, const char *text,
                                                             size_t len, uint32_t flags,
                                                             brf_advice **report,
                                                             brf_catalog **out);

/** @} */

#ifdef __cplusplus
}
#endif

#endif /* BACKRELIEF_JSON_H */
