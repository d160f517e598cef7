/* The differential check of the two readers of the catalog format and of the
 * journal (docs/testing.md, "Differential fuzzing"): each has a fast reader
 * that falls back to a checked one on anything it refuses, and an internal
 * entry point that reads with the checked reader alone
 * (brf__catalog_from_json_checked, brf__journal_load_checked). On the same
 * input both ways must give
 *   - the same status, and the same message, line, column, offset and
 *     warnings: the fast reader only ever accepts, and everything it refuses
 *     is read and reported by the checked reader, so a difference there is a
 *     line the fast reader took that the checked one refuses;
 *   - when both accept, the same catalog or journal: the same bytes written
 *     back by the library's writer (brf_catalog_to_json, brf_journal_to_jsonl),
 *     plus what the writer does not show (a catalog's time estimates and
 *     query keys; a journal's torn or unterminated tail).
 * Out of memory on either side is not compared (the fuzzers do not fail
 * allocations; tests/unit/api covers those paths).
 * Used by tests/fuzz/fuzz_catalog_diff.c, tests/fuzz/fuzz_journal_diff.c and
 * the unit tests tests/unit/catalog/test_catalog_readers.c and
 * tests/unit/journal/test_journal_readers.c. Each check returns NULL when the
 * readers agree, or what differs. */
#ifndef BRF_TESTS_READERS_DIFF_H
#define BRF_TESTS_READERS_DIFF_H

#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "backrelief.h"
#include "catalog/catalog_codec.h"
#include "journal/journal_private.h"

/* What a call left in its context. */
typedef struct brf_diff_outcome {
  brf_status status;
  char msg[512];
  char warnings[1024];
  size_t line, column, offset;
} brf_diff_outcome;

static inline void brf_diff_note(const brf_context *ctx, brf_status st, brf_diff_outcome *o) {
  size_t used = 0;
  o->status = st;
  snprintf(o->msg, sizeof o->msg, "%s", st == BRF_OK ? "" : brf_context_errmsg(ctx));
  o->line = brf_context_error_line(ctx);
  o->column = brf_context_error_column(ctx);
  o->offset = brf_context_error_offset(ctx);
  o->warnings[0] = '\0';
  for (size_t i = 0; i < brf_context_warning_count(ctx) && used + 1 < sizeof o->warnings; i++) {
    int n = snprintf(o->warnings + used, sizeof o->warnings - used, "%s\n",
                     brf_context_warning(ctx, i));
    if (n < 0) break;
    used += (size_t)n;
  }
}

/* NULL when a and b agree (see the top of the file). */
static inline const char *brf_diff_outcomes(const brf_diff_outcome *a, const brf_diff_outcome *b) {
  if (a->status != b->status) return "status differs (one reader accepts, or another error)";
  if (a->status == BRF_OK) return strcmp(a->warnings, b->warnings) ? "warnings differ" : NULL;
  if (strcmp(a->msg, b->msg) != 0) return "error message differs";
  if (a->line != b->line || a->column != b->column || a->offset != b->offset)
    return "error position differs";
  return strcmp(a->warnings, b->warnings) ? "warnings differ" : NULL;
}

static inline const char *brf_diff_same_bytes(const char *a, size_t na, const char *b, size_t nb) {
  return na == nb && memcmp(a, b, na) == 0 ? NULL : "written back to different bytes";
}

/* The catalog format: brf_catalog_from_json against the checked reader. */
static inline const char *brf_diff_catalog(const char *text, size_t len) {
  brf_context *ctx = NULL;
  brf_catalog *fast = NULL, *checked = NULL;
  brf_diff_outcome of, oc;
  const char *why = NULL;
  if (brf_context_new(&ctx) != BRF_OK) return NULL;
  brf_diff_note(ctx, brf_catalog_from_json(ctx, text, len, 0, &fast), &of);
  brf_diff_note(ctx, brf__catalog_from_json_checked(ctx, text, len, 0, &checked), &oc);
  if (of.status == BRF_E_NOMEM || oc.status == BRF_E_NOMEM) goto done;
  if ((why = brf_diff_outcomes(&of, &oc)) != NULL || of.status != BRF_OK) goto done;
  {
    char *a = NULL, *b = NULL;
    size_t na = 0, nb = 0, n = brf_catalog_count(fast);
    if (n != brf_catalog_count(checked)) {
      why = "exercise counts differ";
      goto done;
    }
    if (brf_catalog_to_json(ctx, fast, 0, &a, &na) == BRF_OK &&
        brf_catalog_to_json(ctx, checked, 0, &b, &nb) == BRF_OK)
      why = brf_diff_same_bytes(a, na, b, nb);
    brf_free(ctx, a);
    brf_free(ctx, b);
    for (size_t i = 0; i < n && why == NULL; i++) {
      const brf_exercise *x = brf_catalog_at(fast, i), *y = brf_catalog_at(checked, i);
      if (x->estimate_min_ms != y->estimate_min_ms || x->estimate_max_ms != y->estimate_max_ms)
        why = "time estimates differ";
      else if (x->owned != y->owned)
        why = "ownership differs";
    }
    if (why == NULL) {
      const brf__exercise_key *ka = brf__catalog_keys(fast), *kb = brf__catalog_keys(checked);
      if ((ka == NULL) != (kb == NULL) || (ka && memcmp(ka, kb, n * sizeof *ka) != 0))
        why = "query keys differ";
    }
  }
done:
  brf_catalog_free(fast);
  brf_catalog_free(checked);
  brf_context_free(ctx);
  return why;
}

/* The journal: brf_journal_load against the checked reader. */
static inline const char *brf_diff_journal(const char *text, size_t len) {
  brf_context *ctx = NULL;
  brf_journal *fast = NULL, *checked = NULL;
  brf_diff_outcome of, oc;
  const char *why = NULL;
  if (brf_context_new(&ctx) != BRF_OK) return NULL;
  brf_diff_note(ctx, brf_journal_load(ctx, text, len, &fast), &of);
  brf_diff_note(ctx, brf__journal_load_checked(ctx, text, len, &checked), &oc);
  if (of.status == BRF_E_NOMEM || oc.status == BRF_E_NOMEM) goto done;
  if ((why = brf_diff_outcomes(&of, &oc)) != NULL || of.status != BRF_OK) goto done;
  {
    char *a = NULL, *b = NULL;
    size_t na = 0, nb = 0, ta = 0, tb = 0;
    if (brf_journal_count(fast) != brf_journal_count(checked))
      why = "entry counts differ";
    else if (brf_journal_torn_tail(fast, &ta) != brf_journal_torn_tail(checked, &tb) || ta != tb)
      why = "torn tails differ";
    else if (brf_journal_tail_unterminated(fast) != brf_journal_tail_unterminated(checked))
      why = "unterminated tails differ";
    if (why == NULL && brf_journal_to_jsonl(ctx, fast, &a, &na) == BRF_OK &&
        brf_journal_to_jsonl(ctx, checked, &b, &nb) == BRF_OK)
      why = brf_diff_same_bytes(a, na, b, nb);
    brf_free(ctx, a);
    brf_free(ctx, b);
  }
done:
  brf_journal_free(fast);
  brf_journal_free(checked);
  brf_context_free(ctx);
  return why;
}

#endif /* BRF_TESTS_READERS_DIFF_H */
