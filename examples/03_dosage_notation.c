/* 03_dosage_notation: parse doses people write, read their fields, print the
 * canonical form, estimate the time they take, and see how a typo is
 * reported. Introduces: brf_dosage_parse, brf_dosage_get, brf_dosage_format
 * with a caller buffer, brf_dosage_estimate_ms, parse error positions. */
#include <string.h>

#include "common.h"

static void show(brf_context *ctx, const char *text) {
  brf_dosage *d = NULL;
  CHECK(ctx, brf_dosage_parse(ctx, text, strlen(text), &d));
  char canon[128];
  size_t needed = 0;
  CHECK(ctx, brf_dosage_format(d, canon, sizeof canon, &needed));
  int64_t lo = 0, hi = 0;
  printf("%-36s -> %-30s", text, canon);
  if (brf_dosage_get(d, BRF_DOSE_HOLD_MS, &lo, &hi) == BRF_OK)
    printf(" hold %lld-%lld ms", (long long)lo, (long long)hi);
  if (brf_dosage_estimate_ms(d, &lo, &hi) == BRF_OK)
    printf(" takes %lld-%lld s", (long long)(lo / 1000), (long long)(hi / 1000));
  printf("\n");
  brf_dosage_free(d);
}

int main(void) {
  brf_context *ctx = NULL;
  CHECK(ctx, brf_context_new(&ctx));

  show(ctx, "10min/side, 1-2x/day");           /* seed 000: glute ball release */
  show(ctx, "hold 10-30s, 2-4 reps, 2-3x/week"); /* any clause order is accepted */
  show(ctx, "2-3 x 6-15, every other day");    /* seed 004: strengthening */
  show(ctx, "20 min, every 1-2 h, for 48-72 h"); /* seed 002: cold pack */

  /* Errors carry the column of the offending token. */
  const char *typo = "3x10, rest 60 parsecs";
  brf_dosage *d = NULL;
  brf_status s = brf_dosage_parse(ctx, typo, strlen(typo), &d);
  printf("\n\"%s\": %s at column %zu: %s\n", typo, brf_status_name(s),
         brf_context_error_column(ctx), brf_context_errmsg(ctx));

  brf_context_free(ctx);
  return s == BRF_E_PARSE ? 0 : 1;
}
