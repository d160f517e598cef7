/* Fuzz target: the free-exercise-db import. Any input gives a status; an
 * imported catalog is a valid catalog, so it round-trips through the catalog
 * format. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "backrelief.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  brf_context *ctx = NULL;
  brf_catalog *cat = NULL, *back = NULL;
  brf_advice *report = NULL;
  if (brf_context_new(&ctx) != BRF_OK) return 0;
  if (brf_catalog_import_free_exercise_db(ctx, (const char *)data, size, 0, &cat, &report) ==
      BRF_OK) {
    char *one = NULL;
    size_t n1 = 0;
    if (report == NULL) abort();
    if (brf_catalog_to_json(ctx, cat, 0, &one, &n1) != BRF_OK) abort();
    if (brf_catalog_from_json(ctx, one, n1, 0, &back) != BRF_OK) abort();
    if (brf_catalog_count(back) != brf_catalog_count(cat)) abort();
    brf_free(ctx, one);
    brf_catalog_free(back);
  }
  brf_advice_free(report);
  brf_catalog_free(cat);
  brf_context_free(ctx);
  return 0;
}
