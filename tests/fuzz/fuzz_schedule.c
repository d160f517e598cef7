/* Fuzz target: brf_schedule_from_json on arbitrary bytes, and for every
 * document it accepts, a round trip (to_json, from_json, to_json must give
 * the same bytes) and an iCalendar export. The built-in catalog resolves the
 * exercise ids (an empty catalog when it is not compiled in). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "backrelief.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  static brf_context *ctx;
  static brf_catalog *cat;
  if (!ctx) {
    if (brf_context_new(&ctx) != BRF_OK) abort();
    if (brf_catalog_new_builtin(ctx, &cat) != BRF_OK &&
        brf_catalog_new_empty(ctx, &cat) != BRF_OK)
      abort();
  }
  if (size > 65536) return 0;
  brf_schedule *s = NULL, *t = NULL;
  if (brf_schedule_from_json(ctx, (const char *)data, size, cat, &s) != BRF_OK) {
    if (s) abort();
    return 0;
  }
  char *a = NULL, *b = NULL, *ics = NULL;
  size_t na = 0, nb = 0, ni = 0;
  /* A valid schedule may be refused on write by a documented limit
   * (BRF_LIMIT_OUTPUT_BYTES, BRF_LIMIT_CALENDAR_ITEMS): a refusal, not a bug. */
  brf_status st = brf_schedule_to_json(ctx, s, &a, &na);
  if (st == BRF_E_LIMIT) {
    brf_schedule_free(s);
    return 0;
  }
  if (st != BRF_OK) abort();
  if (brf_schedule_from_json(ctx, a, na, cat, &t) != BRF_OK) abort();
  if (brf_schedule_to_json(ctx, t, &b, &nb) != BRF_OK) abort();
  if (na != nb || memcmp(a, b, na) != 0) abort();
  st = brf_schedule_to_ical(ctx, s, 0, &ics, &ni);
  if (st != BRF_E_LIMIT && (st != BRF_OK || ni == 0)) abort();
  brf_free(ctx, a);
  brf_free(ctx, b);
  brf_free(ctx, ics);
  brf_schedule_free(s);
  brf_schedule_free(t);
  return 0;
}
