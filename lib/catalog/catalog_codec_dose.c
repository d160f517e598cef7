/* Doses in the catalog: every stored dose is canonical notation, and the
 * default dose carries the session time the longest-duration query uses. */
#include "catalog/catalog_codec.h"
#include "internal/dosage.h"

brf_status brf__catalog_dose(brf_context *ctx, const char *text, size_t len, int32_t modality,
                             char **canon, int64_t *min_ms, int64_t *max_ms) {
  brf_dosage *d = NULL;
  int64_t lo = -1, hi = -1;
  brf_status s;
  *canon = NULL;
  if (min_ms) *min_ms = -1;
  if (max_ms) *max_ms = -1;
  s = brf_dosage_parse(ctx, text, len, &d);
  if (s != BRF_OK) return s;
  s = brf_dosage_to_string(ctx, d, canon, NULL);
  /* Pure and context-free: a dose without session time simply has none. */
  if (s == BRF_OK && brf__dosage_estimate(d, modality, &lo, &hi) != BRF_OK) lo = hi = -1;
  brf_dosage_free(d);
  if (s != BRF_OK) return s;
  if (min_ms) *min_ms = lo;
  if (max_ms) *max_ms = hi;
  return BRF_OK;
}
