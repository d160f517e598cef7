/* Fuzz target: the catalog JSON codec. Any input gives a status; a catalog
 * that loads must survive format -> parse -> format with identical bytes, and
 * brf_catalog_merge_json into an empty catalog must give the same status and
 * the same catalog (it leaves the catalog empty on failure). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "backrelief.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  brf_context *ctx = NULL;
  brf_catalog *cat = NULL, *back = NULL;
  if (brf_context_new(&ctx) != BRF_OK) return 0;
  brf_status want = brf_catalog_from_json(ctx, (const char *)data, size, 0, &cat);
  if (want == BRF_OK) {
    char *one = NULL, *two = NULL;
    size_t n1 = 0, n2 = 0;
    if (brf_catalog_to_json(ctx, cat, BRF_JSON_PRETTY, &one, &n1) != BRF_OK) abort();
    if (brf_catalog_from_json(ctx, one, n1, 0, &back) != BRF_OK) abort();
    if (brf_catalog_count(back) != brf_catalog_count(cat)) abort();
    if (brf_catalog_to_json(ctx, back, BRF_JSON_PRETTY, &two, &n2) != BRF_OK) abort();
    if (n1 != n2 || memcmp(one, two, n1) != 0) abort();
    brf_free(ctx, one);
    brf_free(ctx, two);
    brf_catalog_free(back);
  }
  {
    brf_catalog *merged = NULL;
    if (brf_catalog_new_empty(ctx, &merged) != BRF_OK) abort();
    brf_status got = brf_catalog_merge_json(merged, (const char *)data, size, 0);
    if (got != want && got != BRF_E_NOMEM && want != BRF_E_NOMEM) abort();
    if (got != BRF_OK && brf_catalog_count(merged) != 0) abort();
    if (got == BRF_OK && cat != NULL) {
      char *one = NULL, *two = NULL;
      size_t n1 = 0, n2 = 0;
      if (brf_catalog_to_json(ctx, cat, 0, &one, &n1) != BRF_OK) abort();
      if (brf_catalog_to_json(ctx, merged, 0, &two, &n2) != BRF_OK) abort();
      if (n1 != n2 || memcmp(one, two, n1) != 0) abort();
      brf_free(ctx, one);
      brf_free(ctx, two);
    }
    brf_catalog_free(merged);
  }
  brf_catalog_free(cat);
  brf_context_free(ctx);
  return 0;
}
