/* Fuzz target: the catalog JSON codec. Any input gives a status; a catalog
 * that loads must survive format -> parse -> format with identical bytes. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "backrelief.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  brf_context *ctx = NULL;
  brf_catalog *cat = NULL, *back = NULL;
  if (brf_context_new(&ctx) != BRF_OK) return 0;
  if (brf_catalog_from_json(ctx, (const char *)data, size, 0, &cat) == BRF_OK) {
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
  brf_catalog_free(cat);
  brf_context_free(ctx);
  return 0;
}
