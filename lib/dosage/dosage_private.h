/* The layout of a dose, shared by the files of the dosage module only. */
#ifndef BRF_DOSAGE_PRIVATE_H
#define BRF_DOSAGE_PRIVATE_H

#include "internal/dosage.h"

#define BRF__DOSE_FIELDS BRF_DOSE_FIELD_COUNT

/* The field values, without the context, so that the parser can build a
 * dose on the stack and allocate only once it is valid. */
typedef struct brf__dose {
  uint32_t set; /* bit f set when field f is set */
  int64_t lo[BRF__DOSE_FIELDS];
  int64_t hi[BRF__DOSE_FIELDS];
} brf__dose;

struct brf_dosage {
  brf_context *ctx;
  brf__dose v;
};

static inline int brf__dose_has(const brf__dose *v, int field) {
  return (v->set >> field) & 1u;
}

/* BRF_OK when lo..hi is a valid range for field, else BRF_E_RANGE (no
 * message; the caller words it). */
brf_status brf__dose_check_range(int32_t field, int64_t lo, int64_t hi);

/* 1 when field is a time in ms (hold, duration, tempo, rest, interval, window). */
int brf__dose_is_time(int32_t field);

/* Allocate a dose object holding v. */
brf_status brf__dose_make(brf_context *ctx, const brf__dose *v, brf_dosage **out);

/* A writer into a fixed buffer that counts what it could not write, so that
 * formatting measures and writes in the same pass without allocating. */
typedef struct brf__dose_writer {
  char *buf;
  size_t cap; /* bytes available, not counting the NUL */
  size_t len; /* bytes the full text has */
} brf__dose_writer;

void brf__dose_write(brf__dose_writer *w, const brf__dose *v);
void brf__dose_write_time(brf__dose_writer *w, int64_t lo, int64_t hi);

/* Milliseconds per unit, largest first: wk, d, h, min, s, ms. */
#define BRF__MS_S INT64_C(1000)
#define BRF__MS_MIN INT64_C(60000)
#define BRF__MS_H INT64_C(3600000)
#define BRF__MS_D INT64_C(86400000)
#define BRF__MS_WK INT64_C(604800000)

#endif /* BRF_DOSAGE_PRIVATE_H */
