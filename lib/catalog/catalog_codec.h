/* Shared by the catalog's JSON codec, its free-exercise-db import and the
 * catalog and draft code that store doses (lib/catalog/catalog_codec_dose.c). */
#ifndef BRF_CATALOG_CODEC_H
#define BRF_CATALOG_CODEC_H

#include "backrelief/advice.h"
#include "catalog/catalog_private.h"
#include "util/core.h"

/* Parse a dose in any valid notation (brf_dosage_parse) and give back its
 * canonical text, owned (brf__free), and the session time of one
 * application for modality (-1 when unknown); min/max are -1 when the dose
 * has no session time (no reps, duration or hold). The parser's status and
 * message (BRF_E_PARSE, BRF_E_RANGE with the column) are left in ctx on
 * failure; BRF_E_NOMEM. *canon is NULL on failure. min_ms/max_ms may be NULL. */
brf_status brf__catalog_dose(brf_context *ctx, const char *text, size_t len, int32_t modality,
                             char **canon, int64_t *min_ms, int64_t *max_ms);

/* The opening of a reader of JSON text into a catalog, named fn in its
 * errors: *out is cleared, then BRF_E_INVALID for a NULL ctx or out, NULL
 * text with len > 0, or a flag other than BRF_JSON_PRETTY (a writer flag,
 * accepted and ignored). */
brf_status brf__catalog_check_json_args(brf_context *ctx, const char *fn, const char *text,
                                        size_t len, uint32_t flags, brf_catalog **out);

/* brf_catalog_from_json with the checked reader only (catalog_codec_read.c):
 * the reference the fast reader is compared with on valid documents, by
 * tests/fuzz/fuzz_catalog_diff.c and tests/unit/catalog/test_catalog_readers.c
 * (docs/testing.md). Same statuses and messages as brf_catalog_from_json; not
 * exported, and not in a build without the catalog's JSON codec. */
brf_status brf__catalog_from_json_checked(brf_context *ctx, const char *text, size_t len,
                                          uint32_t flags, brf_catalog **out);

/* brf_catalog_import_free_exercise_db (which calls it after brf__enter),
 * also giving the number of catalog lookups its id renaming made (lookups
 * may be NULL): the tests count them to show the renaming is linear. */
brf_status brf__catalog_import_fedb_counted(brf_context *ctx, const char *text, size_t len,
                                            uint32_t flags, brf_catalog **out,
                                            brf_advice **report_out, size_t *lookups);

#endif /* BRF_CATALOG_CODEC_H */
