/* Helpers shared by the schedule codec tests (test_schedule_codec.c,
 * test_schedule_routines.c): a document edited in one place must fail with
 * its path, and an operation must survive every allocation failure. */
#ifndef BRF_TEST_SCHEDULE_FIXTURE_H
#define BRF_TEST_SCHEDULE_FIXTURE_H

#include "backrelief.h"
#include "support.h"

/* Builds a generated schedule in c from the catalog k. */
typedef brf_status (*brf_test_schedule_build)(brf_context *c, const brf_catalog *k,
                                              brf_schedule **out);
/* An operation under test: s is a schedule built in c, json a document. */
typedef brf_status (*brf_test_schedule_op)(brf_context *c, const brf_catalog *k,
                                           const brf_schedule *s, const char *json);

/* Build with b, write, replace the first occurrence of from by to, read with
 * brf_schedule_from_json: it must give code, a message containing path and
 * no schedule, and leave st->live_blocks (the allocator of ctx) as it was. */
void brf_test_schedule_edit_error(brf_context *ctx, const brf_catalog *cat,
                                  const brf_test_alloc *st, brf_test_schedule_build b,
                                  const char *from, const char *to, brf_status code,
                                  const char *path);

/* In a fresh context on a failing allocator, build with b, then run op with
 * allocation 1, 2, ... failing until it succeeds: each failure must be
 * BRF_E_NOMEM and leave nothing allocated, at least one must happen, and
 * the schedule must write the same text after as before. json NULL: the
 * built schedule's own text. */
void brf_test_schedule_fail_each(brf_test_schedule_op op, brf_test_schedule_build b,
                                 const char *json);

/* Operations: write the schedule; read json. */
brf_status brf_test_schedule_op_save(brf_context *c, const brf_catalog *k, const brf_schedule *s,
                                      const char *json);
brf_status brf_test_schedule_op_load(brf_context *c, const brf_catalog *k, const brf_schedule *s,
                                     const char *json);

#endif
