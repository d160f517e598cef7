/* Fuzz target (composing, issue 27): a dose built by the setters, then
 * formatted and parsed back. The input is a list of operations, each one
 * byte (the field, and whether to set or unset it) and two 8-byte numbers
 * (mapped into the field's bounds unless the byte asks for raw values):
 * - a refused set leaves the dose unchanged and says BRF_E_RANGE or
 *   BRF_E_INVALID; an accepted one reads back with brf_dosage_get;
 * - every non-empty dose the setters accept formats to canonical text that
 *   parses to an equal dose and formats to the same text (dosage.h: the
 *   empty dose is the one dose the parser cannot read back);
 * - brf_dosage_format agrees with brf_dosage_to_string, and a clone is equal. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "backrelief.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static uint64_t take64(const uint8_t **p, size_t *n) {
  uint64_t v = 0;
  for (int i = 0; i < 8 && *n > 0; i++, (*p)++, (*n)--) v = v << 8 | **p;
  return v;
}

static char *text_of(brf_context *ctx, const brf_dosage *d, size_t *len) {
  char *t = NULL;
  if (brf_dosage_to_string(ctx, d, &t, len) != BRF_OK) abort();
  return t;
}

static void check_format(brf_context *ctx, const brf_dosage *d) {
  size_t len = 0, needed = 0;
  char *t = text_of(ctx, d, &len);
  if (strlen(t) != len) abort();
  if (brf_dosage_format(d, NULL, 0, &needed) != BRF_E_BUFFER_TOO_SMALL) abort();
  if (needed != len + 1) abort();
  char *buf = malloc(needed);
  if (!buf) abort();
  if (brf_dosage_format(d, buf, needed, NULL) != BRF_OK || strcmp(buf, t) != 0) abort();
  free(buf);
  if (len == 0) {
    if (!brf_dosage_is_empty(d)) abort();
    brf_free(ctx, t);
    return;
  }
  brf_dosage *back = NULL;
  if (brf_dosage_parse(ctx, t, len, &back) != BRF_OK) abort(); /* a built dose must read back */
  if (!brf_dosage_equal(d, back)) abort();
  size_t len2 = 0;
  char *t2 = text_of(ctx, back, &len2);
  if (len2 != len || memcmp(t, t2, len) != 0) abort();
  brf_dosage *copy = NULL;
  if (brf_dosage_clone(ctx, d, &copy) != BRF_OK || !brf_dosage_equal(d, copy)) abort();
  int64_t lo = 0, hi = 0;
  if (brf_dosage_estimate_ms(d, &lo, &hi) == BRF_OK && (lo < 0 || hi < lo)) abort();
  brf_advice *adv = NULL;
  if (brf_dosage_check(ctx, d, BRF_MODALITY_STRENGTH, &adv) == BRF_OK && !adv) abort();
  brf_advice_free(adv);
  brf_dosage_free(copy);
  brf_free(ctx, t2);
  brf_dosage_free(back);
  brf_free(ctx, t);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  brf_context *ctx = NULL;
  brf_dosage *d = NULL;
  if (brf_context_new(&ctx) != BRF_OK) return 0;
  if (brf_dosage_new(ctx, &d) != BRF_OK) abort();
  for (int ops = 0; size > 0 && ops < 32; ops++) {
    uint8_t op = *data++;
    size--;
    int32_t field = (int32_t)(op & 15u); /* 11..15: unknown fields */
    if (op & 0x80u) {
      brf_status s = brf_dosage_unset(d, field);
      if (s != (field < BRF_DOSE_FIELD_COUNT ? BRF_OK : BRF_E_INVALID)) abort();
      if (field < BRF_DOSE_FIELD_COUNT && brf_dosage_get(d, field, NULL, NULL) != BRF_E_NOT_FOUND)
        abort();
      continue;
    }
    uint64_t a = take64(&data, &size), b = take64(&data, &size);
    int64_t min = (int64_t)a, max = (int64_t)b;
    int64_t lowest = 0, highest = 0;
    if (!(op & 0x40u) && brf_dosage_field_bounds(field, &lowest, &highest) == BRF_OK) {
      uint64_t span = (uint64_t)(highest - lowest) + 1u;
      min = lowest + (int64_t)(a % span);
      max = op & 0x20u ? min : lowest + (int64_t)(b % span);
      if (max < min) {
        int64_t x = min;
        min = max;
        max = x;
      }
    }
    size_t before_len = 0;
    char *before = text_of(ctx, d, &before_len);
    brf_status s = brf_dosage_set(d, field, min, max);
    if (s == BRF_OK) {
      int64_t got_min = 0, got_max = 0;
      if (brf_dosage_get(d, field, &got_min, &got_max) != BRF_OK) abort();
      if (got_min != min || got_max != max) abort();
    } else {
      if (s != BRF_E_RANGE && s != BRF_E_INVALID) abort();
      if (s == BRF_E_INVALID && field < BRF_DOSE_FIELD_COUNT) abort();
      size_t after_len = 0;
      char *after = text_of(ctx, d, &after_len);
      if (after_len != before_len || memcmp(before, after, before_len) != 0) abort();
      brf_free(ctx, after);
    }
    brf_free(ctx, before);
  }
  check_format(ctx, d);
  brf_dosage_free(d);
  brf_context_free(ctx);
  return 0;
}
