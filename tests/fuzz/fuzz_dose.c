/* Fuzz target: the dose notation. Any text gives a status; a dose that
 * parses formats to canonical text that parses to an equal dose and formats
 * to the same text again. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "backrelief.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  brf_context *ctx = NULL;
  brf_dosage *d = NULL, *d2 = NULL;
  if (brf_context_new(&ctx) != BRF_OK) return 0;
  if (brf_dosage_parse(ctx, (const char *)data, size, &d) == BRF_OK) {
    char *one = NULL, *two = NULL;
    size_t n1 = 0, n2 = 0;
    int64_t lo, hi;
    if (brf_dosage_to_string(ctx, d, &one, &n1) != BRF_OK) abort();
    if (brf_dosage_parse(ctx, one, n1, &d2) != BRF_OK) abort();
    if (!brf_dosage_equal(d, d2)) abort();
    if (brf_dosage_to_string(ctx, d2, &two, &n2) != BRF_OK) abort();
    if (n1 != n2 || memcmp(one, two, n1) != 0) abort();
    if (brf_dosage_estimate_for_modality_ms(d, BRF_MODALITY_STRENGTH, &lo, &hi) == BRF_OK &&
        (lo < 0 || hi < lo))
      abort();
    brf_free(ctx, one);
    brf_free(ctx, two);
    brf_dosage_free(d2);
  }
  brf_dosage_free(d);
  brf_context_free(ctx);
  return 0;
}
