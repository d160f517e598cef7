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
/* The words of v in language lang (an index of brf__lang_tags), as
 * brf_dosage_describe writes them; only with BRF_WITH_DOSAGE_DESCRIBE
 * (dosage_describe.c). */
void brf__dose_describe(brf__dose_writer *w, const brf__dose *v, int32_t lang);
/* Measure the text of v: for lang >= 0 the words of brf__dose_describe in
 * language lang where the build has them, else (and for lang -1) the
 * notation; then write it into buf when it fits in cap (with the
 * NUL); a buffer too small receives "" (when cap > 0). Returns the text's
 * length either way; writes into no context (dosage_format.c). */
size_t brf__dose_render(const brf__dose *v, int32_t lang, char *buf, size_t cap);
void brf__dose_write_time(brf__dose_writer *w, int64_t lo, int64_t hi);

/* Milliseconds per unit, largest first: wk, d, h, min, s, ms. */
#define BRF__MS_S INT64_C(1000)
#define BRF__MS_MIN INT64_C(60000)
#define BRF__MS_H INT64_C(3600000)
#define BRF__MS_D INT64_C(86400000)
#define BRF__MS_WK INT64_C(604800000)

/* ---- the dose checks (brf_dosage_check) ----
 * One row a rule, generated from data/advisories.json into
 * lib/dosage/dosage_rules_data.c by tools/gen_content.py. */

/* How a row tests its field (the field must be set, except for ALWAYS and
 * the code tests): */
#define BRF__DOSE_TEST_ALWAYS 0   /* always fires */
#define BRF__DOSE_TEST_LO_BELOW 1 /* lo < lo_limit */
#define BRF__DOSE_TEST_HI_BELOW 2 /* hi < lo_limit */
#define BRF__DOSE_TEST_HI_ABOVE 3 /* hi > hi_limit */
#define BRF__DOSE_TEST_OUTSIDE 4  /* lo < lo_limit or hi > hi_limit */
/* Rules over several fields, written in dosage_check.c (their texts are data): */
#define BRF__DOSE_TEST_NO_AMOUNT 5      /* no reps, duration or hold */
#define BRF__DOSE_TEST_STRETCH_TOTAL 6  /* hold x reps x sets < lo_limit */
#define BRF__DOSE_TEST_STRENGTH_OFTEN 7 /* unheld strength work on consecutive days */

/* Small fields are bytes and the limits 32 bits (tools/gen_content.py checks
 * that each fits): 36 bytes a rule on a 32-bit target instead of 64, 700
 * bytes of flash for the 25 rules (docs/performance.md, "Cortex-M4"); 32
 * since the message is a 16-bit id of its translated texts (issue 26). */
typedef struct brf__dose_rule {
  const char *id;       /* the advisory's rule id: a contract */
  uint32_t modalities;  /* bit per BRF_MODALITY_*; 0: every modality */
  int8_t test;          /* BRF__DOSE_TEST_* */
  int8_t field;         /* BRF_DOSE_* tested, or -1 */
  int8_t also_has;      /* a BRF_DOSE_* that must be set too, or -1 */
  int8_t absent;        /* a BRF_DOSE_* that must not be set, or -1 */
  int32_t lo_limit;     /* in the field's unit (ms for times: at most 24 days) */
  int32_t hi_limit;
  int8_t group;         /* 0, or rules of one group: only the first that fires */
  int8_t severity;      /* BRF_ADVICE_* */
  int8_t shown;         /* BRF_DOSE_* whose value is written, or -1 */
  uint16_t text;        /* the message: an id of brf__msgs_dosage (dosage_msgs.h), a
                           template whose {value} is the value of shown */
  const char *source;
} brf__dose_rule;

/* The rules in the order their advisories are given; *count gets their number. */
const brf__dose_rule *brf__dose_rules(size_t *count);

#endif /* BRF_DOSAGE_PRIVATE_H */
